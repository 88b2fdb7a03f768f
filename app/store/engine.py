"""Opening a store: the engine, SQLite's pragmas, and the schema check and upgrade."""

from __future__ import annotations

import functools
import math
import os
import re
import sqlite3
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, func, insert, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.paths import default_db_url, migrations_dir

TIMEOUT_ENV = "DYAD_DB_TIMEOUT"
DEFAULT_TIMEOUT = 30.0  # seconds to wait for a lock (SQLite's busy timeout); PostgreSQL: a statement runs twice that
SCHEMA_HEAD = "0006"  # the newest migration in db/versions; a test keeps the two in step
MIGRATION_LOCK_KEY = 0x44594144  # "DYAD": the PostgreSQL advisory lock that serialises migrations


class StoreError(Exception):
    """The database cannot be used; the message says why, for a person."""


@dataclass
class Store:
    """An open store. Reads use ``engine``/``sessions``; every write goes through ``writing()`` or
    ``write_session()``: one writer at a time in this process (the lock), and on SQLite a transaction
    that takes the write lock when it begins (``BEGIN IMMEDIATE``), so a write that first reads can
    never fail with "database is locked" when another process wrote in between; it waits its turn."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    read_only: bool = False  # opened for reading only (open_store(..., read_only_ok=True) on a read-only file)

    def __post_init__(self) -> None:
        self.writer = self.engine.execution_options(dyad_write=True)
        self.write_sessions = sessionmaker(self.writer, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction: committed when the block ends, rolled back if it raises."""
        with self.write_lock, self.writer.begin() as conn:
            yield conn

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        with self.write_lock, self.write_sessions.begin() as session:
            yield session

    def describe(self) -> str:
        """For the status bar and messages: an SQLite store's file, or the URL without its password."""
        return describe_url(self.url)

    def close(self) -> None:
        self.engine.dispose()


def describe_url(url: str) -> str:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return parsed.database.removeprefix("file:")
    return parsed.render_as_string(hide_password=True)


def _make_folder(path: Path) -> None:
    """The folder of an SQLite store, made if missing; StoreError naming the obstacle otherwise."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        blocker = next((p for p in reversed(path.parents) if p.exists() and not p.is_dir()), path.parent)
        raise StoreError(f"cannot make a store at {path}: {blocker} is a file, not a folder") from exc
    except PermissionError as exc:
        raise StoreError(
            f"cannot make a store at {path}: no permission to create {exc.filename or path.parent}"
        ) from exc
    except OSError as exc:
        raise StoreError(f"cannot make a store at {path}: {exc.strerror or exc}") from exc


def db_timeout() -> float:
    """Seconds to wait for a lock (or, on PostgreSQL, for one statement): $DYAD_DB_TIMEOUT, else 30."""
    raw = os.environ.get(TIMEOUT_ENV, "").strip()
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 0 < value <= 86_400):
        raise StoreError(f"{TIMEOUT_ENV} must be a number of seconds between 0 and 86400, not {raw!r}")
    return value


def _sqlite_pragmas(
    dbapi_connection: Any, _record: Any, timeout: float = DEFAULT_TIMEOUT, leave_as_is: bool = False
) -> None:
    # SQLAlchemy, not the sqlite3 module, starts transactions (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={round(timeout * 1000)}")
    tables = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not leave_as_is and (not tables or (tables >= DYAD_TABLES and _revision_known(cursor))):
        # WAL stays with the file: switch only a new file or a Dyad store, never another program's database.
        # Changing the journal mode needs the file to itself and SQLite does not wait for that (no busy
        # handler): while another process creates the schema it fails at once with "database is locked".
        # Wait here as long as for any other lock, so "locked for over 30 s" is true when said.
        deadline = time.monotonic() + timeout
        while True:
            try:
                cursor.execute("PRAGMA journal_mode=WAL")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _revision_known(cursor: Any) -> bool:
    """Whether the store's schema is one this Dyad knows: a newer Dyad's store is left as it is, journal
    mode included, since it is refused right after."""
    row = cursor.execute("SELECT version_num FROM alembic_version").fetchone()
    return row is not None and row[0] in _known_revisions()


def _sqlite_begin(conn: Connection) -> None:
    """Writers take SQLite's write lock up front and wait for it (busy_timeout); readers get a
    snapshot (a deferred BEGIN), so the several queries behind one view see one state of the store."""
    immediate = conn.get_execution_options().get("dyad_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _sqlite_options(database: str, seconds: float, read_only_ok: bool) -> tuple[dict[str, Any], bool]:
    """create_engine's arguments for an SQLite file, and whether the file is to be left as it is."""
    kwargs: dict[str, Any] = {}
    leave_as_is = False
    kwargs["connect_args"] = {"timeout": seconds, "check_same_thread": False}
    uri = database.startswith("file:")  # sqlite:///file:PATH?mode=ro&uri=true: SQLite's own URI form
    if uri:
        database = urllib.parse.unquote(urllib.parse.urlsplit(database).path)
    if database and database != ":memory:":
        path = Path(database)
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        if read_only_ok and not path.exists():
            raise StoreError(f"there is no Dyad store at {path} yet: `dyad ingest` or the window makes one")
        if not read_only_ok:
            _make_folder(path)
        leave_as_is = read_only_ok
        if read_only_ok and not uri and not os.access(path.parent, os.W_OK):
            # A read-only disk or folder: a WAL store cannot make its -shm file, so it is read as a
            # file that cannot change (nothing can write it here either).
            immutable = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
            kwargs["creator"] = lambda: sqlite3.connect(immutable, uri=True, timeout=seconds, check_same_thread=False)
    return kwargs, leave_as_is


