"""What every layout's reader shares: cells by column name, the parties of a row as ISO codes, a cell's
value checked, a row's figure, each with the reason counted in the report when a row gives none."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator

from app.official.codes import AGGREGATE, UNKNOWN, resolve
from app.official.csvfile import number, year
from app.official.figures import Flow, OfficialFigure, ReadReport

Rows = Iterator[tuple[int, list[str]]]

YEAR_COLUMN = re.compile(r"^\d{4}$")
PERIOD_COLUMN = re.compile(r"^\d{4}[-\s]?(?:[qQ]\d|[mM]\d{1,2}|\d{2})$")
# The codes of the all-commodity total in Comtrade (TOTAL, in HS and SITC alike) and WITS (Total, All
# Products). Not "00" (SITC division 00, live animals), not "999999" (HS: commodities not specified
# according to kind), not "AG0" (an aggregation level, not a commodity).
TOTAL_CODES = {"TOTAL", "ALL", "TOTAL TRADE", "ALL PRODUCTS"}


def column_of(columns: dict[str, int], *names: str) -> int | None:
    return next((columns[n] for n in names if n in columns), None)


def cell_at(fields: list[str], index: int | None) -> str:
    if index is None or index >= len(fields):
        return ""
    return fields[index].strip()


def padded_rows(columns: dict[str, int], header: list[str], rows: Rows) -> tuple[Callable[[str], int], Rows]:
    """Column positions, where a missing column points past the header at an empty cell, and rows padded
    to reach it: the reader then indexes cells directly (a million rows spend seconds in lookups)."""
    blank = len(header)

    def position(name: str) -> int:
        return columns.get(name, blank)

    def padded() -> Rows:
        width = blank + 1
        for line, fields in rows:
            if len(fields) < width:
                fields = fields + [""] * (width - len(fields))
            yield line, fields

    return position, padded()


def pair_of(report: ReadReport, reporter: tuple[str, str], partner: tuple[str, str]) -> tuple[str, str] | None:
    """Both parties as ISO codes, or None with the reason counted (aggregate, unknown, itself)."""
    a = resolve(*reporter)
    if a in (AGGREGATE, UNKNOWN):
        _not_a_party(report, a, reporter)
        return None
    b = resolve(*partner)
    if b in (AGGREGATE, UNKNOWN):
        _not_a_party(report, b, partner)
        return None
    if a == b:
        report.skip("self")
        return None
    return a, b


def _not_a_party(report: ReadReport, resolved: str, party: tuple[str, str]) -> None:
    if resolved == AGGREGATE:
        report.skip("aggregate")
    else:
        report.skip("unknown", party[1] or party[0])


MAX_VALUE = 1e13  # US$ 10 trillion: more than any two countries have ever traded in a year


def value_of(report: ReadReport, line: int, text: str, scale: float = 1.0) -> tuple[float, bool] | None:
    """A cell's value in US dollars, checked after scaling: finite, and within any pair's trade."""
    try:
        value, estimated = number(text)
    except ValueError:
        report.skip("unreadable", line=line)
        return None
    if value is None:
        report.skip("empty")
        return None
    scaled = value * scale
    if not math.isfinite(scaled) or scaled > MAX_VALUE:
        report.skip("implausible", line=line)
        return None
    return scaled, estimated


def figure_of(
    report: ReadReport,
    line: int,
    parties: tuple[tuple[str, str], tuple[str, str]],
    flow: Flow,
    year_text: str,
    value_text: str,
    valuation: str | None = None,
    scale: float = 1.0,
) -> OfficialFigure | None:
    """The figure of a row that states one (reporter and partner as (code, name), a year, a value), or
    None with the reason counted. Exports are valued FOB and imports CIF unless ``valuation`` says."""
    pair = pair_of(report, *parties)
    if pair is None:
        return None
    try:
        when = year(year_text)
    except ValueError:
        report.skip("unreadable", line=line)
        return None
    value = value_of(report, line, value_text, scale)
    if value is None:
        return None
    report.figures += 1
    valuation = valuation or ("FOB" if flow is Flow.EXPORTS else "CIF")
    return OfficialFigure(pair[0], pair[1], flow, when, value[0], valuation, value[1], line)


_SCALES = {
    "units": 1.0,
    "unit": 1.0,
    "thousands": 1e3,
    "thousand": 1e3,
    "millions": 1e6,
    "million": 1e6,
    "billions": 1e9,
    "billion": 1e9,
}


_POWER_OF_TEN = re.compile(r"^10{0,12}$")
_EXPONENT = re.compile(r"^(?:[0-9]|1[0-2])$")


def scale_of(text: str) -> float | None:
    """US$ millions from "Millions", "6" (an exponent), "1000000" (a factor), "US Dollars, Millions"; 1 for
    plain US dollars; None for anything else (a superscript, thousands of digits, a factor that is not a
    power of ten up to a trillion): the row is then counted as unreadable, never scaled by it."""
    lowered = text.strip().lower()[:80]
    if not lowered:
        return 1.0
    for word, factor in _SCALES.items():
        if re.search(rf"\b{word}\b", lowered):
            return factor
    if _EXPONENT.match(lowered):
        return 10.0 ** int(lowered)
    if _POWER_OF_TEN.match(lowered):
        return float(lowered)
    if "dollar" in lowered or "usd" in lowered or "us$" in lowered:
        return 1.0
    return None
