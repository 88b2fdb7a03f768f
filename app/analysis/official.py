"""Official two-way totals of a relationship, as each side reports them, and how the news compares.

A reporter's two-way total for a year is its exports to the partner (FOB) plus its imports from the
partner (CIF), from one dataset. The two sides' totals differ, often by tens of per cent (CIF against
FOB, re-exports, timing): they are kept apart and never averaged. A news total agrees when it is within
the tolerance of either side's figure."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.analysis.series import TradePoint
from app.domain.countries import country_name
from app.domain.money import format_usd
from app.official.figures import DATASET_LABELS, DATASET_PREFERENCE

DEFAULT_TOLERANCE = 10.0  # per cent
# Qualifiers that make a stated figure a bound: "over $300M" agrees with any official figure above it.
_LOWER_BOUNDS = ("over", "more than", "above", "exceeding", "exceeded", "at least", "in excess of", "upwards of")
_UPPER_BOUNDS = ("under", "less than", "below", "nearly", "almost", "up to", "close to")


@dataclass(frozen=True)
class OfficialYear:
    year: int
    total: float
    exports: float  # the reporter's exports to the partner
    imports: float  # the reporter's imports from the partner
    import_valuation: str  # "CIF" (or "FOB" where the file said so)
    estimated: bool
    file: str
    retrieved: str | None = None  # when its file says the data were retrieved


@dataclass(frozen=True)
class FlowYear:
    """One flow of a year whose other flow the reporter did not report: never a two-way total."""

    year: int
    flow: str  # "X" (the reporter's exports) or "M" (its imports)
    value: float
    valuation: str
    estimated: bool
    file: str
    retrieved: str | None = None

    @property
    def flow_words(self) -> str:
        return "exports" if self.flow == "X" else "imports"


@dataclass(frozen=True)
class OfficialSeries:
    """One dataset's two-way totals for one relationship, as one side reports them."""

    dataset: str
    reporter: str
    partner: str
    years: tuple[OfficialYear, ...]
    incomplete: tuple[str, ...] = ()  # "2020: exports only", years with one flow and so no total
    retrieved: str | None = None
    one_flow: tuple[FlowYear, ...] = ()  # the figures of those years

    @property
    def one_flow_words(self) -> str:
        """ "imports only", "exports only", or "one flow a year" when it changes."""
        flows = {y.flow_words for y in self.one_flow}
        return f"{flows.pop()} only" if len(flows) == 1 else "one flow a year"

    def describe_flow(self, y: FlowYear) -> str:
        """What a hover over a one-flow figure says: never a two-way total."""
        reporter, partner = country_name(self.reporter), country_name(self.partner)
        direction = "to" if y.flow == "X" else "from"
        estimate = " (estimated)" if y.estimated else ""
        lines = [
            f"official {reporter}'s {y.flow_words} {direction} {partner} {y.year}: "
            f"{format_usd(y.value)} ({y.valuation}){estimate}",
            f"one flow only: {reporter} reports no {'imports' if y.flow == 'X' else 'exports'} for {y.year}, "
            "so this is not a two-way total and is compared with nothing",
            f"{self.dataset_label}, reported by {reporter}",
            f"file: {y.file}" + (f", retrieved {y.retrieved}" if y.retrieved else ""),
        ]
        return "\n".join(lines)

    @property
    def dataset_label(self) -> str:
        return next((label for key, label in DATASET_LABELS.items() if key == self.dataset), self.dataset)

    @property
    def label(self) -> str:
        """ "UN Comtrade, reported by Viet Nam"."""
        return f"{self.dataset_label}, reported by {country_name(self.reporter)}"

    def at(self, year: int) -> OfficialYear | None:
        return next((y for y in self.years if y.year == year), None)

    def describe(self, y: OfficialYear) -> str:
        """What a hover over one official figure says: dataset, reporter and flows."""
        reporter, partner = country_name(self.reporter), country_name(self.partner)
        estimate = " (estimated)" if y.estimated else ""
        lines = [
            f"official two-way total {y.year}: {format_usd(y.total)}{estimate}",
            f"{self.dataset_label}, reported by {reporter}",
            f"  exports to {partner}: {format_usd(y.exports)} (FOB)",
            f"  imports from {partner}: {format_usd(y.imports)} ({y.import_valuation})",
            f"file: {y.file}" + (f", retrieved {y.retrieved}" if y.retrieved else ""),
        ]
        return "\n".join(lines)


