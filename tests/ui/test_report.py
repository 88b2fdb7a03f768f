"""The report of a comparison: every number in it is a stored fact with the sentence it was read from, each
sentence is in its article, article text stays text, the HTML names nothing outside itself, and the PDF
holds the same words with its fonts."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from app.session.comparison import Comparison, taken

PAIRS = (("VNM", "MEX"), ("VNM", "PER"))


@pytest.fixture
def report_inputs(seeded_store):  # type: ignore[no-untyped-def]
    from app.session.views import pair_view

    comparison = taken(Comparison(PAIRS, notes="Mexico grows <faster> & Peru slower."), seeded_store)
    views = (pair_view(seeded_store, *PAIRS[0]), pair_view(seeded_store, *PAIRS[1]))
    return seeded_store, comparison, views


def test_every_fact_shown_is_in_the_report_with_its_sentence_from_its_article(report_inputs) -> None:  # type: ignore[no-untyped-def]
    from app.session.report import report_html
    from app.session.views import article_view

    store, comparison, views = report_inputs
    document = report_html(comparison, views, "2026-12-05T00:00:00+00:00")
    rows = [r for view in views for r in view.fact_rows if r.status != "rejected"]
    assert len(rows) > 30
    for row in rows:
        if row.derived:
            assert html.escape(row.description, quote=True) in document
            continue
        assert f"“{html.escape(row.sentence, quote=True)}”" in document
        article = article_view(store, row.article_id)
        assert article is not None and row.sentence in article.text  # the quoted sentence is the article's
    assert ">$6.275B<" in document  # the 2019 Vietnam–Mexico total, as stored
    assert "Mexico grows &lt;faster&gt; &amp; Peru slower." in document  # notes are text, never markup


def test_the_html_report_names_nothing_outside_itself(report_inputs, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.report import write_report

    _store, comparison, views = report_inputs
    path = write_report(comparison, views, tmp_path / "brief.html", "2026-12-05T00:00:00+00:00")
    document = path.read_text(encoding="utf-8")
    assert "<svg" in document and "</svg>" in document  # the charts drawn inline
    assert not re.search(r"<(script|link|iframe|object|embed)\b", document, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//|file:)""", document, re.I)
    assert "url(http" not in document and "@import" not in document
    assert "default-src 'none'" in document  # and a browser is told to fetch nothing


def _pdf_characters(path: Path) -> list[tuple[str, float, float, int]]:
    """Every character PDFium reads in the PDF, whitespace left out, with the top of its line's box, its font size
    and its page: PDFium cuts Qt's table text into a letter a line, so its text is read character by character."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    found = []
    pdf = pdfium.PdfDocument(str(path))
    for number in range(len(pdf)):
        page = pdf[number].get_textpage()
        for i in range(pdfium_c.FPDFText_CountChars(page.raw)):
            char = chr(pdfium_c.FPDFText_GetUnicode(page.raw, i))
            if char.isspace() or not char.isprintable():
                continue
            box = pdfium_c.FS_RECTF()
            pdfium_c.FPDFText_GetLooseCharBox(page.raw, i, ctypes.byref(box))
            found.append((char, round(box.top, 1), round(pdfium_c.FPDFText_GetFontSize(page.raw, i), 1), number))
    return found


def _find(characters: list[tuple[str, float, float, int]], words: str) -> list[tuple[str, float, float, int]]:
    text = "".join(c[0] for c in characters)
    at = text.find("".join(words.split()))
    assert at >= 0, words
    return characters[at : at + len("".join(words.split()))]


def test_the_pdf_report_holds_the_same_words_and_embeds_its_fonts(report_inputs, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    from app.ui.report import write_report

    _store, comparison, views = report_inputs
    path = write_report(comparison, views, tmp_path / "brief.pdf", "2026-12-05T00:00:00+00:00")
    characters = _pdf_characters(path)
    assert _find(characters, "Vietnam–Mexico and Vietnam–Peru")
    assert _find(characters, "whereas in 2019 it reached US$6.275 billion")
    assert len(pdfium.PdfDocument(str(path))) >= 3
    assert b"/FontFile2" in path.read_bytes()  # fonts embedded, text selectable


def test_the_pdf_report_prints_text_at_the_sizes_it_states_and_breaks_no_figure(report_inputs, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Its text was printed a third larger than its style says (fonts turned into the screen's pixels, on a page
    measured in points, and Qt's own sizes for headings): the title at 24 pt for 17, the notes at 13 for 10, the
    tables at 11 for 8, and the facts table broke its figures and dates across lines ("$10,70" above "0",
    "1975-05" above "-19")."""
    from app.ui.report import write_report

    _store, comparison, views = report_inputs
    path = write_report(comparison, views, tmp_path / "brief.pdf", "2026-12-05T00:00:00+00:00")
    characters = _pdf_characters(path)
    stated = {"Vietnam–Mexico and Vietnam–Peru": 17.0, "Summary": 13.0, "Mexico grows <faster>": 10.0, "When": 8.0}
    stated["$10,700"] = 8.0  # the 1993 Vietnam–Mexico total in the facts table
    assert {words: {c[2] for c in _find(characters, words)} for words in stated} == {w: {s} for w, s in stated.items()}
    for words in ("$10,700", "1975-05-19", "$11.765B", "When", "Hedge"):  # each on one line
        assert len({(c[1], c[3]) for c in _find(characters, words)}) == 1, words


