"""The side-by-side text summary of ``dyad compare``."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from app.analysis.official import (
    DEFAULT_TOLERANCE,
    OfficialSeries,
    Verdict,
    caption,
    compare,
    counts_text,
    shown_one_flow,
    shown_series,
    two_way_series,
)
from app.analysis.series import PairSummary, _opt, full_year_line, records, summarise, trade_points
from app.domain.countries import country_index
from app.domain.money import format_usd
from app.session.views import best_statement, events
from app.store.engine import Store
from app.store.official import pair_figures
from app.store.repositories import FactRepository

if TYPE_CHECKING:
    import pandas as pd

_WIDTH = 48


def _pair_name(pair: tuple[str, str]) -> str:
    index = country_index()
    return f"{index.name(pair[0])} – {index.name(pair[1])}"


def _wrapped(text: str) -> list[str]:
    """A summary line within its column (the other relationship's column starts after _WIDTH)."""
    return textwrap.wrap(text, _WIDTH, subsequent_indent="    ") or [""]


def _column(
    store: Store,
    pair: tuple[str, str],
    official: bool = True,
    tolerance: float = DEFAULT_TOLERANCE,
    dataset: str | None = None,
) -> list[str]:
    facts = FactRepository(store).facts(pair)
    every = two_way_series(pair_figures(store, *pair)) if official else ()
    shown = shown_series(every, pair, dataset)
    one_flow = shown_one_flow(every, pair, dataset)
    summary: PairSummary = summarise(facts)
    lines = [_pair_name(pair), "=" * min(_WIDTH, len(_pair_name(pair)))]
    if facts.empty:
        return [*lines, "no facts in the store", *_official_lines(shown, {}), *_one_flow_lines(one_flow)]
    lines += _wrapped(
        f"established: {summary.established or 'not stated'}"
        + (f"  [{summary.established_source}]" if summary.established_source else "")
    )
    latest = summary.latest_total
    lines += _wrapped(f"latest full-year total: {latest.label if latest else '—'}")
    lines += _wrapped(f"growth: {summary.growth_text or '—'}")
    lines.append(f"visits: {summary.visits}   agreements: {summary.agreements}")
    lines.append(f"investment: {summary.investment or '—'}")
    lines.append(f"articles: {summary.articles}   unreviewed facts: {summary.unreviewed}")
    lines.append("")
    lines.append("trade by year (two-way, USD):")
    points = trade_points(records(facts))
    verdicts = compare(points, shown, tolerance) if shown else {}
    on_line = {p.fact_id for p in full_year_line(points)}
    for p in points:
        marks = []
        if p.partial_period:
            marks.append("part of year")
        if p.derived:
            marks.append(f"derived: {p.derivation}")
        if p.conflict:
            marks.append("sources disagree")
        marks += [f"⚠ {flag}" for flag in p.flags if not p.accepted]
        verdict = verdicts.get(p.fact_id)
        if verdict is not None and verdict.status != "none":
            marks.append(("⚠ " if verdict.disagrees else "") + verdict.text)
        if p.fact_id not in on_line and not marks:
            marks.append("second source")
        suffix = f" ({'; '.join(marks)})" if marks else ""
        lines.extend(
            textwrap.wrap(
                f"  {p.period}  {(p.qualifier + ' ') if p.qualifier else ''}"
                f"{format_usd(p.value_usd)}{suffix}  [{p.source}]",
                _WIDTH,
                subsequent_indent="        ",
            )
        )
    if not points:
        lines.append("  none stated")
    lines += _official_lines(shown, verdicts)
    lines += _one_flow_lines(one_flow)
    lines += _milestone_lines(facts)
    return lines


def _one_flow_lines(series: tuple[OfficialSeries, ...]) -> list[str]:
    """A reporter's one flow, where it reports no other: said as what it is, never summed or compared."""
    lines: list[str] = []
    for s in series:
        reporter = country_index().name(s.reporter)
        lines += ["", *_wrapped(f"Official, {s.dataset_label}, reported by {reporter}:")]
        lines.append(f"  {s.one_flow_words}: no two-way total")
        for y in s.one_flow:
            estimate = " (estimated)" if y.estimated else ""
            lines.append(f"    {y.year}  {y.flow_words} {format_usd(y.value)}{estimate}")
    return lines


def _milestone_lines(facts: pd.DataFrame) -> list[str]:
    """Milestones, one line an event: an establishment three articles state is one line, "(3 articles)"."""
    rows = [
        r
        for r in records(facts)
        if r["kind"] in ("relations_established", "embassy", "visit", "agreement") and r["status"] != "rejected"
    ]
    if not rows:
        return []
    lines = ["", "milestones:"]
    clean = [{k: (None if isinstance(v, float) and v != v else v) for k, v in r.items()} for r in rows]
    grouped = [(best_statement(e), len({x["article_id"] for x in e})) for e in events([r for r in clean if r["date"]])]
    undated = [(r, 1) for r in clean if not r["date"]]
    for row, articles in sorted(grouped + undated, key=lambda g: (str(_opt(g[0]["date"]) or "9999"), g[0]["id"])):
        year = _opt(row["year"])
        when = _opt(row["date"]) or (str(int(float(year))) if year else "undated")
        what = str(row["kind"]).replace("_", " ")
        detail = _opt(row["person"]) or _opt(row["name"]) or _opt(row["action"]) or ""
        stated = f" ({articles} articles)" if articles > 1 else ""
        lines.extend(
            textwrap.wrap(f"  {when}  {what}: {detail}".rstrip(": ") + stated, _WIDTH, subsequent_indent="        ")
        )
    return lines


def _official_lines(shown: tuple[OfficialSeries, ...], verdicts: dict[int, Verdict]) -> list[str]:
    """The official two-way totals, each side's report apart, and how the news figures compare."""
    if not shown:
        return []
    heading = caption(shown)
    lines = ["", *_wrapped(heading[:1].upper() + heading[1:] + ":")]
    for series in shown:
        lines += _wrapped(f"  reported by {country_index().name(series.reporter)}:")
        for y in series.years:
            estimate = " (estimated)" if y.estimated else ""
            lines.append(f"    {y.year}  {format_usd(y.total)}{estimate}")
        for note in series.incomplete:
            lines.append(f"    {note}")
    if verdicts:
        lines += _wrapped(f"news against official: {counts_text(verdicts.values())}")
    return lines


def comparison_text(
    store: Store,
    pair_a: tuple[str, str],
    pair_b: tuple[str, str],
    official: bool = True,
    tolerance: float = DEFAULT_TOLERANCE,
    dataset: str | None = None,
) -> str:
    """Both relationships in two columns; ``dataset`` is the official dataset to draw and compare with (where
    a relationship has it; the most complete otherwise)."""
    left = _column(store, pair_a, official, tolerance, dataset)
    right = _column(store, pair_b, official, tolerance, dataset)
    rows = max(len(left), len(right))
    left += [""] * (rows - len(left))
    right += [""] * (rows - len(right))
    return "\n".join(f"{a:<{_WIDTH}}  │  {b}".rstrip() for a, b in zip(left, right, strict=True))
