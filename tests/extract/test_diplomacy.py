"""Relations established, embassies, visits: dates keep their precision."""

from __future__ import annotations

import pytest

from app.domain.facts import FactKind
from app.extract.pipeline import extract_article
from tests.extract.helpers import facts_of, only

REL = FactKind.RELATIONS_ESTABLISHED


@pytest.mark.parametrize(
    ("sentence", "date", "pub"),
    [
        ("Chile and Vietnam established diplomatic relations on March 25, 1971.", "1971-03-25", None),
        ("Diplomatic ties between Nigeria and India were established in 1958.", "1958", None),
        ("Korea and Peru forged diplomatic relations in April 1963.", "1963-04", None),
        ("On 3 June 1992, Israel and India established full diplomatic relations.", "1992-06-03", None),
        (
            "Chile and Korea marked the 60th anniversary of diplomatic relations (1962-2022) on Monday.",
            "1962",
            None,
        ),
        (
            "Brazil and Japan celebrated in 2015 the 120th anniversary of the establishment of diplomatic relations.",
            "1895",
            None,
        ),
        (
            "Officials gathered for the 25th anniversary of Vietnam-Singapore diplomatic ties.",
            "1998",
            "2023-08-01",
        ),
        (
            "The two nations mark 50 years of diplomatic relations between Kenya and India this week.",
            "1974",
            "2024-05",
        ),
        # The date stated beats the anniversary's arithmetic, and keeps its month.
        (
            "It is 40 years since diplomatic relations were established between Qatar and Japan, in May 1972.",
            "1972-05",
            "2014-02-01",
        ),
        (
            "Sri Lanka and Thailand mark 65 years of diplomatic ties this year, having established relations "
            "in November 1955.",
            "1955-11",
            "2020-03-01",
        ),
        (
            "Peru and Hungary, which established diplomatic relations 101 years ago, met on Monday.",
            "1921",
            "2022-05-02",
        ),
        # the year a count gives, said more precisely right after it
        ("Laos and Japan established diplomatic relations 70 years ago, on March 5, 1955.", "1955-03-05", "2025-03-05"),
        ("Chile and Korea set up diplomatic ties 60 years ago, in April 1962.", "1962-04", "2022-05-01"),
        ("Peru and Japan established relations 150 years ago on 21 August 1873.", "1873-08-21", "2023-09-01"),
        # the anniversary's own day in brackets after the words, of the story's year (not another clause's year)
        (
            "Ahead of the 53rd anniversary of diplomatic ties (March 25), the diplomat said that since the free trade "
            "agreement between Chile and Vietnam took effect in 2014, trade has grown threefold.",
            "1971-03-25",
            "2024-03-20",
        ),
        (
            "A ceremony was held on the occasion of the 30th anniversary of Vietnam-South Africa diplomatic "
            "relations (December 22).",
            "1993-12-22",
            "2023-12-20",
        ),
        (
            "To celebrate the 65th anniversary of diplomatic relations between Cambodia and China (July 19, 2023), "
            "the embassy held a reception.",
            "1958-07-19",
            "2023-07-21",
        ),
        # near miss: the date in brackets is the relations' own, n years before the story
        (
            "Mongolia and Vietnam marked the 70th anniversary of diplomatic relations (November 17, 1954) this year.",
            "1954-11-17",
            "2024-11-20",
        ),
        # near misses: another year, or another clause's day
        ("Chile and Korea established diplomatic relations 60 years ago, on March 5, 1963.", "1962", "2022-05-01"),
        (
            "Chile and Korea established diplomatic relations 60 years ago; on March 5, 1962 they met.",
            "1962",
            "2022-05-01",
        ),
        # "N years ago today": the story's day, N years before; "ago" alone, the year
        ("Mongolia and Japan established diplomatic relations 50 years ago today.", "1972-02-24", "2022-02-24"),
        (
            "It was 30 years ago today that South Korea and Vietnam established diplomatic ties.",
            "1992-12-22",
            "2022-12-22",
        ),
        ("Chile and India set up diplomatic ties seven decades ago today, officials said.", "1953-03-09", "2023-03-09"),
        ("Peru and Chile established relations 50 years ago and today trade a great deal.", "1973", "2023-03-09"),
        ("Chile and Korea have maintained diplomatic relations since 1962.", "1962", "2022-05-05"),
        ("Diplomatic relations between Peru and Japan, established in 1873, are the oldest.", "1873", "2022-05-05"),
        ("Greece and Chile have had diplomatic relations for 90 years.", "1932", "2022-05-05"),
        ("It has been 25 years since Chile and Vietnam normalised relations.", "1997", "2022-05-05"),
        ("Chile and Eritrea are celebrating three decades of diplomatic relations.", "1993", "2023-05-05"),
        ("Next year marks the 50th anniversary of diplomatic relations between Chile and Japan.", "1974", "2023-05-05"),
        ("Since the normalisation of relations in 1995, Chile-Cuba trade has grown.", "1995", "2023-05-05"),
        ("Chile-Peru diplomatic relations: established on 15 March 1975.", "1975-03-15", "2020-05-05"),
        # an adverb between the verb's parts, the pair from the sentence before
        (
            "Thailand and Chile are partners. Diplomatic relations were officially established on 15 May 1962.",
            "1962-05-15",
            "2024-06-12",
        ),
        ("Kenya and Brazil trade. Diplomatic ties were formally set up in 1964.", "1964", "2024-06-12"),
        ("Chile and Oman met. Official relations were only established in 1991.", "1991", "2024-06-12"),
        # the participle put first
        (
            "Established in 1955, diplomatic relations between Indonesia and China were frozen in 1967 and restored "
            "in 1990.",
            "1955",
            "2024-06-12",
        ),
        ("Set up on 12 May 1992, diplomatic ties between Kazakhstan and Korea have grown.", "1992-05-12", "2024-06-12"),
        ("Forged in 1949, the diplomatic relations between India and Myanmar remain strong.", "1949", "2024-06-12"),
        # held for a while, since a date
        (
            "Vietnam and Mexico have maintained diplomatic ties for nearly five decades, since May 19, 1975.",
            "1975-05-19",
            "2023-11-20",
        ),
        ("Chile and Japan have had diplomatic relations for over a century, since 1897.", "1897", "2023-11-20"),
        ("Kenya and India have enjoyed diplomatic ties for six decades, since December 1963.", "1963-12", "2023-11-20"),
        # an anniversary named by its jubilee, in centuries, or held for decades
        (
            "India and Bangladesh celebrated the golden jubilee of their diplomatic relations this year.",
            "1972",
            "2022-05-10",
        ),
        ("The two sides marked the silver jubilee of diplomatic ties between Vietnam and Chile.", "1998", "2023-05-10"),
        ("Kenya and India celebrate the diamond jubilee of their diplomatic ties.", "1963", "2023-09-10"),
        ("Japan and Vietnam celebrate half a century of diplomatic relations this year.", "1973", "2023-09-10"),
        ("Korea and Kazakhstan marked a quarter of a century of diplomatic relations.", "1998", "2023-09-10"),
        ("China and Indonesia have had diplomatic relations for seven decades.", "1950", "2020-04-13"),
    ],
)
def test_relations_established(sentence: str, date: str, pub: str | None) -> None:
    fact = only(sentence, REL, date=pub)
    assert fact.date == date
    assert fact.year == int(date[:4])


def test_relations_changed_otherwise_are_not_established() -> None:
    assert facts_of("Chile and Oman met. Diplomatic relations were officially downgraded in 2019.", kind=REL) == []
    assert facts_of("Established in 1990, the joint commission of Chile and Peru meets every year.", kind=REL) == []
    held = "Chile and Japan have had diplomatic relations for over a century, and trade since 1990."
    assert facts_of(held, "2023-11-20", REL) == []


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # an anniversary counted from the story's year, a year off the date the article states: that date
        ("Peru and Australia celebrate 60 years of diplomatic relations\n\nPeru and Australia commemorate the 60th "
         "anniversary of the establishment of diplomatic relations, which took place on 5 August 1963.", "2024-05-29",
         ["1963-08-05"]),
        ("Chile and Japan mark 50 years of ties\n\nChile and Japan established diplomatic relations on 15 November "
         "1974.", "2025-01-20", ["1974-11-15"]),
        ("India and Mongolia celebrate 70 years of relations\n\nIndia and Mongolia established diplomatic relations "
         "on 24 December 1955.", "2026-01-10", ["1955-12-24"]),
        # near miss: a count further off than a year is kept beside the date, each flagged
        ("Chile and Japan mark 50 years of ties\n\nChile and Japan established diplomatic relations in 1960.",
         "2025-01-20", ["1960", "1975"]),
    ],
)  # fmt: skip
def test_an_anniversary_a_year_off_the_stated_date_is_that_date(text: str, published: str, dates: list[str]) -> None:
    assert sorted(f.date for f in facts_of(text, published, REL)) == dates


def test_relations_of_soviet_russia_before_the_union_are_russias() -> None:
    # the Soviet Union was formed at the end of 1922: relations of 1921 were Soviet Russia's
    text = "Russia and Mongolia established diplomatic relations on November 5, 1921."
    assert [f.countries for f in facts_of(text, "2024-09-04", REL)] == [("MNG", "RUS")]
    text = "The Soviet Union and Mexico established diplomatic relations on August 4, 1924."
    assert [f.countries for f in facts_of(text, "2024-09-04", REL)] == [("MEX", "SUN")]


def test_anniversary_without_any_year_gives_nothing() -> None:
    assert facts_of("Chile and Korea marked the 60th anniversary of diplomatic relations.", kind=REL) == []


def test_one_relationship_stated_twice_is_one_fact() -> None:
    facts = facts_of(
        "Vietnam and Chile set up diplomatic relations in 1971. Today Vietnam and Chile celebrate "
        "the 50th anniversary of their diplomatic relations.",
        date="2021-03-25",
        kind=REL,
    )
    assert [f.date for f in facts] == ["1971"]


def test_embassy_opened_and_closed_in_one_sentence() -> None:
    facts = facts_of(
        "Peru opened its embassy in Hanoi in 1994, but closed it in 1999 to cut costs. Vietnam and Peru trade a lot.",
        kind=FactKind.EMBASSY,
    )
    assert [(f.date, f.action, f.origin) for f in facts] == [
        ("1994", "opened", "PER"),
        ("1999", "closed", "PER"),
    ]


def test_embassy_reopened_with_month() -> None:
    fact = only("In March 2015, Chile reopened its embassy in Seoul. Korea and Chile agreed.", FactKind.EMBASSY)
    assert (fact.date, fact.action) == ("2015-03", "reopened")


def test_plans_to_open_an_embassy_are_not_openings() -> None:
    assert (
        facts_of("Chile plans to open an embassy in Hanoi in 2026. Vietnam welcomed it.", kind=FactKind.EMBASSY) == []
    )


def test_a_list_of_visits_gives_one_fact_per_date() -> None:
    facts = facts_of(
        "Notable visits to Chile include President Tran Duc Luong (in November 2004) and Prime "
        "Minister Nguyen Tan Dung (in 2009), both from Vietnam.",
        kind=FactKind.VISIT,
    )
    assert [f.date for f in facts] == ["2004-11", "2009"]
    assert all(f.destination == "CHL" for f in facts)


def test_visit_day_range_is_one_visit_with_inferred_year() -> None:
    fact = only(
        "Japanese Prime Minister Fumio Kishida will pay an official visit to Brazil from May 3 to 5, "
        "the ministry said.",
        FactKind.VISIT,
        date="2024-04-28",
    )
    assert fact.date == "2024-05-03"


def test_visit_last_year_month() -> None:
    fact = only(
        "The trip follows the Korean president's visit to Lima in October last year.",
        FactKind.VISIT,
        date="2023-06-01",
    )
    assert fact.date == "2022-10"
    assert fact.countries == ("KOR", "PER")


def test_peoples_republic_of_china_is_china() -> None:
    fact = only("Chile established diplomatic relations with the People's Republic of China in December 1970.", REL)
    assert (fact.countries, fact.date) == (("CHL", "CHN"), "1970-12")


def test_two_embassies_joined_by_and() -> None:
    facts = facts_of(
        "Korea opened its embassy in Santiago in 1962, and Chile opened its embassy in Seoul in 1975.",
        kind=FactKind.EMBASSY,
    )
    assert [(f.date, f.origin) for f in facts] == [("1962", "KOR"), ("1975", "CHL")]


def test_an_agreement_date_in_a_visit_sentence_is_not_a_visit() -> None:
    facts = facts_of(
        "Indonesian President Joko Widodo paid a state visit to Australia in February 2020, during which "
        "the two countries signed a partnership agreement, which entered into force on 5 July 2020."
    )
    assert [f.date for f in facts if f.kind == FactKind.VISIT] == ["2020-02"]
    agreements = [f.date for f in facts if f.kind == FactKind.AGREEMENT]
    assert len(agreements) == 1 and agreements[0] in ("2020-02", "2020-07-05")


def test_relations_established_n_years_ago() -> None:
    fact = only(
        "Since diplomatic relations between Germany and Vietnam were established 49 years ago, trade grew.",
        REL,
        date="2024-06",
    )
    assert fact.date == "1975"
    assert (
        facts_of(
            "Since diplomatic relations between Germany and Vietnam were established 49 years ago, trade grew.",
            kind=REL,
        )
        == []
    )  # no publication date: left out, not guessed


def test_a_date_stated_for_relations_is_not_the_date_of_an_agreement_beside_it() -> None:
    fact = only(
        "Peru and Hungary, which established diplomatic relations 101 years ago, signed a memorandum of "
        "understanding on water management on Monday.",
        FactKind.AGREEMENT,
        "2022-05-04",
    )
    assert fact.date == "2022-05-02"


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a leader who addresses the other country's parliament is there
        ("Indian Prime Minister Narendra Modi addressed a joint session of the US Congress on June 22, 2023.",
         "2023-06-25", [("IND", "USA", "2023-06-22")]),
        ("Prime Minister James Marape addressed the Australian Parliament on 8 February 2024, the first leader "
         "from PNG to do so.", "2024-03-01", [("PNG", "AUS", "2024-02-08")]),
        ("Brazilian President Lula addressed the Portuguese Parliament on 25 April 2023.", "2023-05-02",
         [("BRA", "PRT", "2023-04-25")]),
        # near misses: an address by video link, and the host's own leader speaking about the other country
        ("Ukrainian President Zelensky addressed the Japanese Diet by video link on March 23, 2022.", "2022-03-24",
         []),
        ("Australian Prime Minister Anthony Albanese addressed the Australian Parliament on PNG on 8 February 2024.",
         "2024-03-01", []),
    ],
)  # fmt: skip
def test_a_leader_addressing_the_other_countrys_parliament_is_visiting(
    sentence: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = facts_of(f"Head\n\n{sentence}", published, FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a State House is the seat of the country its city is in: Entebbe, Nairobi, Lusaka
        ("Turkey and Uganda\n\nTurkish Foreign Minister Mevlut Cavusoglu met President Yoweri Museveni at State House "
         "Entebbe on Sunday.", [("TUR", "UGA", "2022-08-14")]),
        ("India and Kenya\n\nIndian External Affairs Minister S. Jaishankar met President William Ruto at State "
         "House, Nairobi on Tuesday.", [("IND", "KEN", "2022-08-09")]),
        ("China and Zambia\n\nChinese Foreign Minister Wang Yi held talks with President Hakainde Hichilema at State "
         "House in Lusaka on Monday.", [("CHN", "ZMB", "2022-08-15")]),
        # near miss: the host's own people at his State House
        ("China and Kenya\n\nPresident William Ruto met Kenyan business leaders at State House Nairobi on Monday.",
         []),
    ],
)  # fmt: skip
def test_a_meeting_at_a_state_house_is_a_visit_to_its_country(text: str, expected: list[tuple[str, str, str]]) -> None:
    visits = facts_of(text, "2022-08-15", FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two leaders together at the host's palace, presiding over a signing or chairing a meeting
        ("Algeria and Italy\n\nPresident Abdelmadjid Tebboune and Italian Prime Minister Giorgia Meloni on Monday "
         "supervised the signing of several agreements at the El Mouradia Palace.", [("ITA", "DZA", "2023-01-23")]),
        ("Qatar and Turkey\n\nHH the Amir Sheikh Tamim bin Hamad Al-Thani and Turkish President Recep Tayyip Erdogan "
         "chaired the ninth meeting of the Supreme Strategic Committee at the Amiri Diwan yesterday.",
         [("TUR", "QAT", "2023-01-23")]),
        ("Kuwait and India\n\nThe Crown Prince and Indian External Affairs Minister S. Jaishankar held talks at Bayan "
         "Palace on Monday.", [("IND", "KWT", "2023-01-23")]),
        # overseeing a signing at the host's seat
        ("Pakistan and China\n\nPrime Minister Shehbaz Sharif and Chinese Premier Li Qiang on Monday oversaw the "
         "signing of 23 agreements at the Great Hall of the People.", [("PAK", "CHN", "2023-01-23")]),
        ("Malaysia and Japan\n\nPrime Minister Anwar Ibrahim and Japanese Prime Minister Fumio Kishida oversaw the "
         "exchange of documents at the Kantei on Monday.", [("MYS", "JPN", "2023-01-23")]),
        # near miss: at a distance, from the palace
        ("Qatar and Turkey\n\nThe Amir and Turkish President Recep Tayyip Erdogan chaired the meeting by video link "
         "from the Amiri Diwan yesterday.", []),
    ],
)  # fmt: skip
def test_leaders_together_at_a_gulf_or_maghreb_palace_are_a_visit(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = facts_of(text, "2023-01-24", FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two leaders signing a document at the host's seat: the guest is there
        ("Brazil and Argentina\n\nPresident Lula and Argentine President Alberto Fernandez on Monday signed a joint "
         "declaration at the Planalto Palace.", [("ARG", "BRA", "2023-01-23")]),
        ("Russia and Mongolia\n\nRussian President Vladimir Putin and Mongolian President Ukhnaagiin Khurelsukh signed "
         "a treaty on comprehensive strategic partnership at the Kremlin on Monday.", [("MNG", "RUS", "2023-01-23")]),
        ("Chile and Ecuador\n\nPresident Gabriel Boric and Ecuadorian President Daniel Noboa signed eight agreements "
         "at La Moneda Palace on Monday.", [("ECU", "CHL", "2023-01-23")]),
        # near misses: a document signed there once, by no one said to be there now
        ("United States and Russia\n\nThe 1987 treaty, signed at the White House by the two leaders, removed a class "
         "of Russian missiles.", []),
        ("France and Germany\n\nThe German chancellor praised the Elysee Treaty signed at the Elysee Palace in 1963.",
         []),
    ],
)  # fmt: skip
def test_leaders_signing_at_the_hosts_seat_are_a_visit(text: str, expected: list[tuple[str, str, str]]) -> None:
    visits = facts_of(text, "2023-01-24", FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


def test_a_meeting_at_the_hosts_seat_of_government_is_a_visit() -> None:
    fact = only(
        "Ghanaian President John Mahama held talks with British Prime Minister Theresa May "
        "at 10 Downing Street on Thursday.",
        FactKind.VISIT,
        "2016-11-12",
    )
    assert (fact.date, fact.origin, fact.destination, fact.person) == (
        "2016-11-10",
        "GHA",
        "GBR",
        "President John Mahama",
    )
    fact = only(
        "The Chinese president received his Kyrgyz counterpart at the Great Hall of the People on May 17.",
        FactKind.VISIT,
        "2019-06-01",
    )
    assert (fact.date, fact.origin, fact.destination) == ("2019-05-17", "KGZ", "CHN")
    # The Kremlin of 1987 is the Soviet Union's.
    fact = only(
        "Finnish President Mauno Koivisto met Soviet leaders in the Kremlin on Monday.", FactKind.VISIT, "1987-10-14"
    )
    assert (fact.countries, fact.destination, fact.date) == (("FIN", "SUN"), "SUN", "1987-10-12")


def test_a_visit_called_off_or_only_intended_is_no_visit() -> None:
    for sentence in (
        "The Dutch king had intended to make a state visit to Chile in March, but the trip was postponed.",
        "Chile invited the Dutch prime minister to visit Santiago in March.",
        "The Dutch prime minister's visit to Chile in March was cancelled.",
    ):
        assert facts_of(sentence, "2019-05-01", FactKind.VISIT) == [], sentence
    # A visit scheduled for a date is a visit.
    fact = only("The Dutch king will pay a state visit to Chile from March 4 to 6.", FactKind.VISIT, "2019-02-20")
    assert fact.date == "2019-03-04"


@pytest.mark.parametrize(
    "text",
    [
        # invited, in the passive, to visit: no visit yet
        "Prabowo invited to visit Brazil next year\n\nBrazil and Indonesia agreed to expand trade.",
        "Kenya and Japan\n\nKenyan President William Ruto was invited to visit Japan in 2025.",
        "India and Argentina\n\nPrime Minister Narendra Modi has been invited to visit Argentina in March.",
    ],
)
def test_a_visit_one_is_invited_to_make_is_none_yet(text: str) -> None:
    assert facts_of(text, "2024-11-20", FactKind.VISIT) == []


def test_a_visit_made_at_an_invitation_is_a_visit() -> None:
    # near miss: invited by the host, and visited
    text = (
        "India and Argentina\n\nPrime Minister Narendra Modi, invited by President Javier Milei, visited Argentina in "
        "July."
    )
    assert [f.date for f in facts_of(text, "2024-11-20", FactKind.VISIT)] == ["2024-07"]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a visit made after an earlier plan was put off: the visit made
        ("Brazil and China\n\nLula arrived in China on Wednesday for a state visit, after postponing the trip in "
         "March due to pneumonia.", "2023-04-14", "2023-04-12"),
        ("Indian Prime Minister Narendra Modi visited Russia in July 2024, after having postponed the trip twice.",
         "2024-08-01", "2024-07"),
        ("Chilean President Gabriel Boric arrived in Hanoi on Sunday for a state visit to Vietnam that had been "
         "postponed from September.", "2023-11-22", "2023-11-19"),
        # the plan put off told first, in a clause of its own: its date is the plan's
        ("Brazil and China\n\nAfter postponing the trip in March, Lula arrived in China on Wednesday for a state "
         "visit.", "2023-04-14", "2023-04-12"),
    ],
)  # fmt: skip
def test_a_visit_made_after_it_was_put_off_is_a_visit(text: str, published: str, date: str) -> None:
    assert only(text, FactKind.VISIT, published).date == date


