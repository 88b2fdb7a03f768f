"""A relationship's trade series and summary, from the facts the store holds."""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from app.domain.facts import FactKind, fiscal_label
from app.domain.frozen import built
from app.domain.money import format_amount, format_usd, format_usd_exact

if TYPE_CHECKING:
    import pandas as pd


CONFIDENT = 0.8  # the fact format's threshold: at or above it a fact is confident, under it doubtful


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
    flags: tuple[str, ...] = ()  # why the figure is suspect, in words (see ``plausibility_flags``)
    accepted: bool = False  # the analyst accepted or corrected it: a flag no longer keeps it out
    source: str = ""  # the article as a reader names it: outlet and date, or its title
    fiscal_year: str | None = None  # "2018-19": drawn at the year it starts in, never compared with calendar years
    confidence: float = 1.0  # how sure the extractor is; under 0.8 the point is doubtful and drawn faded
    confidence_basis: str = ""  # why, in words
    conversion: str = ""  # a figure stated in another currency, converted at a rate the analyst gave: how

    @property
    def doubtful(self) -> bool:
        """The extractor is not sure of this stated figure (a derived one says how it was computed)."""
        return self.confidence < CONFIDENT and not self.derived

    @property
    def period(self) -> str:
        """The year as the article states it: "2019", "FY 2019-20"."""
        return fiscal_label(self.fiscal_year) if self.fiscal_year else str(self.year)

    @property
    def implausible(self) -> bool:
        """Orders of magnitude off the rest of its series, and not accepted: drawn, flagged, never joined."""
        return not self.accepted and any(f.startswith("implausible") for f in self.flags)

    @property
    def suspect(self) -> bool:
        """Flagged and not accepted: kept out of derived figures such as the summary's growth."""
        return bool(self.flags) and not self.accepted

    @property
    def label(self) -> str:
        hedge = f"{self.qualifier} " if self.qualifier else ""
        part = f" ({self.partial_period})" if self.partial_period else ""
        return f"{hedge}{format_usd_exact(self.value_usd)} in {self.period}{part}"


def trade_points(rows: Iterable[Mapping[str, Any]]) -> list[TradePoint]:
    """Trade totals in USD from fact rows, rejected facts left out, disagreeing sources and suspect figures
    flagged.

    Plain Python over row mappings, so the window can use it without importing pandas.
    """
    rows = list(rows)
    total = FactKind.TRADE_TOTAL.value  # looked up once: an enum member's value is a property, ~0.15 us a row
    totals = [
        r
        for r in rows
        if r["kind"] == total
        and _number(r["value_usd"]) is not None
        and _number(r["year"]) is not None
        and r["status"] != "rejected"
    ]
    by_year: dict[tuple[int, str | None], list[Mapping[str, Any]]] = {}
    for r in totals:  # a fiscal year's figure is not another source's figure for the calendar year
        if _opt(r["partial_period"]) is None and not r["derived"]:
            by_year.setdefault((int(r["year"]), _opt(r.get("fiscal_year"))), []).append(r)
    conflicted: set[int] = set()
    for group in by_year.values():
        values = [float(r["value_usd"]) for r in group]
        if len(values) > 1 and max(values) - min(values) > 0.005 * max(values):
            conflicted.update(int(r["id"]) for r in group)
    flags = _growth_flags(rows, totals)
    for fact_id, reason in plausibility_flags(totals).items():
        flags.setdefault(fact_id, []).append(reason)
    points = [
        built(
            TradePoint,
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
            flags=tuple(flags.get(int(r["id"]), ())),
            accepted=r["status"] in ("accepted", "edited"),
            source=source_label(r),
            fiscal_year=_opt(r.get("fiscal_year")),
            confidence=_confidence(r),
            confidence_basis=_opt(r.get("confidence_basis")) or "",
            conversion=_opt(r.get("conversion")) or "",
        )
        for r in totals
    ]
    return sorted(points, key=lambda p: (p.year, p.partial_period is not None, p.derived))


def _confidence(row: Mapping[str, Any]) -> float:
    """A fact's confidence; one the analyst accepted or corrected is certain."""
    if row.get("status") in ("accepted", "edited"):
        return 1.0
    value = _number(row.get("confidence"))
    return 1.0 if value is None else value