def _postgresql_options(query: Any, seconds: float) -> dict[str, Any]:
    """create_engine's arguments for PostgreSQL: a server that stops answering is given up on."""
    kwargs: dict[str, Any] = {}
    # Many rows go to psycopg's own executemany (one short statement, pipelined) rather than one long
    # multi-row INSERT that psycopg parses anew each time (too long for its statement cache).
    kwargs["use_insertmanyvalues"] = False
    # A server that stops answering (a stopped process, a dropped network) is given up on after the
    # same timeout: libpq's connect timeout, TCP keepalives and how long sent data may go unacknowledged.
    connect: dict[str, Any] = {
        "connect_timeout": max(2, round(seconds)),
        "keepalives": 1,
        "keepalives_idle": max(1, round(seconds)),
        "keepalives_interval": max(1, round(seconds / 3)),
        "keepalives_count": 3,
        "tcp_user_timeout": round(seconds * 1000),
    }
    if "options" not in query:  # the URL's own ?options= wins
        # Never wait for ever: a lock another session holds, or a statement that does not end, gives
        # up after the timeout with a message (SQLite's busy timeout does the same for its lock).
        # A statement gets twice the lock wait to run, so a lock wait ends as a lock wait, named so.
        ms = round(seconds * 1000)
        connect["options"] = f"-c lock_timeout={ms} -c statement_timeout={2 * ms}"
    kwargs["connect_args"] = {k: v for k, v in connect.items() if k not in query}
    return kwargs


def open_store(url: str | None = None, *, migrate: bool = True, read_only_ok: bool = False) -> Store:
    """Open (creating or upgrading when needed) the store at ``url``; raise StoreError with a reason.

    A store Dyad cannot write to is refused, unless ``read_only_ok`` (commands that only read): then it
    is opened as it is, with ``read_only`` set so the caller can say so. With ``read_only_ok`` nothing is
    made or changed: no store where there is none, no schema, no journal mode, no upgrade."""
    url = url or default_db_url()
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {url}") from exc
    seconds = db_timeout()
    kwargs: dict[str, Any] = {}
    leave_as_is = False  # a read command on an existing SQLite file: no journal mode, no schema, no write
    if parsed.get_backend_name() == "sqlite":
        kwargs, leave_as_is = _sqlite_options(parsed.database or "", seconds, read_only_ok)
    elif parsed.get_backend_name() == "postgresql":
        kwargs = _postgresql_options(parsed.query, seconds)
    try:
        engine = create_engine(url, **kwargs)
    except (ImportError, ModuleNotFoundError) as exc:
        raise StoreError(
            f"cannot use {parsed.render_as_string(hide_password=True)}: its driver is not installed ({exc}); "
            "for PostgreSQL install Dyad with its postgres extra: pip install 'dyad[postgres]'"
        ) from exc
    except ArgumentError as exc:
        raise StoreError(f"cannot use {parsed.render_as_string(hide_password=True)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", lambda conn, record: _sqlite_pragmas(conn, record, seconds, leave_as_is))
        event.listen(engine, "begin", _sqlite_begin)
    store = Store(url, engine, sessionmaker(engine, expire_on_commit=False))
    if engine.dialect.name == "postgresql":
        _open_urls[store.describe()] = url
    try:
        _check_schema(store, migrate, read_only_ok)
    except StoreError:
        engine.dispose()
        raise
    except DatabaseError as exc:
        engine.dispose()
        raise StoreError(_explain(store, exc)) from exc
    return store