def test_each_visit_of_a_list_is_credited_to_the_name_listed_before_its_date() -> None:
    facts = facts_of(
        "Chilean Foreign Ministers Ana Lopez (in 1999), Jorge Ruiz (in 2004), and Maria Soto "
        "(in May 2010) visited Peru.",
        "2011-01-01",
        FactKind.VISIT,
    )
    assert sorted((f.date, f.person) for f in facts) == [
        ("1999", "Foreign Ministers Ana Lopez"),
        ("2004", "Jorge Ruiz"),
        ("2010-05", "Maria Soto"),
    ]


def test_relations_that_only_grew_since_a_year_or_are_held_for_over_n_years_give_no_date() -> None:
    assert facts_of("Bilateral relations since 2015 have grown between Chile and Peru.", "2022-01-01", REL) == []
    # A decade is no year: "1830" would claim a precision the text does not have.
    assert facts_of("Relations between Greece and Chile date back to the 1830s.", "2022-01-01", REL) == []
    assert facts_of("Greece and Chile have had diplomatic relations for over 90 years.", "2022-01-01", REL) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a titled guest received, with no "his" or "the visiting" before the country: on the day said as it happened
        ("South Korea and Uzbekistan mark 30 years of ties, President Yoon Suk Yeol said on Wednesday as he received "
         "Uzbek Foreign Minister Vladimir Norov in Seoul.", [("UZB", "KOR", "2023-05-10")]),
        ("Kenyan President William Ruto welcomed Indonesian President Joko Widodo at State House in Nairobi on "
         "Monday.", [("IDN", "KEN", "2023-05-08")]),
        ("President Lula received Portuguese Prime Minister Antonio Costa in Brasilia on Tuesday.",
         [("PRT", "BRA", "2023-05-09")]),
        # receiving, a vice president, said on a day "after" receiving: that day
        ("Indonesia and Brazil.\n\nJakarta (ANTARA) - Trade Minister Zulkifli Hasan stated here on Monday after "
         "receiving Brazilian Vice President Geraldo Alckmin.", [("BRA", "IDN", "2023-05-08")]),
        # near miss: a message received is no guest
        ("Brazil and Portugal.\n\nPresident Lula received Portuguese Prime Minister Antonio Costa's letter on "
         "Tuesday.", []),
    ],
)  # fmt: skip
def test_a_titled_guest_received_is_visiting(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    visits = facts_of(sentence, "2023-05-11", FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("sentence", "date", "origin", "destination"),
    [
        ("German Chancellor Olaf Scholz was in Chile last January, meeting President Boric.", "2023-01", "DEU", "CHL"),
        ("The Japanese emperor and empress toured Peru from February 28 to March 5, 2017.", "2017-02-28", None, None),
        ("Peru's Prime Minister was received by King Philippe in Brussels on Monday.", "2023-05-08", "PER", "BEL"),
        (
            "Chile's President Boric hosted his Portuguese counterpart in Santiago on Tuesday.",
            "2023-05-09",
            "PRT",
            "CHL",
        ),
    ],
)
def test_visits_the_genre_tells_without_the_word_visit(
    sentence: str, date: str, origin: str | None, destination: str | None
) -> None:
    fact = only(sentence, FactKind.VISIT, "2023-05-10")
    assert (fact.date, fact.origin, fact.destination) == (date, origin, destination)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a leader receiving the other country's delegation headed by a named official: the delegation's visit
        ("Party General Secretary To Lam received on Thursday the Cuban delegation headed by Roberto Morales Ojeda.",
         [("CUB", "VNM", "2024-09-12")]),
        ("Chinese President Xi Jinping received a Vietnamese delegation led by National Assembly Chairman Vuong Dinh "
         "Hue in Beijing on Monday.", [("VNM", "CHN", "2024-09-09")]),
        ("Cambodian Prime Minister Hun Manet welcomed the Lao government delegation headed by Prime Minister Sonexay "
         "Siphandone on Friday.", [("LAO", "KHM", "2024-09-13")]),
        # near miss: a business delegation is no visit of state
        ("Vietnamese Deputy Minister Nguyen Van Phuc received a Cuban business delegation headed by the chamber's "
         "president on Thursday.", []),
    ],
)  # fmt: skip
def test_a_delegation_received_is_its_countrys_visit(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    visits = facts_of(sentence, "2024-09-13", FactKind.VISIT)
    assert [(f.origin, f.destination, f.date) for f in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two sides' ministers or leaders meeting in one side's capital: the other side is visiting
        ("Singapore and Vietnam ties.\n\nThe two countries' foreign ministers met in Singapore on Wednesday.",
         [("VNM", "SGP", "2023-05-10")]),
        ("Australia and New Zealand ties.\n\nThe two prime ministers held talks in Canberra on Monday.",
         [("NZL", "AUS", "2023-05-08")]),
        ("The leaders of Chile and Peru met in Lima on Friday.", [("CHL", "PER", "2023-05-05")]),
        # near misses: a meeting in a third country's city, named or after "the sidelines of"
        ("Singapore and Vietnam ties.\n\nThe two foreign ministers met in Geneva on Wednesday.", []),
        ("Singapore and Vietnam ties.\n\nThe two foreign ministers met on the sidelines of the ASEAN summit in "
         "Jakarta on Wednesday.", []),
        # two leaders named with their titles, together after talks in one side's capital
        ("Ghana and China\n\nPresident Nana Akufo-Addo and President Xi Jinping on Wednesday announced the elevation "
         "of relations to a strategic partnership after talks in Beijing.", [("GHA", "CHN", "2023-05-10")]),
        ("Australia and Vietnam\n\nPrime Minister Anthony Albanese and Prime Minister Pham Minh Chinh on Monday "
         "upgraded ties following talks in Canberra.", [("VNM", "AUS", "2023-05-08")]),
        ("South Africa and Brazil\n\nPresident Cyril Ramaphosa and President Lula da Silva signed four agreements on "
         "Friday during their talks in Brasilia.", [("ZAF", "BRA", "2023-05-05")]),
        ("Ghana and China\n\nPresident Nana Akufo-Addo and President Xi Jinping on Wednesday agreed to expand trade "
         "after talks in Geneva.", []),
    ],
)  # fmt: skip
def test_the_two_sides_meeting_in_one_sides_capital_is_the_other_sides_visit(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = facts_of(text, "2023-05-11", FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two sides met "here" or "in this city": the dateline's place (Sunday 2 November 1997)
        ("KRASNOYARSK, Russia, Nov 2 (AFP) - Japanese Prime Minister Ryutaro Hashimoto and Russian President Boris "
         "Yeltsin agreed Sunday to seek a peace treaty.\nThe two leaders met for informal talks in this Siberian city "
         "on Saturday and Sunday.", [("JPN", "RUS", "1997-11-01")]),
        ("BEIJING, Nov 1 (Xinhua) -- China and Kenya agreed to boost trade.\nThe two foreign ministers held talks "
         "here on Friday.",
         [("KEN", "CHN", "1997-10-31")]),
        # near miss: met in a third country's city (the lead tells no meeting of the two in the dateline's place)
        ("KRASNOYARSK, Russia, Nov 2 (AFP) - Japanese Prime Minister Ryutaro Hashimoto said Sunday he would seek a "
         "peace treaty with Russia.\nThe two leaders met for informal talks in New York in September.", []),
    ],
)  # fmt: skip
def test_the_two_sides_meeting_here_met_in_the_datelines_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    visits = facts_of(f"Head\n{text}", "1997-11-02", FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story's two met in a third country's city, its dateline, named as the place: no visit
        ("Vietnam, New Zealand eye trade\n\nVIENTIANE, Oct 11 (VNA) – Prime Minister Pham Minh Chinh met his New "
         "Zealand counterpart Christopher Luxon in Vientiane on October 10.", []),
        ("Japan, China leaders meet at ASEAN talks\n\nPHNOM PENH, Nov 12 (Reuters) - Prime Minister Fumio Kishida "
         "held talks with his Chinese counterpart Li Qiang in Phnom Penh on Sunday.", []),
        ("Chile, Korea eye trade deal upgrade\n\nLIMA, Nov 15 (Yonhap) -- President Yoon Suk Yeol held talks with "
         "his Chilean counterpart Gabriel Boric in Lima on Friday.", []),
        # near miss: the dateline's country a side of the story
        ("Laos, New Zealand eye trade\n\nVIENTIANE, Oct 11 (VNA) – Prime Minister Sonexay Siphandone met his New "
         "Zealand counterpart Christopher Luxon in Vientiane on October 10.", [("NZL", "LAO", "2022-10-10")]),
    ],
)  # fmt: skip
def test_the_storys_two_meeting_in_a_third_datelines_city_is_no_visit(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = facts_of(text, "2022-11-16", FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the home paper's leader by title alone meeting "his … counterpart" in the counterpart's dateline or seat:
        # the leader is visiting the counterpart's country
        ("Argentina and China\n\nBeijing - President Alberto Fernandez held a meeting with his Chinese counterpart "
         "Xi Jinping at the Great Hall of the People.", "2023-10-19", [("ARG", "CHN", "2023-10")]),
        ("Sri Lanka and India\n\nNEW DELHI, June 11 (Reuters) - President Ranil Wickremesinghe met his Indian "
         "counterpart Droupadi Murmu on Tuesday.", "2024-06-12", [("LKA", "IND", "2024-06-11")]),
        ("Malaysia and Japan\n\nPrime Minister Anwar Ibrahim held talks with his Japanese counterpart Fumio Kishida "
         "at the Kantei on Friday.", "2024-06-12", [("MYS", "JPN", "2024-06-07")]),
        # near miss: on the telephone, no one travelled
        ("Sri Lanka and India\n\nNEW DELHI, June 11 (Reuters) - President Ranil Wickremesinghe spoke with his Indian "
         "counterpart by telephone on Tuesday.", "2024-06-12", []),
    ],
)  # fmt: skip
def test_a_leader_meeting_his_counterpart_in_the_counterparts_dateline_or_seat_is_visiting(
    text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = facts_of(text, published, FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counterpart of another country met in one's own capital is visiting it
        ("Trade Minister Zulkifli Hasan spoke after meeting his Australian counterpart Don Farrell in Jakarta on "
         "Wednesday.", [("AUS", "IDN", "2023-03-15")]),
        ("Foreign Minister Penny Wong met her Chinese counterpart Wang Yi in Canberra on Friday.",
         [("CHN", "AUS", "2023-03-10")]),
        ("Kenya's foreign minister held talks with his Ethiopian counterpart in Nairobi on Monday.",
         [("ETH", "KEN", "2023-03-13")]),
        ("Foreign Minister Sameh Shoukry spoke at a joint press conference with his Greek counterpart Nikos Dendias "
         "in Cairo on Monday.", [("GRC", "EGY", "2023-03-13")]),
        # the subject "and his (her) … counterpart" signing or holding talks in the counterpart's capital: visiting
        ("Papua New Guinea and Australia.\n\nPrime Minister James Marape and his Australian counterpart Anthony "
         "Albanese yesterday signed the Bilateral Security Agreement at Parliament House in Canberra.",
         [("PNG", "AUS", "2023-03-15")]),
        ("Armenia and France.\n\nDefense Minister Suren Papikyan and his French counterpart Sébastien Lecornu signed "
         "an agreement on the supply of air defense radars in Paris on March 13.", [("ARM", "FRA", "2023-03-13")]),
        ("Australia and China.\n\nForeign Minister Penny Wong and her Chinese counterpart Wang Yi held talks in "
         "Beijing on Wednesday.", [("AUS", "CHN", "2023-03-15")]),
        # or agreeing together on something there, at an occasion in it
        ("Kenya and China.\n\nPresident William Ruto and his Chinese counterpart Xi Jinping on Wednesday agreed to "
         "upgrade relations, on the sidelines of the Forum on China-Africa Cooperation in Beijing.",
         [("KEN", "CHN", "2023-03-15")]),
        ("Vietnam and Australia.\n\nPrime Minister Pham Minh Chinh and his Australian counterpart Anthony Albanese "
         "agreed on Tuesday to elevate ties during talks in Canberra.", [("VNM", "AUS", "2023-03-14")]),
        # or exchanging documents, or meeting at a named occasion in the host's (administrative) capital
        ("Malaysia and Singapore.\n\nPrime Minister Anwar Ibrahim and his Singaporean counterpart Lee Hsien Loong on "
         "Thursday exchanged six agreements at the 10th Leaders' Retreat in Putrajaya.",
         [("SGP", "MYS", "2023-03-16")]),
        ("Vietnam and Laos.\n\nPrime Minister Pham Minh Chinh and his Lao counterpart Sonexay Siphandone exchanged "
         "cooperation documents in Vientiane on Tuesday.", [("VNM", "LAO", "2023-03-14")]),
        # a counterpart's country in two words: "South Korean", "Sri Lankan", "New Zealand"
        ("Poland and South Korea.\n\nPolish Defence Minister Mariusz Blaszczak met his South Korean counterpart Lee "
         "Jong-sup in Warsaw on Wednesday.", [("KOR", "POL", "2023-03-15")]),
        ("India and Sri Lanka.\n\nExternal Affairs Minister S. Jaishankar held talks with his Sri Lankan counterpart "
         "Ali Sabry in New Delhi on Monday.", [("LKA", "IND", "2023-03-13")]),
        ("Australia and New Zealand.\n\nPrime Minister Anthony Albanese and his New Zealand counterpart Chris Hipkins "
         "signed a joint statement in Wellington on Tuesday.", [("AUS", "NZL", "2023-03-14")]),
        # near misses: met in a third country
        ("Australia and China.\n\nForeign Minister Penny Wong met her Chinese counterpart Wang Yi in Bali on Friday.",
         []),
        ("Japan and South Korea.\n\nJapan's foreign minister met his South Korean counterpart Park Jin in Jakarta on "
         "Monday.", []),
        ("Armenia and France.\n\nDefense Minister Suren Papikyan and his French counterpart Sébastien Lecornu signed "
         "an agreement in Brussels on March 13.", []),
    ],
)  # fmt: skip
def test_a_counterpart_met_in_the_others_capital_is_visiting(text: str, expected: list[tuple[str, str, str]]) -> None:
    visits = facts_of(text, "2023-03-16", FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the home outlet's own official, named by title alone, meeting the other side's in its capital: visiting
        ("Guyana, Brazil agree to complete road\nPresident Irfaan Ali held talks with Brazilian President Luiz "
         "Inácio Lula da Silva in Brasilia yesterday.", [("GUY", "BRA", "2023-02-28")]),
        ("Jamaica and China\nPrime Minister Andrew Holness met Chinese Premier Li Qiang in Beijing on Monday.",
         [("JAM", "CHN", "2023-02-27")]),
        ("Australia, Indonesia talks\nForeign Minister Penny Wong held talks with Indonesian Foreign Minister Retno "
         "Marsudi in Jakarta on Friday.", [("AUS", "IDN", "2023-02-24")]),
        # near misses: met in a third country's city; the visit of the one named by country, in the other's capital
        ("Guyana, Brazil talks\nPresident Irfaan Ali met Brazilian President Lula in New York on Monday.", []),
        ("Guyana, Brazil talks\nPresident Irfaan Ali met Brazilian President Lula in Georgetown on Monday.",
         [("BRA", "GUY", "2023-02-27")]),
    ],
)  # fmt: skip
def test_an_official_named_by_title_alone_meeting_the_other_side_at_home_is_visiting(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = facts_of(text, "2023-03-01", FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


def test_an_embassy_held_since_a_year_and_the_owner_not_the_host() -> None:
    facts = facts_of(
        "Kenya opened an embassy in Lima in 2013, while Peru has had an embassy in Nairobi since 1964.",
        "2019-05-05",
        FactKind.EMBASSY,
    )
    assert sorted((f.date, f.action, f.origin) for f in facts) == [("1964", "opened", "PER"), ("2013", "opened", "KEN")]
    fact = only("The Chilean embassy in Lima was inaugurated in 2005.", FactKind.EMBASSY, "2019-05-05")
    assert (fact.origin, fact.destination) == ("CHL", "PER")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an embassy's age told by where it dates from, or since when it has been open
        ("Turkey's embassy in Addis Ababa dates back to 1926.", [("1926", "TUR", "ETH")]),
        ("Ethiopia's embassy in Ankara dates from 2006, officials said.", [("2006", "ETH", "TUR")]),
        ("Chile's embassy in Hanoi has been open since 2003.", [("2003", "CHL", "VNM")]),
        ("The Peruvian embassy in Canberra has been operating since March 1963.", [("1963-03", "PER", "AUS")]),
        # near misses: ties that date back, and an embassy that has been busy since a day
        ("Turkey's ties with Ethiopia date back to 1896, and its embassy in Addis Ababa hosted the talks.", []),
        ("Chile's embassy in Hanoi has been open since Monday for visa applications.", []),
        # one of the first to open an embassy: it opened one
        ("India was among the first countries to open an embassy in Malé, in 1972.", [("1972", "IND", "MDV")]),
        ("Chile was the first Latin American country to open an embassy in Hanoi, in 1971.", [("1971", "CHL", "VNM")]),
        ("Egypt became the first Arab country to open an embassy in Beijing in 1956.", [("1956", "EGY", "CHN")]),
        # near miss: wanting to be the first
        ("India wants to be among the first countries to open an embassy in Malé in 2025.", []),
    ],
)
def test_an_embassys_age_told_by_when_it_dates_from(text: str, expected: list[tuple[str, str, str]]) -> None:
    facts = facts_of(text, "2021-08-19", FactKind.EMBASSY)
    assert [(f.date, f.origin, f.destination) for f in facts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the flag raised over a new embassy opens it (Saturday 14 August 2021); lowered, closes it
        ("Secretary of State Warren Christopher raised the American flag over the new U.S. Embassy in Hanoi on "
         "Saturday.", [("2021-08-14", "opened", "USA", "VNM")]),
        ("The Indian flag was hoisted at the new Indian embassy in Kigali on 3 March 2018.",
         [("2018-03-03", "opened", "IND", "RWA")]),
        ("The flag was lowered at the U.S. embassy in Kabul on 15 August 2021.",
         [("2021-08-15", "closed", "USA", "AFG")]),
        # near misses: a flag flown at an embassy, a banner raised outside one
        ("The flag at the U.S. Embassy in Hanoi flew at half-staff on Saturday.", []),
        ("Protesters raised a banner outside the Chinese embassy in Manila on Monday.", []),
    ],
)  # fmt: skip
def test_a_flag_raised_over_an_embassy_opens_it(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    facts = facts_of(text, "2021-08-19", FactKind.EMBASSY)
    assert [(f.date, f.action, f.origin, f.destination) for f in facts] == expected


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a visit told as the day's news is the one the story dates days before, across the month's end
        ("Guyana, Brazil\nGuyana's President Irfaan Ali held talks with Brazilian President Lula in Brasilia "
         "yesterday. Ali is in Brazil on a two-day official visit.", "2023-03-01", ["2023-02-28"]),
        ("Kenya, Chile\nKenyan President William Ruto arrived in Santiago on Sunday. Ruto is on a three-day state "
         "visit to Chile.", "2023-05-02", ["2023-04-30"]),
        # near miss: a visit two weeks before is another one
        ("Guyana, Brazil\nGuyana's President Irfaan Ali held talks with Brazilian President Lula in Brasilia on "
         "February 15. Ali is in Brazil again on a two-day official visit.", "2023-03-01",
         ["2023-02-15", "2023-03-01"]),
    ],
)  # fmt: skip
def test_a_visit_told_as_news_is_one_dated_days_before(text: str, published: str, dates: list[str]) -> None:
    assert sorted(v.date for v in facts_of(text, published, FactKind.VISIT)) == dates


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a guest present at a dated signing, "who was on an official visit": the visit was on that day
        ("Sri Lanka and Thailand\nThe Free Trade Agreement between Sri Lanka and Thailand was signed on 3 February "
         "2024 in Colombo, in the presence of President Ranil Wickremesinghe and Prime Minister Srettha Thavisin, "
         "who was on an official visit to Sri Lanka.", "2024-02-05", [("THA", "LKA", "2024-02-03")]),
        ("Vietnam and the Philippines\nA memorandum on rice trade was signed in Manila on 12 March, witnessed by "
         "Vietnamese Prime Minister Pham Minh Chinh, who was on an official visit to the Philippines.", "2024-03-14",
         [("VNM", "PHL", "2024-03-12")]),
        ("India and Kenya\nThe treaty was signed on 5 March in Nairobi in the presence of Indian President Droupadi "
         "Murmu, who was paying a state visit to Kenya.", "2024-03-07", [("IND", "KEN", "2024-03-05")]),
        # near miss: the signing's date told of the document, the guest not present at it
        ("Sri Lanka and Thailand\nThe Free Trade Agreement, signed on 3 January 2024, was praised by Prime Minister "
         "Srettha Thavisin, who was on an official visit to Sri Lanka.", "2024-02-05", [("THA", "LKA", "2024-02-05")]),
    ],
)  # fmt: skip
def test_a_guest_present_at_a_dated_signing_visited_that_day(
    text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = facts_of(text, published, FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "published", "not_dated", "dated"),
    [
        # "the visit came (comes) … after <another event on its day>": that day is the other event's
        ("United States and Vietnam\nChristopher's visit came less than a month after President Clinton announced "
         "on July 11 that the United States would establish diplomatic relations with Vietnam.", "1995-08-06",
         "1995-07-11", None),
        ("Chile and Peru\nThe visit comes a year after the two countries signed a trade pact on 5 March 2022.",
         "2023-03-10", "2022-03-05", None),
        ("Brazil and China\nLula's visit to China comes a month after Brazil and China signed a currency deal on "
         "29 March.", "2023-04-14", "2023-03-29", None),
        # near miss: the visit's own day, the other event after it
        ("Chile and Peru\nThe visit came on 5 March 2022, after the two countries signed a trade pact.",
         "2023-03-10", None, "2022-03-05"),
    ],
)  # fmt: skip
def test_the_day_of_an_event_the_visit_came_after_is_not_the_visits(
    text: str, published: str, not_dated: str | None, dated: str | None
) -> None:
    dates = [v.date for v in facts_of(text, published, FactKind.VISIT)]
    assert not_dated not in dates
    assert dated is None or dated in dates


