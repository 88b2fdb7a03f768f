"""Whole web pages of news agencies, ministries and embassies: invented sentences, one phenomenon each,
with a near-miss that must not match. None of these sentences is from an eval set."""

from __future__ import annotations

import pytest

from app.domain.facts import FactKind
from app.extract.amounts import find_amounts
from app.extract.mentions import finder
from app.extract.pipeline import extract_article
from app.extract.sentences import split_sentences
from tests.extract.helpers import facts_of, only


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, [(0, len(text))])]


# -- how pages are published ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Trade between Chile and Korea reached 2. 45 billion US dollars in 2003.", 2.45e9),
        ("Two-way trade between Peru and China stood at US$ 7. 3 billion in 2010.", 7.3e9),
        ("Bilateral trade between Laos and Vietnam hit 1. 05 billion dollars in 2016.", 1.05e9),
    ],
)
def test_a_decimal_point_followed_by_a_space_is_a_decimal_point(sentence: str, value: float) -> None:
    assert only(sentence, FactKind.TRADE_TOTAL, "2017-01-02").value_usd == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Indian External Affairs Minister S.M. Krishna held talks with Dipu Moni. Trade rose.",
        "Former President A.P.J. Abdul Kalam visited Seoul. Trade rose.",
        "Tamil Nadu Chief Minister M.K. Stalin met the envoy in Chennai. Trade rose.",
    ],
)
def test_initials_of_a_name_end_no_sentence(text: str) -> None:
    assert _sentences(text)[1:] == ["Trade rose."]  # one sentence before, with its whole name


def test_a_full_stop_after_a_year_still_ends_a_sentence() -> None:
    assert _sentences("Trade grew in 2019. 92 billion dollars were lost.") == [
        "Trade grew in 2019.",
        "92 billion dollars were lost.",
    ]
    assert find_amounts("It ranked No. 1. 92 companies came.") == []


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("Trade between India and Nepal stood at Rs. 1,200 crore in 2019. Officials met.", "INR", 1.2e10),
        ("Trade between Indonesia and Japan reached Rp. 45 trillion in 2020. Officials met.", "IDR", 45e12),
        ("Trade between Bhutan and India stood at Nu. 95.6 billion in 2019. Officials met.", "BTN", 95.6e9),
        ("Trade between Nepal and China reached NRs. 250 billion in 2021. Officials met.", "NPR", 250e9),
    ],
)
def test_a_currency_abbreviated_with_a_full_stop_does_not_end_the_sentence(
    text: str, currency: str, amount: float
) -> None:
    assert len(_sentences(text)) == 2
    fact = only(text, FactKind.TRADE_TOTAL, "2022-01-03")
    assert (fact.currency, fact.amount) == (currency, amount)


@pytest.mark.parametrize(
    "text",
    [
        # a diplomatic honorific before a name does not end the sentence
        "On 26 June 2024, H.E. Mr. Sonexay Siphandone, Prime Minister of Laos, paid an official visit to Thailand.",
        "H.R.H. Prince Albert of Monaco visited Peru in 2019.",
        "H.M. King Charles III paid a state visit to Kenya in October 2023.",
        "H.H. Sheikh Mohamed bin Zayed received the President of India.",
    ],
)
def test_an_honorific_does_not_end_the_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_an_official_with_his_honorific_visits_on_the_day_told_before_it() -> None:
    text = (
        "On 26 June 2024, H.E. Mr. Sonexay Siphandone, Prime Minister of the Lao People's Democratic Republic, paid an "
        "official visit to Thailand at the invitation of Prime Minister Srettha Thavisin."
    )
    assert only(text, FactKind.VISIT, "2024-06-27").date == "2024-06-26"


def test_a_currency_abbreviation_before_a_capital_still_ends_a_sentence() -> None:
    assert _sentences("The price was quoted in Rs. The rupee fell.") == [
        "The price was quoted in Rs.",
        "The rupee fell.",
    ]


@pytest.mark.parametrize(
    "menu",
    [
        "World | China | Japan | Korea | India | Vietnam",
        "Home > Asia-Pacific > China > Japan",
        "News · China · Japan · Korea · Opinion",
        "Politics / China / Japan / World",
    ],
)
def test_a_sites_menu_is_neither_title_nor_story(menu: str) -> None:
    """A menu of country sections above the story named five countries three times over (as the title):
    the story became China and Japan's, and its Chile-Peru figure was lost."""
    text = (
        f" date 2023-05-12 \n{menu}\nChile, Peru look to boost trade\nLIMA — Chile and Peru agreed on Thursday to "
        "step up cooperation, as two-way trade reached US$4.8 billion last year.\n"
    )
    article = extract_article(text)
    assert (article.pair, article.title) == (("CHL", "PER"), "Chile, Peru look to boost trade")
    assert [(f.countries, f.year, f.value_usd) for f in article.facts] == [(("CHL", "PER"), 2022, 4.8e9)]


@pytest.mark.parametrize(
    "link", ["Skip to main content", "Skip to content", "Jump to navigation", "Skip navigation", "Accessibility links"]
)
def test_a_pages_skip_link_is_no_title(link: str) -> None:
    """A page's first line is often the link screen readers use to pass its menu: it was taken as the title."""
    story = "LIMA - Two-way trade between Chile and Peru reached US$4.8 billion in 2022."
    text = f"{link}\nChile, Peru look to boost trade\n{story}"
    assert extract_article(text).title == "Chile, Peru look to boost trade"


@pytest.mark.parametrize(
    ("section", "title"),
    [
        # a page's section in two short parts above the headline is no title
        ("News » National", "Chile, Peru look to boost trade"),
        ("Interview | Business", "Chile, Peru look to boost trade"),
        ("Politics | International relations", "Chile, Peru look to boost trade"),
        # near miss: a headline with its outlet is the title
        ("Chile, Peru look to boost trade | The Daily Example", "Chile, Peru look to boost trade | The Daily Example"),
    ],
)
def test_a_pages_section_in_two_parts_is_no_title(section: str, title: str) -> None:
    story = "LIMA - Two-way trade between Chile and Peru reached US$4.8 billion in 2022."
    text = f"Example News\n{section}\nChile, Peru look to boost trade\n{story}"
    assert extract_article(text).title == title


@pytest.mark.parametrize(
    "tagline",
    [
        # an agency's or a paper's description of itself under its name is no title
        "Indonesian News Agency",
        "Vietnam News Agency",
        "Kenya's Leading Newspaper",
        # near miss: a headline of news about an agency is the title (checked below)
    ],
)
def test_an_outlets_tagline_is_no_title(tagline: str) -> None:
    text = (
        f"ANTARA News\n{tagline}\nHome | Politics | Economy | World\n\nChile, Peru look to boost trade\n\n"
        "LIMA - Two-way trade between Chile and Peru reached US$4.8 billion in 2022, officials said.\n"
    )
    assert extract_article(text).title == "Chile, Peru look to boost trade"


def test_a_headline_about_an_agency_is_the_title() -> None:
    text = "Chile and Peru set up a joint news agency\n\nChile and Peru signed a media agreement in Lima on Monday.\n"
    assert extract_article(text).title == "Chile and Peru set up a joint news agency"


def test_a_round_figure_of_a_pages_headline_under_its_masthead_is_the_bodys_exact_total() -> None:
    text = (
        "ANTARA News\nIndonesian News Agency\nHome | Politics | Economy | World | Sports\n\nEconomy\n\n"
        "RI-China trade hits US$127 billion in 2023\n\n2nd January 2024 19:45 WIB\n\nJakarta (ANTARA) - Trade "
        "between Indonesia and China reached US$127.1 billion in 2023, the minister said here on Tuesday.\n"
    )
    totals = [(f.year, f.value_usd) for f in extract_article(text).facts if f.kind == FactKind.TRADE_TOTAL]
    assert totals == [(2023, 127.1e9)]


_STORY = (
    " date 2024-05-02 \nVietnam, Chile eye stronger trade\nTrade between Vietnam and Chile reached $1.8 billion in "
    "2023, officials said. The two sides agreed to boost cooperation, and exports grew.\n"
)


@pytest.mark.parametrize(
    "links",
    [
        "ALSO READ: Vietnam-Japan trade hits $50 billion in 2023\n",
        "Read more: Korea-Vietnam trade tops $80 billion in 2023\n",
        "Related: Korea-Vietnam trade tops $80 billion in 2023\n",
        "Other news\nVietnam-Japan trade hits $50 billion in 2023 (03/05/2024)\nKorea-Vietnam trade tops $80 billion\n",
        "You might also like\nVietnam-Japan trade hits $50 billion in 2023\n",
    ],
)
def test_links_to_other_stories_are_not_the_story(links: str) -> None:
    """A teaser of another story, on its line or under a heading of links, gave that story's figure as this one's."""
    article = extract_article(_STORY + links)
    assert [(f.countries, f.year, f.value_usd) for f in article.facts] == [(("CHL", "VNM"), 2023, 1.8e9)]


def test_a_paragraph_that_begins_with_a_word_of_links_is_still_the_story() -> None:
    text = _STORY + "Related trade between Vietnam and Peru reached $900 million in 2023, officials said.\n"
    assert [f.countries for f in extract_article(text).facts] == [("CHL", "VNM"), ("PER", "VNM")]


