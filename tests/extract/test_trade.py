"""Trade totals and growth, in wordings beyond the seeds."""

from __future__ import annotations

import pytest

from app.domain.facts import FactKind
from app.extract.pipeline import extract_article
from tests.extract.helpers import facts_of, only

TOTAL = FactKind.TRADE_TOTAL


@pytest.mark.parametrize(
    ("sentence", "pair", "year", "value"),
    [
        (
            "Two-way trade between Chile and Korea reached US$12.4 billion in 2021.",
            ("CHL", "KOR"),
            2021,
            12.4e9,
        ),
        (
            "In 2017, bilateral trade between India and Brazil stood at USD 7.6 billion.",
            ("BRA", "IND"),
            2017,
            7.6e9,
        ),
        (
            "Trade turnover between Thailand and Argentina was $845 million in 2015.",
            ("ARG", "THA"),
            2015,
            845e6,
        ),
        ("Thailand and Peru saw two-way trade of 1.2 billion USD in 2019.", ("PER", "THA"), 2019, 1.2e9),
        ("Bilateral trade between Egypt and Vietnam hit US$ 600 mln in 2012.", ("EGY", "VNM"), 2012, 600e6),
        ("Colombia–Japan trade totalled US$3,250,000,000 in 2010.", ("COL", "JPN"), 2010, 3.25e9),
        ("Kenya's trade with Indonesia amounted to $1.1bn in 2020.", ("IDN", "KEN"), 2020, 1.1e9),
    ],
)
def test_totals_in_many_wordings(sentence: str, pair: tuple[str, str], year: int, value: float) -> None:
    fact = only(sentence, TOTAL)
    assert fact.countries == pair
    assert fact.year == year
    assert fact.value_usd == pytest.approx(value)


def test_a_list_of_years_continues_the_currency() -> None:
    facts = facts_of(
        "Trade between Chile and Vietnam was US$50 million in 2001, 75 million in 2002 and nearly 90 million in 2003.",
        kind=TOTAL,
    )
    assert [(f.year, f.value_usd, f.qualifier) for f in facts] == [
        (2001, 50e6, None),
        (2002, 75e6, None),
        (2003, 90e6, "nearly"),
    ]


def test_part_of_a_year_resolved_against_the_publication_date() -> None:
    fact = only(
        "Trade between Chile and India reached US$2.1 billion in the first half of this year.",
        TOTAL,
        date="2019-08-02",
    )
    assert (fact.year, fact.partial_period, fact.value_usd) == (2019, "first half", 2.1e9)


def test_this_year_without_a_publication_date_is_left_unresolved() -> None:
    fact = only("Trade between Chile and India reached US$2.1 billion in the first ten months of this year.", TOTAL)
    assert fact.year is None
    assert fact.partial_period == "first ten months"
    assert fact.unresolved == "this"


def test_a_figure_a_decade_earlier_is_counted_back_from_the_sentences_year() -> None:
    sentence = (
        "Trade between Chile and India stood at $4.2 billion in 2022, compared with $1.1 billion a decade earlier."
    )
    facts = facts_of(sentence, "2023-06-06", TOTAL)
    assert [(f.year, f.value_usd) for f in facts] == [(2022, 4.2e9), (2012, 1.1e9)]
    assert facts[1].basis == "year from “a decade earlier”: 10 years before “2022”"


@pytest.mark.parametrize(
    "sentence",
    [
        # the figure before the trade it is of, its year after: "did $11.5 billion worth of trade in 2022"
        "Ghana and China did $11.5 billion worth of trade in 2022.",
        "Ghana and China did $11.5 billion of trade in 2022.",
        "Ghana and China did $11.5 billion in trade in 2022.",
    ],
)
def test_a_figure_worth_of_trade_takes_the_year_after_it(sentence: str) -> None:
    assert [(f.year, f.value_usd) for f in facts_of(sentence, "2023-06-07", TOTAL)] == [(2022, 11.5e9)]


@pytest.mark.parametrize(
    "sentence",
    [
        # one country's own trade, told plainly or "with the world": neither its total nor its rate is the pair's
        "Vietnam's trade reached $730 billion in 2022, up 9.5 percent.",
        "Vietnam's trade with the world reached $730 billion in 2022, up 9.5 percent.",
        "Chile's trade rose 5 percent in 2022.",
    ],
)
def test_one_countrys_own_trade_is_no_pairs(sentence: str) -> None:
    facts = facts_of(f"Chile and Vietnam ties.\n\n{sentence}", "2023-03-14")
    assert [f for f in facts if f.kind in (TOTAL, FactKind.TRADE_GROWTH)] == []


def test_one_countrys_trade_with_the_other_is_the_pairs() -> None:
    """Near miss of the above: its trade with the other side, or the two countries' trade, is the pair's."""
    text = "Chile and Vietnam ties.\n\nVietnam's trade with Chile reached $1.8 billion in 2022, up 9.5 percent."
    facts = [f for f in facts_of(text, "2023-03-14") if f.kind in (TOTAL, FactKind.TRADE_GROWTH)]
    assert [(f.kind, f.year, f.value_usd, f.percent) for f in facts] == [
        (TOTAL, 2022, 1.8e9, None),
        (FactKind.TRADE_GROWTH, 2022, None, 9.5),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threshold passed in the headline, the total told exactly in the body: one total, the exact one
        ("UAE-India trade crosses $50 billion in 2023\n\nTrade between the UAE and India reached $50.5 billion in "
         "2023.", [(2023, 50.5e9, None)]),
        ("Chile-China trade tops $60 billion in 2022\n\nBilateral trade between Chile and China reached $64.6 "
         "billion in 2022.", [(2022, 64.6e9, None)]),
        # near miss: a threshold told alone is kept, as over it
        ("Chile-China trade crosses $60 billion in 2022\n\nChile and China signed a deal.", [(2022, 60e9, "over")]),
    ],
)  # fmt: skip
def test_a_threshold_passed_and_the_total_told_exactly_are_one(
    text: str, expected: list[tuple[int, float, str | None]]
) -> None:
    facts = [f for f in facts_of(text, "2024-02-14", TOTAL) if not f.derived]
    assert [(f.year, f.value_usd, f.qualifier) for f in facts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an investment passed as a threshold in the headline, told exactly in the body: one, the exact one
        ("Japanese investment in Vietnam tops $70bn\n\nJapan is Vietnam's third-largest foreign investor, with "
         "projects worth a combined $73.1 billion as of the end of 2023.", [(73.1e9, None)]),
        ("Chinese investment in Cambodia crosses $10 billion\n\nChinese investment in Cambodia reached $10.3 billion "
         "by the end of 2023.", [(10.3e9, None)]),
        ("Japanese investment in Thailand exceeded $100 billion\n\nJapanese firms have invested 108 billion dollars "
         "in Thailand.", [(108e9, None)]),
        # near miss: an exact figure far past the threshold is another count, and both are kept
        ("Japanese investment in Vietnam tops $70bn\n\nJapan has invested $95 billion in Vietnam.",
         [(70e9, "over"), (95e9, None)]),
    ],
)  # fmt: skip
def test_an_investment_passed_as_a_threshold_and_told_exactly_is_one(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    facts = [f for f in facts_of(text, "2024-02-14", FactKind.INVESTMENT) if not f.derived]
    assert sorted((f.value_usd, f.qualifier) for f in facts) == expected


def test_last_year_uses_the_publication_year() -> None:
    fact = only("Two-way trade between Poland and Vietnam reached US$3 billion last year.", TOTAL, date="2024-03")
    assert fact.year == 2023


@pytest.mark.parametrize(
    "sentence",
    [
        "Vietnam and Brazil aim to raise two-way trade to US$5 billion by 2030.",
        "Chile and Korea set a target of US$10 billion in bilateral trade by 2030.",
        "Vietnam's exports to Mexico reached US$4 billion in 2022.",
        "Japanese investment in Peru reached US$2 billion in 2021.",
        "The free trade agreement between Chile and Korea covers US$5 billion of goods.",
        "Trade between Peru and Japan passed the 10 billion mark.",
    ],
)
def test_targets_one_way_flows_and_investment_are_not_totals(sentence: str) -> None:
    assert facts_of(sentence, kind=TOTAL) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pair by a phrase in the figure's clause; a third country only in a comparison after it
        ("Kenya, Ethiopia sign pacts\n\nTrade between the neighbours was worth about $100 million in 2022, a "
         "fraction of either country's trade with China.", [(2022, 100e6)]),
        ("Chile, Korea eye trade deal\n\nTrade between the two countries reached $2.1 billion in 2023, less than "
         "half their trade with Germany.", [(2023, 2.1e9)]),
        ("Peru, Vietnam talks\n\nBilateral trade stood at $800 million in 2021, compared with $12 billion with the "
         "United States.", [(2021, 800e6)]),
        # near miss: a third country's trade with the two
        ("Peru, Vietnam talks\n\nChina's trade with the two countries reached $50 billion in 2023.", []),
    ],
)  # fmt: skip
def test_the_pair_told_by_a_phrase_beside_a_third_country(text: str, expected: list[tuple[int, float]]) -> None:
    assert [(f.year, f.value_usd) for f in facts_of(text, "2024-02-20", TOTAL)] == expected


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # the second figure continues the first, an investment: trade named only in a body's name after them
        ("Japanese companies invested $2.2 billion in India in 2021, down from $3.2 billion in 2020, according to "
         "India's Department for Promotion of Industry and Internal Trade.", ["investment", "investment"]),
        ("Korean firms invested $4.5 billion in Vietnam in 2022, up from $3.9 billion in 2021, the Ministry of "
         "Industry and Trade said.", ["investment", "investment"]),
        ("Chinese investment in Peru reached $1.1 billion in 2019, from $900 million in 2018, the Chamber of "
         "Commerce said.", ["investment", "investment"]),
        # near miss: a trade figure before, so the second continues it
        ("Trade between India and Japan reached $21 billion in 2022, up from $20 billion in 2021, according to the "
         "Department of Commerce.", ["trade_total", "trade_total"]),
    ],
)  # fmt: skip
def test_a_figure_continuing_another_kinds_is_no_trade_total(sentence: str, kinds: list[str]) -> None:
    assert [f.kind.value for f in facts_of(sentence, "2023-05-01") if not f.derived] == kinds


def test_export_share_inside_a_total_sentence_is_skipped() -> None:
    facts = facts_of(
        "In 2019, two-way trade between Chile and Thailand reached US$1.5 billion, of which Chile "
        "exported goods worth US$900 million.",
        kind=TOTAL,
    )
    assert [(f.year, f.value_usd) for f in facts] == [(2019, 1.5e9)]


def test_growth_with_base_year_and_derived_total() -> None:
    facts = facts_of("Trade between Spain and Vietnam reached US$4 billion in 2022, a 25 per cent increase over 2021.")
    growth = [f for f in facts if f.kind == FactKind.TRADE_GROWTH]
    assert [(g.year, g.percent) for g in growth] == [(2022, 25.0)]
    derived = [f for f in facts if f.derived]
    assert len(derived) == 1
    assert derived[0].year == 2021
    assert derived[0].value_usd == pytest.approx(3.2e9)
    assert "÷ (1 + 25 %)" in (derived[0].derivation or "")


def test_decline_is_negative() -> None:
    facts = facts_of(
        "Bilateral trade between Chile and Korea fell 12.5% to US$7 billion in 2020.",
        kind=FactKind.TRADE_GROWTH,
    )
    assert [f.percent for f in facts] == [-12.5]


def test_inconsistent_growth_is_flagged_not_hidden() -> None:
    facts = facts_of(
        "Bilateral trade between Peru and Korea jumped 50 per cent from US$100 million in 2010 to $160 million in 2014."
    )
    growth = next(f for f in facts if f.kind == FactKind.TRADE_GROWTH)
    assert growth.year == 2014
    assert growth.flags and "60.0 %" in growth.flags[0]


def test_consistent_growth_is_not_flagged() -> None:
    facts = facts_of(
        "Bilateral trade between Peru and Korea rose 60 per cent from US$100 million in 2010 to $160 million in 2014."
    )
    growth = next(f for f in facts if f.kind == FactKind.TRADE_GROWTH)
    assert growth.flags == ()


def test_average_annual_growth_has_no_single_year() -> None:
    fact = only(
        "Trade between Chile and Mexico grew at an average annual rate of 4.2% since 1999, said the ministry.",
        FactKind.TRADE_GROWTH,
    )
    assert fact.qualifier == "average annual"
    assert fact.year is None


def test_us_dollars_are_a_currency_not_a_country() -> None:
    fact = only("Bilateral trade between China and Chile hit a record 65.8 billion U.S. dollars in 2022.", TOTAL)
    assert (fact.countries, fact.year, fact.value_usd) == (("CHL", "CHN"), 2022, 65.8e9)