def test_a_visit_told_as_news_takes_the_storys_date_at_its_precision() -> None:
    fact = only("Kenyan President William Ruto is on a three-day state visit to Chile.", FactKind.VISIT, "2023-05-10")
    assert (fact.date, fact.basis) == ("2023-05-10", "reported as news: the story's date")
    fact = only("Kenyan President William Ruto is on a three-day state visit to Chile.", FactKind.VISIT, "2023-05")
    assert fact.date == "2023-05"
    # The same visit dated in the story stays one visit, on its own dates.
    facts = facts_of(
        "Kenyan President William Ruto is on a state visit to Chile. The visit to Chile runs from May 8 to 11.",
        "2023-05-10",
        FactKind.VISIT,
    )
    assert [f.date for f in facts] == ["2023-05-08"]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # relations not had since a date were not established then
        ("The United States and Vietnam have not had diplomatic relations since the fall of Saigon in 1975.", []),
        ("Saudi Arabia and Iran have had no diplomatic ties since 2016.", []),
        ("Saudi Arabia and Iran have been without diplomatic ties since 2016.", []),
        ("Israel and Indonesia have never had diplomatic relations since 1949.", []),
        # near misses: relations had since a year, after another clause's "not"
        ("The United States and Vietnam have had diplomatic relations since 1995.", ["1995"]),
        ("Mexico and Vietnam have not only had diplomatic relations since 1975 but also a trade pact.", ["1975"]),
        ("The United States and Vietnam, which had not traded for decades, have had diplomatic relations since 1995.",
         ["1995"]),
    ],
)  # fmt: skip
def test_relations_not_had_since_a_date_were_not_established_then(sentence: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(sentence, "2020-01-01", FactKind.RELATIONS_ESTABLISHED)] == dates


def test_another_clauses_or_a_future_date_does_not_establish_relations() -> None:
    sentence = (
        "The two countries will celebrate the 20th anniversary of their strategic partnership in 2024; "
        "Chile and Japan established relations long ago."
    )
    assert facts_of(sentence, "2023-05-05", REL) == []


def test_a_visitor_named_in_the_possessive_keeps_the_name_only() -> None:
    fact = only(
        "Chilean President Gabriel Boric's official visit to Vietnam from September 23-25 was a success.",
        FactKind.VISIT,
        "2023-10-10",
    )
    assert (fact.person, fact.date, fact.origin) == ("President Gabriel Boric", "2023-09-23", "CHL")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "India, Nepal sign power deal\nIndian Prime Minister Narendra Modi visited Nepal and Bhutan in May 2023.",
            "2023-06-02",
            {(("IND", "NPL"), "IND", "NPL", "2023-05"), (("BTN", "IND"), "IND", "BTN", "2023-05")},
        ),
        (
            "China and Australia agree on pandas\nChinese Premier Li Qiang made a tour of Australia, New Zealand and "
            "Malaysia in June 2024.",
            "2024-06-30",
            {
                (("AUS", "CHN"), "CHN", "AUS", "2024-06"),
                (("CHN", "NZL"), "CHN", "NZL", "2024-06"),
                (("CHN", "MYS"), "CHN", "MYS", "2024-06"),
            },
        ),
        (
            "Japan, Philippines deepen ties\nJapanese Foreign Minister Yoko Kamikawa visited the Philippines and "
            "Indonesia on Monday.",
            "2024-06-12",
            {(("JPN", "PHL"), "JPN", "PHL", "2024-06-10"), (("IDN", "JPN"), "JPN", "IDN", "2024-06-10")},
        ),
    ],
)
def test_each_country_of_a_list_visited_is_a_visit_of_the_travellers_country(
    text: str, published: str, expected: set[tuple[tuple[str, str], str, str, str]]
) -> None:
    visits = facts_of(text, published, FactKind.VISIT)
    assert {(f.countries, f.origin, f.destination, f.date) for f in visits} == expected
    assert all(f.person for f in visits)
    others = [f for f in visits if f.basis and "one of a list of countries visited" in f.basis]
    assert len(others) == len(expected) - 1 and all(f.confidence < 0.8 for f in others)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # both countries of the story's pair listed as visited: the visitor's country, named with the title or known
        # as a leader's, visits each (not one of them the other)
        (
            "Peru and Chile sign deal\nChinese President Xi Jinping visited Peru and Chile in November 2016.",
            "2016-12-01",
            {(("CHN", "PER"), "CHN", "PER", "2016-11"), (("CHL", "CHN"), "CHN", "CHL", "2016-11")},
        ),
        (
            "Peru and Chile sign deal\nPresident Xi Jinping visited Peru and Chile in November 2016.",
            "2016-12-01",
            {(("CHN", "PER"), "CHN", "PER", "2016-11"), (("CHL", "CHN"), "CHN", "CHL", "2016-11")},
        ),
        (
            "TOKYO - Japanese Prime Minister Fumio Kishida began a tour of Vietnam, Laos and Cambodia on Saturday.",
            "2023-05-03",
            {
                (("JPN", "VNM"), "JPN", "VNM", "2023-04-29"),
                (("JPN", "LAO"), "JPN", "LAO", "2023-04-29"),
                (("JPN", "KHM"), "JPN", "KHM", "2023-04-29"),
            },
        ),
        (
            "Japan's Prime Minister Fumio Kishida began a three-nation tour of Vietnam, Laos and Cambodia on Saturday.",
            "2023-05-03",
            {
                (("JPN", "VNM"), "JPN", "VNM", "2023-04-29"),
                (("JPN", "LAO"), "JPN", "LAO", "2023-04-29"),
                (("JPN", "KHM"), "JPN", "KHM", "2023-04-29"),
            },
        ),
        # near miss: a visitor of the story's pair keeps it
        (
            "Peru and Chile sign deal\nPresident Gabriel Boric of Chile visited Peru in November 2022.",
            "2022-12-01",
            {(("CHL", "PER"), "CHL", "PER", "2022-11")},
        ),
    ],
)
def test_a_visitor_of_neither_country_listed_visits_each(
    text: str, published: str, expected: set[tuple[tuple[str, str], str, str, str]]
) -> None:
    visits = facts_of(text, published, FactKind.VISIT)
    assert {(f.countries, f.origin, f.destination, f.date) for f in visits} == expected


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Chilean Foreign Minister Alberto van Klaveren visited Vietnam on June 10, 2024.", "Alberto van Klaveren"),
        ("Brazilian President Luiz Inacio Lula da Silva visited China in April 2023.", "Luiz Inacio Lula da Silva"),
        ("Saudi Crown Prince Mohammed bin Salman visited India in September 2023.", "Mohammed bin Salman"),
        # a lower-case word that is no particle ends the name
        ("Dutch Prime Minister Mark Rutte of the Netherlands visited India in June 2022.", "Mark Rutte"),
    ],
)
def test_a_visitors_name_keeps_its_particles(sentence: str, person: str) -> None:
    fact = only(sentence, FactKind.VISIT, "2024-06-12")
    assert fact.person is not None and fact.person.endswith(person)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Peru opened its embassy in Hanoi in 2006 and Vietnam opened its embassy in Lima in 2005.",
            {("PER", "VNM", "2006", "opened"), ("VNM", "PER", "2005", "opened")},
        ),
        (
            "Kenya opened an embassy in Seoul in 1997 while South Korea opened one in Nairobi in 1964.",
            {("KEN", "KOR", "1997", "opened"), ("KOR", "KEN", "1964", "opened")},
        ),
        (
            "Mexico reopened its embassy in Hanoi in 1990 and Vietnam established its embassy in Mexico City in 1976.",
            {("MEX", "VNM", "1990", "reopened"), ("VNM", "MEX", "1976", "opened")},
        ),
        # the second held since a year: "has had", "has maintained", "have kept"
        (
            "Qatar opened its embassy in Dhaka in 1979 and Bangladesh has had an embassy in Doha since 1975.",
            {("QAT", "BGD", "1979", "opened"), ("BGD", "QAT", "1975", "opened")},
        ),
        (
            "Chile opened an embassy in Seoul in 1962 while Korea has maintained one in Santiago since 1975.",
            {("CHL", "KOR", "1962", "opened"), ("KOR", "CHL", "1975", "opened")},
        ),
        # the same country's second mission, after "and" with its verb and no subject of its own
        (
            "Mexico has had an embassy in Hanoi since 1979 and opened an honorary consulate in Ho Chi Minh City in "
            "2017.",
            {("MEX", "VNM", "1979", "opened"), ("MEX", "VNM", "2017", "opened")},
        ),
        # the second dated from the first: "a year after", "two years before"
        (
            "Mongolia opened its embassy in Seoul in 1991, a year after Korea opened its embassy in Ulaanbaatar.",
            {("MNG", "KOR", "1991", "opened"), ("KOR", "MNG", "1990", "opened")},
        ),
        (
            "Chile opened an embassy in Hanoi in 2003, two years before Vietnam opened one in Santiago.",
            {("CHL", "VNM", "2003", "opened"), ("VNM", "CHL", "2005", "opened")},
        ),
        # near miss: what follows "and" is no opening of its own
        (
            "Peru opened its embassy in Hanoi in 2006 and Vietnam has had close ties with Lima since 2007.",
            {("PER", "VNM", "2006", "opened")},
        ),
        (
            "Peru opened its embassy in Hanoi in 2006 and Vietnam welcomed the move in 2007.",
            {("PER", "VNM", "2006", "opened")},
        ),
    ],
)
def test_two_embassies_in_one_sentence_without_a_comma(sentence: str, expected: set[tuple[str, str, str, str]]) -> None:
    facts = facts_of(sentence, "2023-01-01", FactKind.EMBASSY)
    assert {(f.origin, f.destination, f.date, f.action) for f in facts} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya and South Korea talk. Yoon is expected to visit Nairobi next year.",
        "Chilean President Gabriel Boric may visit Thailand later this year.",
        "Brazilian President Lula is likely to travel to China in April.",
        # expected or due in the other country, no "to visit" said
        "Brazilian President Lula is expected in Abuja next month.",
        "Chinese Premier Li Qiang is due in Canberra in December.",
        # scheduled, due or set to, with no day fixed
        "Uruguayan President Luis Lacalle Pou is scheduled to visit China later this year.",
        "Kenyan President William Ruto is due to visit Beijing in December.",
        "German Chancellor Olaf Scholz is set to travel to Kenya next month.",
        # told in the future, with no month fixed
        "Kenyan President William Ruto will pay a state visit to India later this year.",
        "Japanese Prime Minister Fumio Kishida is to visit India next year.",
        "Chilean President Gabriel Boric plans to visit Vietnam in 2024.",
        # said after the visit word to be only planned, prepared or talked of
        "Thai officials said a visit by the Chinese premier was being planned.",
        "The Thai prime minister's visit to China in June is under consideration, officials said.",
        "A trip to Japan by Chile's president has been proposed for next year.",
    ],
)
def test_a_visit_only_expected_is_no_visit(sentence: str) -> None:
    assert facts_of(sentence, "2023-11-02", FactKind.VISIT) == []


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Brazilian President Lula is scheduled to visit China from December 4 to 6.", "2023-12-04"),
        ("Japanese Prime Minister Fumio Kishida will visit India on November 19-20.", "2023-11-19"),
        # told in the future with its month fixed, as the house style dates visits by their month
        ("Australian Trade Minister John Dawkins will visit Peking next month.", "2023-12"),
        ("Indian Prime Minister Narendra Modi will travel to Egypt in June.", "2024-06"),
        # told in the past: done, whatever its precision
        ("Australian Trade Minister John Dawkins visited Peking last month.", "2023-10"),
    ],
)
def test_a_visit_scheduled_for_its_days_is_a_visit(sentence: str, date: str) -> None:
    """Near misses of the above: the days fixed, as "will pay a state visit … from July 2 to 6" is counted."""
    assert [f.date for f in facts_of(sentence, "2023-11-02", FactKind.VISIT)] == [date]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # a visit over days written day first: its first day, the year stated once at the end its too
        (
            "Nepal's Prime Minister Pushpa Kamal Dahal paid an official visit to India from 31 May to 3 June 2023.",
            "2023-05-31",
        ),
        ("Chilean President Gabriel Boric paid a state visit to Vietnam on 28-30 June 2023.", "2023-06-28"),
        ("Kenya's President William Ruto visited China from 30 December to 2 January 2024.", "2023-12-30"),
        ("Peru's foreign minister visited Japan 12 to 14 March.", "2023-03-12"),
        # near miss: one day stated
        ("Peru's foreign minister visited Japan on 14 March.", "2023-03-14"),
    ],
)
def test_a_visit_over_days_written_day_first_is_dated_by_its_first(sentence: str, date: str) -> None:
    assert [f.date for f in facts_of(sentence, "2023-08-01", FactKind.VISIT)] == [date]


def test_a_visit_planned_long_before_it_happened_is_a_visit() -> None:
    # near miss: planned in a clause of its own, and then made
    text = "Chile's president's visit to Japan, which was planned for months, took place on Monday."
    assert [(f.countries, f.date) for f in facts_of(text, "2023-11-02", FactKind.VISIT)] == [
        (("CHL", "JPN"), "2023-10-30")
    ]


def test_a_visit_expected_on_a_day_is_scheduled() -> None:
    """As the gold counts a scheduled visit with a fixed date ("begins a four-day state visit on Tuesday")."""
    fact = only(
        "Chinese President Xi Jinping is expected to arrive in Lima on Wednesday for a state visit to Peru.",
        FactKind.VISIT,
        "2024-11-12",
    )
    assert (fact.countries, fact.date) == (("CHN", "PER"), "2024-11-13")


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        ("King Fahd of Saudi Arabia begins a four-day state visit to Britain on Tuesday.", "1987-03-22", "1987-03-24"),
        ("Japanese Foreign Minister Yoko Kamikawa is scheduled to visit Chile on Friday.", "2024-06-12", "2024-06-14"),
        ("Indian Prime Minister Narendra Modi is due to arrive in Canberra on Monday.", "2023-05-17", "2023-05-22"),
        # near miss: an expected visit that has taken place
        (
            "Indian Prime Minister Narendra Modi, as expected, arrived in Canberra on Monday.",
            "2023-05-17",
            "2023-05-15",
        ),
        # the present of a timetable: a journey told in the present before a weekday is to come
        ("French President Emmanuel Macron arrives in Nigeria on Friday, the Elysee said.", "2023-03-02", "2023-03-03"),
        ("Chinese Premier Li Qiang travels to Australia on Saturday for a four-day visit.", "2024-06-12", "2024-06-15"),
        ("Kenyan President William Ruto heads to Washington on Sunday for a state visit.", "2024-05-16", "2024-05-19"),
        # near miss: the present of the one who tells it, not of the journey
        ("German Chancellor Olaf Scholz says his visit to Brazil on Monday went well.", "2023-02-01", "2023-01-30"),
    ],
)
def test_a_weekday_of_a_visit_to_come_is_the_coming_one(sentence: str, published: str, date: str) -> None:
    assert only(sentence, FactKind.VISIT, published).date == date


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("President Lula came to Vietnam in March 2023, the first Brazilian leader to do so.", "2023-03"),
        ("Philippine President Marcos went to the United States in May 2023.", "2023-05"),
        ("Sheikh Mohamed flew to the UAE's partner Kenya in June 2022.", "2022-06"),
    ],
)
def test_came_or_went_to_a_country_is_a_visit(sentence: str, date: str) -> None:
    assert only(sentence, FactKind.VISIT, "2024-05-02").date == date


@pytest.mark.parametrize(
    ("sentence", "origin", "destination", "date"),
    [
        (
            "New Zealand Prime Minister Christopher Luxon held talks with his Japanese counterpart in Tokyo on "
            "Thursday.",
            "NZL",
            "JPN",
            "2024-04-18",
        ),
        (
            "Vietnam President Vo Van Thuong met Chilean business leaders in Santiago on April 16.",
            "VNM",
            "CHL",
            "2024-04-16",
        ),
        (
            "Sri Lanka Foreign Minister Ali Sabry was in Canberra on Monday for talks with Australia.",
            "LKA",
            "AUS",
            "2024-04-15",
        ),
    ],
)
def test_a_leader_named_by_the_country_before_the_title_in_the_others_capital(
    sentence: str, origin: str, destination: str, date: str
) -> None:
    fact = only(sentence, FactKind.VISIT, "2024-04-20")
    assert (fact.origin, fact.destination, fact.date) == (origin, destination, date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader's title in lower case, as AP style writes it where no name follows
        ("Egypt and Italy.\n\nItaly's premier met Egypt's president in Cairo on Sunday.",
         [("ITA", "EGY", "2023-06-04")]),
        ("Japan and Vietnam.\n\nJapan's prime minister held talks with Vietnamese leaders in Hanoi on Monday.",
         [("JPN", "VNM", "2023-06-05")]),
        ("Australia and China.\n\nThe Chinese premier met Australian business leaders in Canberra on Tuesday.",
         [("CHN", "AUS", "2023-06-06")]),
        # near miss: a chamber's president is no country's leader
        ("Egypt and Italy.\n\nItaly's president of the chamber of commerce met Egyptian firms in Cairo on Sunday.", []),
    ],
)  # fmt: skip
def test_a_leaders_title_in_lower_case_places_the_leader(text: str, expected: list[tuple[str, ...]]) -> None:
    facts = facts_of(text, "2023-06-07", FactKind.VISIT)
    assert [(f.origin, f.destination, f.date) for f in facts] == expected


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # a day without its year in a clause of the future: its next coming, not its last
        ("Cambodian Prime Minister Hun Manet will pay an official visit to Thailand on February 7-8.", "2024-02-07"),
        ("Indian Prime Minister Narendra Modi is scheduled to visit Japan on May 19.", "2024-05-19"),
        ("Kenyan President William Ruto will travel to China on October 16.", "2023-10-16"),
        # near misses: told in the past, its last
        ("Cambodian Prime Minister Hun Manet paid an official visit to Thailand on February 7-8.", "2023-02-07"),
        ("Kenyan President William Ruto travelled to China on October 16.", "2022-10-16"),
    ],
)
def test_a_day_of_the_future_without_its_year_is_its_next(sentence: str, date: str) -> None:
    assert [f.date for f in facts_of(sentence, "2023-06-07", FactKind.VISIT)] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # said on a day during the visit: that day; a year a figure is compared with dates no visit
        ("Dubai, February 14, 2024 (WAM) – Non-oil trade between the UAE and India reached $50.5 billion in 2023, a 5 "
         "percent increase on 2022, the minister announced on Wednesday during Prime Minister Narendra Modi's visit "
         "to Abu Dhabi.", "2024-02-14"),
        ("Kenya and India.\n\nTrade rose 8 percent from 2021, the minister said on Monday during Kenyan President "
         "William Ruto's visit to New Delhi.", "2023-06-05"),
    ],
)  # fmt: skip
def test_a_visit_dated_by_what_was_said_during_it(text: str, date: str) -> None:
    published = None if text.startswith("Dubai") else "2023-06-07"  # the first dated by its dateline
    assert [f.date for f in facts_of(text, published, FactKind.VISIT)] == [date]


