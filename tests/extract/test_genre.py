"""How the genre writes facts across outlets and eras: invented sentences, one phenomenon each.

Newswire of the 1980s ("mln dlrs", "pct", datelines, hard-wrapped lines, the Soviet Union), world press
in many currencies, and dates relative to the story. None of these sentences is from an eval set.
"""

from __future__ import annotations

import pytest

from app.domain.facts import FactKind
from app.domain.fx import year_rate
from app.extract.amounts import find_amounts, find_percents
from app.extract.cleaning import clean
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
    ("lead", "place", "visit"),
    [
        # an agency's dateline closed by its name in brackets, without a dash: "here" is its place
        (
            "New Delhi, Apr 15 (PTI) Brazilian President Luiz Inacio Lula da Silva, who arrived here yesterday, held "
            "talks with Prime Minister Manmohan Singh.",
            "New Delhi",
            ("BRA", "IND", "2010-04-14"),
        ),
        (
            "Islamabad, Apr 15 (APP) Turkish Prime Minister Recep Tayyip Erdogan, who arrived here on Friday, held "
            "talks with Prime Minister Yousuf Raza Gilani.",
            "Islamabad",
            ("PAK", "TUR", "2010-04-09"),
        ),
        (
            "Dhaka, 15 April (BSS) Indian External Affairs Minister S.M. Krishna, who arrived here yesterday, held "
            "talks with Bangladeshi Foreign Minister Dipu Moni.",
            "Dhaka",
            ("BGD", "IND", "2010-04-14"),
        ),
        # or by a full stop after the brackets, as Andina and others write it
        (
            "Lima, Apr. 15 (ANDINA). Chinese President Xi Jinping, who arrived here yesterday, held talks with "
            "President Dina Boluarte.",
            "Lima",
            ("CHN", "PER", "2010-04-14"),
        ),
        (
            "Manila, April 15 (PNA). Japanese Prime Minister Fumio Kishida, who arrived here yesterday, held talks "
            "with President Ferdinand Marcos Jr.",
            "Manila",
            ("JPN", "PHL", "2010-04-14"),
        ),
        # the place in title case named more closely, before the agency: "Sydney, Australia (ANTARA) -"
        (
            "Sydney, Australia (ANTARA) - Indonesian President Joko Widodo, who arrived here yesterday, held talks "
            "with Prime Minister Anthony Albanese.",
            "Sydney, Australia",
            ("AUS", "IDN", "2010-04-14"),
        ),
    ],
)
def test_an_agencys_dateline_without_a_dash(lead: str, place: str, visit: tuple[str, str, str]) -> None:
    cleaned = clean(f" date 2010-04-15\nLeaders meet\n\n{lead}")
    assert cleaned.dateline is not None and cleaned.dateline.place == place
    facts = extract_article(f" date 2010-04-15\nLeaders meet\n\n{lead}").facts
    assert [(*f.countries, f.date) for f in facts if f.kind == FactKind.VISIT] == [visit]
    assert all(place not in f.quote for f in facts)


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # a dateline whose date a full stop ends, as the agencies of the former Soviet states write it
        ("TASHKENT, Uzbekistan, August 22. Presidents of Azerbaijan and Uzbekistan Ilham Aliyev and Shavkat Mirziyoyev "
         "signed the Treaty on Allied Relations.", "TASHKENT, Uzbekistan"),
        ("ULAANBAATAR, September 3. /TASS/. Russian President Vladimir Putin held talks in Mongolia.", "ULAANBAATAR"),
        ("ASTANA, June 12. Kazakhstan and Korea signed agreements.", "ASTANA"),
    ],
)  # fmt: skip
def test_a_dateline_whose_date_a_full_stop_ends(lead: str, place: str) -> None:
    cleaned = clean(f"Leaders meet\n\n{lead}")
    assert cleaned.dateline is not None and cleaned.dateline.place == place
    extraction = extract_article(f" date 2024-12-01\nLeaders meet\n\n{lead}")
    assert all(place.split(",")[0] not in f.quote for f in extraction.facts)


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # a place named more closely after its comma, in words of their own: a border, a region
        ("ARAVA, Israel-Jordan border, Oct 26 (Reuter) - Israel and Jordan signed a peace treaty today.",
         "ARAVA, Israel-Jordan border"),
        ("JERICHO, West Bank, May 13 (Reuter) - Israel and the PLO signed an agreement today.", "JERICHO, West Bank"),
        ("KHORGOS, Kazakhstan-China border, June 2 (Reuter) - Kazakhstan and China opened a trade zone today.",
         "KHORGOS, Kazakhstan-China border"),
    ],
)  # fmt: skip
def test_a_datelines_place_named_more_closely(lead: str, place: str) -> None:
    cleaned = clean(f"Leaders meet\n\n{lead}")
    assert cleaned.dateline is not None and cleaned.dateline.place == place


def test_a_wire_story_printed_the_day_after_its_dateline_counts_today_from_the_dateline() -> None:
    text = (
        " date 1994-10-27\nISRAEL, JORDAN SIGN PEACE TREATY\n    ARAVA, Israel-Jordan border, Oct 26 (Reuter) - Israel "
        "and Jordan signed a peace treaty today, ending 46 years of war."
    )
    assert [f.date for f in extract_article(text).facts if f.kind == FactKind.AGREEMENT] == ["1994-10-26"]


def test_a_capitalised_word_and_a_date_ending_a_sentence_is_no_dateline() -> None:
    # near miss: a short first sentence, a place's name and a date in it, is the story's
    cleaned = clean("Leaders meet\n\nIn Tashkent, talks ended on August 22. Presidents signed the treaty.")
    assert cleaned.dateline is None


def test_an_abbreviation_in_brackets_opening_a_story_is_no_dateline() -> None:
    # near miss: a title and its abbreviation before a name, with no date, open no dateline
    cleaned = clean(" date 2010-04-15\nLeaders meet\n\nForeign Minister (FM) Retno Marsudi held talks in Jakarta.")
    assert cleaned.dateline is None


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


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Trade between Canada and Korea reached C$17.3-billion in 2019.", [(17.3e9, "CAD")]),
        ("Ottawa signed a $2-billion deal and a $900-million loan.", [(2e9, "USD"), (9e8, "USD")]),
        ("Bilateral trade hit US$1.5-bn last year.", [(1.5e9, "USD")]),
        ("India's 1.4-billion people and its 2-million-strong diaspora.", []),  # no money without a currency
    ],
)
def test_a_scale_joined_by_a_hyphen_scales_the_figure(text: str, values: list[tuple[float, str]]) -> None:
    """ "$1.5-billion" (as Canadian papers write it) was read as a dollar and a half."""
    assert [(a.value, a.currency) for a in find_amounts(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a full stop between thousands before "million", as Latin American agencies' English keeps it
        ("Trade between Peru and Brazil reached US$ 4.600 million in 2023.", 4.6e9),
        ("Exports to Chile totaled US$ 2.500 million last year.", 2.5e9),
        # near misses: a decimal point with its digits
        ("Exports to Chile totaled US$ 4.625 million last year.", 4.625e6),
        ("Exports to Chile totaled US$ 1.250 million last year.", 1.25e6),
        ("Exports to Chile totaled US$ 4.6 million last year.", 4.6e6),
    ],
)
def test_a_full_stop_between_thousands_before_million(text: str, value: float) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # a story that calls one side's minister "visiting" is told at home on the other side: a currency word the
        # two share is the home side's
        ("India and Nepal sign power deal\n\nVisiting Indian External Affairs Minister S Jaishankar and Nepal's "
         "Foreign Minister NP Saud signed an agreement on Thursday. Trade between the two countries stood at Rs 1,117 "
         "billion in the fiscal year 2022/23.", "NPR"),
        ("Pakistan and Sri Lanka\n\nVisiting Pakistani Commerce Minister Naveed Qamar met Sri Lanka's trade "
         "minister on Monday. Trade between the two countries stood at Rs 150 billion in 2022.", "LKR"),
        ("India and Sri Lanka\n\nThe visiting Sri Lankan President met Indian Prime Minister Narendra Modi on "
         "Friday. Trade between the two countries stood at Rs 450 billion in 2022.", "INR"),
        # near miss: without a guest so called, the word's default
        ("India and Nepal\n\nTrade between the two countries stood at Rs 1,117 billion in 2022.", "INR"),
    ],
)  # fmt: skip
def test_a_shared_currency_word_is_the_home_sides_of_a_story_with_a_visiting_guest(text: str, currency: str) -> None:
    totals = facts_of(text, "2024-01-05", FactKind.TRADE_TOTAL)
    assert [f.currency for f in totals] == [currency]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # digits grouped in lakhs, as South Asia writes them: "1,06,000 crore" is 1.06 lakh crore
        ("Nepal's trade with India stood at Rs 1,06,000 crore in 2022-23.", [(1.06e12, "INR")]),
        ("Exports reached Rs 12,34,567 in March.", [(1234567.0, "INR")]),
        ("Bangladesh's imports were Tk 1,23,45,678 last month.", [(12345678.0, "BDT")]),
        # near miss: thousands grouped in threes, as elsewhere
        ("Trade reached $1,234,567 in 2022.", [(1234567.0, "USD")]),
    ],
)
def test_digits_grouped_in_lakhs_are_one_figure(text: str, values: list[tuple[float, str]]) -> None:
    """ "Rs 1,06,000 crore" was read as Rs 1."""
    assert [(a.value, a.currency) for a in find_amounts(text)] == values


@pytest.mark.parametrize(
    ("sentence", "percent"),
    [
        ("Trade between Pakistan and China rose 12pc in 2022, officials said.", 12.0),
        ("Trade between India and Bangladesh fell 3.4pc year on year in 2022.", -3.4),
        ("Trade between Canada and Korea saw a 25-per-cent increase in 2022.", 25.0),
    ],
)
def test_percentages_as_british_south_asian_and_canadian_papers_write_them(sentence: str, percent: float) -> None:
    fact = only(sentence, FactKind.TRADE_GROWTH, "2023-06-12")
    assert (fact.year, fact.percent) == (2022, percent)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a decimal comma, as Spanish, Portuguese and French outlets write it
        ("up 12,4% from the year before", [12.4]),
        ("una caída de 5,25 por ciento; down 3,5 percent", [3.5]),
        ("an increase of 9,3 % compared with 2017", [9.3]),
        # near misses: a thousands comma, and two figures a comma and a space apart
        ("a 1,250% rise", [1250.0]),
        ("rose 5, 6% and 7%", [6.0, 7.0]),
    ],
)
def test_a_percentage_with_a_decimal_comma(text: str, found: list[float]) -> None:
    assert [p.value for p in find_percents(text)] == found


def test_pc_points_and_personal_computers_are_no_percentages() -> None:
    assert find_percents("Its share rose 1.2 pc points; 10 PCs and 10 PC were sold.") == []


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


@pytest.mark.parametrize(
    "text",
    [
        " date 2022-02-19\nNEW DELHI - India and the UAE on Friday signed a trade agreement during a virtual summit "
        "between Prime Minister Narendra Modi and Crown Prince Sheikh Mohamed bin Zayed.",
        " date 2020-12-22\nHANOI - Vietnamese Prime Minister Nguyen Xuan Phuc and Indian Prime Minister Narendra Modi "
        "held talks via video link on Monday.",
        " date 2021-06-10\nCANBERRA - Prime Minister Scott Morrison held talks by telephone with Japanese Prime "
        "Minister Yoshihide Suga on Wednesday.",
    ],
)
def test_talks_at_a_distance_put_no_one_in_the_dateline_capital(text: str) -> None:
    assert [f for f in extract_article(text).facts if f.kind == FactKind.VISIT] == []


