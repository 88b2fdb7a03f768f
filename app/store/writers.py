"""How an import writes an article and its facts: through SQLAlchemy Core, or on SQLite through the raw
connection with statements built once (the single writer was an import's slowest part)."""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import operator
import sqlite3
from collections.abc import Iterator
from typing import Any, cast

from sqlalchemy import JSON, Connection, Engine, Table, insert
from sqlalchemy.exc import DBAPIError

from app.domain.facts import Fact as FactRecord
from app.extract.pipeline import EXTRACTOR_VERSION
from app.store.models import Article, Fact, fit_values

ARTICLES = cast(Table, Article.__table__)
FACTS = cast(Table, Fact.__table__)


def fact_row(article_id: int, fact: FactRecord) -> dict[str, Any]:
    precision = {4: "year", 7: "month", 10: "day"}.get(len(fact.date)) if fact.date else None
    return fit_values(
        FACTS,
        {
            "article_id": article_id,
            "kind": fact.kind.value,
            "country_a": fact.countries[0],
            "country_b": fact.countries[1],
            "origin": fact.origin,
            "destination": fact.destination,
            "year": fact.year,
            "date": fact.date,
            "date_precision": precision,
            "partial_period": fact.partial_period,
            "fiscal_year": fact.fiscal_year,
            "amount": fact.amount,
            "currency": fact.currency,
            "value_usd": fact.value_usd,
            "qualifier": fact.qualifier,
            "percent": fact.percent,
            "rank": fact.rank,
            "action": fact.action,
            "person": fact.person,
            "name": fact.name,
            "span_start": fact.start,
            "span_end": fact.end,
            "sentence": fact.quote,
            "basis": fact.basis,
            "unresolved": fact.unresolved,
            "flags": list(fact.flags),
            "extractor_version": EXTRACTOR_VERSION,
            "confidence": fact.confidence,
            "confidence_basis": fact.confidence_basis,
            "status": "proposed",
            "derived": fact.derived,
            "derivation": fact.derivation,
            "derived_from": [],
            "version": 1,
        },
    )


Entry = tuple[dict[str, Any], tuple[FactRecord, ...]]  # an article's row and the facts read from it
Written = tuple[str, int, int]  # ("new" or "present", the article's id, the facts added)


def group_rows(
    group: list[Entry], known: dict[str, int], article_ids: Iterator[int], fact_ids: Iterator[int]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Written]]:
    """The article and fact rows of a group of articles written in one transaction, with their ids given
    here as the database would have given them one article at a time: each article's facts in order, its
    derived facts last, citing its facts' ids. An article whose content is ``known`` (stored before, or
    earlier in the group) is "present" with that id. The INSERTs are plain: an article another process
    stores meanwhile fails the transaction, and the caller then writes the articles one at a time."""
    articles: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    written: list[Written] = []
    for values, facts in group:
        sha = values["sha256"]
        if sha in known:
            written.append(("present", known[sha], 0))
            continue
        article_id = known[sha] = next(article_ids)
        articles.append({"id": article_id, **values})
        id_of: dict[int, int] = {}
        for n, fact in enumerate(facts):
            if not fact.derived:
                id_of[n] = next(fact_ids)
                rows.append({"id": id_of[n], **fact_row(article_id, fact)})
        for fact in facts:
            if fact.derived:
                row = {"id": next(fact_ids), **fact_row(article_id, fact)}
                row["derived_from"] = [id_of[i] for i in fact.derived_from if i in id_of]
                rows.append(row)
        written.append(("new", article_id, len(facts)))
    return articles, rows, written


