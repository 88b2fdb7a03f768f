"""Two-way trade set out year by year under a heading that names the trade and its unit.

Embassy and ministry pages give the totals so, as a list or as a table, and no sentence states them::

    Bilateral trade turnover between Vietnam and Mexico (million USD):
    - 2019: 6,275
    - 2020: 5,103

    Bilateral trade (in US$ million)
    Year | India's exports | India's imports | Total
    2020-21 | 161.2 | 67.3 | 228.5

Each row is a total of the year it starts with (an Indian fiscal year "2020-21" under its first year, as the
sentence readers record one), in the heading's unit; its quote is the row, its basis names the heading. Only
US dollars are read (a "$" alone may be another country's dollar), and only a heading that names two-way
trade: "India's exports to Cambodia (US$ million)" is one way. A table's column is its "Total" (or two-way,
bilateral, turnover) column; a list's or a two-column table's, its only figure. The rows run on from the
heading (one header row of column names allowed; blank lines between them skipped) to the first line that is
not one. A table whose text came one cell a line (its column names, then each row's cells) is read by its
columns, the names first ("Year" and one total among them); a year and its figure a line each, as two columns.
A column named "Trade" alone is the total; a "Growth" column beside it gives each year's rate::

    Year | Trade | Growth
    2021 | 3,813.5 | 24.9%

A table of years across the top is read by its total's row ("| | 2021 | 2022 |" over "| Total trade | 1,210 |
1,354 |"). A heading naming the two countries and their trade ("Chile – Thailand trade (US$ million)") is
two-way too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from app.domain.facts import Fact, FactKind
from app.extract.mentions import Mention
from app.extract.prefilter import rx

_USD = r"(?:US\$|USD|U\.S\.\s+dollars?|US\s+dollars?)"
_SCALE = r"(?:million|billion|mn|bn|mln|bln)"
# The unit, in brackets: "(million USD)", "(in US$ million)", "(US$ mn)".
_UNIT = rx(
    r"\(\s*(?:in\s+|figures\s+in\s+)?(?:"
    + _USD
    + r"\s*(?P<a>"
    + _SCALE
    + r")|(?P<b>"
    + _SCALE
    + r")\s+(?:of\s+)?"
    + _USD
    + r")\s*\)",
    re.I,
)
_SCALES = {"million": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9, "bln": 1e9}
# The heading names trade both ways: "bilateral trade", "two-way trade", "trade turnover", "total trade".
_TWO_WAY = rx(r"\b(?:(?:bilateral|two-way|total|overall)\s+trade|trade\s+(?:turnover|volume|between)|turnover)\b", re.I)
_ONE_WAY = rx(r"\b(?:exports?|imports?)\s+(?:to|from)\b", re.I)
# One row: a year (or a fiscal year "2020-21") and the cells after it, set apart by a tab, a bar, a colon or a dash.
_YEAR_CELL = rx(r"\s*(?:[-•*·▪]\s*)?(?P<year>(?:19|20)\d\d)(?:\s*[-–/]\s*(?P<to>\d\d(?:\d\d)?))?\s*")
_FIGURE = rx(r"\s*(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*")
_SEPARATORS = rx(r"\t+|\s*\|\s*")
_LIST_SEPARATOR = rx(r"\s*(?::|–|—|-)\s*")
_TOTAL_COLUMN = rx(r"\b(?:total|two-way|bilateral|turnover|volume)\b", re.I)
_COLUMN_NAME = rx(r"\byear\b|\b(?:total|exports?|imports?|balance)\b", re.I)
_MAX_ROWS = 40  # a table's rows read
MAX_FACTS = 120  # an article's rows read, in all its tables (a page of thousands of headings is no trade table)


def _lines(text: str, start: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``text`` from ``start`` on, without its line break."""
    at = start
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        yield at, end
        at = end + 1


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _SEPARATORS.split(line.strip().strip("|"))]


