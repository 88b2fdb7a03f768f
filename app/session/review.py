"""Reviewing facts: accept, reject, correct and add, with an undo history and every version kept.

One service for the window and ``dyad review``: the same version check, the same rule for what a
correction may change (``app.store.reviews.REVIEWABLE``), one transaction per change with its entry in
the store's review log. The window keeps this session's undo and redo stacks; the command line undoes
the last change its user made, from the log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.domain.facts import FactKind, ReviewStatus
from app.domain.users import os_user
from app.session.history import History, Step
from app.store.engine import Store
from app.store.reviews import Change, ConflictError, ReviewRepository

_VERBS = {ReviewStatus.ACCEPTED: "accept", ReviewStatus.REJECTED: "reject"}


class ReviewRefused(Exception):
    """The change cannot be made as asked (the fact changed meanwhile, or is gone); nothing changed."""

    def __init__(self, message: str, pair: tuple[str, str] | None = None) -> None:
        super().__init__(message)
        self.pair = pair


@dataclass(frozen=True)
class Outcome:
    """What a change did, in words, and which relationship to show again."""

    message: str  # "Fact 12: accepted", "Undone: accept fact 12"
    pair: tuple[str, str]
    fact_id: int
    version: int | None  # None: the fact is gone (an added fact taken back)


@dataclass(frozen=True)
class FactVersion:
    """One version of a fact: its reviewable state, and the change that made it (None for as read)."""

    version: int
    state: dict[str, Any]
    changed_at: dt.datetime | None
    changed_by: str
    action: str


def _detail(exc: Exception) -> str:
    return str(exc).strip("'")


class ReviewService:
    """Review changes for one user on one store, with this session's undo history."""

    def __init__(self, store: Store, user: str | None = None) -> None:
        self.store = store
        self.user = user or os_user()
        self.history = History()
        self._repo = ReviewRepository(store, self.user)

    def review(
        self, fact_id: int, status: str | ReviewStatus, expected_version: int | None, changes: dict[str, Any]
    ) -> Outcome:
        """Accept, reject or correct a fact at ``expected_version``; ReviewRefused when it moved on."""
        status = ReviewStatus(status)
        verb = _VERBS.get(status, "correct")
        try:
            change = self._repo.review(fact_id, status, expected_version, changes, verb)
        except (ConflictError, KeyError) as exc:
            raise ReviewRefused(_detail(exc)) from exc
        self.history.push(
            Step(fact_id, change.pair, f"{verb} fact {fact_id}", change.id, change.before, change.after),
            change.version_after,
        )
        return Outcome(f"Fact {fact_id}: {status.value}", change.pair, fact_id, change.version_after)

    def add(
        self, article_id: int, span: tuple[int, int], kind: FactKind, pair: tuple[str, str], values: dict[str, Any]
    ) -> Outcome:
        """A fact the analyst read in the article, stored as accepted."""
        try:
            change = self._repo.add(article_id, span, kind, pair, values)
        except KeyError as exc:
            raise ReviewRefused(_detail(exc), pair) from exc
        added = {"article_id": article_id, "span": span, "kind": kind, "pair": pair, "values": dict(values)}
        step = Step(change.fact_id, change.pair, f"add fact {change.fact_id}", change.id, None, change.after, added)
        self.history.push(step, change.version_after)
        return Outcome(f"Fact {change.fact_id} added", change.pair, change.fact_id, change.version_after)

    def undo(self) -> Outcome:
        """Take back this session's last change; ReviewRefused when the fact changed since (by anyone)."""
        if not self.history.done:
            raise ReviewRefused("there is nothing to undo")
        step = self.history.done.pop()
        change = self._apply(step, "undo", step.before)
        self.history.undone.append(step)
        self.history.wrote(change.fact_id, change.version_after)
        return Outcome(f"Undone: {step.label}", step.pair, change.fact_id, change.version_after)

    def redo(self) -> Outcome:
        """Make again the change last undone."""
        if not self.history.undone:
            raise ReviewRefused("there is nothing to redo")
        step = self.history.undone.pop()
        change = self._apply(step, "redo", step.after)
        if change.fact_id != step.fact_id:  # an added fact, added again
            self.history.renumber(step.fact_id, change.fact_id)
            step = Step(change.fact_id, step.pair, step.label, step.change_id, step.before, step.after, step.added)
        self.history.done.append(step)
        self.history.wrote(change.fact_id, change.version_after)
        return Outcome(f"Redone: {step.label}", step.pair, change.fact_id, change.version_after)

    def _apply(self, step: Step, how: str, state: dict[str, Any] | None) -> Change:
        """Put ``state`` back for ``step`` (None: the fact must not exist). A refused step leaves the
        history (it can never apply again); a failing store keeps it, for another try."""
        expected = self.history.versions.get(step.fact_id)
        undoes = step.change_id if how == "undo" else None
        try:
            if state is None:
                assert expected is not None
                return self._repo.remove(step.fact_id, expected, how, undoes)
            if expected is None and step.added is not None:  # redo of an added fact taken back
                a = step.added
                return self._repo.add(a["article_id"], a["span"], a["kind"], a["pair"], a["values"], how)
            assert expected is not None
            return self._repo.put_back(step.fact_id, state, expected, how, undoes)
        except (ConflictError, KeyError) as exc:
            raise ReviewRefused(f"Cannot {how} “{step.label}”: {_detail(exc)}", step.pair) from exc
        except Exception:
            (self.history.done if how == "undo" else self.history.undone).append(step)
            raise

    def undo_last_of_user(self) -> Outcome:
        """The command line's undo: take back the last change this user made (in any session), unless
        the fact changed since."""
        change = self._repo.last_undoable()
        if change is None:
            raise ReviewRefused(f"{self.user} has made no change that can be undone")
        label = f"{change.action} fact {change.fact_id}"
        if change.after is None or change.version_after is None:
            raise ReviewRefused(f"“{label}” took the fact away: add it again instead", change.pair)
        expected = self._expected_for_undo(change)
        try:
            if change.before is None:
                done = self._repo.remove(change.fact_id, expected, "undo", change.id)
            else:
                done = self._repo.put_back(change.fact_id, change.before, expected, "undo", change.id)
        except (ConflictError, KeyError) as exc:
            raise ReviewRefused(f"Cannot undo “{label}”: {_detail(exc)}", change.pair) from exc
        return Outcome(
            f"Undone: {label} (made {change.changed_at:%Y-%m-%d %H:%M})", done.pair, done.fact_id, done.version_after
        )

    def _expected_for_undo(self, change: Change) -> int:
        """The version a change may be undone at: the one it left, or the one this user's own undos of
        later changes left (each put back the state before its change, so the fact is as ``change`` left
        it). Anyone else's change since makes the undo stale."""
        assert change.version_after is not None
        later = [c for c in self._repo.changes(change.fact_id) if c.id > change.id]
        ours = [c for c in later if c.changed_by == self.user and c.action == "undo"]
        taken_back = {c.undoes for c in ours}
        if later and all(c in ours or c.id in taken_back for c in later):
            last = later[-1].version_after
            return last if last is not None else change.version_after
        return change.version_after

    def versions(self, fact_id: int) -> list[FactVersion]:
        """Every version of a fact, oldest first: as read, then after each change, with who and when."""
        current = self._repo.current(fact_id)
        changes = self._repo.changes(fact_id)
        out: list[FactVersion] = []
        for change in changes:
            if not out and change.before is not None and change.version_before is not None:
                out.append(FactVersion(change.version_before, change.before, None, "", "as read"))
            if change.after is not None and change.version_after is not None:
                out.append(
                    FactVersion(change.version_after, change.after, change.changed_at, change.changed_by, change.action)
                )
        if not out and current is not None:
            state, version, _ = current
            out.append(FactVersion(version, state, None, "", "as read"))
        return out

    def restore(self, fact_id: int, version: int, expected_version: int) -> Outcome:
        """Put an earlier version of a fact back (itself a change, which can be undone)."""
        found = next((v for v in self.versions(fact_id) if v.version == version), None)
        if found is None:
            raise ReviewRefused(f"fact {fact_id} has no version {version}")
        label = f"restore fact {fact_id} to version {version}"
        try:
            change = self._repo.put_back(fact_id, found.state, expected_version, f"restore version {version}")
        except (ConflictError, KeyError) as exc:
            raise ReviewRefused(f"Cannot {label}: {_detail(exc)}") from exc
        self.history.push(
            Step(fact_id, change.pair, label, change.id, change.before, change.after), change.version_after
        )
        return Outcome(f"Fact {fact_id}: version {version} restored", change.pair, fact_id, change.version_after)
