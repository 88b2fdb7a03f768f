"""Undo and redo of the analyst's reviews: accept, reject, correct and add.

Each step is applied to the store and undone against the fact's version: an undo after another analyst
changed the fact is refused (ConflictError), like any stale edit, rather than overwriting their work."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.store.engine import Store


@dataclass
class ReviewStep:
    """A fact's review state before and after one accept, reject or correction."""

    fact_id: int
    pair: tuple[str, str]
    label: str  # "accept fact 12"
    before: dict[str, Any]
    after: dict[str, Any]
    version: int  # the fact's version after the state applied last

    def undo(self, store: Store) -> None:
        from app.store.repositories import FactRepository

        self.version = FactRepository(store).restore(self.fact_id, self.before, self.version)

    def redo(self, store: Store) -> None:
        from app.store.repositories import FactRepository

        self.version = FactRepository(store).restore(self.fact_id, self.after, self.version)


@dataclass
class AddStep:
    """A fact the analyst added from a selection: undone by removing it, redone by adding it again."""

    fact_id: int
    pair: tuple[str, str]
    label: str
    article_id: int
    start: int
    end: int
    kind: Any
    values: dict[str, Any]
    version: int = 1

    def undo(self, store: Store) -> None:
        from app.store.repositories import FactRepository

        FactRepository(store).delete(self.fact_id, self.version)

    def redo(self, store: Store) -> None:
        from app.store.repositories import add_fact

        self.fact_id = add_fact(store, self.article_id, self.start, self.end, self.kind, self.pair, **self.values)
        self.version = 1


Step = ReviewStep | AddStep


@dataclass
class History:
    """The undo and redo stacks of one window's session."""

    done: list[Step] = field(default_factory=list)
    undone: list[Step] = field(default_factory=list)
    limit: int = 200

    def push(self, step: Step) -> None:
        self.done.append(step)
        del self.done[: -self.limit]
        self.undone.clear()

    def clear(self) -> None:
        self.done.clear()
        self.undone.clear()