def _row(line: str, column: int | None) -> tuple[int, str | None, float, str] | None:
    """(year, fiscal year or None, figure, figure's text) of a row, or None when the line is not one."""
    year = _YEAR_CELL.match(line)
    if year is None:
        return None
    rest = line[year.end() :]
    if column is not None:  # a table with a total column: the figure in that column
        cells = _cells(line)
        if column >= len(cells) or _YEAR_CELL.fullmatch(cells[0]) is None:
            return None
        figure = _FIGURE.fullmatch(cells[column])
    else:  # "2019: 6,275", "2019 | 6,275", "2019<tab>6,275": one figure after the year
        separator = _SEPARATORS.match(rest) or _LIST_SEPARATOR.match(rest)
        figure = _FIGURE.fullmatch(rest, separator.end()) if separator is not None else None
    parts = _year_parts(year) if figure is not None else None
    if figure is None or parts is None:
        return None
    number = figure.group("n")
    return parts[0], parts[1], float(number.replace(",", "")), number


def _year_parts(year: re.Match[str]) -> tuple[int, str | None] | None:
    """(year, fiscal year or None) of a _YEAR_CELL match; None for a span of years ("2019-2021")."""
    first = int(year.group("year"))
    to = year.group("to")
    if to is None:
        return first, None
    last = int(to) if len(to) == 4 else first // 100 * 100 + int(to)
    return (first, f"{first}-{to}") if last == first + 1 else None


def _pair(heading: tuple[int, int], mentions: Sequence[Mention], pair: tuple[str, str]) -> tuple[str, str] | None:
    """The two countries the heading names, else the story's pair (None when it names only another country)."""
    named = {m.code for m in mentions if heading[0] <= m.start < heading[1]}
    if len(named) == 2:
        a, b = sorted(named)
        return a, b
    if len(named) > 2 or (named and not named <= set(pair)):
        return None
    return pair


def read_trade_tables(
    text: str, start: int, mentions: Sequence[Mention], pair: tuple[str, str]
) -> tuple[list[Fact], bool]:
    """The totals of every trade table or list of ``text`` (from ``start``, where the story begins), and whether
    rows were left unread (past MAX_FACTS)."""
    if "illion" not in text and "mn" not in text and "bn" not in text and "mln" not in text:
        return [], False
    facts: list[Fact] = []
    for unit in _UNIT.finditer(text, start):
        head_start = text.rfind("\n", 0, unit.start()) + 1
        head_end = text.find("\n", unit.end())
        head_end = len(text) if head_end == -1 else head_end
        heading = text[head_start:head_end]
        named = {m.code for m in mentions if head_start <= m.start < head_end}
        # "Bilateral trade …", or the trade of the two the heading names ("Chile – Thailand trade (US$ million)")
        two_way = _TWO_WAY.search(heading) or (len(named) == 2 and _NAMES_TRADE_ALONE.search(heading))
        if not two_way or _ONE_WAY.search(heading):
            continue
        countries = _pair((head_start, head_end), mentions, pair)
        if countries is None:
            continue
        scale = _SCALES[(unit.group("a") or unit.group("b")).lower()]
        facts += (
            _rows(text, head_end + 1, heading, countries, scale)
            or _stacked(text, head_end + 1, heading, countries, scale)
            or _by_columns(text, head_end + 1, heading, countries, scale)
        )
        if len(facts) >= MAX_FACTS:
            return facts[:MAX_FACTS], True
    return facts, False


def _total(
    countries: tuple[str, str],
    heading: str,
    scale: float,
    span: tuple[int, int],
    quote: str,
    row: tuple[int, str | None, float],
) -> Fact:
    year, fiscal, figure = row
    return _row_fact(FactKind.TRADE_TOTAL, countries, heading, span, quote, (year, fiscal), figure * scale)