def test_talks_in_the_dateline_capital_that_cover_virtually_every_field_are_a_visit() -> None:
    # near miss: "virtually" that says how much, not how the two met
    text = (
        " date 2022-02-19\nNEW DELHI - India and Japan on Friday signed an agreement during talks between Prime "
        "Minister Narendra Modi and Japanese Prime Minister Fumio Kishida that covered virtually every field."
    )
    visits = [f for f in extract_article(text).facts if f.kind == FactKind.VISIT]
    assert [(v.origin, v.destination, v.date) for v in visits] == [("JPN", "IND", "2022-02-18")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister titled by portfolio between the country and the title
        (" date 2023-03-16\nANKARA - Azerbaijani Energy Minister Parviz Shahbazov held talks with Turkish officials in "
         "Ankara on Wednesday.", [("AZE", "TUR", "2023-03-15")]),
        # who signed "the agreement" the sentence before signed on a day: that day
        (" date 2005-11-23\nBEIJING - China and Chile signed a free trade agreement in Beijing on Tuesday.\n\nChilean "
         "Agriculture Minister Jaime Campos, who signed the agreement with his Chinese counterpart, said exports would "
         "rise.", [("CHL", "CHN", "2005-11-22")]),
        (" date 2018-10-30\nNEW DELHI - India and Japan signed a pact on logistics on Monday.\n\nJapanese Defence "
         "Minister Takeshi Iwaya, who signed the pact with his Indian counterpart, called it historic.",
         [("JPN", "IND", "2018-10-29")]),
        # near misses: signed in the guest's own capital; a sentence before that dates no day (the story's month)
        (" date 2005-11-23\nBEIJING - Chilean Agriculture Minister Jaime Campos, who signed the agreement in Santiago, "
         "said exports to China would rise.", []),
        (" date 2005-11-23\nBEIJING - Trade between China and Chile rose in 2004.\n\nChilean Agriculture Minister "
         "Jaime Campos, who signed the agreement with his Chinese counterpart, said exports would rise.",
         [("CHL", "CHN", "2005-11")]),
        # an official of the guest acting in the dateline capital in the presence of the host's
        (" date 2023-04-05\nTASHKENT, April 5 (KUNA) -- Kuwait's Foreign Minister Sheikh Salem Abdullah Al-Jaber "
         "Al-Sabah inaugurated on Wednesday the State of Kuwait's embassy in Tashkent, in the presence of Uzbek "
         "Foreign Minister Bakhtiyor Saidov.", [("KWT", "UZB", "2023-04-05")]),
        (" date 2022-05-04\nABU DHABI, May 4 (WAM) -- Indian External Affairs Minister S. Jaishankar opened the new "
         "chancery of India's embassy on Tuesday in the presence of UAE Minister of State Ahmed Al Sayegh.",
         [("IND", "ARE", "2022-05-03")]),
        (" date 2024-02-02\nDOHA, Feb 2 (QNA) -- Kenyan President William Ruto launched a business forum on Thursday "
         "in the presence of Qatar's Minister of Commerce and Industry Sheikh Mohammed bin Hamad.",
         [("KEN", "QAT", "2024-02-01")]),
        # near miss: the host's own minister, with only the guest's ambassador present, is no one's visit
        (" date 2023-04-05\nTASHKENT, April 5 (UzA) -- Uzbek Foreign Minister Bakhtiyor Saidov opened a Kuwaiti trade "
         "fair on Wednesday in the presence of Kuwait's ambassador.", []),
        # two presidents named with their countries under one plural title, together in the dateline's capital
        (" date 1986-07-30\nBUENOS AIRES, July 30 - Presidents Jose Sarney of Brazil and Raul Alfonsin of Argentina "
         "signed an economic integration programme here yesterday.", [("BRA", "ARG", "1986-07-29")]),
        (" date 1985-05-05\nMONTEVIDEO, May 5 - Presidents Julio Sanguinetti of Uruguay and Jose Sarney of Brazil "
         "signed a trade protocol here today.", [("BRA", "URY", "1985-05-05")]),
        (" date 1987-10-02\nCARACAS, Oct 2 - Presidents Jaime Lusinchi of Venezuela and Virgilio Barco of Colombia "
         "held talks here yesterday on border security.", [("COL", "VEN", "1987-10-01")]),
        # near miss: the two on the telephone are not together
        (" date 1985-05-05\nMONTEVIDEO, May 5 - Presidents Julio Sanguinetti of Uruguay and Jose Sarney of Brazil "
         "held talks by telephone today.", []),
        # one plural title of both countries, then the two names in their order: the guest's is the visitor
        (" date 2024-08-22\nTASHKENT, Uzbekistan, August 22. Presidents of Azerbaijan and Uzbekistan Ilham Aliyev "
         "and Shavkat Mirziyoyev signed the Treaty on Allied Relations in Tashkent.", [("AZE", "UZB", "2024-08")]),
        (" date 2024-05-10\nBAKU, May 10. Foreign Ministers of Azerbaijan and Kazakhstan Jeyhun Bayramov and Murat "
         "Nurtleu held talks in Baku.", [("KAZ", "AZE", "2024-05")]),
    ],
)  # fmt: skip
def test_a_minister_of_a_portfolio_signing_in_the_dateline_capital_is_visiting(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = [f for f in extract_article(text).facts if f.kind == FactKind.VISIT]
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a guest and the host over a signing, or chairing a meeting of the two, in the dateline's capital
        (" date 2023-01-24\nALGIERS, Jan 23 (APS) - President Abdelmadjid Tebboune and Italian Prime Minister Giorgia "
         "Meloni on Monday supervised the signing of eight agreements.", [("ITA", "DZA", "2023-01-23")]),
        (" date 2023-02-03\nRABAT, Feb 2 (MAP) - Head of Government Aziz Akhannouch and Spanish Prime Minister Pedro "
         "Sanchez on Thursday chaired the 12th Morocco-Spain High-Level Meeting.", [("ESP", "MAR", "2023-02-02")]),
        (" date 2024-05-10\nHANOI, May 9 (VNA) - Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay "
         "Siphandone co-chaired the 46th meeting of the Vietnam-Laos Intergovernmental Committee on Thursday.",
         [("LAO", "VNM", "2024-05-09")]),
        # near misses: the host alone chairing his cabinet; the two chairing at a distance
        (" date 2023-01-24\nALGIERS, Jan 23 (APS) - President Abdelmadjid Tebboune on Monday chaired a cabinet "
         "meeting that discussed cooperation with Italy.", []),
        (" date 2024-05-10\nHANOI, May 9 (VNA) - Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay "
         "Siphandone co-chaired the meeting of the Vietnam-Laos Intergovernmental Committee by video link on "
         "Thursday.", []),
        # a guest and the host holding their meeting or summit in the dateline's place
        (" date 2024-03-05\nCANBERRA, March 4 (AAP) - Vietnamese Prime Minister Pham Minh Chinh and Prime Minister "
         "Anthony Albanese held their annual leaders' meeting on Monday.", [("VNM", "AUS", "2024-03-04")]),
        (" date 2023-05-08\nTOKYO, May 7 (Kyodo) - South Korean President Yoon Suk Yeol and Prime Minister Fumio "
         "Kishida held a summit on Sunday.", [("KOR", "JPN", "2023-05-07")]),
        # near miss: the host alone, at his cabinet's meeting
        (" date 2024-03-05\nCANBERRA, March 4 (AAP) - Prime Minister Anthony Albanese held a cabinet meeting on "
         "Monday on trade with Vietnam.", []),
        # a guest and the host agreeing on a day told, in the dateline's capital: the guest is there
        (" date 2023-03-21\nMOSCOW, March 21 (Reuters) - Chinese President Xi Jinping and Russian President Vladimir "
         "Putin agreed on Tuesday to deepen their partnership.", [("CHN", "RUS", "2023-03-21")]),
        (" date 2023-03-21\nNEW DELHI - Japanese Prime Minister Fumio Kishida and his Indian counterpart Narendra Modi "
         "agreed Monday to bolster security ties.", [("JPN", "IND", "2023-03-20")]),
        (" date 2023-07-04\nCANBERRA, July 3 (AAP) - New Zealand Prime Minister Chris Hipkins and Australian Prime "
         "Minister Anthony Albanese agreed today to expand defence cooperation.", [("NZL", "AUS", "2023-07-03")]),
        # near misses: agreeing by telephone puts no one there; nor does the host alone, nor the countries agreeing
        (" date 2023-03-21\nNEW DELHI - Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi "
         "agreed Monday in a telephone call to bolster security ties.", []),
        (" date 2023-03-21\nNEW DELHI - Indian Prime Minister Narendra Modi agreed Monday to bolster security ties "
         "with Japan.", []),
        (" date 2023-03-21\nNEW DELHI - Japan and India agreed Monday to bolster security ties.", []),
    ],
)  # fmt: skip
def test_a_guest_with_the_host_in_the_dateline_place_is_visiting(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Over a signing, chairing or holding a meeting of the two, or agreeing on a day told, in the dateline's place."""
    visits = [f for f in extract_article(text).facts if f.kind == FactKind.VISIT]
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # said on a day at or during the talks with the guest: the talks' day
        (" date 2018-05-10\nASTANA - Chinese companies have invested $19 billion in Kazakhstan, Kazakh Prime Minister "
         "Bakytzhan Sagintayev said on Wednesday at a meeting with Chinese Vice Premier Hu Chunhua.",
         [("CHN", "KAZ", "2018-05-09")]),
        (" date 2023-05-11\nNAIROBI - Kenya will expand trade, Trade Minister Moses Kuria said on Wednesday during "
         "talks with Indian Commerce Minister Piyush Goyal.", [("IND", "KEN", "2023-05-10")]),
        # near miss: said a day after the talks: the story's month
        (" date 2023-05-11\nNAIROBI - Kenya will expand trade, Trade Minister Moses Kuria said on Wednesday, a day "
         "after talks with Indian Commerce Minister Piyush Goyal.", [("IND", "KEN", "2023-05")]),
    ],
)  # fmt: skip
def test_talks_in_the_dateline_capital_on_the_day_said_at_them(text: str, expected: list[tuple[str, str, str]]) -> None:
    visits = [f for f in extract_article(text).facts if f.kind == FactKind.VISIT]
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


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


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # a title from the first sentence ends at its full stop, not an abbreviation's
        ("China's trade with the region reached a record 489 billion U.S. dollars in 2023, customs data showed.",
         "China's trade with the region reached a record 489 billion U.S. dollars in 2023, customs data showed."),
        ("Trade between the U.K. and India reached 39 billion pounds in 2023. It grew.",
         "Trade between the U.K. and India reached 39 billion pounds in 2023."),
        # near miss: a sentence ending in an initialism ends there
        ("India's trade reached record levels with the U.S. Exports rose 8 percent in 2023.",
         "India's trade reached record levels with the U.S."),
    ],
)  # fmt: skip
def test_a_title_taken_from_the_first_sentence_ends_at_its_full_stop(first: str, title: str) -> None:
    from app.extract.cleaning import sentence_title

    assert sentence_title(first, [(0, len(first))]) == title


def test_a_figure_given_in_two_currencies_is_one_figure_with_the_articles_dollar_value() -> None:
    fact = only(
        "Trade between Norway and Denmark amounted to NOK 95 billion (about $10.4 billion) in 2018.",
        FactKind.TRADE_TOTAL,
        "2019-05-02",
    )
    assert (fact.currency, fact.amount, fact.value_usd) == ("NOK", 95e9, 10.4e9)
    assert fact.basis is not None and "article's own conversion" in fact.basis
    dollars_first = only(
        "Bilateral trade between India and Oman reached $5.2 billion, or some Rs 38,000 crore, in 2019.",
        FactKind.TRADE_TOTAL,
        "2020-02-01",
    )
    assert (dollars_first.currency, dollars_first.value_usd, dollars_first.year) == ("USD", 5.2e9, 2019)


