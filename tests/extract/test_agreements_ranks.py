from __future__ import annotations

import pytest

from app.domain.facts import FactKind
from app.extract.pipeline import extract_article
from tests.extract.helpers import facts_of, only

AGR = FactKind.AGREEMENT


def test_signed_agreement_with_date() -> None:
    fact = only("Chile and Thailand signed a Free Trade Agreement in October 2013.", AGR)
    assert fact.date == "2013-10"
    assert "Free Trade Agreement" in (fact.name or "")


def test_upgrade_to_a_named_partnership() -> None:
    fact = only("Vietnam and Indonesia upgraded their relations to a Strategic Partnership in 2013.", AGR)
    assert (fact.date, fact.name) == ("2013", "Strategic Partnership")


def test_entry_into_force_years_ago() -> None:
    fact = only("The FTA between Peru and Korea came into effect 13 years ago.", AGR, date="2024-08-01")
    assert fact.date == "2011"


@pytest.mark.parametrize(
    "sentence",
    [
        "Vietnam and Chile are negotiating a new trade agreement.",
        "Chile and Vietnam could sign a Memorandum of Understanding on education next year.",
        "Both Chile and Vietnam are members of the Comprehensive and Progressive Agreement for Trans-Pacific "
        "Partnership (CPTPP).",
        "Chile and Vietnam have signed many agreements over the years.",
        # agreed to negotiate, not agreed: the agreement is what the talks are about
        "Chile and Thailand agreed to speed up negotiations on a free trade agreement.",
        "Peru and Indonesia decided to launch talks on a comprehensive economic partnership agreement.",
        "Kenya and India agreed to continue discussions towards a bilateral investment treaty.",
        # an agreement's name as what talks are about, the talks named after it
        "China and Honduras agreed to expand trade after the first round of China-Honduras Free Trade Agreement talks.",
        "India and Oman agreed on Monday to deepen ties at the CEPA negotiations in Muscat.",
        "Britain and India agreed to speed up work during the 12th round of the FTA talks in London.",
        # a count since a year is no signing in that year
        "Chile and Thailand have signed 15 agreements since 1962.",
        "Mexico and Vietnam have inked more than 20 cooperation documents since 1975.",
    ],
)
def test_no_agreement_without_a_realised_event(sentence: str) -> None:
    assert facts_of(sentence, "2024-03-20", AGR) == []


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Chile and Vietnam concluded negotiations on a free trade agreement in 2011.", "2011"),
        ("Peru and Thailand agreed on a free trade agreement in November 2005 after three years of talks.", "2005-11"),
        ("Since 2015, Chile and Thailand have signed an agreement on avoiding double taxation.", "2015"),
        # near misses: talks concluded, and talks after the signing, not the agreement's name before "talks"
        ("Peru and Indonesia concluded the CEPA negotiations in 2024.", "2024"),
        ("Australia and the UAE signed the CEPA in 2024 after talks in Abu Dhabi.", "2024"),
    ],
)
def test_an_agreement_concluded_after_talks_still_counts(sentence: str, date: str) -> None:
    assert [f.date for f in facts_of(sentence, "2024-03-20", AGR)] == [date]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a headline tells what happened in the present: the story's month, a wire story's day
        (
            "Mexico, Japan sign economic accords during Salinas trip\n    TOKYO, Nov 15 - Officials met.",
            "1988-11-15",
            ["1988-11-15"],
        ),
        ("Vietnam, Peru sign MoU on agriculture\n\nOfficials met in Lima.", "2024-03-05", ["2024-03"]),
        ("Kenya and India ink defence pact\n\nThe ministers met.", "2023-12-06", ["2023-12"]),
        # the body's signing is the headline's, told more closely (one document of the eleven, a month before)
        (
            "Russia, Vietnam sign 11 documents\n\nPutin and Lam signed a joint statement on Thursday.",
            "2024-06-20",
            ["2024-06-20"],
        ),
        (
            "Armenia and France sign defense agreements\n\nThey signed an accord in Paris in October.",
            "2023-11-22",
            ["2023-10"],
        ),
        # the leaders overseeing or witnessing the signing, in the headline's present
        (
            "Shehbaz, Li Qiang oversee signing of 23 MoUs\n\nPakistan and China officials met.",
            "2024-06-09",
            ["2024-06"],
        ),
        (
            "Modi, Hasina witness signing of seven MoUs\n\nIndia and Bangladesh officials met.",
            "2024-06-23",
            ["2024-06"],
        ),
        (
            "Pakistan, China leaders oversee signing of agreements\n\nPrime Minister Shehbaz Sharif and Premier Li "
            "Qiang oversaw the signing of 23 agreements on Friday.",
            "2024-06-09",
            ["2024-06-07"],
        ),
        # an upgrade the headline tells in the present, the body not again
        (
            "China, Singapore upgrade ties to all-round partnership\n\nBEIJING, March 31 (Xinhua) -- China has been "
            "Singapore's largest trading partner.",
            "2023-04-01",
            ["2023-03-31"],
        ),
        (
            "Vietnam, Australia elevate relations to Comprehensive Strategic Partnership\n\nAustralia is Vietnam's "
            "seventh largest trading partner.",
            "2024-03-08",
            ["2024-03"],
        ),
        ("India, Greece raise ties to Strategic Partnership\n\nThe prime ministers met.", "2023-08-26", ["2023-08"]),
        # near misses: a headline's signing to come, and the present in the body
        ("Vietnam, Peru to sign MoU on agriculture\n\nOfficials met in Lima.", "2024-03-05", []),
        (
            "China, Singapore to upgrade ties to all-round partnership\n\nBEIJING, March 31 (Xinhua) -- China has been "
            "Singapore's largest trading partner.",
            "2023-04-01",
            [None],
        ),
        ("Modi, Hasina to witness signing of seven MoUs\n\nIndia and Bangladesh officials met.", "2024-06-23", []),
        ("Head\n\nIn the plan, Kenya and India sign a defence pact.", "2023-12-06", []),
    ],
)
def test_a_headlines_present_tells_a_signing(text: str, published: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(text, published, AGR)] == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # a roadmap or an action plan signed, or agreed on, is the two's document
        ("The two leaders witnessed the signing of a roadmap for trade and economic cooperation.", ["2024-07"]),
        ("Kazakhstan and Pakistan signed a roadmap for trade on Wednesday.", ["2024-07-03"]),
        ("Kazakhstan and Pakistan signed an action plan on security cooperation in 2023.", ["2023"]),
        # so is an arrangement signed
        (
            "Kazakhstan and Pakistan signed a migration and mobility partnership arrangement on Wednesday.",
            ["2024-07-03"],
        ),
        ("Kazakhstan and Pakistan concluded a reciprocal health care arrangement in 2023.", ["2023"]),
        # near misses: a roadmap only talked of, an arrangement made for a visit, and a programme launched
        ("Kazakhstan and Pakistan discussed a roadmap for trade on Wednesday.", []),
        ("Kazakhstan and Pakistan made travel arrangements for the visit on Wednesday.", []),
        ("Kazakhstan and Pakistan launched a programme for students in 2023.", []),
    ],
)
def test_a_roadmap_action_plan_or_arrangement_signed_is_an_agreement(sentence: str, dates: list[str]) -> None:
    text = f"Kazakhstan, Pakistan talks\n\n{sentence}"
    assert [f.date for f in facts_of(text, "2024-07-04", AGR)] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # accords by their proper name, plural in form, are one agreement
        ("UAE-Israel trade\n\nThe UAE and Israel hold talks. The two countries normalised relations under the "
         "Abraham Accords signed on 15 September 2020.", ["2020-09-15"]),
        ("Peru, Ecuador\n\nPeru and Ecuador ended their border dispute with the Brasilia Accords, signed on 26 "
         "October 1998.", ["1998-10-26"]),
        # near miss: documents counted since a year, capitalised, are no signing
        ("Peru, Ecuador\n\nPeru and Ecuador have signed several Trade Agreements since 2010.", []),
        # what was done under an agreement is not its signing (the verb before it governs something else)
        ("UAE-Israel trade\n\nThe UAE and Israel established diplomatic relations in September 2020 under the "
         "Abraham Accords.", []),
        ("UAE-Israel trade\n\nThe UAE and Israel launched direct flights in 2021 under the open skies agreement.", []),
        ("Vietnam-Chile trade\n\nVietnam and Chile cut tariffs in 2014 under their free trade agreement.", []),
        # near miss: a signing under someone's auspices is still the signing
        ("Armenia, France\n\nArmenia and France signed under the auspices of the EU an agreement on 5 May 2023.",
         ["2023-05-05"]),
    ],
)  # fmt: skip
def test_accords_by_their_proper_name_are_one_agreement(text: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(text, "2023-09-14", AGR)] == dates


def test_news_report_of_signing_uses_the_publication_month() -> None:
    fact = only(
        "At the forum, Korea and Chile signed a Memorandum of Understanding (MoU) on mining.",
        AGR,
        date="2019-05",
    )
    assert fact.date == "2019-05"


@pytest.mark.parametrize(
    ("sentence", "rank", "origin", "destination"),
    [
        ("Korea is Chile's fifth-largest trading partner.", 5, "KOR", "CHL"),
        ("Chile remains the 3rd largest trade partner of Vietnam in Latin America.", 3, "CHL", "VNM"),
        ("India has become Kenya's largest trading partner in Asia.", 1, "IND", "KEN"),
        # the kind of trade said between the rank and the partner
        ("China is Australia's largest two-way trading partner.", 1, "CHN", "AUS"),
        ("Japan is Thailand's second-largest overall trading partner.", 2, "JPN", "THA"),
        ("Korea is Vietnam's third-largest bilateral trade partner.", 3, "KOR", "VNM"),
        # a rank told as a number: "No. 3", "No.1", "number two"
        ("South Korea is Vietnam's No. 3 trading partner.", 3, "KOR", "VNM"),
        ("The United States is Vietnam's No.1 export market.", 1, "USA", "VNM"),
        ("Japan is China's number two trading partner.", 2, "JPN", "CHN"),
        ("Germany remains Poland's No 1 trade partner.", 1, "DEU", "POL"),
        # ranked among a side's export destinations or markets, or its sources of imports
        ("Australia ranks 13th among Indonesia's export destinations.", 13, "AUS", "IDN"),
        ("China ranked first among Chile's export markets in 2022.", 1, "CHN", "CHL"),
        ("Japan ranks third among Thailand's import sources.", 3, "JPN", "THA"),
        # a market or source of exports or imports, the side's own named before the rank
        ("China is Kenya's largest source of imports.", 1, "CHN", "KEN"),
        ("Japan remains Thailand's top supplier of imports.", 1, "JPN", "THA"),
        ("The United States was Colombia's biggest market for exports in 2019.", 1, "USA", "COL"),
    ],
)
def test_partner_ranks(sentence: str, rank: int, origin: str, destination: str) -> None:
    fact = only(sentence, FactKind.PARTNER_RANK)
    assert (fact.rank, fact.origin, fact.destination) == (rank, origin, destination)


def test_investment_with_hedge_and_direction() -> None:
    fact = only("Korean firms have invested more than US$2.5 billion in Vietnam.", FactKind.INVESTMENT)
    assert (fact.value_usd, fact.qualifier, fact.destination, fact.origin) == (
        2.5e9,
        "more than",
        "VNM",
        "KOR",
    )


@pytest.mark.parametrize(
    ("sentence", "year", "value", "origin", "destination"),
    [
        ("Thai companies invested $1.2 billion in Laos in 2023.", 2023, 1.2e9, "THA", "LAO"),
        ("Malaysian firms invested US$800 million in Cambodia last year.", 2023, 8e8, "MYS", "KHM"),
        ("Japanese firms invested 2.1 billion USD into the Philippines during 2022.", 2022, 2.1e9, "JPN", "PHL"),
    ],
)
def test_investment_dated_after_its_host(sentence: str, year: int, value: float, origin: str, destination: str) -> None:
    """ "invested $X in Laos in 2023": the year comes after the host country, not right after the figure."""
    fact = only(sentence, FactKind.INVESTMENT, "2024-06-12")
    assert (fact.year, fact.value_usd, fact.origin, fact.destination) == (year, value, origin, destination)
    assert fact.quote.endswith(str(year) if str(year) in sentence else "last year")


@pytest.mark.parametrize(
    "sentence",
    [
        "Thai companies invested $1.2 billion in Laos, officials said in 2023.",
        "Thai companies have invested $1.2 billion in Laos since 2015.",
        "Thai companies invested $1.2 billion in Laos in 2015-2020.",
    ],
)
def test_a_date_of_something_else_after_the_host_does_not_date_the_investment(sentence: str) -> None:
    assert only(sentence, FactKind.INVESTMENT, "2024-06-12").year is None


@pytest.mark.parametrize(
    ("sentence", "pair", "dates"),
    [
        (
            "Peru and Thailand signed a free trade agreement in 2010, which took effect in December 2011.",
            ("PER", "THA"),
            ["2010", "2011-12"],
        ),
        (
            "The economic partnership agreement between Japan and Mongolia, signed in February 2015, entered into "
            "force on June 7, 2016.",
            ("JPN", "MNG"),
            ["2015-02", "2016-06-07"],
        ),
        ("The Korea-Chile FTA was inked in 2003 and came into effect in 2004.", ("CHL", "KOR"), ["2003", "2004"]),
    ],
)
def test_an_entry_into_force_after_the_signing_is_a_second_event(
    sentence: str, pair: tuple[str, str], dates: list[str]
) -> None:
    facts = facts_of(sentence, "2024-06-12", AGR)
    assert sorted(f.date for f in facts) == dates and {f.countries for f in facts} == {pair}
    later = next(f for f in facts if f.date == dates[1])
    assert later.basis == "entry into force" and later.quote.endswith(sentence.rstrip(".")[-4:])