class CoreWriter:
    """The article and fact INSERTs of an import through SQLAlchemy Core (PostgreSQL, and SQLite before 3.35)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def insert_article(self, values: dict[str, Any]) -> int | None:
        """One round trip: insert unless an article with this content is already stored."""
        return self.conn.execute(_insert_new_article(self.conn).returning(ARTICLES.c.id), values).scalar()

    def insert_facts(self, rows: list[dict[str, Any]], positions: list[int], cited: set[int]) -> dict[int, int]:
        """Insert an article's facts; return the ids of those a derived fact cites, by position.

        Core executemany, not ORM objects (an order of magnitude less overhead per fact). Ids are only asked
        for when a derived fact needs them: on PostgreSQL a plain executemany is a short statement sent in
        pipeline mode, where RETURNING one row at a time costs a round trip each."""
        conn = self.conn
        if not rows:
            return {}
        if not cited:
            conn.execute(insert(FACTS), rows)
            return {}
        if conn.dialect.insert_executemany_returning_sort_by_parameter_order:
            result = conn.execute(insert(FACTS).returning(FACTS.c.id, sort_by_parameter_order=True), rows)
            return dict(zip(positions, (row[0] for row in result), strict=True))
        statement = insert(FACTS).returning(FACTS.c.id)
        return {n: conn.execute(statement, row).scalar_one() for n, row in zip(positions, rows, strict=True)}


class RawSQLiteWriter:
    """The article and fact INSERTs of an import run on the raw sqlite3 connection of the transaction.

    Compiling and executing a Core statement costs about 0.2 ms a time, which made the single writer the
    slowest part of an import; these statements are built once per column set, and every value passes
    through SQLAlchemy's own bind processor for its column, so what is stored is what Core would store."""

    def __init__(self, conn: Connection) -> None:
        self.dialect = conn.dialect
        self.cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]

    @staticmethod
    def fits(conn: Connection | Engine) -> bool:
        return conn.dialect.name == "sqlite" and sqlite3.sqlite_version_info >= (3, 35)  # RETURNING

    def insert_article(self, values: dict[str, Any]) -> int | None:
        tail = 'ON CONFLICT ("sha256") DO NOTHING RETURNING id'
        sql, bound = _statement(ARTICLES, tuple(values), tail, self.dialect)
        with _wrapped(self.dialect, sql):
            found = self.cursor.execute(sql, bound(values)).fetchone()
        return int(found[0]) if found else None

    def insert_facts(self, rows: list[dict[str, Any]], positions: list[int], cited: set[int]) -> dict[int, int]:
        if not rows:
            return {}
        sql, bound = _statement(FACTS, tuple(rows[0]), "", self.dialect)
        ids = {}
        with _wrapped(self.dialect, sql):
            if not cited:
                self.cursor.executemany(sql, [bound(row) for row in rows])
                return {}
            for n, row in zip(positions, rows, strict=True):
                self.cursor.execute(sql, bound(row))
                ids[n] = int(self.cursor.lastrowid or 0)
        return ids

    def insert_group(self, group: list[Entry]) -> list[Written]:
        """Insert several articles and their facts in this transaction (see ``group_rows``): the ids are the
        next after the largest, as SQLite gives them to a table without AUTOINCREMENT, and the transaction
        holds the write lock from its start (BEGIN IMMEDIATE), so no other writer takes them meanwhile."""
        shas = [values["sha256"] for values, _facts in group]
        marks = ", ".join("?" * len(shas))
        with _wrapped(self.dialect, "SELECT max(id) …"):
            last_article, last_fact = self.cursor.execute(
                "SELECT (SELECT coalesce(max(id), 0) FROM articles), (SELECT coalesce(max(id), 0) FROM facts)"
            ).fetchone()
            stored = self.cursor.execute(_STORED.format(marks), shas)
            known = {sha: int(article_id) for article_id, sha in stored}
        ids = itertools.count(last_article + 1), itertools.count(last_fact + 1)
        articles, facts, written = group_rows(group, known, *ids)
        _insert_rows(self.cursor, self.dialect, "?", articles, facts)
        return written


