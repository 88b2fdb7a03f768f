"""A relationship's trade series and summary, from the facts the store holds."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from app.domain.facts import FactKind
from app.domain.money import format_usd, format_usd_exact

if TYPE_CHECKING:
    import pandas as pd


def _opt(value: object) -> str | None:
    """A text cell, or None for SQL NULL (which pandas may show as NaN)."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    return str(value) or None


@dataclass(frozen=True)
class TradePoint:
    fact_id: int
    article_id: int
    year: int
    value_usd: float
    qualifier: str | None
    partial_period: str | None
    derived: bool
    derivation: str | None
    conflict: bool  # another source gives a different full-year figure for the same year
    file: str
    sentence: str

    @property
    def label(self) -> str:
        hedge = f"{self.qualifier} " if self.qualifier else ""
        part = f" ({self.partial_period})" if self.partial_period else ""
        return f"{hedge}{format_usd_exact(self.value_usd)} in {self.year}{part}"


def trade_points(rows: Iterable[Mapping[str, Any]]) -> list[TradePoint]:
    """Trade totals in USD from fact rows, rejected facts left out, disagreeing sources flagged.

    Plain Python over row mappings, so the window can use it without importing pandas.
    """
    totals = [
        r
        for r in rows
        if r["kind"] == FactKind.TRADE_TOTAL.value
        and _number(r["value_usd"]) is not None
        and _number(r["year"]) is not None
        and r["status"] != "rejected"
    ]
    by_year: dict[int, list[Mapping[str, Any]]] = {}
    for r in totals:
        if _opt(r["partial_period"]) is None and not r["derived"]:
            by_year.setdefault(int(r["year"]), []).append(r)
    conflicted: set[int] = set()
    for group in by_year.values():
        values = [float(r["value_usd"]) for r in group]
        if len(values) > 1 and max(values) - min(values) > 0.005 * max(values):
            conflicted.update(int(r["id"]) for r in group)
    points = [
        TradePoint(
            fact_id=int(r["id"]),
            article_id=int(r["article_id"]),
            year=int(r["year"]),
            value_usd=float(r["value_usd"]),
            qualifier=_opt(r["qualifier"]),
            partial_period=_opt(r["partial_period"]),
            derived=bool(r["derived"]),
            derivation=_opt(r["derivation"]),
            conflict=int(r["id"]) in conflicted,
            file=str(r["file"]),
            sentence=str(r["sentence"]),
        )
        for r in totals
    ]
    return sorted(points, key=lambda p: (p.year, p.partial_period is not None, p.derived))


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A DataFrame's rows as plain dicts keyed by column name."""
    return cast(list[dict[str, Any]], frame.to_dict("records"))


def _number(value: object) -> float | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return float(value)  # type: ignore[arg-type]


def full_year_line(points: list[TradePoint]) -> list[TradePoint]:
    """The points joined by the line: stated full-year totals, one per year (the first source's)."""
    by_year: dict[int, TradePoint] = {}
    for p in points:
        if p.partial_period or p.derived:
            continue
        by_year.setdefault(p.year, p)
    return [by_year[y] for y in sorted(by_year)]


@dataclass(frozen=True)
class PairSummary:
    established: str | None
    established_source: str | None
    latest_total: TradePoint | None
    growth_text: str | None  # annualised growth between the first and last full-year totals
    visits: int
    agreements: int
    investment: str | None
    unreviewed: int
    articles: int


def summarise(facts: pd.DataFrame) -> PairSummary:
    return summarise_rows(records(facts))


def established_row(rows: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The most precise "relations established" fact that is not rejected (day beats month beats year)."""
    found = [r for r in rows if r["kind"] == FactKind.RELATIONS_ESTABLISHED.value and r["status"] != "rejected"]
    if not found:
        return None
    return min(found, key=lambda r: (-len(_opt(r["date"]) or ""), int(r["id"])))


def summarise_rows(rows: Sequence[Mapping[str, Any]]) -> PairSummary:
    """The comparison at a glance, from fact rows (plain Python: the window calls it without pandas)."""
    if not rows:
        return PairSummary(None, None, None, None, 0, 0, None, 0, 0)
    live = [r for r in rows if r["status"] != "rejected"]
    best = established_row(live)
    est_text = est_source = None
    if best is not None:
        est_text = _opt(best["date"]) or str(int(best["year"]))
        est_source = str(best["file"])
    line = full_year_line(trade_points(live))
    latest = line[-1] if line else None
    growth = None
    if len(line) >= 2 and line[0].value_usd > 0:
        first, last = line[0], line[-1]
        years = last.year - first.year
        rate = ((last.value_usd / first.value_usd) ** (1 / years) - 1) * 100 if years else 0.0
        growth = (
            f"{rate:+.1f} % a year, {first.year}–{last.year} "
            f"({format_usd(first.value_usd)} → {format_usd(last.value_usd)}; derived)"
        )
    investment = next((r for r in live if r["kind"] == FactKind.INVESTMENT.value and _number(r["value_usd"])), None)
    invest_text = None
    if investment is not None:
        hedge = f"{_opt(investment['qualifier'])} " if _opt(investment["qualifier"]) else ""
        invest_text = f"{hedge}{format_usd(float(investment['value_usd']))}"
    return PairSummary(
        established=est_text,
        established_source=est_source,
        latest_total=latest,
        growth_text=growth,
        visits=sum(1 for r in live if r["kind"] == FactKind.VISIT.value),
        agreements=sum(1 for r in live if r["kind"] == FactKind.AGREEMENT.value),
        investment=invest_text,
        unreviewed=sum(1 for r in rows if r["status"] == "proposed"),
        articles=len({r["article_id"] for r in rows}),
    )