def test_fiscal_years_are_one_period() -> None:
    facts = facts_of(
        "Bilateral trade between India and South Africa stood at USD 10.65 billion in 2018-19, up from "
        "USD 8.9 billion in 2017-18.",
        kind=TOTAL,
    )
    assert [(f.year, f.value_usd) for f in facts] == [(2018, 10.65e9), (2017, 8.9e9)]
    assert facts[1].quote == "up from USD 8.9 billion in 2017-18"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a figure compared with "the $X of YEAR": a total of that year
        (
            "Bilateral trade between India and Russia touched a record $49.4 billion in 2022-23, more than four times "
            "the $13.1 billion of 2021-22.",
            [(2022, 49.4e9), (2021, 13.1e9)],
        ),
        ("Trade between Chile and Peru rose to $5 billion in 2022, up from the $4.1 billion of 2021.",
         [(2022, 5e9), (2021, 4.1e9)]),
        ("Trade between Chile and Peru reached $5 billion in 2022, double the $2.5 billion of 2018.",
         [(2022, 5e9), (2018, 2.5e9)]),
    ],
)  # fmt: skip
def test_a_figure_of_a_year_is_that_years_total(sentence: str, expected: list[tuple[int, float]]) -> None:
    assert [(f.year, f.value_usd) for f in facts_of(sentence, "2023-11-10", TOTAL) if not f.derived] == expected


def test_growth_takes_the_year_of_the_total_it_rose_to() -> None:
    facts = facts_of(
        "Total two-way trade between Australia and Indonesia rose by 24 per cent last year to nearly "
        "US$16 billion, officials said.",
        date="2024-03-15",
    )
    growth = next(f for f in facts if f.kind == FactKind.TRADE_GROWTH)
    total = next(f for f in facts if f.kind == TOTAL)
    assert (growth.year, growth.percent, total.year, total.qualifier) == (2023, 24.0, 2023, "nearly")


@pytest.mark.parametrize(
    ("sentence", "year", "percent"),
    [
        # a rate told from a base figure of a year, with no year risen to: the year after the base's
        ("Trade between Malaysia and China fell 8.8 per cent from RM487.1 billion in 2022.", 2023, -8.8),
        ("Trade between Chile and Japan rose 12.5 percent from $40 billion in 2021.", 2022, 12.5),
        ("Two-way trade between Peru and Spain grew 7% from 3.2 billion euros in 2018, the ministry said.", 2019, 7.0),
        # near miss: a base and the figure risen to, each with its year: the later year's
        ("Trade between Chile and Japan rose 12.5 percent from $40 billion in 2020 to $45 billion in 2022.", 2022,
         12.5),
    ],
)  # fmt: skip
def test_a_rate_from_a_base_figures_year_is_the_year_after(sentence: str, year: int, percent: float) -> None:
    rate = only(sentence, FactKind.TRADE_GROWTH, "2024-01-13")
    assert (rate.year, rate.percent) == (year, percent)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vietnam, Mexico, Peru, Chile and Japan are members of the CPTPP, whose trade reached US$500 billion in 2019.",
        "Trade among Vietnam, Mexico, Peru, Chile and Japan reached US$50 billion in 2019, up 5 percent.",
        "Vietnam's trade with Japan, Mexico, Peru and Chile, its partners in the pact, rose 5 percent to "
        "US$100 billion in 2019.",
    ],
)
def test_a_figure_for_a_group_of_countries_belongs_to_no_pair(sentence: str) -> None:
    facts = facts_of("Vietnam and Mexico trade news.\n\n" + sentence)
    assert [f for f in facts if f.kind in (FactKind.TRADE_TOTAL, FactKind.TRADE_GROWTH)] == []


def test_a_world_total_in_a_sentence_naming_fifty_countries_is_no_pairs() -> None:
    import pycountry

    names = [c.name for c in pycountry.countries if "," not in c.name and "(" not in c.name][:50]
    sentence = "Vietnam, Mexico, " + ", ".join(names) + " together traded US$900 billion in 2019."
    facts = facts_of("Vietnam and Mexico trade news.\n\n" + sentence)
    assert [f for f in facts if f.kind == FactKind.TRADE_TOTAL] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade between Vietnam and Mexico reached US$6 billion in 2019, more than with Peru, Chile or Colombia.",
        "Vietnam's trade with Mexico, its largest partner in Latin America ahead of Brazil and Chile, "
        "reached US$6 billion in 2019.",
    ],
)
def test_the_pair_named_as_a_pair_keeps_its_figure_beside_other_countries(sentence: str) -> None:
    totals = [f for f in facts_of("Vietnam and Mexico trade news.\n\n" + sentence) if f.kind == FactKind.TRADE_TOTAL]
    assert [(f.countries, f.year, f.value_usd) for f in totals] == [(("MEX", "VNM"), 2019, 6e9)]


@pytest.mark.parametrize(
    ("sentence", "year", "part"),
    [
        (
            "From January to September 2023, trade between Kenya and Egypt reached US$450 million.",
            2023,
            "January–September",
        ),
        ("Trade between Kenya and Egypt was US$300 million between May and July 2021.", 2021, "May–July"),
        ("Kenya-Egypt trade totalled US$1.2 billion in January–August 2022.", 2022, "January–August"),
        ("Trade between Kenya and Egypt reached US$2 billion from January to December 2022.", 2022, None),
    ],
)
def test_a_run_of_months_is_a_part_of_the_year(sentence: str, year: int, part: str | None) -> None:
    total = only("Kenya and Egypt trade news.\n\n" + sentence, FactKind.TRADE_TOTAL)
    assert (total.year, total.partial_period) == (year, part)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides aim to raise trade between Kenya and Egypt to US$5 billion in 2025.",
        "Kenya and Egypt set a target of US$3 billion in trade for 2025.",
        "Trade between Kenya and Egypt is projected to hit US$4 billion in 2026.",
        # near miss: the goal itself, after what trade is raised from
        "Kenya and Egypt aim to lift trade from last year's level to US$4 billion in 2026.",
        "Trade in farm goods between Kenya and Egypt was worth US$300 million in 2021.",
        "Agricultural trade between Kenya and Egypt reached US$200 million in 2021.",
        "Oil trade between Kenya and Egypt reached US$900 million in 2021.",
    ],
)
def test_goals_and_one_sector_are_not_the_two_way_total(sentence: str) -> None:
    assert facts_of("Kenya and Egypt trade news.\n\n" + sentence, kind=FactKind.TRADE_TOTAL) == []


@pytest.mark.parametrize(
    ("sentence", "year", "value"),
    [
        # all trade but one sector's is the total as the pair reports it, as "non-oil bilateral trade" was read
        ("Non-oil trade between the UAE and India reached $50 billion in 2023.", 2023, 50e9),
        ("Saudi Arabia and China's non-oil trade rose to $40 billion in 2022.", 2022, 40e9),
        ("The UAE and Israel's non oil trade was $2.5 billion in 2022.", 2022, 2.5e9),
    ],
)
def test_trade_but_one_sector_is_the_total(sentence: str, year: int, value: float) -> None:
    fact = only(sentence, FactKind.TRADE_TOTAL, "2024-02-10")
    assert (fact.year, fact.value_usd) == (year, value)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Kenya and Egypt aim to raise two-way trade from US$2 billion in 2023 to US$5 billion by 2030.", 2e9),
        # what trade is raised from, after the goal, with the currency before or after the figure
        ("Kenya and Egypt aim to lift bilateral trade to 5 billion USD by 2030 from 2 billion USD in 2023.", 2e9),
        ("Kenya and Egypt aim to raise two-way trade to $5 billion by 2030 from $2 billion in 2023.", 2e9),
        ("Kenya and Egypt plan to raise trade to $5 billion from about $2 billion in 2023.", 2e9),
        ("Trade between Kenya and Egypt, which has great potential, reached US$2 billion in 2023.", 2e9),
        ("Trade between Kenya and Egypt in goods and services reached US$2 billion in 2023.", 2e9),
    ],
)
def test_what_happened_beside_a_goal_is_still_read(sentence: str, value: float) -> None:
    total = only("Kenya and Egypt trade news.\n\n" + sentence, FactKind.TRADE_TOTAL)
    assert (total.year, total.value_usd) == (2023, value)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Samsung has invested $17 billion in Vietnam, making Korea its largest investor.", []),
        ("Chinese tech giant Huawei has invested $1 billion in Kenya.", []),
        ("Japanese carmaker Toyota invested $2 billion in Thailand in 2019.", []),
        ("Japan plans to invest $5 billion in India.", []),
        ("Korea pledged to invest $3 billion in Peru.", []),
        ("Korean enterprises have invested $57 billion in Vietnam.", [("KOR", "VNM", 57e9)]),
        ("Japan has invested $60 billion in Vietnam so far.", [("JPN", "VNM", 60e9)]),
        ("The Lima-Seoul Steel Co, a joint venture, involves an investment of 40 mln dlrs.", [("KOR", "PER", 40e6)]),
        # a country by its formal name, "of" in it: the state, not a company named "Korea"
        ("The Republic of Korea has invested $9.7 billion in Kazakhstan.", [("KAZ", "KOR", 9.7e9)]),
        ("He said the Kingdom of Saudi Arabia has invested $4 billion in Pakistan.", [("PAK", "SAU", 4e9)]),
        ("The Islamic Republic of Iran invested 800 million dollars in Tajikistan in 2015.", [("IRN", "TJK", 800e6)]),
        ("The Development Bank of Kazakhstan has invested $2 billion in Korea.", []),  # a bank, of a country
    ],
)
def test_a_countrys_investment_not_one_companys_nor_a_plan(
    sentence: str, expected: list[tuple[str, str, float]]
) -> None:
    facts = [f for f in facts_of(sentence, "2021-01-01", FactKind.INVESTMENT) if not f.derived]
    assert [(*f.countries, f.value_usd) for f in facts] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade between China and Africa reached $282 billion in 2022. China and Kenya signed deals.",
        "Kenya's total trade reached $40 billion in 2022, and its trade with China was $6 billion.",
        "Between 2015 and 2020, trade between Kenya and China averaged $3 billion a year.",
        "EU-China trade reached 850 billion euros in 2022, while China and Kenya held talks.",
        "Kenya-ASEAN trade reached $3 billion in 2022, China said.",
        # the region named first
        "Japan and Thailand met. Trade between ASEAN and Japan reached $240 billion in 2023.",
        "Vietnam and Germany met. Trade between the EU and Vietnam rose to $58 billion in 2022.",
        "Kenya and China met. Trade between Africa and China hit a record $282 billion in 2022.",
    ],
)
def test_a_regions_trade_a_countrys_world_trade_and_an_average_are_no_pairs_total(sentence: str) -> None:
    assert [f for f in facts_of(sentence, "2023-05-05", FactKind.TRADE_TOTAL) if not f.derived] == []


def test_partial_periods_of_a_fiscal_year_and_consecutive_years() -> None:
    fact = only(
        "Trade between Russia and India touched a record $49.4 billion in the April-February period of 2022-23.",
        FactKind.TRADE_TOTAL,
        "2023-04-01",
    )
    assert (fact.year, fact.partial_period, fact.fiscal_year) == (2022, "April–February", "2022-23")
    fact = only(
        "Trade between China and Chile exceeded $50 billion for the fourth consecutive year in 2022.",
        FactKind.TRADE_TOTAL,
        "2023-04-01",
    )
    assert (fact.year, fact.value_usd, fact.qualifier) == (2022, 50e9, "over")  # "exceeded" is a floor


@pytest.mark.parametrize(
    ("sentence", "year", "percent"),
    [
        ("Bilateral trade between Chile and Egypt grew by 20 percent in 2018.", 2018, 20.0),
        ("Trade between Chile and Egypt jumped 20% year-on-year in 2018 to reach $7.7 billion.", 2018, 20.0),
        ("Chile-Egypt trade posted a 20 percent increase last year.", 2018, 20.0),
        ("Chilean-Egyptian trade decreased by 5.3 percent in 2018 compared to the previous year.", 2018, -5.3),
        ("Trade between Chile and Egypt rose 7 percent compared to 2017.", 2018, 7.0),
        ("Trade between Chile and Egypt grew 12% in the first half of 2018.", 2018, 12.0),
        # "on-year" as Korean and Australian papers write it, and the trade named between the rate and its year
        ("Chile-Egypt two-way trade expanded 6 per cent on-year in 2018.", 2018, 6.0),
        ("Trade between Chile and Egypt rose 5 percent on year in 2018.", 2018, 5.0),
        ("Chile and Egypt saw a 22% jump in bilateral trade in 2018.", 2018, 22.0),
        ("Chile and Egypt posted a 9% rise in two-way trade in 2018.", 2018, 9.0),
    ],
)
def test_a_growth_rate_takes_the_period_stated_right_after_it(sentence: str, year: int, percent: float) -> None:
    growth = only(sentence, FactKind.TRADE_GROWTH, "2019-03-03")
    assert (growth.year, growth.percent) == (year, percent)


def test_each_partner_of_a_list_is_its_own_pair_in_the_year_the_sentence_opens_with() -> None:
    facts = facts_of(
        "In 2022, Chile's trade with China reached $65 billion, with Japan $12 billion and with Peru $4 billion. "
        "Chile and Peru held talks.",
        "2023-02-02",
        FactKind.TRADE_TOTAL,
    )
    assert sorted((f.countries, f.year, f.value_usd) for f in facts) == [
        (("CHL", "CHN"), 2022, 65e9),
        (("CHL", "JPN"), 2022, 12e9),
        (("CHL", "PER"), 2022, 4e9),
    ]
    listed = next(f for f in facts if f.countries == ("CHL", "PER"))
    assert listed.basis == "one of a list opened by “Chile's trade with …” in “2022”"
    # One-way lists are not totals, and a figure "up from" another is no list item.
    assert not facts_of(
        "In 2022, Chile's exports to China reached $38 billion, to Japan $9 billion and to Peru $2 billion. "
        "Chile and Peru held talks.",
        "2023-02-02",
        FactKind.TRADE_TOTAL,
    )
    facts = facts_of("In 2022, Chile's trade with Peru was $4 billion, up from $3 billion.", "2023-02-02")
    assert [(f.year, f.value_usd) for f in facts if f.kind == FactKind.TRADE_TOTAL] == [(2022, 4e9)]