def two_way_series(rows: Iterable[Mapping[str, Any]]) -> tuple[OfficialSeries, ...]:
    """Every dataset's two-way totals per reporter, from the figures of one relationship."""
    grouped: dict[tuple[str, str, str], dict[int, dict[str, Mapping[str, Any]]]] = {}
    for r in rows:
        if not _usable(r["value_usd"]):
            continue  # an infinite or negative figure (stored by an older Dyad) is no figure
        key = (str(r["dataset"]), str(r["reporter"]), str(r["partner"]))
        grouped.setdefault(key, {}).setdefault(int(r["year"]), {})[str(r["flow"])] = r
    out = []
    for (dataset, reporter, partner), by_year in sorted(grouped.items()):
        years, incomplete, one_flow = [], [], []
        retrieved = None
        for year in sorted(by_year):
            flows = by_year[year]
            x, m = flows.get("X"), flows.get("M")
            if x is None or m is None:
                incomplete.append(f"{year}: {'exports' if x is not None else 'imports'} only")
                single = x if x is not None else m
                assert single is not None
                one_flow.append(
                    FlowYear(
                        year,
                        "X" if x is not None else "M",
                        float(single["value_usd"]),
                        str(single["valuation"]),
                        bool(single["estimated"]),
                        str(single["file"]),
                        _opt_text(single.get("retrieved")),
                    )
                )
                continue
            retrieved = retrieved or m.get("retrieved") or x.get("retrieved")
            years.append(
                OfficialYear(
                    year=year,
                    total=float(x["value_usd"]) + float(m["value_usd"]),
                    exports=float(x["value_usd"]),
                    imports=float(m["value_usd"]),
                    import_valuation=str(m["valuation"]),
                    estimated=bool(x["estimated"]) or bool(m["estimated"]),
                    file=str(m["file"]) if m["file"] == x["file"] else f"{x['file']}; {m['file']}",
                    retrieved=_retrieved(x, m),
                )
            )
        out.append(
            OfficialSeries(dataset, reporter, partner, tuple(years), tuple(incomplete), retrieved, tuple(one_flow))
        )
    return tuple(out)


def _usable(value: Any) -> bool:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return False
    return math.isfinite(number) and 0 <= number <= 1e13


def _opt_text(value: Any) -> str | None:
    return str(value) if value else None


def shown_one_flow(
    series: Sequence[OfficialSeries], order: tuple[str, str] | None = None, dataset: str | None = None
) -> tuple[OfficialSeries, ...]:
    """The reports of one flow only that a chart shows beside the two-way lines: a reporter with no two-way
    year at all (a WITS series of one country's imports), in the dataset the chart draws, or, with no
    two-way line, in the dataset with most such years. Never summed, never compared."""
    only = [s for s in series if not s.years and s.one_flow]
    if not only:
        return ()
    drawn = shown_series(series, order, dataset)
    if drawn:
        chosen = [s for s in only if s.dataset == drawn[0].dataset]
    else:
        counts: dict[str, int] = {}
        for s in only:
            counts[s.dataset] = counts.get(s.dataset, 0) + len(s.one_flow)
        best = dataset if dataset in counts else max(counts, key=lambda d: (counts[d], d))
        chosen = [s for s in only if s.dataset == best]
    first = order[0] if order else ""
    return tuple(sorted(chosen, key=lambda s: (s.reporter != first, s.reporter)))


def _retrieved(x: Mapping[str, Any], m: Mapping[str, Any]) -> str | None:
    """When the files of a year's two flows say they were retrieved (both, when they differ)."""
    dates = list(dict.fromkeys(d for d in (x.get("retrieved"), m.get("retrieved")) if d))
    return "; ".join(str(d) for d in dates) or None


def shown_series(
    series: Sequence[OfficialSeries], order: tuple[str, str] | None = None, dataset: str | None = None
) -> tuple[OfficialSeries, ...]:
    """The series a chart shows for a relationship: one dataset (``dataset`` when the analyst chose one the
    relationship has, else the one with most years; ties by DATASET_PREFERENCE), both reporters when both
    exist, the first country of ``order`` first."""
    usable = [s for s in series if s.years]
    if not usable:
        return ()
    years: dict[str, int] = {}
    for s in usable:
        years[s.dataset] = years.get(s.dataset, 0) + len(s.years)
    rank = {str(d): i for i, d in enumerate(DATASET_PREFERENCE)}
    best = dataset if dataset in years else min(years, key=lambda d: (-years[d], rank.get(d, 99), d))
    chosen = [s for s in usable if s.dataset == best]
    first = order[0] if order else ""
    return tuple(sorted(chosen, key=lambda s: (s.reporter != first, s.reporter)))


@dataclass(frozen=True)
class Verdict:
    """How one news total compares with the official figures for its year."""

    fact_id: int
    status: str  # "agrees", "disagrees", or "none" (nothing to compare with)
    difference: float | None = None  # per cent, news against the closest official figure
    official: float | None = None
    against: str = ""  # "UN Comtrade, reported by Mexico"
    reason: str = ""  # why there is nothing to compare with
    reporters_gap: str = ""  # "the two reporters differ by 48 % (Vietnam $3.47B, Mexico $6.64B)", when they do

    @property
    def disagrees(self) -> bool:
        return self.status == "disagrees"

    @property
    def text(self) -> str:
        """ "agrees with official statistics: −5.5 % against UN Comtrade, reported by Mexico ($6.64B)", or why
        there is nothing to compare with."""
        if self.status == "none":
            return self.reason
        assert self.difference is not None and self.official is not None
        sign = "+" if self.difference >= 0 else "−"
        verdict = "agrees with" if self.status == "agrees" else "differs from"
        said = (
            f"{verdict} official statistics: {sign}{abs(self.difference):.1f} % against {self.against} "
            f"({format_usd(self.official)})"
        )
        return f"{said}; {self.reporters_gap}" if self.reporters_gap else said