def test_a_title_with_its_outlet_and_a_row_of_figures_are_no_menu() -> None:
    text = (
        " date 2023-05-12 \nChile, Peru look to boost trade | The Daily Example\nLIMA — Chile and Peru agreed on "
        "Thursday to step up cooperation, as two-way trade reached US$4.8 billion last year.\n2019 | 2020 | 2021\n"
    )
    article = extract_article(text)
    assert article.title == "Chile, Peru look to boost trade | The Daily Example"
    assert text.index("2019 | 2020") < article.body[-1][1]  # the row is kept in the story


def test_sentences_a_page_glued_together_are_split() -> None:
    assert _sentences("Ties between Laos and Thailand.A ceremony was held. Prices in the U.S.A are high.") == [
        "Ties between Laos and Thailand.",
        "A ceremony was held.",
        "Prices in the U.S.A are high.",
    ]


def test_a_dateline_in_title_case_is_read() -> None:
    text = " date 2011-03-10 Islamabad, Mar 10 : Foreign Minister Hina Khar met Salman Bashir here on Wednesday."
    assert extract_article(text + " Trade between Pakistan and Japan was US$2 billion in 2010.").pair == ("JPN", "PAK")
    from app.extract.cleaning import clean

    assert clean(text).dateline is not None and clean(text).dateline.place == "Islamabad"  # type: ignore[union-attr]
    assert clean(" date 2011-03-10 Prices rose, said Ann Lee: Trade fell.").dateline is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital in title case, then a dash or a colon, undated: the dateline of a page of the region's agencies
        (" date 2023-02-03 Rabat - Head of Government Aziz Akhannouch and Spanish Prime Minister Pedro Sanchez on "
         "Thursday chaired the 12th Morocco-Spain High-Level Meeting.", [("ESP", "MAR", "2023-02-02")]),
        (" date 2023-05-16 Dhaka: Indian Foreign Secretary Vinay Kwatra held talks with Bangladesh Foreign Minister "
         "AK Abdul Momen on Monday.", [("IND", "BGD", "2023-05-15")]),
        (" date 2023-05-16 Islamabad – Chinese Vice Premier He Lifeng met Prime Minister Shehbaz Sharif on Monday.",
         [("CHN", "PAK", "2023-05-15")]),
        # near miss: a name that holds a capital's is no dateline
        (" date 2023-05-16 Lima Group - Foreign ministers of Peru and Canada held talks on Monday.", []),
    ],
)  # fmt: skip
def test_a_capital_in_title_case_before_a_dash_is_the_dateline(text: str, expected: list[tuple[str, str, str]]) -> None:
    visits = facts_of(text, kind=FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader by the title his country's own language gives him: "President of the Government" (Spain's),
        # "Head of Government" (Morocco's), "President of the Republic"
        (" date 2023-02-03 RABAT, Feb 2 (MAP) - Head of Government Aziz Akhannouch and Spanish President of "
         "Government Pedro Sanchez on Thursday chaired the 12th Morocco-Spain High-Level Meeting.",
         [("ESP", "MAR", "2023-02-02")]),
        (" date 2023-02-03 MADRID, Feb 2 (EFE) - Moroccan Head of Government Aziz Akhannouch held talks with Prime "
         "Minister Pedro Sanchez on Thursday.", [("MAR", "ESP", "2023-02-02")]),
        (" date 2023-01-24 ROME, Jan 23 (ANSA) - Algerian President of the Republic Abdelmadjid Tebboune held talks "
         "with Premier Giorgia Meloni on Monday.", [("DZA", "ITA", "2023-01-23")]),
        # near miss: a title without a name after it names no one who travelled
        (" date 2023-02-03 RABAT, Feb 2 (MAP) - The Spanish Head of Government's office held talks with Moroccan "
         "officials on Thursday.", []),
    ],
)  # fmt: skip
def test_a_leader_by_his_countrys_own_title_is_a_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    visits = facts_of(text, kind=FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


# -- visits ---------------------------------------------------------------------------------------------------


TOUR = """ date 2004-03-10 Chinese Premier Wen Jiabao left Vientiane for Cambodia on Wednesday after a three-day
official visit to Laos. Wen arrived here on Monday to visit Laos, the second leg of a four-nation tour which had taken
him to Myanmar and will take him to Cambodia and Malaysia."""


def test_each_leg_of_a_tour_is_a_visit_of_its_own_pair() -> None:
    visits = {(f.countries, f.date) for f in facts_of(TOUR, kind=FactKind.VISIT)}
    laos = next(date for pair, date in visits if pair == ("CHN", "LAO"))
    assert laos in ("2004-03-08", "2004-03-10")  # arrived Monday, left Wednesday: one visit, either day
    assert visits - {(("CHN", "LAO"), laos)} == {
        (("CHN", "KHM"), "2004-03-10"),
        (("CHN", "MMR"), "2004"),
        (("CHN", "MYS"), "2004"),
    }


def test_a_country_named_only_as_the_next_stop_does_not_take_the_story() -> None:
    assert extract_article(TOUR).pair == ("CHN", "LAO")


def test_a_ship_leaving_for_a_port_is_no_tour() -> None:
    text = " date 2004-03-10 The freighter left Haiphong for Singapore on Wednesday with rice for Vietnam."
    assert facts_of(text, kind=FactKind.VISIT) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "JAKARTA - Malaysian Prime Minister Anwar Ibrahim, who arrived here yesterday for a two-day working visit, "
        "will meet President Joko Widodo.",
        "HANOI - Thai Prime Minister Prayuth Chan-o-cha, who arrived here on Sunday for an official visit, met "
        "Vietnam's leaders.",
    ],
)
def test_a_visit_told_as_news_in_a_story_dated_to_the_year(sentence: str) -> None:
    visit = only(sentence, FactKind.VISIT, "1997")
    assert visit.date == "1997" and visit.person is not None and "Prime Minister" in visit.person


def test_a_year_dated_story_mentioning_visits_in_general_gives_none() -> None:
    assert facts_of("Thailand and Vietnam discussed visits by officials.", "1997", FactKind.VISIT) == []


def test_a_foreign_minister_named_by_apposition_in_the_datelines_capital_is_visiting() -> None:
    text = (
        " date 2012-05-18 Kabul, May 18 : Foreign Minister Zalmai Rassoul met Hina Rabbani Khar, Pakistan's Foreign "
        "Minister, here on Thursday."
    )
    visit = only(text, FactKind.VISIT)
    assert (visit.countries, visit.date, visit.person) == (("AFG", "PAK"), "2012-05-17", "Hina Rabbani Khar")
    assert (visit.origin, visit.destination) == ("PAK", "AFG")


@pytest.mark.parametrize(
    "sentence",
    [
        "Korean tourists visiting Thailand rose to 1.2 million in 2015.",
        "Japan's Prime Minister's visits to the Yasukuni Shrine angered China in 2013.",
        "Ken Wu, chairman of the Hong Kong Chamber of Commerce, said during his visit to Peru in 2014 that trade grew.",
    ],
)
def test_tourists_shrines_and_business_leaders_are_no_state_visits(sentence: str) -> None:
    assert facts_of(sentence, "2016-02-01", FactKind.VISIT) == []


def test_a_visit_told_again_later_in_the_article_is_one_visit() -> None:
    text = (
        "President Duterte's State Visit to Japan in October 2016 was warmly received. "
        "During the President's State Visit last year, Japan and the Philippines signed ten agreements."
    )
    visits = facts_of(text, "2017-03-01", FactKind.VISIT)
    assert [v.date for v in visits] == ["2016-10"]


def test_a_date_in_another_clause_is_not_the_visits() -> None:
    text = (
        "As Germany overtook France to be Poland's largest partner in 2004, it is hopeful that trade will grow, "
        "said Foreign Minister Anna Kowal during her visit in Berlin."
    )
    assert all(v.date != "2004" for v in facts_of(text, "2005-04-12", FactKind.VISIT))


# -- agreements -----------------------------------------------------------------------------------------------


def test_a_signing_ceremony_of_several_documents_is_one_signing_on_the_storys_month() -> None:
    text = (
        "Li and Hasina attended the signing ceremony of five documents of cooperation between China and Bangladesh, "
        "including a memorandum of understanding on trade and an agreement on double taxation."
    )
    agreement = only(text, FactKind.AGREEMENT, "2016-10-15")
    assert agreement.date == "2016-10" and agreement.name == "five documents of cooperation"


@pytest.mark.parametrize(
    ("text", "pub", "pair", "date", "name"),
    [
        # a signing watched by the leaders, without the word "ceremony"
        (
            "Japanese Prime Minister Kishida held talks with Vietnamese Prime Minister Chinh. Later, the two prime "
            "ministers witnessed the signing of agreements on tourism and education.",
            "2023-05-18",
            ("JPN", "VNM"),
            "2023-05",
            "agreements on tourism and education",
        ),
        (
            "Philippine President Marcos met Japanese Prime Minister Kishida in Tokyo. Kishida and Marcos were present "
            "at the signing of three agreements on infrastructure.",
            "2023-02-10",
            ("JPN", "PHL"),
            "2023-02",
            "three agreements on infrastructure",
        ),
        (
            "Indian Prime Minister Modi held talks with Mauritian Prime Minister Jugnauth. The leaders then joined "
            "officials for the signing of accords on health and farming.",
            "2024-03-12",
            ("IND", "MUS"),
            "2024-03",
            "accords on health and farming",
        ),
    ],
)
def test_a_signing_the_leaders_watched_is_one_signing_on_the_storys_month(
    text: str, pub: str, pair: tuple[str, str], date: str, name: str
) -> None:
    agreement = only(text, FactKind.AGREEMENT, pub)
    assert (agreement.countries, agreement.date, agreement.name) == (pair, date, name)


