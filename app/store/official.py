"""Official statistics in the store: importing files (one transaction each, idempotent) and reading the
figures of one relationship."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import IntegrityError

from app.domain.facts import pair_key
from app.official.figures import FormatError, OfficialFigure, ReadReport
from app.official.reader import OfficialFile, refuse_unless_regular
from app.store.engine import Store
from app.store.ingest import Cancelled, CancelToken
from app.store.models import Statistic, StatisticsFile, fit_values, utcnow

FILES = cast(Table, StatisticsFile.__table__)
FIGURES = cast(Table, Statistic.__table__)
BATCH = 5_000
Progress = Callable[[int, int, str], None]  # (done, total, what): bytes of the file being read


@dataclass(frozen=True)
class OfficialImport:
    """What importing one file did."""

    path: Path
    status: str  # "imported", "already", "failed", "cancelled"
    message: str  # one line, naming the file
    report: ReadReport | None = None
    added: int = 0  # figures the store did not hold before
    replaced: int = 0  # figures an earlier file held, now from this one
    repeated: int = 0  # figures the file gave twice (Import and Gross Imp. rows): kept once

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "already")


def import_official(
    store: Store,
    paths: Iterable[Path],
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> list[OfficialImport]:
    """Import each file in its own transaction: a file that cannot be read, or one that gives no figure,
    leaves the store as it was; a file already imported (same content) changes nothing."""
    results = []
    interrupted = False
    for path in paths:
        if interrupted or (cancel is not None and cancel.cancelled):
            results.append(OfficialImport(path, "cancelled", f"{path.name}: not imported (cancelled)"))
            continue
        try:
            results.append(_import_one(store, path, progress, cancel))
        except (Cancelled, KeyboardInterrupt) as exc:  # Ctrl-C too: its transaction was rolled back
            results.append(OfficialImport(path, "cancelled", f"{path.name}: cancelled; nothing of it was stored"))
            interrupted = isinstance(exc, KeyboardInterrupt)
        except FormatError as exc:
            results.append(OfficialImport(path, "failed", str(exc)))
        except Exception as exc:  # what no reader foresaw: this file fails with it (rolled back), the rest go in
            said = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
            results.append(OfficialImport(path, "failed", f"{path.name}: unexpected error: {said}"))
    return results


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    except OSError as exc:
        raise FormatError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    return digest.hexdigest()


def _import_one(store: Store, path: Path, progress: Progress | None, cancel: CancelToken | None) -> OfficialImport:
    refuse_unless_regular(path)
    sha = _sha256(path)
    already = _already(store, path, sha)
    if already is not None:
        return already
    try:
        return _import_new(store, path, sha, progress, cancel)
    except IntegrityError:
        # The same file imported at the same moment by another window or command: its copy went in first.
        already = _already(store, path, sha)
        if already is None:
            raise
        return already


def _already(store: Store, path: Path, sha: str) -> OfficialImport | None:
    with store.engine.connect() as conn:
        held = conn.execute(select(FILES.c.name, FILES.c.imported_at).where(FILES.c.sha256 == sha)).first()
    if held is None:
        return None
    when = held.imported_at.strftime("%Y-%m-%d") if held.imported_at else "earlier"
    return OfficialImport(path, "already", f"{path.name}: already imported ({held.name}, {when}); nothing changed")


def _import_new(
    store: Store, path: Path, sha: str, progress: Progress | None, cancel: CancelToken | None
) -> OfficialImport:
    with OfficialFile(path) as official:
        report = official.report

        def tell(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total, path.name)

        stop = (lambda: cancel.cancelled) if cancel is not None else None
        with store.writing() as conn:
            file_id = _add_file(conn, path, sha, report)
            before = _count(conn)
            repeats = Repeats()
            write = _SqliteStaging(conn, file_id) if conn.dialect.name == "sqlite" else _PostgresUpsert(conn, file_id)
            batch: list[OfficialFigure] = []
            for figure in official.figures(tell, stop):  # one loop, not a generator a step: a million rows
                repeats.see(figure)
                batch.append(figure)
                if len(batch) >= BATCH:
                    write.add(report, batch)
                    batch = []
            if batch:
                write.add(report, batch)
            if official.stopped:
                raise Cancelled
            if report.figures == 0:
                raise FormatError(f"{path.name}: {report.nothing_kept()}; nothing was stored")
            write.finish()
            from_file = _count(conn, file_id)
            added = _count(conn) - before
            done = {"rows": report.rows, "figures": from_file, "skipped": report.skipped_text()}
            conn.execute(
                update(FILES)
                .where(FILES.c.id == file_id)
                .values(**fit_values(FILES, {**done, "retrieved": report.retrieved}))
            )
    replaced = from_file - added
    repeated = report.figures - from_file
    parts = [f"{added:,} new figures"]
    if replaced:
        parts.append(f"{replaced:,} replacing an earlier file's")
    if repeated:
        parts.append(f"{repeated:,} repeated in the file, kept once{repeats.said()}")
    left = report.skipped_text()
    message = f"{path.name}: {report.layout}, {report.rows:,} rows; {', '.join(parts)}" + (
        f"; left out: {left}" if left else ""
    )
    return OfficialImport(path, "imported", message, report, added, replaced, repeated)


class Repeats:
    """Figures a file states twice (the same reporter, partner, flow and year): how many say another value
    than the first, kept one, and by how much. Watches the first REPEATS_WATCHED keys only, so a file of
    millions of rows costs bounded memory."""

    def __init__(self) -> None:
        self.first: dict[tuple[str, str, str, int], float] = {}
        self.differing = 0
        self.largest = 0.0
        self.first_line: int | None = None

    def see(self, f: OfficialFigure) -> None:
        key = (f.reporter, f.partner, f.flow, f.year)
        held = self.first.get(key)
        if held is None:
            if len(self.first) < REPEATS_WATCHED:
                self.first[key] = f.value_usd
        elif held != f.value_usd:
            self.differing += 1
            self.largest = max(self.largest, abs(f.value_usd - held) / max(held, 1.0))
            self.first_line = self.first_line or f.line

    def said(self) -> str:
        """ " (1 with another value: up to 10 % apart, first at line 5)", or nothing."""
        if not self.differing:
            return ""
        return (
            f" ({self.differing:,} with another value: up to {self.largest * 100:.3g} % apart, "
            f"first at line {self.first_line})"
        )


REPEATS_WATCHED = 100_000


def _add_file(conn: Connection, path: Path, sha: str, report: ReadReport) -> int:
    values = fit_values(
        FILES,
        {
            "sha256": sha,
            "name": path.name,
            "path": str(path.resolve()),
            "layout": report.layout,
            "dataset": report.dataset.value if report.dataset else "",
            "encoding": report.encoding,
            "retrieved": report.retrieved,
            "rows": 0,
            "figures": 0,
        },
    )
    result = conn.execute(insert(FILES).values(**values, imported_at=utcnow()).returning(FILES.c.id))
    return int(result.scalar_one())


def _count(conn: Connection, file_id: int | None = None) -> int:
    query = select(func.count()).select_from(FIGURES)
    if file_id is not None:
        query = query.where(FIGURES.c.file_id == file_id)
    return int(conn.execute(query).scalar() or 0)


_COLUMNS = "file_id, dataset, reporter, partner, flow, year, value_usd, valuation, estimated, line"
_KEY = "dataset, reporter, partner, flow, year"
# A figure already held is replaced by one from another (earlier) file, and kept when this file gives it a
# second time (its first statement stands): these columns replaced, where the files differ. Both writers
# below build their ON CONFLICT clause from it.
_REPLACED = ("file_id", "value_usd", "valuation", "estimated", "line")


def _rows(file_id: int, report: ReadReport, batch: list[OfficialFigure]) -> list[tuple[Any, ...]]:
    dataset = report.dataset.value if report.dataset else ""
    return [
        (file_id, dataset, f.reporter, f.partner, f.flow.value, f.year, f.value_usd, f.valuation, f.estimated, f.line)
        for f in batch
    ]


class _PostgresUpsert:
    """PostgreSQL: each batch upserted as it comes, by the rule of ``_REPLACED``."""

    def __init__(self, conn: Connection, file_id: int) -> None:
        self.conn = conn
        self.file_id = file_id
        self.names = _COLUMNS.split(", ")
        statement = postgresql.insert(FIGURES)
        excluded = statement.excluded
        self.statement = statement.on_conflict_do_update(
            index_elements=_KEY.split(", "),
            set_={column: excluded[column] for column in _REPLACED},
            where=FIGURES.c.file_id != excluded.file_id,
        )

    def add(self, report: ReadReport, batch: list[OfficialFigure]) -> None:
        rows = _rows(self.file_id, report, batch)
        self.conn.execute(self.statement, [dict(zip(self.names, row, strict=True)) for row in rows])

    def finish(self) -> None:
        pass


class _SqliteStaging:
    """On SQLite the file's figures go first into a temporary table without indexes, then into the store in
    one statement by the rule of ``_REPLACED``, in the order of its unique key (and, within a key, of the
    file's lines, so the first statement stands). Upserting in the file's order updated three indexes at
    scattered places a row: the 1,000,000-row bench import spent 8.7-9.8 s there, against 3.4 s staged and
    sorted. The rows go to sqlite3 as tuples: SQLAlchemy's handling of ten parameters a row cost more than
    SQLite itself.
    The temporary table is made inside the write transaction, so a failed or cancelled import takes it
    away with everything else."""

    def __init__(self, conn: Connection, file_id: int) -> None:
        self.cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        self.file_id = file_id
        self.cursor.execute("DROP TABLE IF EXISTS temp.incoming_figures")
        self.cursor.execute(f"CREATE TEMP TABLE incoming_figures ({_COLUMNS})")

    def add(self, report: ReadReport, batch: list[OfficialFigure]) -> None:
        self.cursor.executemany(
            "INSERT INTO temp.incoming_figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _rows(self.file_id, report, batch),
        )

    def finish(self) -> None:
        self.cursor.execute(
            f"INSERT INTO official_figures ({_COLUMNS}) SELECT {_COLUMNS} FROM temp.incoming_figures "
            f"WHERE true ORDER BY {_KEY}, line ON CONFLICT ({_KEY}) DO UPDATE SET "
            + ", ".join(f"{column} = excluded.{column}" for column in _REPLACED)
            + " WHERE official_figures.file_id != excluded.file_id"
        )
        self.cursor.execute("DROP TABLE temp.incoming_figures")
        self.cursor.close()


def pair_figures(store: Store, a: str, b: str) -> list[dict[str, Any]]:
    """Every official figure between ``a`` and ``b``, as either reports it, with its file."""
    a, b = pair_key(a, b)
    query = (
        select(
            FIGURES.c.dataset,
            FIGURES.c.reporter,
            FIGURES.c.partner,
            FIGURES.c.flow,
            FIGURES.c.year,
            FIGURES.c.value_usd,
            FIGURES.c.valuation,
            FIGURES.c.estimated,
            FILES.c.name.label("file"),
            FILES.c.retrieved,
        )
        .join(FILES, FILES.c.id == FIGURES.c.file_id)
        .where(
            ((FIGURES.c.reporter == a) & (FIGURES.c.partner == b))
            | ((FIGURES.c.reporter == b) & (FIGURES.c.partner == a))
        )
        .order_by(FIGURES.c.dataset, FIGURES.c.reporter, FIGURES.c.year, FIGURES.c.flow)
    )
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def official_files(store: Store) -> list[dict[str, Any]]:
    """The files imported, newest first, with how many of their figures the store holds."""
    held = select(FIGURES.c.file_id, func.count().label("held")).group_by(FIGURES.c.file_id).subquery()
    query = (
        select(FILES, func.coalesce(held.c.held, 0).label("held"))
        .outerjoin(held, held.c.file_id == FILES.c.id)
        .order_by(FILES.c.imported_at.desc(), FILES.c.id.desc())
    )
    with store.engine.connect() as conn:
        files = [dict(r._mapping) for r in conn.execute(query)]
        single = one_flow_pairs(conn)
    for f in files:
        f["one_flow"] = single.get(f["id"], [])
    return files


def one_flow_pairs(conn: Connection) -> dict[int, list[tuple[str, str, str]]]:
    """Per file, the (reporter, partner, flow) its dataset holds one flow of only, in every year: a
    reporter's imports with no exports, never a two-way total."""
    f = FIGURES.alias("f")
    flows = func.count(func.distinct(FIGURES.c.flow))
    single = (
        select(FIGURES.c.dataset, FIGURES.c.reporter, FIGURES.c.partner)
        .group_by(FIGURES.c.dataset, FIGURES.c.reporter, FIGURES.c.partner)
        .having(flows == 1)
        .subquery()
    )
    query = (
        select(f.c.file_id, f.c.reporter, f.c.partner, func.min(f.c.flow))
        .join(
            single,
            (single.c.dataset == f.c.dataset) & (single.c.reporter == f.c.reporter) & (single.c.partner == f.c.partner),
        )
        .group_by(f.c.file_id, f.c.reporter, f.c.partner)
        .order_by(f.c.file_id, f.c.reporter, f.c.partner)
    )
    found: dict[int, list[tuple[str, str, str]]] = {}
    for file_id, reporter, partner, flow in conn.execute(query):
        found.setdefault(int(file_id), []).append((str(reporter), str(partner), str(flow)))
    return found


def remove_file(store: Store, which: str) -> tuple[str, int] | None:
    """Take an imported file and every figure it holds out of the store: ``which`` is its name or its
    number in ``dyad official list``. (name, figures removed), or None when no file is so named."""
    with store.writing() as conn:
        query = select(FILES.c.id, FILES.c.name)
        query = query.where(FILES.c.id == int(which)) if which.isdigit() else query.where(FILES.c.name == which)
        found = conn.execute(query.order_by(FILES.c.id.desc())).first()
        if found is None:
            return None
        removed = _count(conn, found.id)
        conn.execute(FIGURES.delete().where(FIGURES.c.file_id == found.id))
        conn.execute(FILES.delete().where(FILES.c.id == found.id))
    return str(found.name), removed