def test_for_the_first_time_does_not_part_a_figure_from_its_year() -> None:
    fact = only(
        "Trade between Croatia and Slovenia topped 6 billion euros for the first time in 2022.",
        FactKind.TRADE_TOTAL,
        "2023-01-20",
    )
    assert (fact.year, fact.currency, fact.amount) == (2022, "EUR", 6e9)


def test_sino_and_indo_name_china_and_india_as_half_of_a_pair() -> None:
    fact = only("Sino-Chilean trade climbed to $45 billion in 2019.", FactKind.TRADE_TOTAL, "2020-03-01")
    assert fact.countries == ("CHL", "CHN")
    fact = only("Indo-Bhutanese trade was $1.2 billion in 2020.", FactKind.TRADE_TOTAL, "2021-03-01")
    assert fact.countries == ("BTN", "IND")


def test_it_and_this_amount_point_back_to_the_trade_of_the_sentence_before() -> None:
    facts = facts_of(
        "Last year, trade between Chile and Korea was $11.2 billion. In the first five months of this year, "
        "it reached $4.9 billion, up 6.5% year-on-year.",
        "2023-07-10",
    )
    totals = sorted(
        (f.year, f.partial_period, f.value_usd) for f in facts if f.kind == FactKind.TRADE_TOTAL and not f.derived
    )
    assert totals == [(2022, None, 11.2e9), (2023, "first five months", 4.9e9)]
    growth = next(f for f in facts if f.kind == FactKind.TRADE_GROWTH)
    assert (growth.year, growth.percent, growth.countries) == (2023, 6.5, ("CHL", "KOR"))

    facts = facts_of(
        "Trade between Ghana and Turkey stood at 1.9 billion U.S. dollars in 2021.\n"
        "This amount represented an increase of 12.3 percent over the previous year.",
        "2022-04-04",
    )
    growth = next(f for f in facts if f.kind == FactKind.TRADE_GROWTH)
    assert (growth.year, growth.percent, growth.countries) == (2021, 12.3, ("GHA", "TUR"))
    assert growth.quote.startswith("Trade between Ghana and Turkey")  # the quote holds both sentences


def test_a_year_stated_only_in_the_trade_sentence_before() -> None:
    facts = facts_of(
        "In 2017, trade between Morocco and Senegal grew by 9 percent. Bilateral trade reached $150 million.",
        "2018-06-01",
        FactKind.TRADE_TOTAL,
    )
    assert [(f.year, f.value_usd) for f in facts if not f.derived] == [(2017, 150e6)]
    # A figure said to hold now is not that year's, and a pronoun after a sentence not about trade is no total.
    assert not facts_of(
        "In 2017, trade between Morocco and Senegal grew by 9 percent. Bilateral trade now stands at $150 million.",
        "2018-06-01",
        FactKind.TRADE_TOTAL,
    )
    assert not facts_of(
        "Morocco and Senegal opened a consulate in 2017. It cost $15 million.", "2018-06-01", FactKind.TRADE_TOTAL
    )


def test_deficits_pointed_back_to_are_not_totals() -> None:
    assert not facts_of(
        "A table of trade between Chile and Japan was printed. It shows the 1986 and 1985 deficits "
        "at 1.2 billion and 1.1 billion dlrs.",
        "1987-03-02",
        FactKind.TRADE_TOTAL,
    )


def test_more_than_in_the_same_period_is_growth() -> None:
    growth = only(
        "Trade between Georgia and Armenia amounted to $310 million in January-June 2019, "
        "which is 14.2% more than in the same period of 2018.",
        FactKind.TRADE_GROWTH,
        "2019-08-01",
    )
    assert (growth.year, growth.percent) == (2019, 14.2)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Trade turnover between Azerbaijan and Georgia amounted to $820 million in January-May 2022. "
            "This is 11.6 percent more compared to the same period of 2021.",
            (2022, 11.6),
        ),
        (
            "The commodity turnover between Belarus and Uzbekistan totalled $1.1 billion in 2019, "
            "7 per cent more compared with 2018.",
            (2019, 7.0),
        ),
        (
            "Bilateral trade between Kyrgyzstan and Turkey reached $950 million in 2021. "
            "That is 26.3% greater as compared to the previous year.",
            (2021, 26.3),
        ),
    ],
)
def test_more_compared_to_is_growth(body: str, expected: tuple[int, float]) -> None:
    growth = only(body, FactKind.TRADE_GROWTH, "2022-07-01")
    assert (growth.year, growth.percent) == expected


def test_percent_more_of_a_good_is_no_growth() -> None:
    # Near miss: "more" of something else, compared with a year: no growth of the trade.
    facts = facts_of(
        "Trade between Georgia and Armenia amounted to $420 million in 2021. Georgia sold 18 percent more "
        "wine compared to 2020.",
        "2022-03-01",
        FactKind.TRADE_GROWTH,
    )
    assert facts == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fiscal year written with both its years in full ("1999-2000", "2017/2018"): recorded as "1999-00" is
        ("India's trade with Iran was worth 1.2 billion dollars in 1999-2000, mostly Indian imports of Iranian "
         "crude oil.", [(1999, "1999-00", 1.2e9)]),
        ("Bilateral trade between Pakistan and China reached $15 billion in 2017/2018.", [(2017, "2017-18", 15e9)]),
        ("Trade between Bangladesh and India stood at $18 billion in the 2021–2022 fiscal year.",
         [(2021, "2021-22", 18e9)]),
        ("Trade between India and Iran grew from 2016-2017 to 2019-2020 to $12 billion.", [(2019, "2019-20", 12e9)]),
        # near misses: years not one after the other; two years told as a span
        ("Trade between India and Iran totalled $60 billion in 1999-2004.", []),
        ("Trade between India and Iran totalled $30 billion between 2019 and 2020.", []),
    ],
)  # fmt: skip
def test_a_fiscal_year_written_with_both_years_in_full(sentence: str, expected: list[tuple[int, str, float]]) -> None:
    facts = [f for f in facts_of(sentence, "2021-04-11", FactKind.TRADE_TOTAL) if not f.derived]
    assert [(f.year, f.fiscal_year, f.value_usd) for f in facts] == expected


def test_a_fiscal_year_is_recorded_under_its_start_year_and_marked() -> None:
    facts = facts_of(
        "Bilateral trade between India and Oman reached US$12.4 billion in FY 2022-23, up 24 per cent "
        "from the previous fiscal year. Between April and June of 2023-24, trade between India and Oman "
        "was $2.9 billion.",
        "2023-09-01",
        FactKind.TRADE_TOTAL,
    )
    stated = sorted((f.year, f.fiscal_year, f.partial_period, f.value_usd) for f in facts if not f.derived)
    assert stated == [(2022, "2022-23", None, 12.4e9), (2023, "2023-24", "April–June", 2.9e9)]
    derived = next(f for f in facts if f.derived)  # 12.4 ÷ 1.24: the fiscal year before
    assert (derived.year, derived.fiscal_year, round(derived.value_usd or 0)) == (2021, "2021-22", 10_000_000_000)
    assert derived.derivation is not None and "in FY 2022-23" in derived.derivation
    assert (
        extract_article(" date 2023-09-01 India and Oman traded $12.4 billion in 2022-23.")
        .facts[0]
        .to_record("a.txt")["fiscal_year"]
        == "2022-23"
    )
    # A span of years is no fiscal year: "2015-20" is five years.
    assert [
        f.fiscal_year for f in facts_of("Trade between India and Oman was $40 billion in 2015-20.", "2021-01-01")
    ] in (
        [],
        [None],
    )


@pytest.mark.parametrize(
    ("sentence", "currency", "amount", "usd"),
    [
        ("Trade between Saudi Arabia and Japan stood at SR 150 billion in 2019.", "SAR", 150e9, 40e9),
        ("Trade between the UAE and Kenya hit Dh 36.725 billion in 2021.", "AED", 36.725e9, 10e9),
        ("Trade between Qatar and Oman reached QR 3.64 billion in 2020.", "QAR", 3.64e9, 1e9),
        ("Trade between Egypt and Greece reached 30 billion Egyptian pounds in 2018.", "EGP", 30e9, None),
        ("Trade between Pakistan and Iran stood at 90 billion Pakistani rupees in 2017.", "PKR", 90e9, None),
        ("Trade between South Africa and Zambia amounted to R30 billion in 2021.", "ZAR", 30e9, "ecb"),
        # Oman's rial, Jordan's dinar and Egypt's pound as the region's press writes them before a figure
        ("Trade exchange between Oman and India reached RO4.6 billion in 2022.", "OMR", 4.6e9, 4.6e9 / 0.3845),
        ("Trade between Jordan and Iraq reached JD 1.2 billion in 2019.", "JOD", 1.2e9, 1.2e9 / 0.709),
        ("Trade between Egypt and Sudan amounted to LE 18 billion in 2020.", "EGP", 18e9, None),
        # Ghana's cedi and Egypt's pound by their signs
        ("Ghana-Nigeria trade volume reached GH¢14 billion in 2021.", "GHS", 14e9, None),
        ("Trade between Ghana and Togo reached GH₵ 2.5 billion in 2021.", "GHS", 2.5e9, None),
        ("Trade between Egypt and Jordan reached E£30 billion in 2021.", "EGP", 30e9, None),
        # Rwanda's franc as Kigali's press writes it ("Rwf3 billion", "Frw 45 billion"), and Africa's other ISO codes
        ("Trade between Morocco and Rwanda was about Rwf3 billion in 2021.", "RWF", 3e9, None),
        ("Trade between Rwanda and Kenya reached Frw 45 billion in 2021.", "RWF", 45e9, None),
        ("Trade between Senegal and Mali reached XOF 600 billion in 2021.", "XOF", 600e9, None),
        ("Trade between Mozambique and Malawi was MZN 12 billion in 2021.", "MZN", 12e9, None),
        ("Trade between Angola and Namibia reached 90 billion kwanzas in 2021.", "AOA", 90e9, None),
        ("Trade between Rwanda and Burundi reached 20 billion Rwandan francs in 2021.", "RWF", 20e9, None),
    ],
)
def test_currencies_named_by_country_and_pegged_to_the_dollar(
    sentence: str, currency: str, amount: float, usd: float | str | None
) -> None:
    fact = only(sentence, FactKind.TRADE_TOTAL, "2022-05-01")
    assert (fact.currency, fact.amount) == (currency, amount)
    if usd is None:  # a currency the ECB does not quote: no dollar value, never a silent dollar
        assert fact.value_usd is None and fact.basis == f"stated in {currency}; no {fact.year} rate to US dollars"
    elif usd == "ecb":
        assert fact.value_usd is not None and fact.basis is not None and "ECB" in fact.basis
    else:
        assert fact.value_usd == pytest.approx(usd)
        assert fact.basis is not None and "fixed peg" in fact.basis


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the letters of a currency inside a word or a name are none
        "Trade between Rwanda and Uganda (Frwd 2021 report) reached $500 million in 2021.",
        "Trade between Rwanda and Kenya reached $500 million in 2021, the RWFA said.",
    ],
)
def test_letters_like_a_francs_are_no_currency(sentence: str) -> None:
    fact = only(sentence, FactKind.TRADE_TOTAL, "2022-05-01")
    assert (fact.currency, fact.amount) == ("USD", 500e6)


def test_the_letters_of_a_rial_inside_a_word_are_no_currency() -> None:
    fact = only(
        "Ahead of EURO 2024, trade between Germany and Turkey reached $50 billion in 2023.", FactKind.TRADE_TOTAL
    )
    assert (fact.year, fact.value_usd, fact.currency) == (2023, 50e9, "USD")