@pytest.mark.parametrize(
    ("text", "pair", "name"),
    [
        (
            "Indonesian President Widodo met Australian Prime Minister Albanese. The leaders witnessed the signing of "
            "a memorandum on electric vehicle batteries.",
            ("AUS", "IDN"),
            "memorandum on electric vehicle batteries",
        ),
        (
            "Chilean President Boric met Vietnam's President. The two presidents attended the signing of an agreement "
            "on visa exemption.",
            ("CHL", "VNM"),
            "agreement on visa exemption",
        ),
        (
            "Lao and Thai ministers met. The prime ministers were present at the signing of the MoU on power trade.",
            ("LAO", "THA"),
            "MoU on power trade",
        ),
    ],
)
def test_a_signing_of_one_document_the_leaders_watched_is_of_the_storys_month(
    text: str, pair: tuple[str, str], name: str
) -> None:
    agreement = only(text, FactKind.AGREEMENT, "2023-10-02")
    assert (agreement.countries, agreement.date, agreement.name) == (pair, "2023-10", name)


def test_a_signing_hoped_for_is_no_signing() -> None:
    text = "India and Mauritius met. Modi and Jugnauth hope to attend the signing of agreements on health next year."
    assert facts_of(text, "2024-03-12", FactKind.AGREEMENT) == []


def test_a_ceremony_still_to_come_is_no_signing() -> None:
    text = "Li and Hasina will witness the signing ceremony of five documents between China and Bangladesh."
    assert facts_of(text, "2016-10-15", FactKind.AGREEMENT) == []


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The Korea-Chile Free Trade Agreement was forged in February 2003.", "2003-02"),
        ("Chile and Korea formalized the Letters of Exchange on Fisheries in March 2011.", "2011-03"),
        ("Seoul and Santiago agreed upon the Roadmap for Mining Cooperation in June 2015.", "2015-06"),
    ],
)
def test_agreements_not_worded_signed(sentence: str, date: str) -> None:
    assert only(sentence, FactKind.AGREEMENT, "2016-01-01").date == date


def test_an_agreement_reached_during_the_visit_the_sentence_before_dated() -> None:
    text = (
        "South Korean President Moon's state visit to Vietnam in March 2018 was a success. On the occasion of his "
        "state visit, the two nations agreed upon the Roadmap for Trade Expansion."
    )
    assert only(text, FactKind.AGREEMENT, "2019-01-05").date == "2018-03"


@pytest.mark.parametrize(
    ("text", "pub", "date"),
    [
        # "during the visit" points to the visit the story told, sentences before, not to the last date told
        (
            "Zambian President Hakainde Hichilema arrived in Beijing on Thursday for a state visit to China. China is "
            "Zambia's second-largest trading partner. The two countries established diplomatic ties on Oct. 29, "
            "1964. During the visit, the two sides signed a number of cooperation documents.",
            "2023-09-15",
            "2023-09-14",
        ),
        (
            "Peruvian President Dina Boluarte paid a state visit to Japan in March 2024. Trade between Peru and Japan "
            "reached $4 billion in 2023. During her visit, Peru and Japan signed an agreement on fisheries.",
            "2024-05-02",
            "2024-03",
        ),
        (
            "Chilean President Gabriel Boric paid a state visit to Vietnam in November 2023. Chile and Vietnam "
            "signed a free trade agreement in 2011. On the occasion of the visit, the two sides signed a memorandum "
            "on mining.",
            "2024-01-10",
            "2023-11",
        ),
        # "during the visit" after what was signed
        (
            "The Crown Prince of Kuwait received Japanese Prime Minister Fumio Kishida at Bayan Palace on Tuesday. "
            "Kuwait and Japan signed two memoranda of understanding on energy during the visit.",
            "2023-07-19",
            "2023-07-18",
        ),
        (
            "Indian Prime Minister Narendra Modi arrived in Hanoi on Monday for a state visit to Vietnam. Trade grew. "
            "The two sides signed 12 agreements during his visit.",
            "2023-07-19",
            "2023-07-17",
        ),
    ],
)
def test_an_agreement_signed_during_the_visit_told_sentences_before(text: str, pub: str, date: str) -> None:
    dates = [f.date for f in facts_of(text, pub, FactKind.AGREEMENT) if f.start > text.rfind(". ")]
    assert dates == [date]


def test_during_the_visit_with_no_visit_told_is_not_the_last_date_told() -> None:
    # near miss: no visit before, the date of the relations is not the signing's
    text = (
        "Chile and Peru established diplomatic relations in 1964. During the visit, the two sides signed an "
        "agreement on fisheries."
    )
    assert "1964" not in [f.date for f in facts_of(text, "2024-05-02", FactKind.AGREEMENT)]


def test_a_treaty_the_relationship_stands_on_is_an_agreement_without_a_date() -> None:
    agreement = only(
        "One of the key documents is the Treaty of Friendship between Laos and Thailand.", FactKind.AGREEMENT, "2019"
    )
    assert (agreement.date, agreement.year) == (None, None)
    assert agreement.name is not None and agreement.name.startswith("Treaty of Friendship")
    discussed = "A new Treaty of Friendship between Laos and Thailand is discussed."
    assert facts_of(discussed, "2019", FactKind.AGREEMENT) == []


# -- trade, growth, investment, ranks, relations --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Korea-Vietnam trade hopeful to top US$100 bln in 2020.",
        "Trade between Chile and Peru will top US$5 billion in 2019.",
        "Trade between Laos and Thailand is likely to hit US$8 billion this year.",
        "The trade deficit in Thailand's trade balance with Laos reaches US$1.2 billion in 2015.",
    ],
)
def test_hopes_projections_and_balances_are_no_totals(sentence: str) -> None:
    assert facts_of(sentence, "2018-04-12", FactKind.TRADE_TOTAL) == []


def test_a_share_of_a_countrys_trade_is_no_growth() -> None:
    for sentence in (
        "Trade with China has taken up 20 percent of Japan's total.",
        "Trade between Chile and China makes up 25 per cent of Chile's exports.",
    ):
        assert facts_of(sentence, "2018-04-12", FactKind.TRADE_GROWTH) == []
    growth = only("Trade between Chile and China rose 20 percent in 2017.", FactKind.TRADE_GROWTH, "2018-04-12")
    assert growth.percent == 20


def test_a_fiscal_year_with_the_months_it_covers_is_a_part_of_that_year() -> None:
    total = only(
        "Trade between India and Bhutan during 2016-17 (April-Jan) is 620.5 million dollars.", FactKind.TRADE_TOTAL
    )
    assert (total.year, total.fiscal_year, total.partial_period) == (2016, "2016-17", "April–January")


def test_investment_continued_from_one_figure_to_the_next() -> None:
    facts = facts_of(
        "Korea's direct investment in Vietnam surged from $120 million in 1995 to $4.1 billion in 2015, while that of "
        "Vietnam's in Korea was $90 million.",
        "2016-01-01",
        FactKind.INVESTMENT,
    )
    assert [(f.year, f.value_usd) for f in facts] == [(1995, 120e6), (2015, 4.1e9), (None, 90e6)]


def test_contracted_and_utilised_capital_are_investment() -> None:
    facts = facts_of(
        "Thailand has invested in 800 projects in Laos. Contracted capital exceeded US$4.2 billion and the utilized "
        "capital came to US$2.1 billion.",
        "2016-01-01",
        FactKind.INVESTMENT,
    )
    assert [f.value_usd for f in facts] == [4.2e9, 2.1e9]
    near_miss = "The Thai airline's capital came to US$2 billion, it said in Laos."
    assert facts_of(near_miss, "2016-01-01", FactKind.INVESTMENT) == []


@pytest.mark.parametrize(
    ("written", "amount"), [("P35.7 billion", 35.7e9), ("Php 12 billion", 12e9), ("₱800 million", 800e6)]
)
def test_philippine_pesos(written: str, amount: float) -> None:
    found = find_amounts(f"Korea is the largest source of investment with a total of {written} as of 2014.")
    assert [(a.currency, a.value) for a in found] == [("PHP", amount)]
    assert find_amounts("The P5 members and G7 met.") == []


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("China overtook the United States to be Japan's second largest trading partner in 2004.", ("CHN", "JPN")),
        ("Vietnam surpassed Thailand to become Cambodia's largest trading partner.", ("KHM", "VNM")),
        ("India replaced China as Bhutan's top trading partner.", ("BTN", "IND")),
    ],
)
def test_the_country_overtaken_is_not_the_one_ranked(sentence: str, pair: tuple[str, str]) -> None:
    assert only(sentence, FactKind.PARTNER_RANK, "2005-01-01").countries == pair


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Nearly 33 years have passed since the normalization of Japan-China relations.", 1972),
        ("Twenty years have passed since the establishment of diplomatic relations between Chile and Korea.", 1985),
        ("45 years have elapsed since the normalisation of relations between Laos and Japan.", 1960),
    ],
)
def test_years_passed_since_relations_were_normalised(sentence: str, year: int) -> None:
    assert only(sentence, FactKind.RELATIONS_ESTABLISHED, "2005-04-12").year == year


