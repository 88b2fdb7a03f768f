"""What the trade and investment readers share: the words that name trade, one-way flows and investment,
each amount bound to the date or period it is stated for, and an amount's money keys."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.domain.dates import PartialDate
from app.domain.fx import currency_in_its_time, to_usd
from app.extract.amounts import Amount
from app.extract.context import SentenceContext
from app.extract.date_builders import AFTER_STATED
from app.extract.periods import DateExpr, last_match
from app.extract.prefilter import rx

# Words every TRADE_CUE holds, in lower case: a sentence without any is not searched for it.
TRADE_WORDS = ("trad", "turnover", "commerc", "exchange")  # "commerc": also "commercial interchange"
# "trade" as the value of goods exchanged, not "trade partner", "free trade", "trade agreement" or "trade debt".
TRADE_CUE = rx(
    r"\b(?:(?<!free )(?<!free-)trade\b(?!\s*(?:partner|agreement|deal|pact|ties|relations?\b|fair|office|mission|"
    r"promotion|minist|surplus|deficit|balance|gap|imbalance|barrier|polic|talk|war|union|organi[sz]ation|cent(?:re|er)|show|"
    r"represent|delegation|council|commission|committee|route|bloc|zone|area|facilitation|remed|dispute|"
    r"debt|arrears|credit|financ|loan|insurance))"  # "1.2 billion stg of Nigerian trade debt": owed, not traded
    r"|traded\b(?!\s+(?:at|down|up|higher|lower|flat|between\s+\d))"  # "the two countries traded goods worth …"
    r"|turnover|commerce\b(?!\s+(?:minist|chamber|department|secretary))|trading\s+volume|"
    r"exchanges?\s+of\s+goods|"
    # "a bilateral exchange that exceeded 200 million dollars", as Havana's and Hanoi's outlets write trade (not an
    # exchange of people: "a bilateral exchange programme", "… of students")
    r"bilateral\s+exchanges?\b(?!\s+(?:program|of\s+(?:students|visits|views|experience|delegations|people)))|"
    # trade as Latin American and Arab outlets translate it ("intercambio comercial"): not an exchange programme
    r"commercial\s+(?:exchanges?|interchange)\b(?!\s+(?:program|office|mission|cent(?:re|er)|fair|visit|delegation)))",
    re.I,
)
# Trade told as its two ways together: "the combined value of exports and imports between Chile and Korea". Apart
# from TRADE_CUE: its first letters (e, i) would have TRADE_CUE tried at most words of every sentence.
# Also as one noun, singular or hyphenated, with what is counted of it: "the import and export value between …",
# "import-export value between …", "export and import volume between …".
BOTH_WAYS = rx(
    r"\b(?:exports?(?: (?:and|plus|&) |-)imports?|imports?(?: (?:and|plus|&) |-)exports?)"
    r"(?:\s+(?:value|volume|turnover))?(?=\s+(?:between|with)\b)",
    re.I,
)
# Every BOTH_WAYS holds one (lower case).
BOTH_WAYS_WORDS = ("port and", "ports and", "port plus", "ports plus", "port &", "ports &", "port-ex", "port-im")
TOTAL_CUE = rx(
    r"\b(two[- ]way|bilateral|total|overall|combined|trade\s+(?:turnover|volume|value)|"
    r"trade\s+between|turnover|commercial\s+(?:exchanges?|interchange))\b",
    re.I,
)
# One way only: not "exports and imports", "import plus export", "import-export", which are both ways.
_AFTER_THE_OTHER_WAY = {
    word: "".join(f"(?<!{other}{s}{join}{word})" for s in ("", "s") for join in (" and ", " plus ", " & ", "-"))
    for word, other in (("export", "import"), ("import", "export"))
}
ONE_WAY = rx(
    r"\b(export" + _AFTER_THE_OTHER_WAY["export"] + r"(?:s|ed|ing)?\b(?!(?:\s+(?:and|plus|&)\s+|-)imports?\b)|"
    r"import" + _AFTER_THE_OTHER_WAY["import"] + r"(?:s|ed|ing)?\b(?!(?:\s+(?:and|plus|&)\s+|-)exports?\b)|"
    r"shipments?|shipped|sold|purchases?|surplus(?:es)?|deficits?)\b",
    re.I,
)
# "exceeded $150 billion", "topped 2 billion euros": a floor, shown as "over".
BEYOND_VERBS = (
    r"(?:exceeded|exceeds|topped|tops|surpassed|surpasses|crossed|crosses|passed|passes|broke|breaks|breached)"
)
BEYOND = rx(r"\b" + BEYOND_VERBS + r"\s*$", re.I)
INVEST_CUE = rx(
    r"\b(invest(?:ed|ing|ment|ments|or|ors|s)?|FDI|registered\s+capital|capital\s+"
    r"(?:inflows?|of)|projects?\s+(?:worth|valued)|"
    r"(?:contracted|utili[sz]ed|actual(?:ly)?\s+(?:used|utili[sz]ed)|paid[- ]in|disbursed|realised|realized)\s+"
    r"(?:\w+\s+)?(?:capital|investment|FDI))\b",
    re.I,
)
_GAP_AFTER = rx(
    # "crossed the $100 billion mark in 2022": the mark's year (trade.py decides whether it is a total)
    r"^\s*,?\s*(?:(?:mark|threshold|milestone|barrier)\s+)?(?:for\s+the\s+(?:first|second|third|fourth|fifth|sixth|\w+th)\s+"
    r"(?:time|(?:consecutive|straight)\s+year|year\s+running)\s+(?:ever\s+)?)?"
    # "the $21.83 billion recorded in 2021", "$23.49 billion with the Philippines in 2022", "Trade worth $5 billion was
    # recorded between Kenya and India in 2023"
    r"(?:(?:(?:was|were)\s+)?(?:recorded|registered|reported|posted|seen|achieved|logged)\s+)?"
    r"(?:(?:with|between)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w’'-]+){0,2}\s+)?"
    # "Trade of 3.4 billion USD between Vietnam and Chile was recorded in 2021"
    r"(?:(?:was|were)\s+(?:recorded|registered|reported|posted|seen|achieved|logged)\s+)?"
    # "Vietnam and Brazil recorded 6.8 billion USD in two-way trade in 2023", "did $11.5 billion worth of trade in
    # 2022"
    r"(?:(?:in|worth\s+of|of)\s+(?:two[- ]way\s+|bilateral\s+|total\s+)?trade\s+(?:turnover\s+|volume\s+)?)?"
    # the figure as the trade's adjective: "recorded 15-billion-dollar two-way trade in 2023"
    r"(?:(?:two[- ]way\s+|bilateral\s+|total\s+)?trade\s+(?:turnover\s+|volume\s+)?)?"
    r"(?:(?:in|during|for|throughout|through|as\s+of|of)\s+)?"  # "the $13.1 billion of 2021-22"
    r"(?:the\s+)?"
    # "in fiscal year 2021-22", "in the last fiscal year, 2021/22", "in financial year 2022-23", "in calendar 1986" (as
    # newswire sets a calendar year apart from a fiscal one), "in CY2022"; the whole year said so: "for the full year
    # 2022", "in full-year 2022", "in the whole of 2022"
    r"(?:(?:full|whole|entire)(?:[- ]year\s+|\s+of\s+))?"
    r"(?:(?:(?:last|previous|past)\s+)?(?:fiscal|financial|calendar)(?:\s+year)?,?\s+|year\s+|FY\s*|CY\s*)?$",
    re.I,
)
_NOT_POINT_BEFORE = rx(r"\b(since|after|before|compared\s+(?:to|with)|than|over|from|until|by)\s*$", re.I)


@dataclass(frozen=True)
class Binding:
    amount: Amount
    when: DateExpr | None
    lo: int  # start of the clause that states this figure
    hi: int
    index: int


def last_start(pattern: re.Pattern[str], text: str) -> int:
    found = last_match(pattern, text)
    return found.start() if found else -1


def bind_amounts(ctx: SentenceContext) -> list[Binding]:
    """Attach each amount to the date or period it is stated for ("US$15 billion in 2024")."""
    bindings: list[Binding] = []
    prev_end = 0
    used: set[int] = set()
    for i, amount in enumerate(ctx.amounts):
        when: DateExpr | None = None
        hi = amount.end
        after = ctx.date_after(amount.end)
        if after is not None and after.kind != "range" and _stated_for(ctx.text, amount.end, after):
            when, hi = after, after.end
        else:
            before = [
                d
                for d in ctx.dates
                if prev_end <= d.start
                and d.end <= amount.start
                and id(d) not in used
                and d.kind != "range"
                and (
                    not _NOT_POINT_BEFORE.search(ctx.text[max(0, d.start - 16) : d.start])
                    # "compared to the same period in 2022 ($518.1 million)": the bracketed figure is that period's
                    or re.fullmatch(r"\s*\(\s*", ctx.text[d.end : amount.start]) is not None
                )
            ]
            when = before[-1] if before else _span_reached(ctx, prev_end, amount.start)
        if when is not None:
            used.add(id(when))
        bindings.append(Binding(amount, when, prev_end, hi, i))
        prev_end = hi
    return bindings


# A figure reached at the end of a change told over a span of years: "more than tripled between 2005 and 2023, to
# A$26 billion", "grew fivefold from 2004 to 2023, reaching $14 billion".
_REACHED = rx(r"\s*,?\s*(?:to|reaching|hitting|to\s+reach)\s+(?:(?:about|around|nearly|some|over|almost)\s+)?")


def _span_reached(ctx: SentenceContext, lo: int, at: int) -> DateExpr | None:
    """The last year of a span of years right before a figure reached "to" at its end, as that year's date."""
    span = next((d for d in reversed(ctx.dates) if lo <= d.start and d.end <= at), None)
    if span is None or span.kind != "range" or span.end_date is None or not _REACHED.fullmatch(ctx.text, span.end, at):
        return None
    return DateExpr(span.start, span.end, "year", PartialDate(span.end_date.year), text=span.text)


