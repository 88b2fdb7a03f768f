"""Facts as a CSV file that Excel and LibreOffice open cleanly and safely.

UTF-8 with a byte-order mark (Excel reads UTF-8 without it as the local code page), a header row, years
and ids as whole numbers, lists joined as text, and every cell that a spreadsheet would read as a
formula neutralised with a leading single quote, as OWASP's "CSV injection" advice says.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Mapping
from typing import IO, Any

# A cell starting with one of these is a formula to Excel, LibreOffice or Google Sheets.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_INTEGER_COLUMNS = {"id", "article_id", "year", "rank", "span_start", "span_end", "version"}
_MONEY_COLUMNS = {"value_usd", "amount", "official_usd"}


def neutralise(text: str) -> str:
    """``text`` that no spreadsheet evaluates: a formula-like start gets a leading single quote.

    A plain negative number ("-3.5") stays a number: it is not text an article could smuggle in."""
    if text.startswith(_FORMULA_STARTS) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def cell(column: str, value: Any) -> str:
    """One value as the text of its cell."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, list | tuple):
        return neutralise("; ".join(str(v) for v in value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if column in _INTEGER_COLUMNS and isinstance(value, int | float):
        return str(int(value))
    if isinstance(value, float):
        if column in _MONEY_COLUMNS and math.isfinite(value):
            value = round(value, 2)  # to the cent: a derived $11,764,705,882.352942 is $11,764,705,882.35
        return repr(value) if not value.is_integer() else str(int(value))
    return neutralise(str(value))


def write_rows(stream: IO[str], columns: list[str], rows: Iterable[Mapping[str, Any]], bom: bool = True) -> int:
    """Write a header and ``rows`` to ``stream``; returns the number of rows written."""
    if bom:
        stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([neutralise(c) for c in columns])
    count = 0
    for row in rows:
        writer.writerow([cell(c, row.get(c)) for c in columns])
        count += 1
    return count


def to_text(columns: list[str], rows: Iterable[Mapping[str, Any]], bom: bool = True) -> str:
    buffer = io.StringIO()
    write_rows(buffer, columns, rows, bom)
    return buffer.getvalue()


OFFICIAL_COLUMNS = ["official_verdict", "official_usd", "official_difference_pct", "official_source"]


def facts_table(
    rows: list[dict[str, Any]], verdicts: Mapping[int, Any] | None = None
) -> tuple[list[str], list[dict[str, Any]]]:
    """The columns and rows of a facts CSV: the stored facts, with the flags their series earns (an
    implausible figure, an inconsistent growth rate) added to the extractor's, and the source named.
    With ``verdicts`` (fact id -> ``app.analysis.official.Verdict``), each trade total says how it compares
    with the official statistics: agrees, disagrees or none, the official figure, the difference in per
    cent and the dataset and reporter compared with (or why there was nothing to compare with)."""
    from app.analysis.series import source_label, with_series_flags

    out = [{**r, "source": source_label(r)} for r in with_series_flags(rows)]
    hidden = {"article_title", "outlet", "published", "title"}
    first = [c for c in ("relationship",) if rows and c in rows[0]]
    columns = first + [c for c in (rows[0] if rows else {}) if c not in hidden and c not in first]
    if rows:
        columns.append("source")
    if verdicts is not None and rows:
        columns += OFFICIAL_COLUMNS
        for r in out:
            v = verdicts.get(int(r["id"]))
            if v is not None:
                difference = round(v.difference, 2) if v.difference is not None else None
                r.update(
                    official_verdict=v.status,
                    official_usd=v.official,
                    official_difference_pct=difference,
                    official_source=v.against or v.reason,
                )
    return columns, out
