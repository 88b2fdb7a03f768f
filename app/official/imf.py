"""The IMF's CSV files: Direction of Trade Statistics (older, years as columns) and IMTS (2025)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.official.codes import AGGREGATE, UNKNOWN, resolve, resolve_imf
from app.official.csvfile import year
from app.official.figures import Flow, OfficialFigure, ReadReport
from app.official.rows import (
    PERIOD_COLUMN,
    YEAR_COLUMN,
    Rows,
    cell_at,
    column_of,
    pair_of,
    scale_of,
    value_of,
)

_IMF_INDICATORS = {
    "TXG_FOB_USD": (Flow.EXPORTS, "FOB"),
    "XG_FOB_USD": (Flow.EXPORTS, "FOB"),
    "TMG_CIF_USD": (Flow.IMPORTS, "CIF"),
    "MG_CIF_USD": (Flow.IMPORTS, "CIF"),
}


def _indicator(fields: list[str], positions: list[int]) -> tuple[Flow, str] | None:
    for i in positions:
        text = cell_at(fields, i).upper()
        for code, meaning in _IMF_INDICATORS.items():
            if re.search(rf"(?:^|[._\s]){code}(?:$|[._\s])", text):
                return meaning
    return None


def read_imf_dots(
    columns: dict[str, int], header: list[str], rows: Rows, report: ReadReport
) -> Iterator[OfficialFigure]:
    """Older DOTS CSV: a Value row per series, years as columns, often followed by a Status row whose
    "e" marks an estimate."""
    c = columns.get
    name, code = c("country name"), c("country code")
    par_name, par_code = c("counterpart country name"), c("counterpart country code")
    ind_name, attribute = c("indicator name"), c("attribute")
    indicators = [i for i in (c("indicator code"), ind_name) if i is not None]
    years = [(i, int(h.strip())) for i, h in enumerate(header) if YEAR_COLUMN.match(h.strip())]
    periods = [i for i, h in enumerate(header) if PERIOD_COLUMN.match(h.strip())]
    pending: list[OfficialFigure] = []
    pending_key: tuple[str, ...] = ()
    for line, f in rows:
        key = (cell_at(f, name), cell_at(f, par_name), cell_at(f, indicators[0]) if indicators else "")
        kind = cell_at(f, attribute).lower()
        if kind.startswith("status") and pending and key == pending_key:
            marked = {y for i, y in years if "e" in cell_at(f, i).lower()}
            pending = [fig._replace(estimated=fig.estimated or fig.year in marked) for fig in pending]
            continue
        yield from pending
        pending = []
        if kind and not kind.startswith("value"):
            continue  # a Status row without its Value row, or another attribute
        report.rows += 1
        meaning = _indicator(f, indicators)
        if meaning is None:
            report.skip("flow")
            continue
        parties = pair_of(
            report,
            (_imf_code(cell_at(f, code), cell_at(f, name)), cell_at(f, name)),
            (_imf_code(cell_at(f, par_code), cell_at(f, par_name)), cell_at(f, par_name)),
        )
        if parties is None:
            continue
        scale = scale_of(cell_at(f, ind_name)) or 1.0
        for i in periods:
            if cell_at(f, i):
                report.skip("period", example=header[i].strip())
        for i, when in years:
            value = value_of(report, line, cell_at(f, i), scale)
            if value is None:
                continue
            report.figures += 1
            pending.append(
                OfficialFigure(parties[0], parties[1], meaning[0], when, value[0], meaning[1], value[1], line)
            )
        pending_key = key
    yield from pending


def _imf_code(code: str, name: str) -> str:
    """IMF numeric codes (111 the United States) are not ISO: a name that is understood decides, the
    IMF's code where it is not; a three-letter code is ISO already; the IMF's groups are aggregates."""
    code = code.strip()
    if not code.isdigit():
        return code
    found = resolve_imf(code)
    if found == AGGREGATE:
        return "W00"
    if found == UNKNOWN or (name and resolve("", name) not in (UNKNOWN, AGGREGATE)):
        return ""
    return found


def read_imf_imts(
    columns: dict[str, int], header: list[str], rows: Rows, report: ReadReport
) -> Iterator[OfficialFigure]:
    """IMTS (2025): ISO3 country columns, an indicator code, a SCALE; TIME_PERIOD/OBS_VALUE rows or years
    as columns."""
    c = columns.get
    rep, rep_name = (
        column_of(columns, "country.id", "country_id", "ref_area"),
        column_of(columns, "country", "country.name"),
    )
    par = column_of(columns, "counterpart_country.id", "counterpart_country_id", "counterpart_area")
    par_name = column_of(columns, "counterpart_country", "counterpart_country.name")
    indicators = [
        i
        for i in (column_of(columns, "indicator.id", "indicator_id"), c("indicator"), c("series_code"))
        if i is not None
    ]
    scale_col, freq = c("scale"), column_of(columns, "frequency.id", "frequency", "freq")
    time_col, value_col = c("time_period"), c("obs_value")
    years = [(i, int(h.strip())) for i, h in enumerate(header) if YEAR_COLUMN.match(h.strip())]
    periods = [i for i, h in enumerate(header) if PERIOD_COLUMN.match(h.strip())]
    for line, f in rows:
        report.rows += 1
        meaning = _indicator(f, indicators)
        if meaning is None:
            report.skip("flow")
            continue
        if cell_at(f, freq).upper() not in ("", "A", "ANNUAL"):
            report.skip("period")
            continue
        parties = pair_of(report, (cell_at(f, rep), cell_at(f, rep_name)), (cell_at(f, par), cell_at(f, par_name)))
        if parties is None:
            continue
        scale = scale_of(cell_at(f, scale_col))
        if scale is None:
            report.skip("unreadable", line=line)
            continue
        if time_col is not None and value_col is not None:
            cells = []
            try:
                cells = [(value_col, year(cell_at(f, time_col)))]
            except ValueError:
                report.skip("period")
        else:
            for i in periods:
                if cell_at(f, i):
                    report.skip("period")
            cells = years
        for i, when in cells:
            value = value_of(report, line, cell_at(f, i), scale)
            if value is None:
                continue
            report.figures += 1
            yield OfficialFigure(parties[0], parties[1], meaning[0], when, value[0], meaning[1], value[1], line)
