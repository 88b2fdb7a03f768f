"""WITS's CSV files: the raw query, the trade summary and the time series."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.official.figures import Flow, OfficialFigure, ReadReport
from app.official.rows import (
    TOTAL_CODES,
    YEAR_COLUMN,
    Rows,
    cell_at,
    column_of,
    figure_of,
    pair_of,
    scale_of,
    value_of,
)


def _wits_flow(text: str) -> Flow | None:
    lowered = text.strip().lower()
    if lowered.startswith("re-") or "re-export" in lowered or "re-import" in lowered:
        return None
    if lowered.startswith(("export", "gross exp")):
        return Flow.EXPORTS
    if lowered.startswith(("import", "gross imp")):
        return Flow.IMPORTS
    return None


def read_wits(columns: dict[str, int], _header: list[str], rows: Rows, report: ReadReport) -> Iterator[OfficialFigure]:
    """The raw query CSV, values in thousands of dollars. Import/Export and Gross Imp./Gross Exp. rows
    repeat one figure: the store keeps it once."""
    c = columns.get
    rep, rep_name, par, par_name = c("reporteriso3"), c("reportername"), c("partneriso3"), c("partnername")
    product, year_col, flow_col = c("productcode"), c("year"), c("tradeflowname")
    value_col = column_of(columns, "tradevalue in 1000 usd", "trade value in 1000 usd")
    for line, f in rows:
        report.rows += 1
        if product is not None and cell_at(f, product).upper() not in TOTAL_CODES:
            report.skip("commodity", example=cell_at(f, product))
            continue
        flow = _wits_flow(cell_at(f, flow_col))
        if flow is None:
            report.skip("flow")
            continue
        parties = ((cell_at(f, rep), cell_at(f, rep_name)), (cell_at(f, par), cell_at(f, par_name)))
        figure = figure_of(report, line, parties, flow, cell_at(f, year_col), cell_at(f, value_col), scale=1e3)
        if figure is not None:
            yield figure


def _all_products(text: str) -> bool:
    """WITS's all-commodity product group: "  All Products" (indented), "All products", or no group."""
    return not text.strip() or text.strip().upper() in TOTAL_CODES


def _wits_measure(report: ReadReport, text: str) -> bool:
    """Whether a WITS indicator is a value in dollars; the reason counted when it is not."""
    if re.search(r"share|%", text, re.I):
        report.skip("share")
        return False
    if re.search(r"number|index|growth|count|advantage|tariff", text, re.I) or not re.search(
        r"us\$|usd|dollar", text, re.I
    ):
        report.skip("measure")
        return False
    return True


def read_wits_series(
    columns: dict[str, int], header: list[str], rows: Rows, report: ReadReport
) -> Iterator[OfficialFigure]:
    """The time-series download: names (with a leading space, " World"), a flow, an indicator, years; with
    a Product Group column, only the all-products rows (" Capital goods" is a part of the trade)."""
    c = columns.get
    rep, par, flow_col, indicator = c("reporter name"), c("partner name"), c("trade flow"), c("indicator")
    group = c("product group")
    years = [(i, int(h.strip())) for i, h in enumerate(header) if YEAR_COLUMN.match(h.strip())]
    for line, f in rows:
        report.rows += 1
        text = cell_at(f, indicator)
        if not _wits_measure(report, text):
            continue
        if not _all_products(cell_at(f, group)):
            report.skip("commodity", example=cell_at(f, group))
            continue
        flow = _wits_flow(cell_at(f, flow_col))
        if flow is None:
            report.skip("flow")
            continue
        parties = pair_of(report, ("", cell_at(f, rep)), ("", cell_at(f, par)))
        if parties is None:
            continue
        scale = scale_of(text) or 1.0
        for i, when in years:
            value = value_of(report, line, cell_at(f, i), scale)
            if value is None:
                continue
            report.figures += 1
            valuation = "FOB" if flow is Flow.EXPORTS else "CIF"
            yield OfficialFigure(parties[0], parties[1], flow, when, value[0], valuation, value[1], line)


_SUMMARY_VALUES = {
    "export (us$ thousand)": Flow.EXPORTS,
    "import (us$ thousand)": Flow.IMPORTS,
    "import": Flow.IMPORTS,  # the tariff summary's value column, beside its tariff columns
    "export": Flow.EXPORTS,
}


def read_wits_summary(
    columns: dict[str, int], _header: list[str], rows: Rows, report: ReadReport
) -> Iterator[OfficialFigure]:
    """WITS's trade summary, by partner or by product group: one row per reporter, partner, year and flow,
    its value in thousands of dollars in "Export (US$ Thousand)", "Import (US$ Thousand)" or, in the tariff
    summary, "Import" followed by tariff columns; only the "All Products" rows where a product group is
    given."""
    c = columns.get
    rep, par, year_col, flow_col, group = (
        c("reporter name"),
        c("partner name"),
        c("year"),
        c("trade flow"),
        c("product group"),
    )
    values = [(columns[name], flow) for name, flow in _SUMMARY_VALUES.items() if name in columns]
    for line, f in rows:
        report.rows += 1
        if not _all_products(cell_at(f, group)):
            report.skip("commodity", example=cell_at(f, group))
            continue
        stated = _wits_flow(cell_at(f, flow_col)) if flow_col is not None else None
        cells = [(i, flow) for i, flow in values if stated is None or flow is stated]
        if not cells:
            report.skip("flow")
            continue
        parties = (("", cell_at(f, rep)), ("", cell_at(f, par)))
        for i, flow in cells:
            figure = figure_of(report, line, parties, flow, cell_at(f, year_col), cell_at(f, i), scale=1e3)
            if figure is not None:
                yield figure
