"""A figure in another currency is shown as stated, left off the dollar chart until the analyst gives a rate
(with its source), then drawn, converted, and saying how."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.cli import main
from app.session.views import pair_view
from app.store.engine import open_store
from app.store.ingest import ingest_paths
from app.store.rates import RateError, set_rate
from app.ui.summary_strip import summary_line

GUILDERS = " date 1987-03-02\nTotal trade between the Netherlands and West Germany was 110 billion guilders in 1986.\n"


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "nld.txt").write_text(GUILDERS, encoding="utf-8")
    opened = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    ingest_paths(opened, [tmp_path / "nld.txt"], workers=1)
    yield opened
    opened.close()


def test_a_figure_with_no_rate_is_shown_as_stated_and_named_as_left_out(store) -> None:  # type: ignore[no-untyped-def]
    view = pair_view(store, "DEU", "NLD")
    assert view.points == ()
    assert view.unconverted == ("NLG 110 bn (1986)",)
    row = next(r for r in view.fact_rows if r.kind == "trade_total")
    assert row.value == "NLG 110 bn"
    assert "not drawn, no rate to US$: NLG 110 bn (1986)" in summary_line(view)


def test_a_rate_given_with_its_source_converts_it_everywhere(store) -> None:  # type: ignore[no-untyped-def]
    rate = set_rate(store, "nlg", 1986, 0.46, "IMF International Financial Statistics", "ana")
    assert rate.described.startswith("0.46 US$ per NLG in 1986 (IMF International Financial Statistics, given by ana")
    view = pair_view(store, "DEU", "NLD")
    (point,) = view.points
    assert (point.year, point.value_usd) == (1986, pytest.approx(50.6e9))
    assert point.conversion.startswith("converted: NLG 110 bn × 0.46 US$ per NLG in 1986 (IMF International")
    assert view.unconverted == ()
    row = next(r for r in view.fact_rows if r.kind == "trade_total")
    assert row.value == "NLG 110 bn (≈ $50.6B)"


@pytest.mark.parametrize(
    ("currency", "year", "rate", "source", "reason"),
    [
        ("NL", 1986, 0.5, "IFS", "not a currency code"),
        ("USD", 1986, 0.5, "IFS", "US dollars need no rate"),
        ("NLG", 1986, -1.0, "IFS", "is not a rate"),
        ("NLG", 1986, float("inf"), "IFS", "is not a rate"),
        ("NLG", 1986, 0.5, "  ", "say where the rate comes from"),
    ],
)
def test_a_rate_that_cannot_be_kept_says_why(store, currency, year, rate, source, reason) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RateError, match=reason):
        set_rate(store, currency, year, rate, source, "ana")


def test_the_command_line_gives_lists_and_uses_rates(store, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    db = ["--db", store.url]
    assert main(["facts", "--pair", "DEU-NLD", *db]) == 0
    assert "NLG 110 bn" in capsys.readouterr().out
    assert main(["rates", "set", "NLG", "1986", "0.46", "--source", "IMF IFS", *db]) == 0
    assert capsys.readouterr().out.startswith("kept: 0.46 US$ per NLG in 1986 (IMF IFS, given by ")
    assert main(["rates", "list", *db]) == 0
    assert capsys.readouterr().out.startswith("0.46 US$ per NLG in 1986 (IMF IFS")
    assert main(["rates", "set", "XX", "1986", "0.46", "--source", "IMF IFS", *db]) == 2
    assert "not a currency code" in capsys.readouterr().err


def test_money_in_a_csv_is_rounded_to_the_cent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import SEEDS

    db = ["--db", f"sqlite:///{tmp_path / 'c.sqlite'}"]
    main(["ingest", str(SEEDS), *db])
    capsys.readouterr()
    main(["facts", "--pair", "VNM-MEX", "--kind", "trade_total", "--format", "csv", *db])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))
    derived = next(r for r in rows if r["derived"] == "true")
    assert derived["value_usd"] == "11764705882.35"  # was 11764705882.352942