def test_an_entry_into_force_after_the_signing_on_an_undated_page_is_a_second_event() -> None:
    """An embassy's page without a date tells the two events as a dated story does."""
    text = (
        "Relations between Türkiye and Malaysia\n\nThe Free Trade Agreement between the two countries, signed in "
        "2014, entered into force on 1 August 2015."
    )
    assert sorted(f.date for f in facts_of(text, None, AGR)) == ["2014", "2015-08-01"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru and Thailand signed a free trade agreement in 2010 that will take effect in 2025.",
        "Peru and Thailand signed a free trade agreement in 2010, which came into force the same year.",
        "The free trade agreement between Peru and Thailand took effect in December 2011.",
    ],
)
def test_an_entry_into_force_planned_or_in_the_same_year_is_no_second_event(sentence: str) -> None:
    assert len(facts_of(sentence, "2024-06-12", AGR)) == 1


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # an entry into force still to come, told with "to": no event (as "will come into force")
        ("Head\n\nThe Thailand-Sri Lanka free trade agreement is to come into force on May 1.", []),
        ("Canada-Ukraine trade deal to come into effect on July 1\n\nOfficials said so.", []),
        ("Head\n\nThe Peru-Australia FTA is due to come into force on February 11.", []),
        # near misses: the entry into force told as done (undated: it may have been any time)
        ("Head\n\nThe India-Australia trade pact came into force on Thursday.", ["2024-04-04"]),
        ("Head\n\nThe Peru-Australia FTA has come into force, officials said.", [None]),
    ],
)
def test_an_entry_into_force_to_come_is_no_event(text: str, dates: list[str | None]) -> None:
    assert [f.date for f in facts_of(text, "2024-04-10", AGR)] == dates


def test_the_date_right_after_an_agreement_wins_over_an_earlier_one() -> None:
    facts = facts_of(
        "Thailand and Vietnam established diplomatic relations on August 6, 1976 and upgraded their ties "
        "to an Enhanced Strategic Partnership in 2013."
    )
    assert [f.date for f in facts if f.kind == AGR] == ["2013"]
    assert [f.date for f in facts if f.kind == FactKind.RELATIONS_ESTABLISHED] == ["1976-08-06"]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Kenya and Egypt set up a comprehensive strategic partnership in 2014.", 2014),
        ("In 2019 Kenya and Egypt established an enhanced economic partnership.", 2019),
    ],
)
def test_setting_up_a_partnership_is_an_agreement(sentence: str, year: int) -> None:
    agreements = facts_of("Kenya and Egypt news.\n\n" + sentence, kind=FactKind.AGREEMENT)
    assert [(a.year, a.countries) for a in agreements] == [(year, ("EGY", "KEN"))]
    assert agreements[0].name is not None and agreements[0].name.lower().endswith("partnership")


def test_an_upgrade_said_of_it_or_in_the_passive_is_an_agreement() -> None:
    from app.domain.facts import FactKind
    from tests.extract.helpers import facts_of

    facts = facts_of(
        "Mongolia and Korea set up a comprehensive partnership in 2011 and upgraded it to a Strategic "
        "Partnership in 2021.",
        "2022-01-01",
        FactKind.AGREEMENT,
    )
    assert sorted(f.date for f in facts) == ["2011", "2021"]
    facts = facts_of(
        "Ties between Ecuador and China were elevated to a comprehensive strategic partnership in 2016.",
        "2020-01-01",
        FactKind.AGREEMENT,
    )
    assert [f.date for f in facts] == ["2016"]


def test_agreements_in_the_ways_the_genre_says_them() -> None:
    from app.domain.facts import FactKind
    from tests.extract.helpers import facts_of, only

    fact = only(
        "The signing, on 3 May 2016, of a visa waiver agreement between Chile and Angola was welcomed.",
        FactKind.AGREEMENT,
        "2016-05-05",
    )
    assert fact.date == "2016-05-03"
    fact = only("Chile and Japan signed a memorandum on digital cooperation.", FactKind.AGREEMENT, "2022-02-22")
    assert fact.date == "2022-02"  # news of the month; "memorandum" alone is an agreement's head
    # Signed, though not yet ratified: the signing is the fact, not the ratification still to come.
    fact = only(
        "Rwanda and Chile have signed a bilateral investment treaty, which is yet to be ratified.",
        FactKind.AGREEMENT,
        "2018-11-11",
    )
    assert fact.date == "2018-11"
    # A joint declaration and "a variety of agreements" in two sentences are two signings.
    facts = facts_of(
        "Chile and Angola issued a joint declaration on Monday. The two presidents also signed a variety "
        "of agreements aimed at boosting trade.",
        "2019-04-03",
        FactKind.AGREEMENT,
    )
    assert sorted((f.date, f.name) for f in facts) == [
        ("2019-04", "a variety of agreements"),
        ("2019-04-01", "joint declaration"),
    ]


WIRE_SIGNING = """ date 1987-05-12
CHILE, ANGOLA SIGN ACCORD
    SANTIAGO, May 12 - Chile and Angola signed a five-year fisheries
agreement, the Chilean foreign ministry said.
    The accord was signed by Foreign Minister Jaime del Valle and
Trade Minister Pedro van Dunem, who had talks with Chilean officials
yesterday, after months of talks that won Luanda less than it wanted.
 REUTER
"""


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # in a wire story, "the" document signed later in it is the lead's, signed on the dateline's day
        ("China and Israel today established full diplomatic relations.\nIsraeli Foreign Minister David Levy, who "
         "arrived on Wednesday, signed the communique with Chinese Foreign Minister Qian Qichen.", "1992-01-24"),
        ("Kenya and Uganda today agreed to reopen their border.\nThe ministers signed the accord after talks.",
         "1992-01-24"),
        # near miss: a document of its own ("a"), told without its day, is the story's month
        ("China and Israel today established full diplomatic relations.\nThe two sides also signed a trade "
         "agreement.", "1992-01"),
    ],
)  # fmt: skip
def test_the_document_signed_in_a_wire_story_is_the_leads(body: str, date: str) -> None:
    text = f"HEAD\n    PEKING, Jan 24 - {body}\n REUTER\n"
    assert [f.date for f in facts_of(text, "1992-01-24", AGR)] == [date]


def test_a_wire_lead_is_the_dateline_day_and_a_relative_clause_keeps_its_date() -> None:
    from app.domain.facts import FactKind
    from app.extract.pipeline import extract_article

    facts = extract_article(WIRE_SIGNING).facts
    agreements = [f for f in facts if f.kind == FactKind.AGREEMENT]
    assert [(f.date, f.basis) for f in agreements] == [("1987-05-12", "a wire story's lead: the dateline's day")]
    visit = next(f for f in facts if f.kind == FactKind.VISIT)  # a signing in the dateline's capital
    assert (visit.origin, visit.destination, visit.date) == ("AGO", "CHL", "1987-05-11")  # talks "yesterday"


def test_most_important_partner_is_a_rank_and_an_agreements_anniversary_dates_its_signing() -> None:
    from app.domain.facts import FactKind
    from tests.extract.helpers import only

    assert only("Germany is Chile's most important trading partner in the EU.", FactKind.PARTNER_RANK).rank == 1
    assert only("China is Peru's second most important trading partner.", FactKind.PARTNER_RANK).rank == 2
    fact = only(
        "Chile and Korea marked the fifth anniversary of the signing of their free trade agreement.",
        FactKind.AGREEMENT,
        "2009-02-15",
    )
    assert (fact.date, fact.basis) == ("2004", "anniversary: publication year 2009 − 5")


def test_a_legal_framework_listed_with_years_and_agreements_effective_since_or_exchanged() -> None:
    from app.domain.facts import FactKind
    from tests.extract.helpers import facts_of, only

    facts = facts_of(
        "The legal framework between Peru and Korea includes an agreement on trade (1998), an investment "
        "protection agreement (2002) and a visa exemption agreement (2007).",
        "2018-09-09",
        FactKind.AGREEMENT,
    )
    assert sorted(f.date for f in facts) == ["1998", "2002", "2007"]
    fact = only("The Peru-Korea Free Trade Agreement, effective since 2011, has boosted trade.", FactKind.AGREEMENT)
    assert fact.date == "2011"
    fact = only(
        "Peru and Korea exchanged a memorandum of understanding on education.", FactKind.AGREEMENT, "2018-09-09"
    )
    assert fact.date == "2018-09"
    # A count to date is not this month's signing.
    assert (
        facts_of("Peru and Korea have signed 20 cooperation agreements so far.", "2018-09-09", FactKind.AGREEMENT) == []
    )


def test_the_first_country_to_sign_signed() -> None:
    from app.domain.facts import FactKind
    from tests.extract.helpers import facts_of, only

    fact = only(
        "Chile was the first Latin American country to sign a free trade agreement with Korea, in 2004.",
        FactKind.AGREEMENT,
        "2021-03-12",
    )
    assert fact.date == "2004"
    assert (
        facts_of(
            "Chile will be the first country to sign a free trade agreement with Korea.",
            "2021-03-12",
            FactKind.AGREEMENT,
        )
        == []
    )


def test_each_side_ranked_in_the_others_trade_is_a_rank_of_its_own() -> None:
    from app.domain.facts import FactKind
    from tests.extract.helpers import facts_of

    facts = facts_of(
        "Chile is currently Peru's third largest trade partner, while Peru is Chile's fifth largest trading partner.",
        kind=FactKind.PARTNER_RANK,
    )
    assert sorted((f.rank, f.origin, f.destination) for f in facts) == [(3, "CHL", "PER"), (5, "PER", "CHL")]
    facts = facts_of(
        "Chile is Peru's second-largest trading partner and its largest export destination.",
        kind=FactKind.PARTNER_RANK,
    )
    assert [f.rank for f in facts] == [2]  # one ranking of the pair, said two ways


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # a date in a relative clause closed before the verb is the clause's event, not the signing
        ("Mexico and Korea, whose diplomatic relations date from January 1962, signed a new pact.", "2024-05"),
        ("Ghana and India, which opened embassies in 1957, signed an accord on trade.", "2024-05"),
        ("Laos and Japan, who fought over fishing rights in 1998, signed a treaty in 2001.", "2001"),
        # near miss: the signing told inside the clause keeps its date
        ("Chile and Korea, which signed a free trade agreement in 2003, met again in Seoul.", "2003"),
    ],
)
def test_a_date_in_a_relative_clause_before_the_verb_is_not_the_signings(sentence: str, date: str) -> None:
    assert [f.date for f in facts_of(sentence, "2024-05-02", AGR)] == [date]


@pytest.mark.parametrize(
    ("text", "pub", "pair", "date"),
    [
        # an upgrade of ties the leaders agreed, told as the day's news: the story's month (or its day, if stated)
        (
            "Vietnamese President To Lam held talks with Chilean President Boric. The two leaders agreed to upgrade "
            "ties to a comprehensive partnership.",
            "2024-06-20",
            ("CHL", "VNM"),
            "2024-06",
        ),
        (
            "Indonesia and Japan agreed to elevate their relations to a Comprehensive Strategic Partnership.",
            "2023-09-17",
            ("IDN", "JPN"),
            "2023-09",
        ),
        (
            "Peru and Thailand agreed on Monday to raise their ties to a strategic partnership.",
            "2024-05-08",
            ("PER", "THA"),
            "2024-05-06",
        ),
        # decided, as a joint statement writes it
        (
            "The two leaders decided to upgrade the relationship between Japan and Vietnam to a \"Comprehensive "
            "Strategic Partnership for Peace and Prosperity\".",
            "2023-11-27",
            ("JPN", "VNM"),
            "2023-11",
        ),
        # elevated or raised, in a year: the upgrade made then
        ("Chile and Peru elevated their relations to a strategic partnership in 2019.", "2024-05-08", ("CHL", "PER"),
         "2019"),
        ("India and Japan raised their ties to a Special Strategic and Global Partnership in 2014.", "2024-05-08",
         ("IND", "JPN"), "2014"),
    ],
)  # fmt: skip
def test_an_upgrade_agreed_as_news_is_dated(text: str, pub: str, pair: tuple[str, str], date: str) -> None:
    fact = only(text, AGR, pub)
    assert (fact.countries, fact.date) == (pair, date)