def test_years_passed_since_something_else_are_no_establishment() -> None:
    text = "Nearly 33 years have passed since the opening of the Japan-China ferry line."
    assert facts_of(text, "2005-04-12", FactKind.RELATIONS_ESTABLISHED) == []


# -- the second half of the pages ------------------------------------------------------------------------------


def test_a_state_of_history_is_coded_as_it_was_in_the_facts_year() -> None:
    text = "Myanmar and Thailand established diplomatic relations on 24 August 1948."
    assert only(text, FactKind.RELATIONS_ESTABLISHED).countries == ("BUR", "THA")  # no publication date at all
    later = "Myanmar and Thailand signed a border agreement on 3 May 2015."
    assert only(later, FactKind.AGREEMENT, "2016-01-01").countries == ("MMR", "THA")


def test_chronology_lines_of_missions_and_embassy_level_relations() -> None:
    text = (
        "Laos and Cambodia established diplomatic relations at Embassy level on 15 June 1956.\n"
        "Opening Date of Mission in Cambodia 15 June 1956\n"
        "Opening Date of Mission in Laos 2 July 1957\n"
    )
    embassies = facts_of(text, kind=FactKind.EMBASSY)
    assert sorted((f.origin, f.destination, f.date) for f in embassies) == [
        ("KHM", "LAO", "1957-07-02"),
        ("LAO", "KHM", "1956-06-15"),
    ]
    assert len(facts_of(text, kind=FactKind.RELATIONS_ESTABLISHED)) == 1


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Tuesday, October 11, marks the 50th anniversary of the establishment of diplomatic relations between "
            "China and Germany.",
            "1972-10-11",
        ),
        (
            "Today, March 5, marks the 30th anniversary of the establishment of diplomatic ties between Laos and "
            "Japan.",
            "1992-03-05",
        ),
    ],
)
def test_the_day_that_marks_an_anniversary_keeps_the_day(sentence: str, date: str) -> None:
    assert only(sentence, FactKind.RELATIONS_ESTABLISHED, "2022-10-11").date == date


def test_a_year_that_marks_an_anniversary_gives_the_year_only() -> None:
    fact = only(
        "The year 2022 marks the 50th anniversary of diplomatic relations between China and Germany.",
        FactKind.RELATIONS_ESTABLISHED,
        "2022-10-11",
    )
    assert fact.date == "1972"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Vietnam-Laos relations was established on September 5, 1962.",
        "Chile-Korea ties were officially established on April 18, 1962.",
    ],
)
def test_relations_of_a_hyphenated_pair_without_the_word_diplomatic(sentence: str) -> None:
    assert only(sentence, FactKind.RELATIONS_ESTABLISHED, "2020-01-01").date is not None


def test_trade_relations_established_are_no_diplomatic_relations() -> None:
    assert (
        facts_of("Trade relations between Chile and Korea grew in 1962.", "2020", FactKind.RELATIONS_ESTABLISHED) == []
    )


def test_most_prominent_trading_partner_is_first() -> None:
    assert (
        only(
            "As of 2021, China had served as Germany's most prominent trading partner.",
            FactKind.PARTNER_RANK,
            "2022-01-01",
        ).rank
        == 1
    )


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Cambodia and China have had a comprehensive strategic partnership of cooperation since 2010.", "2010"),
        (
            "Following talks in Thimphu on Wednesday, India and Bhutan have formalized two new trade routes.",
            "2021-11-03",
        ),
        ("This will add to the Protocol of 2016 India-Bhutan Agreement on Trade and Transit.", "2016"),
    ],
)
def test_partnerships_held_since_formalised_routes_and_documents_dated_by_name(sentence: str, date: str) -> None:
    dates = [f.date for f in facts_of(sentence, "2021-11-08", FactKind.AGREEMENT)]
    assert date in dates


def test_modals_before_a_list_of_documents_still_count() -> None:
    text = (
        "The two PMs will witness the signing of several memoranda of understanding on training, amendments to the "
        "bilateral trade agreement between Australia and Singapore, and a pact on drug crime."
    )
    assert facts_of(text, "2016-10-11", FactKind.AGREEMENT) == []


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("China-Russia trade grew by 26.6 percent in yuan terms last year.", 2021),
        ("Trade between India and Japan rose 12 percent in dollar terms in 2021.", 2021),
        ("Trade between Chile and China grew 9 percent on a yearly basis in 2021.", 2021),
    ],
)
def test_a_rate_measured_in_a_currency_keeps_its_year(sentence: str, year: int) -> None:
    assert only(sentence, FactKind.TRADE_GROWTH, "2022-04-13").year == year


def test_a_headline_rate_restated_in_the_body_is_one_rate() -> None:
    text = (
        " date 2022-04 China-Russia trade surges by 28% in Q1\n\nChina's trade with Russia grew by 28 percent in "
        "the first quarter of 2022, customs data showed."
    )
    rates = facts_of(text, kind=FactKind.TRADE_GROWTH)
    assert [(r.percent, r.year) for r in rates] == [(28.0, 2022)]


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        (
            "Until August 2022, bilateral trade between Laos and Thailand generated more than USD 5.3 billion.",
            "January–August",
        ),
        ("Up to the end of March 2019, trade between Chile and Peru reached US$900 million.", "January–March"),
    ],
)
def test_trade_until_a_month_is_the_year_so_far(sentence: str, part: str) -> None:
    total = only(sentence, FactKind.TRADE_TOTAL, "2022-10-01")
    assert total.partial_period == part


def test_trade_until_december_is_the_whole_year() -> None:
    total = only(
        "Until December 2021, trade between Laos and Thailand reached USD 8 billion.",
        FactKind.TRADE_TOTAL,
        "2022-02-01",
    )
    assert (total.year, total.partial_period) == (2021, None)


def test_the_figure_in_brackets_after_a_compared_period_is_that_periods() -> None:
    totals = facts_of(
        "Trade between Uzbekistan and Türkiye amounted to $547.7 million from January through February 2023, "
        "increasing by 5.7 percent, compared to the same period in 2022 ($518.1 million).",
        "2023-03-20",
        FactKind.TRADE_TOTAL,
    )
    assert sorted((t.year, t.value_usd, t.partial_period) for t in totals if not t.derived) == [
        (2022, 518.1e6, "January–February"),
        (2023, 547.7e6, "January–February"),
    ]


def test_the_stated_figure_a_rate_is_measured_from() -> None:
    totals = facts_of(
        "Japan recorded a total trade of $23.49 billion with the Philippines in 2022, up by 10.9 percent from the "
        "$21.83 billion recorded in 2021.",
        "2023-12-16",
        FactKind.TRADE_TOTAL,
    )
    assert sorted((t.year, t.value_usd) for t in totals if not t.derived) == [(2021, 21.83e9), (2022, 23.49e9)]


# -- countries as Asian and Pacific pages name them -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Trade between the Lao PDR and Vietnam grew.", [("Lao PDR", "LAO"), ("Vietnam", "VNM")]),
        ("Lao Prime Minister Sonexay Siphandone met the Thai side.", [("Lao", "LAO"), ("Thai", "THA")]),
        ("The Lao side thanked Vietnam-Lao friendship groups.", [("Lao", "LAO"), ("Vietnam", "VNM"), ("Lao", "LAO")]),
        (
            "KSA and the DRC signed; PNG and Mongolia, from Ulan Bator, watched.",
            [
                ("KSA", "SAU"),
                ("DRC", "COD"),
                ("PNG", "PNG"),
                ("Mongolia", "MNG"),
                ("Ulan Bator", "MNG"),
            ],
        ),
        # near misses: a person's name, a Vietnamese province and border gate, a philosopher
        ("Premier Zhu and his wife Lao An left; goods from Lao Cai and Lao Bao; Lao Tzu wrote.", []),
    ],
)
def test_the_forms_pages_name_countries_by(text: str, named: list[tuple[str, str]]) -> None:
    assert [(text[m.start : m.end], m.code) for m in finder().find(text)] == named


SHEET = """Ministry of Foreign Affairs
Bilateral relations: Thailand - Peru
Diplomatic relations: established on 15 November 1965
Thai Embassy in Lima: opened in 1969
Peruvian Embassy in Bangkok: opened in 1975
Bilateral trade (2022): US$ 412.6 million
Thai exports to Peru: US$ 310.2 million
Agreements: Agreement on Visa Exemption (1999); Free Trade Agreement (signed 2011, in force 2011)
High-level visits: Prime Minister Prayut Chan-o-cha visited Peru in November 2016 (APEC).
"""


