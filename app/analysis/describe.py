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


# By the stored kind's text: ``FactKind(text)`` and its label's lookup cost a third of a description, and a
# relationship's view describes each of its ~700 facts.
_KINDS = {kind.value: (kind, kind.label) for kind in FactKind}


def describe_fact(row: Mapping[str, Any], order: tuple[str, str] | None = None) -> str:
    """``Trade total: over $300M in 2006 — Vietnam–Mexico`` (and how it was derived, when it was). The pair
    is named in ``order`` (as the analyst picked it) when given, else as stored. Each field is read once."""
    kind, label = _KINDS[str(row["kind"])]
    index = country_index()
    first, second = row["country_a"], row["country_b"]
    if order and {*order} == {first, second}:
        first, second = order
    pair = f"{index.name(first)}–{index.name(second)}"
    year = _get(row, "year")
    when = _get(row, "date") or (str(int(year)) if year is not None else "date not stated")
    qualifier = _get(row, "qualifier")
    hedge = f"{qualifier} " if qualifier else ""
    value_usd = _get(row, "value_usd")
    if value_usd is not None:
        money = f"{hedge}{format_usd(value_usd)}"
    elif (amount := _get(row, "amount")) is not None:
        money = f"{hedge}{amount:,.0f} {_get(row, 'currency') or ''}".strip()
    else:
        money = ""
    if kind == FactKind.TRADE_TOTAL:
        period = _get(row, "partial_period")
        text = f"{money} in {when}" + (f" ({period})" if period else "")
    elif kind == FactKind.TRADE_GROWTH:
        percent = _get(row, "percent")
        text = f"{percent:+g} % in {when}" if percent is not None else when
    elif kind == FactKind.PARTNER_RANK:
        name = _get(row, "name")
        text = f"rank {_get(row, 'rank')}" + (f" {name}" if name else "")
    elif kind == FactKind.INVESTMENT:
        text = f"{money or 'amount not stated'}" + (f" in {when}" if year is not None else "")
    else:
        detail = _get(row, "person") or _get(row, "name") or _get(row, "action") or ""
        text = f"{when}" + (f": {detail}" if detail else "")
    extra = []
    if _get(row, "derived"):
        extra.append(f"derived: {_get(row, 'derivation')}")
    for flag in _get(row, "flags") or ():
        extra.append(str(flag))
    basis = _get(row, "basis")
    if basis:
        extra.append(str(basis))
    status = _get(row, "status")
    if status and status != "proposed":
        extra.append(str(status))
    tail = "".join(f"\n  {e}" for e in extra)
    return f"{label}: {text} — {pair}{tail}"
