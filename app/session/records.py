"""What the window shows: frozen records with no SQLAlchemy import, so the GUI can name them cheaply."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class PairView:
    pair: tuple[str, str]  # sorted codes, as stored
    points: tuple[TradePoint, ...]
    articles: tuple[ArticleSummary, ...]
    facts: int
    asked: tuple[str, str] = ("", "")  # the order the analyst picked, for names on screen
    name: str = ""  # "Vietnam–Mexico", in the order asked
    milestones: tuple[Milestone, ...] = ()
    fact_rows: tuple[FactRow, ...] = ()
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