@pytest.mark.parametrize(
    ("text", "pub", "dates"),
    [
        # the upgrade named as a noun, the pair hyphenated before the ties
        (
            "Prime Minister Pham Minh Chinh and Prime Minister Anthony Albanese on Thursday announced the upgrade of "
            "Vietnam-Australia ties to a comprehensive strategic partnership.",
            "2024-03-08",
            ["2024-03-07"],
        ),
        (
            "US President Joe Biden and Vietnam's leader on Sunday agreed on the elevation of US-Vietnam relations to "
            "a comprehensive strategic partnership.",
            "2023-09-11",
            ["2023-09-10"],
        ),
        (
            "The upgrade of Kenya-India ties to a strategic partnership was announced in May 2024.",
            "2024-05-20",
            ["2024-05"],
        ),
        # near miss: an upgrade only talked of
        (
            "Officials of Chile and Thailand discussed a possible upgrade of Chile-Thailand ties to a strategic "
            "partnership.",
            "2024-05-20",
            [],
        ),
        # a document and the upgrade it made are one agreement
        (
            "On Sunday, Indian Prime Minister Narendra Modi and Egyptian President Abdel Fattah El-Sisi signed an "
            "agreement elevating bilateral ties to a strategic partnership.",
            "2023-06-26",
            ["2023-06-25"],
        ),
        (
            "Kenya and Indonesia signed a joint declaration on Tuesday, which raised relations to a comprehensive "
            "partnership.",
            "2024-02-22",
            ["2024-02-20"],
        ),
        (
            "Chile and Vietnam in 2019 signed a memorandum of understanding upgrading their ties to a Strategic "
            "Partnership.",
            "2020-02-01",
            ["2019"],
        ),
        # near miss: a document and, later, an upgrade of its own are two
        (
            "Japan and the Philippines signed a defence agreement in 2022 and elevated ties to a strategic "
            "partnership in 2023.",
            "2023-09-12",
            ["2022", "2023"],
        ),
        # an agreement described after a comma by its rank among agreements is the one named
        (
            "Chile and Vietnam signed a free trade agreement on November 11, 2011, the first FTA Vietnam signed with "
            "a Latin American country.",
            "2023-03-20",
            ["2011-11-11"],
        ),
        (
            "Chile and Korea signed their free trade agreement in 2003, Korea's first free trade deal with any "
            "country.",
            "2023-03-20",
            ["2003"],
        ),
        (
            "Japan and Singapore concluded an economic partnership agreement in 2002, the oldest such accord Japan "
            "has.",
            "2023-03-20",
            ["2002"],
        ),
        (
            "Peru and Thailand signed a trade protocol on 19 November 2005, their only trade pact so far.",
            "2023-03-20",
            ["2005-11-19"],
        ),
        # near miss: a second one, after "and"
        (
            "Peru and Japan signed a trade pact in 1990 and, in 2005, the first investment treaty between the two "
            "countries.",
            "2023-03-20",
            ["1990", "2005"],
        ),
        # "the same day", "that day": the day stated before in the sentence, for a signing of several documents too
        (
            "Prime Minister Narendra Modi, who arrived here on Saturday on his first foreign visit after re-election, "
            "and Maldivian President Ibrahim Mohamed Solih signed six agreements the same day.",
            "2019-06-09",
            ["2019-06-08"],
        ),
        (
            "Chile's president, who arrived in Hanoi on Monday, and Vietnam's president signed several documents the "
            "same day.",
            "2024-03-13",
            ["2024-03-11"],
        ),
        (
            "Kenya's president, who landed in Seoul on 2 June, and Korea's president signed five agreements that day.",
            "2024-06-05",
            ["2024-06-02"],
        ),
        (
            "Peru and Thailand held talks on 19 November 2005 and signed a trade protocol the same day.",
            "2006-01-01",
            ["2005-11-19"],
        ),
        # an entry into force "on December 20 of that year", the signing's: folded into the signing
        (
            "The Korea-Vietnam Free Trade Agreement, signed in Hanoi on May 5, 2015, took effect on December 20 of "
            "that year.",
            "2024-05-05",
            ["2015-05-05"],
        ),
    ],
)
def test_an_agreement_told_twice_is_one_dated_as_stated(text: str, pub: str, dates: list[str]) -> None:
    """One agreement for each signing, however the sentence tells it again, dated by its own words."""
    assert sorted(f.date or str(f.year) for f in facts_of(text, pub, AGR) if not f.derived) == dates


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Thailand met. The leaders agreed to consider upgrading ties to a strategic partnership.",
        "Peru and Thailand met. They will upgrade ties to a comprehensive partnership next year.",
    ],
)
def test_an_upgrade_only_considered_or_to_come_is_none(text: str) -> None:
    assert facts_of(text, "2024-05-08", AGR) == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # "such" an agreement is one named already: no second agreement, dated as news
        (
            "New Zealand and China signed a free trade agreement on April 7, 2008, the first such deal China "
            "concluded with a developed country.",
            ["2008-04-07"],
        ),
        (
            "Chile and Korea signed a free trade agreement in February 2003, the first such pact Korea signed.",
            ["2003-02"],
        ),
        ("Peru and Thailand signed a trade protocol in 2005; Peru has signed no such accord since.", ["2005"]),
        # near miss: a second agreement of its own
        (
            "Chile and Korea signed a free trade agreement in February 2003 and concluded an investment deal on "
            "Monday.",
            ["2003-02", "2024-04-29"],
        ),
    ],
)
def test_such_an_agreement_is_one_already_named(text: str, dates: list[str]) -> None:
    facts = facts_of(text, "2024-05-02", FactKind.AGREEMENT)
    assert sorted(f.date or "" for f in facts) == dates


def test_one_of_the_largest_two_way_partners_is_no_rank() -> None:
    assert (
        facts_of("China is one of Australia's largest two-way trading partners.", "2024-05-02", FactKind.PARTNER_RANK)
        == []
    )


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the place of signing between the agreement and its date: the date is still the signing's
        (
            "Peru and China signed their free trade agreement in Beijing on 28 April 2009, and it came into force "
            "on 1 March 2010.",
            ["2009-04-28", "2010-03-01"],
        ),
        (
            "Korea and Peru signed their free trade agreement in Seoul in March 2011, and it took effect on August "
            "1, 2011.",
            ["2011-03"],
        ),
        (
            "Chile and Vietnam signed a free trade agreement at the APEC summit in Honolulu on 11 November 2011.",
            ["2011-11-11"],
        ),
    ],
)
def test_the_place_of_signing_between_an_agreement_and_its_date(text: str, dates: list[str]) -> None:
    facts = facts_of(text, "2024-05-02", FactKind.AGREEMENT)
    assert sorted(f.date or "" for f in facts) == dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a compact is an agreement between states (the Millennium Challenge Corporation's, free association)
        (
            "Nepal and the United States signed the Millennium Challenge Corporation compact on September 14, 2017.",
            "2017-09-14",
        ),
        ("The United States and Palau signed the Compact of Free Association in 1986.", "1986"),
        ("Micronesia and the United States signed an amended compact in May 2023.", "2023-05"),
    ],
)
def test_a_compact_signed_is_an_agreement(text: str, date: str) -> None:
    assert only(text, FactKind.AGREEMENT, "2024-05-02").date == date


def test_a_compact_car_is_no_agreement() -> None:
    assert facts_of("Thailand and Laos unveiled a compact car made in Vientiane in 2019.", "2024-05-02", AGR) == []


def test_a_rank_the_headline_restates_is_one_fact() -> None:
    text = (
        " date 2024-02-20 \nChina remains top trade partner of Philippines\n"
        "China remained the Philippines' top trading partner in 2023, with total trade of US$39.1 billion, the "
        "Philippine Statistics Authority said.\n"
    )
    ranks = [f for f in extract_article(text).facts if f.kind == FactKind.PARTNER_RANK]
    assert [(f.rank, f.origin, f.destination, f.confidence) for f in ranks] == [(1, "CHN", "PHL", 0.9)]
    assert ranks[0].quote == "China remained the Philippines' top trading partner"


@pytest.mark.parametrize(
    ("headline", "body", "ranks"),
    [
        # one scope, written as an adjective in one and after the noun in the other, or the world's left unsaid
        (
            "Thailand remains Vietnam's top ASEAN trade partner",
            "Thailand is currently Vietnam's largest trading partner in ASEAN.",
            [(1, "THA", "VNM")],
        ),
        (
            "Brazil stays Chile's top Latin American trading partner",
            "Brazil remained Chile's largest trading partner in Latin America.",
            [(1, "BRA", "CHL")],
        ),
        (
            "Vietnam becomes Thailand's fourth-largest trade partner",
            "Vietnam is Thailand's fourth largest trading partner in the world.",
            [(4, "VNM", "THA")],
        ),
        # a period after the rank is no scope of it: "in January-August", "in March", "in H1"
        (
            "Italy remains Azerbaijan's top trading partner",
            "Italy was Azerbaijan's main trading partner in January-August 2023, with trade of $7.5 billion.",
            [(1, "ITA", "AZE")],
        ),
        (
            "China stays Vietnam's largest trading partner",
            "China was Vietnam's largest trading partner in March, customs data showed.",
            [(1, "CHN", "VNM")],
        ),
        (
            "Japan is Thailand's second-largest trade partner",
            "Japan was Thailand's second-largest trading partner in H1 2024.",
            [(2, "JPN", "THA")],
        ),
        # near miss: two scopes are two ranks
        (
            "Singapore is Vietnam's largest ASEAN trading partner",
            "Singapore is Vietnam's largest trading partner in Asia.",
            [(1, "SGP", "VNM"), (1, "SGP", "VNM")],
        ),
    ],
)
def test_a_rank_the_headline_restates_in_other_words_of_its_scope_is_one_fact(
    headline: str, body: str, ranks: list[tuple[int, str, str]]
) -> None:
    text = f" date 2024-02-20 \n{headline}\n{body} Officials said trade would grow.\n"
    found = [f for f in extract_article(text).facts if f.kind == FactKind.PARTNER_RANK]
    assert sorted((f.rank, f.origin, f.destination) for f in found) == ranks


def test_a_partner_and_a_market_of_the_same_rank_are_two_ranks() -> None:
    text = (
        " date 2024-02-20 \nJapan and Thailand\nJapan is Thailand's second-largest trading partner. "
        "Japan is also Thailand's second-largest export market.\n"
    )
    ranks = [f for f in extract_article(text).facts if f.kind == FactKind.PARTNER_RANK]
    assert len(ranks) == 2


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # an agreement described "as" what it was is the agreement named before it
        (
            "The Korea-Chile free trade agreement, signed in Seoul on 15 February 2003, took effect on 1 April 2004 "
            "as Korea's first FTA.",
            ["2003-02-15", "2004-04-01"],
        ),
        (
            "Australia and Singapore signed a free trade agreement in February 2003 as Australia's first FTA in Asia.",
            ["2003-02"],
        ),
        # near miss: a second agreement "as well as"
        (
            "Chile and Korea signed a free trade agreement in February 2003 as well as a tax treaty in March 2002.",
            ["2002-03", "2003-02"],
        ),
    ],
)
def test_an_agreement_described_as_what_it_was_is_the_one_named(text: str, dates: list[str]) -> None:
    facts = facts_of(text, "2024-05-02", FactKind.AGREEMENT)
    assert sorted(f.date or "" for f in facts) == dates


@pytest.mark.parametrize(
    ("text", "pub", "dates"),
    [
        # an agreement called, hailed or dubbed something after it is named is the same agreement
        (
            "Australia and India signed an interim trade agreement on Saturday, which Prime Minister Scott Morrison "
            "called a watershed deal.",
            "2022-04-04",
            ["2022-04-02"],
        ),
        (
            "Chile and Indonesia signed a comprehensive economic partnership agreement in 2017, hailed as a landmark "
            "pact for both economies.",
            "2018-01-10",
            ["2017"],
        ),
        (
            "Japan and Mongolia signed an economic partnership agreement in February 2015, calling it a milestone "
            "accord for the region.",
            "2016-06-01",
            ["2015-02"],
        ),
        (
            "Canada and Ukraine signed a modernised free trade agreement in September 2023, touted by Ottawa as the "
            "most ambitious deal Kyiv has concluded.",
            "2024-01-15",
            ["2023-09"],
        ),
        # near misses: a second agreement of its own
        (
            "Peru and Vietnam signed a memorandum on fisheries in 2019 as well as a trade deal in 2020.",
            "2024-05-20",
            ["2019", "2020"],
        ),
        (
            "Peru and Vietnam signed a memorandum on fisheries on May 13 and a separate trade deal on May 14.",
            "2024-05-20",
            ["2024-05-13", "2024-05-14"],
        ),
        # an agreement called for, urged or sought after another was signed is wished for, not made
        (
            "Indonesia and Chile signed an investment pact in 2017 and called for a free trade deal by 2019.",
            "2018-01-10",
            ["2017"],
        ),
        (
            "Thailand and Sri Lanka signed a tourism memorandum in 2015 and pushed for a free trade agreement.",
            "2016-01-10",
            ["2015"],
        ),
        (
            "Egypt and Kazakhstan signed a customs accord in March 2021 and urged a comprehensive trade pact.",
            "2021-06-10",
            ["2021-03"],
        ),
        # near misses: a second agreement made; a deal called for before, then signed
        (
            "Chile and Peru signed a fisheries pact in 2016 and a free trade deal in 2006.",
            "2018-01-10",
            ["2006", "2016"],
        ),
        ("Chile and Indonesia signed in 2017 the trade deal that Jakarta had long called for.", "2018-01-10", ["2017"]),
    ],
)
def test_an_agreement_called_something_or_called_for_is_no_agreement_of_its_own(
    text: str, pub: str, dates: list[str]
) -> None:
    assert sorted(f.date or "" for f in facts_of(text, pub, FactKind.AGREEMENT)) == dates


@pytest.mark.parametrize(
    ("text", "pub", "date"),
    [
        # the year an agreement is "for" is the period it covers, not the day it was signed
        (
            "HELSINKI, April 8 - Finland and the Soviet Union signed a trade protocol for 1987 today, officials said.",
            "1987-04-08",
            "1987-04-08",
        ),
        ("Vietnam and Laos signed a trade agreement for 2024 on January 8 in Vientiane.", "2024-01-10", "2024-01-08"),
        # near miss: the year it was signed
        ("Chile and Peru signed a trade agreement in 2019.", "2024-01-10", "2019"),
    ],
)
def test_the_year_an_agreement_is_for_is_not_its_date(text: str, pub: str, date: str) -> None:
    assert only(text, FactKind.AGREEMENT, pub).date == date


@pytest.mark.parametrize(
    ("sentence", "rank", "origin", "destination", "scope"),
    [
        # the region a ranking is within, named as an adjective before "partner"
        (
            "Bilateral trade reached 8.8 billion USD in 2023, making Singapore Vietnam's largest ASEAN trading "
            "partner.",
            1,
            "SGP",
            "VNM",
            "ASEAN",
        ),
        ("Thailand is Laos' largest ASEAN trade partner, followed by Vietnam.", 1, "THA", "LAO", "ASEAN"),
        ("Chile is Vietnam's fourth-biggest Latin American trading partner.", 4, "CHL", "VNM", "Latin American"),
        ("Australia is Papua New Guinea's biggest Pacific trading partner.", 1, "AUS", "PNG", "Pacific"),
    ],
)
def test_a_rank_within_a_region_named_before_partner(
    sentence: str, rank: int, origin: str, destination: str, scope: str
) -> None:
    fact = only(sentence, FactKind.PARTNER_RANK, "2024-02-10")
    assert (fact.rank, fact.origin, fact.destination, fact.name) == (rank, origin, destination, scope)


@pytest.mark.parametrize(
    "sentence",
    [
        # a region or bloc ranked is no country's rank, whatever countries the sentence names after it
        "ASEAN is Vietnam's third-largest trading partner, after China and the United States.",
        "The European Union is Vietnam's fourth-largest trading partner.",
        "Africa has become China's fifth-biggest trading partner in recent years.",
    ],
)
def test_a_region_ranked_is_no_countrys_rank(sentence: str) -> None:
    text = "Trade between Vietnam and Mexico reached 5.7 billion USD in 2023. " + sentence
    assert facts_of(text, "2024-02-10", FactKind.PARTNER_RANK) == []