def test_a_ministrys_fact_sheet_is_read_line_by_line() -> None:
    """Lines of "Label: value" were taken for hard-wrapped prose and joined into one sentence, whose years
    (the embassies', the agreements', the trade's) were each read as a visit."""
    facts = {
        (f.kind, f.date or str(f.year), f.origin, f.destination, f.value_usd)
        for f in facts_of(SHEET, "2023-03-01")
        if not f.derived
    }
    assert facts == {
        (FactKind.RELATIONS_ESTABLISHED, "1965-11-15", None, None, None),
        (FactKind.EMBASSY, "1969", "THA", "PER", None),
        (FactKind.EMBASSY, "1975", "PER", "THA", None),
        (FactKind.TRADE_TOTAL, "2022", None, None, 412.6e6),
        (FactKind.AGREEMENT, "1999", None, None, None),
        (FactKind.AGREEMENT, "2011", None, None, None),
        (FactKind.VISIT, "2016-11", "THA", "PER", None),
    }


def test_a_visited_country_is_the_destination_and_a_visiting_leaders_is_the_origin() -> None:
    fact = only("Chilean President Gabriel Boric visited Vietnam in October 2023.", FactKind.VISIT)
    assert (fact.origin, fact.destination) == ("CHL", "VNM")
    fact = only(
        "Malaysian Prime Minister Anwar Ibrahim met visiting Indonesian President Joko Widodo in Kuala Lumpur "
        "on Monday.",
        FactKind.VISIT,
        "2023-06-08",
    )
    assert fact.destination != "IDN"


@pytest.mark.parametrize(
    ("sentence", "pair", "year", "usd"),
    [
        ("Japanese firms poured $4.5 billion into Indonesia in 2021.", ("IDN", "JPN"), 2021, 4.5e9),
        ("Thai lenders sank about $800 million into Myanmar in 2015.", ("MMR", "THA"), 2015, 800e6),
        ("In 2019, Chinese companies put some $1.3 billion into the Cambodian economy.", ("CHN", "KHM"), 2019, 1.3e9),
    ],
)
def test_money_moved_into_a_country_is_investment(sentence: str, pair: tuple[str, str], year: int, usd: float) -> None:
    fact = only(sentence, FactKind.INVESTMENT, "2024-05-02")
    assert (fact.countries, fact.year, fact.value_usd) == (pair, year, usd)


def test_money_put_into_something_of_ones_own_is_no_investment() -> None:
    sentence = "Peru poured $300 million into its ports before its trade with China grew in 2021."
    assert facts_of(sentence, "2024-05-02", FactKind.INVESTMENT) == []


@pytest.mark.parametrize(
    ("written", "amount", "currency"),
    [
        ("RM2.3bil", 2.3e9, "MYR"),  # Malaysian papers' "bil" and "mil"
        ("US$500mil", 500e6, "USD"),
        ("a billion dollars", 1e9, "USD"),  # a round figure in words, its currency named
        ("half a billion U.S. dollars", 0.5e9, "USD"),
        ("a million euros", 1e6, "EUR"),
    ],
)
def test_scales_and_round_figures_in_words(written: str, amount: float, currency: str) -> None:
    found = find_amounts(f"Trade between Malaysia and Peru reached {written} in 2022.")
    assert [(a.value, a.currency) for a in found] == [(amount, currency)]


@pytest.mark.parametrize(
    "sentence",
    ["Half a million tourists came in 2022.", "It was a billion-dollar deal.", "The town of 10 mil people grew."],
)
def test_a_round_figure_without_a_currency_is_no_money(sentence: str) -> None:
    assert find_amounts(sentence) == []


@pytest.mark.parametrize(
    ("text", "pub", "pair", "date"),
    [
        # a page's head of several lines (a source line, the headline) above the dateline of the story
        (
            "Xinhua | 2023-08-22 10:15:33 | Editor: huaxia\nChina, South Africa vow to deepen cooperation\n"
            "JOHANNESBURG, Aug. 22 (Xinhua) -- Chinese President Xi Jinping arrived here on Monday for a state "
            "visit to South Africa.",
            None,
            ("CHN", "ZAF"),
            "2023-08-21",
        ),
        (
            "Kyodo News\nWorld\nJapan, Philippines agree on defense pact\nMANILA, Nov 4 (Kyodo) - Japanese Prime "
            "Minister Fumio Kishida arrived in Manila on Friday for a two-day visit to the Philippines.",
            "2023-11-04",
            ("JPN", "PHL"),
            "2023-11-03",
        ),
        (
            "Viet Nam News\nPolitics & Law\nUS, Viet Nam elevate ties\nHÀ NỘI, Sept 11 (VNS) — US President Joe Biden "
            "arrived in Hanoi on Sunday for a state visit to Viet Nam.",
            "2023-09-11",
            ("USA", "VNM"),
            "2023-09-10",
        ),
    ],
)
def test_a_dateline_below_a_head_of_several_lines_is_the_storys(
    text: str, pub: str | None, pair: tuple[str, str], date: str
) -> None:
    visits = facts_of(text, pub, FactKind.VISIT)
    assert [(v.countries, v.date) for v in visits] == [(pair, date)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a headline of twelve words or more, without a full stop, is still the head above the dateline
        ("Xi, Vucic sign joint statement on building China-Serbia community with shared future\n\nBELGRADE, May 8 "
         "(Xinhua) -- Xi Jinping and Aleksandar Vucic on Wednesday signed a joint statement.", "BELGRADE"),
        ("Vietnam, Laos agree to lift two-way trade to 2 billion USD in coming years under new pact\n\nVIENTIANE, "
         "Jan 9 (VNA) - The two prime ministers held talks.", "VIENTIANE"),
        # near miss: a first paragraph of the story, its sentence ended, has no dateline below it
        ("Xi Jinping and Aleksandar Vucic met in Belgrade on Wednesday and signed a joint statement on ties.\n\n"
         "BELGRADE, May 8 (Xinhua) -- The two presidents held talks.", None),
    ],
)  # fmt: skip
def test_a_long_headline_is_still_the_head_above_the_dateline(text: str, place: str | None) -> None:
    from app.extract.cleaning import clean

    dateline = clean(text).dateline
    assert (dateline.place if dateline else None) == place


def test_a_line_of_capitals_below_the_first_paragraph_is_no_dateline() -> None:
    from app.extract.cleaning import clean

    text = "Peru and Chile met in Lima on Monday, officials said.\nWORLD: Peru and Chile trade grows\n"
    assert clean(text).dateline is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("HÀ NỘI, Sept 11 (VNS) — Trade grew.", "HÀ NỘI"),
        ("SÃO PAULO, May 3 (Reuters) - Brazil and China met.", "SÃO PAULO"),
        ("BOGOTÁ — Colombia and Korea met on Friday.", "BOGOTÁ"),
    ],
)
def test_a_datelines_place_in_capitals_beyond_ascii(text: str, place: str) -> None:
    from app.extract.cleaning import clean

    dateline = clean(text).dateline
    assert dateline is not None and dateline.place == place


def test_a_headline_in_capitals_ending_in_an_abbreviation_is_still_head() -> None:
    from app.extract.cleaning import clean

    text = "CHINA CALLS FOR BETTER TRADE DEAL WITH U.S.\n    PEKING, March 3 - China called on the United States."
    dateline = clean(text).dateline
    assert dateline is not None and (dateline.place, dateline.date_text) == ("PEKING", "March 3")


def test_a_signing_the_leaders_attended_in_a_wire_story_is_of_the_datelines_day() -> None:
    text = (
        "LIMA, March 26 - Peruvian President Garcia held talks with Mexico's president.\n"
        "    Later, the two presidents were present at the signing of agreements on trade and tourism.\n"
        "    The two countries also signed an agreement on fisheries."
    )
    agreements = facts_of(text, "1987-03-26", FactKind.AGREEMENT)
    assert [(a.countries, a.date, a.name) for a in agreements] == [
        (("MEX", "PER"), "1987-03-26", "agreements on trade and tourism"),
        (("MEX", "PER"), "1987-03", "agreement on fisheries"),  # a signing told alone: the story's month
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sheet's lines numbered or bulleted: each an item of its own, not a sentence running on
        (
            "Japan-Mongolia Relations (Basic Data)\n1. Diplomatic Relations: February 24, 1972\n"
            "2. Trade (2022, Ministry of Finance)\nJapan's exports to Mongolia: 78.5 billion yen\n"
            "3. Japan's direct investment in Mongolia was 4.8 billion yen in 2022.",
            {(FactKind.RELATIONS_ESTABLISHED, "1972-02-24"), (FactKind.INVESTMENT, "2022")},
        ),
        (
            "Chile - Korea\n(1) Diplomatic relations: 12 April 1962\n(2) Bilateral trade (2022): US$ 6.1 billion",
            {(FactKind.RELATIONS_ESTABLISHED, "1962-04-12"), (FactKind.TRADE_TOTAL, "2022")},
        ),
        (
            "Peru and Thailand\n- Diplomatic relations: 15 November 1965\n- Bilateral trade in 2021: US$ 1.1 billion",
            {(FactKind.RELATIONS_ESTABLISHED, "1965-11-15"), (FactKind.TRADE_TOTAL, "2021")},
        ),
    ],
)
def test_a_sheets_numbered_lines_are_each_read_on_their_own(text: str, expected: set[tuple[FactKind, str]]) -> None:
    assert {(f.kind, f.date or str(f.year)) for f in facts_of(text) if not f.derived} == expected