def test_a_country_before_a_dollar_sign_is_still_the_country() -> None:
    fact = only("Trade between Chile and Japan $12 billion in 2022.", FactKind.TRADE_TOTAL, "2023-01-01")
    assert fact.countries == ("CHL", "JPN")
    fact = only("Trade between Chile and Singapore reached 5 billion Singapore dollars in 2022.", FactKind.TRADE_TOTAL)
    assert (fact.countries, fact.currency) == (("CHL", "SGP"), "SGD")


@pytest.mark.parametrize(
    ("sentence", "percent"),
    [
        ("Japan and China agreed to expand bilateral trade, which fell 13 pct in 1986 to 15.5 billion dlrs.", -13.0),
        ("Despite efforts to increase it, trade between Chile and Peru declined 4.5 percent in 2022.", -4.5),
        ("Trade between Kenya and Uganda, which had dropped in 2020, rose 8 percent in 2021.", 8.0),
        # near miss: one direction only
        ("Trade between Chile and Peru rose 5 percent in 2022.", 5.0),
    ],
)
def test_the_direction_word_nearest_a_rate_gives_its_sign(sentence: str, percent: float) -> None:
    """A sentence with words of both directions: "expand" was read as the way a trade that fell went."""
    assert only(sentence, FactKind.TRADE_GROWTH, "2023-06-12").percent == percent


def test_a_figure_with_a_partner_not_found_keeps_no_other_pair() -> None:
    """ "with the US $124 billion" reads as the currency "US $": the figure's partner is not found, and it was
    given to China, the partner of the figure before it."""
    facts = facts_of(
        "In 2022, Vietnam's trade with China reached $175 billion, with the US $124 billion and with South Korea "
        "$87 billion.",
        "2023-02-12",
        FactKind.TRADE_TOTAL,
    )
    assert sorted((f.countries, f.value_usd) for f in facts if not f.derived) == [
        (("CHN", "VNM"), 175e9),
        (("KOR", "VNM"), 87e9),
    ]
    # near miss: a figure of the same trade, no other partner named
    facts = facts_of(
        "Trade between Chile and Peru rose to $4.6 billion in 2022 from $4 billion in 2021.",
        "2023-02-12",
        FactKind.TRADE_TOTAL,
    )
    assert sorted((f.year, f.value_usd) for f in facts if not f.derived) == [(2021, 4e9), (2022, 4.6e9)]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # a figure "compared with" in a currency written before it, close up: the same trade in another year
        (
            "Trade between Argentina and China reached US$21.4 billion in 2022, compared with US$17.8 billion in 2021.",
            [(2021, 17.8e9), (2022, 21.4e9)],
        ),
        (
            "Trade between Malaysia and Japan reached RM177 billion in 2023, compared with RM160 billion in 2022.",
            [(2022, 160e9), (2023, 177e9)],
        ),
        (
            "Trade between Singapore and India reached S$30 billion in 2023, compared with S$27 billion in 2022.",
            [(2022, 27e9), (2023, 30e9)],
        ),
    ],
)
def test_a_figure_compared_with_in_a_currency_written_close_up_is_the_same_trades(
    sentence: str, figures: list[tuple[int, float]]
) -> None:
    """ "compared with US$17.8 billion": "with U" was read as a partner named before the figure (as "with the US
    $124 billion" is), so the earlier year's figure was dropped."""
    facts = [f for f in facts_of(sentence, "2024-05-02", FactKind.TRADE_TOTAL) if not f.derived]
    assert sorted((f.year, f.amount) for f in facts) == figures
    assert len({f.countries for f in facts}) == 1


def test_a_bracketed_year_naming_the_figure_after_it_is_not_the_first_figures() -> None:
    sentence = "Trade between Chile and Thailand was USD 1.6 billion (2021: USD 1.4 billion)."
    facts = facts_of(sentence, "2024-05-02", TOTAL)
    assert [(f.year, f.value_usd) for f in facts] == [(2021, 1.4e9)]


@pytest.mark.parametrize(
    ("sentence", "year", "percent"),
    [
        (
            "Trade turnover between Russia and Mongolia grew by 20 percent and exceeded 1.8 billion dollars in 2022.",
            2022,
            20,
        ),
        ("Trade between Laos and Thailand increased by 8.5 percent, reaching $5.4 billion in 2019.", 2019, 8.5),
        ("Trade between Kenya and India jumped 30 per cent and hit a record $2 billion last year.", 2023, 30),
        # the total it rose to called a record or a high
        ("Trade between Kazakhstan and Korea rose 9.2 percent on-year to a record US$6.5 billion in 2023.", 2023, 9.2),
        ("Trade between Peru and Korea climbed 14% to an all-time high of $4.1 billion in 2022.", 2022, 14),
        (
            "Two-way trade between Chile and Australia increased by 7.5 per cent to a new record of US$2.2 billion "
            "in 2021.",
            2021,
            7.5,
        ),
        (
            "Bilateral trade between Ghana and India jumped 30 percent to a record high of $800 million last year.",
            2023,
            30,
        ),
        # near misses: the rate's own year, stated right after it, is its year
        ("Trade between Russia and Mongolia grew by 20 percent in 2021 and exceeded $1.8 billion in 2022.", 2021, 20),
        ("Trade between Peru and Korea grew 5 percent in 2021, and rose to $6 billion in 2022.", 2021, 5),
        ("Trade between Peru and Korea grew 5 percent in 2021, and rose to a record $6 billion in 2022.", 2021, 5),
    ],
)
def test_a_rate_and_the_total_it_went_on_to_share_the_year_stated_after_the_total(
    sentence: str, year: int, percent: float
) -> None:
    growth = only(sentence, FactKind.TRADE_GROWTH, "2024-05-02")
    assert (growth.year, growth.percent) == (year, percent)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chile's two-way trade with China, Japan and Korea stood at $65 billion, $12 billion and $9 billion, "
            "respectively, last year.",
            [(("CHL", "CHN"), 2023, 65e9), (("CHL", "JPN"), 2023, 12e9), (("CHL", "KOR"), 2023, 9e9)],
        ),
        (
            "In 2021, Kenya's trade with India and China was worth $2.1 billion and $6.8 billion respectively.",
            [(("CHN", "KEN"), 2021, 6.8e9), (("IND", "KEN"), 2021, 2.1e9)],
        ),
        (
            "Peru's trade with Brazil and Chile reached US$4.2bn and US$3.9bn in 2020, respectively.",
            [(("BRA", "PER"), 2020, 4.2e9), (("CHL", "PER"), 2020, 3.9e9)],
        ),
        # near misses: one way; more countries than figures
        ("Peru's exports to Brazil and Chile were $4 billion and $3 billion respectively in 2020.", []),
        ("Peru's trade with Brazil, Chile and Bolivia reached $4 billion and $3 billion respectively in 2020.", []),
    ],
)
def test_each_country_of_a_list_takes_its_figure_respectively(
    sentence: str, expected: list[tuple[tuple[str, str], int, float]]
) -> None:
    facts = facts_of(sentence, "2024-05-02", TOTAL)
    assert sorted((f.countries, f.year, f.value_usd) for f in facts) == expected


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Franco-German trade amounted to 170 billion euros in 2019.", ("DEU", "FRA")),
        ("Russo-Japanese trade rose to $20 billion in 2021.", ("JPN", "RUS")),
        ("Indo-Pak trade stood at $2.5 billion in 2018.", ("IND", "PAK")),
    ],
)
def test_a_pair_named_by_its_combining_forms(sentence: str, pair: tuple[str, str]) -> None:
    assert only(sentence, TOTAL, "2024-05-02").countries == pair


def test_a_change_from_one_figure_to_another_is_no_range() -> None:
    facts = facts_of("Trade between Peru and Vietnam grew from $4 billion to $5 billion in 2022.", "2024-05-02", TOTAL)
    assert [(f.year, f.value_usd) for f in facts] == [(2022, 5e9)]
    # a fiscal year's "-15 to" before the next figure is no range's low end
    sentence = "Trade between India and Bhutan rose from $484 million in 2014-15 to $1083 million in 2020-21."
    assert [(f.year, f.value_usd) for f in facts_of(sentence, "2024-05-02", TOTAL)] == [(2014, 484e6), (2020, 1083e6)]


@pytest.mark.parametrize(
    ("sentence", "amount", "currency"),
    [
        ("Total trade in goods and services between the UK and Vietnam was £6.7 billion in 2023.", 6.7e9, "GBP"),
        ("Two-way trade in goods and services between Australia and Peru reached A$2.1 billion in 2022.", 2.1e9, "AUD"),
        ("Trade in goods between Canada and Vietnam totalled C$9.8 billion in 2021.", 9.8e9, "CAD"),
    ],
)
def test_trade_in_goods_and_services_is_the_two_way_total(sentence: str, amount: float, currency: str) -> None:
    fact = only(sentence, TOTAL, "2024-05-02")
    assert (fact.amount, fact.currency) == (amount, currency)


@pytest.mark.parametrize(
    ("sentence", "year", "usd"),
    [
        # in brackets right after the figure
        ("Two-way trade between Australia and Papua New Guinea was $1.2 billion (2021).", 2021, 1.2e9),
        ("Bilateral trade between Mongolia and Korea: US$ 590 million (in 2019).", 2019, 590e6),
        ("Trade between Chile and Thailand reached USD 1.6 billion (2022), its highest yet.", 2022, 1.6e9),
        # after the clause's verb, or as the year of the data it is according to
        ("Trade of 3.4 billion USD between Vietnam and Chile was recorded in 2021.", 2021, 3.4e9),
        ("Two-way trade worth $870 million with Peru was registered in 2019, Thailand said.", 2019, 870e6),
        # the verb before the pair named
        ("Trade worth $5 billion was recorded between Kenya and India in 2023.", 2023, 5e9),
        ("Two-way trade of $2 billion was registered between Chile and Peru in 2021.", 2021, 2e9),
        ("Trade of 1.9 billion USD was logged with Chile in 2022, Vietnam's customs said.", 2022, 1.9e9),
        ("Vietnam-Chile trade was valued at 1.8 billion USD, according to 2022 data.", 2022, 1.8e9),
        ("Trade between Kenya and India reached $3.2 billion, based on 2021 customs figures.", 2021, 3.2e9),
        # after "in two-way trade"
        ("Vietnam and Brazil recorded 6.8 billion USD in two-way trade in 2023.", 2023, 6.8e9),
        ("Kenya and India posted $3.1 billion in bilateral trade last year.", 2023, 3.1e9),
        ("Chile and Korea logged some $7 billion in trade during 2019.", 2019, 7e9),
    ],
)
def test_a_figures_year_where_other_outlets_state_it(sentence: str, year: int, usd: float) -> None:
    fact = only(sentence, TOTAL, "2024-05-02")
    assert (fact.year, fact.value_usd) == (year, usd)