def test_a_country_pointed_back_to_keeps_its_rank() -> None:
    # near miss: "the country" is the one named before
    text = (
        "Trade between Vietnam and Mexico reached 5.7 billion USD in 2023. "
        "The country is Vietnam's second-largest trading partner in Latin America."
    )
    fact = only(text, FactKind.PARTNER_RANK, "2024-02-10")
    assert (fact.rank, fact.countries) == (2, ("MEX", "VNM"))


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a number that ranks something else, a decree's number
        "Vietnam's No. 1 priority is its trading partners in ASEAN, Chile's minister said.",
        "Decree No. 15 on Vietnam's trade with Chile names new partners.",
    ],
)
def test_a_number_that_ranks_no_partner(sentence: str) -> None:
    assert facts_of(sentence, "2024-02-10", FactKind.PARTNER_RANK) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a source of something other than goods traded
        "China is Kenya's largest source of loans.",
        "Japan is Vietnam's largest source of tourists and of imports of capital.",
        "Korea is Chile's second-largest source of foreign investment.",
    ],
)
def test_a_source_of_other_than_imports_is_no_rank(sentence: str) -> None:
    assert facts_of(sentence, "2024-02-10", FactKind.PARTNER_RANK) == []


def test_the_same_day_with_no_day_before_is_no_day() -> None:
    # near miss: no day stated before "the same day": unresolved, not the story's day
    from app.domain.dates import PartialDate
    from app.extract.periods import find_dates

    (same,) = find_dates("Kenya and Korea signed a pact the same day.", PartialDate(2024, 6, 5))
    assert (same.kind, same.date) == ("day", None)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a document, then its name in apposition: one agreement, by its name
        (
            "India and Australia on Saturday signed an interim free trade agreement, the Economic Cooperation and "
            "Trade Agreement.",
            ["Economic Cooperation and Trade Agreement"],
        ),
        (
            "Vietnam and Israel signed a free trade deal on 25 July 2023, the Vietnam-Israel Free Trade Agreement.",
            ["Vietnam-Israel Free Trade Agreement"],
        ),
        (
            "Chile and Thailand signed a bilateral pact in 2013, the Chile-Thailand Free Trade Agreement, in Bangkok.",
            ["Chile-Thailand Free Trade Agreement"],
        ),
        # near miss: a second document after "and"
        (
            "Chile and Thailand signed a tax treaty in 2013 and the Chile-Thailand Free Trade Agreement in 2015.",
            ["tax treaty", "Chile-Thailand Free Trade Agreement"],
        ),
    ],
)
def test_a_document_named_in_apposition_is_one_agreement(text: str, names: list[str]) -> None:
    assert [f.name for f in facts_of(text, "2024-05-02", AGR)] == names


@pytest.mark.parametrize(
    ("sentence", "published", "date", "name"),
    [
        # a declaration two countries sign is a document of theirs, as a joint declaration is
        (
            "Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese signed a new "
            "security declaration in Perth on Saturday.",
            "2022-10-24",
            "2022-10-22",
            "security declaration",
        ),
        ("India and the UAE signed a declaration on food security on 15 July 2023.", "2023-07-20", "2023-07-15",
         "declaration on food security"),
        ("Chile and Argentina inked a declaration of intent on lithium in March 2023.", "2023-04-02", "2023-03",
         "declaration of intent on lithium"),
        # and a letter, statement or communication of intent they sign
        ("Germany and Namibia on Monday signed a joint communication of intent on green hydrogen in Windhoek.",
         "2022-12-08", "2022-12-05", "joint communication of intent on green hydrogen"),
        ("Germany and Chile signed a letter of intent on raw materials on Tuesday.", "2022-12-08", "2022-12-06",
         "letter of intent on raw materials"),
        ("Norway and Vietnam signed a statement of intent on offshore wind in March 2022.", "2022-12-08", "2022-03",
         "statement of intent on offshore wind"),
        # so is a joint statement they sign (one issued is a statement)
        ("Chinese President Xi Jinping and Russian President Vladimir Putin signed a joint statement on deepening "
         "their partnership on Tuesday.", "2023-03-22", "2023-03-21", "joint statement on deepening their partnership"),
        # its kind in capitals, as a ministry's release writes it
        ("Kazakhstan and Korea\n\nOn Wednesday, the presidents of Kazakhstan and Korea signed a Joint Statement.",
         "2024-06-13", "2024-06-12", "Joint Statement"),
        ("India and the Philippines\n\nPrime Minister Modi and President Marcos of the Philippines signed the Joint "
         "Communique on Monday.", "2024-06-13", "2024-06-10", "Joint Communique"),
        ("Chile and Peru\n\nThe foreign ministers of Chile and Peru signed a Declaration on Tuesday.", "2024-06-13",
         "2024-06-11", "Declaration"),
    ],
)  # fmt: skip
def test_a_declaration_signed_is_an_agreement(sentence: str, published: str, date: str, name: str) -> None:
    fact = only(sentence, FactKind.AGREEMENT, published)
    assert (fact.date, fact.name) == (date, name)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a declaration made, issued by one side, or a form
        "Mexico's president made a declaration on Vietnam trade on Monday.",
        "Peru's foreign ministry issued a declaration on Chile's fisheries on 3 May 2023.",
        "Laos and Thailand changed their customs declaration rules in 2023.",
        "China and Russia issued a joint statement on Tuesday after the talks.",
        "China and Russia issued a Joint Statement on Tuesday after the talks.",
        "Germany's minister sent Namibia a letter of intent on hydrogen on Monday.",
    ],
)
def test_a_declaration_not_signed_by_the_two_is_no_agreement(sentence: str) -> None:
    assert facts_of(sentence, "2023-07-20", FactKind.AGREEMENT) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the words an agreement is on end its name; the date's or the place's preposition after them does not
        ("Chile and Argentina signed an agreement on fisheries in March 2023.", "agreement on fisheries"),
        ("India and the UAE signed an agreement on food security on 15 July 2023.", "agreement on food security"),
        (
            "Peru and Chile signed a memorandum of understanding on mining and energy in Lima.",
            "memorandum of understanding on mining and energy",
        ),
        ("Peru and Chile signed a trade agreement in Lima.", "trade agreement"),
        # nor the report after a comma: "…, officials said"
        ("Chile and Vietnam signed a protocol on fruit exports, officials said.", "protocol on fruit exports"),
        ("Peru and Korea signed a memorandum on mining, the ministry reported.", "memorandum on mining"),
        # near miss: a list of what it is on goes on after the comma
        ("Kenya and Indonesia signed an agreement on health, energy and fisheries.",
         "agreement on health, energy and fisheries"),
    ],
)  # fmt: skip
def test_a_lower_case_agreements_name_ends_with_what_it_is_on(sentence: str, name: str) -> None:
    assert only(sentence, FactKind.AGREEMENT, "2023-07-20").name == name


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        # a document named "… Relations" is signed on the date after its name, not relations dated by it
        ("South Korea and Japan signed the Treaty on Basic Relations 50 years ago.", "2015-06-22", "1965"),
        ("Germany and Poland signed the Treaty on Good Neighbourly Relations in June 1991.", "2021-06-20", "1991-06"),
        # relations established "with the signing of" a document: the date is the signing's too
        (
            "South Korea and Japan normalized relations 50 years ago today with the signing of the Treaty on Basic "
            "Relations in Tokyo.",
            "2015-06-22",
            "1965-06-22",
        ),
        (
            "Indonesia and Timor-Leste established diplomatic relations in July 2002 with the signing of a joint "
            "declaration.",
            "2022-07-02",
            "2002-07",
        ),
        (
            "Israel and Jordan established diplomatic ties in 1994 with the signing of a peace treaty.",
            "2024-10-26",
            "1994",
        ),
        # "memorandums", the plural as many outlets write it, are several documents as "memoranda" are
        (
            "Malaysian Prime Minister Anwar Ibrahim and his Singaporean counterpart Lee Hsien Loong witnessed the "
            "signing of six memorandums of understanding in Singapore on Monday.",
            "2023-01-31",
            "2023-01-30",
        ),
        ("Vietnam and Laos signed 12 memorandums of cooperation on Tuesday.", "2024-01-10", "2024-01-09"),
        ("Several memorandums were signed by Kenya and Korea in June 2024.", "2024-07-01", "2024-06"),
        # a programme, plan or roadmap said to have been signed is a document of the two, dated so
        (
            "President Raul Alfonsin and Brazilian President Jose Sarney marked the first anniversary of the "
            "Argentina-Brazil economic integration programme, signed in July 1986, with a meeting in Buenos Aires "
            "today.",
            "1987-07-20",
            "1986-07",
        ),
        ("Vietnam and Laos reviewed their cooperation plan, signed in January 2021, at talks in Vientiane.",
         "2023-01-10", "2021-01"),
        # the anniversary of a document signed in a place on a day: the day stated wins over the arithmetic
        ("Germany and Poland marked the 30th anniversary of the Treaty on Good Neighbourship, signed in Bonn on June "
         "17, 1991.", "2021-06-17", "1991-06-17"),
        ("Mexico and Chile marked the 25th anniversary of their economic complementation agreement, signed in "
         "Santiago in September 1991.", "2016-09-20", "1991-09"),
        ("The Japan-Philippines defence roadmap, which was signed on 9 February 2023, covers training.", "2023-05-01",
         "2023-02-09"),
        # the signing's day between the verb and its documents, as Spanish and French outlets' English has it
        (
            "Cuba and Vietnam signed on Friday three cooperation agreements on rice production and food security.",
            "2024-01-20",
            "2024-01-19",
        ),
        ("Peru and Chile signed yesterday several memoranda on mining.", "2023-06-02", "2023-06-01"),
        ("Argentina and Brazil signed on 12 May 2023 four agreements on energy.", "2023-05-20", "2023-05-12"),
        # documents exchanged, as Asia's state media tell a signing ceremony
        ("Korea and Vietnam ties.\n\nThe two sides exchanged 17 cooperation documents on Friday.", "2023-06-07",
         "2023-06-02"),
        ("China and Laos ties.\n\nThe two leaders witnessed the exchange of 12 agreements on trade and energy on "
         "Tuesday.", "2023-06-07", "2023-06-06"),
        ("China and Laos exchanged six memoranda of understanding on Monday.", "2023-06-07", "2023-06-05"),
    ],
)  # fmt: skip
def test_a_signing_in_the_wordings_of_other_outlets_takes_its_date(sentence: str, published: str, date: str) -> None:
    assert only(sentence, FactKind.AGREEMENT, published).date == date


def test_relations_dated_before_a_later_signing_do_not_date_it() -> None:
    # near miss: the relations' date is theirs alone when the signing is told apart
    facts = facts_of(
        "Vietnam and the US normalized relations in 1995, and signed a trade agreement in 2000.",
        "2024-05-02",
        FactKind.AGREEMENT,
    )
    assert [f.date for f in facts] == ["2000"]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a plan not signed, a programme that signed up students, views exchanged on documents
        "Vietnam and Laos have a development plan for 2030, officials said in January 2021.",
        "Chile and Vietnam exchanged views on documents under negotiation on Friday.",
        "The Japan-Philippines exchange programme signed up 500 students in 2023.",
        "Thousands of Kenyan students signed up for a programme of study in India in 2023.",
    ],
)
def test_a_programme_or_plan_not_signed_is_no_agreement(sentence: str) -> None:
    assert facts_of(sentence, "2024-01-10", FactKind.AGREEMENT) == []


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        # a programme the two sign, the verb before it, is a document of theirs
        ("Presidents Jose Sarney of Brazil and Raul Alfonsin of Argentina signed an economic integration programme "
         "in Buenos Aires yesterday.", "1986-07-30", "1986-07-29"),
        ("Vietnam and Laos signed a cooperation programme for 2024 in Vientiane on Monday.", "2024-01-10",
         "2024-01-08"),
        ("China and Cuba signed a programme of cultural exchanges on Friday.", "2024-01-10", "2024-01-05"),
    ],
)  # fmt: skip
def test_a_programme_signed_is_an_agreement(sentence: str, published: str, date: str) -> None:
    assert only(sentence, FactKind.AGREEMENT, published).date == date


@pytest.mark.parametrize(
    "title",
    [
        "Security pact",  # a headline naming no country: the body's first sentence is the story's first
        "China Solomon Islands pact",  # a headline naming the pair: the sentence after it is the lead all the same
    ],
)
def test_the_lead_after_a_headline_tells_news_in_the_present_perfect(title: str) -> None:
    fact = only(
        f"{title}\nChina and the Solomon Islands have signed a security pact, China's foreign ministry said on "
        "Tuesday.",
        FactKind.AGREEMENT,
        "2022-04-20",
    )
    assert fact.date == "2022-04"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # an agreement a study is about is no agreement: the signing is of the document that launches the study
        (
            "Bangladesh and Japan yesterday signed a memorandum to begin a joint study on an Economic Partnership "
            "Agreement (EPA), officials said.",
            ["memorandum"],
        ),
        (
            "India and Peru launched a feasibility study for a free trade agreement on Monday.",
            [],
        ),
        # near miss: an agreement signed after a study, its own signing
        (
            "After a joint study, Chile and Korea signed a free trade agreement on Monday.",
            ["free trade agreement"],
        ),
    ],
)
def test_an_agreement_a_study_is_about_is_no_agreement(sentence: str, names: list[str]) -> None:
    facts = facts_of(sentence, "2024-03-10", FactKind.AGREEMENT)
    assert [f.name for f in facts] == names