def test_a_figure_starting_a_line_still_runs_on() -> None:
    text = "Trade between Chile and Korea reached\n6.1 billion dollars in 2022, officials said."
    assert [(f.year, f.value_usd) for f in facts_of(text, "2023-03-01", FactKind.TRADE_TOTAL)] == [(2022, 6.1e9)]


@pytest.mark.parametrize(
    ("text", "date", "currency", "amount"),
    [
        # a currency word several states' currencies share is the one of the story's country that uses it
        ("Trade between Pakistan and China stood at Rs 2.5 trillion in 2023.", "2024-02-01", "PKR", 2.5e12),
        ("Nepal's trade with China reached Rs 310 billion in 2023.", "2024-02-01", "NPR", 310e9),
        ("Sri Lanka's trade with Japan was worth 450 billion rupees in 2022.", "2023-03-01", "LKR", 450e9),
        ("Trade between the Philippines and Japan reached 1.2 trillion pesos in 2023.", "2024-02-01", "PHP", 1.2e12),
        ("Trade between Switzerland and China reached 30 billion francs in 2022.", "2023-03-01", "CHF", 30e9),
        (
            "PARIS, March 4 - Franco-Chinese trade totalled 11.6 billion francs last year, officials said.",
            "1987-03-04",
            "FRF",
            11.6e9,
        ),
        # France has had no franc since 2002: Senegal's CFA franc
        ("Trade between France and Senegal reached 700 billion francs in 2022.", "2023-03-01", "XOF", 700e9),
        ("Egypt's trade with Sudan was worth 20 billion pounds in 2022.", "2023-03-01", "EGP", 20e9),
        # both of the pair use it: the dateline's country
        (
            "KATHMANDU, Feb 2 - Trade between Nepal and India reached Rs 1,600 billion in 2023.",
            "2024-02-02",
            "NPR",
            1.6e12,
        ),
        (
            "NEW DELHI, Feb 2 - Trade between Nepal and India reached Rs 1,000 billion in 2023.",
            "2024-02-02",
            "INR",
            1e12,
        ),
        # both use it and the sentence names whose trade it is: that country's, wherever the story was filed
        (
            "NEW DELHI, June 1 - Nepal's trade with India stood at Rs 1,055 billion in the last fiscal year 2021-22.",
            "2023-06-02",
            "NPR",
            1.055e12,
        ),
        ("ISLAMABAD, June 1 - India's trade with Pakistan fell to Rs 200 billion in 2019.", "2020-06-02", "INR", 200e9),
        (
            "COLOMBO, June 1 - India's total trade with Sri Lanka reached Rs 500 billion in 2022.",
            "2023-06-02",
            "INR",
            500e9,
        ),
        # East Africa's "Sh" and "Shs" before the figure
        (
            "NAIROBI, May 4 - Trade between Kenya and Tanzania hit Sh122.6 billion in 2022.",
            "2023-05-04",
            "KES",
            122.6e9,
        ),
        (
            "DAR ES SALAAM, May 4 - Trade between Tanzania and Kenya reached Sh2.1 trillion in 2022.",
            "2023-05-04",
            "TZS",
            2.1e12,
        ),
        ("Trade between Uganda and China stood at Shs4.1 trillion in 2022.", "2023-05-04", "UGX", 4.1e12),
        # named with its country: as named
        ("Trade between Pakistan and India reached 50 billion Indian rupees in 2018.", "2019-03-01", "INR", 50e9),
        ("Trade between Kenya and Tanzania reached TSh 1.5 trillion in 2022.", "2023-05-04", "TZS", 1.5e12),
        ("Trade between Tanzania and Kenya reached KSh. 140 billion in 2022.", "2023-05-04", "KES", 140e9),
        ("Trade between Kenya and Uganda reached USh 4 trillion in 2022.", "2023-05-04", "UGX", 4e12),
        ("Trade between Kenya and Uganda reached UGX 4 trillion in 2022.", "2023-05-04", "UGX", 4e12),
        ("Trade between China and Japan reached Rs 3 trillion in 2023.", "2024-02-01", "INR", 3e12),  # neither: as ever
    ],
)
def test_a_currency_word_several_states_share_is_the_storys_countrys(
    text: str, date: str, currency: str, amount: float
) -> None:
    fact = only(text, FactKind.TRADE_TOTAL, date)
    assert (fact.currency, fact.amount) == (currency, amount)


def test_shillings_converted_by_the_text_keep_its_dollars() -> None:
    text = "NAIROBI, May 4 - Trade between Kenya and Tanzania hit Sh122.6 billion ($890 million) in 2022."
    fact = only(text, FactKind.TRADE_TOTAL, "2023-05-04")
    assert (fact.currency, fact.amount, fact.value_usd) == ("KES", 122.6e9, 890e6)
    # near miss: "Sh." of Indian papers is Shri, before a name
    text = "NEW DELHI - Sh. Piyush Goyal said trade between India and Kenya reached $2 billion in 2022."
    fact = only(text, FactKind.TRADE_TOTAL, "2023-05-04")
    assert (fact.currency, fact.value_usd) == ("USD", 2e9)


def test_a_currency_read_as_the_storys_countrys_says_so_in_its_basis() -> None:
    fact = only("Nepal's trade with China reached Rs 310 billion in 2023.", FactKind.TRADE_TOTAL, "2024-02-01")
    assert fact.currency == "NPR"
    assert "the rupee read as NPR, the story's country's" in (fact.basis or "")
    default = only("Trade between China and Japan reached Rs 3 trillion in 2023.", FactKind.TRADE_TOTAL, "2024-02-01")
    assert "read as" not in (default.basis or "")


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        # the dollars of the Pacific and elsewhere, written with their letters before "$"
        ("Trade between Fiji and Australia was worth F$1.2 billion in 2022.", "FJD", 1.2e9),
        ("Trade between Fiji and New Zealand reached FJ$850 million in 2022.", "FJD", 850e6),
        ("Trade between Tonga and New Zealand totalled T$310 million in 2022.", "TOP", 310e6),
        ("Trade between Solomon Islands and Australia reached SI$1.3 billion in 2022.", "SBD", 1.3e9),
        ("Trade between Samoa and New Zealand reached WS$600 million in 2022.", "WST", 600e6),
        ("Trade between Brunei and Singapore reached B$3 billion in 2022.", "BND", 3e9),
        # and with their letters after "$", as the Pacific's and Australia's papers also write them
        ("Fiji's trade with India was valued at $F120 million in 2022.", "FJD", 120e6),
        ("Trade between Australia and Japan was worth $A70 billion in 2022.", "AUD", 70e9),
        ("Trade between New Zealand and China reached $NZ40 billion in 2022.", "NZD", 40e9),
        ("Trade between Australia and China reached $US150 billion in 2022.", "USD", 150e9),
        # the currencies of Asia and the Pacific by their codes and their names
        ("MALE - Trade between the Maldives and India reached MVR 10.2 billion in 2022.", "MVR", 10.2e9),
        ("Trade between Mongolia and Russia totaled MNT 5.1 trillion in 2022.", "MNT", 5.1e12),
        ("Trade between Kazakhstan and Uzbekistan reached 1.5 trillion tenge in 2022.", "KZT", 1.5e12),
        ("Trade between Laos and Thailand reached 60 trillion kip in 2022.", "LAK", 60e12),
        ("Trade between Myanmar and Thailand reached 9 trillion kyats in 2022.", "MMK", 9e12),
        ("Trade between Cambodia and Vietnam reached 40 trillion riels in 2022.", "KHR", 40e12),
        ("Trade between Samoa and New Zealand was worth 600 million tala in 2022.", "WST", 600e6),
        ("Trade between Papua New Guinea and Japan was worth 3 billion kina in 2022.", "PGK", 3e9),
        ("Trade between the Maldives and China reached 5 billion rufiyaa in 2022.", "MVR", 5e9),
        # "K" before a figure: the kina, kyat or kwacha of the story's country
        ("PORT MORESBY - Trade between Papua New Guinea and Australia reached K4.1 billion in 2022.", "PGK", 4.1e9),
        ("Trade between Myanmar and China reached K9 trillion in 2022.", "MMK", 9e12),
        ("Trade between Zambia and South Africa reached K50 billion in 2022.", "ZMW", 50e9),
        # "N" before a figure: Nigeria's naira, as Lagos and Abuja write it
        ("ABUJA - Trade between Nigeria and Morocco stood at N52.3 billion in 2022.", "NGN", 52.3e9),
        ("Trade between Nigeria and South Africa was N480bn in 2022.", "NGN", 480e9),
        ("Trade between Nigeria and Ghana reached ₦1.2 trillion in 2022.", "NGN", 1.2e12),
    ],
)
def test_a_currency_of_asia_and_the_pacific_is_read_as_that_currency(text: str, currency: str, amount: float) -> None:
    fact = only(text, FactKind.TRADE_TOTAL, "2023-05-01")
    assert (fact.currency, fact.amount) == (currency, amount)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: letters before "$" that name no currency Dyad knows are no US dollars; a "K" of a pair that
        # uses none is no money
        "Trade between Peru and Chile reached XY$1.2 billion in 2022.",
        "Trade between China and Japan reached K4 billion in 2022.",
        "Trade between Chile and Peru reached N5 billion in 2022.",
    ],
)
def test_a_dollar_or_k_of_no_known_currency_is_no_us_dollar(text: str) -> None:
    assert [f for f in facts_of(text, "2023-05-01", FactKind.TRADE_TOTAL) if f.currency == "USD"] == []