@pytest.mark.parametrize(
    ("sentence", "currency", "amount", "per_rupee"),
    [
        ("Bhutan's trade with India reached Nu 128 billion in 2022.", "BTN", 128e9, 1.0),
        ("Trade between Bhutan and India stood at Nu. 95.6 billion in 2019.", "BTN", 95.6e9, 1.0),
        ("Trade between Bhutan and Bangladesh was worth 4.2 billion ngultrum in 2021.", "BTN", 4.2e9, 1.0),
        ("Trade between Nepal and India reached NRs 1,100 billion in 2022.", "NPR", 1100e9, 1.6),
        ("Trade between Nepal and China stood at 250 billion Nepali rupees in 2021.", "NPR", 250e9, 1.6),
    ],
)
def test_currencies_pegged_to_the_indian_rupee(sentence: str, currency: str, amount: float, per_rupee: float) -> None:
    """The ngultrum (at par) and the Nepalese rupee (1.6 to the Indian rupee) are converted through the rupee's
    ECB rate of the year, and say so."""
    fact = only(sentence, FactKind.TRADE_TOTAL, "2023-05-01")
    assert (fact.currency, fact.amount) == (currency, amount)
    inr = year_rate("INR", fact.year)
    assert inr is not None and fact.value_usd == pytest.approx(amount / per_rupee * inr)
    assert fact.basis is not None and f"peg to the Indian rupee (1 INR = {per_rupee:g} {currency})" in fact.basis


def test_a_name_before_a_year_is_no_ngultrum() -> None:
    """ "U Nu" is a Burmese prime minister: only "Nu" before an amount with a scale is the currency."""
    facts = facts_of("Trade between Burma and India grew under U Nu 1958 to 1960.", "1961-01-01", FactKind.TRADE_TOTAL)
    assert facts == []


@pytest.mark.parametrize(
    ("sentence", "published", "pair", "year", "value", "partial", "basis"),
    [
        # a country's world trade set against its trade with the partner, the year stated once for both
        (
            "China's total foreign trade reached $6.3 trillion in 2022, while trade with Peru was $38 billion.",
            "2023-03-01",
            ("CHN", "PER"),
            2022,
            38e9,
            None,
            "in the clause it is set against",
        ),
        (
            "In 2021, Peru's total exports rose to $63 billion, whereas its trade with China reached $35 billion.",
            "2022-03-01",
            ("CHN", "PER"),
            2021,
            35e9,
            None,
            "in the clause it is set against",
        ),
        (
            "Korea's trade with the world hit $690 billion in the first half of 2023, while trade with Vietnam stood "
            "at $42 billion.",
            "2023-08-01",
            ("KOR", "VNM"),
            2023,
            42e9,
            "first half",
            "in the clause it is set against",
        ),
        # "In 2022, … exported …, imported …, bringing two-way trade to $500 million": one date for the sentence
        (
            "In 2022, Vietnam exported $320 million worth of goods to Peru and imported $180 million from the "
            "country, bringing two-way trade to $500 million.",
            "2023-06-12",
            ("PER", "VNM"),
            2022,
            5e8,
            None,
            "the date the sentence opens with",
        ),
        (
            "Last year, Chile bought $2.1 billion of Korean goods and sold $3.4 billion to Korea, taking total "
            "trade between Chile and Korea to $5.5 billion.",
            "2024-02-01",
            ("CHL", "KOR"),
            2023,
            5.5e9,
            None,
            "the date the sentence opens with",
        ),
        (
            "In the first half of 2023, Thailand's exports to Laos rose to $2.3 billion and two-way trade between "
            "Thailand and Laos reached $3.1 billion.",
            "2023-08-01",
            ("LAO", "THA"),
            2023,
            3.1e9,
            "first half",
            "the date the sentence opens with",
        ),
    ],
)
def test_a_figure_shares_a_date_stated_elsewhere_in_its_sentence(
    sentence: str, published: str, pair: tuple[str, str], year: int, value: float, partial: str | None, basis: str
) -> None:
    fact = only(sentence, FactKind.TRADE_TOTAL, published)
    assert (fact.countries, fact.year, fact.value_usd, fact.partial_period) == (pair, year, value, partial)
    assert fact.basis is not None and basis in fact.basis and fact.confidence < 0.9
    # the quote holds the date it takes, and ends with the figure
    dated_at = min(i for words in (str(year), "Last year", "first half") if (i := sentence.find(words)) >= 0)
    assert sentence.index(fact.quote) <= dated_at and fact.quote.endswith(("billion", "million"))


def test_a_figure_of_another_year_does_not_take_the_opening_date() -> None:
    fact = only(
        "In 2022, trade between Chile and Peru reached $4.2 billion, up from $3.9 billion.", FactKind.TRADE_TOTAL
    )
    assert (fact.year, fact.value_usd) == (2022, 4.2e9)
    facts = facts_of(
        "In 2022, trade between Chile and Peru reached $4.2 billion, against $3.9 billion in 2021.",
        "2023-03-01",
        FactKind.TRADE_TOTAL,
    )
    assert sorted((f.year, f.value_usd) for f in facts if not f.derived) == [(2021, 3.9e9), (2022, 4.2e9)]


def test_a_figure_not_set_against_the_dated_one_does_not_take_its_date() -> None:
    """ "up from $3.9 billion" is another year's figure; "while in 2021 …" states its own."""
    fact = only("Trade between Chile and Peru was $4.2 billion in 2019, up from $3.9 billion.", FactKind.TRADE_TOTAL)
    assert (fact.year, fact.value_usd) == (2019, 4.2e9)
    fact = only(
        "China's total trade reached $6.3 trillion in 2022, while in 2021 trade with Peru was $35 billion.",
        FactKind.TRADE_TOTAL,
        "2023-03-01",
    )
    assert (fact.year, fact.value_usd) == (2021, 35e9)


def test_a_year_earlier_is_the_year_before_the_one_stated() -> None:
    facts = facts_of(
        "Trade between Chile and Peru was $4.2 billion in 2019, down from $4.6 billion a year earlier.",
        "2020-06-01",
        FactKind.TRADE_TOTAL,
    )
    assert sorted((f.year, f.value_usd) for f in facts) == [(2018, 4.6e9), (2019, 4.2e9)]
    older = next(f for f in facts if f.year == 2018)
    assert older.basis == "year from “a year earlier”: the year before 2019"
    # Without a year stated in the sentence, "the previous year" is the year before publication.
    fact = only(
        "Trade between Chile and Peru reached $4.6 billion the previous year.", FactKind.TRADE_TOTAL, "2020-06-01"
    )
    assert fact.year == 2019


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "Last year, bilateral trade between Indonesia and Chile reached US$1.5 billion, up from US$1.2 billion "
            "a year earlier.",
            "2023-05-10",
            [(2021, 1.2e9), (2022, 1.5e9)],
        ),
        (
            "Trade between Ghana and Turkey rose to $2.1 billion last year from $1.8 billion the year before.",
            "2024-02-01",
            [(2022, 1.8e9), (2023, 2.1e9)],
        ),
        (
            "Two years ago trade between Peru and South Korea stood at $3.3 billion, against $2.9 billion the "
            "preceding year.",
            "2023-09-15",
            [(2020, 2.9e9), (2021, 3.3e9)],
        ),
    ],
)
def test_a_year_earlier_counts_back_from_a_year_stated_relative_to_the_story(
    sentence: str, published: str, expected: list[tuple[int, float]]
) -> None:
    """ "last year …, up from X a year earlier": the year before last year, not last year again."""
    facts = facts_of(sentence, published, FactKind.TRADE_TOTAL)
    assert sorted((f.year, f.value_usd) for f in facts) == expected


def test_a_year_earlier_does_not_count_back_from_a_day() -> None:
    """A weekday or "yesterday" says when something was said, not which year a figure is of: without a year
    stated, "a year earlier" stays the year before publication (here the Monday fell in the year before)."""
    fact = only(
        "Trade between Chile and Peru, officials said on Monday, reached $4.6 billion a year earlier.",
        FactKind.TRADE_TOTAL,
        "2021-01-01",
    )
    assert fact.year == 2020


def test_valued_at_nearly_hedges_with_nearly() -> None:
    fact = only(
        "Trade between Chile and Peru was valued at nearly $5 billion in 2019.", FactKind.TRADE_TOTAL, "2020-01-01"
    )
    assert (fact.qualifier, fact.value_usd) == ("nearly", 5e9)


SHORT_WIRE = """ date 1987-11-04
THATCHER TO VISIT MEXICO
    LONDON, Nov 4 - Prime Minister Margaret Thatcher will visit
Mexico next month, Downing Street said. Britain's trade with Mexico
was 900 mln stg in 1986.
 REUTER
"""


def test_a_short_wire_story_is_read_as_hard_wrapped() -> None:
    facts = extract_article(SHORT_WIRE).facts
    visit = next(f for f in facts if f.kind == FactKind.VISIT)
    assert visit.date == "1987-12"  # "next month" in the line after the break, not the story's month
    total = next(f for f in facts if f.kind == FactKind.TRADE_TOTAL)
    assert (total.year, total.currency, total.amount) == (1986, "GBP", 900e6)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Austrian-Polish trade totalled 1.9 billion dlrs in the first nine months of 1987, up from\n"
            "1.7 billion in the same period of 1986.",
            "1987-11-20",
            [(1986, "first nine months", 1.7e9), (1987, "first nine months", 1.9e9)],
        ),
        (
            "In the first half, trade between Chile and Peru reached $1.6 billion, against $1.4 billion in "
            "the same period last year.",
            "2019-08-01",
            [(2018, "first half", 1.4e9), (2019, "first half", 1.6e9)],
        ),
    ],
)
def test_the_same_period_is_the_part_of_the_year_named_before(
    text: str, published: str, expected: list[tuple[int, str, float]]
) -> None:
    facts = facts_of(text, published, FactKind.TRADE_TOTAL)
    assert sorted((f.year, f.partial_period, f.value_usd) for f in facts) == expected


@pytest.mark.parametrize(
    ("sentence", "year", "value", "fiscal"),
    [
        ("Trade between Japan and South Korea rose to 13.1 billion dlrs in calendar 1986.", 1986, 13.1e9, None),
        ("Trade between India and Iran reached 2.3 billion dlrs in fiscal 1985/86.", 1985, 2.3e9, "1985-86"),
        ("Trade between Chile and Peru was $4.2 billion in calendar year 2019.", 2019, 4.2e9, None),
    ],
)
def test_a_year_called_calendar_or_fiscal_dates_the_figure_before_it(
    sentence: str, year: int, value: float, fiscal: str | None
) -> None:
    """Newswire sets "calendar 1986" apart from a fiscal year; the word stood between the figure and its year."""
    fact = only(sentence, FactKind.TRADE_TOTAL, "1987-04-10")
    assert (fact.year, fact.value_usd, fact.fiscal_year) == (year, value, fiscal)


@pytest.mark.parametrize(
    ("sentence", "published", "currency"),
    [
        ("Trade between India and the Soviet Union reached 3.5 billion roubles in 1986.", "1987-04-10", "SUR"),
        ("Trade between Finland and Russia was 4 trillion rubles in 1995.", "1996-02-01", "RUR"),
        ("Trade between Russia and Belarus reached 2 trillion roubles in 2021.", "2022-02-01", "RUB"),
    ],
)
def test_roubles_keep_the_code_of_their_time(sentence: str, published: str, currency: str) -> None:
    """As the Soviet Union keeps SUN, its rouble keeps SUR; the Russian rouble was RUR until 1997."""
    fact = only(sentence, FactKind.TRADE_TOTAL, published)
    assert fact.currency == currency and fact.basis is not None and currency in fact.basis