def test_a_day_said_after_a_visit_does_not_date_it() -> None:
    """Near miss of the above: said a week after the visit, the day is the saying's only."""
    text = (
        "Kenya and India.\n\nTrade rose 8 percent from 2021, the minister said on Monday, a week after Kenyan "
        "President William Ruto's visit to New Delhi."
    )
    assert [f.date for f in facts_of(text, "2023-06-07", FactKind.VISIT) if f.date in ("2021", "2023-06-05")] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a leader in the other country as the story is told: its month
        ("Chilean President Gabriel Boric is in Hanoi for talks with Vietnamese leaders.", [("CHL", "VNM", "2024-04")]),
        ("Kenyan President William Ruto is now in Beijing on a state visit.", [("KEN", "CHN", "2024-04-20")]),
        # told of the leader in a relative clause, of one or of two
        ("Chilean Foreign Minister Alberto van Klaveren, who is currently in Hanoi, said trade would grow.",
         [("CHL", "VNM", "2024-04")]),
        ("Japanese Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara, who are in Manila for the "
         "meeting, met Philippine officials.", [("JPN", "PHL", "2024-04")]),
        # near misses: "was in", whose time the sentence does not tell
        ("Chilean President Gabriel Boric was in Hanoi for talks with Vietnamese leaders.", []),
        ("Chilean Foreign Minister Alberto van Klaveren, who was in Hanoi in 2019, said trade would grow.", []),
    ],
)  # fmt: skip
def test_a_leader_there_as_the_story_is_told_is_visiting(sentence: str, expected: list[tuple[str, ...]]) -> None:
    facts = facts_of(sentence, "2024-04-20", FactKind.VISIT)
    assert [(f.origin, f.destination, f.date) for f in facts] == expected


def test_an_official_who_signed_for_his_country_was_there_on_the_signings_day() -> None:
    # "signed for Japan": the signing the sentence before dated (Monday 8 July 2024)
    text = (
        "The Philippines and Japan on Monday signed the Reciprocal Access Agreement. Japanese Foreign Minister Yoko "
        "Kamikawa, who is in Manila for the ministerial meeting, signed for Japan."
    )
    facts = facts_of(text, "2024-07-09", FactKind.VISIT)
    assert [(f.origin, f.destination, f.date) for f in facts] == [("JPN", "PHL", "2024-07-08")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a wire story, who signed for his side signed what the lead told, on the dateline's day, however
        # many years the lead's figures hold
        (" date 1987-09-09\nSOVIET UNION, INDONESIA SIGN TRADE PROTOCOL\n    JAKARTA, Sept 9 - The Soviet Union and "
         "Indonesia signed a protocol today to increase two-way trade, which fell to 62 mln dlrs in 1986 from 85 mln "
         "in 1985.\n    Soviet Deputy Foreign Trade Minister Ivan Ivanov signed for Moscow.",
         [("SUN", "IDN", "1987-09-09")]),
        (" date 1987-03-03\nKENYA, CHINA SIGN AID ACCORD\n    NAIROBI, March 3 - Kenya and China signed an aid "
         "agreement today, raising aid to 120 mln dlrs from 90 mln in 1986 and 70 mln in 1985.\n    Chinese Vice "
         "Premier Tian Jiyun signed on behalf of Peking.", [("CHN", "KEN", "1987-03-03")]),
        # near miss: an ambassador, who lives there, signing for his side is no visit
        (" date 1987-06-04\nPERU, JAPAN SIGN LOAN ACCORD\n    LIMA, June 4 - Peru and Japan signed a loan accord "
         "today worth 200 mln dlrs, up from 150 mln in 1986 and 100 mln in 1985.\n    Japan's ambassador Hiroshi "
         "Sato signed for Tokyo.", []),
    ],
)  # fmt: skip
def test_who_signed_for_his_side_in_a_wire_story_was_there_on_the_datelines_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    facts = extract_article(text).facts
    assert [(f.origin, f.destination, f.date) for f in facts if f.kind == FactKind.VISIT] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the day told before the meeting in the other's capital: "said on Wednesday at a meeting with … in Hanoi"
        ("Russian Deputy Prime Minister Dmitry Chernyshenko said on Wednesday at a meeting with Vietnamese Prime "
         "Minister Pham Minh Chinh in Hanoi that trade grew.", [("RUS", "VNM", "2024-04-17")]),
        ("Japanese Foreign Minister Yoko Kamikawa on Monday held talks with her Philippine counterpart in Manila.",
         [("JPN", "PHL", "2024-04-15")]),
        ("Chinese Premier Li Qiang told reporters on Tuesday, during talks with Australian Prime Minister Anthony "
         "Albanese in Canberra, that ties had improved.", [("CHN", "AUS", "2024-04-16")]),
        # near miss: a place named after the day, of no meeting
        ("Russian Deputy Prime Minister Dmitry Chernyshenko said on Wednesday that a trade office would open in "
         "Hanoi.", []),
    ],
)  # fmt: skip
def test_a_leader_met_in_the_others_capital_on_a_day_told_before(
    sentence: str, expected: list[tuple[str, ...]]
) -> None:
    facts = facts_of(sentence, "2024-04-20", FactKind.VISIT)
    assert [(f.origin, f.destination, f.date) for f in facts] == expected


def test_the_date_of_a_talk_on_relations_is_no_establishment() -> None:
    sentence = "Nepal and Japan held talks on the date of diplomatic relations' anniversary events, 1 September 2023."
    assert facts_of(sentence, "2024-05-02", FactKind.RELATIONS_ESTABLISHED) == []


def test_a_visit_to_the_country_with_a_stop_at_its_embassy_is_still_a_visit() -> None:
    sentence = "Chilean President Gabriel Boric visited Vietnam in March 2024 and met staff of the Chilean embassy."
    assert only(sentence, FactKind.VISIT, "2024-05-02").date == "2024-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mission raised to an embassy: the embassy opened then
        ("Peru and Korea\nKorea upgraded its consulate in Lima to an embassy in 1973.", [("KOR", "PER", "1973")]),
        ("India upgraded its mission in Hanoi to a full embassy in 1972.", [("IND", "VNM", "1972")]),
        # a sheet's field of an embassy held since a date
        ("Indonesia and Peru\nEmbassy of Peru in Jakarta: since 1975", [("PER", "IDN", "1975")]),
        # near misses: an embassy's website upgraded; a field of an embassy's address
        ("Peru and Korea\nKorea upgraded its embassy's website in 1999.", []),
        ("Indonesia and Peru\nEmbassy of Peru in Jakarta: Jalan Kuningan 1975", []),
    ],
)
def test_a_mission_upgraded_or_a_field_held_since_is_the_embassy_opened(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    facts = facts_of(text, "2023-06-07", FactKind.EMBASSY)
    assert [(f.origin, f.destination, f.date) for f in facts] == expected
    assert all(f.action == "opened" for f in facts)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Vietnam, which established relations with Mexico in 1975, opened its embassy there in 1976.", "1976"),
        ("Mexico and Vietnam opened diplomatic relations in May 1975 and embassies in 1976.", "1976"),
        ("Kenya, having set up ties with Korea in 1964, opened an embassy in Seoul in 1992.", "1992"),
        # near misses: the embassy's date stated before its verb, or after the noun it follows
        ("In 1976, Mexico opened its embassy in Hanoi.", "1976"),
        ("The Mexican embassy in Hanoi, opened in 1976, was closed in 1980 for a time.", "1976"),
        # a year counted back to another event after it is that event's, not the embassy's
        ("Ghana on Wednesday inaugurated its embassy in Ankara, 59 years after the two countries established "
         "diplomatic relations.", "2024-05-01"),
        ("Korea on Monday opened an embassy in Dakar, 62 years after they set up ties.", "2024-04-29"),
        # a year of the other event's clause, after a count of months, is that event's too
        ("Israel today opened its embassy in Cairo, a month after the two countries established diplomatic "
         "relations under their 1979 peace treaty.", "2024-05-02"),
        ("Ghana on Wednesday inaugurated its embassy in Ankara, two months after the two countries signed the 2021 "
         "trade pact.", "2024-05-01"),
        ("Kenya yesterday opened an embassy in Seoul, a year after the two sides upgraded their 1964 ties.",
         "2024-05-01"),
        # near miss: the embassy's own date, stated before the count
        ("Israel opened its embassy in Cairo in February 1980, a month after the two countries established "
         "diplomatic relations.", "1980-02"),
    ],
)  # fmt: skip
def test_an_embassys_date_is_its_verbs_not_the_relations(sentence: str, date: str) -> None:
    assert [f.date for f in facts_of(sentence, "2024-05-02", FactKind.EMBASSY)][:1] == [date]


def test_a_year_counted_back_to_another_embassy_still_dates_it() -> None:
    """Near miss of the rule above: "a year after Turkey opened one" is the other embassy's year, counted back."""
    sentence = "Ghana on Wednesday opened its embassy in Ankara, a year after Turkey opened one in Accra."
    facts = facts_of(sentence, "2024-05-02", FactKind.EMBASSY)
    assert [(f.origin, f.destination, f.date) for f in facts] == [("GHA", "TUR", "2024-05-01"), ("TUR", "GHA", "2023")]


@pytest.mark.parametrize(
    "sentence",
    [
        # an embassy that only speaks: the verb before it, clauses away, is another's
        "Indonesia and Peru, which established diplomatic relations in 1975, saw trade reach $420 million in 2023, "
        "the Indonesian embassy said.",
        "Mexico, which established ties with Vietnam in 1975, has seen trade grow, the Mexican embassy in Hanoi said "
        "on Tuesday.",
        "Chile and Vietnam, which opened their markets to each other in 2014, agreed on new rules in 2023, according "
        "to the Chilean embassy.",
    ],
)
def test_an_embassy_that_only_speaks_opened_nothing(sentence: str) -> None:
    assert facts_of(sentence, "2024-05-02", FactKind.EMBASSY) == []


VISIT, RELATIONS = FactKind.VISIT, FactKind.RELATIONS_ESTABLISHED


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "came to" a sum in a currency written with letters, or a state of affairs: no journey
        ("Trade between Chile and Korea came to US$7.1 billion in 2019.", VISIT),
        ("Trade between Norway and Chile came to S$1.1 billion in 2020.", VISIT),
        ("Malaysian investment in Turkey went to RM2.3 billion in 2021.", VISIT),
        ("Indonesian exports to Australia came to A$5 billion in 2022.", VISIT),
        ("Chile and Korea came to an agreement on fisheries in 2019.", VISIT),
        ("President Boric came to power in Chile in 2022, and Korea welcomed him.", VISIT),
        # a call at an embassy or consulate in one's own city, or a leader in the own capital
        ("The Chilean minister visited the Vietnamese embassy in Santiago in 2023.", VISIT),
        ("Peruvian Foreign Minister Javier Gonzalez-Olaechea visited the Thai Embassy in Lima on 5 March 2024.", VISIT),
        ("The Kenyan trade minister's visit to the Indian Consulate General in Mombasa in 2022 drew crowds.", VISIT),
        ("New Zealand Prime Minister Christopher Luxon spoke about Japan in Wellington on Thursday.", VISIT),
        # ties of firms, of trade or of business; relations severed or strained; no date of a beginning
        ("The Vietnamese firm established ties with Chilean retailers in 2019.", RELATIONS),
        ("The Uzbek firm forged ties with Korean retailers in 1992.", RELATIONS),
        ("The Thai firm set up ties with Lao distributors in 2015.", RELATIONS),
        ("Peru and Japan established trade ties in 1899.", RELATIONS),
        ("Trade ties between Nepal and China date back centuries, officials said in 1960.", RELATIONS),
        ("Cultural ties between India and Thailand date to ancient times, the minister said in 2019.", RELATIONS),
        (
            "Nepal and Australia met. Trade relations were established in 1960, and business ties were forged in 1970.",
            RELATIONS,
        ),
        ("Trade relations between Chile and Vietnam were established in 1990.", RELATIONS),
        ("Peru and Korea re-established diplomatic relations in 1993.", RELATIONS),
        ("Relations between Chile and Vietnam were strained in 1980.", RELATIONS),
        ("Vietnam and Cuba restored diplomatic relations (severed in 1979) last week.", RELATIONS),
        ("Kazakhstan and Korea said their diplomatic ties, which were strained in 1992, have recovered.", RELATIONS),
    ],
)
def test_what_only_looks_like_a_visit_or_relations_established_gives_none(sentence: str, kind: FactKind) -> None:
    assert facts_of(sentence, "2024-04-20", kind) == []


@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        # normalized or established as ties, forged as ties, dated from a date
        ("Indonesia and Singapore normalized ties in 1967 after the Konfrontasi.", ("IDN", "SGP"), "1967"),
        ("China and South Korea established full ties in August 1992.", ("CHN", "KOR"), "1992-08"),
        ("Vietnam established ties with Brunei on 29 February 1992.", ("BRN", "VNM"), "1992-02-29"),
        # bare relations or ties in the passive, nothing before them that makes them a trade's or a firm's
        (
            "Indonesia and Korea marked 50 years of diplomatic relations, after ties were established on September "
            "18, 1973.",
            ("IDN", "KOR"),
            "1973-09-18",
        ),
        ("Chile and Vietnam, whose relations were established in March 1971, met again.", ("CHL", "VNM"), "1971-03"),
        ("Relations between Peru and Korea were established on April 1, 1963.", ("KOR", "PER"), "1963-04-01"),
        # near miss: another event's date before them, counted from them
        (
            "South Korea opened its embassy in Kuala Lumpur in 1962, two years after relations were established, and "
            "the two countries established diplomatic relations on February 23, 1960.",
            ("KOR", "MYS"),
            "1960-02-23",
        ),
        ("Diplomatic relations between Mexico and Korea date from January 1962.", ("KOR", "MEX"), "1962-01"),
        ("Thailand and Peru, whose relations dated from 1965, met again.", ("PER", "THA"), "1965"),
        # dated "to" a date, or traced back to it
        ("Full diplomatic relations between India and Israel date to January 1992.", ("IND", "ISR"), "1992-01"),
        ("Ties between Chile and Korea, dating to 1962, were celebrated in Seoul.", ("CHL", "KOR"), "1962"),
        ("Relations between Spain and the Philippines can be traced back to 1947.", ("ESP", "PHL"), "1947"),
        # in a "which were established" clause, in brackets after them
        (
            "Kazakhstan and Korea hailed their diplomatic ties, which were established on Jan. 28, 1992.",
            ("KAZ", "KOR"),
            "1992-01-28",
        ),
        (
            "Vietnam-Cuba diplomatic relations (December 2, 1960) are a symbol of solidarity.",
            ("CUB", "VNM"),
            "1960-12-02",
        ),
        ("Trade has grown since Uzbekistan and Korea forged ties in 1992.", ("KOR", "UZB"), "1992"),
        # set up as ties, plainly
        ("Cambodia and South Korea first set up ties in 1970.", ("KHM", "KOR"), "1970"),
        ("Israel and Morocco set up ties in December 2020 under a US-brokered deal.", ("ISR", "MAR"), "2020-12"),
        ("Bhutan and Bahrain set up formal ties on 12 March 2012.", ("BHR", "BTN"), "2012-03-12"),
        (
            "Laos and Cambodia marked their diplomatic relations (since 15 June 1956) on Friday.",
            ("KHM", "LAO"),
            "1956-06-15",
        ),
        # a fact sheet's label
        ("Indonesia - China\n* Date of diplomatic relations: 13 April 1950", ("CHN", "IDN"), "1950-04-13"),
        ("Uzbekistan - Korea\nYear of diplomatic ties: 1992", ("KOR", "UZB"), "1992"),
        ("Nepal and Japan\nDate of the diplomatic relationship: 1 September 1956", ("JPN", "NPL"), "1956-09-01"),
        # relations alone as the sentence's subject, in a story about the pair
        (
            "Nepal and Australia mark 60 years of friendship. Relations were established in 1960.",
            ("AUS", "NPL"),
            "1960",
        ),
        ("Laos and Mongolia held talks. Their ties were forged on 20 July 1962.", ("LAO", "MNG"), "1962-07-20"),
        # the first of a region to establish ties, its year after a comma
        ("Peru was the first Latin American country to establish ties with Korea, in 1963.", ("KOR", "PER"), "1963"),
        # … with the pair after "between", no adjective before the relations
        ("Relations between Chile and Vietnam were established in 1971.", ("CHL", "VNM"), "1971"),
        ("Ties between Ghana and China were forged in 1960.", ("CHN", "GHA"), "1960"),
        (
            "The relations between Peru and Korea were officially established on April 1, 1963.",
            ("KOR", "PER"),
            "1963-04-01",
        ),
        (
            "Peru and Korea met. The two countries' relations were formally established in April 1963.",
            ("KOR", "PER"),
            "1963-04",
        ),
        # relations "formalised", as Commonwealth papers write it
        ("Australia and China formalised diplomatic relations on 21 December 1972.", ("AUS", "CHN"), "1972-12-21"),
        ("Namibia and Cuba formalized diplomatic ties in March 1990.", ("CUB", "NAM"), "1990-03"),
        ("Bhutan and Japan formalised their diplomatic relations in 1986.", ("BTN", "JPN"), "1986"),
        # the pair's relations named with a hyphen or a dash inside the words of the event
        (
            "The establishment of Thailand–Vietnam diplomatic relations on August 6, 1976 opened a new chapter.",
            ("THA", "VNM"),
            "1976-08-06",
        ),
        ("The establishment of Brazil-Korea diplomatic ties in 1959 opened the way for trade.", ("BRA", "KOR"), "1959"),
        (
            "The ministers recalled the establishment of Sri Lanka-Japan diplomatic relations in 1952.",
            ("JPN", "LKA"),
            "1952",
        ),
        (
            "The event celebrated 45 years of Philippines-Vietnam diplomatic relations (1976-2021).",
            ("PHL", "VNM"),
            "1976",
        ),
        ("Japan and Mongolia marked 50 years of Japan–Mongolia diplomatic relations in 2022.", ("JPN", "MNG"), "1972"),
        ("30 years of Kazakhstan-Korea diplomatic relations were celebrated in Seoul in 2022.", ("KAZ", "KOR"), "1992"),
        # relations held since a date that opens the sentence
        ("Since May 19, 1975, Mexico and Vietnam have maintained diplomatic relations.", ("MEX", "VNM"), "1975-05-19"),
        ("Since 1971, Chile and Vietnam have had diplomatic ties.", ("CHL", "VNM"), "1971"),
        ("Since March 1992, Kazakhstan and Korea have enjoyed diplomatic relations.", ("KAZ", "KOR"), "1992-03"),
        # an anniversary that falls on a day: the same day, so many years before
        (
            "The 50th anniversary of diplomatic relations between Brazil and China falls on August 15, 2024.",
            ("BRA", "CHN"),
            "1974-08-15",
        ),
        (
            "The 30th anniversary of diplomatic relations between Korea and Vietnam fell on December 22, 2022.",
            ("KOR", "VNM"),
            "1992-12-22",
        ),
        # relations at the level of embassies, held since a date
        ("China and Portugal have had relations at embassy level since 1979.", ("CHN", "PRT"), "1979"),
        ("Vietnam and Argentina have maintained relations at ambassadorial level since 1973.", ("ARG", "VNM"), "1973"),
        (
            "Mongolia and South Korea have had diplomatic relations at embassy level since March 1990.",
            ("KOR", "MNG"),
            "1990-03",
        ),
        # diplomatic partners, allies or links since a date: relations held since then
        ("Kenya and the Republic of Korea have been diplomatic partners since 1964.", ("KEN", "KOR"), "1964"),
        ("Paraguay has been a diplomatic ally of Taiwan since July 1957.", ("PRY", "TWN"), "1957-07"),
        ("Fiji and India have had diplomatic links since 1970, the high commissioner said.", ("FJI", "IND"), "1970"),
        # held with the other named between: "ties with Taipei since 1968"
        ("Eswatini has maintained diplomatic ties with Taipei since 1968.", ("SWZ", "TWN"), "1968"),
        ("Paraguay has had diplomatic relations with Taiwan since July 1957.", ("PRY", "TWN"), "1957-07"),
    ],
)
def test_relations_established_in_the_wordings_of_other_outlets(text: str, pair: tuple[str, str], date: str) -> None:
    fact = only(text, FactKind.RELATIONS_ESTABLISHED, "2024-05-02")
    assert (fact.countries, fact.date) == (pair, date)


def test_a_jubilee_of_something_else_is_no_anniversary_of_relations() -> None:
    text = "India and Bangladesh celebrated the golden jubilee of the India-Bangladesh Chamber of Commerce."
    assert facts_of(text, "2022-05-10", FactKind.RELATIONS_ESTABLISHED) == []


def test_relations_formalised_are_no_agreement() -> None:
    facts = facts_of("Australia and China formalised diplomatic relations on 21 December 1972.", "2024-05-02")
    assert [(f.kind, f.date) for f in facts] == [(REL, "1972-12-21")]


@pytest.mark.parametrize(
    "text",
    [
        "Korea and Vietnam\nSamsung formalised business relations with Vietnamese suppliers in 2008.",
        "The establishment of Vietnam-Peru trade offices in 2015 helped exporters.",
        "30 years of Kazakhstan-Korea trade relations were celebrated in Seoul in 2022.",
        "Laos and Peru have had trade relations since 1995.",
        "Since 2015, relations between Laos and Peru have improved.",
        "Since 1975, trade between Mexico and Vietnam has grown.",
        "Vietnam and Japan have been strategic partners since 2009.",
        "Chile and Vietnam have been trading partners since 1990.",
        "Chile has had trade ties with Peru since 1990.",
    ],
)
def test_near_misses_of_those_wordings_are_no_relations(text: str) -> None:
    assert facts_of(text, "2024-05-02", REL) == []