# -- a chronology ---------------------------------------------------------------------------------------------

_CHRONOLOGY = (
    "Embassy of India, Hanoi\nIndia-Vietnam Relations: Chronology\n\n"
    "1972 – Diplomatic relations established at Ambassador level (January 7)\n"
    "1994 – Consulate General opened in Ho Chi Minh City\n"
    "2016 – Visit of Prime Minister Narendra Modi to Vietnam (September 2-3)\n"
    "2018: Embassy of Vietnam in New Delhi moved to new premises, a building bought for $5 million in the city's "
    "diplomatic enclave\n"
)


@pytest.mark.parametrize("published", [None, "2024-05-02"])
def test_a_chronologys_lines_are_items_each_dated_by_its_year(published: str | None) -> None:
    """A line opened by a year and a dash is an item of its own, not a run-on of the line before; a day it names
    without a year ("(January 7)") is of that year, not the story's."""
    facts = facts_of(_CHRONOLOGY, published)
    assert sorted((f.kind.value, f.date) for f in facts if not f.derived) == [
        ("embassy", "1994"),
        ("relations_established", "1972-01-07"),
        ("visit", "2016-09-02"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month an item names "in November", its year left out, is of the item's year, not the last before the story
        ("Argentina and China\n\n1990: President Carlos Menem makes the first state visit by an Argentine president "
         "to China, in November.\n", [("visit", "1990-11")]),
        ("Australia and Vietnam\n\n2018 – Prime Minister Nguyen Xuan Phuc visits Canberra in March.\n",
         [("visit", "2018-03")]),
        # items told in the historic present: "sign", "agree", "upgrade", "are elevated"
        ("Argentina and China\n\n2004: Chinese President Hu Jintao visits Buenos Aires and the two countries sign a "
         "strategic partnership.\n", [("agreement", "2004"), ("visit", "2004")]),
        ("Australia and Vietnam\n\n2009 – The two countries agree a Comprehensive Partnership.\n",
         [("agreement", "2009")]),
        # (the two presidents together in Buenos Aires: China's president was there, as the two met in one capital)
        ("Argentina and China\n\n2014: Presidents Xi Jinping and Cristina Fernandez de Kirchner upgrade ties to a "
         "comprehensive strategic partnership in Buenos Aires in July.\n",
         [("agreement", "2014-07"), ("visit", "2014-07")]),
        # its name in quotation marks, and more words of it after "Partnership"
        ("Korea and Vietnam\n\n2001: The two sides agree on a \"Comprehensive Partnership in the 21st Century\".\n",
         [("agreement", "2001")]),
        # near miss: a partnership only discussed in an item is none
        ("Australia and Vietnam\n\n2019 – The two countries discuss a strategic partnership.\n", []),
    ],
)  # fmt: skip
def test_a_chronologys_item_dates_its_months_and_tells_in_the_present(
    text: str, expected: list[tuple[str, str]]
) -> None:
    facts = facts_of(text, "2022-02-20")
    assert sorted((f.kind.value, f.date) for f in facts if not f.derived) == expected


def test_a_day_without_its_year_outside_a_chronology_is_still_the_storys() -> None:
    """Near miss: a sentence opened by a year and no dash is no chronology's item."""
    text = "India and Vietnam\n\nIn 1972, India and Vietnam established relations, the ministry said on January 7."
    facts = facts_of(text, "2024-05-02")
    assert [(f.kind.value, f.date) for f in facts] == [("relations_established", "1972")]


# -- a fact sheet's sections -------------------------------------------------------------------------------------

_SHEET = (
    "Embassy of the Republic of Indonesia in Lima\nIndonesia – Peru Bilateral Relations\n\nBasic Data\n"
    "Diplomatic relations: established on 25 August 1975\nIndonesian Embassy in Lima: opened in 2002\n"
    "Peruvian Embassy in Jakarta: opened in 1975\n\n{trade}\n\nAgreements\n"
    "- Agreement on Economic and Technical Cooperation (1995)\n"
    "- Memorandum of Understanding on Bilateral Consultations (2002)\n"
    "- Agreement on Visa Exemption for Diplomatic and Official Passports (2015)\n"
)
_TRADE = (
    "Trade (2022)\nIndonesia's exports to Peru: US$ 336.2 million\nIndonesia's imports from Peru: US$ 84.5 million\n"
    "Total trade: US$ 420.7 million"
)


def test_a_sheets_bulleted_lines_are_items_not_wrapped_prose() -> None:
    """Half its lines bulleted, half "Label: value": read as wrapped prose, the embassies' lines ran together
    and the Indonesian embassy was dated by the relations' day."""
    facts = facts_of(_SHEET.format(trade=_TRADE))
    assert sorted((f.kind.value, f.date, f.origin) for f in facts if f.kind is not FactKind.TRADE_TOTAL) == [
        ("agreement", "1995", None),
        ("agreement", "2002", None),
        ("agreement", "2015", None),
        ("embassy", "1975", "PER"),
        ("embassy", "2002", "IDN"),
        ("relations_established", "1975-08-25", None),
    ]


@pytest.mark.parametrize(
    ("trade", "expected"),
    [
        # the year of a section's heading dates its lines that state none; one-way lines are no totals
        (_TRADE, [(2022, 420.7e6)]),
        ("Bilateral trade 2023:\nTotal trade: US$ 512 million", [(2023, 512e6)]),
        # near misses: a line's own year wins; a heading with no year dates nothing
        ("Trade (2022)\nTotal trade (2021): US$ 398 million", [(2021, 398e6)]),
        ("Trade\nTotal trade: US$ 420.7 million", []),
    ],
)
def test_a_sheets_trade_lines_take_the_year_of_their_heading(trade: str, expected: list[tuple[int, float]]) -> None:
    facts = facts_of(_SHEET.format(trade=trade), None, FactKind.TRADE_TOTAL)
    assert [(f.year, f.value_usd) for f in facts] == expected


@pytest.mark.parametrize(
    ("visits", "expected"),
    [
        # an item of a list headed as visits: who went where, when
        (
            "High-level visits\n- President Susilo Bambang Yudhoyono to Peru, November 2008 (APEC)\n"
            "- President Ollanta Humala to Indonesia, 2013 (APEC)",
            [("IDN", "PER", "2008-11"), ("PER", "IDN", "2013")],
        ),
        ("Visits:\n• Foreign Minister Retno Marsudi to Peru, March 2019", [("IDN", "PER", "2019-03")]),
        # near miss: the same items under another heading are no visits
        (
            "Trade missions\n- A business delegation to Peru, November 2008\n- Exporters to Indonesia, 2013",
            [],
        ),
    ],
)
def test_a_sheets_list_of_visits_gives_each_visit(visits: str, expected: list[tuple[str, str, str]]) -> None:
    facts = facts_of(_SHEET.format(trade=_TRADE) + "\n" + visits, None, FactKind.VISIT)
    assert [(f.origin, f.destination, f.date) for f in facts] == expected


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        # a sheet's label with a word in brackets is no dateline with its agency: its figure is the label's
        ("Indonesian investment in Peru (cumulative): US$ 12 million", FactKind.INVESTMENT, 12e6),
        ("Total trade in 2022 (approx.): US$ 420 million", FactKind.TRADE_TOTAL, 420e6),
    ],
)
def test_a_sheets_label_with_brackets_is_no_dateline(line: str, kind: FactKind, value: float) -> None:
    assert [f.value_usd for f in facts_of(f"Indonesia and Peru\n{line}\n", "2023-06-07", kind)] == [value]


def test_a_dateline_with_its_agency_in_lower_case_is_still_one() -> None:
    """Near miss of the above: "(dpa)" is an agency's name, written so."""
    extraction = extract_article("BERLIN (dpa) - Germany and Chile signed an agreement on lithium on Tuesday.")
    assert extraction.facts and not extraction.facts[0].quote.startswith("BERLIN")


