"""The undo and redo history of one session's reviews: a stack of changes (glue's ``CommandStack``).

Qt-free and store-free: a step is what was changed and the state on either side of it; the review
service applies it. The history knows the version its own last write left each fact at, so a second
undo of one fact checks against that, not against the version the first change left (which the first
undo already moved on)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Step:
    """One change this session made: ``before`` and ``after`` are the fact's reviewable state (None for
    a fact that did not exist on that side: an added one)."""

    fact_id: int
    pair: tuple[str, str]
    label: str  # "accept fact 12"
    change_id: int  # the entry in the store's review log
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    added: dict[str, Any] | None = None  # for an added fact: how to add it again (article, span, kind, values)


@dataclass
class History:
    """The undo and redo stacks, and the version each fact was left at by this session's last write."""

    done: list[Step] = field(default_factory=list)
    undone: list[Step] = field(default_factory=list)
    versions: dict[int, int] = field(default_factory=dict)
    limit: int = 200

    def push(self, step: Step, version: int | None) -> None:
        self.done.append(step)
        del self.done[: -self.limit]
        self.undone.clear()
        self.wrote(step.fact_id, version)

    def wrote(self, fact_id: int, version: int | None) -> None:
        """Our write left ``fact_id`` at ``version`` (None: the fact is gone)."""
        if version is None:
            self.versions.pop(fact_id, None)
        else:
            self.versions[fact_id] = version

    def renumber(self, old: int, new: int) -> None:
        """A fact added again gets a new id: the steps that named the old one follow it."""
        for stack in (self.done, self.undone):
            stack[:] = [
                Step(new, s.pair, s.label, s.change_id, s.before, s.after, s.added) if s.fact_id == old else s
                for s in stack
            ]

    def clear(self) -> None:
        self.done.clear()
        self.undone.clear()
        self.versions.clear()

    @property
    def undo_label(self) -> str | None:
        return self.done[-1].label if self.done else None

    @property
    def redo_label(self) -> str | None:
        return self.undone[-1].label if self.undone else None
