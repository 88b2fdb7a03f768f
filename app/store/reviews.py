"""Review changes of facts, each in one transaction with its entry in the review log.

A change (accept, reject, correct, add, and the undo, redo or restore of one) locks the fact, checks
its version, applies the change and writes who made it, when, and the state before and after, all in
one transaction. The log is what lets any earlier version of a fact be restored, and the command line
undo the last change its user made."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm.exc import StaleDataError

from app.domain.facts import FactKind, ReviewStatus, pair_key
from app.store.engine import Store
from app.store.models import Article, Fact, FactChange, fit_values, utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

FACT_TABLE = cast(Table, Fact.__table__)

# The columns a review sets, and so what undoing one puts back.
REVIEWABLE = (
    "status",
    "reviewed_at",
    "value_usd",
    "amount",
    "currency",
    "percent",
    "year",
    "date",
    "date_precision",
    "person",
)


class ConflictError(Exception):
    """A review edit was made against a fact that someone else changed meanwhile."""


@dataclass(frozen=True)
class Change:
    """One entry of the review log."""

    id: int
    fact_id: int
    action: str
    version_before: int | None
    version_after: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    changed_at: dt.datetime
    changed_by: str
    undoes: int | None
    pair: tuple[str, str]


def _state(row: Fact) -> dict[str, Any]:
    """A fact's reviewable state as JSON values (the time as ISO 8601 text)."""
    state = {c: getattr(row, c) for c in REVIEWABLE}
    if isinstance(state["reviewed_at"], dt.datetime):
        state["reviewed_at"] = state["reviewed_at"].isoformat()
    return state


def _columns(state: dict[str, Any]) -> dict[str, Any]:
    """A logged state back as column values."""
    values = {c: state.get(c) for c in REVIEWABLE}
    if isinstance(values["reviewed_at"], str):
        values["reviewed_at"] = dt.datetime.fromisoformat(values["reviewed_at"])
    return values


def _change(log: FactChange, pair: tuple[str, str]) -> Change:
    return Change(
        log.id,
        log.fact_id,
        log.action,
        log.version_before,
        log.version_after,
        log.before,
        log.after,
        log.changed_at,
        log.changed_by,
        log.undoes,
        pair,
    )