@pytest.mark.parametrize(
    ("sentence", "year", "fiscal"),
    [
        ("Bilateral trade between India and Australia was $31 billion in FY23.", 2022, "2022-23"),
        ("India-Peru trade reached US$3.2 billion in FY'24, the ministry said.", 2023, "2023-24"),
        ("Trade between India and Chile stood at $2.8 billion in FY21-22.", 2021, "2021-22"),
    ],
)
def test_a_fiscal_year_in_two_digits_is_named_by_the_year_it_ends_in(sentence: str, year: int, fiscal: str) -> None:
    fact = only(sentence, TOTAL, "2024-05-02")
    assert (fact.year, fact.fiscal_year) == (year, fiscal)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # twelve months named by their last quarter, as Britain's trade figures are
        (
            "Total trade in goods and services between the UK and South Africa was £10.7 billion in the four quarters "
            "to the end of Q4 2022.",
            [(2022, None, None, "GBP", 10.7e9)],
        ),
        (
            "Total trade between the UK and Vietnam was £8.1 billion in the four quarters to the end of Q2 2023.",
            [(2022, "2022-23", None, "GBP", 8.1e9)],
        ),
        (
            "Trade between the UK and Chile was £2.7 billion in the 4 quarters to the end of the third quarter of "
            "2023.",
            [(2022, "2022-23", None, "GBP", 2.7e9)],
        ),
        # near miss: one quarter is part of a year
        ("Trade between the UK and Chile was £700 million in Q4 2022.", [(2022, None, "fourth quarter", "GBP", 700e6)]),
    ],
)
def test_four_quarters_to_the_end_of_a_quarter_are_twelve_months(
    sentence: str, expected: list[tuple[int, str | None, str | None, str, float]]
) -> None:
    facts = facts_of(sentence, "2024-01-10", TOTAL)
    assert [(f.year, f.fiscal_year, f.partial_period, f.currency, f.amount) for f in facts] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part of a year named with its year in the possessive
        (
            "Argentina and Vietnam met. Vietnam opened its embassy in Buenos Aires in 1995, and two-way trade "
            "reached US$3.3 billion in 2023's first nine months.",
            [(2023, "first nine months", 3.3e9)],
        ),
        ("Trade between Chile and Korea hit $5 billion in this year's first quarter.", [(2024, "first quarter", 5e9)]),
        ("Trade between Peru and Japan was $2 billion in last year’s second half.", [(2023, "second half", 2e9)]),
        # near miss: a year's first of something else is no part of it
        ("Trade between Peru and Japan reached $4 billion in 2023, the year's first record.", [(2023, None, 4e9)]),
    ],
)
def test_a_part_of_a_year_named_with_the_year_in_the_possessive(
    sentence: str, expected: list[tuple[int, str | None, float]]
) -> None:
    facts = facts_of(sentence, "2024-05-10", TOTAL)
    assert [(f.year, f.partial_period, f.value_usd) for f in facts] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # twelve months named by their last month, counted in months rather than called a year
        (
            "Two-way trade between Australia and Papua New Guinea reached A$7.3 billion in the 12 months to June "
            "2023, the High Commission said.",
            [(2022, "2022-23", None, "AUD", 7.3e9)],
        ),
        (
            "New Zealand's trade with Fiji was worth NZ$2.1 billion in the twelve months ended March 2024.",
            [(2023, "2023-24", None, "NZD", 2.1e9)],
        ),
        (
            "Bilateral trade between the UK and India totalled £38.1 billion in the 12-month period ending "
            "September 30, 2023.",
            [(2022, "2022-23", None, "GBP", 38.1e9)],
        ),
        (
            "Trade between Japan and Peru was $4 billion in the 12 months to December 2023.",
            [(2023, None, None, "USD", 4e9)],
        ),
        # near miss: nine months to a month are part of a year, not twelve months
        (
            "Trade between Japan and Vietnam reached $30 billion in the nine months to September 2023.",
            [(2023, None, "January–September", "USD", 30e9)],
        ),
    ],
)
def test_twelve_months_to_a_month_are_a_year_ending_then(
    sentence: str, expected: list[tuple[int, str | None, str | None, str, float]]
) -> None:
    facts = facts_of(sentence, "2024-05-10", TOTAL)
    assert [(f.year, f.fiscal_year, f.partial_period, f.currency, f.amount) for f in facts] == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # "the last fiscal year": the one that ended last, whether fiscal years end in March or in June
        (
            "Two-way trade between India and Nepal was Rs 1,046 billion in the last fiscal year.",
            "2023-08-01",
            [(2022, "2022-23")],
        ),
        (
            "Bilateral trade between Bangladesh and India reached $15 billion in the previous fiscal year.",
            "2024-02-10",
            [(2022, "2022-23")],
        ),
        (
            "Trade between Australia and Japan was worth A$88 billion last financial year.",
            "2022-11-01",
            [(2021, "2021-22")],
        ),
        # a year named is that year
        (
            "Trade between India and Nepal was Rs 900 billion in the last fiscal year 2021/22.",
            "2023-08-01",
            [(2021, "2021-22")],
        ),
        (
            "Trade between India and Nepal was Rs 900 billion in the last fiscal year, 2021/22.",
            "2023-08-01",
            [(2021, "2021-22")],
        ),
        ("Trade between India and Japan was $21 billion in financial year 2022-23.", "2023-08-01", [(2022, "2022-23")]),
        # near miss: in April to June the year depends on the country's fiscal year: left unresolved
        (
            "Two-way trade between India and Nepal was Rs 1,046 billion in the last fiscal year.",
            "2023-05-10",
            [(None, None)],
        ),
    ],
)
def test_the_last_fiscal_year_is_the_one_that_ended_last(
    sentence: str, published: str, expected: list[tuple[int | None, str | None]]
) -> None:
    facts = facts_of(sentence, published, TOTAL)
    assert [(f.year, f.fiscal_year) for f in facts] == expected
    assert all(f.unresolved == "the last fiscal year" for f in facts if f.year is None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bilateral trade between Bangladesh and Japan stood at $4.1 billion in FY2021-22, up from $3.5 billion in "
            "the previous fiscal year.",
            [(2021, "2021-22", 4.1e9), (2020, "2020-21", 3.5e9)],
        ),
        (
            "Trade between India and the UAE rose to $84.5 billion in 2022-23 from $72.9 billion in the preceding "
            "fiscal year.",
            [(2022, "2022-23", 84.5e9), (2021, "2021-22", 72.9e9)],
        ),
        (
            "Two-way trade between Pakistan and China reached $23 billion in fiscal 2021-22, compared with $17 billion "
            "the prior financial year.",
            [(2021, "2021-22", 23e9), (2020, "2020-21", 17e9)],
        ),
    ],
)
def test_the_previous_fiscal_year_after_a_fiscal_year_is_the_one_before_it(
    sentence: str, expected: list[tuple[int, str, float]]
) -> None:
    facts = facts_of(sentence, "2023-04-20", TOTAL)  # April: "the last fiscal year" of the story is not known
    assert [(f.year, f.fiscal_year, f.value_usd) for f in facts] == expected
    assert facts[1].basis is not None and facts[1].basis.endswith(f"the fiscal year before {expected[0][1]}")


def test_the_previous_fiscal_year_with_no_year_before_it_is_the_storys() -> None:
    facts = facts_of(
        "Trade between Nepal and India rose to $11 billion in the previous fiscal year.", "2024-02-10", TOTAL
    )
    assert [(f.year, f.fiscal_year) for f in facts] == [(2022, "2022-23")]


@pytest.mark.parametrize(
    ("sentence", "pair", "amount"),
    [
        (
            "The combined value of exports and imports between Chile and Korea was $7 billion in 2019.",
            ("CHL", "KOR"),
            7e9,
        ),
        ("Trade (exports plus imports) between Peru and India reached $2 billion in 2022.", ("IND", "PER"), 2e9),
        (
            "Two-way goods and services trade between New Zealand and Australia was NZ$30 billion in 2022.",
            ("AUS", "NZL"),
            30e9,
        ),
    ],
)
def test_exports_and_imports_together_are_the_two_way_total(
    sentence: str, pair: tuple[str, str], amount: float
) -> None:
    fact = only(sentence, TOTAL, "2024-05-02")
    assert (fact.countries, fact.amount) == (pair, amount)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In 2022, Vietnam's largest trading partners were China ($175 billion), the United States ($123 billion) "
            "and South Korea ($87 billion).",
            [(("CHN", "VNM"), 2022, 175e9), (("KOR", "VNM"), 2022, 87e9), (("USA", "VNM"), 2022, 123e9)],
        ),
        (
            "Chile's trade with China (US$65 billion), the United States (US$30 billion) and Brazil (US$12 billion) "
            "led its figures in 2021.",
            [(("BRA", "CHL"), 2021, 12e9), (("CHL", "CHN"), 2021, 65e9), (("CHL", "USA"), 2021, 30e9)],
        ),
        (
            "Kenya's main trading partners last year were Uganda ($1.1 billion) and China ($3.9 billion).",
            [(("CHN", "KEN"), 2023, 3.9e9), (("KEN", "UGA"), 2023, 1.1e9)],
        ),
        # near misses: one way; a year in each bracket, which is no one year of the list
        ("Vietnam's largest export markets in 2022 were the US ($109 billion) and China ($58 billion).", []),
        ("Vietnam's top trading partners were China ($175 billion in 2022) and the US ($111 billion in 2021).", []),
    ],
)
def test_each_country_with_its_figure_in_brackets_is_the_subjects_partner(
    sentence: str, expected: list[tuple[tuple[str, str], int, float]]
) -> None:
    facts = facts_of(sentence, "2024-05-02", TOTAL)
    assert sorted((f.countries, f.year, f.value_usd) for f in facts) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # trade in services alone is one sector
        "Trade in services between the UK and Vietnam was £1.2 billion in 2023.",
        # a sum recorded in a trade surplus
        "Vietnam recorded 6.8 billion USD in trade surplus with Brazil in 2023.",
        # two digits after FY that follow no year
        "Trade between India and Chile stood at $2.8 billion in FY21-25.",
        # a range of two figures
        "Trade between Peru and Vietnam was estimated at $5-10 billion in 2022.",
        "Trade between Peru and Vietnam was between $5 billion and $6 billion in 2022.",
        "Trade between Peru and Vietnam was put at $5 billion to $6 billion in 2022.",
        "Trade between Peru and Vietnam was put at 5 to 6 billion dollars in 2022.",
        # the year a source spoke in is not the figure's
        "Trade between Kenya and India reached $3.2 billion, according to the ministry in 2021.",
        # exports alone, services trade alone
        "Chile's exports to Korea, and imports from Japan, were $7 billion in 2019.",
        "Services trade between New Zealand and Australia was NZ$8 billion in 2022.",
    ],
)
def test_what_only_looks_like_a_two_way_total_gives_none(sentence: str) -> None:
    assert facts_of(sentence, "2024-05-02", TOTAL) == []


@pytest.mark.parametrize(
    ("sentence", "pair", "year", "amount"),
    [
        # trade as Latin American and Arab outlets translate it: "intercambio comercial", "commercial exchange"
        (
            "Commercial exchange between Mexico and Vietnam reached 7.2 billion dollars in 2023.",
            ("MEX", "VNM"),
            2023,
            7.2e9,
        ),
        (
            "Commercial exchanges between Argentina and India totalled US$6.4 billion in 2022.",
            ("ARG", "IND"),
            2022,
            6.4e9,
        ),
        (
            "The commercial interchange between Colombia and South Korea was $1.9 billion in 2021.",
            ("COL", "KOR"),
            2021,
            1.9e9,
        ),
        # import and export as one noun, singular or joined by a hyphen, with what is counted of them
        (
            "The total import and export value between Vietnam and Peru in 2022 was 1.1 billion USD.",
            ("PER", "VNM"),
            2022,
            1.1e9,
        ),
        ("Import-export value between Thailand and Chile reached $2.4 billion in 2023.", ("CHL", "THA"), 2023, 2.4e9),
        (
            "Export and import volume between Cambodia and Japan was US$3.2 billion in 2021.",
            ("JPN", "KHM"),
            2021,
            3.2e9,
        ),
        # the dollar sign written after the amount
        ("Bilateral trade between Ecuador and China amounted to 1.2 billion US$ in 2022.", ("CHN", "ECU"), 2022, 1.2e9),
        ("Trade between Uruguay and Vietnam reached 350 million US$ in 2021.", ("URY", "VNM"), 2021, 350e6),
        ("Two-way trade between Paraguay and Taiwan was 140 million US$ in 2023.", ("PRY", "TWN"), 2023, 140e6),
    ],
)
def test_trade_in_the_nouns_and_currency_marks_of_other_outlets(
    sentence: str, pair: tuple[str, str], year: int, amount: float
) -> None:
    fact = only(sentence, TOTAL, "2024-05-02")
    assert (fact.countries, fact.year, fact.amount, fact.currency) == (pair, year, amount, "USD")


@pytest.mark.parametrize(
    "sentence",
    [
        "A commercial exchange programme between Chile and Japan received $2 million in 2022.",
        "The Export-Import Bank of Korea lent $500 million to Vietnam in 2022.",
        "Vietnam's import value from Peru was $600 million in 2022.",
        "Trade between Peru and Chile included 40 million US$1 coins in 2022.",
    ],
)
def test_near_misses_of_those_nouns_and_marks_are_no_total(sentence: str) -> None:
    assert facts_of(sentence, "2024-05-02", TOTAL) == []


@pytest.mark.parametrize(
    ("sentence", "pair", "year", "value"),
    [
        # the total that sums the one-way figures before it, in their year
        (
            "Chile's exports to Vietnam were $600 million in 2022 and imports $1.2 billion, bringing two-way trade "
            "to $1.8 billion.",
            ("CHL", "VNM"),
            2022,
            1.8e9,
        ),
        (
            "India exported goods worth $12 billion to Bangladesh in 2022 and imported $2 billion, taking bilateral "
            "trade to $14 billion.",
            ("BGD", "IND"),
            2022,
            14e9,
        ),
        (
            "Korea's exports to Peru were $1.2 billion in 2021, while imports from Peru reached $2.3 billion, "
            "bringing total trade to $3.5 billion.",
            ("KOR", "PER"),
            2021,
            3.5e9,
        ),
        # near miss: the sum with a year of its own keeps it
        (
            "Korea's exports to Peru were $1.2 billion in 2021, bringing total trade to $3.5 billion in 2022.",
            ("KOR", "PER"),
            2022,
            3.5e9,
        ),
    ],
)
def test_a_total_summing_the_figures_before_it_takes_their_year(
    sentence: str, pair: tuple[str, str], year: int, value: float
) -> None:
    fact = only(sentence, TOTAL, "2024-05-02")
    assert (fact.countries, fact.year, fact.value_usd) == (pair, year, value)


