"""The last comparison shown, kept so the next start paints at once and checks the store afterwards.

Opening a SQLAlchemy store costs about 0.4 s of imports alone. When the store has not changed since the
window last closed (same file size and modification times, database and WAL), the window paints from
this snapshot and refreshes from the store in the background. Any write to the store, by Dyad or anyone
else, changes the stamp: the snapshot is then out of date, and the window shows it only marked as such
("Loading…") while the store is opened. Only SQLite files are stamped; other stores never use a
snapshot. ``DYAD_VIEW_SNAPSHOT=0`` turns it off.

The file carries the SHA-256 of its payload, written first: a snapshot not byte for byte as Dyad wrote it
(a disk's damage, a hand's edit) is ignored, never painted. Its records are rebuilt from JSON without a
check of each field's type, and one of a wrong type failed in the painting: 10 of 60 such snapshots
stopped the window at start-up, one of them in Qt itself.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from app import __version__
from app.analysis.official import FlowYear, OfficialSeries, OfficialYear
from app.analysis.series import PairSummary, TradePoint
from app.domain.countries import country_index, remember_names
from app.session.records import ArticleSummary, ArticleView, FactRow, FactSpan, Milestone, PairView, StoreCounts

FORMAT = 8  # raise when the records change shape: an older snapshot is then ignored
_HEAD = '{"sha256": "'  # then the payload's digest, 64 hex digits, and '", "payload": ' before the payload
_MIDDLE = '", "payload": '


@dataclass(frozen=True)
class Snapshot:
    url: str
    counts: StoreCounts
    views: tuple[PairView, PairView]
    articles: tuple[ArticleView | None, ArticleView | None]
    current: bool = True  # taken of the store as it is now (False: it has been written to since)


def enabled() -> bool:
    return os.environ.get("DYAD_VIEW_SNAPSHOT", "1") != "0"


def snapshot_path() -> Path:
    from app.paths import data_dir

    return data_dir() / "view-snapshot.json"


def store_stamp(url: str) -> list[int] | None:
    """Size and modification time of an SQLite store's files, or None for a store that cannot be stamped."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url.endswith(":memory:") or "?" in url:
        return None
    path = Path(url[len(prefix) :])
    stamp: list[int] = []
    for candidate in (path, path.with_name(path.name + "-wal")):
        try:
            stat = candidate.stat()
        except FileNotFoundError:
            stamp += [-1, -1]
            continue
        except OSError:
            return None
        stamp += [stat.st_size, stat.st_mtime_ns]
    return stamp if stamp[0] >= 0 else None


def save(snapshot: Snapshot, path: Path | None = None) -> bool:
    """Write the snapshot, stamped with the store's current state. Call after the store is closed."""
    stamp = store_stamp(snapshot.url)
    if stamp is None or not enabled():
        return False
    path = path or snapshot_path()
    payload = {
        "format": FORMAT,
        "version": __version__,
        "url": snapshot.url,
        "stamp": stamp,
        "counts": asdict(snapshot.counts),
        "views": [asdict(replace(v, fact_rows=tuple(v.fact_rows))) for v in snapshot.views],  # built now, if not yet
        "articles": [asdict(a) if a else None for a in snapshot.articles],
        "names": _names(snapshot.views),
    }
    body = json.dumps(payload, ensure_ascii=False)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    tmp = path.with_suffix(".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(f"{_HEAD}{digest}{_MIDDLE}{body}}}", encoding="utf-8")
        tmp.replace(path)  # atomic: a crash leaves the old snapshot or the new one, never half of one
    except OSError:
        return False
    return True


