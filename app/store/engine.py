"""Opening a store: the engine, SQLite's pragmas, and the schema check and upgrade."""

from __future__ import annotations

import threading
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

SCHEMA_HEAD = "0001"  # the newest migration in db/versions; a test keeps the two in step
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


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy, not the sqlite3 module, starts transactions (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """Writers take SQLite's write lock up front and wait for it (busy_timeout); readers get a
    snapshot (a deferred BEGIN), so the several queries behind one view see one state of the store."""
    immediate = conn.get_execution_options().get("dyad_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (creating or upgrading when needed) the store at ``url``; raise StoreError with a reason."""
    url = url or default_db_url()
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {url}") from exc
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            path = Path(database)
            if path.is_dir():
                raise StoreError(f"{path} is a folder, not a database file")
            path.parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
    elif parsed.get_backend_name() == "postgresql":
        # Many rows go to psycopg's own executemany (one short statement, pipelined) rather than one long
        # multi-row INSERT that psycopg parses anew each time (too long for its statement cache).
        kwargs["use_insertmanyvalues"] = False
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
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    store = Store(url, engine, sessionmaker(engine, expire_on_commit=False))
    try:
        _check_schema(store, migrate)
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
    if "locked" in message:
        return f"{where} stayed locked by another program for over 30 s; try again when it is done"
    return f"cannot use {where}: {first}"


def store_failure(store: Store | str | None, exc: BaseException) -> StoreError | None:
    """The StoreError a failed store operation amounts to, or None when it was not the database's doing.
    ``store`` is the store, or its description, to name in the message."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, DatabaseError) and not isinstance(exc, IntegrityError):
        where = store.describe() if isinstance(store, Store) else (store or "the store")
        return StoreError(explain(where, exc))
    return None


def _check_schema(store: Store, migrate: bool) -> None:
    with store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if tables and "alembic_version" not in tables:
        raise StoreError(
            f"{store.describe()} is not a Dyad store (it holds other tables: {', '.join(sorted(tables)[:5])})"
        )
    if revision == SCHEMA_HEAD:
        _check_writable(store)
        _ensure_countries(store)
        return
    known = _known_revisions()
    if revision is not None and revision not in known:
        raise StoreError(
            f"{store.describe()} was written by a newer Dyad (schema {revision}); this Dyad "
            f"knows schemas up to {SCHEMA_HEAD}. Upgrade Dyad to open it; it was left untouched."
        )
    if not migrate:
        raise StoreError(f"{store.describe()} needs a schema upgrade to {SCHEMA_HEAD}")
    _upgrade(store)
    _ensure_countries(store)


def _check_writable(store: Store) -> None:
    """Refuse a store Dyad could read but not write to (a read-only file or a read-only URI) at once,
    rather than failing on every article of the next import. A no-op write: nothing changes."""
    if not store.is_sqlite:
        return
    with store.writing() as conn:
        conn.execute(text("DELETE FROM alembic_version WHERE 0 = 1"))


def _known_revisions() -> set[str]:
    return {p.stem.split("_", 1)[0] for p in (migrations_dir() / "versions").glob("*.py")}


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