def compare(
    points: Iterable[TradePoint], series: Sequence[OfficialSeries], tolerance: float = DEFAULT_TOLERANCE
) -> dict[int, Verdict]:
    """A verdict for every news trade total: full-year stated figures are compared with each reporter's
    official total for that year in ``series`` (the dataset the chart draws, and no other: a ring is
    measured against what the chart shows); within ``tolerance`` per cent of either reporter's, it agrees,
    and says so when the two reporters themselves differ by more than the tolerance. Part-year and derived
    figures are not compared, and say so."""
    verdicts = {}
    for p in points:
        if p.partial_period:
            verdicts[p.fact_id] = Verdict(
                p.fact_id, "none", reason=f"part of a year ({p.partial_period}): not compared"
            )
            continue
        if p.derived:
            verdicts[p.fact_id] = Verdict(p.fact_id, "none", reason="derived: not compared")
            continue
        if p.fiscal_year:
            verdicts[p.fact_id] = Verdict(
                p.fact_id, "none", reason=f"fiscal year {p.fiscal_year}: not compared with calendar years"
            )
            continue
        found = [(s, y) for s in series if (y := s.at(p.year)) is not None]
        if not found:
            label = series[0].dataset_label if series else "official"
            verdicts[p.fact_id] = Verdict(p.fact_id, "none", reason=f"no {label} figure for {p.year}")
            continue
        gaps = [(_gap(p.value_usd, y.total, p.qualifier), s, y) for s, y in found]
        gap, s, y = min(gaps, key=lambda g: abs(g[0]))
        difference = (p.value_usd - y.total) / y.total * 100 if y.total else float("inf")
        status = "agrees" if abs(gap) <= tolerance else "disagrees"
        verdicts[p.fact_id] = Verdict(
            p.fact_id, status, difference, y.total, s.label, "", _reporters_gap(found, tolerance)
        )
    return verdicts


def _reporters_gap(found: Sequence[tuple[OfficialSeries, OfficialYear]], tolerance: float) -> str:
    """ "the two reporters differ by 48 % (Vietnam $3.47B, Mexico $6.64B)", when they differ by more than the
    tolerance: agreeing with one of them then says little."""
    if len(found) < 2:
        return ""
    (s1, y1), (s2, y2) = found[0], found[1]
    high = max(y1.total, y2.total)
    spread = abs(y1.total - y2.total) / high * 100 if high else 0.0
    if spread <= tolerance:
        return ""
    return (
        f"the two reporters differ by {spread:.0f} % ({country_name(s1.reporter)} {format_usd(y1.total)}, "
        f"{country_name(s2.reporter)} {format_usd(y2.total)})"
    )


def _gap(stated: float, official: float, qualifier: str | None) -> float:
    """Per cent by which ``stated`` misses ``official``; a bound ("over $300M") misses only on its wrong side."""
    if not official:
        return float("inf")
    difference = (stated - official) / official * 100
    hedge = (qualifier or "").lower()
    if hedge.startswith(_LOWER_BOUNDS) and difference < 0:
        return 0.0  # "over $300M" and the official $340M agree
    if hedge.startswith(_UPPER_BOUNDS) and difference > 0:
        return 0.0
    return difference


def counts(verdicts: Iterable[Verdict]) -> tuple[int, int, int]:
    """(agree, disagree, nothing to compare with)."""
    found = list(verdicts)
    return (
        sum(v.status == "agrees" for v in found),
        sum(v.status == "disagrees" for v in found),
        sum(v.status == "none" for v in found),
    )


def counts_text(verdicts: Iterable[Verdict]) -> str:
    agree, disagree, none = counts(verdicts)
    return f"{agree} agree, {disagree} differ, {none} not comparable"


def caption(series: Sequence[OfficialSeries]) -> str:
    """ "official: UN Comtrade, reported by Vietnam and by Mexico"."""
    if not series:
        return ""
    reporters = " and by ".join(country_name(s.reporter) for s in series)
    return f"official: {series[0].dataset_label}, reported by {reporters}"


def verdicts_for_rows(
    rows: Sequence[Mapping[str, Any]],
    figures: Callable[[str, str], list[dict[str, Any]]],
    tolerance: float = DEFAULT_TOLERANCE,
    datasets: Mapping[tuple[str, str], str] | None = None,
) -> dict[int, Verdict]:
    """Verdicts for the trade totals among fact ``rows`` of any relationships; ``figures(a, b)`` gives a
    relationship's official figures (``app.store.official.pair_figures`` bound to a store)."""
    from app.analysis.series import trade_points

    by_pair: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for r in rows:
        by_pair.setdefault((str(r["country_a"]), str(r["country_b"])), []).append(r)
    verdicts: dict[int, Verdict] = {}
    for (a, b), group in by_pair.items():
        shown = shown_series(two_way_series(figures(a, b)), (a, b), (datasets or {}).get((a, b)))
        if shown:
            verdicts.update(compare(trade_points(group), shown, tolerance))
    return verdicts