def test_a_one_way_sum_is_no_total() -> None:
    sentence = "Chile's exports to Vietnam rose 10% in 2022, bringing total exports to $5 billion."
    assert facts_of(sentence, "2024-05-02", TOTAL) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the subject's trade with another partner, set against the first by "while", "whereas" or "and its"
        (
            "Vietnam's trade with Mexico reached $5.2 billion in 2022, while trade with Peru was $700 million.",
            [(("MEX", "VNM"), 2022, 5.2e9), (("PER", "VNM"), 2022, 0.7e9)],
        ),
        (
            "Chile's trade with China hit $60 billion in 2021, whereas its trade with India stood at $4 billion.",
            [(("CHL", "CHN"), 2021, 60e9), (("CHL", "IND"), 2021, 4e9)],
        ),
        (
            "In 2023, Peru's trade with the US was $20 billion and its trade with Japan $3 billion.",
            [(("PER", "USA"), 2023, 20e9), (("JPN", "PER"), 2023, 3e9)],
        ),
        # near miss: one way to the other partner is no total, and never the first pair's
        (
            "Vietnam's trade with Mexico reached $5.2 billion in 2022, while exports to Peru were $500 million.",
            [(("MEX", "VNM"), 2022, 5.2e9)],
        ),
    ],
)
def test_the_subjects_trade_with_another_partner_set_against_the_first(
    sentence: str, expected: list[tuple[tuple[str, str], int, float]]
) -> None:
    facts = [f for f in facts_of(sentence, "2024-01-10", TOTAL) if not f.derived]
    assert [(f.countries, f.year, f.value_usd) for f in facts] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Vietnam's trade with Mexico reached $5.2 billion in 2022; Peru's was $700 million.",
        "Trade between Vietnam and Mexico reached $5.2 billion in 2022, while Peru recorded $700 million.",
        "Trade between Vietnam and Mexico reached $5.2 billion in 2022, whereas Peru's stood at $700 million.",
    ],
)
def test_a_figure_of_a_clause_naming_only_another_country_is_not_the_pairs(sentence: str) -> None:
    facts = [f for f in facts_of(sentence, "2024-01-10", TOTAL) if not f.derived]
    assert [(f.countries, f.year, f.value_usd) for f in facts] == [(("MEX", "VNM"), 2022, 5.2e9)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a country's trading partners ranked, each with its figure
        (
            "China was Vietnam's largest trading partner in 2022 with $175 billion, followed by the US with "
            "$123 billion and South Korea with $87 billion.",
            [(("CHN", "VNM"), 2022, 175e9), (("USA", "VNM"), 2022, 123e9), (("KOR", "VNM"), 2022, 87e9)],
        ),
        (
            "In 2023, Thailand remained Japan's largest trading partner in ASEAN, with two-way trade of $60 billion, "
            "followed by Vietnam with $50 billion and Malaysia with $40 billion.",
            [(("JPN", "THA"), 2023, 60e9), (("JPN", "VNM"), 2023, 50e9), (("JPN", "MYS"), 2023, 40e9)],
        ),
        (
            "Germany was Chile's top trading partner in Europe in 2021 with $4.2 billion, followed by Spain at "
            "$3.1 billion.",
            [(("CHL", "DEU"), 2021, 4.2e9), (("CHL", "ESP"), 2021, 3.1e9)],
        ),
        # the years it has held the rank before its figure; the next partner's place told ("while … was second")
        (
            "China remained Malaysia's largest trading partner for the 14th consecutive year in 2022, with total "
            "trade of RM487.1 billion, while Singapore was second with RM329.8 billion.",
            [(("CHN", "MYS"), 2022, 487.1e9), (("MYS", "SGP"), 2022, 329.8e9)],
        ),
        (
            "Japan was Thailand's largest trading partner in 2021 with $60 billion, while China came second with $55 "
            "billion.",
            [(("JPN", "THA"), 2021, 60e9), (("CHN", "THA"), 2021, 55e9)],
        ),
    ],
)
def test_a_ranking_of_trading_partners_each_with_its_figure(
    sentence: str, expected: list[tuple[tuple[str, str], int, float]]
) -> None:
    facts = [f for f in facts_of(sentence, "2024-05-02", TOTAL) if not f.derived]
    assert [(f.countries, f.year, f.amount) for f in facts] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # exports ranked, one way; and a ranking without a year
        "China was Vietnam's largest export market in 2022 with $58 billion, followed by the US with $110 billion.",
        "China is Vietnam's largest trading partner with $175 billion, followed by the US with $123 billion.",
    ],
)
def test_a_ranking_of_one_way_or_of_no_year_gives_no_totals(sentence: str) -> None:
    assert [f for f in facts_of(sentence, "2024-05-02", TOTAL) if not f.derived] == []


@pytest.mark.parametrize(
    ("sentence", "pair", "expected"),
    [
        # a country's total trade with a partner is the pair's total, not its trade with the world
        (
            "Malaysia's total trade with China rose 5.2 per cent to RM487.13 billion in 2022 from RM463.0 billion "
            "in 2021.",
            ("CHN", "MYS"),
            [(2022, 487.13e9, "MYR"), (2021, 463e9, "MYR")],
        ),
        ("Vietnam's overall trade with Japan reached $47.6 billion in 2022.", ("JPN", "VNM"), [(2022, 47.6e9, "USD")]),
        (
            "Thailand's total trade with Laos stood at Bt250 billion in 2023.",
            ("LAO", "THA"),
            [(2023, 250e9, "THB")],
        ),
    ],
)
def test_a_countrys_total_trade_with_a_partner_is_the_pairs(
    sentence: str, pair: tuple[str, str], expected: list[tuple[int, float, str]]
) -> None:
    facts = [f for f in facts_of(sentence, "2024-01-10", TOTAL) if not f.derived]
    assert [(f.countries, f.year, f.amount, f.currency) for f in facts] == [(pair, *e) for e in expected]


def test_a_countrys_total_trade_alone_is_still_its_world_trade() -> None:
    sentence = "China and Malaysia met. Malaysia's total trade rose 5% to RM2.8 trillion in 2022."
    assert facts_of(sentence, "2024-01-10", TOTAL) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the whole of a year, said so, and a calendar year abbreviated
        "Trade between India and Vietnam totalled $7 billion for the full year 2022.",
        "Trade between Thailand and Japan reached $7 billion in full-year 2022.",
        "Trade between India and Japan was $7 billion in CY2022.",
        "Trade between Chile and Korea was $7 billion in the whole of 2022.",
    ],
)
def test_a_whole_year_said_so_is_the_figures_year(sentence: str) -> None:
    fact = only(sentence, TOTAL, "2024-05-02")
    assert (fact.year, fact.value_usd, fact.partial_period) == (2022, 7e9, None)


@pytest.mark.parametrize(
    ("sentence", "pair", "year", "usd"),
    [
        # a stock of investment as of a date after its host
        ("Vietnamese investors have poured $5.5 billion into Laos as of 2023.", ("LAO", "VNM"), 2023, 5.5e9),
        ("Korean firms had invested $85 billion in Vietnam as of December 2023.", ("KOR", "VNM"), 2023, 85e9),
        ("Thai companies have invested $11 billion in Myanmar as at 2022.", ("MMR", "THA"), 2022, 11e9),
        # near miss: a date of something else after the host
        (
            "Vietnamese investors have poured $5.5 billion into Laos, as officials said in 2023.",
            ("LAO", "VNM"),
            None,
            5.5e9,
        ),
    ],
)
def test_a_stock_of_investment_as_of_a_date(sentence: str, pair: tuple[str, str], year: int | None, usd: float) -> None:
    facts = [f for f in facts_of(sentence, "2024-05-02", FactKind.INVESTMENT) if not f.derived]
    assert [(f.countries, f.year, f.value_usd) for f in facts] == [(pair, year, usd)]


@pytest.mark.parametrize(
    ("text", "pair", "year", "amount"),
    [
        # a sheet's or headline's label in title case: its capitalised words are investment's, not a company's name
        ("Japan and Mongolia\nJapan's Direct Investment: 4.8 billion yen (2022)", ("JPN", "MNG"), 2022, 4.8e9),
        (
            "Korea and Vietnam\nKorean Foreign Direct Investment in Vietnam reached $4.5 billion in 2023.",
            ("KOR", "VNM"),
            2023,
            4.5e9,
        ),
        (
            "Australia and Vietnam\nAustralia's Total Investment in Vietnam: A$1.9 billion (2022)",
            ("AUS", "VNM"),
            2022,
            1.9e9,
        ),
    ],
)
def test_investment_named_in_title_case_is_a_countrys(
    text: str, pair: tuple[str, str], year: int, amount: float
) -> None:
    fact = only(text, FactKind.INVESTMENT, "2024-05-02")
    assert (fact.countries, fact.year, fact.amount) == (pair, year, amount)


def test_a_company_named_after_its_country_is_still_one_company() -> None:
    text = "Japan and Thailand\nJapan's Toyota Motor has invested $2 billion in Thailand since 2020."
    assert facts_of(text, "2024-05-02", FactKind.INVESTMENT) == []


@pytest.mark.parametrize(
    ("sentence", "percent"),
    [
        # the other verbs of a rate's direction
        ("Japan-Thailand trade slipped 5% in 2022 as Japanese auto exports fell.", -5.0),
        ("Trade between Chile and Peru slid 3.4 percent in 2022.", -3.4),
        ("Trade between Chile and Peru dipped 2 percent in 2022.", -2.0),
        ("Trade between Chile and Peru tumbled 18 percent in 2022.", -18.0),
        ("Trade between Chile and Peru plummeted 30 percent in 2022.", -30.0),
        ("Trade between Chile and Peru rebounded 12 percent in 2022.", 12.0),
        ("Trade between Chile and Peru leapt 40 percent in 2022.", 40.0),
    ],
)
def test_rates_told_with_other_verbs_of_their_direction(sentence: str, percent: float) -> None:
    fact = only(sentence, FactKind.TRADE_GROWTH, "2023-06-12")
    assert (fact.year, fact.percent) == (2022, percent)


@pytest.mark.parametrize(
    ("sentence", "year", "percent"),
    [
        # a rate written in words, as agencies write the numbers below ten
        ("Indo-Soviet trade in 1986 was up nine pct from 1985, he told reporters.", 1986, 9.0),
        ("Trade between Kenya and Uganda rose five per cent in 2019.", 2019, 5.0),
        ("Sino-Japanese trade fell seven percent to 80 billion dlrs in 1986.", 1986, -7.0),
        ("Trade between Chile and Peru grew twenty-five percent in 2021.", 2021, 25.0),
    ],
)
def test_a_rate_written_in_words(sentence: str, year: int, percent: float) -> None:
    fact = only(sentence, FactKind.TRADE_GROWTH, "1987-06-12" if year < 2000 else "2023-06-12")
    assert (fact.year, fact.percent) == (year, percent)


def test_a_share_written_in_words_is_no_rate() -> None:
    # near miss: nine per cent of a whole, no change
    text = "Trade between Kenya and Uganda was nine per cent of Kenya's trade in 2019."
    assert facts_of(text, "2023-06-12", FactKind.TRADE_GROWTH) == []


@pytest.mark.parametrize(
    ("sentence", "totals"),
    [
        # "export turnover", "import turnover": one way's, as Vietnamese outlets write it
        (
            "Viet Nam's export turnover to Chile in 2023 was 900 million USD and import turnover was 400 million USD, "
            "bringing two-way trade to 1.3 billion USD.",
            [(2023, 1.3e9)],
        ),
        ("Vietnam's import turnover from Laos reached 800 million USD in 2023.", []),
        # a cue of both ways after one way's turnover: the total
        (
            "Vietnam's export turnover rose, and bilateral trade with Laos reached 1.6 billion USD in 2023.",
            [(2023, 1.6e9)],
        ),
        # near misses: both ways
        ("Vietnam-Laos import-export turnover reached 1.6 billion USD in 2023.", [(2023, 1.6e9)]),
        ("The export-import turnover of Vietnam and Laos reached 1.6 billion USD in 2023.", [(2023, 1.6e9)]),
    ],
)
def test_one_ways_turnover_is_no_total(sentence: str, totals: list[tuple[int, float]]) -> None:
    facts = facts_of(
        "Vietnam and Laos\n" + sentence if "Chile" not in sentence else sentence, "2024-05-02", FactKind.TRADE_TOTAL
    )
    assert sorted((f.year, f.value_usd) for f in facts if not f.derived) == totals


def test_one_ways_turnover_growing_is_no_growth_of_trade() -> None:
    text = "Vietnam and Chile\nViet Nam's export turnover to Chile rose 12 percent in 2023."
    assert facts_of(text, "2024-05-02", FactKind.TRADE_GROWTH) == []
    text = "Vietnam and Chile\nViet Nam's trade turnover with Chile rose 12 percent in 2023."  # near miss: both ways
    assert [(f.year, f.percent) for f in facts_of(text, "2024-05-02", FactKind.TRADE_GROWTH)] == [(2023, 12.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        # trade a protocol or plan envisages, foresees or provides for is a target, not a total
        "NEW DELHI, March 3 - India and the Soviet Union signed a trade protocol today envisaging two-way trade of "
        "3.6 billion roubles in 1987, officials said.",
        "The plan foresees bilateral trade between Chile and Peru of $5 billion in 2025.",
        "The agreement provides for trade between Chile and Peru worth $5 billion in 2025.",
        "The protocol envisages trade between Chile and Peru of $5 billion in 2025.",
    ],
)
def test_trade_a_plan_envisages_is_no_total(sentence: str) -> None:
    assert [f for f in facts_of(sentence, "1987-03-03", FactKind.TRADE_TOTAL) if f.year in (1987, 2025)] == []


