"""Money amounts as the genre writes them, and in readable form."""

from __future__ import annotations

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