def load(
    url: str, pairs: tuple[tuple[str, str], tuple[str, str]], path: Path | None = None, *, stale_ok: bool = False
) -> Snapshot | None:
    """The snapshot, if it was taken of this store in its current state and of these pairs; with ``stale_ok``
    also one taken of this store before it changed (``current`` is then False)."""
    if not enabled():
        return None
    stamp = store_stamp(url)
    path = path or snapshot_path()
    if stamp is None or not path.exists():
        return None
    try:
        payload = json.loads(_verified(path.read_text(encoding="utf-8")))
        if (payload["format"], payload["version"], payload["url"]) != (FORMAT, __version__, url):
            return None
        current = payload["stamp"] == stamp
        if not current and not stale_ok:
            return None
        views = tuple(_pair_view(v) for v in payload["views"])
        articles = tuple(_article(a) if a else None for a in payload["articles"])
        if len(views) != 2 or tuple(v.asked for v in views) != pairs:
            return None
        remember_names({str(code): str(name) for code, name in payload["names"].items()})
        counts = StoreCounts(**payload["counts"])
        return Snapshot(url, counts, (views[0], views[1]), (articles[0], articles[1]), current)
    except Exception:  # whatever keeps a snapshot from being rebuilt, it is only a slower start
        return None


def _verified(text: str) -> str:
    """The payload of a snapshot file, if its digest is its payload's; ValueError if not."""
    start = len(_HEAD) + 64 + len(_MIDDLE)
    if not (text.startswith(_HEAD) and text[len(_HEAD) + 64 : start] == _MIDDLE and text.endswith("}")):
        raise ValueError("not a snapshot file")
    body = text[start:-1]
    if hashlib.sha256(body.encode("utf-8")).hexdigest() != text[len(_HEAD) : len(_HEAD) + 64]:
        raise ValueError("a snapshot not as it was written")
    return body


def _names(views: tuple[PairView, PairView]) -> dict[str, str]:
    """The short name of every country the views name (the index is built by now: the store was read)."""
    index = country_index()
    codes = {code for v in views for code in (*v.pair, *v.asked, *(s.reporter for s in v.official))}
    return {code: index.name(code) for code in sorted(codes) if code}


def _pair_view(d: dict[str, Any]) -> PairView:
    summary = d.get("summary")
    if summary is not None:
        latest = summary["latest_total"]
        summary = PairSummary(**{**summary, "latest_total": _trade_point(latest) if latest else None})
    return PairView(
        pair=(d["pair"][0], d["pair"][1]),
        points=tuple(_trade_point(p) for p in d["points"]),
        articles=tuple(ArticleSummary(**a) for a in d["articles"]),
        facts=int(d["facts"]),
        asked=(d["asked"][0], d["asked"][1]),
        name=str(d["name"]),
        milestones=tuple(Milestone(**m) for m in d["milestones"]),
        fact_rows=tuple(
            FactRow(**{**f, "flags": tuple(f.get("flags", ())), "also": tuple(f.get("also", ()))})
            for f in d["fact_rows"]
        ),
        summary=summary,
        established=d["established"],
        official=tuple(_official(s) for s in d.get("official", ())),
        unconverted=tuple(d.get("unconverted", ())),
    )


def _official(d: dict[str, Any]) -> OfficialSeries:
    years = tuple(OfficialYear(**y) for y in d["years"])
    one_flow = tuple(FlowYear(**y) for y in d.get("one_flow", ()))
    return OfficialSeries(**{**d, "years": years, "incomplete": tuple(d.get("incomplete", ())), "one_flow": one_flow})


def _article(d: dict[str, Any]) -> ArticleView:
    return ArticleView(
        id=int(d["id"]),
        title=d["title"],
        outlet=d["outlet"],
        published=d["published"],
        source_name=d["source_name"],
        text=d["text"],
        body_spans=tuple((int(s), int(e)) for s, e in d["body_spans"]),
        facts=tuple(FactSpan(**f) for f in d["facts"]),
        warnings=tuple(d.get("warnings", ())),
    )


def _trade_point(d: dict[str, Any]) -> TradePoint:
    return TradePoint(**{**d, "flags": tuple(d.get("flags", ()))})
