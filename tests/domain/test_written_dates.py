"""Dates the analyst types as they read them: "March 25, 2024" is a day, "March 2024" a month, "2024" a year."""

from __future__ import annotations

import pytest

from app.domain.dates import PartialDate


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("2024", "2024"),
        ("2024-03", "2024-03"),
        ("2024-03-25", "2024-03-25"),
        ("March 25, 2024", "2024-03-25"),
        ("March 25 2024", "2024-03-25"),
        ("Mar. 25, 2024", "2024-03-25"),
        ("25 March 2024", "2024-03-25"),
        ("25th March, 2024", "2024-03-25"),
        ("1st of May 1975", "1975-05-01"),
        ("March 2024", "2024-03"),
        ("Sept 1987", "1987-09"),
        ("march, 2024", "2024-03"),
        ("  19 May 1975 ", "1975-05-19"),
    ],
)
def test_written_dates_keep_their_precision(typed: str, iso: str) -> None:
    assert PartialDate.read(typed).iso() == iso


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("February 30, 2024", "February 2024 has no day 30"),
        ("03/04/2024", "03/04/2024 could be 3 April or March 4: write the month as a word"),
        ("next spring", "cannot read 'next spring' as a date: write 2024, March 2024 or March 25, 2024"),
        ("Mai 2024", "cannot read 'Mai 2024' as a date: write 2024, March 2024 or March 25, 2024"),
        ("25 March", "'25 March' has no year: write March 25, 2024"),
        # written as digits the day was not checked against its month: a fact could be dated 30 February
        ("2024-02-30", "February 2024 has no day 30"),
        ("2023-02-29", "February 2023 has no day 29"),
        ("0000-01-01", "year 0 out of range"),
    ],
)
def test_what_is_not_a_date_is_refused_with_a_reason(typed: str, reason: str) -> None:
    with pytest.raises(ValueError) as refused:
        PartialDate.read(typed)
    assert str(refused.value) == reason


def test_an_unambiguous_day_first_numeric_date_is_read() -> None:
    assert PartialDate.read("25/03/2024").iso() == "2024-03-25"  # 25 cannot be a month
    assert PartialDate.read("3/25/2024").iso() == "2024-03-25"


def test_a_leap_day_is_a_date_in_a_leap_year_only() -> None:
    assert PartialDate(2024, 2, 29).iso() == "2024-02-29"
    with pytest.raises(ValueError, match="February 1900 has no day 29"):
        PartialDate(1900, 2, 29)
