from __future__ import annotations

import pytest

from app.domain.countries import country_index
from app.domain.dates import PartialDate, Precision
from app.domain.money import format_usd
from app.domain.text import fold


def test_a_bare_year_stays_a_year() -> None:
    date = PartialDate.parse("1975")
    assert date.precision is Precision.YEAR
    assert date.iso() == "1975"
    assert PartialDate.parse("2000-07").iso() == "2000-07"
    assert PartialDate.parse("1994-11-14").precision is Precision.DAY


def test_year_contains_its_days() -> None:
    assert PartialDate(1975).contains(PartialDate(1975, 5, 19))
    assert not PartialDate(1975, 6).contains(PartialDate(1975, 5, 19))


@pytest.mark.parametrize("bad", ["19751", "1975-13", "yesterday", ""])
def test_bad_dates_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(bad)


def test_fold_keeps_offsets() -> None:
    text = "Việt Nam và Hà Nội, Perú, Bolaño"
    assert fold(text) == "Viet Nam va Ha Noi, Peru, Bolano"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("VNM", "VNM"),
        ("vn", "VNM"),
        ("Viet Nam", "VNM"),
        ("Việt Nam", "VNM"),
        ("Vietnamese", "VNM"),
        ("Mexico", "MEX"),
        ("México", "MEX"),
        ("Mexican", "MEX"),
        ("Peruvian", "PER"),
        ("Tokyo", "JPN"),
        ("Hanoi", "VNM"),
        ("Hà Nội", "VNM"),
        ("Lima", "PER"),
        ("South Korea", "KOR"),
        ("U.S.", "USA"),
        ("Côte d'Ivoire", "CIV"),
        ("Guinea-Bissau", "GNB"),
        ("Türkiye", "TUR"),
        ("Dutch", "NLD"),
    ],
)
def test_country_lookup(text: str, code: str) -> None:
    found = country_index().lookup(text)
    assert found is not None and found.code == code


def test_every_iso_country_is_known() -> None:
    index = country_index()
    assert len(index.countries) == 249 + 12  # and the twelve states and areas of history an analyst meets
    assert index.name("VNM") == "Vietnam"
    assert index.name("BOL") == "Bolivia"


def test_suggestions_for_misspelt_names() -> None:
    assert "Mexico" in country_index().suggest("Mexcio")


@pytest.mark.parametrize(
    ("value", "text"),
    [(6.275e9, "$6.28B"), (187e6, "$187M"), (10_700, "$10.7K"), (15e9, "$15B"), (950, "$950"), (None, "—")],
)
def test_money_reads_at_a_glance(value: float | None, text: str) -> None:
    assert format_usd(value) == text


@pytest.mark.parametrize(
    ("value", "text"), [(289.6e6, "$289.6M"), (6.275e9, "$6.275B"), (10_700, "$10,700"), (15e9 / 1.275, "$11.765B")]
)
def test_exact_money_keeps_the_stated_figure(value: float, text: str) -> None:
    from app.domain.money import format_usd_exact

    assert format_usd_exact(value) == text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Soviet Union", "SUN"),
        ("USSR", "SUN"),
        ("Soviet", "SUN"),
        ("Yugoslavia", "YUG"),
        ("Yugoslavian", "YUG"),
        ("Czechoslovakia", "CSK"),
        ("East Germany", "DDR"),
        ("GDR", "DDR"),
        ("West Germany", "DEU"),
        ("Zaire", "ZAR"),
        ("Peking", "CHN"),
    ],
)
def test_states_of_history_and_old_names(text: str, code: str) -> None:
    found = country_index().lookup(text)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    ("code", "year", "then"),
    [
        ("RUS", 1987, "SUN"),
        ("RUS", 1992, "RUS"),
        ("UKR", 1991, "SUN"),
        ("SRB", 1999, "YUG"),
        ("SRB", 2010, "SRB"),
        ("CZE", 1992, "CSK"),
        ("CZE", 1993, "CZE"),
        ("COD", 1980, "ZAR"),
        ("COD", 1965, "COD"),
        ("MMR", 1988, "BUR"),
        ("MMR", 2005, "MMR"),
        ("HRV", 1990, "YUG"),
        ("VNM", 1987, "VNM"),
        ("RUS", None, "RUS"),
        # before the state was formed, its parts are their own: Soviet Russia in 1921 (the Soviet Union from the
        # last days of 1922), Serbia before 1918
        ("RUS", 1921, "RUS"),
        ("RUS", 1923, "SUN"),
        ("SRB", 1910, "SRB"),
        ("CZE", 1917, "CZE"),
        ("SVK", 1919, "CSK"),
    ],
)
def test_a_country_in_its_time(code: str, year: int | None, then: str) -> None:
    from app.domain.countries import in_its_time

    assert in_its_time(code, year) == then