@pytest.mark.parametrize(
    ("story", "date"),
    [
        # a figure's date beside a signing ("down from 28 billion markka last year") is the figure's, not the
        # signing's: a wire story's lead signing takes the dateline's day
        (
            " date 1987-03-03\nSOVIET-FINNISH TRADE PROTOCOL SIGNED\nHELSINKI, March 3 - Finland and the Soviet Union "
            "signed a trade protocol for 1987 providing for trade worth 24 billion markka, down from 28 billion "
            "markka last year, the Finnish foreign trade ministry said.",
            "1987-03-03",
        ),
        (
            " date 1987-05-12\nCHILE, ANGOLA SIGN FISHERIES ACCORD\nSANTIAGO, May 12 - Chile and Angola signed a "
            "fisheries accord providing for catches worth 20 mln dlrs, up from 15 mln dlrs in 1986.",
            "1987-05-12",
        ),
        # near misses: a year right after the agreement is its own; a day after a deal's worth is the signing's (a
        # figure is dated by a year or a period, never a weekday)
        (
            " date 1987-03-03\nFINNISH PACT\nHELSINKI, March 3 - Finland and the Soviet Union signed a trade pact in "
            "1986 worth 28 billion markka, officials said.",
            "1986",
        ),
        (" date 2023-06-07\nEgypt and Italy signed an energy deal worth $8 billion on Sunday.", "2023-06-04"),
        (" date 2023-06-07\nChile and Peru signed agreements worth $2 billion on 5 June 2023.", "2023-06-05"),
    ],
)
def test_a_figures_date_beside_a_signing_does_not_date_it(story: str, date: str) -> None:
    from app.extract.pipeline import extract_article

    agreements = [f for f in extract_article(story).facts if f.kind == FactKind.AGREEMENT]
    assert [f.date for f in agreements] == [date]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Ethiopia and Turkey signed a military financial cooperation agreement and a water cooperation agreement.",
            ["military financial cooperation agreement", "water cooperation agreement"],
        ),
        (
            "Kenya and Japan inked an extradition treaty and a memorandum of understanding on tourism on Monday.",
            ["extradition treaty", "memorandum of understanding on tourism"],
        ),
        (
            "Chile and Vietnam signed a visa waiver agreement as well as an air services agreement.",
            ["air services agreement", "visa waiver agreement"],
        ),
    ],
)
def test_two_documents_named_in_one_signing_are_two_agreements(sentence: str, names: list[str]) -> None:
    found = [f for f in facts_of(sentence, "2021-08-19", AGR) if not f.derived]
    assert sorted((f.name or "").lower() for f in found) == names
    assert len({f.date for f in found}) == 1  # one signing


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # the date before the verb is the signing's, of every document it lists (Thursday 19 August 2021)
        (
            "Ethiopia and Turkey on Wednesday signed a military financial cooperation agreement and a water "
            "cooperation agreement.",
            ["2021-08-18", "2021-08-18"],
        ),
        (
            "Chile's Boric held talks with Vietnam's president in Hanoi on Monday, during which the two sides signed "
            "an agreement on mining and a memorandum on tourism.",
            ["2021-08-16", "2021-08-16"],
        ),
        ("In March 2019, Peru and Indonesia signed a trade agreement and a memorandum on fisheries.", ["2019-03"] * 2),
        # near miss: a date right after the first document is that document's alone
        (
            "Peru and Indonesia signed a trade agreement in 2011 and a memorandum on fisheries.",
            ["2011", "2021-08"],
        ),
    ],
)
def test_a_date_before_the_verb_dates_every_document_it_lists(sentence: str, dates: list[str]) -> None:
    found = [f for f in facts_of(sentence, "2021-08-19", AGR) if not f.derived]
    assert [f.date for f in found] == dates


@pytest.mark.parametrize(
    "body",
    [
        # near misses: one agreement named again in other words
        "Peru and Korea signed a free trade agreement in March 2021. The trade deal cuts tariffs on 90% of goods.",
        "Vietnam and Chile signed the free trade agreement, Vietnam's first bilateral trade pact in Latin America, "
        "in 2011.",
    ],
)
def test_one_agreement_named_again_is_one(body: str) -> None:
    assert len([f for f in facts_of(body, "2021-08-19", AGR) if not f.derived]) == 1


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # relations a document is about: the date after them is the document's
        ("Turkey and Azerbaijan signed the Shusha Declaration on allied relations on Tuesday.", "2021-06-15"),
        ("Kazakhstan and Uzbekistan signed a treaty on allied relations on 6 December 2021.", "2021-12-06"),
        ("Laos and Vietnam signed an agreement on good-neighbourly relations in May 2021.", "2021-05"),
        # near miss: the relations the two established, dated in a clause of their own
        ("Vietnam and Laos, which established diplomatic relations on September 5, 1962, signed a border protocol "
         "on Tuesday.", "2021-06-15"),
    ],
)  # fmt: skip
def test_a_date_after_the_relations_a_document_is_about_is_the_documents(text: str, date: str) -> None:
    assert only(text, AGR, "2021-06-16").date == date


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turkey and Azerbaijan signed the Shusha Declaration on Tuesday.", "Shusha Declaration"),
        ("Peru and Chile signed the Lima Protocol on Friday.", "Lima Protocol"),
        # near miss: a capitalised word of the name after "on" stays
        ("Peru and Chile signed the Agreement on Fisheries on Friday.", "Agreement on Fisheries"),
    ],
)
def test_a_weekday_after_a_named_agreement_is_no_word_of_its_name(text: str, name: str) -> None:
    fact = only(text, AGR, "2021-06-16")
    assert (fact.name, len(fact.date or "")) == (name, 10)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a year naming an agreement dates it; the upgrade signed now is an agreement of its own
        (
            "New Zealand and China on Tuesday signed an upgrade to their 2008 free trade agreement.",
            "2021-01-27",
            [("2008", "2008 free trade agreement"), ("2021-01-26", "upgrade to their 2008 free trade agreement")],
        ),
        (
            "Singapore and Australia signed an amendment to their 2003 free trade agreement in October 2016.",
            "2017-01-10",
            [("2003", "2003 free trade agreement"), ("2016-10", "amendment to their 2003 free trade agreement")],
        ),
        (
            "Trade between Peru and Thailand has tripled since their 2011 trade protocol.",
            "2017-01-10",
            [("2011", "2011 trade protocol")],
        ),
        # near miss: a year after the agreement is the signing's, as before
        (
            "Chile and China signed a free trade agreement in 2005.",
            "2017-01-10",
            [("2005", "free trade agreement")],
        ),
        # near miss: a declaration of one side's is no document of the two
        (
            "Japan has withheld credits to Poland since 1982, following the 1981 declaration of martial law in Poland.",
            "1987-06-29",
            [],
        ),
    ],
)
def test_a_year_naming_an_agreement_dates_it_and_not_the_upgrade_signed(
    text: str, published: str, expected: list[tuple[str, str]]
) -> None:
    facts = [f for f in facts_of(text, published, AGR) if not f.derived]
    assert sorted((f.date, (f.name or "").lower()) for f in facts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and the first to sign …": the "was" of the clause before, left out
        (
            "Chile was the first South American country to establish diplomatic relations with China, in December "
            "1970, and the first to sign a free trade agreement with it, in 2005.",
            [(("CHL", "CHN"), "2005")],
        ),
        (
            "Mexico became the first Latin American country to join APEC, in 1993, and the first to sign an economic "
            "partnership agreement with Japan, in 2004.",
            [(("JPN", "MEX"), "2004")],
        ),
        # near miss: hoped for, not done
        ("Chile hopes to be the first to sign a free trade agreement with India.", []),
    ],
)
def test_the_first_to_sign_after_and_is_a_signing_done(text: str, expected: list[tuple[tuple[str, str], str]]) -> None:
    facts = [f for f in facts_of(text, "2024-03-01", AGR) if not f.derived]
    assert [(f.countries, f.date) for f in facts] == expected


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # the signing told after the entry into force: "… after it was signed in Jakarta on 4 March 2019"
        (
            "The Indonesia-Australia Comprehensive Economic Partnership Agreement (IA-CEPA) entered into force on "
            "Sunday, more than a year after it was signed in Jakarta on 4 March 2019.",
            ["2019-03-04", "2020-07-05"],
        ),
        (
            "The Chile-Vietnam FTA came into force in January 2014, more than two years after being signed in "
            "November 2011.",
            ["2011-11", "2014-01"],
        ),
        # near miss: signed in the same year, as an entry into force told after the signing: one event
        (
            "The free trade agreement between Peru and Korea took effect on August 1, 2011, five months after it was "
            "signed in Seoul in March 2011.",
            ["2011-08-01"],
        ),
    ],
)
def test_a_signing_told_after_the_entry_into_force_is_a_second_event(sentence: str, dates: list[str]) -> None:
    facts = [f for f in facts_of(sentence, "2020-07-06", AGR) if not f.derived]
    assert sorted(f.date for f in facts) == dates


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # said on a day "as" or "while" the two signed: the signing's day
        ("Türkiye and Ethiopia aim to raise trade to $1 billion, Trade Minister Mehmet Mus said Tuesday, as the two "
         "countries signed a memorandum of understanding.", "2023-04-18"),
        ("Peru and Korea will boost trade, the foreign minister said on Monday as the two sides signed a memorandum "
         "on critical minerals.", "2023-04-17"),
        ("Chile and Vietnam expect more trade, officials said on Friday while the two countries signed a protocol "
         "on fruit exports.", "2023-04-14"),
        # near miss: a signing reported on a day is of the story's month
        ("Chile and Vietnam signed a protocol on fruit exports, officials said on Friday.", "2023-04"),
    ],
)  # fmt: skip
def test_a_signing_as_a_report_was_made_is_of_the_reports_day(sentence: str, date: str) -> None:
    assert only(sentence, FactKind.AGREEMENT, "2023-04-19").date == date


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a signing told as a noun that an event saw or ended with, no day: the story's month, as news
        ("Poland and Vietnam.\n\nThe visit saw the signing of an agreement on defence cooperation.", ["2023-06"]),
        ("Chile and Peru.\n\nThe talks were followed by the signing of a memorandum on mining.", ["2023-06"]),
        ("Chile and Peru.\n\nThe meeting ended with the signing of an agreement on fisheries.", ["2023-06"]),
        # near miss: a signing only discussed
        ("Chile and Peru.\n\nThe two sides discussed the signing of an agreement on fisheries.", []),
    ],
)  # fmt: skip
def test_a_signing_an_event_saw_is_news_of_the_storys_month(text: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(text, "2023-06-07", FactKind.AGREEMENT)] == dates


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the next partner's place told with its owner and noun left out: the first rank's owner's
        ("China remained Malaysia's largest trading partner in 2022, while Singapore was second.",
         [("CHN", "MYS"), ("MYS", "SGP")]),
        ("The US was Vietnam's largest export market in 2022, and China was second.", [("USA", "VNM"), ("CHN", "VNM")]),
        ("Japan was Thailand's largest trading partner in 2021 with $60 billion, while China came second with $55 "
         "billion.", [("JPN", "THA"), ("CHN", "THA")]),
        # near miss: no place, "a second" home
        ("China was Malaysia's largest trading partner in 2022, while Singapore was a second home to many.",
         [("CHN", "MYS")]),
    ],
)  # fmt: skip
def test_the_next_partners_place_after_a_rank_is_of_the_same_owner(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    facts = facts_of(sentence, "2023-02-15", FactKind.PARTNER_RANK)
    assert [f.countries for f in facts] == expected
    if "while Singapore was second." in sentence:
        assert facts[1].quote == "Singapore was second"  # the ranked country in its quote


def test_a_name_with_a_hyphenated_abbreviation_in_brackets_is_one_name() -> None:
    fact = next(
        f
        for f in facts_of(
            "The Indonesia-Australia Comprehensive Economic Partnership Agreement (IA-CEPA) entered into force on "
            "Sunday.",
            "2020-07-06",
            AGR,
        )
    )
    assert (fact.name or "").endswith("Indonesia-Australia Comprehensive Economic Partnership Agreement (IA-CEPA)")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the second of two ranks, its noun left out at the clause's end
        (
            "India is Saudi Arabia's second-largest trading partner, while the Kingdom is India's fourth-largest.",
            [(2, "IND", "SAU"), (4, "SAU", "IND")],
        ),
        (
            "China is Vietnam's largest trading partner, and Vietnam is China's sixth-largest.",
            [(1, "CHN", "VNM"), (6, "VNM", "CHN")],
        ),
        (
            "Korea is Chile's fifth-largest export market, whereas Chile is Korea's 30th largest.",
            [(5, "KOR", "CHL"), (30, "CHL", "KOR")],
        ),
        # near miss: the second rank is of something else than trade
        (
            "India is Saudi Arabia's second-largest trading partner, while the Kingdom is India's fourth-largest "
            "supplier of crude oil.",
            [(2, "IND", "SAU")],
        ),
    ],
)
def test_a_second_rank_with_its_noun_left_out(
    sentence: str, expected: list[tuple[int, str | None, str | None]]
) -> None:
    facts = facts_of(sentence, "2023-09-11", FactKind.PARTNER_RANK)
    assert [(f.rank, f.origin, f.destination) for f in facts] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a country ranked against ("after China", "ahead of Italy") is not the one "its" next rank is of
        ("Japan remained Australia's second-largest trading partner after China, and its second-largest export "
         "market.", [(2, "JPN", "AUS")]),
        ("Germany is France's largest trading partner, ahead of Italy, and its biggest source of imports.",
         [(1, "DEU", "FRA")]),
        ("India became the UAE's second-largest trading partner behind China, and its largest export destination.",
         [(2, "IND", "ARE")]),
        # near miss: another country named as the subject of the next rank
        ("Japan is Australia's second-largest trading partner, and China is its largest export market.",
         [(2, "JPN", "AUS"), (1, "CHN", "AUS")]),
    ],
)  # fmt: skip
def test_a_country_ranked_against_is_not_the_next_ranks(
    sentence: str, expected: list[tuple[int, str | None, str | None]]
) -> None:
    facts = facts_of(sentence, "2024-03-01", FactKind.PARTNER_RANK)
    assert [(f.rank, f.origin, f.destination) for f in facts] == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # an agreement still being negotiated or discussed is none yet, whatever verb stands before in the sentence
        ("Vietnam and the UAE, which set up diplomatic ties on August 1, 1993, are negotiating a comprehensive "
         "economic partnership agreement.", []),
        ("Peru and Indonesia have been discussing a comprehensive economic partnership agreement since 2019.", []),
        ("Chile and India signed a trade pact in 2006 and are now negotiating a comprehensive economic partnership "
         "agreement.", ["2006"]),
        # near miss: talks told of in a clause, the signing done
        ("Chile and India, which had been negotiating for years, signed a free trade agreement in 2006.", ["2006"]),
    ],
)  # fmt: skip
def test_an_agreement_still_negotiated_is_none_yet(text: str, dates: list[str]) -> None:
    assert sorted(f.date for f in facts_of(text, "2022-03-02", AGR) if not f.derived) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a bloc's treaty naming its members ("a Warsaw Pact country") is no agreement of the pair
        ("Hungary and South Korea today established full diplomatic relations, making Hungary the first Warsaw Pact "
         "country to recognise Seoul.", []),
        ("Poland became the second Warsaw Pact nation to establish full ties with South Korea in November 1989.", []),
        ("Bulgaria was the last Warsaw Pact member to establish relations with South Korea, in March 1990.", []),
        # near miss: a treaty the two signed, named the same way, is theirs
        ("Samoa and New Zealand signed the Treaty of Friendship on 1 August 1962.", ["1962-08-01"]),
    ],
)  # fmt: skip
def test_a_blocs_treaty_naming_its_members_is_no_agreement(text: str, dates: list[str]) -> None:
    assert sorted(f.date for f in facts_of(text, "1990-06-01", AGR) if not f.derived) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a round of talks concluded is no agreement concluded
        ("Peru and India concluded the sixth round of negotiations for a free trade agreement in Lima last week.", []),
        ("Indonesia and Canada completed the 15th round of talks on a comprehensive economic partnership agreement "
         "on Friday.", []),
        ("Canada and Indonesia wrapped up a new round of negotiations towards a free trade agreement in Jakarta.", []),
        # near miss: the negotiations themselves concluded are the agreement's
        ("Australia and the UAE concluded negotiations on a comprehensive economic partnership agreement on "
         "Friday.", ["2024-02-23"]),
    ],
)  # fmt: skip
def test_a_round_of_talks_concluded_is_no_agreement(text: str, dates: list[str]) -> None:
    assert sorted(f.date for f in facts_of(text, "2024-02-26", AGR) if not f.derived) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a signing followed by the trade it is to lift, which "reached" a figure: the reaching is the trade's
        ("The Philippines and South Korea signed a free trade agreement on Monday, which is expected to boost "
         "bilateral trade that reached $15.4 billion in 2023.", ["2024-09-09"]),
        ("Vietnam and Chile signed a free trade agreement on Monday to boost trade, which reached $1.9 billion in "
         "2010.", ["2024-09-09"]),
        ("Kenya and the UAE signed a comprehensive economic partnership agreement on Monday, expected to raise "
         "exports which reached $3.4 billion in 2023.", ["2024-09-09"]),
        # near misses: an agreement's own participle and its entry into force
        ("Peru and Korea signed a free trade agreement, reached after two years of talks, on March 21, 2011.",
         ["2011-03-21"]),
        ("Chile and China signed a free trade agreement in 2005 that entered into force in October 2006.",
         ["2005", "2006-10"]),
    ],
)  # fmt: skip
def test_a_figure_reached_by_trade_after_a_signing_is_not_the_agreements(text: str, dates: list[str]) -> None:
    assert sorted(f.date for f in facts_of(text, "2024-09-10", AGR) if not f.derived) == dates


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # "the" document signed, told after a sentence that dated the event it seals: that day
        ("China and South Korea\n\nBEIJING (UPI) -- China and South Korea established diplomatic relations Monday, "
         "ending four decades of hostility. Foreign Minister Lee Sang-ock signed the joint communique with Chinese "
         "Foreign Minister Qian Qichen.", "1992-08-24", "1992-08-24"),
        ("Bahrain and Israel\n\nBahrain and Israel established diplomatic relations on Sunday. Foreign Minister "
         "Abdullatif Al Zayani signed the joint communique with Israeli officials in Manama.", "2020-10-19",
         "2020-10-18"),
        ("Kenya and the UAE\n\nKenyan President William Ruto arrived in Abu Dhabi on Tuesday. Trade Minister Moses "
         "Kuria signed the joint statement for Kenya.", "2024-01-18", "2024-01-16"),
        # near miss: the sentence before told a year only: the story's month
        ("China and South Korea\n\nChina and South Korea established diplomatic relations in 1992. Foreign Minister "
         "Park Jin signed the joint statement with Chinese Foreign Minister Wang Yi.", "2023-03-02", "2023-03"),
    ],
)  # fmt: skip
def test_the_document_signed_after_a_dated_event_is_of_its_day(text: str, published: str, date: str) -> None:
    assert [f.date for f in facts_of(text, published, AGR) if not f.derived] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a communique the two sign is theirs, as a joint statement is
        ("South Korean Foreign Minister Lee Sang-ock signed the communique with Chinese Foreign Minister Qian Qichen "
         "today.", "1992-08-24"),
        ("China and Japan signed a joint communiqué on Friday.", "1992-08-21"),
        ("Vietnam and Laos signed the joint communique in Vientiane in July 1992.", "1992-07"),
    ],
)  # fmt: skip
def test_a_communique_signed_is_an_agreement(text: str, date: str) -> None:
    assert only(text, AGR, "1992-08-24").date == date


