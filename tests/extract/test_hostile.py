"""Hostile articles: no construct, however long, makes reading stall; every article is bounded by a budget.

Nothing here times the code (machines are shared): the fuzz test asserts the outcome a stall would
change (the article finishes inside its budget rather than failing with the budget's reason), and the
budget itself is tested with a clock the test drives. ``make bench`` prints the real times.
"""

from __future__ import annotations

import contextlib
import itertools

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.extract import pipeline
from app.extract.html_text import html_to_text
from app.extract.pipeline import (
    GIANT_WORD,
    MAX_SENTENCE,
    MAX_SENTENCES,
    ExtractionError,
    ExtractionStopped,
    extract_article,
)
from bench.pathological import LEAD, RUNS, TAIL, article

GOOD = "Two-way trade between Vietnam and Mexico reached US$6.275 billion in 2019.\n"


def test_the_issue_repro_reads_the_rest_of_the_article_and_says_what_it_skipped() -> None:
    text = GOOD + LEAD + "1" * 40_000 + TAIL
    result = extract_article(text)
    totals = [f for f in result.facts if f.kind == "trade_total"]
    assert [(f.year, f.value_usd) for f in totals] == [(2019, 6.275e9)]
    at = text.index("1" * 100)
    skipped = [w for w in result.warnings if "skipped" in w]
    assert skipped == [f"1 run of over {GIANT_WORD} characters without a space skipped (at character {at:,})"]


def test_a_sentence_glued_to_a_blob_is_still_read() -> None:
    text = "Vietnam and Mexico trade news.\n\n" + "x" * 10_000 + " " + GOOD + "y" * 10_000
    result = extract_article(text)
    assert [(f.year, f.value_usd) for f in result.facts if f.kind == "trade_total"] == [(2019, 6.275e9)]
    assert "2 runs of over 100 characters without a space skipped" in result.warnings[-1]


def test_an_endless_sentence_of_words_is_not_read_and_says_where() -> None:
    endless = "Vietnam and Mexico traded goods and " * 100  # 3,600 characters with no stop
    text = GOOD + endless + "."
    result = extract_article(text)
    assert [(f.year, f.value_usd) for f in result.facts if f.kind == "trade_total"] == [(2019, 6.275e9)]
    at = len(GOOD)
    assert f"1 sentence longer than {MAX_SENTENCE:,} characters not read (at character {at:,})" in result.warnings


def test_a_dump_of_sentences_is_read_to_the_cap_and_says_so() -> None:
    body = "".join(f"Trade between Vietnam and Mexico rose {i} percent in 2019. " for i in range(MAX_SENTENCES + 50))
    result = extract_article("Vietnam and Mexico trade news.\n\n" + body)
    growth = [f for f in result.facts if f.kind == "trade_growth"]
    # The lead sentence counts as one read; every other read sentence states one distinct rate.
    assert len(growth) == MAX_SENTENCES - 1
    assert any(w.startswith(f"only the first {MAX_SENTENCES:,} sentences were read") for w in result.warnings)


def test_a_sentence_repeated_on_the_page_is_one_statement() -> None:
    result = extract_article("Vietnam and Mexico trade news.\n\n" + GOOD * 3)
    assert [(f.year, f.value_usd) for f in result.facts if f.kind == "trade_total"] == [(2019, 6.275e9)]


