"""The analysis layer on plain rows, without a store: trade series, flags, the summary, descriptions."""

from __future__ import annotations

from typing import Any

import pytest

from app.analysis.describe import describe_fact
from app.analysis.series import (
    counted,
    elide_words,
    full_year_line,
    plausibility_flags,
    source_label,
    summarise_rows,
    trade_points,
)


def _row(fact_id: int, year: int | None, value: float | None, **extra: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": fact_id,
        "article_id": extra.pop("article_id", 1),
        "kind": extra.pop("kind", "trade_total"),
        "country_a": "MEX",
        "country_b": "VNM",
        "year": year,
        "date": extra.pop("date", str(year) if year else None),
        "value_usd": value,
        "qualifier": None,
        "partial_period": None,
        "fiscal_year": None,
        "derived": False,
        "derivation": None,
        "status": "proposed",
        "file": "a.txt",
        "sentence": "…",
        "flags": [],
        "outlet": "Viet Nam News",
        "published": "2025-05-20",
        "percent": None,
        "person": None,
        "name": None,
        "action": None,
        "rank": None,
        "amount": value,
        "currency": "USD",
        "basis": None,
    }
    row.update(extra)
    return row


SERIES = [
    _row(1, 1993, 10_700),
    _row(2, 2004, 187e6),
    _row(3, 2006, 300e6, qualifier="over"),
    _row(4, 2019, 6.275e9),
    _row(5, 2024, 15e9),
    _row(6, 2024, 289.6e6, partial_period="first nine months"),
    _row(7, 2023, 11.76e9, derived=True, derivation="$15B in 2024 ÷ (1 + 27.5 %)"),
]


def test_a_figure_orders_of_magnitude_off_its_series_is_flagged_with_the_reason() -> None:
    flags = plausibility_flags(SERIES)
    assert list(flags) == [1]
    assert flags[1].startswith("implausible: 1,500× below the trend of the other 4 figures (nearest: $187M in 2004)")


def test_the_line_joins_stated_full_years_only_and_leaves_flagged_figures_off() -> None:
    points = trade_points(SERIES)
    assert [(p.year, p.value_usd) for p in full_year_line(points)] == [
        (2004, 187e6),
        (2006, 300e6),
        (2019, 6.275e9),
        (2024, 15e9),
    ]
    partial = next(p for p in points if p.partial_period)
    assert (partial.year, partial.value_usd, partial.conflict) == (2024, 289.6e6, False)


def test_two_sources_that_disagree_about_a_year_are_both_marked() -> None:
    rows = [_row(1, 2019, 6.275e9), _row(2, 2019, 5.9e9, article_id=2), _row(3, 2019, 6.276e9, article_id=3)]
    assert {p.fact_id: p.conflict for p in trade_points(rows)} == {1: True, 2: True, 3: True}
    close = [_row(1, 2019, 6.275e9), _row(3, 2019, 6.276e9, article_id=3)]  # within 0.5 %: the same figure
    assert not any(p.conflict for p in trade_points(close))


def test_a_rejected_figure_is_no_point() -> None:
    rows = [_row(1, 2019, 6.275e9, status="rejected"), _row(2, 2024, 15e9)]
    assert [p.fact_id for p in trade_points(rows)] == [2]


def test_summary_growth_is_derived_from_calendar_years_and_says_what_it_left_out() -> None:
    summary = summarise_rows([*SERIES, _row(8, 1975, None, kind="relations_established", date="1975-05-19")])
    assert summary.established == "1975-05-19"
    assert summary.latest_total is not None and summary.latest_total.value_usd == 15e9
    assert summary.growth_text == "+24.5 % a year, 2004–2024 ($187M → $15B; derived; flagged 1993 left out)"
    assert (summary.unreviewed, summary.articles) == (8, 1)


def test_words_for_people() -> None:
    assert counted(1, "visit") == "1 visit" and counted(8, "visit") == "8 visits"
    assert counted(2, "analysis", "analyses") == "2 analyses"
    assert elide_words("Looking ahead to robust ties between Mexico and Vietnam", 30) == "Looking ahead to robust ties…"
    assert source_label({"outlet": "VNA", "published": "2019-09-20"}) == "VNA, 2019-09-20"
    assert source_label({"title": "Ties", "published": None}) == "“Ties” (undated)"