class RawPostgresWriter:
    """The article and fact INSERTs of an import on the psycopg connection of the transaction, pipelined.

    Through Core an article cost seven round trips to the server and 2.3 ms of the single writer (BEGIN, the
    durability setting, the article, its facts, their ids, the derived facts, COMMIT): the writer, not
    extraction, set the pace. Here the transaction's opening, the setting and the article go in one round
    trip, the facts (with the ids a derived fact cites) in one more. Statements are built once per column
    set and every value passes through SQLAlchemy's own bind processor for its column, as on SQLite."""

    def __init__(self, conn: Connection) -> None:
        self.dialect = conn.dialect
        self.driver = conn.connection.driver_connection
        self.cursor = self.driver.cursor()  # type: ignore[union-attr]

    @staticmethod
    def fits(conn: Connection | Engine) -> bool:
        return conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg"

    def insert_article(self, values: dict[str, Any]) -> int | None:
        tail = 'ON CONFLICT ("sha256") DO NOTHING RETURNING id'
        sql, bound = _statement(ARTICLES, tuple(values), tail, self.dialect, "%s")
        with _wrapped(self.dialect, sql), self.driver.pipeline():  # type: ignore[union-attr]
            # Like SQLite's WAL with synchronous=NORMAL: a crash may lose the last moments of an import
            # (running it again adds them) but never leaves an article half-stored. Review edits keep
            # PostgreSQL's full durability.
            self.cursor.execute("SET LOCAL synchronous_commit = off")
            self.cursor.execute(sql, bound(values))
            found = self.cursor.fetchone()
        return int(found[0]) if found else None

    def insert_facts(self, rows: list[dict[str, Any]], positions: list[int], cited: set[int]) -> dict[int, int]:
        if not rows:
            return {}
        tail = "RETURNING id" if cited else ""
        sql, bound = _statement(FACTS, tuple(rows[0]), tail, self.dialect, "%s")
        params = [bound(row) for row in rows]
        ids: list[int] = []
        with _wrapped(self.dialect, sql):
            if not cited:
                self.cursor.executemany(sql, params)
                return {}
            self.cursor.executemany(sql, params, returning=True)
            while True:
                ids.append(int(self.cursor.fetchone()[0]))
                if not self.cursor.nextset():
                    break
        return dict(zip(positions, ids, strict=True))

    def insert_group(self, group: list[Entry]) -> list[Written]:
        """Insert several articles and their facts in this transaction (see ``group_rows``).

        Article by article, the writer waited for the server to insert an article before it could name it
        in its facts, and the server waited for the writer between articles: 1.2-1.4 ms an article, each side
        idle half of it. Here one round trip reserves every id the group needs from the sequences and finds
        the articles already stored, and each table's rows go in one pipelined executemany."""
        count = sum(len(facts) for _values, facts in group)
        with _wrapped(self.dialect, _RESERVE), self.driver.pipeline():  # type: ignore[union-attr]
            self.cursor.execute("SET LOCAL synchronous_commit = off")  # as insert_article says
            self.cursor.execute(_RESERVE, (len(group), count, [values["sha256"] for values, _facts in group]))
            article_ids, fact_ids, stored = self.cursor.fetchone()
        known = {sha: int(article_id) for article_id, sha in stored}
        articles, facts, written = group_rows(group, known, map(int, article_ids), map(int, fact_ids or ()))
        _insert_rows(self.cursor, self.dialect, "%s", articles, facts)  # psycopg pipelines an executemany
        return written


def _insert_rows(
    cursor: Any, dialect: Any, mark: str, articles: list[dict[str, Any]], facts: list[dict[str, Any]]
) -> None:
    """A group's article rows, then its fact rows, one executemany each."""
    for table, rows in ((ARTICLES, articles), (FACTS, facts)):
        if rows:
            sql, bound = _statement(table, tuple(rows[0]), "", dialect, mark)
            with _wrapped(dialect, sql):
                cursor.executemany(sql, [bound(row) for row in rows])