@pytest.mark.parametrize(
    ("sentence", "published", "year", "part"),
    [
        ("From January to May, two-way trade between Thailand and Laos hit $2.1 billion.", "2023-07-15", 2023, "May"),
        ("Trade between Chile and Peru in January-September totalled $3 billion.", "2023-02-10", 2022, "September"),
        ("Between March and June, trade between Kenya and Egypt was $400 million.", "2023-08-01", 2023, "June"),
    ],
)
def test_months_without_a_year_are_the_latest_such_months_before_publication(
    sentence: str, published: str, year: int, part: str
) -> None:
    """As "In the first half, …" is the latest first half that had ended when the story appeared."""
    fact = only(sentence, FactKind.TRADE_TOTAL, published)
    assert fact.year == year and fact.partial_period is not None and fact.partial_period.endswith(part)
    assert fact.unresolved is None


def test_months_without_a_year_or_a_publication_date_stay_unresolved() -> None:
    fact = only("From January to May, two-way trade between Thailand and Laos hit $2.1 billion.", FactKind.TRADE_TOTAL)
    assert fact.year is None and fact.unresolved == "(year not stated)"


def test_a_year_named_by_its_end_is_a_fiscal_year() -> None:
    facts = facts_of(
        "Trade between Australia and Japan rose 9 pct to 28.5 billion Australian dlrs in the year ended June 30.",
        "1987-09-15",
    )
    total = next(f for f in facts if f.kind == FactKind.TRADE_TOTAL)
    assert (total.year, total.fiscal_year, total.currency, total.amount) == (1986, "1986-87", "AUD", 28.5e9)
    growth = next(f for f in facts if f.kind == FactKind.TRADE_GROWTH)
    assert (growth.year, growth.fiscal_year, growth.percent) == (1986, "1986-87", 9.0)
    # A year that ends in December is the calendar year.
    fact = only("Trade between Chile and Peru was $2 billion in the year to December 2018.", FactKind.TRADE_TOTAL)
    assert (fact.year, fact.fiscal_year) == (2018, None)


def test_a_forecast_set_against_last_years_figure_keeps_last_years_figure() -> None:
    facts = facts_of(
        "Polish-Soviet trade is expected to total 14 billion roubles this year against 13.2 billion last year.",
        "1987-02-10",
        FactKind.TRADE_TOTAL,
    )
    assert [(f.year, f.currency, f.amount) for f in facts] == [(1986, "SUR", 13.2e9)]  # the Soviet rouble


@pytest.mark.parametrize(
    ("written", "currency", "amount"),
    [
        ("28.5 billion markkaa", "FIM", 28.5e9),
        ("4.1 billion schillings", "ATS", 4.1e9),
        ("16.4 billion marks", "DEM", 16.4e9),
        ("3.2 billion Canadian dlrs", "CAD", 3.2e9),
        # a country's dollars abbreviated as the wire abbreviates it
        ("5.4 billion N.Z. dlrs", "NZD", 5.4e9),
        ("2.1 billion H.K. dlrs", "HKD", 2.1e9),
        ("7.5 billion Hongkong dlrs", "HKD", 7.5e9),
        ("3.3 billion Aust dlrs", "AUD", 3.3e9),
    ],
)
def test_currencies_of_the_newswire_era(written: str, currency: str, amount: float) -> None:
    fact = only(f"Trade between Sweden and Denmark was {written} in 1986.", FactKind.TRADE_TOTAL, "1987-03-01")
    assert (fact.currency, fact.amount) == (currency, amount)  # exact: 16.4 billion, not 16399999999.999998


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # "dollars" alone after another country's dollars in the sentence are those dollars
        (
            "Canada's two-way trade with Japan rose to 22.9 billion Canadian dlrs in 1986 from 20.6 billion dlrs in "
            "1985.",
            [(1985, "CAD", 20.6e9), (1986, "CAD", 22.9e9)],
        ),
        (
            "Two-way trade between New Zealand and Korea hit NZ$7.6 billion in 2023, up from $7.1 billion in 2022.",
            [(2022, "NZD", 7.1e9), (2023, "NZD", 7.6e9)],
        ),
        # near miss: US dollars named are not Canada's (the change between two currencies is read as no total)
        (
            "Trade between Canada and Japan rose to 22.9 billion Canadian dlrs in 1986 from 17 billion U.S. dlrs in "
            "1985.",
            [(1986, "CAD", 22.9e9)],
        ),
    ],
)
def test_dollars_after_another_countrys_dollars_are_those(sentence: str, figures: list[tuple[int, str, float]]) -> None:
    facts = facts_of(sentence, "1987-04-02" if "1986" in sentence else "2024-02-01", FactKind.TRADE_TOTAL)
    assert sorted((f.year, f.currency, f.amount) for f in facts if not f.derived) == figures


def test_a_figure_converted_in_brackets_stays_one_figure() -> None:
    fact = only(
        "Trade between Australia and Japan was A$2.1 billion ($1.4 billion) in 2023.",
        FactKind.TRADE_TOTAL,
        "2024-02-01",
    )
    assert (fact.currency, fact.amount, fact.value_usd) == ("AUD", 2.1e9, 1.4e9)


def test_weekdays_follow_their_own_clause_and_each_other() -> None:
    # Wednesday 12 June 2019: "landed on Saturday" is the Saturday before; talks "starting Sunday" the day after.
    facts = extract_article(
        " date 2019-06-12 \nIndian Prime Minister Narendra Modi landed in Male on Saturday for talks starting "
        "Sunday with the Maldives' president."
    ).facts
    assert [f.date for f in facts if f.kind == FactKind.VISIT] == ["2019-06-08"]
    from app.domain.dates import PartialDate
    from app.extract.periods import find_dates

    dates = find_dates("He landed on Monday for talks starting Monday.", PartialDate(2019, 6, 12))
    assert [d.date.iso() for d in dates if d.date] == ["2019-06-10", "2019-06-10"]  # the same Monday
    dates = find_dates("He will arrive on Saturday.", PartialDate(2019, 6, 12))
    assert [d.date.iso() for d in dates if d.date] == ["2019-06-15"]
    # a weekday told after another with "after" or "following" between them is before it, not a week on
    dates = find_dates("He ended his visit on Friday following a meeting on Wednesday.", PartialDate(2019, 6, 15))
    assert [d.date.iso() for d in dates if d.date] == ["2019-06-14", "2019-06-12"]
    dates = find_dates("He will land on Friday after stopping in Jakarta on Wednesday.", PartialDate(2019, 6, 11))
    assert [d.date.iso() for d in dates if d.date] == ["2019-06-14", "2019-06-12"]
    # near miss: without one, the next such day on or after the other
    dates = find_dates("He will land on Friday and fly on Wednesday.", PartialDate(2019, 6, 11))
    assert [d.date.iso() for d in dates if d.date] == ["2019-06-14", "2019-06-19"]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # a day of May written day first, without its year, is a date as a day of any other month is
        ("Chilean President Michelle Bachelet met fishermen in Paita on 14 May.", ["2016-05-14"]),
        ("The visit on 3 May was short.", ["2016-05-03"]),
        ("Talks were held from 2 March to 14 May in Lima, and again on 1 May.", ["2016-03-02", "2016-05-01"]),
        # near misses: the verb "may" after a figure
        ("Exports may rise 14 percent, and imports may fall 5 percent.", []),
        ("Of the 12 agreements, 5 may be signed soon.", []),
    ],
)
def test_a_day_of_may_written_day_first_is_a_date(sentence: str, dates: list[str]) -> None:
    from app.domain.dates import PartialDate
    from app.extract.periods import find_dates

    found = find_dates(sentence, PartialDate(2016, 5, 20))
    assert [d.date.iso() for d in found if d.date] == dates


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # A weekday before its verb ("X and Y on Friday signed …"): the verb after it tells its tense, not a
        # "will" later in the sentence. Saturday 18 March 2023.
        ("Pakistan and Uzbekistan on Friday signed a transit agreement, which will allow goods to move.", "2023-03-17"),
        ("The two ministers on Monday held talks in Lima and will meet again in May.", "2023-03-13"),
        ("Kenya's president on Tuesday evening arrived in Addis Ababa, where he will stay two days.", "2023-03-14"),
        ("Kenya and Ethiopia on Thursday will sign a power agreement.", "2023-03-23"),
        # near miss: the verb after the weekday speaks of what is to come
        (
            "Kenya and Ethiopia on Thursday are expected to sign a power agreement, which will be their first.",
            "2023-03-23",
        ),
    ],
)
def test_a_weekday_before_its_verb_takes_that_verbs_tense(sentence: str, date: str) -> None:
    from app.domain.dates import PartialDate
    from app.extract.periods import find_dates

    dates = find_dates(sentence, PartialDate(2023, 3, 18))
    assert next(d.date.iso() for d in dates if d.date) == date


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # "with (bilateral) trade of $X" in a sentence of no year: the year of the trade sentence before
        ("China's trade with Latin America reached a record 489 billion dollars in 2023.\nBrazil remained China's "
         "largest trading partner in the region, with bilateral trade of 181.5 billion dollars, followed by Mexico.",
         [(("BRA", "CHN"), 2023, 181.5e9)]),
        ("India's trade with ASEAN reached $131 billion in 2022-23.\nSingapore was India's largest partner in the "
         "bloc, with two-way trade of about $35.6 billion.", [(("IND", "SGP"), 2022, 35.6e9)]),
        # and the trade sentence after it, of another partner
        ("China's trade with Latin America reached a record 489 billion dollars in 2023.\nBrazil remained China's "
         "largest trading partner in the region, with bilateral trade of 181.5 billion dollars.\nChina's trade with "
         "Peru rose 7.5 percent to 39.6 billion dollars.", [(("BRA", "CHN"), 2023, 181.5e9), (("CHN", "PER"), 2023,
                                                            39.6e9)]),
        # the sentence before dated also by the day its figures were shown, released or published
        ("China's trade with Latin America reached 489 billion U.S. dollars in 2023, customs data showed on Friday."
         "\nBrazil remained China's largest trading partner in the region, with bilateral trade of 181.5 billion "
         "dollars.", [(("BRA", "CHN"), 2023, 181.5e9)]),
        ("India's trade with ASEAN reached $131 billion in 2022-23, according to figures released on Monday.\n"
         "Singapore was India's largest partner in the bloc, with two-way trade of about $35.6 billion.",
         [(("IND", "SGP"), 2022, 35.6e9)]),
        # near miss: a deal worth a sum, no trade
        ("Trade between China and Brazil grew in 2023.\nBrazil signed deals worth 18 billion dollars with China.", []),
    ],
)  # fmt: skip
def test_trade_of_a_sum_takes_the_year_of_the_sentence_before(
    story: str, expected: list[tuple[tuple[str, str], int, float]]
) -> None:
    facts = [f for f in facts_of(f"Head\n{story}", "2024-01-13", FactKind.TRADE_TOTAL) if not f.derived]
    assert [(f.countries, f.year, f.value_usd) for f in facts] == expected


@pytest.mark.parametrize(
    ("second", "year", "value"),
    [
        # the figure before set against its base in the next sentence: "That was up from …", "It compares with …"
        ("That was up from $3.1 billion in 2019.", 2019, 3.1e9),
        ("It compares with $3.1 billion in 2019.", 2019, 3.1e9),
        ("This was down from $6.2 billion in 2019.", 2019, 6.2e9),
        # with the rate between: "The figure was down 4.1 percent from US$132.6 billion in 2022"
        ("The figure was down 4.1 percent from $5.2 billion in 2019, he said.", 2019, 5.2e9),
        ("That was up 25 per cent from $4 billion in 2019.", 2019, 4e9),
        ("This is up by 8.7% from $4.6 billion in 2019.", 2019, 4.6e9),
    ],
)
def test_the_base_of_the_figure_before_pointed_back_to_is_the_same_trade(second: str, year: int, value: float) -> None:
    facts = facts_of(
        f"Trade between Chile and Peru reached $5 billion in 2020. {second}", "2021-05-05", FactKind.TRADE_TOTAL
    )
    assert [(f.year, f.value_usd) for f in facts if not f.derived] == [(2020, 5e9), (year, value)]


