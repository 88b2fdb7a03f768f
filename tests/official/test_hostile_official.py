"""What an official statistics file contains can never store a wrong figure without a word, stall an import,
reach the terminal raw or break a chart (issue 25, items 2-5, 11, 13, 14)."""

from __future__ import annotations

import math
import os
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.official.csvfile import number
from app.official.figures import FormatError
from app.official.reader import OfficialFile
from app.official.rows import scale_of
from app.store.engine import open_store
from app.store.official import import_official

IMTS_HEADER = (
    "COUNTRY.ID,COUNTRY,INDICATOR.ID,COUNTERPART_COUNTRY.ID,COUNTERPART_COUNTRY,"
    "FREQUENCY.ID,SCALE,TIME_PERIOD,OBS_VALUE"
)


def _imts(tmp_path: Path, *rows: str, name: str = "imts.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([IMTS_HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _import(tmp_path: Path, *paths: Path) -> list:  # type: ignore[type-arg]
    store = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    try:
        return import_official(store, list(paths))
    finally:
        store.close()


@pytest.mark.parametrize(
    ("scale", "why"),
    [
        ("1" + "0" * 300, "a scale of 1 followed by 300 zeros"),
        ("²", "a superscript two"),
        ("4" * 400, "400 digits"),
        ("5" * 5000, "5,000 digits"),
        ("12", "10^12 times US$1e15"),
    ],
)
def test_a_scale_that_is_not_a_unit_stores_nothing_infinite_or_absurd(tmp_path: Path, scale: str, why: str) -> None:
    good = "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2019,2827"
    bad = f"VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,{scale},2020,999999999999999"
    (result,) = _import(tmp_path, _imts(tmp_path, good, bad))
    assert result.status == "imported", why
    assert result.added == 1, why  # the good row; the bad one counted, not stored
    assert "\n" not in result.message
    assert "unreadable" in result.message or "beyond" in result.message, result.message


@pytest.mark.parametrize("cell", ["(5)", "1,2,3", "12,34", "-5", "inf", "1e400", "²"])
def test_cells_that_are_not_trade_values_are_refused(cell: str) -> None:
    with pytest.raises(ValueError):
        number(cell)


def test_a_scale_word_or_a_power_of_ten_is_a_unit_and_nothing_else_is() -> None:
    assert scale_of("Millions") == 1e6 and scale_of("6") == 1e6 and scale_of("1000") == 1e3 and scale_of("") == 1.0
    for text in ("²", "7" * 30, "1" + "0" * 300, "13", "1234"):
        assert scale_of(text) is None, text


def test_values_beyond_any_pairs_trade_are_counted_not_stored(tmp_path: Path) -> None:
    rows = ["VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Billions,2019,99999", "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,,2020,12"]
    (result,) = _import(tmp_path, _imts(tmp_path, *rows))
    assert result.added == 1
    assert "1 values beyond any country pair's trade (over $10 trillion)" in result.message


def test_a_key_repeated_with_another_value_is_said_with_the_difference(tmp_path: Path) -> None:
    rows = [
        "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2019,2827",
        "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2019,2827",
        "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2020,3000",
        "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2020,3300",
    ]
    (result,) = _import(tmp_path, _imts(tmp_path, *rows))
    assert result.added == 2
    assert "2 repeated in the file, kept once (1 with another value: up to 10 % apart, first at line 5)" in (
        result.message
    )


def test_each_file_gets_its_line_whatever_an_earlier_one_holds(tmp_path: Path) -> None:
    first = _imts(tmp_path, "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,²,2019,1", name="a.csv")
    second = _imts(tmp_path, "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2019,2827", name="b.csv")
    results = _import(tmp_path, first, second)
    assert [r.path.name for r in results] == ["a.csv", "b.csv"]
    assert [r.status for r in results] == ["failed", "imported"]
    assert results[0].message.startswith("a.csv: ")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_device_or_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    zero = tmp_path / "z.csv"
    zero.symlink_to("/dev/zero")
    fifo = tmp_path / "f.csv"
    os.mkfifo(fifo)
    start = time.perf_counter()
    results = _import(tmp_path, zero, fifo)
    assert time.perf_counter() - start < 5  # generous: it hung for ever
    assert [r.status for r in results] == ["failed", "failed"]
    assert results[0].message == "z.csv: not a regular file (a device, a pipe or a socket); nothing was read"
    with pytest.raises(FormatError):
        OfficialFile(fifo)


def test_a_long_unknown_name_is_cut_before_any_pattern_reads_it(tmp_path: Path) -> None:
    name = "(" * 200_000
    rows = [
        f"VNM,Viet Nam,XG_FOB_USD,,{name},A,Millions,2019,1",
        "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2019,2827",
    ]
    start = time.perf_counter()
    (result,) = _import(tmp_path, _imts(tmp_path, *rows))
    assert time.perf_counter() - start < 5  # 44 s for 100,000 brackets before
    assert result.added == 1 and "naming an unknown country" in result.message
    assert len(result.message) < 400


def test_names_and_file_names_are_printed_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    path = _imts(
        tmp_path,
        "VNM,Viet Nam,XG_FOB_USD,,\x1b[2JEvil\x07,A,Millions,2019,1",
        "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2019,2827",
        name="x\x1b[31m.csv",
    )
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["official", "import", "--db", db, str(path)]) == 0
    main(["official", "list", "--db", db])
    out = capsys.readouterr()
    for stream in (out.out, out.err):
        assert "\x1b" not in stream and "\x07" not in stream
    assert "\\u001b[2JEvil" in out.out