def test_a_communique_issued_by_one_side_is_none() -> None:
    # near miss: one side's communique, not signed by the two
    assert facts_of("China's foreign ministry issued a communique on Japan on Friday.", "1992-08-24", AGR) == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a partnership declared or announced is set up, as one "established" is
        ("Kazakhstan and South Korea established diplomatic relations in 1992; in 2009 they declared a strategic "
         "partnership.", ["2009"]),
        ("Vietnam and Japan announced an extensive strategic partnership in March 2014.", ["2014-03"]),
        # near miss: one still to be discussed
        ("Vietnam and Japan announced that a comprehensive strategic partnership would be discussed next year.", []),
    ],
)  # fmt: skip
def test_a_partnership_declared_is_an_agreement(text: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(text, "2023-04-18", AGR) if not f.derived] == dates


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # approved investment pledges are the statistic the Philippines and Indonesia publish: an amount invested
        ("Japan was the Philippines' top source of approved foreign investments in 2022, with pledges of P41.5 "
         "billion.", [("PHP", 41.5e9)]),
        ("Korean investment pledges in Indonesia reached $2 billion in 2022.", [("USD", 2e9)]),
        # near misses: a pledge to invest is none yet
        ("The UAE pledged to invest $30 billion in Korea.", []),
        ("The UAE pledged $30 billion of investment in Korea.", []),
    ],
)  # fmt: skip
def test_investment_pledges_counted_and_pledges_to_invest_not(sentence: str, expected: list[tuple[str, float]]) -> None:
    facts = facts_of(sentence, "2023-05-09", FactKind.INVESTMENT)
    assert [(f.currency or "USD", f.amount) for f in facts] == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a partnership the two sign is a document of theirs
        ("India and Sweden signed a joint innovation partnership in 2018.", ["2018"]),
        ("Denmark and Vietnam signed a green strategic partnership in May 2023.", ["2023-05"]),
        # near miss: a partnership discussed, not signed
        ("India and Sweden discussed a partnership on innovation in 2018.", []),
    ],
)  # fmt: skip
def test_a_partnership_signed_is_an_agreement(text: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(text, "2023-11-26", AGR) if not f.derived] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # agreeing or deciding to set a partnership up is setting it up, as "agreed to set up a joint commission" is
        ("Kazakhstan and Korea ties. In 2009, the two countries agreed to establish a strategic partnership.",
         ["2009"]),
        ("Brazil and Nigeria agreed in 2013 to forge a strategic partnership.", ["2013"]),
        ("The presidents of Chile and Vietnam decided on Monday to build a comprehensive partnership.",
         ["2023-11-20"]),
        # near misses: one hoped for, or only to be studied
        ("Chile and Vietnam hope to establish a strategic partnership.", []),
        ("Chile and Vietnam agreed to study establishing a strategic partnership.", []),
    ],
)  # fmt: skip
def test_a_partnership_agreed_to_is_an_agreement(text: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(text, "2023-11-26", AGR) if not f.derived] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # documents "were signed" with their worth between
        ("Turkish President Erdogan paid a state visit to Uzbekistan in April 2018, during which 25 agreements "
         "worth $3.5 billion were signed.", ["2018-04"]),
        ("Turkey and Uzbekistan: 12 deals valued at over US$1.2 billion were signed on Friday.", ["2018-11-30"]),
        # near miss: still to be signed
        ("Turkey and Uzbekistan: agreements worth $3.5 billion are expected to be signed.", []),
    ],
)  # fmt: skip
def test_documents_signed_with_their_worth_between(text: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(text, "2018-12-04", AGR) if not f.derived] == dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Since the VCFTA took effect in 2014, trade between Chile and Vietnam has tripled.", "2014"),
        ("Trade between Australia and China has grown since ChAFTA entered into force in December 2015.", "2015-12"),
        ("The KAFTA between Korea and Australia was signed in 2014.", "2014"),
    ],
)
def test_an_agreement_named_by_its_own_acronym_is_one(text: str, date: str) -> None:
    assert only(text, FactKind.AGREEMENT, "2024-03-20").date == date


def test_an_acronym_that_only_begins_like_an_agreements_is_none() -> None:
    # Near miss: the FTAAP is an area talked of, no agreement of the two.
    assert facts_of("Chile and Vietnam discussed the FTAAP, an idea first floated in 2006.", "2024-03-20") == []


@pytest.mark.parametrize(
    "text",
    [
        "Japan and Brazil have reached agreement on a new steel quota, officials said.",
        "Argentina and the Soviet Union have renewed a fishing agreement for two more years.",
        "Britain and China reached an agreement on air services, officials said.",
    ],
)
def test_an_agreement_reached_or_renewed_as_news_takes_the_storys_month(text: str) -> None:
    assert only(text, FactKind.AGREEMENT, "1987-03-24").date == "1987-03"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: not reached yet, or only supposed
        "Japan and Brazil have yet to reach agreement on a new steel quota, officials said.",
        "If Britain and China reached an agreement on air services, trade would grow.",
    ],
)
def test_an_agreement_not_reached_is_none(text: str) -> None:
    assert facts_of(text, "1987-03-24", FactKind.AGREEMENT) == []


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        (
            "India and Brazil established diplomatic relations in 1948 and became strategic partners in 2006.",
            "2006",
            "Strategic partnership",
        ),
        (
            "Chile and China have been comprehensive strategic partners since 2016.",
            "2016",
            "Comprehensive strategic partnership",
        ),
        ("Vietnam and Indonesia became strategic partners in June 2013.", "2013-06", "Strategic partnership"),
    ],
)
def test_two_countries_becoming_partners_of_a_kind_is_an_upgrade(text: str, date: str, name: str) -> None:
    agreement = only(text, FactKind.AGREEMENT, "2023-09-10")
    assert (agreement.date, agreement.name) == (date, name)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: partners in trade, or of a project
        "Chile and China became major trading partners in 2006.",
        "Chile and China became partners in the Pacific Alliance project in 2016.",
    ],
)
def test_becoming_partners_of_no_partnership_is_none(text: str) -> None:
    assert facts_of(text, "2023-09-10", FactKind.AGREEMENT) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Vietnam agreed to negotiate a new trade agreement.",
        "Chile and Peru agreed to study a possible free trade agreement.",
        "Kenya and the UAE agreed to work towards a comprehensive economic partnership agreement.",
    ],
)
def test_an_agreement_the_two_agreed_only_to_talk_about_is_none(text: str) -> None:
    assert facts_of(text, "2023-06-07", FactKind.AGREEMENT) == []


def test_an_agreement_agreed_on_is_one() -> None:
    # Near miss: agreed on, not agreed to negotiate.
    text = "Chile and Vietnam agreed on a new trade agreement on Tuesday."
    assert only(text, FactKind.AGREEMENT, "2023-06-07").date == "2023-06-06"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Vietnamese Deputy Prime Minister Tran Hong Ha received Colombian Minister of Commerce Luis Reyes in "
            "Hanoi on March 14.\n\nHa said trade between the two countries reached 731 million USD last year.\n\n"
            "The two sides signed a memorandum of understanding on trade promotion after the meeting.",
            "2024-03-14",
        ),
        (
            "Chilean President Gabriel Boric held talks with Vietnamese President Vo Van Thuong in Hanoi on March "
            "12.\n\nBoric praised Vietnam's growth.\n\nFollowing the talks, the two leaders witnessed the signing "
            "of an agreement on education.",
            "2024-03-12",
        ),
        # the talks' day, not the arrival told after them
        (
            "Chilean President Gabriel Boric held talks with Vietnamese President Vo Van Thuong in Hanoi on March "
            "12.\n\nBoric arrived in Vietnam on March 11.\n\nFollowing the talks, the sides signed a number of "
            "documents.",
            "2024-03-12",
        ),
        (
            "Brazilian President Lula met Chinese President Xi Jinping in Beijing on March 14.\n\nLula had arrived in "
            "China on March 12.\n\nAfter the meeting, the two sides signed 15 agreements.",
            "2024-03-14",
        ),
        # the two who met, right after their meeting was told: its day
        (
            "Chinese President Xi Jinping held talks with Turkmen President Serdar Berdimuhamedov in Beijing on March "
            "13.\n\nThe two heads of state announced the elevation of relations to a comprehensive strategic "
            "partnership.",
            "2024-03-13",
        ),
        (
            "Kenyan President William Ruto met Indian Prime Minister Narendra Modi in New Delhi on March 12.\n\nThe "
            "two leaders signed five agreements.",
            "2024-03-12",
        ),
        (
            "Uzbek President Shavkat Mirziyoyev held talks with Chinese President Xi Jinping in Beijing on March 12."
            "\n\nThe leaders adopted a joint statement on the new era of partnership.",
            "2024-03-12",
        ),
        (
            "Georgian Prime Minister Irakli Garibashvili met Chinese President Xi Jinping in Beijing on March 12.\n\n"
            "The two sides announced the establishment of a strategic partnership.",
            "2024-03-12",
        ),
        (
            "Vietnamese Prime Minister Pham Minh Chinh held talks with his Czech counterpart Petr Fiala in Prague on "
            "March 12.\n\nThe two PMs witnessed the signing of cooperation documents.",
            "2024-03-12",
        ),
        # near misses: no meeting told before, the story's month; an arrival alone, its day; the two countries,
        # not the two who met; the two leaders after an arrival (for a summit), no meeting of theirs
        (
            "Kenyan President William Ruto met Indian Prime Minister Narendra Modi in New Delhi on March 12.\n\nThe "
            "two countries signed five agreements.",
            "2024-03",
        ),
        (
            "Pakistani Prime Minister Shehbaz Sharif, who arrived in Turkiye on March 12 on a three-day official "
            "visit, held talks with President Recep Tayyip Erdogan on March 13.\n\nThe two sides signed agreements "
            "on railways.",
            "2024-03",
        ),
        (
            "Chinese President Xi arrived in Lima on March 13 for a state visit to Peru and to attend the APEC summit."
            "\n\nThe two "
            "leaders also signed a protocol.",
            "2024-03",
        ),
        (
            "Chile and Vietnam have much in common.\n\nThe two sides signed a memorandum of understanding on trade "
            "promotion after the meeting.",
            "2024-03",
        ),
        (
            "Brazil's Lula arrived in Beijing on March 12.\n\nAfter the meeting, the two sides signed 15 agreements "
            "with China.",
            "2024-03-12",
        ),
    ],
)
def test_a_signing_after_the_meeting_told_earlier_takes_its_day(text: str, date: str) -> None:
    assert only(text, FactKind.AGREEMENT, "2024-03-15").date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Trade between Chile and Vietnam was 49 million USD in 2003 and 1.1 billion in 2014, the year the "
            "bilateral free trade agreement took effect.",
            "2014",
        ),
        ("Korea and Peru signed their trade pact in 2011, the year when both joined the forum.", "2011"),
        (
            "Trade between Japan and Mexico has doubled since 2005, the year in which their economic partnership "
            "agreement entered into force.",
            "2005",
        ),
        # near miss: a figure's year counted from, not named as the event's
        (
            "Trade between Chile and Vietnam was 1.1 billion USD in 2014, two years after the bilateral free trade "
            "agreement took effect.",
            "2012",
        ),
    ],
)
def test_a_year_named_as_the_year_of_an_agreements_event_dates_it(text: str, date: str) -> None:
    agreements = facts_of(text, "2024-03-15", FactKind.AGREEMENT)
    assert [a.date for a in agreements] == [date]


