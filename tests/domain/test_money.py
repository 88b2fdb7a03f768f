"""Amounts as an analyst types them into the Edit dialog."""

from __future__ import annotations

import pytest

from app.domain.money import parse_usd


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("10.7 million", 10.7e6),
        ("$1.2 billion", 1.2e9),
        ("1,200,000", 1.2e6),
        ("US$600M", 600e6),
        ("6.275e9", 6.275e9),
        ("15 bn", 15e9),
        ("US$ 353.78 million", 353.78e6),
        ("2 trillion dollars", 2e12),
    ],
)
def test_amounts_as_an_analyst_types_them(typed: str, value: float) -> None:
    assert parse_usd(typed) == pytest.approx(value)


@pytest.mark.parametrize("typed", ["ten million", "1,20,000", "5 lakh", "-3 million", "0", "$"])
def test_an_amount_that_cannot_be_read_says_so(typed: str) -> None:
    with pytest.raises(ValueError, match=r"cannot read|not an amount above zero"):
        parse_usd(typed)
