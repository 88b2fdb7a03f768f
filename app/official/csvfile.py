"""Opening an official statistics CSV: its encoding, its delimiter, the preamble above its header, and
its rows streamed with their line numbers."""

from __future__ import annotations

import codecs
import csv
import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from app.official.figures import FormatError

SNIFF_BYTES = 256 * 1024
# Footnotes kept for what they say of the file (the date it was retrieved): a few, each short, however
# many a file holds (a million one-cell rows were all kept in memory).
MAX_NOTES, MAX_NOTE = 50, 500
HEADER_SEARCH_ROWS = 30  # a preamble (title, notes, "Data extracted on …") may stand above the header
MAX_FIELD = 1_000_000  # a cell longer than this is not a statistics file's
LATIN1_FALLBACK = "dyad-latin1-fallback"


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    """A byte that is not UTF-8 in a file that began as UTF-8 is read as Windows-1252/Latin-1 (Comtrade
    files are Latin-1; a file edited in Excel may mix both), never dropped or raised."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bytes(bad).decode("latin-1"), exc.end


codecs.register_error(LATIN1_FALLBACK, _latin1_fallback)
csv.field_size_limit(MAX_FIELD)


@dataclass
class CsvFile:
    """An open CSV file positioned after its header."""

    path: Path
    encoding: str
    delimiter: str
    header: list[str]  # column names as written (stripped)
    header_line: int
    preamble: list[str] = field(default_factory=list)
    size: int = 0
    notes: list[str] = field(default_factory=list)  # one-cell rows below the header: footnotes, sources
    _stream: IO[str] | None = None
    _reader: Iterator[list[str]] | None = None

    def columns(self) -> dict[str, int]:
        """Normalised column name -> position (the first, when a name repeats)."""
        found: dict[str, int] = {}
        for i, name in enumerate(self.header):
            found.setdefault(normalise(name), i)
        return found

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line number, fields) for every row below the header; blank rows are left out."""
        assert self._reader is not None
        reader = self._reader
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise FormatError(f"{self.path.name}: not readable as CSV near line {self.line()}: {exc}") from exc
            if not any(fields):
                continue
            if len(fields) * 2 < len(self.header) or not fields[0].strip():
                # Only a short or odd row is looked at closely: the checks cost more than the parse.
                filled = [f.strip() for f in fields if f.strip()]
                if not filled:
                    continue
                if len(filled) == 1 and len(self.header) > 3 and not filled[0][:1].isdigit():
                    note = filled[0][:MAX_NOTE]  # a footnote ("Data extracted on …"), not data
                    if len(self.notes) < MAX_NOTES or (len(self.notes) == MAX_NOTES and _RETRIEVED.search(note)):
                        self.notes.append(note)
                    continue
            yield self.line(), fields

    def line(self) -> int:
        return int(getattr(self._reader, "line_num", 0))

    def position(self) -> int:
        """Bytes read so far (to the read-ahead buffer): for progress."""
        stream = self._stream
        try:
            return int(stream.buffer.tell()) if stream is not None else 0  # type: ignore[attr-defined]
        except (OSError, ValueError, AttributeError):
            return 0

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()


def normalise(name: str) -> str:
    """A column name compared without case, quotes, BOM or surrounding spaces."""
    return name.replace("\ufeff", "").strip().strip('"').strip().lower()