class _Ticks:
    """A clock that moves one second each time it is read: the budget fires after a known number of steps."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


@pytest.mark.parametrize("run", sorted(RUNS))
def test_the_budget_stops_every_kind_of_hostile_article_with_its_reason(
    run: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline.time, "monotonic", _Ticks())
    with pytest.raises(ExtractionError, match=r"took longer than 1 s to read \(stopped .+\); nothing was stored"):
        extract_article(article(run, 20_000), budget=1.0)


def test_a_stop_request_ends_reading_between_sentences() -> None:
    asked = []

    def stop() -> bool:
        asked.append(True)
        return len(asked) > 2  # after cleaning and finding the countries, the first sentence check stops it

    with pytest.raises(ExtractionStopped, match="at character"):
        extract_article(article("numbered sentences", 50_000), stop=stop)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    runs=st.lists(st.sampled_from(sorted(RUNS)), min_size=1, max_size=3),
    size=st.integers(min_value=1, max_value=60_000),
)
# Found by this test: a page's menu test split a 56 KB run of spaces at "\s+" in quadratic time (96227e6).
@example(runs=["nested tags", "spaces"], size=56_160)
def test_hostile_articles_finish_inside_their_budget(runs: list[str], size: int) -> None:
    """Quadratic work on a 60 KB run took seconds to minutes; linear work stays far inside the budget."""
    text = LEAD + "".join(RUNS[run](size) for run in runs) + TAIL
    try:
        result = extract_article(text)
    except ExtractionError as exc:  # only the article's own reasons, never the budget's
        assert "took longer than" not in str(exc)
        return
    for fact in result.facts:
        assert text[fact.start : fact.end] == fact.quote


@pytest.mark.parametrize(
    "void", ["embed", "param", "keygen", "source", "track", "wbr", "area", "col", "base", "input", "frame"]
)
def test_an_element_without_a_closing_tag_never_swallows_the_rest_of_a_page(void: str) -> None:
    """<embed> was skipped as content until its closing tag, which a void element never has: 2 of 3 facts
    of the page were lost."""
    from app.extract.html_text import html_to_text

    page = (
        "<html><body><p>Trade between Chile and Peru reached US$2.1 billion in 2019.</p>"
        f'<{void} src="x.swf" type="application/x">'
        "<p>Trade between Chile and Peru reached US$2.4 billion in 2020.</p>"
        "<p>Trade between Chile and Peru reached US$2.9 billion in 2021.</p></body></html>"
    )
    text, _title, _published = html_to_text(page)
    assert text.count("Trade between Chile and Peru reached") == 3, text


@pytest.mark.parametrize("zw", ["\u200b", "\u2060", "\u180e", "\u200c", "\u200d"])
def test_zero_width_characters_inside_a_sentence_never_drop_its_fact(zw: str) -> None:
    """ "US$\u200b2.1 billion" was no figure: the fact was lost without a word."""
    from app.extract.sources import sanitise_with_notes

    raw = f" date 2022-01-05 \nTrade between Chile{zw} and Peru reached US${zw}2.1{zw} billion in 2019."
    text, notes = sanitise_with_notes(raw)
    assert zw not in text and notes == ("3 zero-width characters (invisible) removed",)
    (fact,) = [f for f in pipeline.extract_article(text).facts if f.kind.value == "trade_total"]
    assert fact.value_usd == 2.1e9
    assert text[fact.start : fact.end].startswith("Trade between Chile and Peru reached US$2.1 billion")
    kept, _ = sanitise_with_notes("मे\u200dरा नाम")  # a joiner between Devanagari letters means something
    assert "\u200d" in kept


MARKDOWN_SHAPES = {"brackets": "[", "image brackets": "![", "open links": "[a](", "unclosed targets": "[a](xxx"}


@pytest.mark.parametrize("shape", sorted(MARKDOWN_SHAPES))
def test_a_markdown_file_of_a_million_link_openers_is_read_inside_its_budget(shape: str, tmp_path) -> None:
    """One sentence and 1,000,000 "[" ran past 120 s outside the budget (the link patterns were
    quadratic); read through prepare(), the budget would have stopped it with its reason."""
    from app.store.reading import prepare

    path = tmp_path / "hostile.md"
    path.write_text(GOOD + MARKDOWN_SHAPES[shape] * (1_000_000 // len(MARKDOWN_SHAPES[shape])) + "\n")
    item = prepare(path)
    assert item.reason == ""
    assert item.extraction is not None
    totals = [f for f in item.extraction.facts if f.kind == "trade_total"]
    assert [(f.year, f.value_usd) for f in totals] == [(2019, 6.275e9)]


def test_markdown_links_images_headings_and_emphasis_still_read_as_their_words() -> None:
    from app.extract.sources import text_from_bytes

    md = (
        '# Chile and Peru\n\n![a harbour](pics/port.jpg "Callao")\n'
        "Trade between [Chile](https://x.org/cl) and **Peru** reached __US$2.1 billion__ in 2019 "
        "([source](http://y.org/a_(b))).\n"
    )
    source = text_from_bytes(md.encode(), "a.md")
    assert source.title == "Chile and Peru"
    assert "Trade between Chile and Peru reached US$2.1 billion in 2019" in source.text
    assert "a harbour" in source.text and "pics/port.jpg" not in source.text


def test_a_sentence_set_as_a_table_is_read_to_its_twelfth_figure_and_says_so() -> None:
    """A 1 MB page of sentences with 30 rates each took 5.4 s; such a sentence is read to the clause of
    its MAX_FIGURES-th figure."""
    from app.extract.context import MAX_FIGURES

    rates = ", ".join(f"trade between Vietnam and Mexico rose {i}.5 percent in {1980 + i}" for i in range(30))
    result = extract_article("Vietnam and Mexico trade news.\n\n" + rates[0].upper() + rates[1:] + ".\n")
    growth = sorted((f.year, f.percent) for f in result.facts if f.kind == "trade_growth")
    assert growth == [(1980 + i, i + 0.5) for i in range(MAX_FIGURES)]
    assert any(
        w.startswith(f"1 sentence with more than {MAX_FIGURES} percentages or sums read only to the {MAX_FIGURES}th")
        for w in result.warnings
    )


def test_a_decade_of_totals_in_one_sentence_is_read_whole() -> None:
    """The near miss: ten yearly totals in one sentence are prose, not a table; all ten are kept."""
    years = ", ".join(f"US${i + 1}.2 billion in {2010 + i}" for i in range(10))
    result = extract_article("Chile and Peru trade news.\n\nTwo-way trade between Chile and Peru was " + years + ".\n")
    totals = sorted((f.year, f.value_usd) for f in result.facts if f.kind == "trade_total")
    assert totals == [(2010 + i, float(f"{i + 1}.2e9")) for i in range(10)]
    assert not any("percentages or sums" in w for w in result.warnings)


@pytest.mark.parametrize(
    "html",
    [
        "<p>Vietnam and Peru traded more.</p><![0 x]> trade rose",
        "<script>alert(1)</script><![0",
        "<p>Vietnam and Peru traded more.</p><![ ]><p>trade rose</p>",
    ],
)
def test_a_malformed_marked_section_is_a_bogus_comment_not_a_crash(html: str) -> None:
    # Python's HTML parser raises AssertionError at "<![" not followed by a name (found by the property test
    # of the store: a page ending "<![0" failed its import with no reason). A browser reads any such "<!…"
    # up to the next ">" as a comment, and so does Dyad; the rest of the page is kept. One never closed, at
    # the end of the page, stays the text it is, as Python's parser leaves any unfinished markup there.
    text, _title, _published = html_to_text(html)
    assert "alert" not in text
    if "trade rose" in html:
        assert text.startswith("Vietnam and Peru traded more.") and text.endswith("trade rose")
        assert "<![" not in text
    else:
        assert text == "<![0"


# Letters beyond ASCII that a case-insensitive pattern matches to ASCII letters, and lower() does not turn
# into them: a Turkish keyboard's dotless ı and dotted İ, the long ſ of old prints, the Kelvin sign.
ODD_TWINS = {"i": "\u0131", "I": "\u0130", "s": "\u017f", "k": "\u212a"}


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        ("Trade between Vietnam and Peru reached 2 bıllıon US dollars in 2019.", "trade_total", 2e9),  # the scale
        ("Trade between Vietnam and Peru reached US$1 billion and ſix billion dollars in 2020.", "trade_total", 6e9),
        ("Peru is Vietnam's ſecond-largest trading partner in Latin America.", "partner_rank", 2),
        ("Vietnam and Peru marked the fırst anniversary of the signing of their FTA.", "agreement", 2023),
    ],
)
def test_a_word_with_a_letter_that_folds_to_ascii_is_read_as_that_word(sentence: str, kind: str, value: float) -> None:
    """ "bıllıon" (dotless ı) matched the sums pattern, then its scale was looked up as written: KeyError, and the
    whole article failed ("unexpected error"); so did "ſecond" as a rank. A matched word is now looked up by
    the word it stands for (1,303 of 4,000 articles with such letters and words failed before; none now)."""
    facts = [f for f in extract_article(f"Vietnam and Peru.\n\n{sentence}\n", "2024-05-15").facts if f.kind == kind]
    assert len(facts) == 1
    got = {"trade_total": facts[0].value_usd, "partner_rank": facts[0].rank, "agreement": facts[0].year}[kind]
    assert got == value


def test_an_article_whose_letters_fold_to_ascii_never_fails_but_with_a_reason() -> None:
    """Every set of the four letters swapped for their twins, in articles naming two countries whose names
    hold none of them (so that the readers run): no article fails with anything but a reason."""
    bases = [
        "Japan is Peru's sixth largest trading partner, with two billion dollars of trade in the first half of 2019.",
        "Japan and Peru celebrated the 45th anniversary of diplomatic relations, six decades after first talks.",
        "In the same period of 2018, trade between Japan and Peru was 1.2 billion US dollars, up 12 per cent.",
        "Japan's Prime Minister visited Peru on Monday; the first anniversary of the agreement falls this year.",
        "Trade between Japan and Peru reached three billion dollars last year, since August 2017, the seventh rise.",
    ]
    letters = sorted(ODD_TWINS)
    for n in range(1, len(letters) + 1):
        for chosen in itertools.combinations(letters, n):
            for base in bases:
                text = "".join(ODD_TWINS[c] if c in chosen else c for c in base)
                with contextlib.suppress(ExtractionError):  # a reason, as for an article naming too few countries
                    extract_article(f"Japan and Peru.\n\n{text}\n", "2024-05-15")


@pytest.mark.parametrize(
    ("header", "said"),
    [
        (" date 2024-02-30 ", None),  # no such day: the header is no date (it failed the article: ValueError)
        (" date 0001-01-01 ", "the publication date 0001-01-01 is no news story's: not used"),  # "yesterday" before
        (" date 9999-12-31 ", "the publication date 9999-12-31 is no news story's: not used"),  # the calendar
    ],
)
def test_a_publication_date_at_or_past_the_calendars_edge_is_not_counted_from(header: str, said: str | None) -> None:
    """Found by fuzzing dates: these headers made "yesterday", "next month" or "last July" fall outside the
    calendar (OverflowError, or a date of year 0), and the whole article failed."""
    story = "Trade between Vietnam and Peru reached US$1 billion yesterday, up 5 % since last July."
    text = f"{header}Vietnam and Peru.\n\n{story}\n"
    result = extract_article(text)
    assert result.published is None
    assert (said in result.warnings) if said else True
    assert "no publication date: relative dates such as “this year” are left unresolved" in result.warnings
    (total,) = [f for f in result.facts if f.kind == "trade_total"]
    assert total.value_usd == 1e9


def test_an_anniversary_marked_on_29_february_dates_its_start_to_the_month_in_a_common_year() -> None:
    text = (
        "Vietnam and Peru.\n\nThursday, February 29, marks the 30th anniversary of diplomatic relations "
        "between Vietnam and Peru.\n"
    )
    (fact,) = [f for f in extract_article(text, "2024-02-27").facts if f.kind == "relations_established"]
    assert fact.date == "1994-02"  # 29 February 1994 was no day; its month was (it made an impossible date)


def page_lines(page: str) -> list[str]:
    """The lines of a page's text that hold something, each stripped."""
    text, _title, _published = html_to_text(page)
    return [line.strip() for line in text.splitlines() if line.strip()]


