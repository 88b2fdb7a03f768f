"""What the window shows: frozen records with no SQLAlchemy import, so the GUI can name them cheaply."""

from __future__ import annotations

from dataclasses import dataclass

from app.analysis.series import TradePoint


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    title: str
    outlet: str | None
    published: str | None
    source_name: str
    facts: int  # facts about the pair shown


@dataclass(frozen=True)
class PairView:
    pair: tuple[str, str]  # sorted codes, as stored
    points: tuple[TradePoint, ...]
    articles: tuple[ArticleSummary, ...]
    facts: int
    asked: tuple[str, str] = ("", "")  # the order the analyst picked, for names on screen
    name: str = ""  # "Vietnam–Mexico", in the order asked


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


@dataclass(frozen=True)
class StoreCounts:
    articles: int
    facts: int
