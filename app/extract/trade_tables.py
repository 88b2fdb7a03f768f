"""Two-way trade set out year by year under a heading that names the trade and its unit.

Embassy and ministry pages give the totals so, as a list or as a table, and no sentence states them::

    Bilateral trade turnover between Vietnam and Mexico (million USD):
    - 2019: 6,275
    - 2020: 5,103

    Bilateral trade (in US$ million)
    Year    India's exports    India's imports    Total
    2020-21    161.2    67.3    228.5

Each row is a total of the year it starts with (an Indian fiscal year "2020-21" under its first year, as the
sentence readers record one), in the heading's unit; its quote is the row, its basis names the heading. Only
US dollars are read (a "$" alone may be another country's dollar), and only a heading that names two-way
trade: "India's exports to Cambodia (US$ million)" is one way. A table's column is its "Total" (or two-way,
bilateral, turnover) column; a list's or a two-column table's, its only figure. The rows run on from the
heading (one header row of column names allowed; blank lines between them skipped) to the first line that is
not one.
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
    if figure is None:
        return None
    first = int(year.group("year"))
    to = year.group("to")
    fiscal = None
    if to is not None:
        last = int(to) if len(to) == 4 else first // 100 * 100 + int(to)
        if last != first + 1:
            return None  # "2019-2021": a span, not one year
        fiscal = f"{first}-{to}"
    number = figure.group("n")
    return first, fiscal, float(number.replace(",", "")), number


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
        if not _TWO_WAY.search(heading) or _ONE_WAY.search(heading):
            continue
        countries = _pair((head_start, head_end), mentions, pair)
        if countries is None:
            continue
        scale = _SCALES[(unit.group("a") or unit.group("b")).lower()]
        facts += _rows(text, head_end + 1, heading, countries, scale)
        if len(facts) >= MAX_FACTS:
            return facts[:MAX_FACTS], True
    return facts, False


def _rows(text: str, start: int, heading: str, countries: tuple[str, str], scale: float) -> list[Fact]:
    facts: list[Fact] = []
    column: int | None = None
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
            totals = [i for i, cell in enumerate(cells) if _TOTAL_COLUMN.search(cell)]
            if len(totals) != 1:
                break
            column = totals[0]
            continue
        if len(facts) == _MAX_ROWS:
            break
        year, fiscal, figure, _number = row
        lead = len(line) - len(line.lstrip(" \t-•*·▪"))
        facts.append(
            Fact(
                kind=FactKind.TRADE_TOTAL,
                countries=countries,
                quote=line[lead:].rstrip(),
                start=line_start + lead,
                end=line_start + len(line.rstrip()),
                year=year,
                fiscal_year=fiscal,
                value_usd=figure * scale,
                basis=f"a row of the table headed “{' '.join(heading.split())}”",
                confidence=0.82,
                confidence_basis="read from a table: the row gives the year and the figure, its heading the unit",
            )
        )
    return facts
