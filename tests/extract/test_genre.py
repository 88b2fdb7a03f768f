"""How the genre writes facts across outlets and eras: invented sentences, one phenomenon each.

Newswire of the 1980s ("mln dlrs", "pct", datelines, hard-wrapped lines, the Soviet Union), world press
in many currencies, and dates relative to the story. None of these sentences is from an eval set.
"""

from __future__ import annotations

import pytest

from app.domain.facts import FactKind
from app.extract.pipeline import extract_article
from tests.extract.helpers import facts_of, only

WIRE = """ date 1988-04-14
HUNGARY-AUSTRIA TRADE ROSE IN 1987
    VIENNA, April 14 - Trade between Austria and Hungary
rose to 2.4 billion dlrs last year from 2.1 billion dlrs in
1986, the Austrian trade ministry said.
    The ministry said the two countries signed a trade
protocol yesterday.
 Reuter
"""


def test_hard_wrapped_newswire_is_read_as_sentences() -> None:
    facts = extract_article(WIRE).facts
    totals = sorted((f.year, f.value_usd) for f in facts if f.kind == FactKind.TRADE_TOTAL and not f.derived)
    assert totals == [(1986, 2.1e9), (1987, 2.4e9)]
    agreement = next(f for f in facts if f.kind == FactKind.AGREEMENT)
    assert agreement.date == "1988-04-13"  # "yesterday" against the story's date, not the dateline's
    assert agreement.countries == ("AUT", "HUN")


def test_the_dateline_is_not_part_of_the_first_sentence() -> None:
    facts = extract_article(WIRE).facts
    assert all("VIENNA" not in f.quote for f in facts)


@pytest.mark.parametrize(
    ("sentence", "currency", "amount"),
    [
        ("Trade between Poland and Sweden was 3.1 billion crowns in 1986.", None, None),
        ("Two-way trade between Japan and Thailand reached 1.2 trillion yen in 2019.", "JPY", 1.2e12),
        ("Bilateral trade between India and Nepal stood at Rs 8,500 crore in 2018.", "INR", 8.5e10),
        ("Trade between Germany and Chile totalled EUR 3.4 billion in 2021.", "EUR", 3.4e9),
        ("Trade between Britain and Norway was worth 12.5 billion stg in 2016.", "GBP", 12.5e9),
        ("Total trade between Australia and Fiji was 2.1 billion Australian dollars in 2015.", "AUD", 2.1e9),
    ],
)
def test_amounts_keep_their_currency(sentence: str, currency: str | None, amount: float | None) -> None:
    found = [f for f in facts_of(sentence, "2022-03-01", FactKind.TRADE_TOTAL) if not f.derived]
    if currency is None:  # "crowns" are Swedish, Danish, Norwegian, Czech…: no guess, no fact
        assert found == []
        return
    assert len(found) == 1
    fact = found[0]
    assert (fact.currency, fact.amount) == (currency, amount)


def test_a_converted_amount_says_how_and_none_before_the_ecb_rates() -> None:
    euro = only("Trade between Germany and Chile totalled EUR 3.4 billion in 2021.", FactKind.TRADE_TOTAL)
    assert euro.value_usd == pytest.approx(3.4e9 * 1.1827, rel=0.002)  # the ECB's 2021 average
    assert euro.basis is not None and "ECB's 2021 average rate" in euro.basis
    guilders = only(
        "Total trade between the Netherlands and Belgium was 80 billion guilders in 1986.", FactKind.TRADE_TOTAL
    )
    assert (guilders.currency, guilders.amount, guilders.value_usd) == ("NLG", 80e9, None)  # never a silent dollar


def test_the_soviet_union_in_its_time() -> None:
    text = """ date 1987-05-02
    MOSCOW, May 2 - Finland and the Soviet Union signed a five-year
trade agreement today, the Finnish embassy in Moscow said.
"""
    facts = extract_article(text).facts
    assert {f.countries for f in facts} == {("FIN", "SUN")}
    assert extract_article(text).pair == ("FIN", "SUN")


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Argentina and Chile signed a fisheries agreement last July.", "1987-07"),
        ("Argentina and Chile signed a fisheries agreement last week.", "1988-03"),
        ("Argentina and Chile signed a fisheries agreement on Wednesday.", "1988-03-09"),
        ("Argentina and Chile signed a fisheries agreement yesterday.", "1988-03-10"),
        ("Argentina and Chile signed a fisheries agreement in November.", "1987-11"),
        ("Argentina and Chile signed a fisheries agreement on 25/2/1988.", "1988-02-25"),
    ],
)
def test_relative_dates_resolve_against_the_story(sentence: str, date: str) -> None:
    fact = only(sentence, FactKind.AGREEMENT, date="1988-03-11")
    assert fact.date == date


