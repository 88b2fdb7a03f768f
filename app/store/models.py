"""SQLAlchemy typed models. Kept in step with the Alembic migrations in ``db/versions``."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Country(Base):
    __tablename__ = "countries"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    alpha2: Mapped[str] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(String(120))
    official_name: Mapped[str] = mapped_column(String(200))


class CountryAlias(Base):
    __tablename__ = "country_aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(ForeignKey("countries.code", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10))  # name, demonym, capital


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    outlet: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[str | None] = mapped_column(String(10))  # YYYY, YYYY-MM or YYYY-MM-DD
    published_precision: Mapped[str | None] = mapped_column(String(5))  # year, month, day; NULL = unknown
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source_name: Mapped[str] = mapped_column(String(500))
    source_path: Mapped[str | None] = mapped_column(Text)
    source_format: Mapped[str] = mapped_column(String(10))
    encoding: Mapped[str | None] = mapped_column(String(20))
    country_a: Mapped[str] = mapped_column(ForeignKey("countries.code"))
    country_b: Mapped[str] = mapped_column(ForeignKey("countries.code"))
    body_spans: Mapped[list[Any]] = mapped_column(JSON, default=list)
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    extractor_version: Mapped[str] = mapped_column(String(20))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (Index("ix_articles_pair", "country_a", "country_b"),)


class Fact(Base):
    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    country_a: Mapped[str] = mapped_column(ForeignKey("countries.code"))
    country_b: Mapped[str] = mapped_column(ForeignKey("countries.code"))
    origin: Mapped[str | None] = mapped_column(String(3))
    destination: Mapped[str | None] = mapped_column(String(3))
    year: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(5))
    partial_period: Mapped[str | None] = mapped_column(String(60))
    fiscal_year: Mapped[str | None] = mapped_column(String(9))  # "2018-19"; ``year`` is the year it starts in
    amount: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(3))
    value_usd: Mapped[float | None] = mapped_column(Float)
    qualifier: Mapped[str | None] = mapped_column(String(40))
    percent: Mapped[float | None] = mapped_column(Float)
    rank: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str | None] = mapped_column(String(20))
    person: Mapped[str | None] = mapped_column(String(200))
    name: Mapped[str | None] = mapped_column(String(300))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    basis: Mapped[str | None] = mapped_column(Text)
    unresolved: Mapped[str | None] = mapped_column(String(100))
    flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    extractor_version: Mapped[str] = mapped_column(String(20))
    confidence: Mapped[float] = mapped_column(Float)
    confidence_basis: Mapped[str | None] = mapped_column(Text)  # why the confidence is what it is, in words
    status: Mapped[str] = mapped_column(String(10), default="proposed")
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    derived: Mapped[bool] = mapped_column(Boolean, default=False)
    derivation: Mapped[str | None] = mapped_column(Text)
    derived_from: Mapped[list[Any]] = mapped_column(JSON, default=list)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative form
    __table_args__ = (Index("ix_facts_pair_kind", "country_a", "country_b", "kind"),)


class FactChange(Base):
    """One review change of a fact: who made it, when, and the reviewable state before and after it."""

    __tablename__ = "fact_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fact_id: Mapped[int] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(40))  # accept, reject, correct, add, remove, undo, redo, restore
    version_before: Mapped[int | None] = mapped_column(Integer)  # None for a fact the change added
    version_after: Mapped[int | None] = mapped_column(Integer)  # None for a fact the change removed
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(100), index=True)
    undoes: Mapped[int | None] = mapped_column(Integer)  # the change this one took back


class ExchangeRate(Base):
    """A rate the analyst gave: how many US dollars one unit of ``currency`` was worth in ``year``."""

    __tablename__ = "exchange_rates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    year: Mapped[int] = mapped_column(Integer)
    usd_per_unit: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(Text)
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    entered_by: Mapped[str] = mapped_column(String(100))

    __table_args__ = (UniqueConstraint("currency", "year", name="uq_exchange_rates_currency_year"),)


class StatisticsFile(Base):
    """An official statistics file imported (UN Comtrade, IMF, WITS): what it was and how it was read."""

    __tablename__ = "official_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    path: Mapped[str | None] = mapped_column(Text)
    layout: Mapped[str] = mapped_column(String(60))
    dataset: Mapped[str] = mapped_column(String(20))
    encoding: Mapped[str | None] = mapped_column(String(20))
    retrieved: Mapped[str | None] = mapped_column(String(10))  # when the file says it was retrieved
    rows: Mapped[int] = mapped_column(Integer)
    figures: Mapped[int] = mapped_column(Integer)
    skipped: Mapped[str | None] = mapped_column(Text)  # the rows left out, by reason, in words
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Statistic(Base):
    """One official figure: what ``reporter`` reports as its exports to (X) or imports from (M) ``partner``
    in ``year``, in US dollars; one per dataset, reporter, partner, flow and year."""

    __tablename__ = "official_figures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("official_files.id", ondelete="CASCADE"), index=True)
    dataset: Mapped[str] = mapped_column(String(20))
    reporter: Mapped[str] = mapped_column(String(3))
    partner: Mapped[str] = mapped_column(String(3))
    flow: Mapped[str] = mapped_column(String(1))
    year: Mapped[int] = mapped_column(Integer)
    value_usd: Mapped[float] = mapped_column(Float)
    valuation: Mapped[str] = mapped_column(String(3))  # FOB or CIF
    estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    line: Mapped[int] = mapped_column(Integer)  # where in its file

    __table_args__ = (
        UniqueConstraint("dataset", "reporter", "partner", "flow", "year", name="uq_official_figures_key"),
        Index("ix_official_figures_pair", "reporter", "partner"),
    )


_NUL = "\x00"


def fit_values(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Make values fit their columns on every engine: SQLite ignores a String's length and keeps NULs,
    PostgreSQL refuses both. Over-long text is cut and ends with "…"; NUL characters are dropped."""
    lengths = _string_lengths(table)
    fitted = dict(values)
    for key, value in values.items():
        if not isinstance(value, str):
            continue
        if _NUL in value:
            value = value.replace(_NUL, "")
        limit = lengths.get(key)
        if limit is not None and len(value) > limit:
            value = value[: limit - 1] + "…"
        fitted[key] = value
    return fitted


@cache
def _string_lengths(table: Table) -> dict[str, int]:
    return {
        column.name: column.type.length
        for column in table.columns
        if isinstance(column.type, String) and column.type.length is not None
    }
