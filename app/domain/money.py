"""Money amounts as the genre writes them, and in readable form."""

from __future__ import annotations

import math
import re

SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "bil": 1e9,  # "RM2.3bil", "US$500mil", as Malaysian papers write them
    "mil": 1e6,
    "trn": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
    "lakh crore": 1e12,
}


def format_usd(value: float | None, digits: int = 2) -> str:
    """``$6.28B``, ``$187M``, ``$10.7K``: a money figure an analyst reads at a glance."""
    if value is None:
        return "—"
    sign = "-" if value < 0 else ""
    value = abs(value)
    for limit, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if value >= limit:
            scaled = value / limit
            text = f"{scaled:.{digits}f}".rstrip("0").rstrip(".") if scaled < 100 else f"{scaled:.0f}"
            return f"{sign}${text}{suffix}"
    return f"{sign}${value:,.0f}"


def format_usd_exact(value: float | None) -> str:
    """``$289.6M``, ``$6.275B``, ``$10,700``: as stated, up to three decimals of the scaled figure."""
    if value is None:
        return "—"
    sign = "-" if value < 0 else ""
    value = abs(value)
    for limit, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if value >= limit:
            text = f"{value / limit:.3f}".rstrip("0").rstrip(".")
            return f"{sign}${text}{suffix}"
    return f"{sign}${value:,.0f}"


def format_amount(amount: float | None, currency: str | None) -> str:
    """A figure as it was stated, in its own currency: "NLG 110 bn", "CNY 190 bn", "EUR 3.4 bn", "$6.275B"."""
    if amount is None:
        return "—"
    if currency in (None, "USD"):
        return format_usd_exact(amount)
    for limit, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "mn")):
        if abs(amount) >= limit:
            return f"{currency} {f'{amount / limit:.3f}'.rstrip('0').rstrip('.')} {suffix}"
    return f"{currency} {amount:,.0f}"


_SCALES = {
    "": 1.0,
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "tn": 1e12,
    "trillion": 1e12,
}
_AMOUNT = re.compile(
    r"(?:us\s*\$|usd|\$|u\.s\.\s*\$)?\s*(?P<number>\d[\d,]*(?:\.\d+)?(?:e\d+)?)\s*(?P<scale>[a-z]*)\.?\s*(?:usd|dollars?)?",
    re.I,
)


def parse_usd(text: str) -> float:
    """A dollar amount as an analyst types it: "10.7 million", "$1.2 billion", "1,200,000", "US$600M",
    "6.275e9". Raises ValueError with a reason for a person."""
    match = _AMOUNT.fullmatch(text.strip())
    scale = _SCALES.get(match.group("scale").lower()) if match else None
    if match is None or scale is None:
        raise ValueError(
            f"cannot read {text.strip()!r} as an amount: write it as 6.275 billion, $600 million or 1,200,000"
        )
    number = match.group("number")
    if "," in number and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", number):
        raise ValueError(f"cannot read {number!r}: commas separate thousands (1,200,000)")
    value = float(number.replace(",", "")) * scale
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{text.strip()!r} is not an amount above zero")
    return value
