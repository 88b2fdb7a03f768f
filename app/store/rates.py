"""Exchange rates the analyst gives, one per currency and year, each with its source and who gave it."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlalchemy import delete, select

from app.store.engine import Store
from app.store.models import ExchangeRate, fit_values, utcnow


@dataclass(frozen=True)
class Rate:
    currency: str
    year: int
    usd_per_unit: float
    source: str
    entered_at: dt.datetime
    entered_by: str

    @property
    def described(self) -> str:
        """ "0.5 US$ per NLG in 1986 (IMF IFS, given by ana on 2026-12-05)"."""
        return (
            f"{self.usd_per_unit:g} US$ per {self.currency} in {self.year} ({self.source}, given by "
            f"{self.entered_by} on {self.entered_at:%Y-%m-%d})"
        )


class RateError(ValueError):
    """A rate that cannot be kept: the message says why."""


def set_rate(store: Store, currency: str, year: int, usd_per_unit: float, source: str, user: str) -> Rate:
    """Keep the rate for ``currency`` in ``year`` (replacing the one given before)."""
    currency = currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise RateError(f"{currency!r} is not a currency code: write three letters, as NLG or CNY")
    if currency == "USD":
        raise RateError("US dollars need no rate")
    if not 1800 <= year <= 2100:
        raise RateError(f"{year} is not a year Dyad keeps rates for")
    if not math.isfinite(usd_per_unit) or usd_per_unit <= 0 or usd_per_unit > 1e6:
        raise RateError(f"{usd_per_unit:g} US$ per {currency} is not a rate")
    if not source.strip():
        raise RateError("say where the rate comes from (a source), so the figures it converts can be cited")
    values = fit_values(
        ExchangeRate.__table__,  # type: ignore[arg-type]
        {
            "currency": currency,
            "year": year,
            "usd_per_unit": usd_per_unit,
            "source": source.strip(),
            "entered_by": user,
        },
    )
    with store.write_session() as session:
        session.execute(delete(ExchangeRate).where(ExchangeRate.currency == currency, ExchangeRate.year == year))
        row = ExchangeRate(**values, entered_at=utcnow())
        session.add(row)
        session.flush()
        return _rate(row)


def remove_rate(store: Store, currency: str, year: int) -> bool:
    with store.write_session() as session:
        gone = session.execute(
            delete(ExchangeRate).where(ExchangeRate.currency == currency.upper(), ExchangeRate.year == year)
        )
        return bool(gone.rowcount)  # type: ignore[attr-defined]


def rates(store: Store) -> list[Rate]:
    """Every rate given, by currency and year."""
    with store.sessions() as session:
        rows = session.execute(select(ExchangeRate).order_by(ExchangeRate.currency, ExchangeRate.year)).scalars()
        return [_rate(r) for r in rows]


def _rate(row: ExchangeRate) -> Rate:
    return Rate(row.currency, row.year, row.usd_per_unit, row.source, row.entered_at, row.entered_by)
