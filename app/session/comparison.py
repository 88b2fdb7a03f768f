"""A comparison an analyst keeps: both relationships, how they are drawn, notes, and what the store held.

Saved as a small versioned JSON file (``.dyad``, documented in the README). The facts it showed are kept
as a fingerprint (each fact's id and version), so reopening it later can say what changed in the store
since: "2 facts edited, 1 new since this comparison was saved". The window and ``dyad compare --open``
both read it through here.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.store.engine import Store

FORMAT = "dyad-comparison"
VERSION = 1
SUFFIX = ".dyad"
MAX_BYTES = 5_000_000  # a comparison is a few kilobytes; a larger file is not one
DATASETS = (None, "comtrade", "imf", "imf_imts", "wits")
# The widest x range a saved view may show: calendar years, or years since relations were established (aligned)
YEARS = (-10_000.0, 10_000.0)


class ComparisonError(Exception):
    """A file that cannot be opened as a comparison, with the reason in words (the file's name included)."""


@dataclass(frozen=True)
class Comparison:
    """What a saved comparison holds. ``facts`` maps each fact id shown to its version when saved."""

    pairs: tuple[tuple[str, str], tuple[str, str]]
    log_scale: bool = True
    aligned: bool = False
    official: bool = True
    tolerance: float = 10.0
    datasets: tuple[str | None, str | None] = (None, None)
    x_range: tuple[float, float] | None = None  # the years shown; None: the whole of both series
    filters: tuple[tuple[str, str], tuple[str, str]] = (("", ""), ("", ""))  # each Facts tab's (words, kind)
    notes: str = ""
    store: str = ""  # the store it was made against, without credentials
    saved_at: str = ""  # ISO 8601, UTC
    facts: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Changes:
    """How the store's facts of the comparison's two relationships differ from when it was saved."""

    new: int = 0
    edited: int = 0  # reviewed, corrected, accepted or rejected since (their version moved on)
    gone: int = 0

    @property
    def none(self) -> bool:
        return not (self.new or self.edited or self.gone)

    def text(self) -> str:
        parts = [
            f"{n} fact{'' if n == 1 else 's'} {what}"
            for n, what in ((self.edited, "edited"), (self.new, "new"), (self.gone, "removed"))
            if n
        ]
        if not parts:
            return "The store's facts are as they were when this comparison was saved."
        return ", ".join(parts) + " since this comparison was saved."


def fingerprint(store: Store, pairs: tuple[tuple[str, str], tuple[str, str]]) -> dict[int, int]:
    """Each fact of the two relationships (rejected ones too) with its version now."""
    from sqlalchemy import and_, or_, select

    from app.domain.facts import pair_key
    from app.store.models import Fact

    keys = {pair_key(*pair) for pair in pairs}
    wanted = or_(*(and_(Fact.country_a == a, Fact.country_b == b) for a, b in keys))
    with store.engine.connect() as conn:
        return {int(i): int(v) for i, v in conn.execute(select(Fact.id, Fact.version).where(wanted))}


def changes(saved: dict[int, int], now: dict[int, int]) -> Changes:
    return Changes(
        new=sum(1 for i in now if i not in saved),
        edited=sum(1 for i, v in now.items() if i in saved and saved[i] != v),
        gone=sum(1 for i in saved if i not in now),
    )


def public_url(url: str) -> str:
    """The store's URL as a file may keep it: no password."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url.split("@")[-1] if "@" in url else url


def taken(comparison: Comparison, store: Store) -> Comparison:
    """``comparison`` stamped with the store it is of, the time, and the fingerprint of its facts."""
    from dataclasses import replace

    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return replace(comparison, store=public_url(store.url), saved_at=now, facts=fingerprint(store, comparison.pairs))


def save(comparison: Comparison, path: Path) -> Path:
    """Write ``comparison`` to ``path`` (``.dyad`` added when missing), whole or not at all."""
    from app.paths import written_whole

    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    payload: dict[str, Any] = {"format": FORMAT, "version": VERSION, **asdict(comparison)}
    payload["facts"] = {str(k): v for k, v in sorted(comparison.facts.items())}
    text = json.dumps(payload, ensure_ascii=False, indent=1)
    with written_whole(path) as part:
        part.write_text(text + "\n", encoding="utf-8")
    return path


def load(path: Path) -> Comparison:
    """Read a saved comparison, or raise ComparisonError saying why it cannot be opened."""
    name = path.name
    try:
        if not path.is_file():
            raise ComparisonError(f"{name}: not a file")
        if path.stat().st_size > MAX_BYTES:
            raise ComparisonError(f"{name}: too large to be a saved comparison")
        payload = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "damaged (not JSON)"
        raise ComparisonError(f"{name}: cannot be read: {reason}") from exc
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise ComparisonError(f"{name}: not a Dyad comparison")
    version = payload.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise ComparisonError(
            f"{name}: saved by a newer Dyad (comparison format {version}); this Dyad reads format {VERSION}"
        )
    try:
        return _from_payload(payload)
    except (KeyError, TypeError, ValueError) as exc:
        raise ComparisonError(f"{name}: damaged ({exc})") from exc


def _pair(value: Any) -> tuple[str, str]:
    a, b = value
    if not (isinstance(a, str) and isinstance(b, str) and 2 <= len(a) <= 3 and 2 <= len(b) <= 3):
        raise ValueError(f"not a pair of country codes: {value!r}")
    return (a.upper(), b.upper())


def _filter(value: Any) -> tuple[str, str]:
    """A Facts tab's filter: its words and its kind (a fact kind, or "" for all)."""
    from app.domain.facts import FactKind

    words, kind = value
    if not isinstance(words, str) or kind not in ("", *(k.value for k in FactKind)):
        raise ValueError(f"not a facts filter: {value!r}")
    return (words[:200], str(kind))


def _from_payload(payload: dict[str, Any]) -> Comparison:
    first, second = payload["pairs"]
    datasets = tuple(payload.get("datasets") or (None, None))
    if len(datasets) != 2 or any(d not in DATASETS for d in datasets):
        raise ValueError(f"unknown official dataset in {datasets!r}")
    x_range = payload.get("x_range")
    if x_range is not None:
        lo, hi = (float(x) for x in x_range)
        if not lo < hi:
            raise ValueError("an empty range of years")
        if not (YEARS[0] <= lo and hi <= YEARS[1]):  # inf, 1e300: no axis of years reaches them
            raise ValueError(f"years from {lo:g} to {hi:g}")
        x_range = (lo, hi)
    facts = payload.get("facts") or {}
    if not isinstance(facts, dict):
        raise ValueError(f"fact versions that are not a table: {type(facts).__name__}")
    filters = tuple(_filter(f) for f in (payload.get("filters") or (("", ""), ("", ""))))
    if len(filters) != 2:
        raise ValueError("filters for two relationships")
    tolerance = float(payload.get("tolerance", 10.0))
    if not 0 < tolerance <= 100:
        raise ValueError(f"a tolerance of {tolerance} %")
    return Comparison(
        pairs=(_pair(first), _pair(second)),
        log_scale=bool(payload.get("log_scale", True)),
        aligned=bool(payload.get("aligned", False)),
        official=bool(payload.get("official", True)),
        tolerance=tolerance,
        datasets=(datasets[0], datasets[1]),
        x_range=x_range,
        filters=(filters[0], filters[1]),
        notes=str(payload.get("notes", ""))[:100_000],
        store=str(payload.get("store", "")),
        saved_at=str(payload.get("saved_at", "")),
        facts={int(k): int(v) for k, v in facts.items()},
    )