def sniff_encoding(head: bytes) -> str:
    """The encoding of a file from its first bytes. UTF-32 is refused (FormatError without a file name;
    the caller adds it): no statistics office writes it, and read as anything else it is NULs."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise FormatError("UTF-32 text, which Dyad does not read: save the file as UTF-8 (or UTF-16)")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    without_bom = _utf16_without_bom(head)
    if without_bom is not None:
        return without_bom
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 written without its byte order mark (Excel's "Unicode text" sometimes is): the text is
    mostly ASCII, so one byte of each pair is NUL, the same one throughout."""
    pairs = head[: len(head) // 2 * 2][:4096]
    if len(pairs) < 8:
        return None
    even_nul = pairs[0::2].count(0) / (len(pairs) / 2)
    odd_nul = pairs[1::2].count(0) / (len(pairs) / 2)
    if odd_nul > 0.9 and even_nul < 0.1:
        return "utf-16-le"
    if even_nul > 0.9 and odd_nul < 0.1:
        return "utf-16-be"
    return None


def open_csv(path: Path, recognise: object) -> CsvFile:
    """Open ``path`` and find its header: the first of its first rows that ``recognise(columns)``
    accepts (a callable returning a truthy layout, or None). FormatError when none is found."""
    try:
        size = path.stat().st_size
        with path.open("rb") as probe:
            head = probe.read(SNIFF_BYTES)
    except OSError as exc:
        raise FormatError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if not head.strip():
        raise FormatError(f"{path.name}: the file is empty")
    try:
        encoding = sniff_encoding(head)
    except FormatError as exc:
        raise FormatError(f"{path.name}: {exc}") from None
    wide = encoding.startswith("utf-16")
    if not wide and b"\x00" in head:
        raise FormatError(f"{path.name}: a binary file, not CSV text")
    errors = LATIN1_FALLBACK if encoding.startswith("utf-8") else "replace"
    sample = head.decode(encoding, errors=errors if not wide else "replace")
    lines = sample.splitlines()[:HEADER_SEARCH_ROWS]
    counts = {d: max((line.count(d) for line in lines), default=0) for d in (",", ";", "\t", "|")}
    delimiters = sorted(counts, key=lambda d: -counts[d])
    for delimiter in delimiters:
        if counts[delimiter] == 0:
            continue
        opened = _try_header(path, encoding, errors, delimiter, recognise)
        if opened is not None:
            opened.size = size
            return opened
    first = next((line for line in lines if line.strip()), "")
    shown = [_shown(c) for c in re.split(r"[,;\t|]", first[:2000])][:8]
    raise FormatError(f"{path.name}: {_not_known(shown)}")


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _shown(cell: str, most: int = 40) -> str:
    """A cell of a line that was not understood, as a message may quote it: printable, and short (a
    1.6 MB first line was quoted whole)."""
    cell = _UNPRINTABLE.sub("", cell.strip().strip('"'))
    return cell if len(cell) <= most else cell[: most - 1] + "…"


def _not_known(columns: list[str]) -> str:
    listed = ", ".join(c for c in columns if c) or "nothing readable"
    return (
        f"not an official trade statistics file Dyad reads (its first line: {listed}…). Expected the columns of "
        "UN Comtrade (refYear, reporterISO, partnerISO, flowCode, cmdCode, primaryValue), legacy Comtrade (Year, "
        "Reporter ISO, Partner ISO, Trade Flow Code, Trade Value (US$)), IMF DOTS (Country Name, Counterpart "
        "Country Name, Indicator Code, Attribute, years), IMF IMTS (COUNTRY.ID, COUNTERPART_COUNTRY.ID, "
        "INDICATOR.ID, TIME_PERIOD and OBS_VALUE or years) or WITS (ReporterISO3, PartnerISO3, Year, "
        "TradeFlowName, TradeValue in 1000 USD)"
    )


def _try_header(path: Path, encoding: str, errors: str, delimiter: str, recognise: object) -> CsvFile | None:
    stream = path.open("r", encoding=encoding, errors=errors, newline="")
    reader = csv.reader(stream, delimiter=delimiter)
    preamble: list[str] = []
    try:
        for _ in range(HEADER_SEARCH_ROWS):
            try:
                fields = next(reader)
            except (StopIteration, csv.Error):
                break
            header = [f.replace("\ufeff", "").strip() for f in fields]
            if callable(recognise) and recognise({normalise(h) for h in header}):
                return CsvFile(
                    path, encoding, delimiter, header, reader.line_num, preamble, _stream=stream, _reader=reader
                )
            preamble.append(delimiter.join(fields))
    except Exception:
        stream.close()
        raise
    stream.close()
    return None


_ESTIMATE = re.compile(r"(.*?\d)\s*[eE]\*?")
# A value as files write it: digits, a point, commas between thousands, an exponent. Not a sign, not the
# accountants' brackets of a negative ("(5)"): trade is never negative.
_NUMBER = re.compile(r"^[0-9][0-9.,]*(?:[eE][-+]?[0-9]+)?$")
_GROUPED = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$")
EMPTY_CELLS = {"", "..", "...", "-", "--", "n/a", "na", "nan", "null", "none", ":", "x", "c"}


def number(text: str) -> tuple[float | None, bool]:
    """(value, estimated) of a cell: "9.78 e" is 9.78, estimated; "1,234.5" is 1234.5; an empty mark
    ("..", "n/a", "-") is None. ValueError for text that is not a number."""
    cell = text.strip().strip('"').strip()
    if cell.isascii() and cell.isdigit():  # the common case, without the regular expressions
        value = float(cell)
        if value > 1e15:
            raise ValueError(cell)
        return value, False
    marked = _ESTIMATE.fullmatch(cell)  # the IMF marks an estimate with a trailing "e"
    estimated = marked is not None
    if marked is not None:
        cell = marked.group(1)
    if cell.lower() in EMPTY_CELLS:
        return None, estimated
    if len(cell) > 40 or not _NUMBER.match(cell):
        raise ValueError(cell[:40])
    if "," in cell:
        # Thousands separated by commas, in groups of three ("1,234.5"); "1,2,3" and "12,34" are not numbers.
        if not _GROUPED.match(cell):
            raise ValueError(cell)
        cell = cell.replace(",", "")
    value = float(cell)
    if not math.isfinite(value) or value < 0 or value > 1e15:
        raise ValueError(cell)
    return value, estimated


@functools.lru_cache(maxsize=1024)  # a file of a million rows states a few dozen years
def year(text: str) -> int:
    """A four-digit year between 1900 and 2100 ("2019", "2019.0"); ValueError otherwise."""
    cell = text.strip().strip('"').strip()
    if cell.endswith(".0"):
        cell = cell[:-2]
    if not (len(cell) == 4 and cell.isdigit() and 1900 <= int(cell) <= 2100):
        raise ValueError(cell)
    return int(cell)


_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_RETRIEVED = re.compile(
    r"\b(?:retrieved|extracted|downloaded|generated|exported|as of|accessed)\b[^0-9A-Za-z]{0,3}(?:on|at)?[:\s]*"
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4})",
    re.I,
)


def retrieved_on(lines: list[str]) -> str | None:
    """The date a preamble or footer says the data were retrieved, as YYYY-MM-DD; None when unsaid."""
    for line in lines:
        match = _RETRIEVED.search(line)
        if match is None:
            continue
        date = match.group("date")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            return date
        parts = date.replace(",", "").split()
        if parts[0].isdigit():
            day, month, year_text = parts
        else:
            month, day, year_text = parts
        number = next((n for n, name in enumerate(_MONTHS, 1) if name.startswith(month.lower()[:3])), None)
        if number is not None and len(month) >= 3 and _MONTHS[number - 1].startswith(month.lower().rstrip(".")):
            return f"{int(year_text):04d}-{number:02d}-{int(day):02d}"  # "12 March 2024", "12 Mar 2024"
    return None