# "two-way trade worth A$2.1 billion (2022)", as fact sheets and embassy pages give a figure's year; not
# "$518 million (2021: $400 million)", a year naming the figure after it.
_BRACKET_OPENS = rx(r"\s*\(\s*(?:(?:in|for|as\s+of)\s+)?(?:FY\s*)?$", re.I)
BRACKET_CLOSES = rx(r"\s*\)")
_ACCORDING_TO = rx(r"\s*,?\s*(?:according\s+to|based\s+on|as\s+per)\s+(?:the\s+)?(?:latest\s+|official\s+)?$", re.I)
_DATA = rx(r"\s+(?:(?:trade|customs|official)\s+)?(?:data|figures|statistics|numbers)\b", re.I)


def _stated_for(text: str, end: int, after: DateExpr) -> bool:
    """Whether the date ``after``, the first after an amount ending at ``end``, is the one it is stated for (not
    another event's, counted from the sentence's year: "…, two years after the countries signed …")."""
    if after.relative == AFTER_STATED:
        return False
    gap = text[end : after.start]
    if _GAP_AFTER.match(gap):
        return True
    if _ACCORDING_TO.match(gap):  # "…, according to 2022 data": the year of the data
        return _DATA.match(text, after.end) is not None
    return _BRACKET_OPENS.match(gap) is not None and BRACKET_CLOSES.match(text, after.end) is not None


