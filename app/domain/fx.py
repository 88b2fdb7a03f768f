"""US-dollar values of amounts stated in other currencies, at the year's average rate.

The rates are the European Central Bank's daily reference rates from 1999, shipped inside the
``currencyconverter`` package (no network). A year's rate is the mean of its daily rates; a currency or
year the ECB does not cover has no rate, and the amount keeps its own currency with no dollar value:
never a silent dollar.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

# Currencies that ended in the euro, at their irrevocable conversion rates to it (per euro).
_EURO_LEGACY = {
    "DEM": 1.95583,
    "FRF": 6.55957,
    "ITL": 1936.27,
    "NLG": 2.20371,
    "ESP": 166.386,
    "BEF": 40.3399,
    "ATS": 13.7603,
    "PTE": 200.482,
    "FIM": 5.94573,
    "IEP": 0.787564,
    "GRD": 340.750,
}
_EURO_START = {"GRD": 2001}  # the others from 1999
# Currencies pegged to the US dollar: units per dollar, and the first full year of the peg.
_PEGGED = {
    "SAR": (3.75, 1987),
    "AED": (3.6725, 1998),
    "QAR": (3.64, 2002),
    "OMR": (0.3845, 1987),
    "BHD": (0.376, 2002),
    "JOD": (0.709, 1996),
}
# Currencies pegged to the Indian rupee, which the ECB quotes: units per rupee, and the first full year of the
# peg (the ngultrum at par since it was issued; the Nepalese rupee at 1.6 since February 1993).
_PEGGED_TO_RUPEE = {
    "BTN": (1.0, 1975),
    "NPR": (1.6, 1994),
}


# A currency whose ISO 4217 code changed, as states' codes did: "roubles" in 1986 are Soviet roubles (SUR), in
# 1992-97 the Russian rouble before its redenomination (RUR).
_CODE_IN_ITS_TIME = {"RUB": ((1991, "SUR"), (1997, "RUR"))}


def currency_in_its_time(currency: str, year: int | None) -> str:
    """The ISO 4217 code ``currency`` had in ``year`` (the code as read when the year is unknown), as
    ``countries.in_its_time`` gives a state's."""
    for until, code in _CODE_IN_ITS_TIME.get(currency, ()):
        if year is not None and year <= until:
            return code
    return currency


@dataclass(frozen=True)
class Conversion:
    value_usd: float
    rate: float  # US dollars per unit of the currency
    how: str  # in words, for the fact's derivation


@cache
def _converter() -> Any:
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=False)


@cache
def year_rate(currency: str, year: int) -> float | None:
    """US dollars per unit of ``currency``, averaged over ``year``'s ECB reference rates; None if unknown."""
    if currency == "USD":
        return 1.0
    legacy = _EURO_LEGACY.get(currency)
    if legacy is not None:
        if year < _EURO_START.get(currency, 1999):
            return None  # before the euro: its own market rate, which the ECB series does not hold
        euro = year_rate("EUR", year)
        return euro / legacy if euro is not None else None
    converter = _converter()
    if currency not in converter.currencies:
        return None
    day, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    rates = []
    while day <= end:
        with contextlib.suppress(Exception):
            rates.append(converter.convert(1.0, currency, "USD", day))
        day += dt.timedelta(days=1)
    if len(rates) < 150:  # less than most of a year's working days: no honest annual average
        return None
    return float(sum(rates) / len(rates))


def to_usd(amount: float, currency: str, year: int | None) -> Conversion | None:
    """``amount`` of ``currency`` in US dollars at ``year``'s average rate, or None where none is known."""
    if year is None or currency == "USD":
        return None
    peg = _PEGGED.get(currency)
    if peg is not None and year >= peg[1]:
        per_dollar = peg[0]
        return Conversion(
            amount / per_dollar,
            1 / per_dollar,
            f"converted from {currency} at its fixed peg (1 USD = {per_dollar:g} {currency})",
        )
    to_rupee = _PEGGED_TO_RUPEE.get(currency)
    if to_rupee is not None and year >= to_rupee[1]:
        per_rupee = to_rupee[0]
        rupee = year_rate("INR", year)
        if rupee is None:
            return None
        return Conversion(
            amount / per_rupee * rupee,
            rupee / per_rupee,
            f"converted from {currency} at its peg to the Indian rupee (1 INR = {per_rupee:g} {currency}) and the "
            f"ECB's {year} average rate (1 INR = {rupee:.4g} USD)",
        )
    rate = year_rate(currency, year)
    if rate is None:
        return None
    return Conversion(
        amount * rate,
        rate,
        f"converted from {currency} at the ECB's {year} average rate (1 {currency} = {rate:.4g} USD)",
    )
