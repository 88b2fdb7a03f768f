"""What the window shows: frozen records with no SQLAlchemy import, so the GUI can name them cheaply."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from app.analysis.official import OfficialSeries
from app.analysis.series import PairSummary, TradePoint


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    title: str
    outlet: str | None
    published: str | None
    source_name: str
    facts: int  # facts about the pair shown


@dataclass(frozen=True)
class Milestone:
    """A dated diplomatic event: relations established, an embassy, a visit, an agreement."""

    fact_id: int
    article_id: int
    kind: str
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD: its length is its precision
    description: str
    doubtful: bool = False  # the extractor is not sure of it (confidence under 0.8): drawn faded


@dataclass(frozen=True)
class FactRow:
    """One fact as the review table shows it."""

    id: int
    article_id: int
    kind: str
    when: str
    value: str
    qualifier: str
    file: str
    status: str
    derived: bool
    version: int
    sentence: str
    description: str
    value_usd: float | None
    year: int | None
    date: str | None
    percent: float | None
    flags: tuple[str, ...] = ()  # what is suspect about it, stored by the extractor or found in its series
    person: str | None = None
    source: str = ""  # the article as a reader names it: outlet and date, or its title
    confidence: float = 1.0  # under 0.8: doubtful, reviewed first
    confidence_basis: str = ""
    also: tuple[int, ...] = ()  # the same event as other articles state it (folded into this row)

    @property
    def doubtful(self) -> bool:
        return self.confidence < 0.8 and self.status == "proposed" and not self.derived


class FactRows(Sequence[FactRow]):
    """A relationship's fact rows, built the first time they are read: at a switch only the Facts tab shows them,
    and behind the Articles tab (where the window opens) it does not read them. Building ~550 rows, each with
    its description, was a quarter of reading a relationship on a 20,000-article store (3.4 of 13 ms). Built
    once, under a lock (a report may read them on a worker); equal to the tuple of the same rows."""

    __slots__ = ("_build", "_lock", "_rows")

    def __init__(self, build: Callable[[], Iterable[FactRow]]) -> None:
        self._build: Callable[[], Iterable[FactRow]] | None = build
        self._rows: tuple[FactRow, ...] | None = None
        self._lock = threading.Lock()

    @property
    def built(self) -> bool:
        return self._rows is not None

    @property
    def rows(self) -> tuple[FactRow, ...]:
        rows = self._rows
        if rows is None:
            with self._lock:
                if self._rows is None:
                    assert self._build is not None
                    self._rows = tuple(self._build())
                    self._build = None  # what they were built from is let go
                rows = self._rows
        return rows

    @overload
    def __getitem__(self, index: int) -> FactRow: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[FactRow, ...]: ...
    def __getitem__(self, index: int | slice) -> FactRow | tuple[FactRow, ...]:
        return self.rows[index]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[FactRow]:
        return iter(self.rows)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FactRows):
            return self.rows == other.rows
        if isinstance(other, tuple):
            return self.rows == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.rows)

    def __repr__(self) -> str:
        return f"FactRows({self.rows!r})" if self.built else "FactRows(not built yet)"

    def __reduce__(self) -> tuple[type[tuple[FactRow, ...]], tuple[tuple[FactRow, ...]]]:
        return tuple, (self.rows,)  # pickled and copied as the rows themselves


@dataclass(frozen=True)
class PairView:
    pair: tuple[str, str]  # sorted codes, as stored
    points: tuple[TradePoint, ...]
    articles: tuple[ArticleSummary, ...]
    facts: int
    asked: tuple[str, str] = ("", "")  # the order the analyst picked, for names on screen
    name: str = ""  # "Vietnam–Mexico", in the order asked
    milestones: tuple[Milestone, ...] = ()
    fact_rows: Sequence[FactRow] = ()  # a FactRows, built when read, as the store gives them
    summary: PairSummary | None = None
    established: str | None = None  # the date the timeline aligns on
    official: tuple[OfficialSeries, ...] = ()  # official two-way totals, per dataset and reporter
    unconverted: tuple[str, ...] = ()  # trade totals in another currency with no rate: "NLG 110 bn (1986)"


@dataclass(frozen=True)
class FactSpan:
    id: int
    kind: str
    start: int
    end: int
    description: str
    status: str
    derived: bool


@dataclass(frozen=True)
class ArticleView:
    id: int
    title: str
    outlet: str | None
    published: str | None
    source_name: str
    text: str
    body_spans: tuple[tuple[int, int], ...]
    facts: tuple[FactSpan, ...]
    warnings: tuple[str, ...] = ()  # what reading the file changed or could not settle


@dataclass(frozen=True)
class StoreCounts:
    articles: int
    facts: int