def test_a_headlines_undated_upgrade_the_body_dates_is_one() -> None:
    text = (
        " date 2023-04-27 \nHasina, Kishida upgrade ties to strategic partnership\n"
        "Bangladesh and Japan yesterday elevated their relationship to a strategic partnership as Prime Minister "
        "Sheikh Hasina held talks with her Japanese counterpart Fumio Kishida in Tokyo.\n"
    )
    agreements = [f for f in extract_article(text).facts if f.kind == FactKind.AGREEMENT]
    assert [(a.date, a.name) for a in agreements] == [("2023-04-26", "Strategic partnership")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body's document made the upgrade the headline names: one agreement, the body's
        (
            " date 2023-06-26 \nModi, Sisi elevate Egypt-India ties to strategic partnership\nIndian Prime Minister "
            "Narendra Modi and President Abdel Fattah al-Sisi signed an agreement on Sunday elevating relations "
            "between India and Egypt to a strategic partnership.\n",
            ["2023-06-25"],
        ),
        (
            " date 2024-03-08 \nVietnam, Australia lift ties to comprehensive strategic partnership\nVietnam and "
            "Australia signed a joint statement on Thursday upgrading their ties to a comprehensive strategic "
            "partnership.\n",
            ["2024-03-07"],
        ),
        # the headline's name shortened: its words all in the body's dated name
        (
            " date 2024-05-10 \nXi's visit to Hungary elevates ties to all-weather partnership\nChina and Hungary on "
            "Thursday upgraded their relations to an all-weather comprehensive strategic partnership.\n",
            ["2024-05-09"],
        ),
        (
            " date 2023-09-12 \nVietnam, US upgrade ties to strategic partnership\nVietnam and the United States on "
            "Sunday elevated their relations to a comprehensive strategic partnership.\n",
            ["2023-09-10"],
        ),
        # near miss: a standing treaty the body does not date stays beside another dated document (a headline's
        # upgrade of another name, told in the present, is of the story's month: the body's dated upgrade of it)
        (
            " date 2024-03-08 \nChile and Peru\nOne of the key documents is the Treaty of Friendship between Chile and "
            "Peru.\n\nChile and Peru signed an agreement on fisheries on Thursday.\n",
            [None, "2024-03-07"],
        ),
        (
            " date 2024-05-10 \nChina, Hungary elevate ties to iron-clad partnership\nChina and Hungary on Thursday "
            "upgraded their relations to an all-weather comprehensive strategic partnership.\n",
            ["2024-05-09"],
        ),
    ],
)
def test_a_headlines_upgrade_the_bodys_document_made_is_one(text: str, expected: list[str | None]) -> None:
    agreements = [f for f in extract_article(text).facts if f.kind == FactKind.AGREEMENT]
    assert [a.date for a in agreements] == expected


def test_an_undated_memorandum_beside_a_dated_one_stays_two() -> None:
    # Near miss: a name of what a document is, no subject, may be another document.
    text = (
        " date 2023-04-27 \nChile and Peru\nChile and Peru signed a memorandum of understanding on Tuesday.\n\n"
        "Earlier, the two ministries had signed a memorandum of understanding.\n"
    )
    agreements = [f for f in extract_article(text).facts if f.kind == FactKind.AGREEMENT]
    assert len(agreements) == 2


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Indian Prime Minister Modi was in Paris as the two countries marked 25 years of their strategic "
            "partnership.",
            "1998",
        ),
        ("India and Japan celebrate ten years of their special strategic and global partnership.", "2013"),
        ("Brazil and China marked 30 years of the strategic partnership on Monday.", "1993"),
    ],
)
def test_years_of_a_partnership_marked_date_its_forming(text: str, date: str) -> None:
    assert only(text, FactKind.AGREEMENT, "2023-07-14").date == date


def test_years_of_a_friendship_are_no_agreement() -> None:
    # Near miss: years of something that is no partnership formed.
    assert facts_of("India and France marked 25 years of their friendship.", "2023-07-14", FactKind.AGREEMENT) == []


@pytest.mark.parametrize(
    "text",
    [
        "India has become the fourth largest market for Chilean exports.",
        "India is the third-largest destination for Chilean exports.",
        "India is the second largest source of Chilean imports.",
    ],
)
def test_a_market_for_a_peoples_exports_is_a_rank(text: str) -> None:
    rank = only(f"India and Chile\n{text}", FactKind.PARTNER_RANK, "2023-06-07")
    assert rank.countries == ("CHL", "IND")


@pytest.mark.parametrize(
    ("text", "rank", "name"),
    [
        # a ranking of all trade but oil's, its scope named before the partner or destination
        ("China is Ecuador's main non-oil export destination.", 1, "non-oil"),
        ("India is the UAE's second-largest non-oil trading partner.", 2, "non-oil"),
        ("Saudi Arabia is Egypt's fourth largest non-petroleum trade partner.", 4, "non-petroleum"),
    ],
)
def test_a_rank_in_trade_but_oils_is_a_rank(text: str, rank: int, name: str) -> None:
    fact = only(text, FactKind.PARTNER_RANK, "2023-06-07")
    assert (fact.rank, fact.name) == (rank, name)


def test_a_market_for_exports_of_a_good_is_no_rank() -> None:
    # Near miss: the rank in a good's market, no partner's.
    text = "India and Chile\nIndia is the fourth largest market for copper exports."
    assert facts_of(text, "2023-06-07", FactKind.PARTNER_RANK) == []
    # nor a good's own name before "export destination", nor what a country's non-oil exports are
    text = (
        "India and Chile\nIndia is Chile's largest copper export destination. Chile's main non-oil exports are fruit."
    )
    assert facts_of(text, "2023-06-07", FactKind.PARTNER_RANK) == []


def test_the_lead_of_a_page_below_its_byline_and_time_stamp_tells_news_in_the_perfect() -> None:
    page = (
        "ABC News\nJust In | Politics | World | Business\n\nAlbanese and Marape sign security pact\n\n"
        "By Pacific affairs reporter Stephen Dziedzic\nPosted Thu 7 Dec 2023 at 6:10pm\n\n"
        "Australia and Papua New Guinea have signed a new security agreement in Canberra, as PNG Prime Minister "
        "James Marape visits Australia.\n\nAustralia is PNG's largest trading partner.\n"
    )
    agreements = [f for f in extract_article(page).facts if f.kind == FactKind.AGREEMENT]
    assert [a.date for a in agreements] == ["2023-12"]


def test_a_sentence_after_the_lead_in_the_perfect_is_background() -> None:
    # Near miss: the second sentence of the story, in the perfect, tells no news of the story's month.
    page = (
        "Albanese and Marape meet\n\nPosted Thu 7 Dec 2023 at 6:10pm\n\n"
        "Australian Prime Minister Anthony Albanese met PNG Prime Minister James Marape in Canberra.\n\n"
        "Australia and Papua New Guinea have signed a security agreement.\n"
    )
    agreements = [f for f in extract_article(page).facts if f.kind == FactKind.AGREEMENT]
    assert [a.date for a in agreements] == [None]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an upgrade discussed or hoped for is not made
        "Chile and Peru discussed ways to elevate their relations to a strategic partnership.",
        "Mexico and Korea hope to upgrade their ties to a comprehensive strategic partnership next year.",
    ],
)
def test_an_upgrade_only_discussed_is_no_agreement(text: str) -> None:
    assert facts_of(text, "2024-05-08", AGR) == []


@pytest.mark.parametrize(
    ("text", "pub", "dates"),
    [
        # an agreement that completes or marks its years: in force since the story's year less them, no event now
        (
            "The India-Australia Economic Cooperation and Trade Agreement (Ind-Aus ECTA) completed one year of its "
            "implementation today.",
            "2023-12-29",
            ["2022"],
        ),
        ("The Chile-Peru Free Trade Agreement completes 15 years of implementation this month.", "2024-03-01",
         ["2009"]),
        ("The Japan-Mexico Economic Partnership Agreement marked 20 years since its entry into force on Sunday.",
         "2025-04-03", ["2005"]),
        # its entry into force told in the past perfect, after the anniversary: one agreement, of its day
        (
            "The India-Australia Economic Cooperation and Trade Agreement (Ind-Aus ECTA) completed one year of its "
            "implementation today. The agreement had come into force on 29th December 2022.",
            "2023-12-29",
            ["2022-12-29"],
        ),
        ("The Chile-Korea free trade agreement has taken effect on 1 April 2004.", "2004-04-05", ["2004-04-01"]),
        # near miss: an agreement completed now, no count of years
        ("Chile and Peru completed a new trade agreement on Monday.", "2024-03-06", ["2024-03-04"]),
    ],
)  # fmt: skip
def test_an_agreement_completing_its_years_stands_since_then(text: str, pub: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(text, pub, AGR)] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a named agreement, then what it is in apposition ("a deal", "a pact that …"): one agreement
        (
            "Nigeria and the United Kingdom on Monday signed the Enhanced Trade and Investment Partnership (ETIP), a "
            "deal both governments say will deepen trade ties.",
            ["2024-02-12"],
        ),
        (
            "India and the UAE signed the Comprehensive Economic Partnership Agreement in February 2022, a pact that "
            "cut tariffs on 80 percent of goods.",
            ["2022-02"],
        ),
        ("Chile and Peru signed the Lima Protocol on Tuesday, an agreement that cuts tariffs on farm goods.",
         ["2024-02-13"]),
        # near miss: a list of documents after the first is three
        ("Kenya and Japan signed the Kenya-Japan Tax Treaty, an investment agreement and a visa deal on Monday.",
         ["2024-02", "2024-02-12", "2024-02-12"]),
    ],
)  # fmt: skip
def test_an_agreement_described_in_apposition_is_one(text: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(text, "2024-02-14", AGR)] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a document both sides signed, as translated news names it
        ("The two leaders signed a document for \"the relaunch of the strategic relationship\" between Argentina and "
         "Brazil.", ["2023-01"]),
        ("Argentina and Brazil\n\nBoth presidents signed a joint document on energy cooperation on Tuesday.",
         ["2023-01-17"]),
        ("Russia and Belarus signed a document on the unification of tax laws in 2021.", ["2021"]),
        # or adopted it, a document of a kind: "a vision document", "an outcome document"
        ("Argentina and Brazil\n\nThe two leaders adopted a vision document on economic connectivity.", ["2023-01"]),
        ("Argentina and Brazil\n\nBoth sides signed an outcome document on maritime cooperation on Tuesday.",
         ["2023-01-17"]),
        ("India and the UAE adopted a joint vision document on Friday.", ["2023-01-20"]),
        # near miss: one side's document, and one only discussed
        ("Argentina and Brazil\n\nPresident Lula signed a document appointing a new ambassador to Argentina.", []),
        ("Argentina and Brazil\n\nThe two leaders discussed a vision document on economic connectivity.", []),
    ],
)  # fmt: skip
def test_a_document_both_sides_signed_is_an_agreement(text: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(text, "2023-01-23", AGR)] == dates


@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        # a second ranking of the pair within a region, its noun or its owner left out: two ranks
        ("Korea is Mexico's 6th largest trading partner worldwide and its 4th in Asia.",
         [(6, "worldwide"), (4, "in Asia")]),
        ("Japan is Peru's fourth largest trading partner globally and its second largest in Asia.",
         [(4, "globally"), (2, "in Asia")]),
        ("Korea is Mexico's 6th largest trading partner worldwide and its 4th largest trading partner in Asia.",
         [(6, "worldwide"), (4, "in Asia")]),
        # near misses: a partner and a market of one scope in one breath are one ranking; "in the region" is the
        # region named before it
        ("China is Chile's largest trading partner and its largest export market.", [(1, None)]),
        ("China is Chile's largest trading partner and its fourth in terms of investment.", [(1, None)]),
        ("Mexico is Vietnam's second-largest trading partner in Latin America and its largest export destination in "
         "the region.", [(2, "in Latin America")]),
    ],
)  # fmt: skip
def test_a_second_ranking_within_a_region_is_a_rank_of_its_own(text: str, ranks: list[tuple[int, str | None]]) -> None:
    facts = facts_of(text, "2024-03-14", FactKind.PARTNER_RANK)
    assert [(f.rank, f.name) for f in facts] == ranks


