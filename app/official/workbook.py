"""The IMF's Direction of Trade Statistics as its portal gives them to keep: an Excel workbook per reporter.

Two sheets, ``Exports, FOB`` and ``Imports, CIF``; a title, the reporter's name and the unit (``US Dollars,
Millions``) above a row of years written as text (``'1960'``…); then one row per partner, its name first,
values as numbers or as text ending in `` e`` for an IMF estimate (``"0.20 e"``), blank where nothing is
reported. Partners include the World, groups of economies and regions, and below ``Memorandum Items`` more
groups: all left out and counted. Read with python-calamine (measured on the three real workbooks: 0.10 s
against openpyxl's 0.53–0.79 s; 2.3 MB installed against 3.1 MB)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.official.csvfile import number
from app.official.figures import Dataset, Flow, FormatError, OfficialFigure, ReadReport
from app.official.rows import MAX_VALUE, pair_of, scale_of

LAYOUT = "IMF Direction of Trade Statistics (Excel workbook)"
SHEETS = {"exports, fob": (Flow.EXPORTS, "FOB"), "imports, cif": (Flow.IMPORTS, "CIF")}
_YEAR = re.compile(r"^\d{4}(?:\.0)?$")
_ESTIMATE_MARK = re.compile(r"\s*e\s*$", re.I)
_DECIMAL = re.compile(r"^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$")
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the older .xls


def is_workbook(path: Path, head: bytes) -> bool:
    return head.startswith((ZIP_MAGIC, OLE_MAGIC)) or path.suffix.lower() in (".xlsx", ".xls", ".xlsm")


class DotsWorkbook:
    """An IMF DOTS workbook, opened: ``figures()`` streams both sheets' figures, ``report`` says what was
    kept and, by reason, what was left out."""

    def __init__(self, path: Path) -> None:
        from python_calamine import CalamineError, CalamineWorkbook

        self.path = path
        self.size = path.stat().st_size
        try:
            book = CalamineWorkbook.from_path(str(path))
        except (CalamineError, OSError, ValueError) as exc:
            raise FormatError(f"{path.name}: a workbook that cannot be read ({_short(exc)})") from exc
        found = {name.strip().lower(): name for name in book.sheet_names}
        self.sheets = [(found[key], meaning) for key, meaning in SHEETS.items() if key in found]
        if not self.sheets:
            listed = ", ".join(book.sheet_names[:5]) or "none"
            raise FormatError(
                f"{path.name}: an Excel workbook, but not the IMF's Direction of Trade layout (its sheets: "
                f"{listed}; expected 'Exports, FOB' and 'Imports, CIF')"
            )
        self.book = book
        self.report = ReadReport(name=path.name, layout=LAYOUT, dataset=Dataset.IMF, encoding="xlsx")

    def figures(
        self, progress: Callable[[int, int], None] | None = None, stop: Callable[[], bool] | None = None
    ) -> Iterator[OfficialFigure]:
        from python_calamine import CalamineError

        for done, (sheet, (flow, valuation)) in enumerate(self.sheets):
            try:  # a sheet is read when its figures are asked for: a damaged one fails then, with its name
                rows = self.book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
            except (CalamineError, OSError, ValueError) as exc:
                raise FormatError(f"{self.path.name}: sheet '{sheet}' cannot be read ({_short(exc)})") from exc
            yield from self._sheet(sheet, rows, flow, valuation, stop)
            if progress is not None:
                progress(self.size * (done + 1) // len(self.sheets), self.size)

    def _sheet(
        self,
        sheet: str,
        rows: list[list[Any]],
        flow: Flow,
        valuation: str,
        stop: Callable[[], bool] | None,
    ) -> Iterator[OfficialFigure]:
        header = next((i for i, row in enumerate(rows) if _years(row)), None)
        if header is None:
            raise FormatError(f"{self.path.name}: sheet '{sheet}' has no row of years")
        above = [_text(cell) for row in rows[:header] for cell in row if _text(cell)]
        reporter = next((t for t in above if not re.search(r"partner countries|dollars|,\s*fob|,\s*cif", t, re.I)), "")
        unit = next((t for t in above if re.search(r"dollar", t, re.I)), "")
        scale = scale_of(unit) or 1e6
        years = _years(rows[header])
        name_column = min(years) - 1
        memorandum = False
        for index in range(header + 1, len(rows)):
            if stop is not None and stop():
                return
            row = rows[index]
            partner = _text(row[name_column]) if name_column < len(row) else ""
            if not partner:
                continue
            self.report.rows += 1
            memorandum = memorandum or partner.lower().startswith("memorandum")
            if memorandum:  # below "Memorandum Items": groups of economies
                self.report.skip("aggregate")
                continue
            parties = pair_of(self.report, ("", reporter), ("", partner))
            if parties is None:
                continue
            for column, when in years.items():
                cell = row[column] if column < len(row) else None
                figure = self._figure(parties, flow, valuation, when, cell, scale, index + 1)
                if figure is not None:
                    yield figure

    def _figure(
        self,
        parties: tuple[str, str],
        flow: Flow,
        valuation: str,
        when: int,
        cell: Any,
        scale: float,
        line: int,
    ) -> OfficialFigure | None:
        text = repr(float(cell)) if isinstance(cell, (int, float)) and not isinstance(cell, bool) else _text(cell)
        try:
            value, estimated = number(text)
        except ValueError:
            self.report.skip("unreadable", line=line)
            return None
        if value is None:
            self.report.skip("empty")
            return None
        self.report.figures += 1
        # Scaled in decimal: 130.255723 million is 130,255,723 dollars, not 130,255,722.99999999.
        digits = _ESTIMATE_MARK.sub("", text).replace(",", "")
        exact = float(Decimal(digits) * Decimal(repr(scale))) if _DECIMAL.match(digits) else value * scale
        if not math.isfinite(exact) or exact > MAX_VALUE:
            self.report.figures -= 1
            self.report.skip("implausible", line=line)
            return None
        return OfficialFigure(parties[0], parties[1], flow, when, exact, valuation, estimated, line)

    def close(self) -> None:
        close = getattr(self.book, "close", None)
        if close is not None:
            close()


def _text(cell: Any) -> str:
    """A cell as text: numbers as their shortest exact form (0.002, not 0.0020000000000000005)."""
    if cell is None:
        return ""
    if isinstance(cell, float):
        return repr(cell)
    return str(cell).strip()


def _years(row: list[Any]) -> dict[int, int]:
    """Column -> year of a row that holds years (as text or numbers) from its second cell on."""
    found = {}
    for column, cell in enumerate(row):
        text = _text(cell)
        if _YEAR.match(text):
            found[column] = int(float(text))
    return found if len(found) >= 2 and min(found) >= 1 else {}


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or type(exc).__name__