def with_rates(rows: Sequence[Mapping[str, Any]], rates: Mapping[tuple[str, int], Any]) -> list[Mapping[str, Any]]:
    """Rows whose figure is stated in another currency with no US-dollar value, converted at the rate the
    analyst gave for that currency and year (``rates``: (currency, year) -> a rate with ``usd_per_unit`` and
    ``described``), saying how, in new mappings; the others as they are (the same mappings, not copies)."""
    if not rates:
        return list(rows)
    out: list[Mapping[str, Any]] = []
    for r in rows:
        amount, currency, year = _number(r.get("amount")), _opt(r.get("currency")), _number(r.get("year"))
        rate = rates.get((currency, int(year))) if currency and year is not None else None
        if _number(r.get("value_usd")) is None and amount is not None and rate is not None:
            value = amount * float(rate.usd_per_unit)
            how = f"{format_amount(amount, currency)} × {rate.described} = {format_usd(value)}"
            out.append({**r, "value_usd": value, "conversion": f"converted: {how}"})
        else:
            out.append(r)
    return out


def unconverted(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Trade totals stated in another currency that no rate turns into US dollars: left off the chart, named."""
    found = []
    total = FactKind.TRADE_TOTAL.value
    for r in rows:
        if r["kind"] != total or r["status"] == "rejected" or r.get("derived"):
            continue
        if _number(r.get("value_usd")) is None and _number(r.get("amount")) is not None and _opt(r.get("currency")):
            year = _number(r.get("year"))
            when = str(int(year)) if year is not None else "year not stated"
            found.append(f"{format_amount(_number(r['amount']), _opt(r['currency']))} ({when})")
    return found


def with_series_flags(
    rows: Sequence[Mapping[str, Any]], points: Iterable[TradePoint] | None = None
) -> list[dict[str, Any]]:
    """``rows`` with the flags their series earns (an implausible figure, an inconsistent growth rate) added
    to the extractor's own, each once. ``points`` are the rows' trade points when the caller has them;
    otherwise they are found per relationship."""
    if points is None:
        by_pair: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
        for r in rows:
            by_pair.setdefault((str(r["country_a"]), str(r["country_b"])), []).append(r)
        points = [p for group in by_pair.values() for p in trade_points(group)]
    found = {p.fact_id: p.flags for p in points if p.flags}
    merged = []
    for r in rows:
        flags = [str(f) for f in r.get("flags") or ()]
        flags += [f for f in found.get(int(r["id"]), ()) if f not in flags]
        merged.append({**r, "flags": flags})
    return merged


def source_label(row: Mapping[str, Any]) -> str:
    """An article as a reader names it: "Viet Nam News, 2025-05-20", or its title when no outlet is known."""
    get = row.get
    return _source_label(get("outlet"), get("published"), get("title"), get("article_title"), get("file"))


@functools.lru_cache(maxsize=4096)
def _source_label(outlet: Any, published: Any, title: Any, article_title: Any, file: Any) -> str:
    # Remembered: a relationship's view names each of its ~300 articles for each of its ~700 facts.
    outlet, published = _opt(outlet), _opt(published)
    if outlet:
        return f"{outlet}, {published}" if published else f"{outlet} (undated)"
    title = _opt(title) or _opt(article_title) or str(file or "")
    title = elide_words(title, 60)
    return f"“{title}”, {published}" if published else f"“{title}” (undated)"


def counted(n: int, noun: str, plural: str = "") -> str:
    """ "1 visit", "8 visits", "0 agreements"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def elide_words(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + "…"


# A figure this many times off the trend of the rest of its series is flagged (two orders of magnitude).
IMPLAUSIBLE_FACTOR = 100.0


def plausibility_flags(totals: Sequence[Mapping[str, Any]]) -> dict[int, str]:
    """Stated full-year totals that break their series by orders of magnitude, with the reason in words.

    Each figure is compared with the trend of the others (a Theil–Sen line through log10 of the values, robust
    to the very outlier it looks for); with one or two others, with the nearest in time. A figure more than
    ``IMPLAUSIBLE_FACTOR`` times off, and off by more than 50 % a year of steady change could explain, is
    flagged: US$10,700 in 1993 against US$187 million in 2004 is 17,000 times less."""
    stated = [
        (int(r["id"]), int(r["year"]), float(r["value_usd"]))
        for r in totals
        if _opt(r["partial_period"]) is None and not r["derived"] and float(r["value_usd"]) > 0
    ]
    # The trend is fitted to each year's median (of log10 values): a series of hundreds of figures over a
    # few dozen years costs years squared per figure, not figures squared (a 20,000-article store's
    # relationship of 400 totals took 7 s to draw). With one figure a year, as stories give them, the same.
    logs: dict[int, list[float]] = {}
    for _i, y, v in stated:
        logs.setdefault(y, []).append(math.log10(v))
    yearly = {y: _median(values) for y, values in logs.items()}
    # What a figure is measured against depends on its year only (the others are the other years' figures):
    # worked out once a year, not once a figure.
    # The nearest other figure is the first stated of the nearest other year (the earlier-stated of the two
    # years when one before and one after are as near), found among the years, not the figures.
    first: dict[int, tuple[int, float]] = {}  # year -> (its first figure's place in ``stated``, the figure)
    for n, (_i, y, v) in enumerate(stated):
        first.setdefault(y, (n, v))
    against: dict[int, tuple[float, str, int] | None] = {}
    for year in logs:
        if len(logs) == 1:
            against[year] = None
            continue
        distance = min(abs(y - year) for y in logs if y != year)
        nearest_year = min((y for y in (year - distance, year + distance) if y in first), key=lambda y: first[y][0])
        nearest = first[nearest_year][1]
        others = len(stated) - len(logs[year])
        if len(logs) - 1 >= 3:
            expected = 10 ** _theil_sen_at([(y, m) for y, m in yearly.items() if y != year], year)
            basis = f"the trend of the other {others} figures (nearest: {format_usd(nearest)} in {nearest_year})"
        else:
            expected, basis = nearest, f"{format_usd(nearest)} in {nearest_year}"
        against[year] = (expected, basis, nearest_year)
    flagged: dict[int, str] = {}
    for fact_id, year, value in stated:
        measure = against[year]
        if measure is None:
            continue
        expected, basis, nearest_year = measure
        ratio = value / expected
        gap = max(1, abs(nearest_year - year))
        steady = 1.5**gap  # what 50 % a year, sustained over the gap to the nearest figure, could change
        if max(ratio, 1 / ratio) >= max(IMPLAUSIBLE_FACTOR, steady):
            times = ratio if ratio > 1 else 1 / ratio
            side = "above" if ratio > 1 else "below"
            flagged[fact_id] = f"implausible: {_times(times)} {side} {basis}"
    return flagged


def _times(factor: float) -> str:
    digits = max(0, 2 - int(math.log10(factor))) if factor < 100 else 0
    rounded = float(f"{factor:.2g}") if factor >= 100 else round(factor, digits)
    return f"{rounded:,.0f}×" if rounded >= 100 else f"{rounded:g}×"


def _theil_sen_at(points: list[tuple[int, float]], x: int) -> float:
    """The Theil–Sen line through ``points`` (median of pairwise slopes), evaluated at ``x``."""
    pairs = [(a, b) for i, a in enumerate(points) for b in points[i + 1 :] if b[0] != a[0]]
    slopes = [(y2 - y1) / (x2 - x1) for (x1, y1), (x2, y2) in pairs]
    slope = _median(slopes) if slopes else 0.0
    intercept = _median([y - slope * xi for xi, y in points])
    return intercept + slope * x


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _growth_flags(rows: Sequence[Mapping[str, Any]], totals: Sequence[Mapping[str, Any]]) -> dict[int, list[str]]:
    """A growth rate its own article's figures contradict flags the figure it is stated for (Vietnam–Peru:
    "79.1 per cent" from US$353.78 million to US$600 million, which is 69.6 %)."""
    flags: dict[int, list[str]] = {}
    kind = FactKind.TRADE_GROWTH.value
    for growth in rows:
        if growth["kind"] != kind or growth["status"] == "rejected":
            continue
        inconsistent = [str(f) for f in (growth.get("flags") or []) if str(f).startswith("inconsistent")]
        if not inconsistent or _number(growth.get("year")) is None:
            continue
        for total in totals:
            if (
                total["article_id"] == growth["article_id"]
                and _number(total["year"]) == _number(growth["year"])
                and _opt(total.get("fiscal_year")) == _opt(growth.get("fiscal_year"))
                and _opt(total["partial_period"]) is None
                and not total["derived"]
            ):
                flags.setdefault(int(total["id"]), []).append(
                    f"inconsistent: its source's growth rate ({growth['percent']:g} %) does not match its own "
                    f"figures ({inconsistent[0].rsplit(' is ', 1)[-1]})"
                )
    return flags


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A DataFrame's rows as plain dicts keyed by column name."""
    return cast(list[dict[str, Any]], frame.to_dict("records"))


def _number(value: object) -> float | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return float(value)  # type: ignore[arg-type]


def full_year_line(points: list[TradePoint]) -> list[TradePoint]:
    """The points joined by the line: stated full-year totals, one per year (the first source's); a figure
    orders of magnitude off the rest stays off the line until the analyst accepts it. A fiscal year's figure
    (drawn at the year it starts in) is joined only where no calendar-year figure is stated for that year."""
    by_year: dict[int, TradePoint] = {}
    for p in sorted(points, key=lambda p: p.fiscal_year is not None):
        if p.partial_period or p.derived or p.implausible:
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
    kind = FactKind.RELATIONS_ESTABLISHED.value
    found = [r for r in rows if r["kind"] == kind and r["status"] != "rejected"]
    if not found:
        return None
    return min(found, key=lambda r: (-len(_opt(r["date"]) or ""), int(r["id"])))


def summarise_rows(rows: Sequence[Mapping[str, Any]], points: Sequence[TradePoint] | None = None) -> PairSummary:
    """The comparison at a glance, from fact rows (plain Python: the window calls it without pandas).
    ``points`` are the rows' trade points when the caller has them (``trade_points`` leaves rejected rows
    out, so they are the live rows' too); otherwise they are found here."""
    if not rows:
        return PairSummary(None, None, None, None, 0, 0, None, 0, 0)
    live = [r for r in rows if r["status"] != "rejected"]
    best = established_row(live)
    est_text = est_source = None
    if best is not None:
        est_text = _opt(best["date"]) or str(int(best["year"]))
        est_source = source_label(best)
    points = list(points) if points is not None else trade_points(live)
    line = full_year_line(points)
    latest = line[-1] if line else None
    growth = None
    trusted = [p for p in line if not p.suspect]  # flagged figures stay out until the analyst accepts them
    calendar = [p for p in trusted if not p.fiscal_year]
    # Growth compares like with like: calendar years, or (where fewer than two are stated) fiscal years.
    trusted = calendar if len(calendar) >= 2 else [p for p in trusted if p.fiscal_year]
    if len(trusted) >= 2 and trusted[0].value_usd > 0:
        first, last = trusted[0], trusted[-1]
        years = last.year - first.year
        rate = ((last.value_usd / first.value_usd) ** (1 / years) - 1) * 100 if years else 0.0
        left_out = sorted({p.year for p in points if p.suspect and not p.partial_period and not p.derived})
        note = f"; flagged {', '.join(map(str, left_out))} left out" if left_out else ""
        growth = (
            f"{rate:+.1f} % a year, {first.period}–{last.period} "
            f"({format_usd(first.value_usd)} → {format_usd(last.value_usd)}; derived{note})"
        )
    kinds = [r["kind"] for r in live]
    investing = FactKind.INVESTMENT.value
    investment = next((r for r in live if r["kind"] == investing and _number(r["value_usd"])), None)
    invest_text = None
    if investment is not None:
        hedge = f"{_opt(investment['qualifier'])} " if _opt(investment["qualifier"]) else ""
        invest_text = f"{hedge}{format_usd(float(investment['value_usd']))}"
    return PairSummary(
        established=est_text,
        established_source=est_source,
        latest_total=latest,
        growth_text=growth,
        visits=kinds.count(FactKind.VISIT.value),
        agreements=kinds.count(FactKind.AGREEMENT.value),
        investment=invest_text,
        unreviewed=sum(1 for r in rows if r["status"] == "proposed"),
        articles=len({r["article_id"] for r in rows}),
    )
