"""Putting articles into the store: one transaction per article, with all its facts or none."""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.domain.facts import Fact as FactRecord
from app.extract.pipeline import EXTRACTOR_VERSION, Extraction, ExtractionError, extract_article
from app.extract.sources import SourceError, SourceText, iter_article_files, read_source
from app.store.engine import Store
from app.store.models import Article, Fact

Progress = Callable[[int, int, str], None]


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


@dataclass(frozen=True)
class FileResult:
    path: str
    status: str  # "new", "present" or "failed"
    reason: str = ""
    article_id: int | None = None
    facts: int = 0


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def facts_added(self) -> int:
        return sum(r.facts for r in self.results if r.status == "new")

    @property
    def failures(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    def summary(self) -> str:
        text = (
            f"{self.count('new')} new, {self.count('present')} already present, {self.count('failed')} failed; "
            f"{self.facts_added} facts added"
        )
        return text + (" (cancelled)" if self.cancelled else "")


def normalised_sha256(text: str) -> str:
    """The content hash that makes re-importing the same article a no-op (whitespace and form ignored)."""
    norm = unicodedata.normalize("NFC", text)
    norm = re.sub(r"\s+", " ", norm).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def _fact_row(article_id: int, fact: FactRecord) -> dict[str, Any]:
    precision = {4: "year", 7: "month", 10: "day"}.get(len(fact.date)) if fact.date else None
    return {
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
        "status": "proposed",
        "derived": fact.derived,
        "derivation": fact.derivation,
        "derived_from": [],
        "version": 1,
    }


def store_article(
    store: Store, source: SourceText, extraction: Extraction, name: str, path: str | None
) -> tuple[str, int | None, int]:
    """Store one article and its facts in one transaction. Returns (status, article id, facts added)."""
    sha = normalised_sha256(source.text)
    with store.sessions() as session:
        existing = session.execute(select(Article.id).where(Article.sha256 == sha)).scalar()
    if existing is not None:
        return "present", existing, 0
    published = extraction.published
    try:
        with store.write_lock, store.sessions.begin() as session:
            article = Article(
                title=extraction.title[:500] or name,
                outlet=extraction.outlet or None,
                published=published.iso() if published else None,
                published_precision=published.precision.value if published else None,
                text=source.text,
                sha256=sha,
                source_name=name,
                source_path=path,
                source_format=source.fmt,
                encoding=source.encoding,
                country_a=extraction.pair[0],
                country_b=extraction.pair[1],
                body_spans=[list(s) for s in extraction.body],
                warnings=list(extraction.warnings),
                extractor_version=EXTRACTOR_VERSION,
            )
            session.add(article)
            session.flush()
            rows = [Fact(**_fact_row(article.id, f)) for f in extraction.facts]
            session.add_all(rows)
            session.flush()  # gives every row its id, so derived facts can name their sources
            for row, fact in zip(rows, extraction.facts, strict=True):
                if fact.derived:
                    row.derived_from = [rows[i].id for i in fact.derived_from if i < len(rows)]
            return "new", article.id, len(extraction.facts)
    except IntegrityError:
        # Another process stored the same article between our check and our insert: one copy is kept.
        with store.sessions() as session:
            existing = session.execute(select(Article.id).where(Article.sha256 == sha)).scalar()
        if existing is None:
            raise
        return "present", existing, 0


def ingest_source(store: Store, source: SourceText, name: str, path: str | None = None) -> FileResult:
    try:
        extraction = extract_article(source.text, source.published, source.title)
    except ExtractionError as exc:
        return FileResult(path or name, "failed", str(exc))
    status, article_id, count = store_article(store, source, extraction, name, path)
    return FileResult(path or name, status, "", article_id, count)


def ingest_file(store: Store, path: Path) -> FileResult:
    try:
        source = read_source(path)
    except SourceError as exc:
        return FileResult(str(path), "failed", str(exc))
    return ingest_source(store, source, path.name, str(path))


def ingest_paths(
    store: Store, paths: list[Path], progress: Progress | None = None, cancel: CancelToken | None = None
) -> IngestReport:
    """Ingest files and folders. Each article is stored whole or not at all; a failure skips one file only."""
    files, problems = iter_article_files(paths)
    report = IngestReport([FileResult(str(p), "failed", reason) for p, reason in problems])
    total = len(files)
    for done, path in enumerate(files):
        if cancel is not None and cancel.cancelled:
            report.cancelled = True
            break
        if progress is not None:
            progress(done, total, path.name)
        try:
            report.results.append(ingest_file(store, path))
        except Exception as exc:
            report.results.append(FileResult(str(path), "failed", f"unexpected error: {type(exc).__name__}: {exc}"))
    if progress is not None:
        progress(len(report.results) - len(problems), total, "")
    return report