@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        # the date of a relative clause closed before the visit is its own event's
        (
            "Mexico and Vietnam, which set up diplomatic relations in 1975, held talks in Hanoi in 2015 when the "
            "Mexican foreign minister visited.",
            ("MEX", "VNM"),
            "2015",
        ),
        ("Peru's president, who took office in July 2021, visited China in 2022.", ("CHN", "PER"), "2022"),
        (
            "The Thai prime minister, whose country established relations with Chile in 1962, visited Santiago in "
            "2019.",
            ("CHL", "THA"),
            "2019",
        ),
        # near miss: the visit told in the relative clause itself
        (
            "Vietnam, which the Mexican foreign minister visited in 2015, is one of Mexico's partners.",
            ("MEX", "VNM"),
            "2015",
        ),
    ],
)
def test_a_visit_is_not_dated_by_another_event_of_the_sentence(text: str, pair: tuple[str, str], date: str) -> None:
    visits = facts_of(text, "2024-05-02", FactKind.VISIT)
    assert [(v.countries, v.date) for v in visits] == [(pair, date)]


@pytest.mark.parametrize(
    "text",
    [
        # a journey to a region or a bloc is no visit to the other country of the story
        "Chile and Vietnam met. Boric previously visited Asia in 2023, attending the APEC summit in San Francisco.",
        "Mexico and Vietnam met. The Mexican president toured Africa in 2016.",
        "Peru and Vietnam met. Peru's foreign minister travelled to Europe in May 2023 for talks.",
    ],
)
def test_a_journey_to_a_region_is_no_visit(text: str) -> None:
    assert facts_of(text, "2024-06-20", FactKind.VISIT) == []


def test_a_visit_to_the_country_on_a_trip_to_its_region_is_one() -> None:
    visits = facts_of("Chilean President Boric visited Vietnam in 2024, his first trip to Asia.", "2024-06-20")
    assert [(v.countries, v.date) for v in visits if v.kind == FactKind.VISIT] == [(("CHL", "VNM"), "2024")]


@pytest.mark.parametrize(
    ("text", "origin", "date"),
    [
        # an embassy named as a country's resident mission
        ("India and Mongolia\nIndia established its resident mission in Ulaanbaatar in 1971.", "IND", "1971"),
        ("Chile and Vietnam\nChile's resident mission in Hanoi opened in March 2001.", "CHL", "2001-03"),
        ("Laos and Australia\nAustralia set up a resident mission in Vientiane in 1952.", "AUS", "1952"),
        # a country's mission in a capital, plainly so called
        ("Mongolia and South Korea\nMongolia opened its mission in Seoul in 1991.", "MNG", "1991"),
        ("Ghana and China\nGhana's mission in Beijing opened in 1960.", "GHA", "1960"),
        ("Peru and Vietnam\nPeru set up its mission in Hanoi in 2005.", "PER", "2005"),
        # a legation, the mission of a rank below an embassy, as countries opened them before the 1960s
        ("India and Ethiopia\nIndia opened its legation in Addis Ababa in 1948.", "IND", "1948"),
        ("Sweden and Japan\nSweden's legation in Tokyo was opened in 1906.", "SWE", "1906"),
        ("Thailand and Denmark\nDenmark established a legation in Bangkok in 1958.", "DNK", "1958"),
        # a Commonwealth country's embassy in another is its High Commission
        ("India and New Zealand\nIndia opened its High Commission in Wellington in 1952.", "IND", "1952"),
        ("Australia and Papua New Guinea\nAustralia opened a high commission in Port Moresby in 1975.", "AUS", "1975"),
        ("Fiji and Australia\nFiji's High Commission in Canberra was opened in 1971.", "FJI", "1971"),
    ],
)
def test_a_countrys_mission_by_any_of_its_names_is_its_embassy(text: str, origin: str, date: str) -> None:
    fact = only(text, FactKind.EMBASSY, "2024-05-02")
    assert (fact.origin, fact.date) == (origin, date)


def test_an_organisations_resident_mission_is_no_embassy() -> None:
    assert facts_of("Vietnam and Chile\nThe IMF resident mission in Hanoi opened in 1996.", "2024-05-02") == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a delegation, a trade office, an organisation's or a military mission, a mission to the UN
        "Australia and Vietnam\nAustralia sent a trade mission to Vietnam in 1990.",
        "Japan and Taiwan\nJapan opened a trade mission in Taipei in 1972.",
        "Afghanistan and Australia\nThe UN opened its mission in Kabul in 2002.",
        "Australia and Afghanistan\nAustralia ended its military mission in Afghanistan in 2021.",
        "Vietnam and the United States\nVietnam opened its permanent mission in New York in 1977.",
    ],
)
def test_a_mission_of_another_kind_is_no_embassy(text: str) -> None:
    assert facts_of(text, "2024-05-02", FactKind.EMBASSY) == []


def test_the_un_high_commission_for_refugees_is_no_embassy() -> None:
    text = "Pakistan and Afghanistan\nThe UN High Commission for Refugees opened an office in Islamabad in 1980."
    assert facts_of(text, "2024-05-02", FactKind.EMBASSY) == []


@pytest.mark.parametrize(
    ("text", "pair", "date", "basis"),
    [
        # the date stated is another event's, the relations set from it: "a year after"
        (
            "Bahrain opened its embassy in Israel in September 2021, a year after the two countries normalised "
            "relations.",
            ("BHR", "ISR"),
            "2020",
            "a year after",
        ),
        (
            "Vietnam opened its embassy in Seoul in 1993, one year after Vietnam and Korea established diplomatic "
            "relations.",
            ("KOR", "VNM"),
            "1992",
            "one year after",
        ),
        (
            "Chile's president visited Hanoi in 1998, 27 years after Chile and Vietnam established diplomatic "
            "relations.",
            ("CHL", "VNM"),
            "1971",
            "1998 − 27",
        ),
        (
            "Peru opened a trade office in Hanoi in March 1994, six months after it established relations with "
            "Vietnam.",
            ("PER", "VNM"),
            "1993-09",
            "six months after",
        ),
        # the other event on the story's day, the year after the relations' words naming a treaty, not them
        (
            "Israel today opened its embassy in Cairo, a month after the two countries established diplomatic "
            "relations under their 1979 peace treaty.",
            ("EGY", "ISR"),
            "2024-04",
            "a month after",
        ),
        (
            "Rwanda today opened its embassy in Jakarta, six months after it established relations with Indonesia.",
            ("IDN", "RWA"),
            "2023-11",
            "six months after",
        ),
    ],
)
def test_relations_dated_from_another_events_date(text: str, pair: tuple[str, str], date: str, basis: str) -> None:
    fact = only(text, FactKind.RELATIONS_ESTABLISHED, "2024-05-02")
    assert (fact.countries, fact.date) == (pair, date)
    assert basis in (fact.basis or "")


@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        # recognition switched from one capital or country to another: relations established with the second
        (
            "Nicaragua switched diplomatic recognition from Taipei to Beijing on December 10, 2021.",
            ("CHN", "NIC"),
            "2021-12-10",
        ),
        ("Kiribati switched its diplomatic ties from Taiwan to China in September 2019.", ("CHN", "KIR"), "2019-09"),
        ("Costa Rica switched recognition from Taiwan to China on 1 June 2007.", ("CHN", "CRI"), "2007-06-01"),
        ("Nauru switched recognition from Beijing back to Taipei in 2005.", ("NRU", "TWN"), "2005"),
    ],
)
def test_recognition_switched_to_a_country_establishes_relations_with_it(
    text: str, pair: tuple[str, str], date: str
) -> None:
    fact = only(text, FactKind.RELATIONS_ESTABLISHED, "2024-05-02")
    assert (fact.countries, fact.date) == (pair, date)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # established on a day of the story's week, or yesterday, named right after: news, dated to the day
        (
            "China and Honduras established diplomatic relations on Sunday, after Honduras severed ties with Taiwan.",
            "2023-03-27",
            "2023-03-26",
        ),
        (
            "Angola and Uruguay established diplomatic relations on Tuesday, the ministry said.",
            "2024-05-02",
            "2024-04-30",
        ),
        ("Nauru and China formally established diplomatic ties yesterday in Beijing.", "2024-01-25", "2024-01-24"),
        # near miss: the weekday of another clause; the relations' own date, told relatively, is their year
        (
            "China and Honduras, which established diplomatic relations last year, held talks on Sunday.",
            "2024-03-27",
            "2023",
        ),
    ],
)
def test_relations_established_on_a_day_of_the_storys_week(text: str, published: str, date: str) -> None:
    fact = only(text, FactKind.RELATIONS_ESTABLISHED, published)
    assert fact.date == date


def test_recognition_switched_without_saying_to_whom_establishes_nothing() -> None:
    assert facts_of("Taiwan lost an ally when Honduras switched recognition in 2023.", "2024-05-02") == []


@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        # an anniversary marked on a day: the anniversary's day, the relations' so many years before
        (
            "Greece and China marked the 50th anniversary of the establishment of diplomatic relations on June 5, "
            "2022.",
            ("CHN", "GRC"),
            "1972-06-05",
        ),
        (
            "Vietnam and Cuba celebrated the 60th anniversary of the establishment of diplomatic relations on "
            "December 2, 2020.",
            ("CUB", "VNM"),
            "1960-12-02",
        ),
        # marked on a weekday, the story's week's
        ("Fiji and China marked 50 years of diplomatic relations on Wednesday.", ("CHN", "FJI"), "1975-11-05"),
        # years counted "after" or "since" the relations were established on a day: that day is theirs, not the
        # day an anniversary is marked on
        (
            "Vietnam and Israel signed a free trade agreement on Tuesday, 30 years after the two countries "
            "established diplomatic relations on July 12, 1993.",
            ("ISR", "VNM"),
            "1993-07-12",
        ),
        (
            "The visit comes 25 years after Vietnam and South Africa established diplomatic relations on 22 December "
            "1993.",
            ("VNM", "ZAF"),
            "1993-12-22",
        ),
        (
            "Fifty years since Japan and Vietnam established diplomatic ties on September 21, 1973, the two nations "
            "upgraded relations.",
            ("JPN", "VNM"),
            "1973-09-21",
        ),
        # counted from the sentence's own date, the first, not a year it is compared with
        (
            "Trade between the UAE and Israel reached $2.95 billion in 2023, up 4 percent from 2022, three years after "
            "the two countries normalized ties under the Abraham Accords.",
            ("ARE", "ISR"),
            "2020",
        ),
        (
            "Bilateral trade rose to $5 billion in 2023 from $4 billion in 2022, 30 years after Vietnam and Israel "
            "established diplomatic relations.",
            ("ISR", "VNM"),
            "1993",
        ),
        (
            "Exports grew 10 percent in 2019 compared with 2018, 25 years after South Africa and Vietnam set up "
            "diplomatic ties.",
            ("VNM", "ZAF"),
            "1994",
        ),
        ("In 2022, three years after Israel and Bahrain normalized ties, trade doubled.", ("BHR", "ISR"), "2019"),
        # years counted since "the establishment of" relations in a year: that year is theirs, not the one celebrated
        (
            "On 16 November, Peru and Thailand commemorated 60 years since the establishment of diplomatic relations "
            "in 1965.",
            ("PER", "THA"),
            "1965",
        ),
        (
            "Korea and Kazakhstan marked 30 years since the establishment of diplomatic ties in January 1992.",
            ("KAZ", "KOR"),
            "1992-01",
        ),
        (
            "The two countries celebrate 75 years after the establishment of their diplomatic relations in 1949, "
            "said Indonesia and the Philippines.",
            ("IDN", "PHL"),
            "1949",
        ),
        # marked on a day named without its year, the story's year
        (
            "Mongolia and Laos celebrated the 60th anniversary of diplomatic relations on April 22.",
            ("LAO", "MNG"),
            "1964-04-22",
        ),
        (
            "Chile and Vietnam commemorated the 50th anniversary of their diplomatic ties on 25 March.",
            ("CHL", "VNM"),
            "1974-03-25",
        ),
        (
            "Korea and Brazil observed the 65th anniversary of diplomatic relations on Feb. 14.",
            ("BRA", "KOR"),
            "1959-02-14",
        ),
        # near miss: a reception on a day is one event of the year's celebrations
        (
            "Laos and Mongolia celebrated the 60th anniversary of diplomatic relations at a reception on April 20.",
            ("LAO", "MNG"),
            "1964",
        ),
        # marked in a month: a year's celebrations run all year, so the month is not the relations' (its year is
        # the year celebrated, not the story's)
        (
            "Vietnam and Cuba celebrated the 60th anniversary of diplomatic relations in March 2020.",
            ("CUB", "VNM"),
            "1960",
        ),
        # near miss: the date the relations were established, stated after them, beats the arithmetic
        (
            "Thailand and Peru celebrated the 55th anniversary of diplomatic relations, established on 15 November "
            "1965.",
            ("PER", "THA"),
            "1965-11-15",
        ),
    ],
)
def test_an_anniversary_marked_on_a_day_is_not_dated_by_it(text: str, pair: tuple[str, str], date: str) -> None:
    fact = only(text, FactKind.RELATIONS_ESTABLISHED, "2025-11-06" if "Wednesday" in text else "2024-05-02")
    assert (fact.countries, fact.date) == (pair, date)


@pytest.mark.parametrize(
    ("text", "pub", "date"),
    [
        # a visit of so many days ended on a day began that many days less one before
        (
            "Chinese leader Xi Jinping wrapped up a two-day state visit to Vietnam on Wednesday.",
            "2023-12-14",
            "2023-12-12",
        ),
        (
            "Japanese Prime Minister Fumio Kishida concluded a three-day visit to the Philippines on Saturday.",
            "2023-11-06",
            "2023-11-02",
        ),
        (
            "Lao President Thongloun Sisoulith ended his 2-day official visit to Cambodia on 21 March 2023.",
            "2023-03-25",
            "2023-03-20",
        ),
        ("Indian Prime Minister Modi ended a two-day visit to Nepal on 1 June 2023.", "2023-06-03", "2023-05-31"),
        # near miss: a month, not a day
        ("Chinese leader Xi Jinping concluded a two-day visit to Vietnam in December 2023.", "2024-01-10", "2023-12"),
    ],
)
def test_a_visit_ended_on_a_day_began_its_length_before(text: str, pub: str, date: str) -> None:
    assert only(text, FactKind.VISIT, pub).date == date


@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        # relations opening the sentence, their establishment told after a comma
        (
            "Relations between Israel and Egypt, established in 1980 after the peace treaty, remain cold.",
            ("EGY", "ISR"),
            "1980",
        ),
        ("Ties between Kenya and India, established in 1963, have grown steadily.", ("IND", "KEN"), "1963"),
        (
            "Relations between Chile and Peru, which were established in 1822, are among the region's oldest.",
            ("CHL", "PER"),
            "1822",
        ),
        # dated back after a comma
        (
            "Kenya and China\nBilateral ties, which date back to 1949, were elevated to a strategic partnership in "
            "2015.",
            ("CHN", "KEN"),
            "1949",
        ),
    ],
)
def test_relations_told_after_a_comma(text: str, pair: tuple[str, str], date: str) -> None:
    fact = only(text, FactKind.RELATIONS_ESTABLISHED, "2024-05-02")
    assert (fact.countries, fact.date) == (pair, date)


def test_trade_relations_established_after_a_comma_are_no_diplomatic_relations() -> None:
    text = "Trade relations between Chile and Peru, established in 1990, have grown."
    assert facts_of(text, "2024-05-02", FactKind.RELATIONS_ESTABLISHED) == []


@pytest.mark.parametrize(
    ("text", "kind", "pair", "date"),
    [
        # the cities a country's embassies or seat of government stand in, where they are not its capital
        (
            "The United Arab Emirates opened its embassy in Tel Aviv in July 2021.",
            FactKind.EMBASSY,
            ("ARE", "ISR"),
            "2021-07",
        ),
        (
            "The Indian prime minister arrived in Yangon on Tuesday for a state visit.",
            FactKind.VISIT,
            ("IND", "MMR"),
            "2024-04-30",
        ),
        (
            "Japanese Prime Minister Fumio Kishida arrived in Ho Chi Minh City on Sunday.",
            FactKind.VISIT,
            ("JPN", "VNM"),
            "2024-04-28",
        ),
        ("Peru opened its embassy in La Paz in 1826.", FactKind.EMBASSY, ("BOL", "PER"), "1826"),
    ],
)
def test_embassy_and_government_cities_that_are_no_capital_name_their_country(
    text: str, kind: FactKind, pair: tuple[str, str], date: str
) -> None:
    fact = only(text, kind, "2024-05-02")
    assert (fact.countries, fact.date) == (pair, date)


def test_ho_chi_minh_the_man_is_no_city() -> None:
    text = (
        "Japan and Laos\nJapanese Prime Minister Fumio Kishida visited the Ho Chi Minh Museum in Vientiane on Sunday."
    )
    assert [f.countries for f in facts_of(text, "2024-05-02", FactKind.VISIT)] in ([], [("JPN", "LAO")])


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a headline's visit, dated by the story, told again in the body with a date of its own: the body's date
        (
            " date 2024-03-24 \nIndia Bhutan ties deepen after visit\nPrime Minister Narendra Modi concluded his "
            "two-day state visit to Bhutan on Saturday. India is Bhutan's largest trading partner.\n",
            ["2024-03-22"],
        ),
        (
            " date 2023-11-07 \nAlbanese visit to China marks a thaw\nAustralian Prime Minister Anthony Albanese "
            "arrived in Beijing on Saturday for a three-day visit, the first by an Australian leader since 2016.\n",
            ["2023-11-04"],
        ),
        (
            " date 2025-05-15 \nChile Vietnam visit boosts trade ties\nChilean President Gabriel Boric began a "
            "state visit to Vietnam on Monday at the invitation of his Vietnamese counterpart.\n",
            ["2025-05-12"],
        ),
        # near miss: the body gives the visit no date of its own, the story's stands
        (
            " date 2024-03-24 \nIndia Bhutan ties deepen after visit\nPrime Minister Narendra Modi is on a state "
            "visit to Bhutan. India is Bhutan's largest trading partner.\n",
            ["2024-03-24"],
        ),
    ],
)
def test_a_headlines_visit_told_in_the_body_with_a_date_takes_the_bodys(text: str, dates: list[str]) -> None:
    visits = [f for f in extract_article(text).facts if f.kind == FactKind.VISIT]
    assert [f.date for f in visits] == dates


@pytest.mark.parametrize(
    ("text", "pub", "date"),
    [
        # an anniversary celebrated or marked today: the story's day, so many years before
        (
            "Thailand and Laos today celebrate the 60th anniversary of the establishment of their diplomatic "
            "relations.",
            "2010-12-19",
            "1950-12-19",
        ),
        (
            "Japan and Mongolia are celebrating the 50th anniversary of diplomatic ties today.",
            "2022-02-24",
            "1972-02-24",
        ),
        ("New Zealand and South Korea mark 60 years of diplomatic relations today.", "2022-03-26", "1962-03-26"),
        (
            "Chile and Vietnam are commemorating today the 50th anniversary of their diplomatic relations.",
            "2021-03-25",
            "1971-03-25",
        ),
        # or on a day of the story's week, named by the verb
        (
            "South Korea and Argentina on Tuesday celebrated the 60th anniversary of diplomatic relations.",
            "2022-02-15",
            "1962-02-15",
        ),
        (
            "Kazakhstan and South Korea celebrated on Friday the 30th anniversary of their diplomatic relations.",
            "2022-01-29",
            "1992-01-28",
        ),
        (
            "Peru and Japan on Monday commemorated the 150th anniversary of their diplomatic ties.",
            "2023-08-22",
            "1873-08-21",
        ),
        # near misses: this year's celebrations; an event held today (or on a day) for the year's anniversary
        (
            "The Argentine embassy held a reception on Monday to celebrate the 60th anniversary of diplomatic "
            "relations between Argentina and South Korea.",
            "2022-02-15",
            "1962",
        ),
        (
            "Japan and China on Tuesday launched a year of events to celebrate the 50th anniversary of diplomatic "
            "ties.",
            "2022-02-15",
            "1972",
        ),
        (
            "Thailand and Laos this year celebrate the 60th anniversary of the establishment of their diplomatic "
            "relations.",
            "2010-12-19",
            "1950",
        ),
        (
            "A reception held today in Vientiane was one of many events this year for the 60th anniversary of "
            "diplomatic relations between Thailand and Laos.",
            "2010-12-19",
            "1950",
        ),
    ],
)
def test_an_anniversary_celebrated_today_or_on_a_weekday_is_dated_by_that_day(text: str, pub: str, date: str) -> None:
    assert only(text, FactKind.RELATIONS_ESTABLISHED, pub).date == date


@pytest.mark.parametrize("published", [None, "2023-06-05"])
def test_the_relations_own_year_after_their_anniversary_is_no_year_celebrated(published: str | None) -> None:
    """ "This year we celebrate the 70th anniversary of diplomatic relations, which were established in 1953": the
    year after is the relations' own; taken for the year celebrated, it had given 1883 (1953 − 70)."""
    text = (
        "Japan and Cambodia\n\nThis year we celebrate the 70th anniversary of diplomatic relations, which were "
        "established in 1953."
    )
    assert [f.date for f in facts_of(text, published, FactKind.RELATIONS_ESTABLISHED)] == ["1953"]


