"""The layouts of the portals' CSV files: how each is recognised from its header and read row by row.

Each reader turns rows into all-commodity, annual, bilateral figures and says in the report why every
other row was left out (aggregates, commodity groups, re-exports, breakdowns, months)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from app.official.codes import AGGREGATE, UNKNOWN, resolve, resolve_imf, resolve_m49
from app.official.csvfile import number, year
from app.official.figures import Dataset, Flow, OfficialFigure, ReadReport

Rows = Iterator[tuple[int, list[str]]]
Reader = Callable[[dict[str, int], list[str], Rows, ReadReport], Iterator[OfficialFigure]]


@dataclass(frozen=True)
class Layout:
    key: str
    label: str
    dataset: Dataset
    required: tuple[frozenset[str], ...]  # each set: one of these column names must be present
    reader: Reader
    wide: bool = False  # years as columns (at least one four-digit year column is required)

    def matches(self, columns: set[str]) -> bool:
        if not all(columns & names for names in self.required):
            return False
        return (
            not self.wide
            or any(_YEAR_COLUMN.match(c) or _PERIOD_COLUMN.match(c) for c in columns)
            or "time_period" in columns
        )


def _one(*names: str) -> frozenset[str]:
    return frozenset(names)


_YEAR_COLUMN = re.compile(r"^\d{4}$")
_PERIOD_COLUMN = re.compile(r"^\d{4}[-\s]?(?:[qQ]\d|[mM]\d{1,2}|\d{2})$")
# The codes of the all-commodity total in Comtrade (TOTAL, in HS and SITC alike) and WITS (Total, All
# Products). Not "00" (SITC division 00, live animals), not "999999" (HS: commodities not specified
# according to kind), not "AG0" (an aggregation level, not a commodity).
TOTAL_CODES = {"TOTAL", "ALL", "TOTAL TRADE", "ALL PRODUCTS"}


def _col(columns: dict[str, int], *names: str) -> int | None:
    return next((columns[n] for n in names if n in columns), None)


def _cell(fields: list[str], index: int | None) -> str:
    if index is None or index >= len(fields):
        return ""
    return fields[index].strip()


def _padded(columns: dict[str, int], header: list[str], rows: Rows) -> tuple[Callable[[str], int], Rows]:
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


def _pair(report: ReadReport, reporter: tuple[str, str], partner: tuple[str, str]) -> tuple[str, str] | None:
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


def _value(report: ReadReport, line: int, text: str, scale: float = 1.0) -> tuple[float, bool] | None:
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


def _figure(
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
    pair = _pair(report, *parties)
    if pair is None:
        return None
    try:
        when = year(year_text)
    except ValueError:
        report.skip("unreadable", line=line)
        return None
    value = _value(report, line, value_text, scale)
    if value is None:
        return None
    report.figures += 1
    valuation = valuation or ("FOB" if flow is Flow.EXPORTS else "CIF")
    return OfficialFigure(pair[0], pair[1], flow, when, value[0], valuation, value[1], line)


# -- UN Comtrade, current portal ---------------------------------------------------------------------------------


_ANNUAL = frozenset(("A", ""))
_WHOLE_YEAR = frozenset(("52", ""))
_ALL_CUSTOMS = frozenset(("C00", ""))
_NO_BREAKDOWN = frozenset(("0", ""))


def read_comtrade(
    columns: dict[str, int], header: list[str], rows: Rows, report: ReadReport
) -> Iterator[OfficialFigure]:
    c, rows = _padded(columns, header, rows)
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
            or (annual_by_period and not _YEAR_COLUMN.match(f[period].strip() or "0000"))
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
        figure = _figure(report, line, parties, flow, f[ref_year], f[value_col], valuation)
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
    cmd, value_col = _col(columns, "commodity code", "cmdcode"), c("trade value (us$)")
    for line, f in rows:
        report.rows += 1
        when_text = _cell(f, year_col)
        if period is not None and _cell(f, period) not in ("", when_text):
            report.skip("period")
            continue
        if cmd is not None and _cell(f, cmd).upper() not in TOTAL_CODES:
            report.skip("commodity", example=_cell(f, cmd))
            continue
        flow = _LEGACY_FLOWS.get(_cell(f, flow_code)) or _LEGACY_FLOWS.get(_cell(f, flow_name).lower())
        if flow is None:
            report.skip("flow")
            continue
        # The 12-column download has no ISO columns: its numeric codes are UN M49.
        reporter = _cell(f, rep) or _m49_or_name(_cell(f, rep_m49))
        partner = _cell(f, par) or _m49_or_name(_cell(f, par_m49))
        parties = ((reporter, _cell(f, rep_name)), (partner, _cell(f, par_name)))
        figure = _figure(report, line, parties, flow, when_text, _cell(f, value_col))
        if figure is not None:
            yield figure


def _m49_or_name(code: str) -> str:
    """An M49 code as the ISO code resolve() takes ("W00" for a group); empty when it is none (the name
    decides)."""
    found = resolve_m49(code) if code else UNKNOWN
    if found == AGGREGATE:
        return "W00"
    return "" if found == UNKNOWN else found


# -- IMF: Direction of Trade (older CSV) and IMTS (2025) -------------------------------------------------------

_IMF_INDICATORS = {
    "TXG_FOB_USD": (Flow.EXPORTS, "FOB"),
    "XG_FOB_USD": (Flow.EXPORTS, "FOB"),
    "TMG_CIF_USD": (Flow.IMPORTS, "CIF"),
    "MG_CIF_USD": (Flow.IMPORTS, "CIF"),
}
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


def _scale(text: str) -> float | None:
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


def _indicator(fields: list[str], positions: list[int]) -> tuple[Flow, str] | None:
    for i in positions:
        text = _cell(fields, i).upper()
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
    years = [(i, int(h.strip())) for i, h in enumerate(header) if _YEAR_COLUMN.match(h.strip())]
    periods = [i for i, h in enumerate(header) if _PERIOD_COLUMN.match(h.strip())]
    pending: list[OfficialFigure] = []
    pending_key: tuple[str, ...] = ()
    for line, f in rows:
        key = (_cell(f, name), _cell(f, par_name), _cell(f, indicators[0]) if indicators else "")
        kind = _cell(f, attribute).lower()
        if kind.startswith("status") and pending and key == pending_key:
            marked = {y for i, y in years if "e" in _cell(f, i).lower()}
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
        parties = _pair(
            report,
            (_imf_code(_cell(f, code), _cell(f, name)), _cell(f, name)),
            (_imf_code(_cell(f, par_code), _cell(f, par_name)), _cell(f, par_name)),
        )
        if parties is None:
            continue
        scale = _scale(_cell(f, ind_name)) or 1.0
        for i in periods:
            if _cell(f, i):
                report.skip("period", example=header[i].strip())
        for i, when in years:
            value = _value(report, line, _cell(f, i), scale)
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
    rep, rep_name = _col(columns, "country.id", "country_id", "ref_area"), _col(columns, "country", "country.name")
    par = _col(columns, "counterpart_country.id", "counterpart_country_id", "counterpart_area")
    par_name = _col(columns, "counterpart_country", "counterpart_country.name")
    indicators = [
        i for i in (_col(columns, "indicator.id", "indicator_id"), c("indicator"), c("series_code")) if i is not None
    ]
    scale_col, freq = c("scale"), _col(columns, "frequency.id", "frequency", "freq")
    time_col, value_col = c("time_period"), c("obs_value")
    years = [(i, int(h.strip())) for i, h in enumerate(header) if _YEAR_COLUMN.match(h.strip())]
    periods = [i for i, h in enumerate(header) if _PERIOD_COLUMN.match(h.strip())]
    for line, f in rows:
        report.rows += 1
        meaning = _indicator(f, indicators)
        if meaning is None:
            report.skip("flow")
            continue
        if _cell(f, freq).upper() not in ("", "A", "ANNUAL"):
            report.skip("period")
            continue
        parties = _pair(report, (_cell(f, rep), _cell(f, rep_name)), (_cell(f, par), _cell(f, par_name)))
        if parties is None:
            continue
        scale = _scale(_cell(f, scale_col))
        if scale is None:
            report.skip("unreadable", line=line)
            continue
        if time_col is not None and value_col is not None:
            cells = []
            try:
                cells = [(value_col, year(_cell(f, time_col)))]
            except ValueError:
                report.skip("period")
        else:
            for i in periods:
                if _cell(f, i):
                    report.skip("period")
            cells = years
        for i, when in cells:
            value = _value(report, line, _cell(f, i), scale)
            if value is None:
                continue
            report.figures += 1
            yield OfficialFigure(parties[0], parties[1], meaning[0], when, value[0], meaning[1], value[1], line)


# -- WITS ----------------------------------------------------------------------------------------------------------


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
    value_col = _col(columns, "tradevalue in 1000 usd", "trade value in 1000 usd")
    for line, f in rows:
        report.rows += 1
        if product is not None and _cell(f, product).upper() not in TOTAL_CODES:
            report.skip("commodity", example=_cell(f, product))
            continue
        flow = _wits_flow(_cell(f, flow_col))
        if flow is None:
            report.skip("flow")
            continue
        parties = ((_cell(f, rep), _cell(f, rep_name)), (_cell(f, par), _cell(f, par_name)))
        figure = _figure(report, line, parties, flow, _cell(f, year_col), _cell(f, value_col), scale=1e3)
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
    years = [(i, int(h.strip())) for i, h in enumerate(header) if _YEAR_COLUMN.match(h.strip())]
    for line, f in rows:
        report.rows += 1
        text = _cell(f, indicator)
        if not _wits_measure(report, text):
            continue
        if not _all_products(_cell(f, group)):
            report.skip("commodity", example=_cell(f, group))
            continue
        flow = _wits_flow(_cell(f, flow_col))
        if flow is None:
            report.skip("flow")
            continue
        parties = _pair(report, ("", _cell(f, rep)), ("", _cell(f, par)))
        if parties is None:
            continue
        scale = _scale(text) or 1.0
        for i, when in years:
            value = _value(report, line, _cell(f, i), scale)
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
        if not _all_products(_cell(f, group)):
            report.skip("commodity", example=_cell(f, group))
            continue
        stated = _wits_flow(_cell(f, flow_col)) if flow_col is not None else None
        cells = [(i, flow) for i, flow in values if stated is None or flow is stated]
        if not cells:
            report.skip("flow")
            continue
        parties = (("", _cell(f, rep)), ("", _cell(f, par)))
        for i, flow in cells:
            figure = _figure(report, line, parties, flow, _cell(f, year_col), _cell(f, i), scale=1e3)
            if figure is not None:
                yield figure


LAYOUTS = (
    Layout(
        "comtrade",
        "UN Comtrade (current portal)",
        Dataset.COMTRADE,
        (
            _one("refyear"),
            _one("reporteriso"),
            _one("partneriso"),
            _one("flowcode"),
            _one("cmdcode"),
            _one("primaryvalue"),
        ),
        read_comtrade,
    ),
    Layout(
        "comtrade-legacy",
        "UN Comtrade (legacy layout)",
        Dataset.COMTRADE,
        (
            _one("year"),
            _one("reporter iso", "reporter code"),
            _one("partner iso", "partner code"),
            _one("trade flow code", "trade flow"),
            _one("trade value (us$)"),
        ),
        read_comtrade_legacy,
    ),
    Layout(
        "imf-dots",
        "IMF Direction of Trade Statistics",
        Dataset.IMF,
        (
            _one("country name"),
            _one("counterpart country name"),
            _one("indicator code", "indicator name"),
            _one("attribute"),
        ),
        read_imf_dots,
        wide=True,
    ),
    Layout(
        "imf-imts",
        "IMF International Merchandise Trade Statistics",
        Dataset.IMF_IMTS,
        (
            _one("country.id", "country_id", "ref_area"),
            _one("counterpart_country.id", "counterpart_country_id", "counterpart_area"),
            _one("indicator.id", "indicator_id", "indicator", "series_code"),
        ),
        read_imf_imts,
        wide=True,
    ),
    Layout(
        "wits",
        "WITS (raw query)",
        Dataset.WITS,
        (
            _one("reporteriso3"),
            _one("partneriso3"),
            _one("year"),
            _one("tradeflowname"),
            _one("tradevalue in 1000 usd", "trade value in 1000 usd"),
        ),
        read_wits,
    ),
    Layout(
        "wits-summary",
        "WITS (trade summary)",
        Dataset.WITS,
        (
            _one("reporter name"),
            _one("partner name"),
            _one("year"),
            _one("export (us$ thousand)", "import (us$ thousand)", "import", "export"),
        ),
        read_wits_summary,
    ),
    Layout(
        "wits-series",
        "WITS (time series)",
        Dataset.WITS,
        (_one("reporter name"), _one("partner name"), _one("trade flow"), _one("indicator")),
        read_wits_series,
        wide=True,
    ),
)


def recognise(columns: set[str]) -> Layout | None:
    return next((layout for layout in LAYOUTS if layout.matches(columns)), None)