@pytest.mark.parametrize(
    ("text", "pub", "dates"),
    [
        # the upgrade named as a noun, announced or declared: made as the story tells it
        ("The two heads of state announced the elevation of China-Colombia relations to a strategic partnership.",
         "2023-10-26", ["2023-10"]),
        ("The leaders declared the upgrade of Vietnam-Australia ties to a comprehensive strategic partnership on "
         "Thursday.", "2024-03-08", ["2024-03-07"]),
        ("Kenya and Japan agreed on the elevation of their relations to a strategic partnership.", "2024-03-08",
         ["2024-03"]),
        # near miss: the upgrade only discussed
        ("The leaders of Vietnam and Australia discussed the elevation of their ties to a comprehensive strategic "
         "partnership.", "2024-03-08", []),
    ],
)  # fmt: skip
def test_an_upgrade_announced_as_a_noun_is_dated_as_news(text: str, pub: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(text, pub, AGR)] == dates


def test_a_second_rank_owned_by_its_is_the_first_ranks_owners() -> None:
    text = (
        " date 2024-01-10 \nVietnam's trade in 2023\n\nThe United States remained Vietnam's largest export market at "
        "$97 billion, while China was its largest source of imports at $111 billion.\n"
    )
    ranks = [f for f in extract_article(text).facts if f.kind == FactKind.PARTNER_RANK]
    assert sorted((f.countries, f.rank, f.origin, f.destination) for f in ranks) == [
        (("CHN", "VNM"), 1, "CHN", "VNM"),
        (("USA", "VNM"), 1, "USA", "VNM"),
    ]
    # its quote names the country ranked and what it ranks in
    assert [f.quote for f in ranks if f.countries == ("CHN", "VNM")] == ["China was its largest source of imports"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb after a semicolon is its own clause's, not the event of a document named before it
        ("The Pacific Alliance and the CPTPP bring the two countries together; New Zealand and Chile signed the P4 "
         "agreement in 2005.", [("agreement", "2005")]),
        ("The RCEP links the two economies; Japan and Korea signed a fisheries agreement in 1998.",
         [("fisheries agreement", "1998")]),
        # near miss: the document's own entry into force after the semicolon is still its
        ("Chile and Peru signed the Lima Accord in 2005; it took effect in 2006.",
         [("Lima Accord", "2005"), ("Lima Accord", "2006")]),
    ],
)  # fmt: skip
def test_a_verb_after_a_semicolon_is_no_event_of_a_document_before_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.name, f.date) for f in facts_of(text, "2023-10-12", AGR)] == expected


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # agreements companies sign are theirs, not the two states' (Thursday 7 September 2023)
        ("Korean companies signed 23 business agreements worth $6.1 billion with Indonesian partners on the "
         "sidelines of the visit.", []),
        ("Businesses from Chile and Vietnam inked 12 agreements worth $300 million at the forum on Tuesday.", []),
        ("Indian and Tanzanian firms also signed 15 memorandums of understanding during the visit.", []),
        ("Peru and Indonesia signed 40 commercial agreements worth $50 million on Monday.", []),
        # near misses: the governments' agreements, one of them on business; and the states' signing beside the firms'
        ("The two governments signed 23 agreements, including one on business visas, on Monday.", ["2023-09-04"]),
        ("Chile and Vietnam signed 12 agreements on Tuesday, while companies of the two countries inked contracts "
         "worth $300 million.", ["2023-09-05"]),
    ],
)  # fmt: skip
def test_agreements_companies_sign_are_not_the_states(sentence: str, dates: list[str]) -> None:
    story = f"Korea and Indonesia\n{sentence}" if "two governments" in sentence else sentence
    assert [f.date for f in facts_of(story, "2023-09-07", AGR) if not f.derived] == dates


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # a memorandum named in title case by what it is on, not only a Memorandum of Understanding
        ("Georgia and Japan\nThe sides signed a Memorandum on Cooperation between the diplomatic training institutions "
         "of the two countries.", [("2024-02", "Memorandum on Cooperation")]),
        ("Georgia and Japan signed a Memorandum of Cooperation in the field of tourism in 2023.",
         [("2023", "Memorandum of Cooperation")]),
        ("Armenia and India signed a Memorandum on Political Consultations on 12 October 2022.",
         [("2022-10-12", "Memorandum on Political Consultations")]),
        # near miss: a memorandum sent, not signed by the two
        ("Georgia's Foreign Ministry sent Japan a Memorandum on the talks in 2023.", []),
    ],
)  # fmt: skip
def test_a_memorandum_named_by_its_subject_in_title_case(story: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.date, f.name) for f in facts_of(story, "2024-02-14", AGR) if not f.derived] == expected


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # an agreement of a bloc and one country is not the pair's (the story France and Vietnam's)
        ("A free trade agreement between the European Union and Vietnam took effect on Saturday.", []),
        ("The EU-Vietnam Free Trade Agreement (EVFTA) took effect on 1 August 2020.", []),
        ("Vietnam and the EU signed the EVFTA in June 2019.", []),
        ("An agreement between ASEAN and France on maritime cooperation was signed in 2019.", []),
        # near misses: the pair's own agreement, told beside the bloc's
        ("France and Vietnam signed an agreement on nuclear energy on Saturday.", ["2020-08-01"]),
        ("France and Vietnam signed an agreement on nuclear energy on Saturday, a week after the EU-Vietnam trade "
         "pact took effect.", ["2020-08-01"]),
    ],
)  # fmt: skip
def test_an_agreement_of_a_bloc_is_not_the_pairs(sentence: str, dates: list[str]) -> None:
    found = [f for f in facts_of(f"France and Vietnam\n{sentence}", "2020-08-02", AGR) if not f.derived]
    assert [f.date for f in found] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a date of what the document provides ("under which …", "whereby …") is not the signing's (9 June 1987;
        # a wire's lead, the dateline's day)
        ("NEW DELHI, June 9 - France and India signed a financial protocol under which France will provide 1.1 "
         "billion francs in credits to India this year, officials said.", ["1987-06-09"]),
        ("Chile and Peru signed an agreement on Monday under which tariffs will fall to zero by 2030.", ["1987-06-08"]),
        ("Kenya and Ethiopia signed a power deal whereby Ethiopia will supply 400 MW from next year.", ["1987-06"]),
        # near miss: the signing's own year, before the clause
        ("Chile and Peru signed an agreement in 1985 under which tariffs fell.", ["1985"]),
    ],
)  # fmt: skip
def test_a_date_of_what_the_document_provides_is_not_the_signings(text: str, dates: list[str]) -> None:
    found = [f for f in facts_of(f"Head\n{text}", "1987-06-09", AGR) if not f.derived]
    assert [f.date for f in found] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a joint statement (declaration) the two adopt, and a partnership whose establishment they announce
        ("China and Uzbekistan\nThe leaders adopted a joint statement on the new era of all-weather comprehensive "
         "strategic partnership on January 24.", ["2024-01-24"]),
        ("China and Georgia\nThe two sides announced the establishment of a strategic partnership on July 28.",
         ["2023-07-28"]),
        ("China and Georgia\nChina and Georgia established a strategic partnership in 2023.", ["2023"]),
        # near misses: a statement issued, relations established
        ("China and Georgia\nThe two sides issued a joint statement on July 28.", []),
        ("China and Georgia\nThe two sides announced the establishment of diplomatic relations on July 28.", []),
    ],
)  # fmt: skip
def test_a_statement_adopted_or_a_partnership_established_is_an_agreement(text: str, dates: list[str]) -> None:
    found = [f for f in facts_of(text, "2024-02-01", AGR) if not f.derived]
    assert [f.date for f in found] == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # instruments signed, counted, are the two's documents as agreements are (Saturday 22 June 2024)
        ("Bangladesh and India today signed ten instruments including seven new memoranda of understanding.",
         ["2024-06-22"]),
        ("Kenya and Ethiopia signed several instruments on trade on Sunday.", ["2024-06-16"]),
        ("Chile and Peru signed a number of instruments in 2019.", ["2019"]),
        ("Chile and Peru held talks, and twelve instruments were signed in 2019.", ["2019"]),
        ("Chile and Peru witnessed the signing of twelve instruments in 2019.", ["2019"]),
        # near miss: instruments ratified, international ones, are none of the two's signing
        ("Kenya and Ethiopia ratified several international instruments on human rights in 2019.", []),
    ],
)  # fmt: skip
def test_instruments_signed_are_documents(sentence: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(f"Head\n\n{sentence}", "2024-06-22", AGR) if not f.derived] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a partnership announced or declared, told as news without a date: the story's month (11 September 2023)
        ("US, Vietnam\nThe United States and Vietnam announced a comprehensive strategic partnership.", ["2023-09"]),
        ("Kenya, India\nKenya and India declared a strategic partnership, officials said.", ["2023-09"]),
        # near misses: plans announced, and one to be announced
        ("US, Vietnam\nThe United States and Vietnam announced plans for a comprehensive strategic partnership.", []),
        ("US, Vietnam\nThe United States and Vietnam will announce a comprehensive strategic partnership.", []),
    ],
)
def test_a_partnership_announced_as_news_is_of_the_storys_month(text: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(text, "2023-09-11", AGR) if not f.derived] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # an upgrade agreed to be made by a time to come is none yet (story of 13 March 2024)
        ("Thailand and France\nThe two leaders agreed to elevate Thailand-France relations to a strategic "
         "partnership within 2024.", []),
        ("Vietnam and Indonesia agreed to upgrade ties to a comprehensive strategic partnership by 2025.", []),
        ("Chile and India agreed to raise their relations to a strategic partnership before the end of the year.", []),
        # or soon: "to soon upgrade", "… soon", "in the near future"
        ("Vietnam and Brazil\nThe two leaders agreed to soon upgrade bilateral ties to a strategic partnership.", []),
        ("Vietnam and Brazil agreed to upgrade their ties to a strategic partnership soon.", []),
        ("Chile and Vietnam agreed to elevate relations to a comprehensive partnership in the near future.", []),
        # near miss: the upgrade agreed on a day, made then
        ("Tanzania and India\nModi and Samia on Monday agreed to elevate bilateral relations to a strategic "
         "partnership.", ["2024-03-11"]),
    ],
)  # fmt: skip
def test_an_upgrade_agreed_to_be_made_by_a_time_to_come_is_none_yet(text: str, dates: list[str]) -> None:
    found = [f for f in facts_of(text, "2024-03-13", AGR) if not f.derived]
    assert [f.date for f in found] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a document whose "exchange" the two witnessed was signed (Friday 12 January 2024)
        ("Malaysia and Singapore\nAnwar and Lee yesterday witnessed the exchange of a memorandum of understanding "
         "on the Johor-Singapore Special Economic Zone.", ["2024-01-11"]),
        ("Vietnam and Laos\nThe two prime ministers witnessed the exchange of an agreement on road transport on "
         "January 9.", ["2024-01-09"]),
        # near miss: an exchange of views on an agreement
        ("Vietnam and Laos\nThe two ministers had an exchange of views on a free trade agreement on January 9.", []),
    ],
)  # fmt: skip
def test_a_document_whose_exchange_was_witnessed_was_signed(text: str, dates: list[str]) -> None:
    found = [f for f in facts_of(text, "2024-01-12", AGR) if not f.derived]
    assert [f.date for f in found] == dates


@pytest.mark.parametrize(
    ("text", "pair", "rank"),
    [
        # a partner ranked as a country's customer or supplier (client), as French-language outlets' English has it:
        # its place among the buyers of all the country's goods, or among the sellers to it
        ("Italy is Algeria's first customer, with trade exceeding 16 billion dollars in 2022.", ("DZA", "ITA"), 1),
        ("China is Senegal's leading supplier, ahead of France.", ("CHN", "SEN"), 1),
        ("Spain is Morocco's second client and its first supplier.", ("ESP", "MAR"), 2),
    ],
)
def test_a_partner_ranked_as_a_customer_or_supplier_is_a_rank(text: str, pair: tuple[str, str], rank: int) -> None:
    ranks = facts_of(text, "2023-01-24", FactKind.PARTNER_RANK)
    assert [(r.countries, r.rank) for r in ranks][:1] == [(pair, rank)]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a supplier or customer of one good
        "Russia is India's largest arms supplier.",
        "Qatar is Japan's biggest supplier of liquefied natural gas.",
        "China is Australia's largest customer for iron ore.",
    ],
)
def test_a_supplier_or_customer_of_one_good_is_no_rank(text: str) -> None:
    assert facts_of(text, "2023-01-24", FactKind.PARTNER_RANK) == []


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # several documents of one kind signed at once, of kinds beyond agreements and memoranda
        ("Argentina and Brazil\n\nPresidents Jose Sarney of Brazil and Raul Alfonsin of Argentina signed 12 "
         "protocols on Wednesday.", "1987-07-16", "1987-07-15"),
        ("Vietnam and Laos\n\nVietnam and Laos signed three conventions on border management on Monday.",
         "2024-03-06", "2024-03-04"),
        ("Peru and Chile\n\nThe foreign ministers of Peru and Chile signed two declarations in Lima on Friday.",
         "2024-03-06", "2024-03-01"),
    ],
)  # fmt: skip
def test_several_protocols_conventions_or_declarations_signed_are_one_signing(
    text: str, published: str, date: str
) -> None:
    assert [f.date for f in facts_of(text, published, FactKind.AGREEMENT)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: documents of that kind named, none signed
        "Peru and Chile\n\nHospitals in Peru and Chile follow different protocols.",
        "Peru and Chile\n\nPeru and Chile are parties to several United Nations conventions.",
    ],
)
def test_protocols_or_conventions_not_signed_are_no_agreement(text: str) -> None:
    assert facts_of(text, "2024-03-06", FactKind.AGREEMENT) == []