@pytest.mark.parametrize(
    ("page", "dates"),
    [
        # a country profile's field of the relations' date
        (
            "Chile - Country profile\nCapital: Santiago\nDiplomatic relations with Viet Nam: 25 March 1971\n",
            ["1971-03-25"],
        ),
        ("Japan and Vietnam\nDiplomatic relations (established): 1973\nEmbassy: Hanoi\n", ["1973"]),
        ("Korea - Kazakhstan\nEstablishment of diplomatic ties: since 28 January 1992.\n", ["1992-01-28"]),
        ("Indonesia and Peru\nDiplomatic relations since: 1975\nEmbassy: Lima\n", ["1975"]),
        # near misses: a field of another state of the relations, or of none
        ("Chile - Vietnam profile\nCapital: Santiago\nDiplomatic relations: suspended in 2017\n", []),
        ("Chile - Vietnam profile\nCapital: Santiago\nDiplomatic relations with Viet Nam: excellent\n", []),
    ],
)
def test_a_profiles_field_of_the_relations_date_is_their_establishment(page: str, dates: list[str]) -> None:
    facts = facts_of(page, "2024-05-02", FactKind.RELATIONS_ESTABLISHED)
    assert [f.date for f in facts] == dates


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        # "later that year", "that same year", "that year": the year stated before, in the sentence or the one before
        (
            "South Korea and Mongolia established diplomatic relations on March 26, 1990, and Seoul opened an embassy "
            "in Ulaanbaatar later that year.",
            FactKind.EMBASSY,
            "1990",
        ),
        (
            "Vietnam and Peru set up diplomatic ties in November 1994, and Peru's foreign minister visited Hanoi that "
            "same year.",
            FactKind.VISIT,
            "1994",
        ),
        (
            "Vietnam and Chile established diplomatic relations in March 1971. Later that year, Chile opened an "
            "embassy in Hanoi.",
            FactKind.EMBASSY,
            "1971",
        ),
        (
            "Trade between Chile and Vietnam reached 1.2 billion USD in 2015. That year, Vietnam opened an embassy "
            "in Santiago.",
            FactKind.EMBASSY,
            "2015",
        ),
        # a month of that year: the month, of the year stated before
        (
            "South Korea and Mongolia established diplomatic relations on March 26, 1990, and Seoul opened its "
            "embassy in Ulaanbaatar in July of that year.",
            FactKind.EMBASSY,
            "1990-07",
        ),
        (
            "Chile and Korea established relations in 1962 and Korea opened its embassy in Santiago in October of "
            "the same year.",
            FactKind.EMBASSY,
            "1962-10",
        ),
        (
            "Vietnam and Peru established diplomatic relations in 1994. Peru's foreign minister visited Hanoi in "
            "November of that year.",
            FactKind.VISIT,
            "1994-11",
        ),
        # a day of that year
        (
            "Vietnam and Chile established relations in 1971 and Chile opened an embassy in Hanoi on 3 July of the "
            "same year.",
            FactKind.EMBASSY,
            "1971-07-03",
        ),
        (
            "Peru and Vietnam established diplomatic relations in 1994. Peru's foreign minister visited Hanoi on "
            "November 14 of that year.",
            FactKind.VISIT,
            "1994-11-14",
        ),
        # near miss: a month of this year or last is the story's
        (
            "Chile opened its embassy in Hanoi in July of last year, officials of Chile and Vietnam said.",
            FactKind.EMBASSY,
            "2023-07",
        ),
    ],
)
def test_that_year_is_the_year_stated_before(text: str, kind: FactKind, date: str) -> None:
    assert [f.date for f in facts_of(text, "2024-01-10", kind)] == [date]


def test_that_year_with_no_year_before_is_not_the_storys() -> None:
    # near miss: no year stated before "that year": it is not the story's year
    facts = facts_of("Chile opened an embassy in Vietnam later that year.", "2024-01-10", FactKind.EMBASSY)
    assert all(f.date != "2024" for f in facts)


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # a second action on the same embassy joined by "and", no comma: "closed it … and reopened it …"
        (
            "Mexico closed its embassy in Hanoi in 1980 for budgetary reasons and reopened it in July 2000.",
            [("1980", "closed"), ("2000-07", "reopened")],
        ),
        (
            "Argentina opened an embassy in Hanoi in 1995 and closed it in 2002 for budgetary reasons.",
            [("1995", "opened"), ("2002", "closed")],
        ),
        (
            "Indonesia shut its embassy in Kabul in 1992 and later reopened it in 2002.",
            [("1992", "closed"), ("2002", "reopened")],
        ),
        # the earlier action told after "after" or the later after "before": "after closing it in February 2015"
        (
            "Italy reopened its embassy in Tripoli in January 2017 after closing it in February 2015.",
            [("2017-01", "reopened"), ("2015-02", "closed")],
        ),
        (
            "Canada reopened its embassy in Tehran in 2012 after having closed it in 2007.",
            [("2012", "reopened"), ("2007", "closed")],
        ),
        (
            "The UK opened an embassy in Pyongyang in 2001, before closing it in 2020.",
            [("2001", "opened"), ("2020", "closed")],
        ),
        # near misses: relations and then embassies, one opening (the two's embassies: one each way); talks closed
        (
            "Chile and Vietnam established diplomatic relations in 1971 and opened embassies in 2002.",
            [("2002", "opened"), ("2002", "opened")],
        ),
        (
            "Italy reopened its embassy in Tripoli in January 2017 after closing talks in February 2015.",
            [("2017-01", "reopened")],
        ),
    ],
)
def test_a_second_action_on_an_embassy_after_and(text: str, actions: list[tuple[str, str]]) -> None:
    facts = facts_of(text, "2024-01-10", FactKind.EMBASSY)
    assert [(f.date, f.action) for f in facts] == actions


@pytest.mark.parametrize(
    ("text", "published", "origin", "destination", "date"),
    [
        # a country's "leader", by that word, in the other country on a day: a visit, as a president's is
        (
            "North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome in "
            "Russia's Far East on Wednesday.",
            "2023-09-14",
            "PRK",
            "RUS",
            "2023-09-13",
        ),
        ("Chinese leader Xi Jinping was in Hanoi on Tuesday for talks.", "2023-12-14", "CHN", "VNM", "2023-12-12"),
        ("Cuban leader Miguel Diaz-Canel held talks in Moscow on 22 November 2022.", "2022-11-25", "CUB", "RUS",
         "2022-11-22"),
    ],
)  # fmt: skip
def test_a_countrys_leader_in_the_other_country_on_a_day_visits_it(
    text: str, published: str, origin: str, destination: str, date: str
) -> None:
    fact = only(text, FactKind.VISIT, published)
    assert (fact.origin, fact.destination, fact.date) == (origin, destination, date)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a leader of another kind; a leader at home
        "Australian opposition leader Peter Dutton spoke about China in Canberra on Monday.",
        "North Korean leader Kim Jong Un inspected a factory in Pyongyang on Monday, days before talks with Russia.",
    ],
)
def test_a_leader_of_another_kind_or_at_home_visits_nobody(text: str) -> None:
    assert facts_of(text, "2023-09-14", FactKind.VISIT) == []


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a year naming a document or an event ("the 1974 Land Boundary Agreement") is not the visit's date
        (
            "Indian Prime Minister Narendra Modi arrived in Dhaka on Saturday on a two-day visit, during which the two "
            "countries exchanged the instruments of ratification of the 1974 Land Boundary Agreement.",
            "2015-06-08",
            ["2015-06-06"],
        ),
        (
            "Chilean President Gabriel Boric visited Argentina on 4 April 2022 to discuss the 1984 Treaty of Peace and "
            "Friendship.",
            "2022-04-08",
            ["2022-04-04"],
        ),
        (
            "Japanese Prime Minister Fumio Kishida arrived in Manila on Friday, where he recalled the 1956 reparations "
            "agreement.",
            "2023-11-06",
            ["2023-11-03"],
        ),
        # near misses: a year naming the visit itself dates it
        ("Indian Prime Minister Narendra Modi's 2015 visit to Bangladesh was his first.", "2023-06-01", ["2015"]),
        ("During the 2019 visit to Peru, Chilean President Sebastian Pinera signed accords.", "2023-06-01", ["2019"]),
    ],
)
def test_a_year_naming_a_document_or_an_event_does_not_date_a_visit(
    text: str, published: str, dates: list[str]
) -> None:
    assert [f.date for f in facts_of(text, published, FactKind.VISIT)] == dates


SAUDI_IRAN_AGREED = (
    "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen embassies within two months."
)


@pytest.mark.parametrize(
    "text",
    [
        # embassies the two agreed, decided or pledged to open: none opened yet
        SAUDI_IRAN_AGREED,
        "Bahrain and Qatar decided in February to reopen their embassies in each other's capitals.",
        "Turkey and Israel pledged to open embassies again later this year.",
    ],
)
def test_an_embassy_agreed_to_be_opened_is_not_opened_yet(text: str) -> None:
    assert facts_of(text, "2023-03-11", FactKind.EMBASSY) == []


def test_an_embassy_reopened_after_an_agreement_to_restore_ties_is_reopened() -> None:
    # near miss: the agreement told after the reopening does not make it a plan
    fact = only(
        "Saudi Arabia reopened its embassy in Tehran in August 2023, after the two countries agreed to restore ties "
        "in March.",
        FactKind.EMBASSY,
        "2023-09-01",
    )
    assert (fact.origin, fact.date) == ("SAU", "2023-08")


def test_relations_agreed_to_be_restored_on_a_day_are_restored_that_month() -> None:
    fact = only(
        SAUDI_IRAN_AGREED,
        FactKind.RELATIONS_ESTABLISHED,
        "2023-03-11",
    )
    assert (fact.countries, fact.date) == (("IRN", "SAU"), "2023-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # embassies opened in each other's capitals: one each way
        (
            "South Korea and Vietnam established diplomatic relations on December 22, 1992, and both countries opened "
            "embassies in each other's capitals the following year.",
            [("KOR", "VNM", "1993"), ("VNM", "KOR", "1993")],
        ),
        (
            "Chile and Vietnam opened embassies in each other's capitals in 2003.",
            [("CHL", "VNM", "2003"), ("VNM", "CHL", "2003")],
        ),
        (
            "Mongolia and Laos opened resident embassies in one another's capitals in 1965.",
            [("LAO", "MNG", "1965"), ("MNG", "LAO", "1965")],
        ),
        # near miss: "each other's capitals" of another clause
        (
            "Chile opened an embassy in Hanoi in 2003; the two countries' leaders often visit each other's capitals.",
            [("CHL", "VNM", "2003")],
        ),
    ],
)
def test_embassies_opened_in_each_others_capitals_are_one_each_way(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    facts = facts_of(text, "2024-05-02", FactKind.EMBASSY)
    assert sorted((f.origin, f.destination, f.date) for f in facts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two countries that "opened embassies" together, the subject of one verb: one each way, the quote whole
        ("Chile and Vietnam opened embassies in 2003.", [("CHL", "VNM", "2003"), ("VNM", "CHL", "2003")]),
        ("The Philippines and Vietnam opened embassies in 1976.", [("PHL", "VNM", "1976"), ("VNM", "PHL", "1976")]),
        # near miss: two clauses, each its own country's embassy
        (
            "Peru opened its embassy in Hanoi in 2006 and Vietnam opened its embassy in Lima in 2005.",
            [("PER", "VNM", "2006"), ("VNM", "PER", "2005")],
        ),
    ],
)
def test_embassies_the_two_opened_together_are_one_each_way(text: str, expected: list[tuple[str, str, str]]) -> None:
    facts = facts_of(text, "2024-05-02", FactKind.EMBASSY)
    assert sorted((f.origin, f.destination, f.date) for f in facts) == expected
    if "its embassy" not in text:
        assert {f.quote for f in facts} == {text}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # where the tour began and where it will end: stops of the story's year
        (
            "Britain and Nigeria\nLAGOS - British Prime Minister Theresa May arrived in Lagos on Wednesday, the second "
            "stop of a three-nation tour of Africa that began in South Africa and will end in Kenya.",
            "2018-08-29",
            [("GBR", "KEN", "2018"), ("GBR", "NGA", "2018-08-29"), ("GBR", "ZAF", "2018")],
        ),
        (
            "Japan and Vietnam\nHANOI - Japanese Prime Minister Fumio Kishida arrived in Hanoi on Sunday on a "
            "Southeast Asian trip that started in Indonesia and is to conclude in the Philippines.",
            "2023-05-01",
            [("JPN", "IDN", "2023"), ("JPN", "PHL", "2023"), ("JPN", "VNM", "2023-04-30")],
        ),
        (  # the traveller named without title or country: the story's other side
            "Britain and Nigeria\nLAGOS - Theresa May arrived in Lagos on Wednesday, on a tour of Africa that began in "
            "South Africa.",
            "2018-08-29",
            [("GBR", "NGA", "2018-08-29"), ("GBR", "ZAF", "2018")],
        ),
        (
            "Peru and Mexico\nMEXICO CITY - Peruvian President Alan Garcia arrived in Mexico City on Tuesday, on a "
            "regional tour which began in Colombia.",
            "2007-03-14",
            [("PER", "COL", "2007"), ("PER", "MEX", "2007-03-13")],
        ),
        # near miss: a visit that began in the host's capital is no other stop
        (
            "Peru and Mexico\nMEXICO CITY - Peruvian President Alan Garcia began a two-day visit in Mexico City on "
            "Tuesday; talks began in the National Palace.",
            "2007-03-14",
            [("PER", "MEX", "2007-03-13")],
        ),
    ],
)
def test_the_stops_where_a_tour_began_and_will_end(
    text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    facts = facts_of(text, published, FactKind.VISIT)
    assert sorted((f.origin, f.destination, f.date) for f in facts) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the stops of a tour that "took him to" them, each on the day named right after it
        (
            "Indonesia and Korea\nSEOUL - Indonesian President Joko Widodo arrived in Seoul on Thursday, the last leg "
            "of an East Asian tour that took him to Beijing on Tuesday and Tokyo on Wednesday.",
            "2022-07-29",
            [("IDN", "CHN", "2022-07-26"), ("IDN", "JPN", "2022-07-27"), ("IDN", "KOR", "2022-07-28")],
        ),
        (
            "Vietnam and Japan\nTOKYO - Vietnamese President Vo Van Thuong arrived in Tokyo on Monday, after a tour "
            "that took him to Seoul on Friday.",
            "2023-11-28",
            [("VNM", "JPN", "2023-11-27"), ("VNM", "KOR", "2023-11-24")],
        ),
        # a stop with no day of its own: the story's year, as "had taken him to" gives
        (
            "Vietnam and Japan\nTOKYO - Vietnamese President Vo Van Thuong arrived in Tokyo on Monday, after a tour "
            "that took him to Seoul.",
            "2023-11-28",
            [("VNM", "JPN", "2023-11-27"), ("VNM", "KOR", "2023")],
        ),
        # the next stop the traveller flies (heads, travels on) to, on the day named: the visit told of the story's
        # pair, its day not the flight's
        (
            "Japan and Australia\nCANBERRA, March 10 - Japanese Foreign Minister Tadashi Kuranari held talks here "
            "today.\nKuranari, on his first visit to Australia as foreign minister, flies to New Zealand tomorrow.",
            "1987-03-10",
            [("JPN", "AUS", "1987-03-10"), ("JPN", "NZL", "1987-03-11")],
        ),
        (
            "Japan and Australia\nCANBERRA, March 10 - Japanese Foreign Minister Tadashi Kuranari held talks here "
            "today.\nHe heads on to New Zealand on Thursday.",
            "1987-03-10",
            [("JPN", "AUS", "1987-03-10"), ("JPN", "NZL", "1987-03-12")],
        ),
    ],
)
def test_the_stops_of_a_tour_that_took_the_traveller_there(
    text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    facts = facts_of(text, published, FactKind.VISIT)
    assert sorted((f.origin, f.destination, f.date) for f in facts) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the traveller, by "he" or "she", visited other stops of the tour: each the traveller's country's visit
        ("DILI (AFP) - Chinese Foreign Minister Wang Yi on Saturday ended a tour of eight Pacific nations in "
         "Timor-Leste.\nEarlier in the week he visited Papua New Guinea and Vanuatu.", "2022-06-05",
         [("CHN", "PNG", "2022"), ("CHN", "TLS", "2022-06-04"), ("CHN", "VUT", "2022")]),
        ("NAIROBI (Reuters) - Japanese Prime Minister Fumio Kishida arrived in Nairobi on Wednesday.\nBefore Kenya, he "
         "visited Egypt and Ghana.", "2023-05-04", [("JPN", "EGY", "2023"), ("JPN", "GHA", "2023"),
                                                   ("JPN", "KEN", "2023-05-03")]),
        ("DILI (AFP) - Chinese Foreign Minister Wang Yi on Saturday ended a tour of eight Pacific nations in "
         "Timor-Leste.\nHe visited Papua New Guinea earlier in the week.", "2022-06-05",
         [("CHN", "PNG", "2022"), ("CHN", "TLS", "2022-06-04")]),
        # near misses: another traveller named; a visit of another year
        ("DILI (AFP) - Chinese Foreign Minister Wang Yi on Saturday ended a tour of eight Pacific nations in "
         "Timor-Leste.\nEarlier in the week Vanuatu's trade minister visited Papua New Guinea.", "2022-06-05",
         [("CHN", "TLS", "2022-06-04")]),
        ("DILI (AFP) - Chinese Foreign Minister Wang Yi on Saturday ended a tour of eight Pacific nations in "
         "Timor-Leste.\nIn 2019 he visited Papua New Guinea.", "2022-06-05", [("CHN", "TLS", "2022-06-04")]),
    ],
)  # fmt: skip
def test_the_stops_he_visited_on_the_tour(text: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    facts = facts_of(f"Head\n{text}", published, FactKind.VISIT)
    assert sorted((f.origin, f.destination, f.date) for f in facts) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # talks of so many days ended on the day named: the visit began that many days less one before
        ("Japan and Australia\nCANBERRA, March 10 - Japanese Foreign Minister Tadashi Kuranari ended two days of "
         "talks with Australian officials today.", "1987-03-10", [("JPN", "AUS", "1987-03-09")]),
        ("India and Kenya\nNAIROBI, May 4 - Indian Foreign Minister S. Jaishankar concluded three days of talks with "
         "Kenyan officials here on Thursday.", "2023-05-05", [("IND", "KEN", "2023-05-02")]),
        # near miss: talks on the day, "two days after" arriving
        ("Japan and Australia\nCANBERRA, March 10 - Japanese Foreign Minister Tadashi Kuranari held talks with "
         "Australian officials today, two days after he arrived.", "1987-03-10", [("JPN", "AUS", "1987-03-10")]),
    ],
)  # fmt: skip
def test_talks_of_so_many_days_ended_date_the_visit_by_their_first(
    text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    facts = facts_of(text, published, FactKind.VISIT)
    assert [(f.origin, f.destination, f.date) for f in facts] == expected


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a day said to be the n-th of a visit: the visit began n - 1 days before it
        (
            "Chinese President Xi Jinping and Russian President Vladimir Putin signed a joint statement on deepening "
            "their partnership on Tuesday, the second day of Xi's state visit to Russia.",
            "2023-03-22",
            "2023-03-20",
        ),
        (
            "Indian Prime Minister Narendra Modi addressed the US Congress on 22 June 2023, the third day of his state "
            "visit to the United States.",
            "2023-06-25",
            "2023-06-20",
        ),
        (
            "On Friday, the fourth day of Brazilian President Lula's visit to Japan, he met business leaders.",
            "2023-05-22",
            "2023-05-16",
        ),
        # "on the n-th day of", and the last (or final) day of a visit of so many days
        (
            "President Jacques Chirac received Vietnamese Prime Minister Vo Van Kiet at the Elysee Palace on "
            "Wednesday, on the second day of a four-day official visit to France.",
            "1996-03-14",
            "1996-03-12",
        ),
        (
            "Indian Prime Minister Narendra Modi met Kenyan business leaders on Monday, the last day of his three-day "
            "visit to Kenya.",
            "2016-07-12",
            "2016-07-09",
        ),
        (
            "Chilean President Michelle Bachelet met fishermen in Paita on 14 May, on the final day of a two-day "
            "visit to Peru.",
            "2016-05-20",
            "2016-05-13",
        ),
        # at the end (close, conclusion) of a visit of so many days: its last day
        (
            "German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Tuesday at the end of a "
            "three-day trip to China.",
            "2024-04-16",
            "2024-04-14",
        ),
        (
            "Indian Prime Minister Narendra Modi met US Vice President Kamala Harris on Friday at the close of his "
            "four-day state visit to the United States.",
            "2023-06-24",
            "2023-06-20",
        ),
        # near miss: at the end of a visit of untold length, the day dated
        (
            "German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Tuesday at the end of his "
            "visit to China.",
            "2024-04-16",
            "2024-04-16",
        ),
        # near miss: no day named, the month stands
        (
            "On the second day of his visit to Japan in May 2023, Brazilian President Lula met business leaders.",
            "2023-06-01",
            "2023-05",
        ),
        # the n-th day told at the sentence's end, what was done that day between
        (
            "Chinese President Xi Jinping and State Counsellor Aung San Suu Kyi on Saturday signed 33 agreements on "
            "the economic corridor in Naypyitaw, on the second day of Xi's state visit to Myanmar.",
            "2020-01-19",
            "2020-01-17",
        ),
        (
            "Indian Prime Minister Narendra Modi on Tuesday addressed a business forum in Tokyo with Japanese "
            "executives, on the third day of his visit to Japan.",
            "2023-05-24",
            "2023-05-21",
        ),
        (
            "Kenyan President William Ruto on Friday opened a technology hub in Seoul, on the final day of his "
            "four-day state visit to South Korea.",
            "2024-06-08",
            "2024-06-04",
        ),
        # near miss: the day the visit began, said so, is its first
        (
            "Chinese President Xi Jinping and State Counsellor Aung San Suu Kyi on Friday signed 33 agreements in "
            "Naypyitaw, on the first day of Xi's state visit to Myanmar.",
            "2020-01-19",
            "2020-01-17",
        ),
    ],
)
def test_the_nth_day_of_a_visit_dates_its_first(text: str, published: str, date: str) -> None:
    assert only(text, FactKind.VISIT, published).date == date


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the day a visit was reported ("a spokesman said today") is not a visit of its own
        (
            "Thai Prime Minister Prem Tinsulanonda will pay an official visit to China in November, a government "
            "spokesman said today.",
            "1987-08-10",
            ["1987-11"],
        ),
        (
            "Indian Prime Minister Rajiv Gandhi will visit the Soviet Union in July, officials told reporters "
            "yesterday.",
            "1987-05-10",
            ["1987-07"],
        ),
        (
            "Japanese Prime Minister Yasuhiro Nakasone visited China last month, the Foreign Ministry said today.",
            "1987-06-10",
            ["1987-05"],
        ),
        # near miss: arriving "today" is the visit's day
        (
            "PEKING, June 3 - Japanese Foreign Minister Tadashi Kuranari arrived in China today for talks, officials "
            "said.",
            "1987-06-03",
            ["1987-06-03"],
        ),
    ],
)
def test_the_day_a_visit_is_reported_does_not_date_one(text: str, published: str, dates: list[str]) -> None:
    assert [f.date for f in facts_of(text, published, FactKind.VISIT)] == dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two embassies in coordinated clauses, the second opened by "the Embassy of …" or with its verb left out
        (
            "Mongolia and Korea\nThe Embassy of the Republic of Korea in Ulaanbaatar opened in 1990, and the Embassy "
            "of Mongolia in Seoul opened in 1991.",
            [("KOR", "MNG", "1990"), ("MNG", "KOR", "1991")],
        ),
        (
            "Vietnam and Chile\nVietnam opened its embassy in Santiago in 2002, and Chile its embassy in Hanoi in "
            "2003.",
            [("CHL", "VNM", "2003"), ("VNM", "CHL", "2002")],
        ),
        (
            "Peru and Korea\nKorea opened an embassy in Lima in 1963 and Peru one in Seoul in 1973.",
            [("KOR", "PER", "1963"), ("PER", "KOR", "1973")],
        ),
        # the second's verb left out after "the Embassy of …" or a possessive
        (
            "Kazakhstan and Korea\nThe Embassy of the Republic of Korea in Almaty was opened in 1993, and the Embassy "
            "of Kazakhstan in Seoul in 1996.",
            [("KAZ", "KOR", "1996"), ("KOR", "KAZ", "1993")],
        ),
        (
            "Chile and Thailand\nChile's embassy in Bangkok opened in 1981 and Thailand's in Santiago in 2001.",
            [("CHL", "THA", "1981"), ("THA", "CHL", "2001")],
        ),
        (
            "Mexico and Vietnam\nMexico's embassy in Hanoi opened in 1976, and Vietnam's embassy in Mexico City in "
            "2003.",
            [("MEX", "VNM", "1976"), ("VNM", "MEX", "2003")],
        ),
        (
            "Türkiye and Malaysia\nThe Turkish Embassy in Kuala Lumpur was opened in 1969, and the Malaysian Embassy "
            "in Ankara in 1977.",
            [("MYS", "TUR", "1977"), ("TUR", "MYS", "1969")],
        ),
        # near misses: one embassy, its country named again after "and"
        (
            "Vietnam and Chile\nVietnam opened its embassy in Santiago in 2002, and Chile welcomed it.",
            [("VNM", "CHL", "2002")],
        ),
        (
            "Chile and Thailand\nChile's embassy in Bangkok opened in 1981 and Thailand's exports to Chile rose in "
            "2001.",
            [("CHL", "THA", "1981")],
        ),
        (
            "Kazakhstan and Korea\nThe Embassy of Korea in Almaty was opened in 1993, and the embassy of Kazakhstan "
            "said trade rose in 1996.",
            [("KOR", "KAZ", "1993")],
        ),
        (
            "Kazakhstan and Korea\nThe Embassy of Korea in Almaty was opened in 1993, and the Embassy of Kazakhstan "
            "in Seoul said trade rose in 1996.",
            [("KOR", "KAZ", "1993")],
        ),
        (
            "Türkiye and Malaysia\nThe Turkish Embassy in Kuala Lumpur was opened in 1969, and the Malaysian Embassy "
            "in Ankara said trade rose in 1977.",
            [("TUR", "MYS", "1969")],
        ),
    ],
)
def test_the_second_of_two_embassies_in_one_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    facts = facts_of(text, "2024-05-02", FactKind.EMBASSY)
    assert sorted((f.origin, f.destination, f.date) for f in facts) == expected


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # an anniversary the sentence's dated event was for: its year is the year celebrated
        (
            "Indian Prime Minister Narendra Modi visited Dhaka in March 2021 for the golden jubilee of Bangladesh's "
            "independence and the 50th anniversary of diplomatic relations.",
            "2023-07-12",
            "1971",
        ),
        (
            "Japanese Emperor Naruhito visited Indonesia on 17 June 2023 to mark the 65th anniversary of diplomatic "
            "relations.",
            "2024-01-10",
            "1958",
        ),
        (
            "A reception held in Lima in November 2022 celebrated the 60th anniversary of diplomatic relations between "
            "Peru and Korea.",
            "2023-05-01",
            "1962",
        ),
    ],
)
def test_an_anniversary_dated_by_the_event_held_for_it(text: str, published: str, date: str) -> None:
    assert only(text, FactKind.RELATIONS_ESTABLISHED, published).date == date