@pytest.mark.parametrize(
    ("sentence", "pub", "year", "value"),
    [
        # trade that crossed a mark in a year: over the mark, as "exceeded $100 billion" is
        ("Trade between India and the UAE crossed the $100 billion mark in 2022.", "2023-02-10", 2022, 100e9),
        (
            "Two-way trade between Vietnam and Mexico surpassed the US$10-billion mark in 2023.",
            "2024-02-10",
            2023,
            10e9,
        ),
        ("Thai-Lao trade passed the US$10-billion milestone in 2023.", "2024-02-10", 2023, 10e9),
        (
            "Bilateral trade between Chile and Korea topped the US$5 billion threshold for the first time in 2011.",
            "2012-03-01",
            2011,
            5e9,
        ),
    ],
)
def test_trade_that_crossed_a_mark_is_a_total_over_it(sentence: str, pub: str, year: int, value: float) -> None:
    fact = only(sentence, TOTAL, pub)
    assert (fact.year, fact.value_usd, fact.qualifier) == (year, value, "over")


@pytest.mark.parametrize(
    ("sentence", "totals"),
    [
        # near misses: the figure itself given beside the mark; a mark aimed at
        (
            "The bilateral trade between India and Mexico reached 10.2 billion USD in 2018, surpassing the 10 billion "
            "mark for the first time.",
            [(2018, 10.2e9, None)],
        ),
        ("Vietnam and Mexico aim to lift bilateral trade to the US$10-billion mark by 2030.", []),
        ("Trade between Vietnam and Mexico is expected to cross the US$10 billion mark in 2025.", []),
    ],
)
def test_a_mark_beside_the_figure_or_aimed_at_is_no_total(sentence: str, totals: list[tuple[int, float, None]]) -> None:
    assert [(f.year, f.value_usd, f.qualifier) for f in facts_of(sentence, "2024-02-10", TOTAL)] == totals


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        # a figure written as one hyphenated word before its noun: "15-billion-dollar trade", "2-billion-USD mark"
        ("Vietnam and Australia recorded 15-billion-dollar two-way trade in 2023.", 15e9, None),
        ("Bilateral trade between Vietnam and Chile topped the 2-billion-USD mark in 2023.", 2e9, "over"),
        ("Japan and Peru posted a 3.5-billion-US-dollar trade turnover in 2023.", 3.5e9, None),
    ],
)
def test_a_figure_hyphenated_into_one_word_is_money(sentence: str, value: float, qualifier: str | None) -> None:
    fact = only(sentence, TOTAL, "2024-02-10")
    assert (fact.year, fact.value_usd, fact.qualifier) == (2023, value, qualifier)


def test_a_hyphenated_figure_without_a_currency_or_as_an_idiom_is_no_money() -> None:
    # near misses: "a 10-million-strong diaspora" is people; "a billion-dollar package" a size said as an idiom
    people = "Vietnam and Australia, with a 10-million-strong diaspora, traded more in 2023."
    assert facts_of(people, "2024-02-10") == []
    idiom = "Vietnam and Australia agreed on a billion-dollar two-way trade package in 2023."
    assert facts_of(idiom, "2024-02-10", TOTAL) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the pair's own trade named after a country's world trade: the figure is the pair's
        (
            "India accounted for 64 percent of Nepal's total foreign trade in 2022, with two-way trade of $8 billion.",
            [(("IND", "NPL"), 2022, 8e9)],
        ),
        (
            "In 2021, Japan made up a fifth of Thailand's overall trade, with bilateral trade of $60 billion.",
            [(("JPN", "THA"), 2021, 60e9)],
        ),
        (
            "Kenya's external trade grew in 2022, and trade between Kenya and Uganda reached $1.1 billion.",
            [(("KEN", "UGA"), 2022, 1.1e9)],
        ),
        # near misses: the world's figure, with no pair's trade after its name
        ("Peru's total foreign trade reached $90 billion in 2022, and China accounted for a third of it.", []),
        ("China accounted for a third of Peru's total foreign trade of $90 billion in 2022.", []),
    ],
)
def test_the_pairs_own_trade_named_after_a_countrys_world_trade_is_the_pairs(
    sentence: str, expected: list[tuple[tuple[str, str], int, float]]
) -> None:
    facts = facts_of(sentence, "2023-08-01", TOTAL)
    assert [(f.countries, f.year, f.value_usd) for f in facts] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the later items of a list share the year stated with its first figure
        (
            "Vietnam's trade with China reached 171.2 billion USD in 2023, with the United States 110.8 billion USD "
            "and with the Republic of Korea 76 billion USD.",
            [(("CHN", "VNM"), 2023, 171.2e9), (("KOR", "VNM"), 2023, 76e9), (("USA", "VNM"), 2023, 110.8e9)],
        ),
        (
            "Peru's trade with China totalled $36.4 billion in 2023, with Brazil $4.2 billion.",
            [(("BRA", "PER"), 2023, 4.2e9), (("CHN", "PER"), 2023, 36.4e9)],
        ),
        (
            "Chile's two-way trade with Japan stood at $12 billion in 2021, and its trade with Korea $9 billion.",
            [(("CHL", "JPN"), 2021, 12e9), (("CHL", "KOR"), 2021, 9e9)],
        ),
        # near miss: not across a semicolon, into another clause with no year of its own
        (
            "In 2021 Vietnam's trade with China was $150 billion; Vietnam's trade with Japan reached $45 billion, with "
            "Korea $70 billion.",
            [(("CHN", "VNM"), 2021, 150e9)],
        ),
    ],
)
def test_the_later_items_of_a_list_share_the_year_of_its_first_figure(
    sentence: str, expected: list[tuple[tuple[str, str], int, float]]
) -> None:
    facts = facts_of(sentence, "2024-01-20", TOTAL)
    assert sorted((f.countries, f.year, f.value_usd) for f in facts if not f.derived) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the base a surplus or one way's exports rose from is no total either; a total set against them by "while"
        # takes the year they rose to, not their base's
        (
            "South Korea's trade surplus with the United States rose to 7.3 billion dlrs in 1986 from 4.3 billion in "
            "1985, while two-way trade totalled 20.5 billion dlrs.",
            [(1986, 20.5e9)],
        ),
        (
            "Chile's exports to China climbed to $40 billion in 2022 from $35 billion in 2021, while two-way trade "
            "reached $65 billion.",
            [(2022, 65e9)],
        ),
        (
            "Vietnam's trade deficit with Korea narrowed to $29 billion in 2023 from $34 billion in 2022.",
            [],
        ),
        # near miss: the base of a total is a total of its year
        (
            "Two-way trade between Japan and China fell to 15.5 billion dlrs in 1986 from 17.7 billion in 1985.",
            [(1985, 17.7e9), (1986, 15.5e9)],
        ),
    ],
)
def test_the_base_of_another_figure_is_none_and_a_total_set_against_it_takes_the_year_risen_to(
    sentence: str, expected: list[tuple[int, float]]
) -> None:
    facts = facts_of(sentence, "1987-03-02" if "dlrs" in sentence else "2024-03-02", TOTAL)
    assert sorted((f.year, f.value_usd) for f in facts if not f.derived) == expected


@pytest.mark.parametrize(
    ("sentence", "percent"),
    [
        # a rate told with a target it passed or met: the rate is what happened
        (
            "China-Russia trade hit a record $240.1 billion in 2023, up 26.3% from a year earlier, exceeding the $200 "
            "billion target set by the two countries' leaders.",
            26.3,
        ),
        ("Trade between India and the UAE rose 16% to $85 billion in 2022, surpassing the goal set in 2019.", 16.0),
        ("Bilateral trade between Vietnam and Korea grew 8 percent in 2022, meeting the target the leaders set.", 8.0),
    ],
)
def test_a_rate_beside_a_target_it_passed_is_growth(sentence: str, percent: float) -> None:
    assert only(sentence, FactKind.TRADE_GROWTH, "2024-01-12").percent == percent


def test_a_rate_aimed_at_is_no_growth() -> None:
    # near miss: the rate is the goal
    assert (
        facts_of("Vietnam and Korea target a 10 percent rise in trade in 2025.", "2024-01-12", FactKind.TRADE_GROWTH)
        == []
    )


@pytest.mark.parametrize(
    ("text", "pair", "year", "value"),
    [
        # the country passed on the way up is no side of the trade told with the rank
        (
            "Philippines and Japan\nMANILA, March 12 - Japan replaced the United States as the Philippines' largest "
            "trading partner in 1986, with two-way trade of 2.1 billion dlrs, the central bank said.",
            ("JPN", "PHL"),
            1986,
            2.1e9,
        ),
        (
            "Korea and China\nChina overtook Japan as South Korea's largest trading partner in 2004, with bilateral "
            "trade of $79 billion.",
            ("CHN", "KOR"),
            2004,
            79e9,
        ),
        (
            "Cambodia and Vietnam\nVietnam surpassed Thailand as Cambodia's second-largest trading partner in 2022, "
            "with two-way trade of $8 billion.",
            ("KHM", "VNM"),
            2022,
            8e9,
        ),
        # when it was passed told between the country and "to become" or "as"
        (
            "Philippines and China\nChina overtook Japan last year to become the Philippines' largest trading "
            "partner, with two-way trade of US$21.9 billion.",
            ("CHN", "PHL"),
            2023,
            21.9e9,
        ),
        (
            "Brazil and China\nChina replaced the US in 2009 as Brazil's largest trading partner, with trade of $36 "
            "billion.",
            ("BRA", "CHN"),
            2009,
            36e9,
        ),
        # near miss: a country passed is a side of a trade told apart from the rank
        (
            "China and Japan\nChina overtook Japan last year, and trade between China and Japan reached $300 billion.",
            ("CHN", "JPN"),
            2023,
            300e9,
        ),
    ],
)
def test_the_country_passed_is_no_side_of_the_trade_told_with_the_rank(
    text: str, pair: tuple[str, str], year: int, value: float
) -> None:
    facts = facts_of(text, "2024-03-12" if "dlrs" not in text else "1987-03-12", TOTAL)
    assert [(f.countries, f.year, f.value_usd) for f in facts] == [(pair, year, value)]


@pytest.mark.parametrize(
    ("sentence", "year", "percent"),
    [
        # a rate after "to X in a year from Y in the year before": the change into the later year
        (
            "Two-way trade between Australia and Indonesia grew to A$26.6 billion in 2023 from A$18.4 billion in 2022, "
            "an increase of 20 per cent.",
            2023,
            20.0,
        ),
        ("Trade between Chile and Korea rose to $9 billion in 2022 from $7.5 billion in 2021, a 20 percent increase.",
         2022, 20.0),
        ("Peru-Japan trade fell to US$3 billion in 2020 from US$4 billion in 2019, a drop of 25%.", 2020, -25.0),
        # a rate after a total and the earlier total it is compared with: the change into the total's year
        ("Trade between Chile and Peru reached $5.2 billion in 2021, compared with $4.0 billion in 2020, an increase "
         "of 30 percent.", 2021, 30.0),
        ("Bilateral trade between Kenya and Japan stood at $1.1 billion in 2019 as against $1.0 billion in 2018, a "
         "rise of 10 per cent.", 2019, 10.0),
        ("Two-way trade between Ghana and India totalled $4.8 billion in the first half of 2024, compared to $4.0 "
         "billion in the same period of 2023, an increase of 20 percent.", 2024, 20.0),
        ("Trade between Chile and Korea fell to $4 billion in 2020 versus $5 billion in 2019, a decline of 20%.",
         2020, -20.0),
        # near miss: one total before the rate, its year
        ("Trade between Chile and Korea was $9 billion in 2022, up 20 percent.", 2022, 20.0),
    ],
)  # fmt: skip
def test_a_rate_after_a_rise_from_one_year_to_another_is_the_later_years(
    sentence: str, year: int, percent: float
) -> None:
    fact = only(sentence, FactKind.TRADE_GROWTH, "2024-02-26")
    assert (fact.year, fact.percent) == (year, percent)


def test_a_rate_after_a_rise_its_figures_contradict_is_flagged_in_the_currency_stated() -> None:
    # A$18.4 billion to A$26.6 billion is 44.6 %, not 20 (in dollars the exchange rate's change would be in it)
    fact = only(
        "Two-way trade between Australia and Indonesia grew to A$26.6 billion in 2023 from A$18.4 billion in 2022, "
        "an increase of 20 per cent.",
        FactKind.TRADE_GROWTH,
        "2024-02-26",
    )
    assert fact.flags == ("inconsistent: stated 20 %, but 18,400,000,000 (2022) → 26,600,000,000 (2023) is 44.6 %",)


