"""Official two-way totals per reporter, and how a news figure compares with them, on plain rows."""

from __future__ import annotations

from typing import Any

from app.analysis.official import caption, compare, counts_text, shown_series, two_way_series
from app.analysis.series import TradePoint


def _figure(dataset: str, reporter: str, partner: str, flow: str, year: int, value: float) -> dict[str, Any]:
    return {
        "dataset": dataset,
        "reporter": reporter,
        "partner": partner,
        "flow": flow,
        "year": year,
        "value_usd": value,
        "valuation": "FOB" if flow == "X" else "CIF",
        "estimated": False,
        "file": f"{dataset}.csv",
        "retrieved": "2024-06-01",
    }


FIGURES = [
    _figure("imf", "MEX", "VNM", "X", 2019, 195e6),
    _figure("imf", "MEX", "VNM", "M", 2019, 6.444e9),
    _figure("imf", "VNM", "MEX", "X", 2019, 2.9e9),
    _figure("imf", "VNM", "MEX", "M", 2019, 0.569e9),
    _figure("imf", "VNM", "MEX", "X", 2020, 3.1e9),  # exports only: no two-way total
    _figure("comtrade", "MEX", "VNM", "X", 2024, 0.3e9),
    _figure("comtrade", "MEX", "VNM", "M", 2024, 11.48e9),
]


def _point(fact_id: int, year: int, value: float, **extra: Any) -> TradePoint:
    return TradePoint(
        fact_id, 1, year, value, extra.get("qualifier"), extra.get("partial"), False, None, False, "a", ""
    )


def test_each_reporter_keeps_its_own_two_way_total_never_averaged() -> None:
    series = {(s.dataset, s.reporter): s for s in two_way_series(FIGURES)}
    mexico = series[("imf", "MEX")].at(2019)
    assert mexico is not None and mexico.total == 6.639e9 and mexico.import_valuation == "CIF"
    vietnam = series[("imf", "VNM")]
    assert vietnam.at(2019) is not None and vietnam.at(2019).total == 3.469e9  # type: ignore[union-attr]
    assert vietnam.incomplete == ("2020: exports only",)


def test_the_chart_shows_the_most_complete_dataset_first_country_first() -> None:
    shown = shown_series(two_way_series(FIGURES), ("VNM", "MEX"))
    assert [(s.dataset, s.reporter) for s in shown] == [("imf", "VNM"), ("imf", "MEX")]
    assert caption(shown) == "official: IMF Direction of Trade, reported by Vietnam and by Mexico"


def test_a_news_total_agrees_within_the_tolerance_of_either_reporter() -> None:
    every = two_way_series(FIGURES)
    shown = shown_series(every, ("VNM", "MEX"))
    points = [_point(1, 2019, 6.275e9), _point(2, 2024, 15e9), _point(3, 2019, 3e9, qualifier="over")]
    verdicts = compare(points, shown, 10.0)
    assert verdicts[1].status == "agrees" and round(verdicts[1].difference or 0, 2) == -5.48
    assert verdicts[1].reporters_gap == "the two reporters differ by 48 % (Vietnam $3.47B, Mexico $6.64B)"
    assert verdicts[1].text.endswith("; the two reporters differ by 48 % (Vietnam $3.47B, Mexico $6.64B)")
    assert verdicts[2].reason == "no IMF Direction of Trade figure for 2024"  # never another, undrawn dataset
    assert verdicts[3].status == "agrees"  # "over $3B" and Vietnam's $3.47B
    assert counts_text(verdicts.values()) == "2 agree, 0 differ, 1 not comparable"
    comtrade = shown_series(every, ("VNM", "MEX"), "comtrade")
    chosen = compare(points, comtrade, 10.0)
    assert chosen[2].status == "disagrees" and round(chosen[2].difference or 0, 2) == 27.33
    assert chosen[2].against == "UN Comtrade, reported by Mexico"
    assert compare([_point(4, 2019, 6.275e9)], shown, 3.0)[4].status == "disagrees"
    assert shown_series(every, ("VNM", "MEX"), "wits") == shown  # a dataset the pair lacks: the most complete