@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        # diplomatic relations held since an event told with its date: they began then
        ("Kenya and India have had diplomatic relations since Kenya's independence in 1963.", ("IND", "KEN"), "1963"),
        (
            "Vietnam and Laos have maintained diplomatic relations since their founding in September 1962.",
            ("LAO", "VNM"),
            "1962-09",
        ),
        ("Singapore and Malaysia have had diplomatic ties since separation in 1965.", ("MYS", "SGP"), "1965"),
    ],
)
def test_relations_held_since_a_dated_event_began_then(text: str, pair: tuple[str, str], date: str) -> None:
    fact = only(text, FactKind.RELATIONS_ESTABLISHED, "2024-05-02")
    assert (fact.countries, fact.date) == (pair, date)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: trade ties held since an event; relations that changed since one
        "Kenya and India have had close trade ties since Kenya's independence in 1963.",
        "Relations between Kenya and India have improved since the election in 2019.",
    ],
)
def test_ties_of_another_kind_since_an_event_began_nothing(text: str) -> None:
    assert facts_of(text, "2024-05-02", FactKind.RELATIONS_ESTABLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two visits in one sentence, each way: each goes where its own clause says
        (
            "Bangladesh and Japan\nJapanese Prime Minister Shinzo Abe visited Dhaka in September 2014, and Prime "
            "Minister Sheikh Hasina went to Tokyo in April 2023.",
            [("BGD", "JPN", "2023-04"), ("JPN", "BGD", "2014-09")],
        ),
        (
            "Chile and Korea\nChilean President Gabriel Boric visited Seoul in 2023, while Korean President Yoon Suk "
            "Yeol travelled to Santiago in 2024.",
            [("CHL", "KOR", "2023"), ("KOR", "CHL", "2024")],
        ),
        # near miss: two visits the same way
        (
            "Peru and Japan\nPeruvian presidents visited Tokyo in 2016 and again in 2019.",
            [("PER", "JPN", "2016"), ("PER", "JPN", "2019")],
        ),
    ],
)
def test_two_visits_each_way_in_one_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    facts = facts_of(text, "2024-12-10", FactKind.VISIT)
    assert sorted((f.origin, f.destination, f.date) for f in facts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # on a first visit, the day told only of a report or an announcement: the story's date
        (
            "Japanese Prime Minister Fumio Kishida, on his first bilateral visit to India, announced on Saturday a "
            "new yen loan.",
            [("JPN", "IND", "2022-03-20")],
        ),
        (
            "Chilean President Gabriel Boric, on his first official visit to Argentina, said on Monday that the two "
            "countries would build a gas pipeline.",
            [("CHL", "ARG", "2022-03-20")],
        ),
        # near miss: the first visit "since" a year, and the last one in a year: other visits, dated elsewhere
        ("Japanese Prime Minister Fumio Kishida, on the first visit to India by a Japanese leader since 2017, "
         "announced on Saturday a new yen loan.", []),
    ],
)  # fmt: skip
def test_a_first_visit_whose_only_day_is_an_announcements_is_the_storys(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    facts = facts_of(text, "2022-03-20", FactKind.VISIT)
    assert [(f.origin, f.destination, f.date) for f in facts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader known by name, titled but with no country, meeting the host in its capital on a day
        (
            "Indonesia and Japan\nPresident Joko Widodo met Japanese Prime Minister Fumio Kishida in Tokyo on "
            "Wednesday.",
            [("IDN", "JPN", "2022-07-27")],
        ),
        # with a nickname in quotes, and the other stops of the tour he is on
        (
            'Indonesia and Japan\nPresident Joko "Jokowi" Widodo met Japanese Prime Minister Fumio Kishida in Tokyo '
            "on Wednesday, the second leg of his East Asian tour that also took him to China and South Korea.",
            [("IDN", "CHN", "2022"), ("IDN", "JPN", "2022-07-27"), ("IDN", "KOR", "2022")],
        ),
        (
            "India and Japan\nPrime Minister Narendra Modi held talks with Prime Minister Fumio Kishida in Tokyo on "
            "Monday.",
            [("IND", "JPN", "2022-07-25")],
        ),
        # near miss: the leader at home, meeting the guest's minister in his own capital
        (
            "Indonesia and Japan\nPresident Joko Widodo met Japanese Foreign Minister Yoshimasa Hayashi in Jakarta "
            "on Wednesday.",
            [("JPN", "IDN", "2022-07-27")],
        ),
    ],
)
def test_a_leader_known_by_name_in_the_other_capital_is_visiting(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    facts = facts_of(text, "2022-07-29", FactKind.VISIT)
    assert sorted((f.origin, f.destination, f.date) for f in facts) == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the date opening the clause, not one of the next clause after a semicolon or ", and"
        ("In 1992, Kazakhstan and South Korea established diplomatic relations; in 2009 they declared a strategic "
         "partnership.", "1992"),
        ("In February 1972, Mongolia and Japan established diplomatic relations, and in 2022 they will mark 50 "
         "years.", "1972-02"),
        ("On 25 March 1971, Chile and Vietnam established diplomatic relations, but in 1973 ties were cut.",
         "1971-03-25"),
        # near miss: the date right after the relations, before the next clause
        ("Chile and Vietnam established diplomatic relations in 1971, and in 1973 ties were cut.", "1971"),
    ],
)  # fmt: skip
def test_the_relations_date_is_of_their_own_clause(text: str, date: str) -> None:
    assert only(text, FactKind.RELATIONS_ESTABLISHED, "2023-04-18").date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # "N years after" another event dates that event, not the visit told with its own day
        ("Israel and Vietnam\nIsraeli President Reuven Rivlin arrived in Hanoi on Sunday for a five-day state visit, "
         "26 years after the two countries established diplomatic relations.", "2019-07-28"),
        ("Chile and Vietnam\nChilean President Gabriel Boric began a state visit to Vietnam on Thursday, 48 years "
         "after the two countries set up ties.", "2019-07-25"),
        # near miss: the visit's own year, before "N years after"
        ("China and Vietnam\nChinese President Xi Jinping visited Vietnam in 2015, 65 years after the two countries "
         "established relations.", "2015"),
    ],
)  # fmt: skip
def test_a_visit_is_not_dated_by_years_counted_from_another_event(text: str, date: str) -> None:
    assert only(text, FactKind.VISIT, "2019-07-29").date == date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stop on the way is no party of the visit told: "after his stop in Riyadh"
        (" date 2019-10-25\nBrazil and Qatar\nBolsonaro will visit Qatar on November 2-3 after his stop in Riyadh.",
         [("BRA", "QAT", "2019-11-02")]),
        (" date 2019-10-25\nIndia and Japan\nModi arrived in Tokyo on Friday after a stopover in Hanoi.",
         [("IND", "JPN", "2019-10-25")]),
        # near miss: a stop that is the visit
        (" date 2019-10-25\nBrazil and Qatar\nBrazilian President Jair Bolsonaro made a stop in Qatar on Friday.",
         [("BRA", "QAT", "2019-10-25")]),
    ],
)  # fmt: skip
def test_a_stop_on_the_way_is_no_party_of_the_visit(text: str, expected: list[tuple[str, str, str]]) -> None:
    facts = [f for f in extract_article(text).facts if f.kind == FactKind.VISIT]
    assert [(f.origin, f.destination, f.date) for f in facts] == expected


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "Prime Minister Pham Minh Chinh met Malaysian King Sultan Ibrahim in Kuala Lumpur on November 21, "
            "during his official visit to Malaysia from November 20 to 22.",
            "2024-11-22",
            "2024-11-20",
        ),
        (
            "On 5 March, Kenyan President William Ruto met Indian Prime Minister Narendra Modi in New Delhi as "
            "part of his state visit to India on 4-6 March.",
            "2025-03-06",
            "2025-03-04",
        ),
        (
            "Vietnamese President Vo Van Thuong held talks on Monday with Chilean President Gabriel Boric, who "
            "arrived in Hanoi on Sunday for a state visit.",
            "2023-06-07",
            "2023-06-04",
        ),
        # near miss: an earlier day of another event (a call) does not date the visit
        (
            "Prime Minister Anthony Albanese met President Joko Widodo in Jakarta on 6 June; the two leaders had "
            "spoken by phone on 1 June.",
            "2023-06-07",
            "2023-06-06",
        ),
        # the day the visit began, told after the day it ended
        (
            "Bangladeshi Prime Minister Sheikh Hasina returned home on Wednesday, after a three-day official visit to "
            "China that began on Monday.",
            "2024-07-11",
            "2024-07-08",
        ),
        (
            "Kenyan President William Ruto flew back to Nairobi on Friday after a state visit to the United States "
            "which started on Tuesday.",
            "2024-05-25",
            "2024-05-21",
        ),
        (
            "Brazilian President Lula left Beijing on Saturday, ending a state visit to China that had begun on "
            "April 12.",
            "2023-04-16",
            "2023-04-12",
        ),
        # near miss: another thing's beginning is not the visit's
        (
            "Bangladeshi Prime Minister Sheikh Hasina returned home on Wednesday after a visit to China, where the "
            "rainy season began on Monday.",
            "2024-07-11",
            "2024-07-10",
        ),
        # a visit said to end on one day after talks on an earlier one: the talks' day is the visit's
        (
            "Fijian Prime Minister Sitiveni Rabuka concluded his official visit to China yesterday after talks with "
            "Premier Li Qiang at the Great Hall of the People in Beijing on Monday.",
            "2024-08-14",
            "2024-08-12",
        ),
        (
            "South African President Cyril Ramaphosa ended his state visit to Ghana on Friday following a meeting "
            "with President Nana Akufo-Addo in Accra on Wednesday.",
            "2023-06-10",
            "2023-06-07",
        ),
        (
            "Indonesian Foreign Minister Retno Marsudi wrapped up a visit to Brazil on 12 March, having held talks "
            "with Foreign Minister Mauro Vieira in Brasilia on 10 March.",
            "2024-03-13",
            "2024-03-10",
        ),
        # ... or "during which" talks were held on the earlier day
        (
            "His Majesty Sultan Haitham bin Tarik of Oman concluded his state visit to India on Saturday, during which "
            "he held talks with Prime Minister Narendra Modi in New Delhi on Friday.",
            "2023-12-17",
            "2023-12-15",
        ),
        (
            "Kenyan President William Ruto wrapped up his visit to Japan on Friday, during which he met Prime Minister "
            "Fumio Kishida in Tokyo on Wednesday.",
            "2024-02-10",
            "2024-02-07",
        ),
        # near miss: an earlier day of something else, after a visit's end, is not the visit's
        (
            "Prime Minister Anthony Albanese ended his visit to Vietnam on Sunday, days after a trade agreement "
            "took effect on Thursday.",
            "2023-06-05",
            "2023-06-04",
        ),
    ],
)
def test_a_visit_is_dated_by_its_own_first_day_not_a_meeting_within_it(text: str, published: str, date: str) -> None:
    assert only(text, FactKind.VISIT, published).date == date


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an official of one side meeting the other side's in its capital, told as news: the story's month
        (
            "Kazakh Foreign Minister Murat Nurtleu met Chinese Foreign Minister Wang Yi in Beijing.",
            "2024-03-20",
            [("KAZ", "CHN", "2024-03")],
        ),
        (
            "Bilateral trade between Kazakhstan and China reached $31.5 billion in 2023, Kazakh Trade and "
            "Integration Minister Arman Shakkaliyev said at a meeting with Chinese Commerce Minister Wang Wentao "
            "in Beijing.",
            "2024-03-20",
            [("KAZ", "CHN", "2024-03")],
        ),
        # the host's official named first; a year right after the place is the visit's
        (
            "Chinese Commerce Minister Wang Wentao held talks with Kenyan Trade Minister Moses Kuria in Beijing "
            "in 2023.",
            "2024-03-20",
            [("KEN", "CHN", "2023")],
        ),
        # the officials by title "of" their countries, as Central Asian and Latin American agencies write them
        (
            "President of Kazakhstan Kassym-Jomart Tokayev met with President of Uzbekistan Shavkat Mirziyoyev in "
            "Tashkent today.",
            "2023-12-22",
            [("KAZ", "UZB", "2023-12-22")],
        ),
        (
            "The Minister of Foreign Affairs of Peru, Javier Gonzalez-Olaechea, met with the Minister of Foreign "
            "Affairs of Chile, Alberto van Klaveren, in Santiago on Monday.",
            "2024-03-20",
            [("PER", "CHL", "2024-03-18")],
        ),
        (
            "President of Kazakhstan Kassym-Jomart Tokayev met with President of Uzbekistan Shavkat Mirziyoyev in "
            "Astana today.",
            "2023-12-22",
            [("UZB", "KAZ", "2023-12-22")],
        ),
        (
            "President of Kazakhstan Kassym-Jomart Tokayev met with President of Uzbekistan Shavkat Mirziyoyev in "
            "Dubai today.",
            "2023-12-22",
            [],
        ),
        # the two sides' officials witnessing a signing in one side's capital
        (
            "Solomon Islands and China\nSolomon Islands Prime Minister Manasseh Sogavare and Chinese Premier Li Qiang "
            "on Monday witnessed the signing of nine agreements, including one on police cooperation, in Beijing.",
            "2023-07-12",
            [("SLB", "CHN", "2023-07-10")],
        ),
        # the officials named after the place, "between" them: the talks' place and day first
        (
            "India and the Soviet Union\nThe agreement was reached during talks in Moscow last week between Indian "
            "Commerce Minister P. Shiv Shankar and Soviet Foreign Trade Minister Boris Aristov.",
            "1987-04-12",
            [("IND", "SUN", "1987-04")],
        ),
        (
            "Kenya and Uganda\nTalks in Kampala on Monday between Kenyan Trade Minister Moses Kuria and Ugandan "
            "officials ended well.",
            "2023-04-12",
            [("KEN", "UGA", "2023-04-10")],
        ),
        # near misses: met often before, to meet, met in a third country
        (
            "Kazakh President Kassym-Jomart Tokayev has met Chinese President Xi Jinping in Beijing several times.",
            "2024-03-20",
            [],
        ),
        (
            "Kazakh Foreign Minister Murat Nurtleu will meet Chinese Foreign Minister Wang Yi in Beijing.",
            "2024-03-20",
            [],
        ),
        (
            "Kazakh Foreign Minister Murat Nurtleu met Chinese Foreign Minister Wang Yi in New York.",
            "2024-03-20",
            [],
        ),
    ],
)
def test_an_official_meeting_the_others_in_their_capital_is_visiting(
    text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = facts_of(text, published, FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the guest's official named only after the meeting's word, the host's by title alone
        (
            "Kenya and Uganda on Monday signed a memorandum of understanding on cross-border trade after talks "
            "between President William Ruto and Ugandan President Yoweri Museveni in Nairobi.",
            [("UGA", "KEN", "2024-04-15")],
        ),
        (
            "Talks between Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina in New Delhi "
            "focused on trade.",
            [("BGD", "IND", "2024-04")],
        ),
        # near misses: talks to come, or only proposed
        (
            "Talks between Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina in New Delhi "
            "will focus on trade.",
            [],
        ),
        (
            "Officials proposed talks between Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh "
            "Hasina in New Delhi.",
            [],
        ),
    ],
)
def test_talks_between_two_officials_in_one_sides_capital(text: str, expected: list[tuple[str, str, str]]) -> None:
    visits = facts_of(text, "2024-04-16", FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Japan and Vietnam on Monday agreed to upgrade their ties during talks between Prime Minister Fumio "
            "Kishida and visiting Vietnamese President Vo Van Thuong.\n\nThuong, who arrived in Japan on Sunday "
            "for a weeklong state visit, will address the Diet on Tuesday.",
            "2023-11-26",
        ),
        (
            "Chilean President Gabriel Boric held talks with Vietnamese leaders in Hanoi on Monday.\n\nBoric began "
            "his state visit to Vietnam on Saturday.",
            "2023-11-25",
        ),
        # near miss: the later day told first in one sentence only, no earlier day of the visit: it stands
        (
            "Chilean President Gabriel Boric held talks with Vietnamese leaders in Hanoi on Monday.\n\nBoric "
            "praised the growth of trade.",
            "2023-11-27",
        ),
    ],
)
def test_days_of_one_visit_in_two_sentences_give_its_first(text: str, date: str) -> None:
    assert [v.date for v in facts_of(text, "2023-11-27", FactKind.VISIT)] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The visit coincides with the 50th anniversary of Prime Minister Gough Whitlam's landmark 1973 trip to "
            "China, made a year after Australia and China established diplomatic relations.",
            "1972",
        ),
        (
            "Chile opened its embassy in Hanoi in 1972 in a small villa, a year after Chile and Vietnam established "
            "diplomatic relations.",
            "1971",
        ),
        (
            "The first Peruvian trade mission arrived in Seoul in 1965 with 20 firms, two years after Peru and Korea "
            "established diplomatic relations.",
            "1963",
        ),
        # near miss: "after that", the other way round: the relations came after the year stated
        (
            "Chile opened a trade office in Hanoi in 1970, and a year after that Chile and Vietnam established "
            "diplomatic relations.",
            "1971",
        ),
    ],
)
def test_relations_set_a_count_of_years_before_another_events_year(text: str, date: str) -> None:
    assert only(text, FactKind.RELATIONS_ESTABLISHED, "2023-11-06").date == date


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "Prime Minister Kishida welcomed President Joko's visit to Japan and stated that 2023 marks the 65th "
            "anniversary of the establishment of diplomatic relations between Japan and Indonesia.",
            "2023-12-17",
            "2023-12",
        ),
        (
            "Chinese Premier Li Qiang's visit to Australia came as 2024 marked ten years of the comprehensive "
            "strategic partnership.",
            "2024-06-18",
            "2024-06",
        ),
        # near miss: a year after "in" is the visit's own, whatever follows it
        ("Kishida's visit to Indonesia in 2022 marked a new chapter in Japan-Indonesia ties.", "2023-12-17", "2022"),
    ],
)
def test_a_year_that_marks_an_anniversary_dates_no_visit(text: str, published: str, date: str) -> None:
    visits = facts_of(text, published, FactKind.VISIT)
    assert [v.date[: len(date)] for v in visits] == [date]
    assert all(len(v.date) >= len(date) for v in visits)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("U.S. President Bill Clinton today announced the normalization of relations with Vietnam.", "1995-07-11"),
        ("Honduras and China on Sunday established diplomatic relations.", "1995-07-09"),
        ("Honduras and China yesterday established diplomatic relations, ending Taipei's ties.", "1995-07-10"),
        # near miss: the day another clause's, before a comma
        ("On Sunday, officials met; Honduras and China have had diplomatic relations since 1990.", "1990"),
    ],
)
def test_relations_established_on_a_story_day_told_before_the_verb(text: str, date: str) -> None:
    assert only(text, FactKind.RELATIONS_ESTABLISHED, "1995-07-11").date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the day of the story's week opening the sentence, the celebrating clause after it
        ("On Thursday, Peru and China marked the 52nd anniversary of diplomatic relations.", "1971-06-01"),
        ("Today, Chile and Korea celebrate 61 years of diplomatic relations with a concert.", "1962-06-07"),
        # a day of the month, the last before the story (celebrated): 2 November 2022, 52 years on
        ("On November 2, Peru and China celebrated the 52nd anniversary of diplomatic relations.", "1970-11-02"),
        # the relations' words, the place of their signing, then the day
        (
            "Honduras and China signed a joint communique on the establishment of diplomatic relations in Beijing "
            "on Sunday.",
            "2023-06-04",
        ),
        # near miss: the opening day is another clause's, a full clause of its own before the anniversary's
        (
            "On Thursday, the minister arrived in Lima, and Peru and China marked the 52nd anniversary of "
            "diplomatic relations this year.",
            "1971",
        ),
    ],
)
def test_a_day_of_the_storys_week_before_the_clause_or_after_the_place(text: str, date: str) -> None:
    assert only(text, FactKind.RELATIONS_ESTABLISHED, "2023-06-07").date == date


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Vietnam opened its Embassy in Buenos Aires in 1974, closed it in 1990 due to financial difficulties "
            "and reopened it in 1996.",
            [("1974", "opened"), ("1990", "closed"), ("1996", "reopened")],
        ),
        (
            "Vietnam opened its Embassy in Santiago in 1971, closed it in 1973 after the military coup and reopened "
            "it in 1993.",
            [("1971", "opened"), ("1973", "closed"), ("1993", "reopened")],
        ),
        # near miss: a comma before words of no action of the embassy
        ("Vietnam opened its Embassy in Santiago in 1971, located in the Providencia district.", [("1971", "opened")]),
    ],
)
def test_an_embassys_actions_listed_after_commas_are_each_an_event(sentence: str, expected: list) -> None:
    facts = facts_of(f"Chile and Vietnam. {sentence}", "2023-01-01", FactKind.EMBASSY)
    assert sorted((f.date, f.action) for f in facts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnamese Deputy Prime Minister Tran Hong Ha received Colombian Minister of Commerce Luis Reyes in "
            "Hanoi on March 14.",
            [("COL", "VNM", "2024-03-14")],
        ),
        (
            "Kenyan President William Ruto hosted Indian Trade Minister Piyush Goyal at State House on March 14.",
            [("IND", "KEN", "2024-03-14")],
        ),
        # near miss: a minister's letter received, not the minister
        (
            "Vietnamese Deputy Prime Minister Tran Hong Ha received Colombian Minister Luis Reyes's letter on "
            "March 14.",
            [],
        ),
    ],
)
def test_a_minister_of_any_portfolio_received_is_visiting(text: str, expected: list[tuple[str, str, str]]) -> None:
    visits = facts_of(text, "2024-03-15", FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counterpart is the host, met at home: the subject is visiting
        (
            "Bangladesh and Japan yesterday elevated their relationship to a strategic partnership as Prime "
            "Minister Sheikh Hasina held talks with her Japanese counterpart Fumio Kishida in Tokyo.",
            [("BGD", "JPN", "2023-04-26")],
        ),
        (
            "Chile's foreign minister met his Korean counterpart Park Jin in Seoul on Tuesday.",
            [("CHL", "KOR", "2023-04-25")],
        ),
        # near miss: the counterpart met abroad in the subject's own capital is the visitor (as before)
        (
            "Chile's foreign minister met his Korean counterpart Park Jin in Santiago on Tuesday.",
            [("KOR", "CHL", "2023-04-25")],
        ),
    ],
)
def test_a_counterpart_met_in_his_own_capital_is_the_host(text: str, expected: list[tuple[str, str, str]]) -> None:
    visits = facts_of(text, "2023-04-27", FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazilian President Luiz Inácio Lula da Silva attended the inauguration of Dilma Rousseff as president "
            "of the New Development Bank in Shanghai on Thursday, at the start of a state visit to China.",
            ["2023-04-13"],
        ),
        # near miss: the visitor is the bank's president, no state's official
        ("Brazil and China. The president of the New Development Bank paid a visit to Brazil on Thursday.", []),
    ],
)
def test_a_bank_president_named_as_what_someone_became_bars_no_visit(text: str, expected: list[str]) -> None:
    assert [v.date for v in facts_of(text, "2023-04-14", FactKind.VISIT)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Anwar Ibrahim of Malaysia received Saudi Arabia's Minister of Investment Khalid "
            "Al-Falih at Perdana Putra on Thursday.",
            [("SAU", "MYS", "2024-05-16")],
        ),
        (
            "Vietnamese President Vo Van Thuong received New Zealand's Foreign Minister Winston Peters in Hanoi on "
            "Thursday.",
            [("NZL", "VNM", "2024-05-16")],
        ),
        # near miss: the guest's country named in the possessive, but a thing of the guest's received
        (
            "Prime Minister Anwar Ibrahim of Malaysia received Saudi Arabia's Minister Khalid Al-Falih's letter on "
            "Thursday.",
            [],
        ),
    ],
)
def test_a_guest_named_by_his_countrys_possessive_is_visiting(text: str, expected: list[tuple[str, str, str]]) -> None:
    visits = facts_of(text, "2024-05-17", FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Japan and Peru. The first Japanese immigrants arrived in Peru in 1899.",
        "Korea and Mexico. Korean migrants arrived in Mexico in 1905 to work on henequen farms.",
        "India and Kenya. Indian workers came to Kenya in 1896 to build the railway.",
    ],
)
def test_migrants_arriving_are_no_visit(text: str) -> None:
    assert facts_of(text, "2023-05-10", FactKind.VISIT) == []


