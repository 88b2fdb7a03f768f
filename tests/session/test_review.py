"""The review service shared by the window and ``dyad review``: version checks, undo and redo that know
their own versions, every version of a fact kept with who and when, one transaction per change."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from app.domain.facts import FactKind, ReviewStatus
from app.session.review import ReviewRefused, ReviewService
from app.store.engine import Store, open_store
from app.store.ingest import ingest_paths
from app.store.repositories import FactRepository
from tests.conftest import SEEDS


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = open_store(db_url)
    ingest_paths(opened, [SEEDS], workers=1)
    yield opened
    opened.close()


def _total_2019(store: Store) -> tuple[int, int]:
    frame = FactRepository(store).trade_totals(("VNM", "MEX"))
    row = frame[(frame.year == 2019) & (~frame.derived)].iloc[0]
    return int(row.id), int(row.version)


def _value(store: Store, fact_id: int) -> tuple[str, float]:
    row = FactRepository(store).facts().set_index("id").loc[fact_id]
    return str(row.status), float(row.value_usd)


@contextmanager
def _transactions(store: Store) -> Iterator[list[int]]:
    begun: list[int] = []
    listener = lambda conn: begun.append(1)  # noqa: E731
    event.listen(store.engine, "begin", listener)
    try:
        yield begun
    finally:
        event.remove(store.engine, "begin", listener)


def test_two_corrections_of_one_fact_undo_one_after_the_other(store: Store) -> None:
    """Edit 190 million, edit 195 million, undo, undo: the second undo knows the version the first left."""
    service = ReviewService(store, user="ana")
    fact_id, version = _total_2019(store)
    first = service.review(fact_id, "edited", version, {"value_usd": 190e6, "amount": 190e6})
    service.review(fact_id, "edited", first.version, {"value_usd": 195e6, "amount": 195e6})
    assert _value(store, fact_id) == ("edited", 195e6)
    assert service.undo().message == f"Undone: correct fact {fact_id}"
    assert _value(store, fact_id) == ("edited", 190e6)
    service.undo()
    assert _value(store, fact_id) == ("proposed", 6.275e9)
    service.redo()
    service.redo()
    assert _value(store, fact_id) == ("edited", 195e6)


def test_reject_accept_undo_undo(store: Store) -> None:
    service = ReviewService(store, user="ana")
    fact_id, version = _total_2019(store)
    rejected = service.review(fact_id, ReviewStatus.REJECTED, version, {})
    service.review(fact_id, ReviewStatus.ACCEPTED, rejected.version, {})
    service.undo()
    assert _value(store, fact_id)[0] == "rejected"
    service.undo()
    assert _value(store, fact_id)[0] == "proposed"


def test_an_undo_over_someone_elses_change_is_refused_and_changes_nothing(store: Store) -> None:
    service = ReviewService(store, user="ana")
    fact_id, version = _total_2019(store)
    service.review(fact_id, "rejected", version, {})
    FactRepository(store, user="ben").set_status(fact_id, ReviewStatus.ACCEPTED)
    with pytest.raises(ReviewRefused, match=f"Cannot undo “reject fact {fact_id}”: fact {fact_id} was changed"):
        service.undo()
    assert _value(store, fact_id)[0] == "accepted"
    assert service.history.done == []  # a step that can never apply again leaves the history


def test_each_change_is_one_transaction_with_its_log_entry(store: Store) -> None:
    service = ReviewService(store, user="ana")
    fact_id, version = _total_2019(store)
    with _transactions(store) as begun:
        service.review(fact_id, "accepted", version, {})
    assert len(begun) == 1
    with _transactions(store) as begun:
        service.undo()
    assert len(begun) == 1


def test_every_version_is_kept_with_who_and_when_and_can_be_restored(store: Store) -> None:
    fact_id, version = _total_2019(store)
    ana, ben = ReviewService(store, user="ana"), ReviewService(store, user="ben")
    edited = ana.review(fact_id, "edited", version, {"value_usd": 7e9, "amount": 7e9})
    ben.review(fact_id, "rejected", edited.version, {})
    versions = ana.versions(fact_id)
    assert [(v.version, v.state["status"], v.changed_by, v.action) for v in versions] == [
        (1, "proposed", "", "as read"),
        (2, "edited", "ana", "correct"),
        (3, "rejected", "ben", "reject"),
    ]
    assert versions[1].state["value_usd"] == 7e9 and versions[1].changed_at is not None
    restored = ana.restore(fact_id, 1, expected_version=3)
    assert restored.version == 4
    assert _value(store, fact_id) == ("proposed", 6.275e9)
    with pytest.raises(ReviewRefused, match="was changed by someone else"):
        ana.restore(fact_id, 2, expected_version=3)  # stale: it is at version 4 now


def test_an_added_fact_is_undone_and_redone(store: Store) -> None:
    service = ReviewService(store, user="ana")
    article = int(FactRepository(store).facts(("VNM", "MEX")).article_id.iloc[0])
    values = {"year": 2010, "value_usd": 2.5e9, "amount": 2.5e9, "currency": "USD"}
    added = service.add(article, (0, 10), FactKind.TRADE_TOTAL, ("VNM", "MEX"), values)
    assert _value(store, added.fact_id) == ("accepted", 2.5e9)
    service.undo()
    assert added.fact_id not in set(FactRepository(store).facts().id)
    again = service.redo()
    assert _value(store, again.fact_id) == ("accepted", 2.5e9)
    service.undo()  # the re-added fact, under its new id
    assert again.fact_id not in set(FactRepository(store).facts().id)


def test_the_command_lines_undo_takes_back_the_users_last_change_only(store: Store) -> None:
    fact_id, version = _total_2019(store)
    ReviewService(store, user="ana").review(fact_id, "accepted", version, {})
    other = int(FactRepository(store).trade_totals(("VNM", "PER")).id.iloc[0])
    ReviewService(store, user="ben").review(other, "rejected", None, {})
    outcome = ReviewService(store, user="ana").undo_last_of_user()  # a new session: from the log
    assert outcome.message.startswith(f"Undone: accept fact {fact_id} (made ")
    assert _value(store, fact_id)[0] == "proposed"
    assert FactRepository(store).facts().set_index("id").loc[other, "status"] == "rejected"  # ben's stays
    with pytest.raises(ReviewRefused, match="ana has made no change that can be undone"):
        ReviewService(store, user="ana").undo_last_of_user()