def test_a_fact_described_in_one_line_in_the_order_the_analyst_picked() -> None:
    row = _row(3, 2006, 300e6, qualifier="over", status="accepted")
    assert describe_fact(row, ("VNM", "MEX")) == "Trade total: over $300M in 2006 — Vietnam–Mexico\n  accepted"
    growth = _row(9, 2022, None, kind="trade_growth", percent=79.1, flags=["inconsistent: … is 69.6 %"])
    assert describe_fact(growth) == "Trade growth: +79.1 % in 2022 — Mexico–Vietnam\n  inconsistent: … is 69.6 %"
    foreign = _row(10, 1986, None, amount=110e9, currency="NLG")
    assert describe_fact(foreign).startswith("Trade total: 110,000,000,000 NLG in 1986")


@pytest.mark.parametrize("value", [0.0, -5.0])
def test_a_zero_or_negative_figure_is_not_used_for_the_trend(value: float) -> None:
    assert plausibility_flags([*SERIES[1:5], _row(9, 2010, value)]) == {}


def _flags_figure_by_figure(totals: list[dict[str, Any]]) -> dict[int, str]:
    """The rule as first written: each figure against the others, worked out for each figure."""
    import math

    from app.analysis.series import IMPLAUSIBLE_FACTOR, _median, _theil_sen_at, _times
    from app.domain.money import format_usd

    stated = [(int(r["id"]), int(r["year"]), float(r["value_usd"])) for r in totals]
    logs: dict[int, list[float]] = {}
    for _i, y, v in stated:
        logs.setdefault(y, []).append(math.log10(v))
    yearly = {y: _median(values) for y, values in logs.items()}
    flagged = {}
    for fact_id, year, value in stated:
        others = [(y, v) for i, y, v in stated if i != fact_id and y != year]
        if not others:
            continue
        nearest_year, nearest = min(others, key=lambda o: abs(o[0] - year))
        if len({y for y, _ in others}) >= 3:
            expected = 10 ** _theil_sen_at([(y, m) for y, m in yearly.items() if y != year], year)
            basis = f"the trend of the other {len(others)} figures (nearest: {format_usd(nearest)} in {nearest_year})"
        else:
            expected, basis = nearest, f"{format_usd(nearest)} in {nearest_year}"
        ratio = value / expected
        if max(ratio, 1 / ratio) >= max(IMPLAUSIBLE_FACTOR, 1.5 ** max(1, abs(nearest_year - year))):
            times = ratio if ratio > 1 else 1 / ratio
            flagged[fact_id] = f"implausible: {_times(times)} {'above' if ratio > 1 else 'below'} {basis}"
    return flagged


def test_plausibility_worked_out_once_a_year_flags_what_figure_by_figure_does() -> None:
    import random

    rng = random.Random(11)
    for _ in range(60):
        totals = [
            {
                "id": n,
                "year": rng.choice(range(1990, 2024)),
                "value_usd": rng.choice([1e4, 1e6, 2e8, 6.275e9, 7e9]) * rng.uniform(0.5, 2),
                "partial_period": None,
                "derived": False,
            }
            for n in range(rng.randint(1, 60))
        ]
        assert plausibility_flags(totals) == _flags_figure_by_figure(totals)


def test_of_two_years_as_near_the_nearest_figure_is_the_one_stated_first() -> None:
    # 2002's figure lies two years from both 2000 and 2004: it is named beside 2004's, stated first.
    totals = [_row(1, 2004, 2e9), _row(2, 2000, 1e9), _row(3, 2002, 10_000), _row(4, 1998, 0.8e9), _row(5, 2006, 3e9)]
    flags = plausibility_flags(totals)
    assert list(flags) == [3] and flags == _flags_figure_by_figure(totals)
    assert flags[3].endswith("below the trend of the other 4 figures (nearest: $2B in 2004)")
    swapped = plausibility_flags([totals[1], totals[0], *totals[2:]])
    assert swapped[3].endswith("(nearest: $1B in 2000)")


def test_a_summary_given_the_rows_points_is_the_summary_that_finds_them() -> None:
    # The window's pair view passes the points it has already made; the summary must not differ for it.
    rows = [
        *SERIES,
        _row(8, 1975, None, kind="relations_established", date="1975-05-19"),
        _row(9, 2021, 9e9, status="rejected", article_id=4),
        _row(10, 2022, 1.1e10, fiscal_year="2022/23", article_id=5),
    ]
    given = summarise_rows(rows, trade_points(rows))
    assert given == summarise_rows(rows)
    assert given.growth_text == "+24.5 % a year, 2004–2024 ($187M → $15B; derived; flagged 1993 left out)"
    assert given.latest_total is not None and given.latest_total.value_usd == 15e9
