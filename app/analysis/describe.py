"""One line that says what a fact states, for tooltips, lists and captions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.domain.countries import country_index
from app.domain.facts import FactKind
from app.domain.money import format_usd_exact as format_usd


def _get(row: Mapping[str, Any], key: str) -> Any:
    value = row.get(key)
    if value is None or (isinstance(value, float) and value != value):
        return None
    return value


def describe_fact(row: Mapping[str, Any], order: tuple[str, str] | None = None) -> str:
    """``Trade total: over $300M in 2006 — Vietnam–Mexico`` (and how it was derived, when it was). The pair
    is named in ``order`` (as the analyst picked it) when given, else as stored."""
    kind = FactKind(row["kind"])
    index = country_index()
    first, second = (
        order
        if order and {*order} == {row["country_a"], row["country_b"]}
        else (
            row["country_a"],
            row["country_b"],
        )
    )
    pair = f"{index.name(first)}–{index.name(second)}"
    year = _get(row, "year")
    when = _get(row, "date") or (str(int(year)) if year is not None else "date not stated")
    hedge = f"{_get(row, 'qualifier')} " if _get(row, "qualifier") else ""
    money = f"{hedge}{format_usd(_get(row, 'value_usd'))}" if _get(row, "value_usd") is not None else ""
    if not money and _get(row, "amount") is not None:
        money = f"{hedge}{_get(row, 'amount'):,.0f} {_get(row, 'currency') or ''}".strip()
    if kind == FactKind.TRADE_TOTAL:
        part = f" ({_get(row, 'partial_period')})" if _get(row, "partial_period") else ""
        text = f"{money} in {when}{part}"
    elif kind == FactKind.TRADE_GROWTH:
        text = f"{_get(row, 'percent'):+g} % in {when}" if _get(row, "percent") is not None else when
    elif kind == FactKind.PARTNER_RANK:
        scope = f" {_get(row, 'name')}" if _get(row, "name") else ""
        text = f"rank {_get(row, 'rank')}{scope}"
    elif kind == FactKind.INVESTMENT:
        text = f"{money or 'amount not stated'}" + (f" in {when}" if year is not None else "")
    else:
        detail = _get(row, "person") or _get(row, "name") or _get(row, "action") or ""
        text = f"{when}" + (f": {detail}" if detail else "")
    extra = []
    if _get(row, "derived"):
        extra.append(f"derived: {_get(row, 'derivation')}")
    for flag in _get(row, "flags") or []:
        extra.append(str(flag))
    if _get(row, "basis"):
        extra.append(str(_get(row, "basis")))
    status = _get(row, "status")
    if status and status != "proposed":
        extra.append(str(status))
    tail = "".join(f"\n  {e}" for e in extra)
    return f"{kind.label}: {text} — {pair}{tail}"
