"""Putting articles into the store: one transaction per article, with all its facts or none."""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, select, text
from sqlalchemy.exc import IntegrityError

from app.extract.pipeline import (
    EXTRACTOR_VERSION,
    Extraction,
    ExtractionError,
    ExtractionStopped,
    extract_article,
)
from app.extract.sources import (
    SourceText,
    display_name,
    file_identity,
    iter_article_files,
)
from app.store.engine import Store, StoreError, store_failure
from app.store.extraction_pool import Stopped, WorkerPool
from app.store.models import Article, Fact, fit_values, utcnow
from app.store.reading import WORKER_PATIENCE, ArticleFile, Prepared, lost, overran, prepare, prepare_found
from app.store.writers import CoreWriter, RawPostgresWriter, RawSQLiteWriter, fact_row

Progress = Callable[[int, int, str], None]
# Core tables: ingest writes rows, not ORM objects (an order of magnitude less overhead per fact).
ARTICLES = cast(Table, Article.__table__)
FACTS = cast(Table, Fact.__table__)
# An import writes this many articles in one transaction (see writers.group_rows). An article then costs a
# PostgreSQL writer 0.27-0.30 ms of CPU and its server 0.29-0.31 ms, not 0.74-0.80 and 0.57 one at a time;
# a SQLite writer 0.22 ms, not 0.34.
GROUP = 16
# A group is written when it is full, or when an article arrives this many seconds after the group's first
# (a slow folder's articles are not held back for long).
GROUP_WAIT = 0.25


class Cancelled(Exception):
    """Raised by a long job whose cancel token was set."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class IngestAborted(StoreError):
    """The store failed part-way through an import. Every article stored before it stays whole;
    ``report`` says what they were, and the message says both what failed and what went in."""

    def __init__(self, failure: StoreError, report: IngestReport) -> None:
        super().__init__(f"{failure}. Stored before it failed: {report.summary()}")
        self.failure = failure
        self.report = report


@dataclass(frozen=True)
class FileResult:
    path: str
    status: str  # "new", "present", "failed", or "skipped" (found in a folder, not an article to read)
    reason: str = ""
    article_id: int | None = None
    facts: int = 0


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False
    unconfirmed: bool = False  # the store failed and could not be asked afterwards what it kept
    notes: list[str] = field(default_factory=list)  # how the import ran, when not as usual

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def facts_added(self) -> int:
        return sum(r.facts for r in self.results if r.status == "new")

    @property
    def failures(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def skipped(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "skipped"]

    def summary(self) -> str:
        text = (
            f"{self.count('new')} new, {self.count('present')} already present, {self.count('failed')} failed"
            + (f", {self.count('skipped')} skipped" if self.count("skipped") else "")
            + "; "
            f"{self.facts_added} fact{'' if self.facts_added == 1 else 's'} added"
        )
        text += " (cancelled)" if self.cancelled else ""
        text += "".join(f"; {note}" for note in self.notes)
        return text + ("; the store could not be asked afterwards which of these it kept" if self.unconfirmed else "")


def normalised_sha256(text: str) -> str:
    """The content hash that makes re-importing the same article a no-op (whitespace and form ignored)."""
    # Runs of white space one space, ends stripped: str.split() counts the same 29 characters as white space
    # as the pattern \s+ every stored hash was made with, in a third of the time (a test holds them equal).
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def _writer(conn: Connection) -> CoreWriter | RawSQLiteWriter | RawPostgresWriter:
    """The fastest writer the connection allows (each stores what Core stores: tests compare them)."""
    if RawSQLiteWriter.fits(conn):
        return RawSQLiteWriter(conn)
    if RawPostgresWriter.fits(conn):
        return RawPostgresWriter(conn)
    if conn.dialect.name == "postgresql":  # another driver: the durability RawPostgresWriter sets, through Core
        conn.execute(text("SET LOCAL synchronous_commit = off"))
    return CoreWriter(conn)


def article_values(source: SourceText, extraction: Extraction, name: str, path: str | None) -> dict[str, Any]:
    """The article's row as every writer stores it."""
    published = extraction.published
    return fit_values(
        ARTICLES,
        {
            "title": extraction.title or name,
            "outlet": source.outlet or extraction.outlet or None,
            "published": published.iso() if published else None,
            "published_precision": published.precision.value if published else None,
            "text": source.text,
            "sha256": normalised_sha256(source.text),
            "source_name": name,
            "source_path": path,
            "source_format": source.fmt,
            "encoding": source.encoding,
            "country_a": extraction.pair[0],
            "country_b": extraction.pair[1],
            "body_spans": [list(s) for s in extraction.body],
            "warnings": [*source.notes, *extraction.warnings],
            "extractor_version": EXTRACTOR_VERSION,
            "imported_at": utcnow(),
        },
    )