_STORY = "Trade between India and Cambodia reached US$345.9 million in 2022-23, the embassy said. " * 3


@pytest.mark.parametrize(
    ("page", "lines"),
    [
        # <td>2020-21</td><td>161.2</td> came out "2020-21161.2": the cells ran together into one number. A row's
        # cells are kept apart by a bar, readable where the text is shown as it is; the source's line breaks
        # between cells keep one row on one line.
        (
            "<html><body><p>Trade between India and Cambodia grew.</p><table>"
            "<tr><th>Year</th><th>Exports</th><th>Total</th></tr>"
            "<tr><td>2020-21</td><td>161.2</td><td><b>228</b>.5</td></tr>"
            "<tr>\n  <td>2021-22</td>\n  <td>212.5</td><td>303.9</td>\n</tr></table>"
            "<p>Hun Sen visited <span>India</span> in 2018.</p></body></html>",
            [
                "Trade between India and Cambodia grew.",
                "Year | Exports | Total",
                "2020-21 | 161.2 | 228.5",
                "2021-22 | 212.5 | 303.9",
                "Hun Sen visited India in 2018.",
            ],
        ),
        # A content system's table puts each cell's text in a <p> (or breaks it with <br>): each block began a
        # line of its own, so one row came out over several lines with a bar alone between them.
        (
            "<html><body><p>Trade between India and Cambodia grew.</p><table>"
            "<tr><td><p>Year</p></td><td><p>Total</p></td></tr>"
            "<tr><td><p>2021</p></td><td><p>303.9</p><br></td></tr>"
            "<tr><td>2022</td><td>345<br>.9</td></tr></table><p>Source: India.</p></body></html>",
            ["Trade between India and Cambodia grew.", "Year | Total", "2021 | 303.9", "2022 | 345 .9",
             "Source: India."],
        ),
        # A page laid out in a table (a menu in one cell, the story in the next, each paragraph a <p>) is no table
        # of data: its cells and paragraphs keep their lines; a table of data inside the story's cell is one.
        (
            "<html><body><table><tr><td>Home<br>News<br>World</td>"
            f"<td><p>{_STORY}</p><p>Hun Sen visited India in January 2018.</p>"
            "<table><tr><td>Year</td><td>Total</td></tr><tr><td>2022</td><td>345.9</td></tr></table></td></tr>"
            "</table><p>Contact us</p></body></html>",
            ["Home", "News", "World", _STORY.strip(), "Hun Sen visited India in January 2018.", "Year | Total",
             "2022 | 345.9", "Contact us"],
        ),
        # rows whose end tags (and their cells') were left out, as HTML allows
        (
            "<table><tr><td>Year<td>Total<tr><td>2021<td>303.9<tr><td>2022<td>345.9</table><p>After the table.</p>",
            ["Year | Total", "2021 | 303.9", "2022 | 345.9", "After the table."],
        ),
    ],
)  # fmt: skip
def test_a_tables_rows_of_data_are_lines_and_a_page_laid_out_in_one_keeps_its_own(page: str, lines: list[str]) -> None:
    assert page_lines(page) == lines


_TABLE_SOUP = st.sampled_from(
    ["<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "</th>", "<p>", "</p>", "<br>", "<div>",
     "</div>", "text ", "2021", "345.9", "\n", "\ue000", "\ue001", "\ue002", "<script>", "</script>"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_TABLE_SOUP, max_size=40).map("".join))
def test_table_tag_soup_never_raises_nor_leaves_a_mark(page: str) -> None:
    text, _title, _published = html_to_text(page)
    assert not any(mark in text for mark in ("\ue000", "\ue001", "\ue002"))