@pytest.mark.parametrize(
    ("sentence", "pair", "year", "amount"),
    [
        # a country's share of another's world trade, its value in apposition: the pair's trade
        ("China accounted for 71.7 percent of Mongolia's foreign trade in 2023, or $17.2 billion.", ("CHN", "MNG"),
         2023, 17.2e9),
        ("India made up 64 percent of Nepal's total trade in 2022, worth Rs 1,046 billion.", ("IND", "NPL"), 2022,
         1046e9),
        ("Russia accounted for 30 per cent of Kazakhstan's external trade in 2022, or about $26 billion.",
         ("KAZ", "RUS"), 2022, 26e9),
    ],
)  # fmt: skip
def test_a_share_of_world_trade_worth_a_sum_is_the_pairs_trade(
    sentence: str, pair: tuple[str, str], year: int, amount: float
) -> None:
    fact = only(sentence, FactKind.TRADE_TOTAL, "2024-03-01")
    assert (fact.countries, fact.year, fact.amount) == (pair, year, amount)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the world trade itself, named after the share
        "Mongolia's foreign trade reached $24 billion in 2023, with China its largest partner.",
        "China accounted for 71.7 percent of Mongolia's foreign trade, which reached $24 billion in 2023.",
    ],
)
def test_a_countrys_world_trade_is_no_pairs_trade(sentence: str) -> None:
    assert facts_of(sentence, "2024-03-01", FactKind.TRADE_TOTAL) == []


@pytest.mark.parametrize(
    ("sentence", "total", "agreement"),
    [
        # "N years after" an event, told after a figure of a stated year: the event's date counted from that year,
        # and no date of the figure
        (
            "Trade between the UK and Australia grew 11% in 2023 to £23.5 billion, two years after the countries "
            "signed a free trade agreement.",
            (2023, 23.5e9),
            "2021",
        ),
        (
            "Bilateral trade between Peru and China reached $38 billion in 2019, ten years after they signed a free "
            "trade agreement.",
            (2019, 38e9),
            "2009",
        ),
        (
            "Trade between Vietnam and Chile hit $2 billion in 2024, ten years after the two countries' free trade "
            "agreement took effect.",
            (2024, 2e9),
            "2014",
        ),
    ],
)
def test_years_after_an_event_count_from_the_sentences_year_and_date_no_figure(
    sentence: str, total: tuple[int, float], agreement: str
) -> None:
    facts = facts_of(sentence, "2026-06-01")  # the story's year is none of the years
    assert [(f.year, f.amount) for f in facts if f.kind == TOTAL] == [total]
    assert [f.date for f in facts if f.kind == FactKind.AGREEMENT] == [agreement]


@pytest.mark.parametrize(
    ("sentence", "year", "amount"),
    [
        # the figure reached at the end of a change told over a span of years is the span's last year's
        ("Indonesia's trade with Australia more than tripled between 2005 and 2023, to A$26 billion.", 2023, 26e9),
        ("Trade between Chile and Korea grew fivefold from 2004 to 2023, reaching $14 billion.", 2023, 14e9),
        ("Peru-India trade doubled over 2015-2022 to $4.1 billion.", 2022, 4.1e9),
    ],
)
def test_a_figure_reached_over_a_span_of_years_is_its_last_years(sentence: str, year: int, amount: float) -> None:
    fact = only(sentence, TOTAL, "2024-03-05")
    assert (fact.year, fact.amount) == (year, amount)


def test_a_figure_before_a_span_of_years_is_not_dated_by_it() -> None:
    # near miss: an average over a span is no year's total
    assert facts_of("Trade between Chile and Korea averaged $10 billion a year between 2015 and 2020.", "2024-03-05",
                    TOTAL) == []  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a later clause of the same side's trade with another partner: that pair's figure
        (
            "Kenya's trade with India grew 14 percent to Sh410 billion in 2022, while trade with China rose 9 percent "
            "to Sh830 billion.",
            {(("IND", "KEN"), 2022, 410e9, None), (("CHN", "KEN"), 2022, 830e9, None),
             (("IND", "KEN"), 2022, None, 14.0), (("CHN", "KEN"), 2022, None, 9.0)},
        ),
        (
            "Japan's trade with China totalled $335 billion in 2022, more than four times its trade with South Korea, "
            "at $78 billion.",
            {(("CHN", "JPN"), 2022, 335e9, None), (("JPN", "KOR"), 2022, 78e9, None)},
        ),
        (
            "Peru's trade with South Korea reached US$3.9 billion in 2022, a figure dwarfed by its trade with China, "
            "which topped US$35 billion, and with the United States, at US$19 billion.",
            {(("KOR", "PER"), 2022, 3.9e9, None), (("CHN", "PER"), 2022, 35e9, None),
             (("PER", "USA"), 2022, 19e9, None)},
        ),
        # near miss: a later clause of the other country's own figure, not its trade with the side
        (
            "Chile's trade with Peru reached $5 billion in 2022, while Bolivia recorded $700 million.",
            {(("CHL", "PER"), 2022, 5e9, None)},
        ),
    ],
)  # fmt: skip
def test_the_sides_trade_with_another_partner_in_a_later_clause_is_that_pairs(
    sentence: str, expected: set[tuple[tuple[str, str], int, float | None, float | None]]
) -> None:
    facts = [f for f in facts_of(sentence, "2023-02-20") if not f.derived and f.kind in (TOTAL, FactKind.TRADE_GROWTH)]
    found = {(f.countries, f.year, f.amount if f.kind == TOTAL else None, f.percent) for f in facts}
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a total set against the figure before by ", as …": of that figure's year
        ("Pakistan's trade deficit with China narrowed to $9.5 billion in 2023, as bilateral trade fell 14 percent "
         "to $19.5 billion, Chinese customs data showed.", [(2023, 19.5e9)]),
        ("Kenya's exports to India rose to $500 million in 2022, as two-way trade grew to $3.4 billion.",
         [(2022, 3.4e9)]),
        # near miss: "as" of a reason, no trade after it
        ("Trade between Chile and Peru reached $5 billion in 2022, as copper prices rose to $4 a pound.",
         [(2022, 5e9)]),
    ],
)  # fmt: skip
def test_a_total_set_against_the_figure_before_by_as_takes_its_year(
    sentence: str, expected: list[tuple[int, float]]
) -> None:
    assert [(f.year, f.value_usd) for f in facts_of(sentence, "2024-01-15", TOTAL) if not f.derived] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "a year before" another event: a yearly figure of a time before it, no year of its own
        ("Trade between Qatar and Saudi Arabia was about $1.3 billion a year before the rift.", []),
        ("Trade between Russia and Ukraine was worth $40 billion the year before the war.", []),
        # near misses: "a year before" alone, the year before the story's or the sentence's
        ("Trade between Qatar and Oman reached $1.5 billion in 2020, up from $1.3 billion a year before.",
         [(2020, 1.5e9), (2019, 1.3e9)]),
    ],
)  # fmt: skip
def test_a_year_before_another_event_dates_no_figure(sentence: str, expected: list[tuple[int, float]]) -> None:
    assert [(f.year, f.value_usd) for f in facts_of(sentence, "2021-01-06", TOTAL) if not f.derived] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain and Nigeria signed an agreement on Tuesday rescheduling about 1.2 billion stg of Nigerian trade debt.",
        "Poland's trade debt to the United States was 640 mln dlrs last year.",
        "Nigeria owes Britain about 1.2 billion stg in trade arrears, the two countries said in 1988.",
        "The United States extended 300 mln dlrs of trade finance to Poland in 1987.",
    ],
)
def test_a_debt_or_credit_of_trade_is_no_total(sentence: str) -> None:
    assert facts_of(sentence, "1988-05-03", FactKind.TRADE_TOTAL) == []


def test_trade_told_beside_a_debt_is_still_a_total() -> None:
    # Near miss: the trade and the debt each in their own words.
    facts = facts_of(
        "Trade between Britain and Nigeria was worth 1.3 billion stg in 1987, while Nigeria's trade debt to "
        "Britain stood at 1.2 billion stg.",
        "1988-05-03",
        FactKind.TRADE_TOTAL,
    )
    assert [(f.year, f.currency, f.amount) for f in facts] == [(1987, "GBP", 1.3e9)]


@pytest.mark.parametrize(
    ("body", "pair", "currency", "amount"),
    [
        (
            "China and East Germany signed a trade pact. Trade between the two countries, conducted in Swiss "
            "francs, amounted to 1.9 billion Swiss francs in 1986.",
            ("CHN", "DDR"),
            "CHF",
            1.9e9,
        ),
        (
            "Bhutan and Bangladesh signed a transit deal. Trade between the two countries reached 5 billion "
            "Indian rupees in 1986.",
            ("BGD", "BTN"),
            "INR",
            5e9,
        ),
        (
            "Laos and Cambodia agreed to cooperate. Trade between the two neighbours totalled 12 billion Thai "
            "baht in 1986.",
            ("KHM", "LAO"),
            "THB",
            12e9,
        ),
        # near miss: the currency's country is a side of the trade, named as such
        (
            "Trade between Japan and Switzerland reached 9.2 billion Swiss francs in 1986.",
            ("CHE", "JPN"),
            "CHF",
            9.2e9,
        ),
    ],
)
def test_a_currency_named_by_a_third_countrys_adjective_names_no_side(
    body: str, pair: tuple[str, str], currency: str, amount: float
) -> None:
    total = only(body, FactKind.TRADE_TOTAL, "1987-06-08")
    assert (total.countries, total.year, total.currency, total.amount) == (pair, 1986, currency, amount)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trade between China and Russia reached $21 billion in May 2024.", (2024, "May", 21e9)),
        ("In March, trade between Chile and Peru reached $1.2 billion, up 12 percent.", (2024, "March", 1.2e9)),
        ("China-Russia trade in January 2024 hit $19 billion, customs data showed.", (2024, "January", 19e9)),
        # near miss: the month the figure was told in, not the figure's period
        ("Trade between Chile and Peru reached $5 billion in 2023, the ministry said in May.", (2023, None, 5e9)),
    ],
)
def test_a_months_trade_is_part_of_its_year(sentence: str, expected: tuple[int, str | None, float]) -> None:
    total = only(sentence, FactKind.TRADE_TOTAL, "2024-09-24")
    assert (total.year, total.partial_period, total.value_usd) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Viet Nam is Cuba's second trading partner in Asia, with a bilateral exchange that exceeded 200 million "
            "dollars last year.",
            (("CUB", "VNM"), 2022, 200e6),
        ),
        (
            "The bilateral exchange between Cuba and China reached 1.5 billion dollars in 2022.",
            (("CHN", "CUB"), 2022, 1.5e9),
        ),
        (
            "Bilateral exchanges between Mexico and Vietnam totaled 7.7 billion dollars in 2022.",
            (("MEX", "VNM"), 2022, 7.7e9),
        ),
    ],
)
def test_a_bilateral_exchange_of_money_is_trade(body: str, expected: tuple[tuple[str, str], int, float]) -> None:
    total = only(body, FactKind.TRADE_TOTAL, "2023-12-05")
    assert (total.countries, total.year, total.value_usd) == expected


def test_a_bilateral_exchange_programme_is_no_trade() -> None:
    # Near miss: an exchange of people, with its budget.
    facts = facts_of(
        "A bilateral exchange programme between Cuba and Vietnam worth 2 million dollars was launched in 2022.",
        "2023-12-05",
        FactKind.TRADE_TOTAL,
    )
    assert facts == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Vietnam's trade with Latin American countries exceeded 20 billion USD in 2023, according to customs.",
        "Vietnam's trade with countries in Latin America exceeded 20 billion USD in 2023.",
        "Vietnam's trade with ASEAN member states reached 80 billion USD in 2023.",
        "Vietnam's trade with the five Central Asian countries reached 70 billion USD in 2023.",
        "Vietnam's trade with its neighbouring Southeast Asian nations reached 70 billion USD in 2023.",
    ],
)
def test_trade_with_a_regions_countries_is_no_pairs_total(sentence: str) -> None:
    facts = facts_of(f"Vietnam and Brazil held talks. {sentence}", "2024-02-20", FactKind.TRADE_TOTAL)
    assert facts == []


def test_trade_with_a_country_described_by_its_region_is_the_pairs() -> None:
    # Near miss: the region describes the partner named.
    total = only(
        "Vietnam's trade with Brazil, its largest Latin American partner, reached 7.27 billion USD in 2023.",
        FactKind.TRADE_TOTAL,
        "2024-02-20",
    )
    assert (total.countries, total.value_usd) == (("BRA", "VNM"), 7.27e9)


REGION_STORY = (
    " date 2024-02-20 \nVietnam's trade with Latin America\n"
    "Vietnam's trade with Latin American countries exceeded 20 billion USD in 2023, according to customs.\n\n"
    "Brazil remained Vietnam's largest trading partner in the region with two-way trade of 7.27 billion USD, "
    "followed by Mexico with 6.4 billion USD.\n\n"
    "Trade with Chile reached 1.84 billion USD, up 5.3 percent year-on-year, while trade with Peru hit 590 million "
    "USD.\n"
)


def test_a_story_of_one_countrys_trade_with_many_partners_gives_each_pairs_total() -> None:
    # The year told once, in the story's first sentence of trade, for the sentences of trade after it that tell
    # none; "trade with Chile" the trade of the country whose trade the story is of.
    facts = [f for f in extract_article(REGION_STORY).facts if not f.derived]
    totals = sorted((f.countries, f.year, f.value_usd) for f in facts if f.kind == FactKind.TRADE_TOTAL)
    assert totals == [
        (("BRA", "VNM"), 2023, 7.27e9),
        (("CHL", "VNM"), 2023, 1.84e9),
        (("MEX", "VNM"), 2023, 6.4e9),
        (("PER", "VNM"), 2023, 590e6),
    ]
    growth = [(f.countries, f.year, f.percent) for f in facts if f.kind == FactKind.TRADE_GROWTH]
    assert growth == [(("CHL", "VNM"), 2023, 5.3)]