def _explain(store: Store, exc: DatabaseError) -> str:
    return explain(store.describe(), exc)


def explain(where: str, exc: DatabaseError) -> str:
    """A database error in words for a person, without the SQL and parameters SQLAlchemy adds."""
    message = str(exc.orig) if exc.orig else str(exc)
    first = message.strip().splitlines()[0] if message.strip() else type(exc).__name__
    if "file is not a database" in message:
        return f"{where} is not a Dyad store (not an SQLite database)"
    if "malformed" in message or "corrupt" in message:
        return f"{where} is damaged (SQLite: {first}); restore it from a backup or open another store"
    if "readonly" in message or "read-only" in message:
        return f"{where} is read-only: Dyad needs to write to its store"
    if "unable to open" in message:
        return f"cannot open {where}: check the folder exists and is writable"
    sqlstate = getattr(exc.orig, "sqlstate", None)
    try:
        timeout = db_timeout()
    except StoreError:
        timeout = DEFAULT_TIMEOUT
    seconds = f"{timeout:g} s"
    if sqlstate == "55P03":  # lock_not_available: lock_timeout ran out
        return (
            f"{where}: {_statement_target(exc.statement)} waited {seconds} for a lock another session holds"
            f"{_lock_holders(where)}; gave up ({TIMEOUT_ENV} sets how long to wait)"
        )
    if sqlstate == "57014":  # query_canceled: statement_timeout ran out
        doing = _statement_target(exc.statement)
        return f"{where}: {doing} ran over {2 * timeout:g} s and was stopped ({TIMEOUT_ENV} sets the limit)"
    if "locked" in message:
        return f"{where} stayed locked by another program for over {seconds}; try again when it is done"
    return f"cannot use {where}: {first}"


_TARGET = re.compile(r"^\s*(?P<verb>\w+)\b.*?\b(?:FROM|INTO|UPDATE|TABLE)\s+\"?(?P<table>\w+)", re.I | re.S)


def _statement_target(statement: str | None) -> str:
    """ "reading facts", "writing to articles": what a failed statement was doing, in words."""
    match = _TARGET.match(statement or "")
    if match is None:
        return "a statement"
    verb = match.group("verb").upper()
    doing = "reading" if verb in ("SELECT", "WITH") else "writing to"
    return f"{doing} {match.group('table')}"


_HOLDERS = text(
    """
    SELECT DISTINCT a.pid, coalesce(nullif(a.application_name, ''), a.usename) AS who, left(a.query, 80) AS query
    FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
    WHERE l.granted AND l.mode IN ('AccessExclusiveLock', 'ExclusiveLock', 'ShareRowExclusiveLock', 'ShareLock')
      AND l.locktype = 'relation' AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND a.pid <> pg_backend_pid()
    ORDER BY a.pid LIMIT 3
    """
)


_open_urls: dict[str, str] = {}  # described URL -> URL, so a message can look up who holds a lock


def _lock_holders(where: str) -> str:
    """ " (held by pid 4242, psql: LOCK TABLE facts …)", or "" when it cannot be known."""
    url = _open_urls.get(where)
    if url is None:
        return ""
    engine = create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"options": "-c statement_timeout=2000"})
    try:
        with engine.connect() as conn:
            rows = conn.execute(_HOLDERS).all()
    except DatabaseError:
        return ""
    finally:
        engine.dispose()
    held = "; ".join(f"pid {pid}, {who}: {' '.join((query or '').split())}" for pid, who, query in rows)
    return f" (held by {held})" if held else ""