_STORED = "SELECT id, sha256 FROM articles WHERE sha256 IN ({})"  # which of a group's articles SQLite holds
# The ids a group of articles will take, and which of their contents are stored already: one round trip.
_RESERVE = (
    "SELECT (SELECT array_agg(n ORDER BY n) FROM (SELECT nextval(pg_get_serial_sequence('articles', 'id')) AS n "
    "FROM generate_series(1, %s)) a), "
    "(SELECT array_agg(n ORDER BY n) FROM (SELECT nextval(pg_get_serial_sequence('facts', 'id')) AS n "
    "FROM generate_series(1, %s)) f), "
    "(SELECT coalesce(array_agg(ARRAY[id::text, sha256]), '{}') FROM articles WHERE sha256 = ANY(%s))"
)


class _PipelineEndAfterItsError(logging.Filter):
    """Drops psycopg's "error ignored terminating <Pipeline>: pipeline aborted": logged when a pipeline
    (executemany's own) ends after a statement in it failed and that failure is being raised, which is when
    the server's answer came in before the pipeline's end (on a loaded machine, about one time in four). The
    failure itself is raised and handled (a group another process got into first is written one article at
    a time); said in the terminal, the line read as a fault of the import."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("error ignored terminating")


_PIPELINE_END = _PipelineEndAfterItsError()


@contextlib.contextmanager
def _wrapped(dialect: Any, sql: str) -> Iterator[None]:
    """The driver's errors as SQLAlchemy raises them (IntegrityError, OperationalError, …), so a raw write
    fails the way a Core write does: a duplicate is recognised, a store gone or full is said in words."""
    psycopg = logging.getLogger("psycopg") if dialect.name == "postgresql" else None
    if psycopg is not None:
        psycopg.addFilter(_PIPELINE_END)
    try:
        yield
    except dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(sql, None, exc, dialect.loaded_dbapi.Error, dialect=dialect) from exc
    finally:
        if psycopg is not None:
            psycopg.removeFilter(_PIPELINE_END)


class _Binder:
    """A row's values in a statement's column order, each through its column's bind processor: the few
    columns that have one (numbers, JSON, dates, booleans) processed, the rest taken as they are."""

    def __init__(self, columns: tuple[str, ...], processors: tuple[Any, ...], lists: frozenset[str]) -> None:
        self.take = operator.itemgetter(*columns) if len(columns) > 1 else lambda values: (values[columns[0]],)
        self.processed = tuple(
            (i, _quick_empty_list(p) if columns[i] in lists else p) for i, p in enumerate(processors) if p is not None
        )

    def __call__(self, values: dict[str, Any]) -> tuple[Any, ...]:
        row = list(self.take(values))
        for i, process in self.processed:
            row[i] = process(row[i])
        return tuple(row)


def _quick_empty_list(process: Any) -> Any:
    """A JSON column's processor that gives what it gives for [] without running for [] again: nearly every
    fact's two JSON lists are empty, and json.dumps was a fifth of the writer's time."""
    empty = process([])

    def quick(value: Any) -> Any:
        return empty if value.__class__ is list and not value else process(value)

    return quick


@functools.cache
def _statement(table: Table, columns: tuple[str, ...], tail: str, dialect: Any, mark: str = "?") -> tuple[str, _Binder]:
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join([mark] * len(columns))}) {tail}'.rstrip()
    processors = tuple(table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns)
    lists = frozenset(c for c in columns if isinstance(table.c[c].type, JSON))
    return sql, _Binder(columns, processors, lists)


def _insert_new_article(conn: Connection) -> Any:
    """INSERT … ON CONFLICT (sha256) DO NOTHING, in the dialect's own form (SQLite and PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(ARTICLES).on_conflict_do_nothing(index_elements=["sha256"])
    if conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(ARTICLES).on_conflict_do_nothing(index_elements=["sha256"])
    return insert(ARTICLES)  # another engine: a duplicate raises IntegrityError, handled below
