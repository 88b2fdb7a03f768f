"""What every command shares: exit codes, usage errors, pairs as typed, the store, a progress bar."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from app.store.engine import Store

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_STORE_FAILED = 3  # the store failed part-way through an import; what went in before is printed
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


class UsageError(Exception):
    """Bad input on the command line: exit status 2 with this message."""


def parse_pair(text: str) -> tuple[str, str]:
    """``VNM-MEX``, ``Vietnam-Mexico``, ``"Viet Nam"-Peru`` or ``Guinea-Bissau-Peru`` to two ISO codes."""
    from app.domain.countries import country_index

    index = country_index()
    cleaned = text.strip().replace("–", "-").replace("—", "-")
    for sep in ("-", ":", "/", ","):
        positions = [i for i, ch in enumerate(cleaned) if ch == sep]
        for pos in positions:
            left, right = index.lookup(cleaned[:pos]), index.lookup(cleaned[pos + 1 :])
            if left and right:
                if left.code == right.code:
                    raise UsageError(f"{text!r} names the same country twice")
                return left.code, right.code
    parts = [p for p in cleaned.replace('"', "").split("-") if p.strip()]
    if len(parts) < 2:
        raise UsageError(f"{text!r} is not a pair: write two countries, as in VNM-MEX or Vietnam-Peru")
    for part in (parts[0], parts[-1]):
        if index.lookup(part) is None:
            close = index.suggest(part)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise UsageError(f"unknown country {part.strip()!r}{hint}")
    raise UsageError(f"cannot read {text!r} as two countries")


def open_from_args(args: argparse.Namespace, *, reading: bool = False) -> Store:
    """The store named by --db; a command that only reads (``reading``) also opens a read-only store,
    and says so on standard error."""
    from app.store.engine import StoreError, open_store

    try:
        store = open_store(args.db, read_only_ok=reading)
    except StoreError as exc:
        raise UsageError(str(exc)) from exc
    if store.read_only:
        print(f"dyad: {store.describe()} is read-only: opened for reading only", file=sys.stderr)
    return store


class ProgressBar:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.last = 0.0

    def __call__(self, done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.1 and done < total):
            return
        self.last = now
        width = 30
        filled = int(width * done / total) if total else width
        self.stream.write(f"\r[{'#' * filled}{' ' * (width - filled)}] {done}/{total} {name[:40]:<40}")
        if done >= total:
            self.clear()
        self.stream.flush()

    def clear(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * 90 + "\r")
            self.stream.flush()


def fact_line(record: dict[str, Any], asked: tuple[str, str] | None = None) -> str:
    """One fact on a line; its pair in the order the user typed it (``asked``), else as stored."""
    from app.analysis.series import elide_words
    from app.domain.facts import fiscal_label
    from app.domain.money import format_amount, format_usd

    when = record.get("date") or record.get("year") or "—"
    if record.get("fiscal_year"):
        when = fiscal_label(record["fiscal_year"])
    value = ""
    if record.get("currency") not in (None, "USD") and record.get("amount") is not None:
        value = f"{record.get('qualifier') or ''} {format_amount(record['amount'], record['currency'])}".strip()
    elif record.get("value_usd") is not None:
        value = f"{record.get('qualifier') or ''} {format_usd(record['value_usd'])}".strip()
    elif record.get("percent") is not None:
        value = f"{record['percent']:+g} %"
    part = f" ({record['partial_period']})" if record.get("partial_period") else ""
    derived = " [derived]" if record.get("derived") else ""
    countries = tuple(record["countries"])
    pair = "-".join(asked if asked is not None and set(asked) == set(countries) else countries)
    return f"{record['kind']:<22} {pair:<8} {when!s:<11} {value + part:<28}{derived} {elide_words(record['quote'], 70)}"


TABLE_HEADER = f"{'kind':<22} {'pair':<8} {'when':<11} {'value':<28} sentence"


def tolerance(text: str) -> float:
    try:
        value = float(text.strip().rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage") from None
    if not 0 <= value <= 1000:
        raise argparse.ArgumentTypeError("the tolerance is a percentage between 0 and 1000")
    return value