def store_failure(store: Store | str | None, exc: BaseException) -> StoreError | None:
    """The StoreError a failed store operation amounts to, or None when it was not the database's doing.
    ``store`` is the store, or its description, to name in the message."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, DatabaseError) and not isinstance(exc, IntegrityError):
        where = store.describe() if isinstance(store, Store) else (store or "the store")
        return StoreError(explain(where, exc))
    return None


DYAD_TABLES = frozenset({"alembic_version", "articles", "facts"})


def _check_schema(store: Store, migrate: bool, read_only_ok: bool = False) -> None:
    with store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if tables and not tables >= DYAD_TABLES:
        raise StoreError(
            f"{store.describe()} is not a Dyad store (it holds other tables: {', '.join(sorted(tables)[:5])})"
        )
    if revision == SCHEMA_HEAD:
        if not _writable(store):
            if not read_only_ok:
                raise StoreError(f"{store.describe()} is read-only: Dyad needs to write to its store")
            store.read_only = True
            return
        if not read_only_ok:  # a command that only reads writes nothing, not even the country names
            _ensure_countries(store)
        return
    known = _known_revisions()
    if revision is not None and revision not in known:
        raise StoreError(
            f"{store.describe()} was written by a newer Dyad (schema {revision}); this Dyad "
            f"knows schemas up to {SCHEMA_HEAD}. Upgrade Dyad to open it; it was left untouched."
        )
    if read_only_ok:  # commands that only read never make or upgrade a schema
        if not tables:
            raise StoreError(f"{store.describe()} holds no Dyad store (it has no tables); it was left untouched")
        raise StoreError(
            f"{store.describe()} was written by an older Dyad: `dyad ingest` or the window upgrades it "
            f"(to schema {SCHEMA_HEAD}); it was left untouched"
        )
    if not migrate:
        raise StoreError(f"{store.describe()} needs a schema upgrade to {SCHEMA_HEAD}")
    _upgrade(store)
    _ensure_countries(store)


def _writable(store: Store) -> bool:
    """Whether Dyad can write to the store: a no-op write (nothing changes). Found at once, rather than
    on every article of the next import. PostgreSQL's rights are per table: assumed writable here."""
    if not store.is_sqlite:
        return True
    try:
        with store.writing() as conn:
            conn.execute(text("DELETE FROM alembic_version WHERE 0 = 1"))
    except OperationalError as exc:
        if "readonly" in str(exc.orig) or "read-only" in str(exc.orig):
            return False
        raise
    return True


@functools.cache
def _known_revisions() -> frozenset[str]:
    return frozenset(p.stem.split("_", 1)[0] for p in (migrations_dir() / "versions").glob("*.py"))


def _upgrade(store: Store) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with store.writing() as conn:
        # Two processes may find a new store at once. The first to get here migrates; the other waits
        # (SQLite's write lock, taken by BEGIN IMMEDIATE, or an advisory lock on PostgreSQL), then
        # finds the schema made.
        if conn.dialect.name == "postgresql":
            conn.execute(text("SET LOCAL statement_timeout = 0"))  # building indexes on a big store takes time
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        tables = inspect(conn).get_table_names()
        if (
            "alembic_version" in tables
            and conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        ):
            return
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _ensure_countries(store: Store) -> None:
    from app.domain.countries import country_index
    from app.store.models import Country, CountryAlias

    index = country_index()
    with store.sessions() as session:
        if (session.execute(select(func.count()).select_from(Country)).scalar() or 0) >= len(index.countries):
            return
    try:
        with store.write_session() as session:
            # A store made by an older Dyad lacks the countries added since (the states of history).
            held = set(session.execute(select(Country.code)).scalars())
            missing = [c for c in index.countries.values() if c.code not in held]
            if not missing:
                return
            session.execute(
                insert(Country),
                [
                    {"code": c.code, "alpha2": c.alpha2, "name": c.name, "official_name": c.official_name}
                    for c in missing
                ],
            )
            codes = {c.code for c in missing}
            aliases = [
                {"code": a.code, "alias": form, "kind": a.kind.value}
                for form, a in index.aliases.items()
                if a.code in codes
            ]
            if aliases:
                session.execute(insert(CountryAlias), aliases)
    except IntegrityError:
        pass  # another process filled the table between our check and our insert
    except OperationalError as exc:
        raise StoreError(_explain(store, exc)) from exc