def test_a_figure_after_a_sentence_of_no_trade_takes_no_year_from_before_it() -> None:
    # Near miss: a sentence of something else between breaks the chain of years.
    text = (
        " date 2024-02-20 \nVietnam and Chile\n"
        "Trade between Vietnam and Chile reached 1.84 billion USD in 2023.\n\n"
        "The two countries also discussed education and tourism.\n\n"
        "Trade between Vietnam and Chile reached 2 billion USD.\n"
    )
    totals = sorted((f.year, f.value_usd) for f in extract_article(text).facts if f.kind == FactKind.TRADE_TOTAL)
    assert totals == [(2023, 1.84e9)]


PARTNERS_STORY = (
    " date 2024-03-04 \nPeru's trade with Asia\n"
    "China remained Peru's main trading partner in 2023, with trade of US$ 36.5 billion, followed by the United "
    "States (US$ 18.1 billion).\n\n"
    "Trade with Japan amounted to US$ 3.2 billion and with South Korea to US$ 3.9 billion.\n\n"
    "Peru's trade with India grew 12% to US$ 5.1 billion.\n"
)


def test_a_story_of_partners_told_in_brackets_in_elliptic_clauses_and_by_a_rate_to_a_total() -> None:
    totals = sorted(
        (f.countries, f.year, f.value_usd)
        for f in extract_article(PARTNERS_STORY).facts
        if f.kind == FactKind.TRADE_TOTAL and not f.derived
    )
    assert totals == [
        (("CHN", "PER"), 2023, 36.5e9),
        (("IND", "PER"), 2023, 5.1e9),
        (("JPN", "PER"), 2023, 3.2e9),
        (("KOR", "PER"), 2023, 3.9e9),
        (("PER", "USA"), 2023, 18.1e9),
    ]


def test_an_elliptic_clause_of_another_flow_is_no_total() -> None:
    # Near miss: "and with South Korea" of exports, one way.
    text = (
        " date 2024-03-04 \nPeru and Japan\nTrade between Peru and Japan reached US$ 3.2 billion in 2023.\n\n"
        "Peru's exports to Japan amounted to US$ 2.1 billion and to South Korea to US$ 2.9 billion.\n"
    )
    totals = [(f.countries, f.value_usd) for f in extract_article(text).facts if f.kind == FactKind.TRADE_TOTAL]
    assert totals == [(("JPN", "PER"), 3.2e9)]


def test_a_non_oil_total_beside_the_whole_total_is_not_the_total() -> None:
    text = (
        " date 2024-02-02 \nUAE and India\nNon-oil trade between the UAE and India reached $50.5 billion in 2023, "
        "while total bilateral trade touched $85 billion, the ministry said.\n"
    )
    totals = [(f.year, f.value_usd) for f in extract_article(text).facts if f.kind == FactKind.TRADE_TOTAL]
    assert totals == [(2023, 85e9)]


def test_a_non_oil_total_alone_is_still_the_total() -> None:
    # Near miss: no whole total told, the pair's reported figure stands (as "non-oil bilateral trade" is read).
    text = " date 2024-02-02 \nUAE and India\nNon-oil trade between the UAE and India reached $50.5 billion in 2023.\n"
    totals = [(f.year, f.value_usd) for f in extract_article(text).facts if f.kind == FactKind.TRADE_TOTAL]
    assert totals == [(2023, 50.5e9)]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Last year it was some $157 billion.", (2023, 157e9)),
        ("In 2023 it was $157 billion.", (2023, 157e9)),
        ("This year it has reached $120 billion so far.", (2024, 120e9)),
    ],
)
def test_it_pointing_back_to_trade_after_a_time_opening_the_sentence(second: str, expected: tuple[int, float]) -> None:
    text = f"Trade between Brazil and China was worth roughly $9 billion in 2004. {second}"
    totals = sorted((f.year, f.value_usd) for f in facts_of(text, "2024-08-15", FactKind.TRADE_TOTAL))
    assert totals == sorted([(2004, 9e9), expected])


def test_it_of_another_thing_after_a_time_is_no_trade() -> None:
    # Near miss: "it" of the sentence's own subject, no trade before.
    text = "Brazil and China signed a loan deal in 2004. Last year it was worth $5 billion."
    assert facts_of(text, "2024-08-15", FactKind.TRADE_TOTAL) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's total the body tells with its period: the body's figure, of part of the year
        (
            " date 2024-01-09 \nEgypt, Russia trade exchange rises to $4.8 bln in 2023\n\nThe volume of trade exchange "
            "between Egypt and Russia rose to $4.8 billion during the first eleven months of 2023, the agency said.\n",
            [(2023, 4.8e9, "first eleven months")],
        ),
        (
            " date 2023-11-20 \nVietnam-Chile trade hits US$1.8 billion this year\n\nTrade between Vietnam and Chile "
            "reached US$1.8 billion in the first ten months of 2023, customs data showed.\n",
            [(2023, 1.8e9, "first ten months")],
        ),
        (
            " date 2022-10-05 \nKenya and Japan\nTwo-way trade between Kenya and Japan reached $900 million this "
            "year.\n\nIn the first nine months of 2022, trade between Kenya and Japan reached $900 million.\n",
            [(2022, 9e8, "first nine months")],
        ),
        # near miss: the headline's year and the body's part of it of another amount are two figures
        (
            " date 2024-01-09 \nEgypt, Russia trade exchange rises to $4.8 bln in 2023\n\nThe volume of trade exchange "
            "between Egypt and Russia rose to $4.4 billion during the first eleven months of 2023, the agency said.\n",
            [(2023, 4.4e9, "first eleven months"), (2023, 4.8e9, None)],
        ),
    ],
)
def test_a_total_told_again_with_its_part_of_the_year_is_that_part(
    text: str, expected: list[tuple[int, float, str | None]]
) -> None:
    totals = [f for f in extract_article(text).facts if f.kind == FactKind.TRADE_TOTAL and not f.derived]
    assert sorted(((f.year, f.value_usd, f.partial_period) for f in totals), key=lambda e: (e[0], e[1])) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's round figure of the total the body tells exactly: one total, the exact one
        (
            " date 2024-01-02 \nRI-China trade hits US$127 billion in 2023\n\nTrade between Indonesia and China "
            "reached US$127.1 billion in 2023, the minister said.\n",
            [(2023, 127.1e9)],
        ),
        (
            " date 2023-02-01 \nVietnam-Chile trade reached US$1.8 billion in 2022\n\nTrade between Vietnam and Chile "
            "was US$1.84 billion in 2022, customs data showed.\n",
            [(2022, 1.84e9)],
        ),
        (
            " date 2023-05-01 \nIndia-UAE trade at $85 billion in 2022-23\n\nTrade between India and the UAE reached "
            "$84.84 billion in 2022-23.\n",
            [(2022, 84.84e9)],
        ),
        # near miss: two figures further apart than a rounding are two totals
        (
            " date 2023-02-01 \nChile and Peru\n\nTrade between Chile and Peru was $5 billion in 2022 by one count. "
            "Trade between Chile and Peru was $5.4 billion in 2022 by another.\n",
            [(2022, 5e9), (2022, 5.4e9)],
        ),
    ],
)
def test_a_round_figure_of_a_total_told_exactly_is_that_total(text: str, expected: list[tuple[int, float]]) -> None:
    totals = [f for f in extract_article(text).facts if f.kind == FactKind.TRADE_TOTAL and not f.derived]
    assert sorted((f.year, f.value_usd) for f in totals) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's rate rounded from the rate the body tells exactly: one rate, the exact one
        (
            " date 2008-08-21 \nRI-Japan trade up 25 pct in first half\n\nIndonesia's trade with Japan rose 25.4 "
            "percent to US$16.3 billion in the first half of 2008 compared to the same period last year.\n",
            [(2008, 25.4)],
        ),
        (
            " date 2024-01-10 \nVietnam-Chile trade grows 12% in 2023\n\nTrade between Vietnam and Chile grew 12.3 "
            "percent in 2023 to $1.9 billion, customs said.\n",
            [(2023, 12.3)],
        ),
        (
            " date 2019-01-15 \nThai-Lao trade up 7.5 pct in 2018\n\nTrade between Thailand and Laos rose 7.46 percent "
            "to $6.1 billion in 2018.\n",
            [(2018, 7.46)],
        ),
        # near miss: a headline's rate further from the body's than its rounding is another rate
        (
            " date 2024-01-10 \nVietnam-Chile trade grows 14% in 2023\n\nTrade between Vietnam and Chile grew 12.3 "
            "percent in 2023 to $1.9 billion, customs said.\n",
            [(2023, 12.3), (2023, 14.0)],
        ),
    ],
)
def test_a_round_rate_of_a_headline_told_exactly_in_the_body_is_that_rate(
    text: str, expected: list[tuple[int, float]]
) -> None:
    rates = [f for f in extract_article(text).facts if f.kind == FactKind.TRADE_GROWTH and not f.derived]
    assert sorted((f.year, f.percent) for f in rates) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a goal the two agreed on, raised from what trade was: the goal no total, what it was the pair's total
        ("Yugoslavia and India have agreed to raise two-way trade to one billion dlrs a year by 1990 from about 600 "
         "mln dlrs in 1986, officials said.", "1987-03-18", [(1986, 600e6)]),
        ("Chile and Peru agreed to double trade to $10 billion by 2030 from $5 billion in 2023.", "2024-03-18",
         [(2023, 5e9)]),
        ("Kenya and India agreed on Monday to boost bilateral trade to $5 billion by 2027 from $3.4 billion last year.",
         "2023-12-06", [(2022, 3.4e9)]),
        # near miss: the trade they agreed to boost, told as it was, is a total
        ("Kenya and India agreed to boost trade, which reached $3.4 billion in 2022.", "2023-12-06", [(2022, 3.4e9)]),
    ],
)  # fmt: skip
def test_a_goal_agreed_on_is_no_total_but_what_trade_was_is(
    text: str, published: str, expected: list[tuple[int, float]]
) -> None:
    totals = [(f.year, f.value_usd) for f in facts_of(text, published, FactKind.TRADE_TOTAL) if not f.derived]
    assert totals == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two countries not the story's named as a pair by "X's trade with Y": their total
        (
            " date 2023-07-05 \nLula urges Mercosur to close EU deal, eyes UAE and China talks\n\nBrazil's trade with "
            "Argentina, its third-largest trading partner, reached $28.5 billion in 2022.\n",
            [(("ARG", "BRA"), 2022, 28.5e9)],
        ),
        (
            " date 2024-04-15 \nJapan and Korea hold talks\n\nIndia's bilateral trade with Russia touched $65.7 "
            "billion in 2023, officials said.\n",
            [(("IND", "RUS"), 2023, 65.7e9)],
        ),
        # near miss: two other countries not named as a pair, no one's total
        (
            " date 2024-04-15 \nJapan and Korea hold talks\n\nIndia and Russia met, and trade reached $65 billion in "
            "2023.\n",
            [],
        ),
    ],
)
def test_two_other_countries_named_as_a_pair_by_their_trade_with_are_its_pair(
    text: str, expected: list[tuple[tuple[str, str], int, float]]
) -> None:
    totals = [f for f in extract_article(text).facts if f.kind == FactKind.TRADE_TOTAL and not f.derived]
    assert [(f.countries, f.year, f.value_usd) for f in totals] == expected


def test_a_third_partners_clause_after_and_without_a_comma_is_the_same_sides_trade() -> None:
    text = (
        " date 2024-01-25 \nThai exports rise\nThailand's exports rose 1.8 percent year-on-year in December, the "
        "ministry said.\n\nFor the whole of 2023, trade with China totalled $126 billion, while trade with Japan "
        "reached $55 billion and trade with the United States $72 billion.\n\nTrade with India reached $16 billion "
        "and trade with Vietnam $20 billion.\n"
    )
    totals = sorted(
        (f.countries, f.year, f.value_usd)
        for f in extract_article(text).facts
        if f.kind == FactKind.TRADE_TOTAL and not f.derived
    )
    assert totals == [
        (("CHN", "THA"), 2023, 126e9),
        (("IND", "THA"), 2023, 16e9),
        (("JPN", "THA"), 2023, 55e9),
        (("THA", "USA"), 2023, 72e9),
        (("THA", "VNM"), 2023, 20e9),
    ]


def test_a_sentence_of_ranks_between_keeps_the_run_of_trade_sentences_and_its_year() -> None:
    text = (
        " date 2024-01-10 \nVietnam's trade hits $683 billion in 2023\n\nHANOI - Vietnam's total trade turnover "
        "reached $683 billion in 2023, down 6.6 percent from a year earlier, the statistics office said.\n\n"
        "The United States remained Vietnam's largest export market at $97 billion, while China was its largest "
        "source of imports at $111 billion.\n\nTrade with South Korea reached $76 billion, and trade with Japan $45 "
        "billion.\n"
    )
    totals = sorted(
        (f.countries, f.year, f.value_usd)
        for f in extract_article(text).facts
        if f.kind == FactKind.TRADE_TOTAL and not f.derived
    )
    assert totals == [(("JPN", "VNM"), 2023, 45e9), (("KOR", "VNM"), 2023, 76e9)]