@pytest.mark.parametrize(
    "second",
    [
        # near miss of the above: "up from" a year whose figure is one way's
        "That was up from 2019, when Chile's copper exports were $3.1 billion.",
        "It also signed deals worth $2 billion.",
        "It was the highest level in a decade, with $300 million in new investment.",
        "This figure includes $1.2 billion of copper.",
        "Bilateral trade is dominated by copper, worth $3 billion.",
        "It is set to grow 10 percent this year.",
    ],
)
def test_pointing_back_is_to_a_figure_of_the_same_trade_only(second: str) -> None:
    facts = facts_of(f"Trade between Chile and Peru reached $5 billion in 2020. {second}", "2021-05-05")
    trade = [f for f in facts if f.kind in (FactKind.TRADE_TOTAL, FactKind.TRADE_GROWTH) and not f.derived]
    assert [(f.kind, f.year, f.value_usd) for f in trade] == [(FactKind.TRADE_TOTAL, 2020, 5e9)]


@pytest.mark.parametrize(
    ("sentence", "year", "part"),
    [
        ("Trade between Chile and Mexico was $4 billion in H1 2022.", 2022, "first half"),
        ("Trade between Chile and Mexico in Q3 2022 rose 5% to $1.2 billion.", 2022, "third quarter"),
        ("Trade between Chile and Mexico reached $4 billion as of end-2022.", 2022, None),
        ("By the end of 2022, trade between Chile and Mexico had reached $4 billion.", 2022, None),
    ],
)
def test_short_period_names_and_the_end_of_a_year(sentence: str, year: int, part: str | None) -> None:
    fact = only(sentence, FactKind.TRADE_TOTAL, "2023-03-03")
    assert (fact.year, fact.partial_period) == (year, part)


@pytest.mark.parametrize(
    ("when", "date"),
    [("two weeks ago", "2023-04"), ("a week ago", "2023-05"), ("three days ago", "2023-05-07")],
)
def test_days_and_weeks_ago_against_the_story_date(when: str, date: str) -> None:
    fact = only(f"Chile and Peru signed a fisheries agreement {when}.", FactKind.AGREEMENT, "2023-05-10")
    assert fact.date == date  # weeks ago: the month it falls in; days ago: the day


@pytest.mark.parametrize(
    ("written", "currency", "amount"),
    [
        ("3,4 bn euros", "EUR", 3.4e9),  # a decimal comma before a scale word
        ("EUR 1,25 billion", "EUR", 1.25e9),
        ("1,500 million dollars", "USD", 1.5e9),  # a thousands comma
        ("two billion dlrs", "USD", 2e9),  # a round figure in words, as newswire writes it
        # full stops between thousands, with a decimal comma or a second full stop after
        ("US$ 1.328,5 million", "USD", 1328.5e6),
        ("US$ 1.328.500.000", "USD", 1328.5e6),
        ("EUR 12.345,67 million", "EUR", 12345.67e6),
        # near miss: one full stop and no comma is a decimal point, as English writes it
        ("US$ 6.275 billion", "USD", 6.275e9),
    ],
)
def test_decimal_commas_and_figures_in_words(written: str, currency: str, amount: float) -> None:
    fact = only(f"Trade between Spain and Chile reached {written} in 1986.", FactKind.TRADE_TOTAL, "1987-03-01")
    assert (fact.currency, fact.amount) == (currency, amount)


def test_a_figure_in_words_in_a_sentence_without_digits() -> None:
    fact = only("Trade between Spain and Chile reached two billion dlrs last year.", FactKind.TRADE_TOTAL, "1987-03-01")
    assert (fact.year, fact.value_usd) == (1986, 2e9)


GO_BETWEEN_WIRE = """ date 1988-02-02
TAIWAN TRADE WITH CHINA VIA HONG KONG RISES
    HONG KONG, Feb 2 - Taiwan's indirect trade with China through
Hong Kong rose to 1.5 billion dlrs last year from 955 mln dlrs
in 1986, Hong Kong government statistics showed.
    Hong Kong traders said the trade would keep growing.
 REUTER
"""


def test_a_go_between_is_no_party_even_where_the_story_is_filed() -> None:
    extraction = extract_article(GO_BETWEEN_WIRE)
    assert extraction.pair == ("CHN", "TWN")
    totals = sorted((f.countries, f.year, f.value_usd) for f in extraction.facts if f.kind == FactKind.TRADE_TOTAL)
    assert totals == [(("CHN", "TWN"), 1986, 955e6), (("CHN", "TWN"), 1987, 1.5e9)]


BRIEF = """Chile-Ghana Bilateral Relations
Chile established diplomatic relations with Ghana in 1961.
High Level Visits
President Michelle Bachelet visited Ghana in June 2016.
Commercial Relations
Bilateral trade between Chile and Ghana this year is expected to grow.
February 2024
"""


def test_a_brief_ending_with_its_date_stands_as_of_that_date_and_headings_are_no_facts() -> None:
    extraction = extract_article(BRIEF)
    assert extraction.published is not None and extraction.published.iso() == "2024-02"
    visits = [f.date for f in extraction.facts if f.kind == FactKind.VISIT]
    assert visits == ["2016-06"]  # "High Level Visits" is a heading, not a visit on the brief's date


def test_the_same_year_points_to_the_year_of_the_sentence_before() -> None:
    facts = facts_of(
        "Chile and Ukraine established diplomatic relations in 1992. In the same year, the two countries signed "
        "a trade agreement.",
        "2022-07-07",
        FactKind.AGREEMENT,
    )
    assert [f.date for f in facts] == ["1992"]
    # With no year before it, "the same year" dates nothing: not the story's month either.
    facts = facts_of("In the same year, Chile and Ukraine signed a trade agreement.", "2022-07-07", FactKind.AGREEMENT)
    assert [f.date for f in facts] == [None]


def test_less_than_in_the_same_period_is_a_fall() -> None:
    growth = only(
        "In January-November 2023, trade between Chile and Vietnam amounted to $4.6 billion, which is 13% less "
        "than in the same period of 2022.",
        FactKind.TRADE_GROWTH,
        "2024-02-02",
    )
    assert (growth.year, growth.percent) == (2023, -13.0)


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("12.03.2021 15:20", "2021-03-12"),
        ("2021-03-12T10:30:00Z", "2021-03-12"),
        ("Friday, 12 March, 2021", "2021-03-12"),
        ("March 2021", "2021-03"),
        # a time zone written as an offset, a weekday abbreviated, the agency before the date
        ("12 March 2021 | 10:45 GMT+7", "2021-03-12"),
        ("Fri, 12/03/2021 - 14:20", "2021-03-12"),
        ("(VNA) March 12 2021", "2021-03-12"),
        ("12-Mar-2021", "2021-03-12"),
        # a byline with its date
        ("By Staff Reporter | 12-Mar-2021", "2021-03-12"),
        ("By Nguyen Hoa • March 12, 2021", "2021-03-12"),
        # a byline set off by a dash; a page's "Last Modified:" with its weekday
        ("By Nguyen Van A - 12 Mar 2021, 10:32 GMT+7", "2021-03-12"),
        ("By Ana Ruiz — March 12, 2021", "2021-03-12"),
        # a byline whose date follows "on": "By Aiman Nakispekova in Nation on 22 December 2023"
        ("The Astana Times\nKazakhstan, Uzbekistan aim high\nBy Aiman Nakispekova in Nation on 12 March 2021",
         "2021-03-12"),
        ("Example Post\nChile, Peru sign a deal\nBy John Smith on March 12, 2021", "2021-03-12"),
        ("Viet Nam News\nChile and Peru sign a deal\nLast Modified: Friday, March 12, 2021", "2021-03-12"),
        # a part of a line of parts
        ("Source: Xinhua | 2021-03-12 10:45:12 | Editor: huaxia", "2021-03-12"),
        ("MARCH 12, 2021 / 10:45 AM / UPDATED 2 HOURS AGO", "2021-03-12"),
        # a page's own head lines: a time "on" the day, the agency's dateline and a dash, the American order, a
        # month in capitals, a cue whose line goes on past the date
        ("RNZ\nPacific News\n6:12 pm on 12 March 2021", "2021-03-12"),
        ("Kazinform International News Agency\nASTANA. KAZINFORM – 12 March 2021, 18:40", "2021-03-12"),
        ("DW\nPolitics | Chile | Peru\n03/25/2021", "2021-03-25"),
        ("TASS Russian News Agency\nBusiness & Economy\n12 MAR 2021, 10:15", "2021-03-12"),
        ("DAWN.COM\nPublished September 12, 2021 Updated about a year ago", "2021-09-12"),
        # a label or a byline before the page's stamp with its time, or a byline before its date alone; the fourth
        # head line
        ("Yonhap News Agency\n(LEAD) Chile, Peru sign a deal\nAll News 16:08 March 12, 2021", "2021-03-12"),
        ("Philippine News Agency\nHome > Foreign Affairs\nChile, Peru seal deal\n"
         "By Joyce Ann L. Rocamora  March 12, 2021, 8:12 pm", "2021-03-12"),
        ("Andina\nEconomy\nBusiness Desk 10:45 AM, 12 March 2021", "2021-03-12"),
        ("Example Post\nChile and Peru sign a deal\nBy John Smith March 12, 2021", "2021-03-12"),
        # a line of the date alone, the fourth head line (the outlet, its menu, the headline above)
        ("Daily News Egypt\nPolitics | Business | Opinion\nChile, Peru sign maritime deal\nFriday 12 March 2021",
         "2021-03-12"),
        # a date among a line's parts, the fourth head line, under an interview's quoted headline
        ("Khmer Times\nInterview | Business\n'Chile will remain Peru's key partner'\nKhmer Times | March 12, 2021",
         "2021-03-12"),
        # the date alone on the line under a byline, the fifth head line
        ("The Diplomat\nASEAN | Economy | Southeast Asia\nWhy Peru Matters to Chile\nBy Maria Gonzalez\n"
         "March 12, 2021", "2021-03-12"),
    ],
)  # fmt: skip
def test_a_line_holding_only_a_date_at_the_top_is_the_publication_date(head: str, published: str) -> None:
    extraction = extract_article(f"{head}\nTrade between Chile and Peru reached $5 billion last year.")
    assert extraction.published is not None and extraction.published.iso() == published
    assert [f.year for f in extraction.facts if f.kind == FactKind.TRADE_TOTAL] == [2020]


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("Chile-Korea\nChile and Korea review trade\nSeoul, March 5, 2021 (Yonhap) --", "2021-03-05"),
        ("Trade talks\nHà Nội, 12 March 2021 (VNA) –", "2021-03-12"),
        ("Peru and Chile\nBy a staff writer\nLIMA, March 12, 2021 -", "2021-03-12"),
    ],
)
def test_a_dateline_under_the_headline_dates_the_story(head: str, published: str) -> None:
    extraction = extract_article(f"{head} Trade between Chile and Peru reached $5 billion last year.")
    assert extraction.published is not None and extraction.published.iso() == published
    assert [f.year for f in extraction.facts if f.kind == FactKind.TRADE_TOTAL] == [2020]


@pytest.mark.parametrize(
    ("line", "published"),
    [("Thu Mar 11 2021", "2021-03-11"), ("Sun 14 Mar 2021 - 10:15", "2021-03-14"), ("Wed, 10 Mar 2021", "2021-03-10")],
)
def test_a_date_line_with_its_weekday_shortened_under_the_headline(line: str, published: str) -> None:
    """As a script prints a date ("Thu Mar 11 2021"): the weekday's three letters are no part of the date."""
    extraction = extract_article(f"Chile and Peru\n{line}\nTrade between Chile and Peru reached $5 billion last year.")
    assert extraction.published is not None and extraction.published.iso() == published


