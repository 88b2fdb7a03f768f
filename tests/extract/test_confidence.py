"""Every fact's confidence, with the reasons the extractor can name; 0.8 and above is confident."""

from __future__ import annotations

import json

import pytest

from app.domain.facts import FactKind
from app.extract.confidence import CONFIDENT
from app.extract.pipeline import extract_article
from tests.extract.helpers import facts_of, only


def test_a_figure_stated_plainly_is_confident() -> None:
    total = only("Two-way trade between Chile and Peru reached US$3.2 billion in 2019.", FactKind.TRADE_TOTAL, "2020")
    assert total.confidence >= 0.9
    assert total.confidence_basis == "stated plainly in one sentence"


@pytest.mark.parametrize(
    ("text", "kind", "reason"),
    [
        (
            " date 2018-04-12 Chile-Peru trade hits US$5 bln in 2017\n\nOfficials met in Lima.",
            FactKind.TRADE_TOTAL,
            "read from the headline",
        ),
        (
            " date 2018-04-12 Trade between Chile and Peru grew in 2017. It reached US$5 billion.",
            FactKind.TRADE_TOTAL,
            "linked across sentences",
        ),
        (
            " date 2018-04-12 LIMA, April 12 - Talks between Peru and Chile ended. The visiting delegation left on "
            "Monday after a two-day visit.",
            FactKind.VISIT,
            "no visitor named",
        ),
        (
            " date 2018-04-12 Peru's trade with Chile, Bolivia and Ecuador reached US$5 billion, US$2 billion and "
            "US$1 billion in 2017, respectively.",
            FactKind.TRADE_TOTAL,
            "the sentence names 4 countries",
        ),
        (
            " date 2018-04-12 China overtook the United States to become Japan's largest trading partner.",
            FactKind.PARTNER_RANK,
            "the sentence names 3 countries",
        ),
    ],
)
def test_what_makes_a_reading_doubtful_is_named(text: str, kind: FactKind, reason: str) -> None:
    found = [f for f in extract_article(text).facts if f.kind == kind and not f.derived]
    assert found, "the fact is still read"
    assert all(f.confidence < CONFIDENT and f.confidence_basis and reason in f.confidence_basis for f in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a figure or rank whose own words name its two countries and no other, others named elsewhere in the sentence
        (
            "Trade between Chile and Peru reached US$5 billion in 2017, ahead of Bolivia and Ecuador.",
            FactKind.TRADE_TOTAL,
        ),
        (
            "Bilateral trade between Bangladesh and India reached $15.9 billion in 2022, making India Bangladesh's "
            "second largest trading partner after China.",
            FactKind.TRADE_TOTAL,
        ),
        (
            "Bilateral trade between Bangladesh and India reached $15.9 billion in 2022, making India Bangladesh's "
            "second largest trading partner after China.",
            FactKind.PARTNER_RANK,
        ),
        ("Japan is Peru's fourth trade partner, after China, the United States and Brazil.", FactKind.PARTNER_RANK),
    ],
)
def test_other_countries_outside_a_facts_own_words_leave_it_confident(text: str, kind: FactKind) -> None:
    fact = only(text, kind, "2023-03-01")
    assert fact.confidence >= CONFIDENT and fact.confidence_basis == "stated plainly in one sentence"


def test_a_derived_figure_says_how() -> None:
    facts = facts_of("Trade between Chile and Peru reached US$5 billion in 2019, up 25 percent over 2018.", "2020-01")
    derived = next(f for f in facts if f.derived)
    assert derived.confidence == 0.7 and derived.confidence_basis is not None
    assert derived.confidence_basis.startswith("derived: $5B in 2019 ÷ (1 + 25 %)")


def test_the_record_carries_the_confidence_and_its_reasons() -> None:
    total = only("Two-way trade between Chile and Peru reached US$3.2 billion in 2019.", FactKind.TRADE_TOTAL, "2020")
    record = json.loads(json.dumps(total.to_record("a.txt")))
    assert record["confidence"] == total.confidence
    assert record["confidence_basis"] == "stated plainly in one sentence"


def test_a_figure_of_a_group_of_countries_is_no_pairs_fact_at_all() -> None:
    text = " date 2018-04-12 Trade between Chile and Peru, Bolivia and Ecuador reached US$9 billion in 2017."
    assert [f for f in extract_article(text).facts if f.kind == FactKind.TRADE_TOTAL] == []


def test_a_relative_date_and_an_unnamed_pair_lower_it_a_little() -> None:
    text = " date 2018-04-12 Chile and Peru held talks. Trade reached US$5 billion last year, officials said."
    total = next(f for f in extract_article(text).facts if f.kind == FactKind.TRADE_TOTAL)
    assert total.confidence_basis == (
        "pair from the story, the sentence names neither country; date relative to publication"
    )
    assert 0.8 <= total.confidence < 0.9