def test_a_pdf_reader_reads_each_quoted_sentence_of_the_pdf_report_whole(report_inputs, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Copied from the PDF in Chrome (PDFium), a sentence quoted in a narrow column beside the fact's other
    columns came out a letter to a line: 1,098 of the report's 1,475 lines held one or two characters."""
    import pypdfium2 as pdfium

    from app.ui.report import write_report

    _store, comparison, views = report_inputs
    path = write_report(comparison, views, tmp_path / "brief.pdf", "2026-12-05T00:00:00+00:00")
    pdf = pdfium.PdfDocument(str(path))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    lines = [line for page in pages for line in page.split("\r\n")]
    assert sum(1 for line in lines if len(line.strip()) <= 2) <= 3  # a page number, a lone bracket
    read = " ".join(" ".join(pages).split())
    quoted = [r.sentence for view in views for r in view.fact_rows if r.status != "rejected" and not r.derived]
    assert len(quoted) == 37  # the 38 rows of both relationships, less the one derived (2023)
    assert [q for q in quoted if f"“{' '.join(q.split())}”" not in read] == []


def test_a_report_to_another_kind_of_file_is_refused(report_inputs, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.report import write_report

    _store, comparison, views = report_inputs
    with pytest.raises(ValueError, match=r"use a \.pdf or \.html file name"):
        write_report(comparison, views, tmp_path / "brief.docx", "now")
    assert not any(p.name.startswith(("brief", ".brief")) for p in tmp_path.iterdir())


def test_dyad_report_writes_the_saved_comparison(report_inputs, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli.main import main
    from app.session.comparison import save

    store, comparison, _views = report_inputs
    brief = save(comparison, tmp_path / "brief.dyad")
    out = tmp_path / "brief.html"
    assert main(["report", "--db", store.url, str(brief), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote {out}\n"
    said = html.escape("The store's facts are as they were when this comparison was saved.", quote=True)
    assert said in out.read_text(encoding="utf-8")


def test_opening_the_html_report_asks_for_nothing(report_inputs, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """No browser is on the build machine; Qt's HTML engine lays the report out instead, and every resource it
    asks for is recorded: none (the charts are inline SVG, the style inline, no font or image named)."""
    from app.ui.qt import QtGui
    from app.ui.report import write_report

    _store, comparison, views = report_inputs
    document_html = write_report(comparison, views, tmp_path / "brief.html", "now").read_text(encoding="utf-8")
    asked: list[str] = []

    class Recording(QtGui.QTextDocument):
        def loadResource(self, kind: int, name) -> object:  # type: ignore[no-untyped-def, override]
            asked.append(name.toString())
            return None

    document = Recording()
    document.setHtml(document_html)
    document.setTextWidth(800)
    assert document.pageCount() >= 1 and "Vietnam–Mexico" in document.toPlainText()
    assert asked == []