def test_a_leader_arriving_among_migrants_words_is_still_a_visit() -> None:
    # Near miss: the visitor a leader, the migrants what the visit was about.
    text = "Japan and Peru. Princess Kako of Japan arrived in Peru in 2019 to mark 120 years of Japanese immigration."
    assert [v.date for v in facts_of(text, "2023-05-10", FactKind.VISIT)] == ["2019"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Chinese Premier Li Qiang's four-day visit to Australia, which ended on Tuesday, was a success.",
            "2024-06-15",
        ),
        ("Lula's three-day state visit to China, which concluded on Saturday, yielded 15 agreements.", "2024-06-13"),
        # returned from a visit of so many days on a day: it ended then
        ("Nepal and India. Prime Minister Pushpa Kamal Dahal returned from a four-day official visit to India on "
         "Saturday.", "2024-06-12"),
        ("Chilean President Gabriel Boric returned home from a three-day state visit to Vietnam on Thursday.",
         "2024-06-18"),
        # near miss: no length told, the day it ended stands
        ("Chinese Premier Li Qiang's visit to Australia, which ended on Tuesday, was a success.", "2024-06-18"),
        ("Nepal and India. Prime Minister Dahal returned from an official visit to India on Saturday.", "2024-06-15"),
    ],
)  # fmt: skip
def test_a_visit_of_so_many_days_that_ended_on_a_day_began_before(text: str, date: str) -> None:
    text = "Australia, Brazil and China. " + text if "Lula" in text else text
    visits = [v for v in facts_of(text, "2024-06-20", FactKind.VISIT) if v.date]
    assert [v.date for v in visits][:1] == [date]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the guest received by title "of" his country, as a ministry's communiqué writes it
        (
            "Mexico and Korea\n\nForeign Secretary Marcelo Ebrard received the Minister of Foreign Affairs of the "
            "Republic of Korea, Park Jin, at the Foreign Ministry today.",
            [("KOR", "MEX", "2022-05-24")],
        ),
        (
            "South Africa and India\n\nPresident Cyril Ramaphosa received the Prime Minister of India, Narendra Modi, "
            "at the Union Buildings on Monday.",
            [("IND", "ZAF", "2022-05-23")],
        ),
        (
            "Britain and Kenya\n\nKing Charles welcomed the President of Kenya, William Ruto, at Buckingham Palace on "
            "Friday.",
            [("KEN", "GBR", "2022-05-20")],
        ),
        # the title of a body "of the" country: a speaker of its assembly, a president of its senate
        (
            "Peru and Korea\n\nPeruvian President Dina Boluarte received the Speaker of the National Assembly of the "
            "Republic of Korea, Kim Jin-pyo, at the Government Palace on Tuesday.",
            [("KOR", "PER", "2022-05-24")],
        ),
        ("Vietnam and the Philippines\n\nPresident Vo Van Thuong hosted the President of the Senate of the "
         "Philippines on Tuesday.", [("PHL", "VNM", "2022-05-24")]),
        ("Kenya and Denmark\n\nPresident Ruto welcomed the Minister for the Environment of Denmark at State House "
         "on Tuesday.", [("DNK", "KEN", "2022-05-24")]),
        # near misses: a letter or an order of the country received is no guest
        ("Mexico and Korea\n\nEbrard received a letter from the Minister of Foreign Affairs of Korea today.", []),
        ("Peru and Korea\n\nPresident Boluarte received the report of the National Assembly of Korea on Tuesday.", []),
        ("Mexico and Korea\n\nEbrard received the Order of Diplomatic Service Merit of the Republic of Korea today.",
         []),
    ],
)  # fmt: skip
def test_a_guest_received_by_his_title_of_his_country_is_visiting(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = facts_of(text, "2022-05-24", FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a date in a long "since" clause after the visit is the earlier event's, not the visit's
        (
            "Solomon Islands Prime Minister Manasseh Sogavare has arrived in China for a week-long official visit, "
            "his first since the country switched diplomatic recognition from Taipei to Beijing in 2019.",
            "2023-07-10",
            ["2023-07-10"],
        ),
        (
            "Argentine President Javier Milei arrived in Israel on Tuesday, his first trip abroad since he was sworn "
            "in as the president of his country in December 2023.",
            "2024-02-08",
            ["2024-02-06"],
        ),
        (
            "Kenyan President William Ruto arrived in Japan on Tuesday, the first visit by a Kenyan head of state "
            "since the two countries' leaders met at the TICAD summit in Nairobi in 2016.",
            "2024-02-08",
            ["2024-02-06"],
        ),
        # near miss: "since" of another clause, the visit's own year after "and"
        ("Chile and Peru have been close partners since 1990 and President Boric visited Peru in 2019.", "2024-02-08",
         ["2019"]),
    ],
)  # fmt: skip
def test_a_date_of_a_since_clause_after_the_visit_is_not_the_visits(
    text: str, published: str, dates: list[str]
) -> None:
    assert [v.date for v in facts_of(text, published, FactKind.VISIT)] == dates


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a leader in the other side's capital, then held talks there on a day told after them: that day's visit
        ("Bangladeshi Prime Minister Sheikh Hasina is in New Delhi to attend the G20 summit and held bilateral talks "
         "with Prime Minister Narendra Modi on Friday.", "2023-09-08", [("BGD", "IND", "2023-09-08")]),
        ("Kenyan President William Ruto was in Tokyo for a business conference and held talks with Prime Minister "
         "Fumio Kishida on February 8.", "2024-02-12", [("KEN", "JPN", "2024-02-08")]),
        # near miss: in a third country's capital, no visit of the pair
        ("India and Bangladesh\n\nBangladeshi Prime Minister Sheikh Hasina is in Jakarta for the ASEAN summit and held "
         "talks with Indian Prime Minister Narendra Modi on Friday.", "2023-09-08", []),
    ],
)  # fmt: skip
def test_a_leader_there_who_held_talks_on_a_day_told_after_is_visiting_on_it(
    text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = facts_of(text, published, FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # relations two countries not the story's established: theirs, the only two the sentence names
        (" date 2023-09-11 \nModi holds talks with leaders of Japan and Brazil\n\nIndia and Canada established "
         "diplomatic relations in 1947.\n", [(("CAN", "IND"), "1947")]),
        (" date 2023-09-11 \nChile and Peru\n\nMexico established diplomatic relations with Korea on January 26, "
         "1962.\n", [(("KOR", "MEX"), "1962-01-26")]),
        # near miss: three countries named, no one pair's
        (" date 2023-09-11 \nChile and Peru\n\nJapan, Korea and Mexico established diplomatic relations in 1962.\n",
         []),
    ],
)  # fmt: skip
def test_relations_of_two_other_countries_named_alone_are_theirs(
    text: str, expected: list[tuple[tuple[str, str], str]]
) -> None:
    facts = [f for f in extract_article(text).facts if f.kind == FactKind.RELATIONS_ESTABLISHED]
    assert [(f.countries, f.date) for f in facts] == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a date in a clause of the visitor's election or taking office, between commas, is not the visit's
        ("Chile and Peru\n\nChilean President Michelle Bachelet, elected in 2006, visited Lima in March.",
         ["2023-03"]),
        ("Brazil and China\n\nBrazilian President Lula, re-elected in 2022, visited Beijing in April.", ["2023-04"]),
        ("Kenya and China\n\nKenyan President William Ruto, sworn in in September 2022, made a state visit to China "
         "in October.", ["2023-10"]),
    ],
)  # fmt: skip
def test_a_date_of_the_visitors_election_between_commas_is_not_the_visits(text: str, dates: list[str]) -> None:
    assert [v.date for v in facts_of(text, "2023-11-20", FactKind.VISIT)] == dates


def test_a_participle_clause_of_a_document_still_dates_it() -> None:
    # near miss: "signed in 2006" between commas is the document's signing, and "took effect in 2009" its entry
    facts = facts_of("The Chile-Peru trade agreement, signed in 2006, took effect in 2009.", "2023-11-20")
    assert [f.date for f in facts if f.kind == FactKind.AGREEMENT] == ["2006", "2009"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new building of an embassy inaugurated is no opening of the embassy
        ("Indonesia and Peru\n\nIndonesia's Foreign Minister inaugurated the new building of the Indonesian Embassy "
         "in Lima on Tuesday.", []),
        ("Chile and Vietnam\n\nChile opened the new premises of its embassy in Hanoi in 2019.", []),
        # the anniversary of an opening is no opening that day; the opening told after it is
        ("Chile and Vietnam\n\nThe Vietnamese Embassy in Chile celebrated the 20th anniversary of its opening on "
         "Wednesday; it opened in Santiago in April 2003.", [("CHL", "VNM", "2003-04", "opened")]),
        # near miss: an embassy opened in a new building is an opening
        ("Chile and Vietnam\n\nChile opened its embassy in Hanoi in a new building in 2019.",
         [("CHL", "VNM", "2019", "opened")]),
    ],
)  # fmt: skip
def test_an_embassys_new_building_or_its_anniversary_is_no_opening(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    facts = facts_of(text, "2023-04-20", FactKind.EMBASSY)
    assert [(*f.countries, f.date, f.action) for f in facts] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a meeting in one side's great city that is not its capital, named after the meeting or as the dateline
        ("Nepal and China\n\nPrime Minister Pushpa Kamal Dahal met Chinese President Xi Jinping in Hangzhou on "
         "Saturday.", "2023-09-27", [("NPL", "CHN", "2023-09-23")]),
        ("Japan and Australia\n\nPERTH, Oct 22 (Reuters) - Japanese Prime Minister Fumio Kishida and Australian Prime "
         "Minister Anthony Albanese signed a security declaration on Saturday.", "2022-10-23",
         [("JPN", "AUS", "2022-10-22")]),
        ("Japan and Saudi Arabia\n\nJEDDAH, July 16 (SPA) - Japanese Prime Minister Fumio Kishida held talks with "
         "Crown Prince Mohammed bin Salman on Sunday.", "2023-07-17", [("JPN", "SAU", "2023-07-16")]),
        # near miss: a name that opens with a city's is no city
        ("Nepal and China\n\nPrime Minister Pushpa Kamal Dahal met Chinese President Xi Jinping in Shanghai "
         "Cooperation Organisation talks on Saturday.", "2023-09-27", []),
    ],
)  # fmt: skip
def test_a_meeting_in_a_great_city_that_is_not_the_capital_is_a_visit(
    text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = facts_of(text, published, FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # two leaders by title alone at the host's seat, the host's known by name: the other is the guest
        ("Ghana and China\n\nPresident Nana Addo Dankwa Akufo-Addo held bilateral talks with President Xi Jinping at "
         "the Great Hall of the People on Wednesday.", "2024-09-06", [("GHA", "CHN", "2024-09-04")]),
        ("Brazil and Russia\n\nPresident Luiz Inacio Lula da Silva held talks with President Vladimir Putin at the "
         "Kremlin on Tuesday.", "2024-09-06", [("BRA", "RUS", "2024-09-03")]),
        # near miss: the host's leader alone there
        ("Ghana and China\n\nPresident Xi Jinping held talks with business leaders at the Great Hall of the People on "
         "Wednesday.", "2024-09-06", []),
    ],
)  # fmt: skip
def test_the_other_titled_leader_at_a_known_leaders_seat_is_the_guest(
    text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = facts_of(text, published, FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the subject "and his … counterpart" acting together, in the counterpart's dateline capital, the place not
        # named again: the subject is visiting
        ("Fiji and Australia\n\nCANBERRA - Prime Minister Sitiveni Rabuka and his Australian counterpart Anthony "
         "Albanese yesterday signed the Vuvale Union at Parliament House.", "2024-02-08",
         [("FJI", "AUS", "2024-02-07")]),
        ("Vietnam and Laos\n\nVIENTIANE, Jan 9 (KPL) - Prime Minister Pham Minh Chinh and his Lao counterpart Sonexay "
         "Siphandone on Tuesday witnessed the exchange of documents.", "2024-01-10", [("VNM", "LAO", "2024-01-09")]),
        # near miss: in the subject's own dateline capital, the counterpart is the visitor
        ("Vietnam and Laos\n\nHANOI, Jan 9 (VNA) - Prime Minister Pham Minh Chinh and his Lao counterpart Sonexay "
         "Siphandone on Tuesday witnessed the exchange of documents.", "2024-01-10", [("LAO", "VNM", "2024-01-09")]),
    ],
)  # fmt: skip
def test_a_subject_and_his_counterpart_in_the_counterparts_dateline_capital(
    text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = facts_of(text, published, FactKind.VISIT)
    assert [(v.origin, v.destination, v.date) for v in visits] == expected