def test_a_list_of_visits_under_a_heading_of_their_direction() -> None:
    # As encyclopedia pages list them: "High-level visits from Chile to New Zealand", then "- President … (2008)".
    page = (
        "Chile–New Zealand relations\n\nChile and New Zealand established diplomatic relations in 1972.\n\n"
        "High-level visits\n\nHigh-level visits from Chile to New Zealand\n- President Michelle Bachelet (2008)\n"
        "- President Sebastián Piñera (2019)\n\nHigh-level visits from New Zealand to Chile\n"
        "- Prime Minister Helen Clark (2004)\n- Prime Minister John Key, March 2014\n\nTrade\n\n"
        "In 2022, trade between Chile and New Zealand totaled US$ 390 million.\n"
    )
    visits = [f for f in extract_article(page).facts if f.kind == FactKind.VISIT]
    assert sorted((v.origin, v.destination, v.date, v.person) for v in visits) == [
        ("CHL", "NZL", "2008", "President Michelle Bachelet"),
        ("CHL", "NZL", "2019", "President Sebastián Piñera"),
        ("NZL", "CHL", "2004", "Prime Minister Helen Clark"),
        ("NZL", "CHL", "2014-03", "Prime Minister John Key"),
    ]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a ministry's list of visits by side: "From Argentina: President … (January 2013)", a line each side
        (
            "Vietnam – Argentina relations\n\nHigh-level visits\nFrom Argentina: President Cristina Fernandez de "
            "Kirchner (January 2013).\nFrom Viet Nam: General Secretary Nong Duc Manh (October 2009).\n",
            [
                ("ARG", "VNM", "2013-01", "President Cristina Fernandez de Kirchner"),
                ("VNM", "ARG", "2009-10", "General Secretary Nong Duc Manh"),
            ],
        ),
        # two visitors on one line, each with a date
        (
            "Peru – Vietnam relations\n\nExchange of visits\nFrom Peru: Foreign Minister Rafael Roncagliolo (2012), "
            "President Ollanta Humala (November 2013).\n",
            [
                ("PER", "VNM", "2012", "Foreign Minister Rafael Roncagliolo"),
                ("PER", "VNM", "2013-11", "President Ollanta Humala"),
            ],
        ),
        ("Philippines – Chile relations\n\nVisits\n- From the Philippines: President Rodrigo Duterte (2016)\n",
         [("PHL", "CHL", "2016", "President Rodrigo Duterte")]),
        # near miss: the same shape under a heading of trade
        ("Vietnam – Argentina relations\n\nMain exports\nFrom Argentina: Soybean meal (2023).\n", []),
    ],
)  # fmt: skip
def test_a_list_of_visits_by_side(page: str, expected: list[tuple[str, str, str, str]]) -> None:
    visits = [f for f in extract_article(page).facts if f.kind == FactKind.VISIT]
    assert sorted((v.origin, v.destination, v.date, v.person) for v in visits) == sorted(expected)


def test_a_list_of_other_things_under_a_directed_heading_gives_no_visits() -> None:
    # Near miss: items of a list headed as exports from one country to the other are no visits.
    page = (
        "Chile–New Zealand relations\n\nChile and New Zealand established diplomatic relations in 1972.\n\n"
        "Exports from Chile to New Zealand\n- Copper (2019)\n- Wine (2020)\n"
    )
    assert [f for f in extract_article(page).facts if f.kind == FactKind.VISIT] == []


JAKARTA_PAGE = (
    "We use cookies to improve your experience. By continuing, you agree to our Privacy Policy. Accept\n\n"
    "The Jakarta Post\nSubscribe | Log in\nIndonesia | Business | World | Opinion | Culture\n\nWorld\n\n"
    "Indonesia, India agree to boost rupee-rupiah trade\n\nApriza Pratama (The Jakarta Post)\n"
    "Jakarta ● Thu, September 7, 2023\n\n"
    "Indonesia and India agreed on Thursday to promote the use of local currencies in bilateral trade.\n\n"
    "Bilateral trade reached US$38.8 billion last year.\n"
)


def test_a_pages_date_line_of_place_and_day_set_apart_by_a_round_bullet() -> None:
    # "Jakarta ● Thu, September 7, 2023": a place and the day, set apart by a bullet as "Jakarta | …" is; the
    # cookie banner above the masthead is no headline.
    extraction = extract_article(JAKARTA_PAGE)
    assert extraction.published is not None and extraction.published.iso() == "2023-09-07"
    assert extraction.title == "Indonesia, India agree to boost rupee-rupiah trade"
    totals = [(f.year, f.value_usd) for f in extraction.facts if f.kind == FactKind.TRADE_TOTAL]
    assert totals == [(2022, 38.8e9)]


def test_a_line_of_two_words_and_a_bullet_is_no_date_line() -> None:
    # Near miss: a menu set apart by round bullets holds no date.
    text = "Indonesia ● India ● Trade\n\nIndonesia and India agreed to promote local currencies.\n"
    assert extract_article(text).published is None


def test_the_guests_counterpart_signing_in_the_datelines_capital_is_visiting() -> None:
    text = (
        " date 1992-12-22 \nSouth Korea, Vietnam establish diplomatic ties\n"
        "SEOUL, Dec. 22 (UPI) -- South Korea and Vietnam established full diplomatic relations Tuesday.\n"
        "Foreign Minister Lee Sang-ock and his Vietnamese counterpart Nguyen Manh Cam signed a joint communique "
        "in Seoul.\n"
    )
    visits = [f for f in extract_article(text).facts if f.kind == FactKind.VISIT]
    assert [(v.origin, v.destination, v.date, v.person) for v in visits] == [
        ("VNM", "KOR", "1992-12", "Nguyen Manh Cam")
    ]


def test_the_hosts_counterpart_in_the_datelines_capital_is_no_visitor() -> None:
    # Near miss: the counterpart named is the host's own (a Korean in Seoul).
    text = (
        " date 1992-12-22 \nSouth Korea, Vietnam establish diplomatic ties\n"
        "SEOUL, Dec. 22 (UPI) -- South Korea and Vietnam established full diplomatic relations Tuesday.\n"
        "Vietnam's envoy and his South Korean counterpart Lee Sang-ock signed a joint communique in Seoul.\n"
    )
    visits = [f for f in extract_article(text).facts if f.kind == FactKind.VISIT]
    assert [v.person for v in visits] != ["Lee Sang-ock"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an item's agreement whose month the item tells after it: that month
        ("Argentina and China\n\n2014: Presidents Xi Jinping and Cristina Fernandez de Kirchner upgrade ties to a "
         "comprehensive strategic partnership during Xi's visit to Buenos Aires in July.\n", "2014-07"),
        ("Australia and Vietnam\n\n2018 – Relations are elevated to a Strategic Partnership during Prime Minister "
         "Nguyen Xuan Phuc's visit to Canberra in March.\n", "2018-03"),
        # near miss: outside a chronology, a month told later is the story's, not the agreement's year's
        ("Chile and Peru signed a free trade agreement in 2006, and their ministers met again in August.", "2006"),
    ],
)  # fmt: skip
def test_an_agreements_year_said_more_precisely_after_it(text: str, date: str) -> None:
    assert [f.date for f in facts_of(text, "2022-02-20", FactKind.AGREEMENT)] == [date]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence framed "In 2013": a month it names without a year is that year's
        ("Mexico and China\n\nIn 2013 the two countries raised their relationship to a comprehensive strategic "
         "partnership during Xi Jinping's state visit to Mexico in June.\n", [("agreement", "2013-06"),
                                                                                ("visit", "2013-06")]),
        ("Chile and Peru\n\nIn 2006, President Bachelet visited Lima in March.\n", [("visit", "2006-03")]),
        # near miss: a year told later in the sentence frames nothing
        ("Chile and Peru\n\nIn March, Chilean President Michelle Bachelet visited Lima, her first trip there since "
         "2006.\n", [("visit", "2021-03")]),
    ],
)  # fmt: skip
def test_a_month_in_a_sentence_framed_by_a_year_is_that_years(text: str, expected: list[tuple[str, str]]) -> None:
    facts = facts_of(text, "2022-02-20")
    assert sorted((f.kind.value, f.date) for f in facts if f.kind in (FactKind.VISIT, FactKind.AGREEMENT)) == expected


@pytest.mark.parametrize(
    ("header", "head", "sentence", "kind", "date"),
    [
        # a header known to its month or year only, made a day by the page's own date stamp within it
        ("2024-07", "PH, Japan sign Reciprocal Access Agreement\nJuly 8, 2024, 7:35 pm\n\n",
         "MANILA – The Philippines and Japan on Monday signed the Reciprocal Access Agreement.",
         FactKind.AGREEMENT, "2024-07-08"),
        ("2022", "Chile and Peru sign memorandum\nPublished: 15 March 2022\n\n",
         "The foreign ministers of Chile and Peru yesterday signed a memorandum on migration.",
         FactKind.AGREEMENT, "2022-03-14"),
        # a header's day one to three days after the page's stamp: the page's day is the story's, "today" its day
        ("2023-04-13", "Minister for Foreign Affairs | Media release | 12 April 2023\n\nVisit to Papua New Guinea\n\n",
         "Today the Australian foreign minister will travel to Port Moresby for talks with Prime Minister James "
         "Marape.", FactKind.VISIT, "2023-04-12"),
        # near misses: a stamp a week before the header's day, or after it, is no day of this story's
        ("2024-07-09", "PH, Japan sign Reciprocal Access Agreement\nJuly 1, 2024\n\n",
         "MANILA – The Philippines and Japan on Monday signed the Reciprocal Access Agreement.",
         FactKind.AGREEMENT, "2024-07-08"),
        ("2024-07-09", "PH, Japan sign Reciprocal Access Agreement\nJuly 10, 2024\n\n",
         "MANILA – The Philippines and Japan today signed the Reciprocal Access Agreement.",
         FactKind.AGREEMENT, "2024-07-09"),
    ],
)  # fmt: skip
def test_the_pages_own_date_stamp_refines_the_headers_date(
    header: str, head: str, sentence: str, kind: FactKind, date: str
) -> None:
    facts = facts_of(f"\n{head}{sentence}\n", header, kind)
    assert [f.date for f in facts] == [date]
