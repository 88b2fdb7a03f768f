"""A comparison as a report: one self-contained HTML document (the PDF is printed from it by the window
or ``dyad report``).

Every number in it is a stored fact, shown with its hedge, flags, the official comparison, its source and
the sentence it was read from; a derived figure says how it was computed. Article text is escaped, never
markup; the document names nothing outside itself (no link, script, font or image to fetch)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from app.analysis.official import Verdict, caption, compare, shown_series
from app.session.comparison import Comparison
from app.session.records import FactRow, PairView

KIND_WORDS = {
    "trade_total": "Trade total",
    "trade_growth": "Trade growth",
    "relations_established": "Relations established",
    "embassy": "Embassy",
    "visit": "Visit",
    "agreement": "Agreement",
    "investment": "Investment",
    "partner_rank": "Partner rank",
}

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1b1b1b; margin: 24px; }
h1 { font-size: 17pt; margin-bottom: 2px; } h2 { font-size: 13pt; margin-top: 18px; } h3 { font-size: 11pt; }
p.meta { color: #555; margin-top: 0; } pre.notes { white-space: pre-wrap; font-family: inherit; }
table { border-collapse: collapse; width: 100%; margin-bottom: 10px; }
th, td { border: 1px solid #c8c8c8; padding: 3px 5px; vertical-align: top; text-align: left; font-size: 8pt; }
th { background: #eeeeee; } td.num { text-align: right; white-space: nowrap; } td.whole { white-space: nowrap; }
.quote { color: #333; font-style: italic; } .flag { color: #9b1d42; } td.source { padding-bottom: 6px; }
"""


_NUMERIC = " class='num'"  # a figure, aligned on the right; words (a visitor, an agreement) stay left
_WHOLE = " class='whole'"  # a date on one line ("1975-05-19" broke at its hyphen); "2024 (first nine months)" wraps


def _is_figure(value: str) -> bool:
    return value[:1].isdigit() or value[:1] in "$+-−" or value.startswith(("US$", "rank"))


@dataclass(frozen=True)
class ReportSide:
    view: PairView
    dataset: str | None


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _money(value: float | None) -> str:
    if value is None:
        return ""
    for size, unit in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"US${value / size:,.3g} {unit}"
    return f"US${value:,.0f}"


def _verdict_text(verdict: Verdict | None) -> str:
    if verdict is None:
        return ""
    if verdict.status == "none":
        return verdict.reason or "nothing to compare with"
    gap = f"{verdict.difference:+.0f} % against {_money(verdict.official)}" if verdict.difference is not None else ""
    words = "agrees" if verdict.status == "agrees" else "differs"
    return "; ".join(part for part in (f"{words}: {gap}".rstrip(": "), verdict.against, verdict.reporters_gap) if part)


def _figures(view: PairView, verdicts: dict[int, Verdict]) -> str:
    rows = [r for r in view.fact_rows if r.status != "rejected"]
    rows.sort(key=lambda r: (r.kind != "trade_total", r.date or str(r.year or ""), r.id))
    body = "".join(_figure_row(r, verdicts.get(r.id)) for r in rows)
    head = (  # widths given: Qt's printer does not share a table's width out by its content
        "<tr><th width='15%'>Fact</th><th width='13%'>When</th><th width='16%'>Figure</th>"
        "<th width='9%'>Hedge</th><th width='23%'>Flags</th><th width='24%'>Official statistics</th></tr>"
        "<tr><th colspan='6'>Source and sentence</th></tr>"
    )
    return f"<table>{head}{body}</table>" if rows else "<p>No facts.</p>"


def _figure_row(row: FactRow, verdict: Verdict | None) -> str:
    """Two rows: the fact's fields, then its source and sentence across the table's width. (The sentence in a
    column of its own, beside the others, was a tall narrow cell: PDFium, Chrome's reader, read such a row
    of the PDF a letter to a line, and the other columns were left too narrow for their words.)"""
    flags = "; ".join(row.flags)
    if row.derived:
        source = f"derived (computed): {_e(row.description)}"
    else:
        source = f"{_e(row.source or row.file)}: <span class='quote'>“{_e(row.sentence)}”</span>"
    status = "" if row.status == "proposed" else f" ({_e(row.status)})"
    return (
        f"<tr><td>{_e(KIND_WORDS.get(row.kind, row.kind))}{status}</td><td{_WHOLE if ' ' not in row.when else ''}>"
        f"{_e(row.when)}</td>"
        f"<td{_NUMERIC if _is_figure(row.value) else ''}>{_e(row.value)}</td><td>{_e(row.qualifier)}</td>"
        f"<td class='flag'>{_e(flags)}</td><td>{_e(_verdict_text(verdict))}</td></tr>"
        f"<tr><td colspan='6' class='source'>{source}</td></tr>"
    )