@pytest.mark.parametrize(
    ("sentence", "pair", "rank"),
    [
        ("Canada is Mexico's largest single trading partner, the ministry said.", ("CAN", "MEX"), 1),
        ("Kenya is Britain's largest export market in East Africa.", ("GBR", "KEN"), 1),
        ("China is the top market for Peru's exports.", ("CHN", "PER"), 1),
        ("Chile ranked third among Vietnam's trading partners in the region.", ("CHL", "VNM"), 3),
        ("India is the principal trading partner of Bhutan.", ("BTN", "IND"), 1),
    ],
)
def test_rankings_in_the_genre(sentence: str, pair: tuple[str, str], rank: int) -> None:
    fact = only(sentence, FactKind.PARTNER_RANK, date="2021-06-01")
    assert (fact.countries, fact.rank) == (pair, rank)


def test_one_of_the_largest_is_no_rank() -> None:
    assert facts_of("Brazil is one of the largest trading partners of Peru.", "2021-06-01", FactKind.PARTNER_RANK) == []


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Ghana and Cuba have established diplomatic relations at ambassador level, a statement said.", "2021-06"),
        ("Relations between Ghana and Cuba date back to October 1961.", "1961-10"),
        ("The forum comes 40 years after diplomatic ties were established between Ghana and Cuba.", "1981"),
        ("This year marks 60 years of relations between Ghana and Cuba.", "1961"),
    ],
)
def test_relations_in_every_form(sentence: str, date: str) -> None:
    fact = only(sentence, FactKind.RELATIONS_ESTABLISHED, date="2021-06-01")
    assert (fact.countries, fact.date) == (("CUB", "GHA"), date)


def test_a_growth_goal_is_not_growth() -> None:
    text = "The accord calls for a 40 pct rise in trade between Spain and Morocco over the next five years."
    assert facts_of(text, "1988-01-10", FactKind.TRADE_GROWTH) == []


DATELINE_TALKS = """ date 1988-02-09
NIGERIAN LEADER IN TALKS WITH MITTERRAND
    PARIS, Feb 9 - French President Francois Mitterrand today held
talks with Nigerian President Ibrahim Babangida on debt and oil
prices, officials said.
    Nigeria and France signed a cultural cooperation agreement, the
officials said.
 Reuter
"""


def test_talks_in_the_dateline_capital_are_a_visit_and_news_agreements_take_the_story_month() -> None:
    facts = extract_article(DATELINE_TALKS).facts
    visit = next(f for f in facts if f.kind == FactKind.VISIT)
    assert (visit.countries, visit.origin, visit.destination, visit.date) == (
        ("FRA", "NGA"),
        "NGA",
        "FRA",
        "1988-02-09",
    )
    assert visit.person == "President Ibrahim Babangida"
    agreement = next(f for f in facts if f.kind == FactKind.AGREEMENT)
    assert agreement.date == "1988-02"  # reported as news: the story's month, no invented day
    assert agreement.basis == "reported as news: the story's month"


def test_a_capital_inside_a_name_is_no_country() -> None:
    text = "Peru's President met Mexican President Miguel de la Madrid and signed a trade protocol in 1986."
    assert {f.countries for f in facts_of(text, "1987-03-01")} == {("MEX", "PER")}


def test_a_title_taken_from_a_long_first_line_ends_at_a_word() -> None:
    from app.extract.pipeline import extract_article

    first = (
        "MEXICO CITY — Economic and trade collaboration remains a central pillar of Vietnam–Mexico relations, "
        "with significant untapped potential stemming from complementarities"
    )
    title = extract_article(first + "\n\nTrade between Vietnam and Mexico reached US$6 billion in 2019.").title
    assert title == (
        "MEXICO CITY — Economic and trade collaboration remains a central pillar of Vietnam–Mexico relations, with…"
    )