def test_a_nul_in_a_name_is_stored_alike_on_every_engine(db_url: str, tmp_path: Path) -> None:
    """In a UTF-16 file a NUL is a character, not a sign of a binary file; PostgreSQL refused it."""
    path = tmp_path / "utf16.csv"
    rows = [
        IMTS_HEADER,
        "VNM,Viet Nam,XG_FOB_USD,,Atl\x00antis,A,Millions,2019,1",
        "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2019,2827",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-16")
    store = open_store(db_url)
    try:
        (result,) = import_official(store, [path])
    finally:
        store.close()
    assert result.status == "imported" and "Atlantis" in result.message


_CELLS = st.one_of(
    st.text(max_size=40),
    st.from_regex(r"[-+(]?[0-9.,eE]{0,30}[)]?", fullmatch=True),
    st.sampled_from(["1" + "0" * 400, "²", "(5)", "1,2,3", "nan", "inf", "9" * 20, "0.20 e", "..", "\x00"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=_CELLS, scale=_CELLS, name=_CELLS)
def test_any_cell_gives_a_finite_figure_a_counted_skip_or_a_one_line_refusal(
    tmp_path: Path, value: str, scale: str, name: str
) -> None:
    def cell(text: str) -> str:
        return '"' + text.replace('"', '""').replace("\n", " ").replace("\r", " ") + '"'

    path = _imts(tmp_path, f"VNM,Viet Nam,XG_FOB_USD,MEX,{cell(name)},A,{cell(scale)},2019,{cell(value)}")
    try:
        with OfficialFile(path) as official:
            figures = list(official.figures())
    except FormatError as refused:
        assert "\n" not in str(refused)
        return
    for figure in figures:
        assert math.isfinite(figure.value_usd) and 0 <= figure.value_usd <= 1e13
    assert official.report.rows == 1
    assert len(figures) + sum(official.report.skipped.values()) >= 1


def test_dyad_official_remove_takes_a_files_figures_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Re-importing the right file said "already imported" and nothing removed a file's figures."""
    from app.cli import main

    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    path = _imts(tmp_path, "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2019,2827")
    assert main(["official", "import", "--db", db, str(path)]) == 0
    capsys.readouterr()
    assert main(["official", "remove", "--db", db, "imts.csv"]) == 0
    assert capsys.readouterr().out.strip() == "imts.csv: removed, with its 1 figure"
    assert main(["official", "list", "--db", db]) == 0
    assert "no official statistics imported" in capsys.readouterr().out
    assert main(["official", "import", "--db", db, str(path)]) == 0  # no longer "already imported"
    assert "1 new figures" in capsys.readouterr().out
    assert main(["official", "remove", "--db", db, "nothing.csv"]) == 2
    assert "no official statistics file named or numbered 'nothing.csv'" in capsys.readouterr().err


def test_utf16_without_its_mark_is_read_and_utf32_is_refused_in_words(tmp_path: Path) -> None:
    """A UTF-16 file without a byte order mark was called binary; UTF-32 was read as UTF-16 and its
    refusal quoted NUL characters."""
    from app.official.reader import OfficialFile

    text = "\n".join([IMTS_HEADER, "VNM,Vietnam,TXG_FOB_USD,MEX,Mexico,A,Units,2019,4000000000"]) + "\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        figures = list(OfficialFile(path).figures())
        assert [(f.reporter, f.partner, f.year, f.value_usd) for f in figures] == [("VNM", "MEX", 2019, 4e9)]
    path = tmp_path / "wide.csv"
    path.write_bytes(text.encode("utf-32"))
    with pytest.raises(FormatError) as refused:
        list(OfficialFile(path).figures())
    assert str(refused.value) == "wide.csv: UTF-32 text, which Dyad does not read: save the file as UTF-8 (or UTF-16)"


def test_a_huge_first_line_is_quoted_short(tmp_path: Path) -> None:
    """A 1.6 MB first line was quoted whole (262,702 characters) in 'its first line: …'."""
    from app.official.reader import OfficialFile

    path = tmp_path / "huge.csv"
    path.write_text("x" * 1_600_000 + ",y\x00z\n1,2\n", encoding="utf-8", errors="strict")
    with pytest.raises(FormatError) as refused:
        list(OfficialFile(path).figures())
    message = str(refused.value)
    assert len(message) < 1000
    assert "its first line: " + "x" * 39 + "…" in message


def test_ctrl_c_on_an_official_import_says_what_became_of_each_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C printed nothing: each file now gets its line and the command ends as interrupted."""
    from app.cli.main import main
    from app.store import official

    first = _imts(tmp_path, "VNM,Vietnam,TXG_FOB_USD,MEX,Mexico,A,Units,2019,4000000000", name="a.csv")
    second = _imts(tmp_path, "VNM,Vietnam,TXG_FOB_USD,PER,Peru,A,Units,2019,1000000000", name="b.csv")
    third = _imts(tmp_path, "VNM,Vietnam,TXG_FOB_USD,CHL,Chile,A,Units,2019,2000000000", name="c.csv")
    real = official._import_one

    def interrupted_on_the_second(store, path, progress, cancel):  # type: ignore[no-untyped-def]
        if path == second:
            raise KeyboardInterrupt
        return real(store, path, progress, cancel)

    monkeypatch.setattr(official, "_import_one", interrupted_on_the_second)
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    assert main(["official", "import", "--db", db, str(first), str(second), str(third)]) == 130
    out, _err = capsys.readouterr()
    assert out.splitlines()[0].startswith("a.csv: ")
    assert out.splitlines()[1:] == []
    assert "b.csv: cancelled; nothing of it was stored" in _err
    assert "c.csv: not imported (cancelled)" in _err


def test_footnote_rows_are_kept_bounded_however_many_a_file_holds(tmp_path: Path) -> None:
    from app.official.csvfile import MAX_NOTE, MAX_NOTES
    from app.official.reader import OfficialFile

    rows = ["VNM,Vietnam,TXG_FOB_USD,MEX,Mexico,A,Units,2019,4000000000"]
    rows += [f"Note {n}: " + "n" * 1000 for n in range(20_000)]
    rows += ["Data extracted on 12 Mar 2024"]
    path = _imts(tmp_path, *rows)
    official = OfficialFile(path)
    figures = list(official.figures())
    assert [f.value_usd for f in figures] == [4e9]
    assert len(official.csv.notes) == MAX_NOTES + 1  # and the one that says when the data were taken
    assert max(len(n) for n in official.csv.notes) == MAX_NOTE
    assert official.report.retrieved == "2024-03-12"


def _dots_workbook(path: Path, partner_name_cell: str = '<c r="A5" t="s"><v>3</v></c>') -> Path:
    """A DOTS workbook as the IMF's portal writes one, cut to one partner and two years: the reporter, the
    unit and the years above, strings in the shared table (``partner_name_cell`` may point outside it)."""
    strings = ["Peru", "US Dollars, Millions", "Exports, FOB to Partner Countries", "Viet Nam", "2019", "2020"]
    shared = "".join(f"<si><t>{s}</t></si>" for s in strings)

    def sheet() -> str:
        cells = [
            '<row r="1"><c r="A1" t="s"><v>2</v></c></row>',
            '<row r="2"><c r="A2" t="s"><v>0</v></c></row>',
            '<row r="3"><c r="A3" t="s"><v>1</v></c></row>',
            '<row r="4"><c r="B4" t="s"><v>4</v></c><c r="C4" t="s"><v>5</v></c></row>',
            f'<row r="5">{partner_name_cell}<c r="B5"><v>130.255723</v></c><c r="C5"><v>79.677818</v></c></row>',
        ]
        main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        rows = "".join(cells)
        return f'<?xml version="1.0"?><worksheet xmlns="{main}"><sheetData>{rows}</sheetData></worksheet>'

    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="{ct}.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="{pkg}"><Relationship Id="rId1" '
            f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="utf-8"?><workbook xmlns:r="{rel}" xmlns="http://schemas.openxmlformats'
            '.org/spreadsheetml/2006/main"><sheets><sheet name="Exports, FOB" sheetId="1" r:id="rId1"/>'
            '<sheet name="Imports, CIF" sheetId="2" r:id="rId2"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="{pkg}">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/worksheet" Target="worksheets/sheet2.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": sheet(),
        "xl/worksheets/sheet2.xml": sheet(),
        "xl/sharedStrings.xml": (
            f'<?xml version="1.0" encoding="utf-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            f'2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>'
        ),
    }
    with zipfile.ZipFile(path, "w") as book:
        for name, xml in parts.items():
            book.writestr(name, xml)
    return path


def test_a_workbook_whose_cell_points_past_its_shared_strings_fails_with_its_name_and_the_rest_go_in(
    tmp_path: Path,
) -> None:
    """A damaged workbook (a cell naming string 99 of a table of 6, found by fuzzing the IMF's real ones) is
    read sheet by sheet when its figures are asked for: the reader's own error went up through the import,
    which stopped, leaving the files after it unread and printing a traceback."""
    good = _dots_workbook(tmp_path / "good.xlsx")
    with OfficialFile(good) as official:
        figures = sorted((f.reporter, f.partner, f.flow.value, f.year, f.value_usd) for f in official.figures())
    assert [f[3:] for f in figures] == [(2019, 130255723.0), (2020, 79677818.0)] * 2
    assert {f[:3] for f in figures} == {("PER", "VNM", "X"), ("PER", "VNM", "M")}  # exports, imports
    damaged = _dots_workbook(tmp_path / "damaged.xlsx", '<c r="A5" t="s"><v>99</v></c>')
    later = _imts(tmp_path, "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2019,2827")
    bad, after = _import(tmp_path, damaged, later)
    assert bad.status == "failed"
    assert bad.message.startswith("damaged.xlsx: sheet 'Exports, FOB' cannot be read (")
    assert "\n" not in bad.message
    assert (after.status, after.added) == ("imported", 1)


def test_an_error_no_reader_foresaw_fails_its_file_in_one_line_and_the_rest_go_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The damaged workbook above stopped the whole import; whatever a reader raises next fails its own file,
    rolled back, in one line, and the files after it are still imported."""
    real_figures = OfficialFile.figures

    def figures(self: OfficialFile, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.path.name == "first.csv":
            raise RuntimeError("a reader's slip\nover two lines")
        return real_figures(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(OfficialFile, "figures", figures)
    row = "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2019,2827"
    first, second = _imts(tmp_path, row, name="first.csv"), _imts(tmp_path, row.replace("2019", "2020"), name="b.csv")
    bad, good = _import(tmp_path, first, second)
    assert (bad.status, bad.message) == (
        "failed",
        "first.csv: unexpected error: RuntimeError: a reader's slip over two lines",
    )
    assert (good.status, good.added) == ("imported", 1)