def _summary(sides: Sequence[ReportSide]) -> str:
    labels = (
        "Relations established",
        "Latest full-year trade",
        "Growth",
        "Visits",
        "Agreements",
        "Investment",
        "Unreviewed facts",
        "Articles",
    )
    cells: list[list[str]] = []
    for side in sides:
        s = side.view.summary
        if s is None:
            cells.append([""] * len(labels))
            continue
        latest = s.latest_total
        cells.append(
            [
                s.established or "not stated",
                f"{_money(latest.value_usd)} ({latest.period})" if latest else "",
                s.growth_text or "",
                str(s.visits),
                str(s.agreements),
                s.investment or "",
                str(s.unreviewed),
                str(s.articles),
            ]
        )
    head = "<tr><th></th>" + "".join(f"<th>{_e(side.view.name)}</th>" for side in sides) + "</tr>"
    body = "".join(
        f"<tr><th>{_e(label)}</th>" + "".join(f"<td>{_e(c[i])}</td>" for c in cells) + "</tr>"
        for i, label in enumerate(labels)
    )
    return f"<table>{head}{body}</table>"


def _sources(view: PairView) -> str:
    items = [
        f"<li>{_e(a.outlet or 'outlet not stated')}, {_e(a.published or 'date not stated')}: {_e(a.title)} "
        f"({_e(a.source_name)}; {a.facts} fact{'' if a.facts == 1 else 's'})</li>"
        for a in view.articles
    ]
    return f"<ul>{''.join(items)}</ul>" if items else "<p>No article.</p>"


def report_html(
    comparison: Comparison,
    views: tuple[PairView, PairView],
    generated: str,
    charts: str = "",
    changes: str = "",
    name: str = "",
) -> str:
    """The report as one HTML document. ``charts`` is the charts' drawing as inline SVG (or an ``<img>``
    of a resource the PDF printer supplies); ``changes`` what changed in the store since it was saved."""
    sides = [ReportSide(view, dataset) for view, dataset in zip(views, comparison.datasets, strict=True)]
    title = f"{views[0].name} and {views[1].name}"
    meta = f"Report made {_e(generated)} by Dyad"
    if name:
        meta += f" from {_e(name)}"
    if comparison.saved_at:
        meta += f", a comparison saved {_e(comparison.saved_at)}"
    if comparison.store:
        meta += f" against {_e(comparison.store)}"
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{_e(title)}</h1><p class='meta'>{meta}.</p>",
    ]
    if changes:
        parts.append(f"<p class='meta'>{_e(changes)}</p>")
    if comparison.notes:
        parts.append(f"<h2>Notes</h2><pre class='notes'>{_e(comparison.notes)}</pre>")
    if charts:
        parts.append(f"<h2>Trade and milestones</h2>{charts}")
    parts.append(f"<h2>Summary</h2>{_summary(sides)}")
    for side in sides:
        view = side.view
        series = shown_series(view.official, view.asked, side.dataset) if comparison.official else ()
        verdicts = compare(view.points, series, comparison.tolerance) if series else {}
        # Each relationship's facts on pages of their own: their heading never ends a page without its table.
        parts.append(f"<h2 style='page-break-before: always'>{_e(view.name)}: every fact shown</h2>")
        parts.append(_figures(view, verdicts))
        if series:
            retrieved = {s.retrieved for s in series if s.retrieved}
            when = f" (retrieved {', '.join(sorted(retrieved))})" if retrieved else ""
            parts.append(
                f"<p>Official statistics: {_e(caption(series).removeprefix('official: '))}{_e(when)}; "
                f"a news total is compared within {comparison.tolerance:g} %.</p>"
            )
        parts.append(f"<h3>Sources</h3>{_sources(view)}")
    parts.append("</body></html>")
    return "\n".join(parts)