def test_a_date_in_a_sentence_under_the_headline_is_no_dateline() -> None:
    text = "Chile and Peru\nTrade, investment rose on March 12, 2021\nTrade between Chile and Peru reached $5 billion."
    assert extract_article(text).published is None


@pytest.mark.parametrize(
    "line",
    [
        "Summit opens at 10:30 on March 12, 2021",
        "Ministers will meet on March 12, 2021 at 10:30",
        "By March 12, 2021, trade had doubled",
    ],
)
def test_a_headline_with_a_time_and_a_date_is_no_date_stamp(line: str) -> None:
    """A stamp after a label is a day and its time and nothing else: a headline telling when is none."""
    text = f"Chile and Peru\n{line}\nTrade between Chile and Peru reached $5 billion."
    assert extract_article(text).published is None


def test_a_year_alone_at_the_top_is_no_publication_date() -> None:
    assert extract_article("2021\nTrade between Chile and Peru reached $5 billion last year.").published is None


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("Updated: March 2023", "2023-03"),
        ("Published: November 2021", "2021-11"),
        ("Posted on 12 March 2023", "2023-03-12"),
        # a ministry's release: "Posted On:", the month in capitals, a time and the office after it
        ("Ministry of Commerce & Industry\nPosted On: 29 DEC 2023 4:15PM by PIB Delhi", "2023-12-29"),
        ("Published on: 05 JUN 2024 10:30AM", "2024-06-05"),
        ("Release date: MARCH 3, 2022", "2022-03-03"),
    ],
)
def test_a_cue_before_a_month_gives_the_month_of_publication(head: str, published: str) -> None:
    """A fact sheet "Updated: March 2023" is as of that month; a year alone ("Date: 2023") is still not enough."""
    extraction = extract_article(f"{head}\nTrade between Chile and Peru reached $5 billion last year.")
    assert extraction.published is not None and extraction.published.iso() == published
    assert extract_article("Date: 2023\nTrade between Chile and Peru reached $5 billion last year.").published is None


@pytest.mark.parametrize(
    "head",
    [
        "(VNA) Talks on March 12 2021",  # more than a date on the line
        "Trade was driven by rice | March 12, 2021 was the day talks began",  # "by" of a sentence, not a byline
        "Home | March 2021 | Archive",  # a month in a menu may be an archive's
    ],
)
def test_a_line_with_more_than_a_date_or_a_byline_gives_no_publication_date(head: str) -> None:
    assert extract_article(f"{head}\nTrade between Chile and Peru reached $5 billion last year.").published is None


# -- a figure written out in full digits, the currency named after it ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "amount", "currency"),
    [
        ("Bilateral trade between Kenya and Uganda amounted to 85,400,000,000 shillings in 2019.", 85.4e9, "KES"),
        ("Two-way trade between Chile and Peru totalled 3,250,000,000 US dollars in 2021.", 3.25e9, "USD"),
        ("Trade between Norway and Sweden reached 145 000 000 000 kroner in 2015.", 145e9, "NOK"),
        ("Trade between the Netherlands and West Germany rose to 110,000,000,000 guilders in 1986.", 110e9, "NLG"),
    ],
)
def test_a_figure_in_full_digits_with_its_currency_after_it_is_money(
    sentence: str, amount: float, currency: str
) -> None:
    (found,) = find_amounts(sentence)
    assert (found.value, found.currency) == (amount, currency)
    fact = only(sentence, FactKind.TRADE_TOTAL, "2022-01-05")
    assert (fact.amount, fact.currency) == (amount, currency)


def test_digits_in_full_without_a_currency_are_not_money() -> None:
    assert find_amounts("The port between Kenya and Uganda handled 1,250,000 tonnes of cargo in 2019.") == []
    assert find_amounts("Some 2 000 000 visitors crossed between Norway and Sweden in 2015.") == []


@pytest.mark.parametrize(
    ("text", "pair", "year", "part", "value"),
    [
        # the figure pointed back to, with the period it is for between it and its verb
        (
            "Trade between Chile and Vietnam has grown steadily. The figure for 2022 was $1.3 billion.",
            ("CHL", "VNM"),
            2022,
            None,
            1.3e9,
        ),
        (
            "Bilateral trade between Peru and Korea keeps rising. The total for 2021 stood at $3.4 billion.",
            ("KOR", "PER"),
            2021,
            None,
            3.4e9,
        ),
        (
            "Two-way trade between India and Chile doubled in a decade. The value in the first half of 2023 reached "
            "$2.1 billion.",
            ("CHL", "IND"),
            2023,
            "first half",
            2.1e9,
        ),
    ],
)
def test_the_figure_for_a_period_points_back_to_the_trade_before(
    text: str, pair: tuple[str, str], year: int, part: str | None, value: float
) -> None:
    fact = only(text, FactKind.TRADE_TOTAL, "2024-05-02")
    assert (fact.countries, fact.year, fact.partial_period, fact.value_usd) == (pair, year, part, value)


@pytest.mark.parametrize(
    "second",
    ["The figure for exports in 2022 was $1 billion.", "The figure for rice alone was $200 million in 2022."],
)
def test_the_figure_for_one_way_or_one_good_is_no_total(second: str) -> None:
    text = f"Trade between Chile and Vietnam has grown steadily. {second}"
    assert facts_of(text, "2024-05-02", FactKind.TRADE_TOTAL) == []


@pytest.mark.parametrize(
    ("sentence", "year", "part"),
    [
        # analysts' shorthand for a part of a year: the first N months, a half, a quarter
        ("Vietnam-Chile trade reached USD2 billion in 11M2023, customs data showed.", 2023, "first 11 months"),
        ("Trade between Vietnam and Peru hit US$1.5bn in 9M 2023.", 2023, "first 9 months"),
        ("Thailand-Vietnam trade was $3 billion in 1H 2024.", 2024, "first half"),
        ("Trade between Korea and Vietnam was $20 billion in 1Q2024.", 2024, "first quarter"),
    ],
)
def test_shorthand_for_a_part_of_a_year(sentence: str, year: int, part: str) -> None:
    fact = only(sentence, FactKind.TRADE_TOTAL, "2024-07-02")
    assert (fact.year, fact.partial_period) == (year, part)


def test_a_sum_in_millions_before_a_year_is_no_part_of_it() -> None:
    from app.domain.dates import PartialDate
    from app.extract.periods import find_dates

    dates = find_dates("Its budget of $5M 2023 was spent.", PartialDate(2024, 1, 1))
    assert [(d.kind, d.partial) for d in dates] == [("year", None)]


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        # "-plus" or "+" after a figure: over it
        ("Trade between Chile and Thailand was $1.2 billion-plus in 2022.", 1.2e9, "over"),
        ("Trade between Chile and Japan was US$3 billion+ in 2022.", 3e9, "over"),
        # a currency in brackets after the figure's own
        ("Trade between Colombia and Korea was 4.5 billion dollars (USD) in 2022.", 4.5e9, None),
    ],
)
def test_a_figure_with_plus_or_a_bracketed_currency_after_it(
    sentence: str, value: float, qualifier: str | None
) -> None:
    fact = only(sentence, FactKind.TRADE_TOTAL, "2024-07-02")
    assert (fact.year, fact.value_usd, fact.qualifier) == (2022, value, qualifier)


def test_a_figure_plus_another_is_two_figures() -> None:
    amounts = find_amounts("exports of $1.2 billion plus $300 million of services")
    assert [(a.value, a.qualifier) for a in amounts] == [(1.2e9, None), (3e8, None)]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # "the following month", "a year later": counted from the date the sentence states before, not the story's
        (
            "China recognised Ukraine in December 1991 and the two countries established relations the following "
            "month.",
            ["1991-12", "1992-01"],
        ),
        ("They signed an FTA in 2008, which entered into force the following year.", ["2008", "2009"]),
        ("They met in 2015 and signed a deal two years later.", ["2015", "2017"]),
        ("The embassy opened in March 2001 and closed six months later.", ["2001-03", "2001-09"]),
        ("Talks began in 1990; the next year they signed a treaty.", ["1990", "1991"]),
        ("Talks began in 1989 and ties followed in July of the following year.", ["1989", "1990-07"]),
        # counted back: "a decade earlier", "five years earlier", "two decades earlier"
        ("Trade stood at $4.2 billion in 2022, compared with $1.1 billion a decade earlier.", ["2022", "2012"]),
        ("Trade reached $10 billion in 2020, up from $4 billion five years earlier.", ["2020", "2015"]),
        ("Trade hit $5 billion in 2019, against $1 billion two decades earlier.", ["2019", "1999"]),
        # near misses: "earlier than planned" compares, it counts no date; no date before it, "the next year" is
        # the story's next (no other is told)
        ("The embassy closed in September 2001, six months earlier than planned.", ["2001-09"]),
        ("Trade is expected to double in the next year.", ["2025"]),
        ("The deal was signed a year later.", [None]),
    ],
)
def test_a_date_counted_from_the_one_before_it(sentence: str, dates: list[str | None]) -> None:
    from app.domain.dates import PartialDate
    from app.extract.periods import find_dates

    found = find_dates(sentence, PartialDate(2024, 5, 2))
    assert [d.date.iso() if d.date else None for d in found] == dates


def test_relations_established_the_following_month() -> None:
    fact = only(
        "China recognised Ukraine in December 1991 and the two countries established diplomatic relations the "
        "following month.",
        FactKind.RELATIONS_ESTABLISHED,
        "2024-05-02",
    )
    assert (fact.countries, fact.date) == (("CHN", "UKR"), "1992-01")


def test_a_figure_of_the_following_year_says_how_its_year_was_counted() -> None:
    facts = facts_of(
        "Trade between Chile and Peru reached $2 billion in 2010 and $3 billion the following year.",
        "2024-05-02",
        FactKind.TRADE_TOTAL,
    )
    assert [(f.year, f.value_usd) for f in facts if not f.derived] == [(2010, 2e9), (2011, 3e9)]
    assert facts[1].basis == "year from “the following year”: 1 year after “2010”"


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # numeric dates with the year first, as Chinese, Japanese and Korean pages write them
        ("They signed it on 2024/03/12 in Seoul.", ["2024-03-12"]),
        ("They signed it on 2024.03.12 in Seoul.", ["2024-03-12"]),
        ("They signed it on 2024/3/5 in Beijing.", ["2024-03-05"]),
        # and with dashes, day first as South Asian pages write them (month first where the day cannot be one)
        ("They signed it on 14-11-1994 in Dhaka.", ["1994-11-14"]),
        ("They signed it on 11-14-1994 in Dhaka.", ["1994-11-14"]),
        # near misses: fiscal years, ranges
        ("Trade rose in 2019/20 and in 2020-21.", ["2019", "2020"]),
        ("Trade grew between 2019 and 2021.", ["2019"]),
    ],
)
def test_numeric_dates_in_the_orders_of_other_countries(sentence: str, dates: list[str]) -> None:
    from app.domain.dates import PartialDate
    from app.extract.periods import find_dates

    found = find_dates(sentence, PartialDate(2024, 5, 2))
    assert [d.date.iso() if d.date else None for d in found] == dates