def _row_fact(
    kind: FactKind,
    countries: tuple[str, str],
    heading: str,
    span: tuple[int, int],
    quote: str,
    when: tuple[int, str | None],
    value: float,
) -> Fact:
    """A fact a table's row gives: its total in dollars, or (``kind`` growth) its rate from the growth column."""
    growth = kind == FactKind.TRADE_GROWTH
    return Fact(
        kind=kind,
        countries=countries,
        quote=quote,
        start=span[0],
        end=span[1],
        year=when[0],
        fiscal_year=when[1],
        basis=f"a row of the table headed “{' '.join(heading.split())}”" + (", its growth column" if growth else ""),
        confidence=0.8 if growth else 0.82,
        confidence_basis=(
            f"read from a table: the row gives the year and the {'rate' if growth else 'figure'}, its "
            f"{'header the column' if growth else 'heading the unit'}"
        ),
        value_usd=None if growth else value,
        percent=value if growth else None,
    )


_MAX_COLUMNS = 8
_NAMES_TRADE = rx(r"\b(?:trade|value)\b", re.I)
_NAMES_TRADE_ALONE = rx(r"\btrade\b", re.I)
_NAMES_A_FLOW = rx(r"\b(?:exports?|imports?|balance)\b", re.I)
_NAMES_THE_YEAR = rx(r"^(?:year|period|fy|fiscal\s+year)\b", re.I)


def _year_cell(cell: str) -> tuple[int, str | None] | None:
    """(year, fiscal year or None) of a cell that is a year and nothing else: "2021", "2020-21"."""
    year = _YEAR_CELL.fullmatch(cell)
    return _year_parts(year) if year is not None else None


def _stacked(text: str, start: int, heading: str, countries: tuple[str, str], scale: float) -> list[Fact]:
    """A table whose text came one cell a line, as a page's text often does: its column names, then each row's
    cells ("Year / Exports / Imports / Total / 2021 / 212.5 / 91.4 / 303.9 / 2022 / …"); or, without names, a
    year and its figure a line each. The column read is the total's (a flow's alone is no two-way total)."""
    cells: list[tuple[int, int, str]] = []
    for line_start, line_end in _lines(text, start):
        cell = text[line_start:line_end].strip()
        if cell:
            cells.append((line_start, line_end, cell))
            if len(cells) > _MAX_COLUMNS * (_MAX_ROWS + 1):
                break
    first = next((i for i, c in enumerate(cells[: _MAX_COLUMNS + 1]) if _year_cell(c[2]) is not None), None)
    if first is None:
        return []
    names = [c[2] for c in cells[:first]]
    if names:
        width = len(names)
        totals = [i for i, name in enumerate(names) if _TOTAL_COLUMN.search(name)]
        if width == 2 and not totals and _NAMES_TRADE.search(names[1]) and not _NAMES_A_FLOW.search(names[1]):
            totals = [1]
        if width < 2 or not _NAMES_THE_YEAR.match(names[0]) or len(totals) != 1:
            return []
        column = totals[0]
    else:
        width, column = 2, 1  # "2019 / 6,275 / 2020 / 5,103": a year and its figure
    facts: list[Fact] = []
    for at in range(first, len(cells), width):
        row = cells[at : at + width]
        year = _year_cell(row[0][2]) if len(row) == width else None
        if year is None or len(facts) == _MAX_ROWS or not all(_FIGURE.fullmatch(c[2]) for c in row[1:]):
            break
        figure = float(row[column][2].replace(",", ""))
        span = (row[0][0], row[column][1])
        facts.append(_total(countries, heading, scale, span, text[span[0] : span[1]], (*year, figure)))
    return facts