def store_article(
    store: Store, source: SourceText, extraction: Extraction, name: str, path: str | None
) -> tuple[str, int | None, int]:
    """Store one article and its facts in one transaction. Returns (status, article id, facts added)."""
    article = article_values(source, extraction, name, path)
    sha = article["sha256"]
    try:
        with store.writing() as conn:
            writer = _writer(conn)
            article_id = writer.insert_article(article)
            if article_id is None:
                existing = conn.execute(select(ARTICLES.c.id).where(ARTICLES.c.sha256 == sha)).scalar_one()
                return "present", existing, 0
            primary = [n for n, f in enumerate(extraction.facts) if not f.derived]
            cited = {i for f in extraction.facts if f.derived for i in f.derived_from}
            rows = [fact_row(article_id, extraction.facts[n]) for n in primary]
            id_of = writer.insert_facts(rows, primary, cited)
            derived = []
            for fact in extraction.facts:
                if fact.derived:
                    row = fact_row(article_id, fact)
                    row["derived_from"] = [id_of[i] for i in fact.derived_from if i in id_of]
                    derived.append(row)
            writer.insert_facts(derived, [], set())
            return "new", article_id, len(extraction.facts)
    except IntegrityError:
        # Another process stored the same article between our check and our insert: one copy is kept.
        with store.engine.connect() as conn:
            existing = conn.execute(select(ARTICLES.c.id).where(ARTICLES.c.sha256 == sha)).scalar()
        if existing is None:
            raise
        return "present", existing, 0


def write_prepared(store: Store, item: Prepared) -> FileResult:
    """Store one prepared file. A database that fails (read-only, damaged, gone) raises StoreError:
    that is not this file's fault, and the next file would fail the same way."""
    if item.source is None or item.extraction is None:
        return FileResult(item.path, "failed", item.reason)
    try:
        status, article_id, count = store_article(store, item.source, item.extraction, item.name, item.path)
    except Exception as exc:
        failure = store_failure(store, exc)
        if failure is None:
            raise
        raise failure from exc
    return FileResult(item.path, status, "", article_id, count)


def write_group(store: Store, items: list[Prepared]) -> list[FileResult] | None:
    """Store prepared files in one transaction where the store's writer can (the raw writers'
    ``insert_group``), every article whole and its facts as one-at-a-time writing stores them. None where
    it cannot, or when the transaction failed (nothing of it is kept): the caller then writes the files
    one at a time, which tells each one's fate."""
    readable = [(i.source, i.extraction, i) for i in items if i.source is not None and i.extraction is not None]
    if len(readable) < 2 or not (RawSQLiteWriter.fits(store.engine) or RawPostgresWriter.fits(store.engine)):
        return None  # decided before a transaction is begun (on SQLite, the write lock taken) for nothing
    try:
        with store.writing() as conn:
            writer = _writer(conn)
            if not isinstance(writer, RawSQLiteWriter | RawPostgresWriter):
                return None
            written = iter(
                writer.insert_group(
                    [(article_values(source, found, i.name, i.path), found.facts) for source, found, i in readable]
                )
            )
    except Exception:
        return None
    results = []
    for item in items:
        if item.source is None or item.extraction is None:
            results.append(FileResult(item.path, "failed", item.reason))
        else:
            status, article_id, count = next(written)
            results.append(FileResult(item.path, status, "", article_id, count))
    return results


def ingest_source(store: Store, source: SourceText, name: str, path: str | None = None) -> FileResult:
    """Ingest text that did not come from a file read here (the clipboard, a dropped page)."""
    try:
        extraction = extract_article(source.text, source.published, source.title)
    except ExtractionError as exc:
        return FileResult(path or name, "failed", str(exc))
    return write_prepared(store, Prepared(path or name, name, source, extraction))


def ingest_file(store: Store, path: Path) -> FileResult:
    return write_prepared(store, prepare(path))


PARALLEL_FROM = 64  # below this, starting worker processes costs more than it saves
# A file this size or smaller may be read here while the workers start: real articles are 1-30 KB and read
# in milliseconds; a large or odd file waits for a worker, where a stall costs only that worker.
LOCAL_MAX_BYTES = 64 * 1024


def _small(item: ArticleFile) -> bool:
    try:
        return item[0].stat().st_size <= LOCAL_MAX_BYTES
    except OSError:
        return False