# A sentence that opens with its date ("In 2022, …", "Last year, …", "During the first half of 2023, …").
_OPENING = rx(r"\W*(?:(?:in|during|for)\s+)?(?:the\s+)?$", re.I)
_OPENING_END = rx(r"\s*,")


def opening_date(ctx: SentenceContext) -> DateExpr | None:
    """The date ``ctx``'s sentence opens with, set off by a comma, which governs the figures it states after."""
    first = ctx.dates[0] if ctx.dates else None
    if first is None or not _OPENING.fullmatch(ctx.text, 0, first.start) or not _OPENING_END.match(ctx.text, first.end):
        return None
    return first


def money(amount: Amount, year: int | None) -> tuple[dict[str, Any], str | None]:
    """The fact's money keys (the amount as stated, its currency, its US-dollar value) and, for another
    currency, how the dollar value was found: the year's average rate, or none known (never a silent dollar)."""
    if amount.currency in (None, "USD"):
        return {"amount": amount.value, "currency": amount.currency, "value_usd": amount.value_usd}, None
    currency = currency_in_its_time(amount.currency, year)
    if amount.stated_usd is not None:
        values = {"amount": amount.value, "currency": currency, "value_usd": amount.stated_usd}
        return values, f"stated in {currency}; the US-dollar figure is the article's own conversion"
    converted = to_usd(amount.value, currency, year)
    values = {
        "amount": amount.value,
        "currency": currency,
        "value_usd": converted.value_usd if converted else None,
    }
    how = converted.how if converted else f"stated in {currency}; no {year or 'known'} rate to US dollars"
    if amount.shared is not None:  # "Rs 310 billion" in a story of Nepal's trade
        how = f"the {amount.shared} read as {currency}, the story's country's; {how}"
    return values, how


def joined(*parts: str | None) -> str | None:
    kept = [p for p in parts if p]
    return "; ".join(kept) if kept else None
