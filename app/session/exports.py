"""Facts leaving Dyad: JSON Lines records and CSV, the same for ``dyad facts`` and the window."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, Any

from app.analysis.official import DEFAULT_TOLERANCE, verdicts_for_rows
from app.analysis.series import records
from app.analysis.spreadsheet import facts_table, write_rows
from app.store.engine import Store
from app.store.official import pair_figures
from app.store.repositories import FactRepository

# Every key of the fact format (../shared/eval/README.md), then what the store adds.
_RECORD_KEYS = (
    "kind",
    "year",
    "date",
    "value_usd",
    "currency",
    "amount",
    "partial_period",
    "fiscal_year",
    "qualifier",
    "percent",
)
_EXTRA_KEYS = ("rank", "origin", "destination", "action", "person", "name", "basis", "unresolved", "derivation")


def _clean(value: Any) -> Any:
    """SQL NULL (NaN in pandas) as None."""
    return None if value is None or (isinstance(value, float) and value != value) else value


def fact_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored fact as its JSON Lines record: every key the extractor prints, then id, status, version."""
    record: dict[str, Any] = {"file": row["file"]}
    record.update({key: _clean(row.get(key)) for key in _RECORD_KEYS})
    record["countries"] = [row["country_a"], row["country_b"]]
    if record["year"] is not None:
        record["year"] = int(record["year"])
    record.update(
        quote=row["sentence"],
        derived=bool(row["derived"]),
        confidence=_clean(row.get("confidence")),
        confidence_basis=_clean(row.get("confidence_basis")),
        start=int(row["span_start"]),
        end=int(row["span_end"]),
        flags=list(row["flags"] or []),
        id=int(row["id"]),
        status=row["status"],
        version=int(row["version"]),
    )
    for key in _EXTRA_KEYS:
        record[key] = _clean(row.get(key))
    if record["rank"] is not None:
        record["rank"] = int(record["rank"])
    return record


def fact_records(
    store: Store, pair: tuple[str, str] | None = None, kinds: list[str] | None = None, doubtful: bool = False
) -> list[dict[str, Any]]:
    """The stored facts (of a pair, of some kinds; only the doubtful ones) as JSON Lines records."""
    frame = FactRepository(store).facts(pair, kinds)
    rows = records(frame)
    if doubtful:
        rows = [r for r in rows if (_clean(r.get("confidence")) or 0.0) < CONFIDENT]
    return [fact_record(r) for r in rows]


CONFIDENT = 0.8  # a fact at or above this is confident (the fact format's own threshold)


def write_facts_csv(
    store: Store,
    stream: IO[str],
    pairs: Sequence[tuple[str | None, tuple[str, str] | None]] = ((None, None),),
    kinds: list[str] | None = None,
    official: bool = True,
    tolerance: float = DEFAULT_TOLERANCE,
    bom: bool = True,
    doubtful: bool = False,
    datasets: dict[tuple[str, str], str] | None = None,
) -> int:
    """Facts as CSV (``pairs``: each relationship with the label of its ``relationship`` column, or None
    for every fact), each trade total with its official verdict when ``official``. Returns rows written."""
    rows: list[dict[str, Any]] = []
    for label, pair in pairs:
        found = records(FactRepository(store).facts(pair, kinds))
        if doubtful:
            found = [r for r in found if (_clean(r.get("confidence")) or 0.0) < CONFIDENT]
        rows += [{"relationship": label, **r} for r in found] if label else found
    figures = lambda a, b: pair_figures(store, a, b)  # noqa: E731
    verdicts = verdicts_for_rows(rows, figures, tolerance, datasets) if official else None
    columns, table = facts_table(rows, verdicts)
    return write_rows(stream, columns, table, bom=bom)