def _rows(text: str, start: int, heading: str, countries: tuple[str, str], scale: float) -> list[Fact]:
    facts: list[Fact] = []
    column: int | None = None
    growth: int | None = None
    header_seen = False
    for line_start, line_end in _lines(text, start):
        line = text[line_start:line_end]
        if not line.strip():
            continue  # a page's rows come a blank line apart (each <tr> a block of its own)
        row = _row(line, column)
        if row is None:
            cells = _cells(line)
            if facts or header_seen or len(cells) < 2 or not _COLUMN_NAME.search(line):
                break
            header_seen = True  # "Year | India's exports | India's imports | Total": the total's column
            column = _total_column(cells)
            if column is None:
                break
            growth = next((i for i, cell in enumerate(cells) if _GROWTH_COLUMN.search(cell)), None)
            continue
        if len(facts) == _MAX_ROWS:
            break
        year, fiscal, figure, _number = row
        lead = len(line) - len(line.lstrip(" \t-•*·▪"))
        span = (line_start + lead, line_start + len(line.rstrip()))
        quote = line[lead:].rstrip()
        facts.append(_total(countries, heading, scale, span, quote, (year, fiscal, figure)))
        rate = _rate(_cells(line), growth)
        if rate is not None:
            facts.append(_growth(countries, heading, span, quote, (year, fiscal, rate)))
    return facts


def _total_column(cells: list[str]) -> int | None:
    """The column of the two-way total among a header's names: the one named total, two-way, …; else the one
    named "Trade" (or "Value") alone, no flow ("Year | Trade | Growth")."""
    totals = [i for i, cell in enumerate(cells) if _TOTAL_COLUMN.search(cell)]
    if not totals:
        totals = [i for i, cell in enumerate(cells) if _NAMES_TRADE.search(cell) and not _NAMES_A_FLOW.search(cell)]
    return totals[0] if len(totals) == 1 else None


_GROWTH_COLUMN = rx(r"\b(?:growth|change|increase|y-?o-?y)\b|%", re.I)
_PERCENT_CELL = rx(r"\s*(?P<sign>[-+−–])?\s*(?P<n>\d+(?:\.\d+)?)\s*%?\s*")


def _rate(cells: list[str], column: int | None) -> float | None:
    """The growth rate in a row's growth column ("-7.6%", "24.9"), or None."""
    if column is None or column >= len(cells):
        return None
    cell = _PERCENT_CELL.fullmatch(cells[column])
    if cell is None:
        return None
    value = float(cell.group("n"))
    return -value if cell.group("sign") in ("-", "−", "–") else value


def _growth(
    countries: tuple[str, str], heading: str, span: tuple[int, int], quote: str, row: tuple[int, str | None, float]
) -> Fact:
    year, fiscal, rate = row
    return _row_fact(FactKind.TRADE_GROWTH, countries, heading, span, quote, (year, fiscal), rate)


_YEARS_ROW = rx(r"\s*\|?\s*\|?(?:\s*(?:19|20)\d\d\s*(?:\||\t|$))+\s*")


def _by_columns(text: str, start: int, heading: str, countries: tuple[str, str], scale: float) -> list[Fact]:
    """A table of years across the top and the total's row below ("| | 2021 | 2022 | 2023 |" then "| Total trade |
    1,210 | 1,354 | 1,298 |"): each of the row's figures the total of its column's year."""
    lines = [(a, b) for a, b in _lines(text, start) if text[a:b].strip()][: _MAX_ROWS + 1]
    if not lines:
        return []
    header = _cells(text[lines[0][0] : lines[0][1]])
    years = [_year_cell(cell) if cell else None for cell in header]
    if sum(1 for y in years if y is not None) < 2 or (header[0] and years[0] is not None):
        return []  # no years across the top, or a row of years (a column's table, read above)
    for line_start, line_end in lines[1:]:
        cells = _cells(text[line_start:line_end])
        if len(cells) != len(header):
            break
        if _total_column([cells[0]]) is None:
            continue  # a flow's row ("Chile's exports"), or another's
        facts: list[Fact] = []
        for year, cell in zip(years, cells, strict=True):
            figure = _FIGURE.fullmatch(cell) if year is not None else None
            if year is None or figure is None:
                continue
            quote = f"{cells[0]} | {cell}"
            value = float(figure.group("n").replace(",", ""))
            facts.append(_total(countries, heading, scale, (line_start, line_end), quote, (*year, value)))
        return facts
    return []