def _prepared_stream(
    files: list[ArticleFile], workers: int, stop: Callable[[], bool], isolate: bool, notes: list[str]
) -> Iterator[Prepared]:
    """Prepared files in order; extraction runs on worker processes while the caller writes, unless the
    files are few (then here, each step bounded by the budget) and ``isolate`` is not asked for.

    Cancelling (``stop``), Ctrl-C, or leaving the loop early kills the worker processes at once: a file
    half-read by a worker is simply not stored."""
    if not isolate and (workers <= 1 or len(files) < PARALLEL_FROM):
        for path, identity in files:
            yield prepare(path, stop, identity)
        return
    # The command line's import forks its workers from this process when it has one thread (Linux): they
    # start with the readers' tables built here (``worker_start`` builds them). Otherwise, until a worker is
    # ready, this process reads the small files at the front itself (the window's import, ``isolate``,
    # never: its thread shares the interpreter with the event loop, and Qt's threads forbid a fork).
    local = None if isolate else _small
    pool = WorkerPool(
        max(1, workers),
        prepare_found,
        overran,
        lost,
        WORKER_PATIENCE,
        local=local,
        preload=["app.store.worker_start"],
        fork=not isolate,
    )
    try:
        yield from pool.run(files, stop)
    except Stopped:
        raise ExtractionStopped("import cancelled") from None
    finally:
        if pool.unable is not None:
            notes.append(pool.unable)


@contextlib.contextmanager
def _interruptions_held() -> Iterator[None]:
    """Ctrl-C or SIGTERM arriving inside the block takes effect when it ends (in the main thread; elsewhere
    nothing is held: signals go to the main thread anyway). An article committed is then also counted."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []
    held = [s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None]
    previous = {s: signal.signal(s, lambda signum, frame: arrived.append(signum)) for s in held}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    if arrived:
        handler = previous[arrived[0]]
        if callable(handler):
            handler(arrived[0], None)  # Python's Ctrl-C handler, or dyad's for SIGTERM: both raise
        elif handler == signal.SIG_DFL:
            os.kill(os.getpid(), arrived[0])  # what the signal would have done


def _confirm(store: Store, report: IngestReport) -> None:
    """After the store failed: ask it which of the articles counted as new it kept (a server that crashed
    may lose what it acknowledged). Those it lost are failures; if it cannot be asked, the report says so."""
    counted = {r.article_id: n for n, r in enumerate(report.results) if r.status == "new" and r.article_id}
    if not counted:
        return
    try:
        kept: set[int] = set()
        ids = sorted(counted)
        with store.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                kept.update(conn.execute(select(ARTICLES.c.id).where(ARTICLES.c.id.in_(chunk))).scalars())
    except Exception:
        report.unconfirmed = True
        return
    for article_id, n in counted.items():
        if article_id not in kept:
            r = report.results[n]
            report.results[n] = FileResult(r.path, "failed", "stored, then lost when the store failed; import it again")


def _write(store: Store, items: list[Prepared], report: IngestReport) -> None:
    """Store prepared files and count them, in order: as one group where the store can, else one by one,
    each file's failure its own. A store that fails ends the import (IngestAborted) with what it kept."""
    with _interruptions_held():  # stored and counted, or neither: Ctrl-C waits for the count
        written = write_group(store, items)
        if written is not None:
            report.results.extend(written)
            return
    for item in items:
        try:
            with _interruptions_held():
                report.results.append(write_prepared(store, item))
        except StoreError as exc:
            _confirm(store, report)
            raise IngestAborted(exc, report) from exc  # the articles stored so far stay; no more can go in
        except Exception as exc:
            report.results.append(FileResult(item.path, "failed", f"unexpected error: {exc}"))


def ingest_paths(
    store: Store,
    paths: list[Path],
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    isolate: bool = False,
) -> IngestReport:
    """Ingest files and folders. Each article is stored whole or not at all; a failure skips one file only.
    ``isolate`` reads even one file in a worker process (the window: nothing a file holds can take the
    interpreter from its event loop)."""
    found, problems = iter_article_files(paths)
    files: list[ArticleFile] = [(path, file_identity(path)) for path in found]
    report = IngestReport([FileResult(display_name(str(p)), status, reason) for p, reason, status in problems])
    total = len(files)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    token = cancel

    def stop() -> bool:
        return token is not None and token.cancelled

    stream = _prepared_stream(files, workers, stop, isolate, report.notes)
    # Written a group at a time (see GROUP and GROUP_WAIT).
    pending: list[Prepared] = []
    waiting_since = 0.0
    try:
        for done, item in enumerate(stream):
            if progress is not None:
                progress(done, total, item.name)
            if cancel is not None and cancel.cancelled:
                report.cancelled = True
                break
            if not pending:
                waiting_since = time.monotonic()
            pending.append(item)
            if len(pending) >= GROUP or time.monotonic() - waiting_since > GROUP_WAIT:
                written, pending = pending, []
                _write(store, written, report)
    except (ExtractionStopped, KeyboardInterrupt):
        # Cancel or Ctrl-C: every article stored so far stays whole; the workers are terminated below.
        report.cancelled = True
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()
    if pending:  # read before the import ended or was cancelled: stored like the rest
        _write(store, pending, report)
    if progress is not None:
        progress(len(report.results) - len(problems), total, "")
    return report
