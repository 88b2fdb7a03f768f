"""How sure the extractor is of a fact, and why: a confidence in [0, 1] with its reasons in words.

The confidence starts from the kind's track record on text the rules were not written for (the precision
each kind had on the dev-web pages the day they arrived, before any rule was written for them), and each
thing the extractor can name that makes a reading less certain takes something off: a pair the sentence
does not name, a date relative to the story or taken from the story itself, a fact linked across sentences
or implied without its usual word, a figure converted at an average rate, a flag. A fact at 0.8 or above is
*confident*; the others are *doubtful*, reviewed first and drawn so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.domain.facts import ANNIVERSARY_COUNT, REPORTED_AS_NEWS, Fact, FactKind
from app.domain.frozen import changed
from app.extract.prefilter import rx

CONFIDENT = 0.8
Less = Callable[[float, str], None]  # takes an amount off the confidence, for a reason

# The precision each kind had on text nobody had written rules for (dev-web on arrival: agreement 0.40,
# visit 0.53, relations 0.71, trade total 0.81, growth 0.85, rank 0.93, investment 1.00), raised where
# the failures had a cause the reasons below now name, and never above 0.95.
PRIOR = {
    FactKind.TRADE_TOTAL: 0.9,
    FactKind.TRADE_GROWTH: 0.9,
    FactKind.RELATIONS_ESTABLISHED: 0.9,
    FactKind.PARTNER_RANK: 0.9,
    FactKind.INVESTMENT: 0.88,
    FactKind.EMBASSY: 0.88,
    FactKind.AGREEMENT: 0.88,
    FactKind.VISIT: 0.88,
}

_TWO_WAY = rx(r"\b(?:two[- ]way|bilateral|total|overall|turnover|trade\s+between)\b", re.I)


@dataclass(frozen=True)
class Evidence:
    """What the sentence a fact was read from says about it."""

    named: frozenset[str]  # the countries the sentence names
    relative_date: bool  # a date in the fact's words is relative to the story ("last year", "on Monday")
    sentence_start: int  # where the sentence starts in the article (a quote starting before it reaches back)
    countries_named: int  # how many countries the sentence names
    headline: bool = False  # the sentence is the story's headline, where hopes and targets read as news
    mentions: tuple[tuple[int, int, str], ...] = ()  # the countries named: start, end (in the article), code


def assess(fact: Fact, evidence: Evidence) -> Fact:
    """The fact with its confidence and the reasons for it (``confidence_basis``)."""
    if fact.derived:
        return changed(fact, confidence=0.7, confidence_basis=f"derived: {fact.derivation}")
    score = PRIOR[fact.kind]
    reasons: list[str] = []

    def less(amount: float, reason: str) -> None:
        nonlocal score
        score -= amount
        reasons.append(reason)

    _pair(fact, evidence, less)
    _when(fact, evidence, less)
    _how(fact, evidence, less)
    _kind(fact, less)
    if fact.kind == FactKind.TRADE_TOTAL and _TWO_WAY.search(fact.quote):
        score += 0.03
    confidence = round(min(0.97, max(0.05, score)), 2)
    basis = "; ".join(reasons) if reasons else "stated plainly in one sentence"
    return changed(fact, confidence=confidence, confidence_basis=basis)


def _pair(fact: Fact, evidence: Evidence, less: Less) -> None:
    named = [c for c in fact.countries if c in evidence.named]
    if not named:
        less(0.06, "pair from the story, the sentence names neither country")
    elif len(named) == 1:
        less(0.03, "one side from the story")
    # A figure or rank among several countries is easily given to the wrong two; not one whose own words name
    # its two and no other ("Trade between Bangladesh and India reached $15.9 billion …, making India
    # Bangladesh's second largest trading partner after China").
    if evidence.countries_named >= 3 and not _named_alone(fact, evidence):
        figure = fact.kind in (FactKind.TRADE_TOTAL, FactKind.TRADE_GROWTH, FactKind.PARTNER_RANK)
        less(0.15 if figure else 0.03, f"the sentence names {evidence.countries_named} countries")
    if "dateline's capital" in (fact.basis or ""):
        less(0.06, "pair from the dateline")
    if evidence.headline:
        less(0.15, "read from the headline")


def _named_alone(fact: Fact, evidence: Evidence) -> bool:
    """Whether the fact's quote names both its countries and no other."""
    within = {code for start, end, code in evidence.mentions if fact.start <= start and end <= fact.end}
    return within == set(fact.countries)


def _when(fact: Fact, evidence: Evidence, less: Less) -> None:
    basis = fact.basis or ""
    if fact.unresolved:
        less(0.25, f"date not resolved (“{fact.unresolved}”)")
    elif basis.startswith(REPORTED_AS_NEWS) or "a wire story's lead" in basis:
        less(0.05, "dated by the story, the text gives no date")
    elif basis.startswith(f"{ANNIVERSARY_COUNT}publication year"):
        less(0.15, "year counted back from the anniversary and the story's year")
    elif evidence.relative_date or "publication" in basis:
        less(0.02, "date relative to publication")
    if "the story's year" in basis:
        less(0.1, "a stop of a tour, at the story's year")
    if fact.kind in (FactKind.VISIT, FactKind.AGREEMENT, FactKind.EMBASSY) and fact.date is None:
        less(0.15, "no date stated")
    if fact.fiscal_year:
        less(0.04, f"fiscal year {fact.fiscal_year}")


def _how(fact: Fact, evidence: Evidence, less: Less) -> None:
    basis = fact.basis or ""
    if basis.startswith("implied"):
        less(0.12, basis)
    if fact.start < evidence.sentence_start or "sentence before" in basis:
        less(0.12, "linked across sentences")
    if "one of a list" in basis:
        less(0.08, "read from a list")
    if "in the clause it is set against" in basis or "the sentence opens with" in basis:
        less(0.08, "year from elsewhere in the sentence")
    if "average rate" in basis:
        less(0.02, "converted at the year's average rate")
    for flag in fact.flags:
        less(0.15, f"flagged: {flag.split(':', 1)[0]}")


_VISITING = rx(r"\bvisit(?:ing|s)\b", re.I)
_VISIT = rx(r"\bvisit\b", re.I)
_SEVERAL_DOCUMENTS = rx(r"\b(?:documents|agreements)\b")
_AS_OF = rx(r"\bas\s+of\b", re.I)


def _kind(fact: Fact, less: Less) -> None:
    if fact.kind == FactKind.VISIT:
        if not fact.person:
            less(0.15, "no visitor named")
        if _VISITING.search(fact.quote) and not _VISIT.search(fact.quote):
            less(0.1, "told as “visiting” or “visits”")
    if fact.kind == FactKind.AGREEMENT and fact.name and _SEVERAL_DOCUMENTS.search(fact.name):
        less(0.04, "several documents at once")
    if fact.kind == FactKind.TRADE_GROWTH and fact.year is None:
        less(0.1, "no year stated for the rate")
    if fact.kind == FactKind.TRADE_TOTAL:
        if fact.value_usd is not None and fact.value_usd < 1e6:
            less(0.15, "a small figure for two countries' trade")
        if _AS_OF.search(fact.quote) and not fact.partial_period:
            less(0.15, "“as of”: perhaps a running total")