class ReviewRepository:
    """Writes review changes for ``user`` (the name the log keeps), one transaction each."""

    def __init__(self, store: Store, user: str) -> None:
        self.store = store
        self.user = user[:100]

    @contextmanager
    def _locked(self, fact_id: int, expected_version: int | None) -> Iterator[tuple[Session, Fact]]:
        """The fact in a write transaction, locked while it is read (FOR UPDATE on PostgreSQL; SQLite's write
        transaction locks the store): two reviews of one fact take turns, so only a stale expected version
        conflicts. KeyError for no such fact (an id outside the column's range included)."""
        largest = 2**31 - 1 if self.store.engine.dialect.name == "postgresql" else 2**63 - 1
        if not 1 <= fact_id <= largest:
            raise KeyError(f"no fact {fact_id}")
        with self.store.write_session() as session:
            row = session.get(Fact, fact_id, with_for_update=True)
            if row is None:
                raise KeyError(f"no fact {fact_id}")
            if expected_version is not None and row.version != expected_version:
                raise ConflictError(f"fact {fact_id} was changed by someone else (now version {row.version})")
            yield session, row

    def _log(self, session: Session, fact_id: int, action: str, pair: tuple[str, str], **values: Any) -> Change:
        log = FactChange(fact_id=fact_id, action=action, changed_at=utcnow(), changed_by=self.user, **values)
        session.add(log)
        session.flush()
        return _change(log, pair)

    @staticmethod
    def _flushed_version(session: Session, row: Fact) -> int:
        try:
            session.flush()
        except StaleDataError as exc:
            raise ConflictError(f"fact {row.id} was changed by someone else meanwhile") from exc
        return row.version

    def review(
        self, fact_id: int, status: ReviewStatus, expected_version: int | None, changes: dict[str, Any], action: str
    ) -> Change:
        """Accept, reject or correct a fact. ConflictError when it is no longer at ``expected_version``."""
        with self._locked(fact_id, expected_version) as (session, row):
            before, version = _state(row), row.version
            for key, value in fit_values(FACT_TABLE, changes).items():
                setattr(row, key, value)
            row.status = status.value
            row.reviewed_at = utcnow()
            after = self._flushed_version(session, row)
            pair = (row.country_a, row.country_b)
            return self._log(
                session,
                fact_id,
                action,
                pair,
                version_before=version,
                version_after=after,
                before=before,
                after=_state(row),
            )

    def put_back(
        self, fact_id: int, state: dict[str, Any], expected_version: int, action: str, undoes: int | None = None
    ) -> Change:
        """Put a logged state back (undo, redo, restore); ConflictError when the fact changed since."""
        with self._locked(fact_id, expected_version) as (session, row):
            before, version = _state(row), row.version
            for key, value in _columns(state).items():
                setattr(row, key, value)
            after = self._flushed_version(session, row)
            pair = (row.country_a, row.country_b)
            return self._log(
                session,
                fact_id,
                action,
                pair,
                version_before=version,
                version_after=after,
                before=before,
                after=_state(row),
                undoes=undoes,
            )

    def add(
        self,
        article_id: int,
        span: tuple[int, int],
        kind: FactKind,
        pair: tuple[str, str],
        values: dict[str, Any],
        action: str = "add",
        undoes: int | None = None,
    ) -> Change:
        """A fact the analyst read in the article: stored as accepted, marked as entered by hand."""
        a, b = pair_key(*pair)
        start, end = span
        with self.store.write_session() as session:
            article = session.get(Article, article_id)
            if article is None:
                raise KeyError(f"no article {article_id}")
            row = Fact(
                article_id=article_id,
                kind=kind.value,
                country_a=a,
                country_b=b,
                span_start=start,
                span_end=end,
                sentence=article.text[start:end],
                extractor_version="manual",
                confidence=1.0,
                confidence_basis="entered by the analyst",
                status=ReviewStatus.ACCEPTED.value,
                reviewed_at=utcnow(),
                derived=False,
                flags=[],
                derived_from=[],
                basis="entered by the analyst",
                **fit_values(FACT_TABLE, values),
            )
            session.add(row)
            session.flush()
            return self._log(
                session, row.id, action, (a, b), version_after=row.version, after=_state(row), undoes=undoes
            )

    def remove(self, fact_id: int, expected_version: int, action: str, undoes: int | None = None) -> Change:
        """Take back a fact the analyst added; ConflictError when it has changed since."""
        with self._locked(fact_id, expected_version) as (session, row):
            if row.extractor_version != "manual":
                raise ConflictError(f"fact {fact_id} was read from its article: reject it instead of removing it")
            before, version, pair = _state(row), row.version, (row.country_a, row.country_b)
            session.delete(row)
            session.flush()
            return self._log(session, fact_id, action, pair, version_before=version, before=before, undoes=undoes)

    def changes(self, fact_id: int) -> list[Change]:
        """Every logged change of a fact, oldest first."""
        with self.store.sessions() as session:
            logs = session.execute(select(FactChange).where(FactChange.fact_id == fact_id).order_by(FactChange.id))
            found = list(logs.scalars())
            fact = session.get(Fact, fact_id)
            pair = (fact.country_a, fact.country_b) if fact is not None else ("", "")
            return [_change(log, pair) for log in found]

    def last_undoable(self) -> Change | None:
        """This user's latest change that is not an undo and has not been undone."""
        with self.store.sessions() as session:
            undone = select(FactChange.undoes).where(FactChange.undoes.is_not(None))
            query = (
                select(FactChange)
                .where(
                    FactChange.changed_by == self.user,
                    FactChange.action != "undo",
                    FactChange.id.not_in(undone),
                )
                .order_by(FactChange.id.desc())
                .limit(1)
            )
            log = session.execute(query).scalar_one_or_none()
            if log is None:
                return None
            fact = session.get(Fact, log.fact_id)
            pair = (fact.country_a, fact.country_b) if fact is not None else ("", "")
            return _change(log, pair)

    def current(self, fact_id: int) -> tuple[dict[str, Any], int, tuple[str, str]] | None:
        """A fact's reviewable state, version and pair now; None when it is gone."""
        with self.store.sessions() as session:
            row = session.get(Fact, fact_id)
            if row is None:
                return None
            return _state(row), row.version, (row.country_a, row.country_b)
