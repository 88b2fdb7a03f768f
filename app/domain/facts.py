"""The kinds of fact Dyad reads, and the fact record shared by the extractor, store and views."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class FactKind(StrEnum):
    TRADE_TOTAL = "trade_total"
    TRADE_GROWTH = "trade_growth"
    RELATIONS_ESTABLISHED = "relations_established"
    EMBASSY = "embassy"
    VISIT = "visit"
    AGREEMENT = "agreement"
    INVESTMENT = "investment"
    PARTNER_RANK = "partner_rank"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    FactKind.TRADE_TOTAL: "Trade total",
    FactKind.TRADE_GROWTH: "Trade growth",
    FactKind.RELATIONS_ESTABLISHED: "Relations established",
    FactKind.EMBASSY: "Embassy",
    FactKind.VISIT: "Visit",
    FactKind.AGREEMENT: "Agreement",
    FactKind.INVESTMENT: "Investment",
    FactKind.PARTNER_RANK: "Partner rank",
}

MILESTONE_KINDS = (FactKind.RELATIONS_ESTABLISHED, FactKind.EMBASSY, FactKind.VISIT, FactKind.AGREEMENT)


class ReviewStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EDITED = "edited"


# The basis of a fact dated by its story because the text gives no date ("is on a state visit"): the
# date stands in for the event's own, and a fact the story dates itself is the same event.
REPORTED_AS_NEWS = "reported as news"
# ... by a headline that tells a signing in the present ("Vietnam, Peru sign MoU"): the story's signing, which
# the body, when it tells one, tells more closely.
HEADLINE_PRESENT = "told in the headline's present"
# ... by a year counted back from an anniversary ("the 60th anniversary", "celebrate 60 years of relations").
ANNIVERSARY_COUNT = "anniversary: "


def fiscal_label(fiscal_year: str) -> str:
    """How a fiscal year is shown: "FY 2018-19"."""
    return f"FY {fiscal_year}"


def pair_key(a: str, b: str) -> tuple[str, str]:
    """A relationship is unordered: VNM–MEX and MEX–VNM are the same pair."""
    return (a, b) if a <= b else (b, a)


@dataclass(frozen=True)
class Fact:
    """One fact read from (or derived from facts in) one article."""

    kind: FactKind
    countries: tuple[str, str]  # sorted alpha-3 codes
    quote: str
    start: int  # span of ``quote`` in the article's stored text
    end: int
    year: int | None = None
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    partial_period: str | None = None
    fiscal_year: str | None = None  # "2018-19": the figure is for a fiscal year (``year`` is the year it starts in)
    amount: float | None = None
    currency: str | None = None
    value_usd: float | None = None
    qualifier: str | None = None
    percent: float | None = None
    rank: int | None = None
    origin: str | None = None  # direction: the country acting (visitor, investor, embassy owner)
    destination: str | None = None
    action: str | None = None  # opened / closed / reopened for embassies
    person: str | None = None
    name: str | None = None  # the agreement's name
    basis: str | None = None  # how a date or figure was read ("anniversary: 2020 − 45")
    unresolved: str | None = None  # a relative expression left unresolved ("this year")
    flags: tuple[str, ...] = ()
    confidence: float = 0.8
    confidence_basis: str | None = None  # why the confidence is what it is ("pair from the dateline; …")
    derived: bool = False
    derivation: str | None = None
    derived_from: tuple[int, ...] = field(default=())  # indices into the same article's facts

    def to_record(self, file: str) -> dict[str, Any]:
        """The JSON Lines record of ``../shared/eval/README.md`` (extra keys follow the scored ones)."""
        return {
            "file": file,
            "kind": self.kind.value,
            "countries": list(self.countries),
            "year": self.year,
            "date": self.date,
            "value_usd": self.value_usd,
            "partial_period": self.partial_period,
            "fiscal_year": self.fiscal_year,
            "qualifier": self.qualifier,
            "percent": self.percent,
            "quote": self.quote,
            "derived": self.derived,
            "start": self.start,
            "end": self.end,
            "amount": self.amount,
            "currency": self.currency,
            "rank": self.rank,
            "origin": self.origin,
            "destination": self.destination,
            "action": self.action,
            "person": self.person,
            "name": self.name,
            "basis": self.basis,
            "unresolved": self.unresolved,
            "flags": list(self.flags),
            "confidence": self.confidence,
            "confidence_basis": self.confidence_basis,
            "derivation": self.derivation,
        }
