"""UN Comtrade's CSV files, the current portal's and the legacy layout: all-commodity annual rows only."""

from __future__ import annotations

from collections.abc import Iterator

from app.official.codes import AGGREGATE, UNKNOWN, resolve_m49
from app.official.figures import Flow, OfficialFigure, ReadReport
from app.official.rows import (
    TOTAL_CODES,
    YEAR_COLUMN,
    Rows,
    cell_at,
    column_of,
    figure_of,
    padded_rows,
)

# -- UN Comtrade, current portal ---------------------------------------------------------------------------------


_ANNUAL = frozenset(("A", ""))
_WHOLE_YEAR = frozenset(("52", ""))
_ALL_CUSTOMS = frozenset(("C00", ""))
_NO_BREAKDOWN = frozenset(("0", ""))


def read_comtrade(
    columns: dict[str, int], header: list[str], rows: Rows, report: ReadReport
) -> Iterator[OfficialFigure]:
    c, rows = padded_rows(columns, header, rows)
    freq, month, period = c("freqcode"), c("refmonth"), c("period")
    ref_year, cmd, flow_col, value_col = c("refyear"), c("cmdcode"), c("flowcode"), c("primaryvalue")
    rep, rep_name = c("reporteriso"), c("reporterdesc")
    par, par_name = c("partneriso"), c("partnerdesc")
    customs, mot, partner2 = c("customscode"), c("motcode"), c("partner2code")
    cif = c("cifvalue")
    no_cif = cif == len(header)
    annual_by_period = freq == len(header) and month == len(header)
    flows = {"X": Flow.EXPORTS, "M": Flow.IMPORTS}
    # Each cell is compared as written first, and cleaned (spaces, case) only when that fails: a million rows
    # of a dozen cells spent a tenth of the import cleaning cells already clean.
    for line, f in rows:
        report.rows += 1
        if (
            (f[freq] not in _ANNUAL and f[freq].strip().upper() not in _ANNUAL)
            or (f[month] not in _WHOLE_YEAR and f[month].strip() not in _WHOLE_YEAR)
            or (annual_by_period and not YEAR_COLUMN.match(f[period].strip() or "0000"))
        ):
            report.skip("period")
            continue
        if f[cmd] not in TOTAL_CODES and f[cmd].strip().upper() not in TOTAL_CODES:
            report.skip("commodity", example=f[cmd].strip())
            continue
        flow = flows.get(f[flow_col]) or flows.get(f[flow_col].strip().upper())
        if flow is None:
            report.skip("flow")
            continue
        if (
            (f[customs] not in _ALL_CUSTOMS and f[customs].strip().upper() not in _ALL_CUSTOMS)
            or (f[mot] not in _NO_BREAKDOWN and f[mot].strip() not in _NO_BREAKDOWN)
            or (f[partner2] not in _NO_BREAKDOWN and f[partner2].strip() not in _NO_BREAKDOWN)
        ):
            report.skip("breakdown")
            continue
        # Imports are valued CIF; a row whose CIF cell is empty (and FOB filled) was valued FOB.
        valuation = "FOB" if flow is Flow.EXPORTS or (not no_cif and not f[cif].strip()) else "CIF"
        parties = ((f[rep], f[rep_name]), (f[par], f[par_name]))
        figure = figure_of(report, line, parties, flow, f[ref_year], f[value_col], valuation)
        if figure is not None:
            yield figure


# -- UN Comtrade, legacy layout ----------------------------------------------------------------------------------

_LEGACY_FLOWS = {
    "1": Flow.IMPORTS,
    "2": Flow.EXPORTS,
    "import": Flow.IMPORTS,
    "export": Flow.EXPORTS,
    "imports": Flow.IMPORTS,
    "exports": Flow.EXPORTS,
}


def read_comtrade_legacy(
    columns: dict[str, int], _header: list[str], rows: Rows, report: ReadReport
) -> Iterator[OfficialFigure]:
    c = columns.get
    year_col, period = c("year"), c("period")
    flow_code, flow_name = c("trade flow code"), c("trade flow")
    rep, rep_name, par, par_name = c("reporter iso"), c("reporter"), c("partner iso"), c("partner")
    rep_m49, par_m49 = c("reporter code"), c("partner code")
    cmd, value_col = column_of(columns, "commodity code", "cmdcode"), c("trade value (us$)")
    for line, f in rows:
        report.rows += 1
        when_text = cell_at(f, year_col)
        if period is not None and cell_at(f, period) not in ("", when_text):
            report.skip("period")
            continue
        if cmd is not None and cell_at(f, cmd).upper() not in TOTAL_CODES:
            report.skip("commodity", example=cell_at(f, cmd))
            continue
        flow = _LEGACY_FLOWS.get(cell_at(f, flow_code)) or _LEGACY_FLOWS.get(cell_at(f, flow_name).lower())
        if flow is None:
            report.skip("flow")
            continue
        # The 12-column download has no ISO columns: its numeric codes are UN M49.
        reporter = cell_at(f, rep) or _m49_or_name(cell_at(f, rep_m49))
        partner = cell_at(f, par) or _m49_or_name(cell_at(f, par_m49))
        parties = ((reporter, cell_at(f, rep_name)), (partner, cell_at(f, par_name)))
        figure = figure_of(report, line, parties, flow, when_text, cell_at(f, value_col))
        if figure is not None:
            yield figure


def _m49_or_name(code: str) -> str:
    """An M49 code as the ISO code resolve() takes ("W00" for a group); empty when it is none (the name
    decides)."""
    found = resolve_m49(code) if code else UNKNOWN
    if found == AGGREGATE:
        return "W00"
    return "" if found == UNKNOWN else found