def test_a_visit_to_come_told_without_its_date_is_not_dated_by_the_story() -> None:
    # "THATCHER TO VISIT MEXICO" above "will visit Mexico next month": one visit, next month; the headline's
    # visit to come was dated to the story's day, another visit
    visits = [f for f in extract_article(SHORT_WIRE).facts if f.kind == FactKind.VISIT]
    assert [v.date for v in visits] == ["1987-12"]
    text = (
        " date 1987-05-12 \nCHINESE VICE PREMIER TO VISIT U.S.\nPEKING, May 12 - Chinese Vice Premier Yao Yilin will "
        "visit the United States next month, the New China News Agency said.\n"
    )
    visits = [f for f in extract_article(text).facts if f.kind == FactKind.VISIT]
    assert [v.date for v in visits] == ["1987-06"]
    # near miss: a visit under way, told without its date, is the story's day's
    text = " date 2024-03-05 \nChile and Peru\nThe Chilean president is on a state visit to Peru.\n"
    visits = [f for f in extract_article(text).facts if f.kind == FactKind.VISIT]
    assert [v.date for v in visits] == ["2024-03-05"]


@pytest.mark.parametrize(
    ("header", "dateline", "published"),
    [
        ("1987-06", "BONN, June 12 -", "1987-06-12"),
        ("1991", "TOKYO, Oct 3 -", "1991-10-03"),
        ("2004-03", "NAIROBI, 5 March (Reuters) -", "2004-03-05"),
        ("1987-04", "MOSCOW, March 31 -", "1987-04"),  # another month: the header's, as it says
        ("1987-04-01", "MOSCOW, March 31 -", "1987-03-31"),  # filed the day before it was printed
        ("1999-04-06", "CAIRO, April 5 (Xinhua) --", "1999-04-05"),
        ("2004-03-02", "NAIROBI, Feb 28 (Reuters) -", "2004-02-28"),
        ("1999-04-06", "CAIRO, April 9 (Xinhua) --", "1999-04-06"),  # a day after the header's: a slip, not used
        ("1999-04-20", "CAIRO, April 5 (Xinhua) --", "1999-04-20"),  # two weeks before: another story's line
        # a day with its ordinal suffix, the year after a comma
        ("2023-04-02", "ABU DHABI, 1st April, 2023 (WAM) --", "2023-04-01"),
        # the agency after a comma, as SPA writes it
        ("2022-12-09", "RIYADH, December 08, 2022, SPA --", "2022-12-08"),
        ("2023-05-03", "JEDDAH, May 2, 2023, SPA --", "2023-05-02"),
        ("2024-06-11", "MANILA, June 10th, 2024 (PNA) --", "2024-06-10"),
        ("2019-03", "DAKAR, 3rd March 2019 (APS) -", "2019-03-03"),
        ("2023-04-02", "ABU DHABI, 1st April, 2022 (WAM) --", "2023-04-02"),  # a year before: not the story's day
    ],
)
def test_a_wire_dateline_gives_the_day_a_coarser_header_lacks(header: str, dateline: str, published: str) -> None:
    """ "date 1987-06" above "BONN, June 12 -": the story is of June 12, and "today", "on Sunday" count from it. A
    dateline a day or three before the header's day is the day the story was filed ("CAIRO, April 5 (Xinhua)" printed
    on April 6): its "today" is April 5."""
    text = f" date {header}\n{dateline} Trade between Chile and Peru rose to $5 billion last year, officials said."
    extraction = extract_article(text)
    assert extraction.published is not None and extraction.published.iso() == published


def test_a_weekday_counts_from_the_day_a_wire_dateline_gives() -> None:
    text = (
        " date 1987-06\nBONN, June 12 - Chinese Premier Zhao Ziyang is due to arrive in Bonn on Sunday for a "
        "six-day official visit to West Germany, the government said."
    )
    visits = [f for f in extract_article(text).facts if f.kind == FactKind.VISIT]
    assert [(v.countries, v.date) for v in visits] == [(("CHN", "DEU"), "1987-06-14")]


def test_today_counts_from_the_day_the_wire_story_was_filed() -> None:
    text = (
        " date 1999-04-06\nCAIRO, April 5 (Xinhua) -- Chinese President Jiang Zemin held talks here today with his "
        "Egyptian counterpart Hosni Mubarak on bilateral ties."
    )
    visits = [f for f in extract_article(text).facts if f.kind == FactKind.VISIT]
    assert [(v.origin, v.destination, v.date) for v in visits] == [("CHN", "EGY", "1999-04-05")]


def test_a_date_cue_is_the_pages_only_with_the_date_right_after_it() -> None:
    # near miss: a fact sheet's row, "Date of …" and the date far after the cue
    text = (
        "Myanmar Bangladesh Bilateral Relations\nDate of Establishment of Diplomatic Relations 21 March 1972\n"
        "Trade between Myanmar and Bangladesh reached $1 billion."
    )
    assert extract_article(text).published is None


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a page's date line above or below its headline is neither the title nor the story's first sentence
        ("INQUIRER.net\nSeptember 05, 2023\nPH, South Korea conclude FTA talks", "PH, South Korea conclude FTA talks"),
        ("Tuesday, May 09, 2023\nTanzania, Kenya resolve trade barriers", "Tanzania, Kenya resolve trade barriers"),
        ("Jakarta | Fri, July 29, 2022\nJokowi meets Kishida in Tokyo", "Jokowi meets Kishida in Tokyo"),
        # near miss: a headline that names a date among its words
        ("Peru and Chile sign pact on May 5, 2023\nOfficials met in Lima.", "Peru and Chile sign pact on May 5, 2023"),
    ],
)
def test_a_pages_date_line_is_no_headline(head: str, title: str) -> None:
    text = f"{head}\nThe Philippines and South Korea have concluded negotiations on a free trade agreement, it said."
    assert extract_article(text).title == title


def test_news_told_under_a_headline_below_the_pages_date_line_takes_the_storys_month() -> None:
    text = (
        "INQUIRER.net\nGlobal Nation\nSeptember 05, 2023\nPH, South Korea conclude FTA talks\n"
        "The Philippines and South Korea have concluded negotiations on a free trade agreement, the Department of "
        "Trade and Industry said on Tuesday."
    )
    agreements = [f for f in extract_article(text).facts if f.kind == FactKind.AGREEMENT]
    assert [(f.countries, f.date) for f in agreements] == [(("KOR", "PHL"), "2023-09")]


def test_a_minister_signing_a_communique_in_the_dateline_capital_is_visiting() -> None:
    text = (
        " date 1992-08-24\nPEKING, Aug 24 - China and South Korea established diplomatic relations today.\n"
        "South Korean Foreign Minister Lee Sang-ock signed the communique with Chinese Foreign Minister Qian Qichen."
    )
    visits = [f for f in extract_article(text).facts if f.kind == FactKind.VISIT]
    assert [(v.origin, v.destination, v.date) for v in visits] == [("KOR", "CHN", "1992-08")]  # as wire gold dates one


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (
            "Bilateral trade between India and Vietnam touched $14.82 billion in 2023-24, against $14.7 billion "
            "the previous fiscal.",
            "2024-08-01",
            [(2022, "2022-23", 14.7e9), (2023, "2023-24", 14.82e9)],
        ),
        (
            "Trade between India and Nepal was $8.8 billion in FY2022-23, compared with $10.4 billion in the "
            "preceding fiscal.",
            "2023-09-01",
            [(2021, "2021-22", 10.4e9), (2022, "2022-23", 8.8e9)],
        ),
        (
            "Trade between Bangladesh and India was $15.9 billion last fiscal, the ministry said.",
            "2023-09-01",
            [(2022, "2022-23", 15.9e9)],
        ),
    ],
)
def test_the_fiscal_as_a_noun_is_a_fiscal_year(body: str, published: str, expected: list[tuple]) -> None:
    facts = facts_of(body, published, FactKind.TRADE_TOTAL)
    assert sorted((f.year, f.fiscal_year, f.value_usd) for f in facts if not f.derived) == expected


def test_a_fiscal_policy_word_is_no_fiscal_year() -> None:
    # Near miss: "the previous fiscal stimulus" names a policy, not a year.
    from app.domain.dates import PartialDate
    from app.extract.periods import find_dates

    found = find_dates("The previous fiscal stimulus of 2020 cost $2 billion.", PartialDate(2023, 9, 1))
    assert [d.text for d in found] == ["2020"]


@pytest.mark.parametrize(
    ("body", "kind", "date"),
    [
        ("On May 5, 2023, Chile and Peru signed a trade agreement.", FactKind.AGREEMENT, "2023-05-05"),
        (
            "Vietnam and Brazil set up diplomatic ties on May 8, 1989, and upgraded them to a comprehensive "
            "partnership in 2007.",
            FactKind.AGREEMENT,
            "2007",
        ),
        ("On May 12, 2010, Chile opened an embassy in Hanoi.", FactKind.EMBASSY, "2010-05-12"),
        ("During his May 2023 visit to China, Brazilian President Lula met Xi Jinping.", FactKind.VISIT, "2023-05"),
    ],
)
def test_the_month_may_is_no_word_of_a_maybe(body: str, kind: FactKind, date: str) -> None:
    assert only(body, kind, "2024-09-24").date == date


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # near misses: "may" as the modal still holds the event back
        ("Chile and Peru may sign a trade agreement in 2025.", FactKind.AGREEMENT),
        ("Chile may open an embassy in Hanoi next year.", FactKind.EMBASSY),
        ("Brazilian President Lula may visit China later this year.", FactKind.VISIT),
    ],
)
def test_the_modal_may_still_holds_an_event_back(body: str, kind: FactKind) -> None:
    assert facts_of(body, "2024-09-24", kind) == []


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("In June, Brazilian President Lula paid a state visit to China.", "2024-06"),
        ("Last June, Brazilian President Lula paid a state visit to China.", "2024-06"),
        ("In March, Kenyan President William Ruto visited India.", "2024-03"),
    ],
)
def test_a_month_alone_opening_the_sentence_dates_it(body: str, date: str) -> None:
    assert only(body, FactKind.VISIT, "2024-09-24").date == date


def test_by_may_opening_a_sentence_is_still_no_date() -> None:
    # Near miss: "By May" may be the modal's ("By May we mean …"): as in the sentence's middle, no month.
    from app.domain.dates import PartialDate
    from app.extract.periods import find_dates

    assert find_dates("By May, the two sides hope to sign it.", PartialDate(2024, 9, 24)) == []


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # the date line under the headline after a portal's name, its domain, a language menu and a label
        (
            "Plataforma digital única del Estado Peruano\ngob.pe\nEnglish | Español\n\nPress release\n\n"
            "Peru and Korea sign MoU on critical minerals\n\nNovember 15, 2023 - 10:30 a.m.\n\n",
            "2023-11-15",
        ),
        (
            "Ministry of Foreign Affairs\nHome\nNews\nPress Releases\nSpeeches\n"
            "Chile and Peru review their trade\n12 March 2021\n",
            "2021-03-12",
        ),
        (
            "The Daily Outlet\nWorld | Asia | Business | Opinion\nMarkets\nEconomy\nBusiness\n"
            "Chile and Peru review their trade\nFriday 12 March 2021\n",
            "2021-03-12",
        ),
    ],
)
def test_a_pages_date_line_under_its_headline_below_its_menus(head: str, published: str) -> None:
    # Near miss: test_a_date_in_a_sentence_under_the_headline_is_no_dateline (a date in prose is no date line).
    extraction = extract_article(f"{head}Trade between Chile and Peru reached $5 billion last year.")
    assert extraction.published is not None and extraction.published.iso() == published
    assert [f.year for f in extraction.facts if f.kind == FactKind.TRADE_TOTAL] == [int(published[:4]) - 1]


def test_a_date_line_below_the_storys_first_sentence_is_none_of_the_pages() -> None:
    # Near miss: the date alone on a line after the story began (a caption's, a table's) dates no page.
    text = (
        "Chile and Peru\nNews\n\nTrade between Chile and Peru reached $5 billion last year, the ministry of "
        "foreign trade said in a statement on its website.\n12 March 2021\nThe ministry expects the trade to grow.\n"
    )
    assert extract_article(text).published is None
