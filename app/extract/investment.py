"""Investment figures: "Vietnamese enterprises have invested over US$1 billion in Peru" (a country's, not
one company's, and not a plan)."""

from __future__ import annotations

import re

from app.domain.facts import Fact, FactKind
from app.extract.context import SentenceContext
from app.extract.figures import BEYOND, INVEST_CUE, ONE_WAY, TRADE_CUE, bind_amounts, last_start, money
from app.extract.periods import DateExpr
from app.extract.prefilter import rx


def read_investment(ctx: SentenceContext) -> list[Fact]:
    """Investment figures: "Vietnamese enterprises have invested over US$1 billion in Peru"."""
    if not ctx.holds("invest", "fdi", "capital", "project", "into"):
        return []  # most sentences: one substring test for both ways of saying it
    if not (ctx.says(INVEST_CUE, "invest", "fdi", "capital", "project") or _moves_money_into(ctx)) or not ctx.amounts:
        return []
    facts: list[Fact] = []
    previous: int | None = None  # the index of the last binding read as investment
    for b in bind_amounts(ctx):
        amount = b.amount
        if amount.currency is None:
            continue
        window = ctx.text[b.lo : amount.start]
        following = ctx.text[amount.end : amount.end + 40]
        invest_at = last_start(INVEST_CUE, window)
        if invest_at < 0 and (moved := _moved_into_a_country(ctx, window, amount.end)) is not None:
            invest_at = moved  # "Japanese firms poured $4.5 billion into Indonesia"
        follows = re.match(r"\s*(?:in|of|worth of)\s+(?:\w+\s+)?(?:investment|FDI|capital)", following)
        # "from $140 million in 1992 to $3.58 billion in 2011", "…, while that of Indonesia's in Malaysia were
        # $1.89 billion": the figure continues the investment figure before it
        continues = previous == b.index - 1 and len(window) < 100 and _CONTINUES.search(window) is not None
        if invest_at < 0 and not follows and not continues:
            continue
        if max(last_start(TRADE_CUE, window), last_start(ONE_WAY, window)) > invest_at and not (follows or continues):
            continue
        if _INVEST_PLAN.search(window[max(0, invest_at - 40) :]):
            continue  # "plans to invest", "pledged to invest": not yet invested
        if _one_company(ctx, b.lo + invest_at if invest_at >= 0 else amount.start):
            continue  # "Samsung has invested $17 billion in Vietnam": a company's, not its country's
        pair = ctx.pair_for()
        if pair is None or ctx.multilateral(b.lo, b.hi):
            continue
        hi = b.hi
        tail = re.match(r"\s+in\s+[A-Z][\w\u00C0-\u1EF9]+(?:\s+[A-Z][\w\u00C0-\u1EF9]+)?", ctx.text[hi:])
        if tail:
            hi += tail.end()
        lo = b.lo
        subject = re.search(r"[^,;]*$", ctx.text[b.lo : amount.start])
        if subject is not None and b.index > 0:
            lo = b.lo + subject.start()
        date = b.when.date if b.when else None
        if b.when is None and (after := _date_after_the_host(ctx, amount.end)) is not None:
            date, hi = after.date, max(hi, after.end)
        values, how = money(amount, date.year if date else None)
        previous = b.index
        facts.append(
            ctx.fact(
                FactKind.INVESTMENT,
                lo,
                hi,
                pair,
                when=date,
                **values,
                qualifier=amount.qualifier or ("over" if BEYOND.search(window) else None),  # "tops $70bn"
                basis=how,
                **_direction(ctx, lo, hi, pair),
                confidence=0.75,
            )
        )
    return facts


# Money moved into a country is invested there: "Japanese firms poured $4.5 billion into Indonesia in 2021",
# "Chinese companies put some $1.3 billion into Cambodian projects".
_MOVERS = r"(?:poured|pumped|ploughed|plowed|injected|channell?ed|sank|put)"
_MOVER_WORDS = ("poured", "pumped", "ploughed", "plowed", "injected", "channel", "sank", "put")
_MONEY_INTO = rx(rf"\b{_MOVERS}\s+[^;]{{1,40}}?\binto\b", re.I)
_MONEY_MOVED = rx(
    rf"\b{_MOVERS}\s+(?:(?:some|nearly|about|around|almost|over|more\s+than|an?\s+estimated|a\s+total\s+of|"
    r"a\s+further|another)\s+)*$",
    re.I,
)


def _moves_money_into(ctx: SentenceContext) -> bool:
    """Whether the sentence may say money was "poured … into" somewhere (two substring tests first)."""
    return ctx.holds("into") and ctx.says(_MONEY_INTO, *_MOVER_WORDS)


def _moved_into_a_country(ctx: SentenceContext, window: str, end: int) -> int | None:
    """Where in ``window`` (the clause before an amount ending at ``end``) the verb moving the amount into a
    country stands: "poured $4.5 billion into Indonesia", not "into its ports"."""
    moved = _MONEY_MOVED.search(window) if _host_after(ctx, end) is not None else None
    return moved.start() if moved is not None else None


# "invested $1.2 billion in Laos in 2023", "into the Philippines last year": the host country, then the date.
_HOST = rx(r"\s+(?:in|into)\s+(?:the\s+)?[A-Z][\w\u00C0-\u1EF9]+(?:\s+[A-Z][\w\u00C0-\u1EF9]+)?")
_TO_THE_DATE = rx(r"\s*,?\s*(?:in|during|as\s+(?:of|at))?\s*", re.I)  # "as of 2023": a stock's date


def _host_after(ctx: SentenceContext, end: int) -> re.Match[str] | None:
    """The host country named right after a figure that ends at ``end``: "in Laos", "into the Cambodian economy"."""
    host = _HOST.match(ctx.text, end)
    return host if host is not None and ctx.codes_in(end, host.end()) else None


def _date_after_the_host(ctx: SentenceContext, end: int) -> DateExpr | None:
    """The date right after the host country named after a figure that ends at ``end`` (none for a date of
    something else: "…, officials said in 2023", "since 2015", a range)."""
    host = _host_after(ctx, end)
    if host is None:
        return None
    after = ctx.date_after(host.end())
    if after is None or after.date is None or after.kind == "range":
        return None
    return after if _TO_THE_DATE.fullmatch(ctx.text, host.end(), after.start) else None


_CONTINUES = rx(
    r"(?:\b(?:and|while|whereas|but)\s+)?(?:\b(?:that|those)\s+of\s+[^,;$]{0,40}?|\bthe\s+latter\s+[^,;$]{0,30}?|"
    r"\bto\s+|\bfrom\s+|\band\s+)(?:(?:was|were|stood\s+at|reached|came\s+to|totall?ed|amounted\s+to)\s+)?$",
    re.I,
)
_INVEST_PLAN = rx(
    r"\b(?:could|potential\w*|aim\w*|target\w*|goal|hope\w*|seek\w*|plan(?:s|ned|ning)?\s+to|will|would|"
    # a pledge made ("pledged to invest", "pledged $30 billion"), not the pledges a country's statistics count
    # ("approved foreign investments …, with pledges of P41.5 billion", "investment pledges reached $2 billion")
    r"intend\w*|pledg(?:ed|ing)|pledges?\s+to|promis\w*|commit\w*\s+to|expected\s+to|set\s+to|ready\s+to)\b",
    re.I,
)
# One company as the investor: "tech giant Huawei", "Toyota Motor Corp", "the group" (its country's
# enterprises, in the plural, are the country's investment).
_COMPANY = rx(
    r"\b(?:company|firm|group|corporation|conglomerate|giant|maker|manufacturer|carmaker|automaker|producer|"
    r"operator|developer|retailer|lender|bank|fund|Inc|Ltd|Corp|Co|LLC|PLC|AG|GmbH|JSC)\b(?!s)\.?",
    re.I,
)
# Words of investment itself, capitalised in a label or headline, not a company's name.
_INVESTMENT_WORDS = frozenset(
    ("Direct", "Foreign", "Total", "Cumulative", "Accumulated", "Outward", "Inward", "Overseas", "Net", "Registered")
)
_SUBJECT_BEFORE_VERB = rx(r"(?P<subject>(?:[A-Z][\w&.-]*\s+){1,4}?)(?:has\s+|have\s+|had\s+)?(?:already\s+)?$")


def _one_company(ctx: SentenceContext, verb_at: int) -> bool:
    """Whether the investor before ``verb_at`` is one company: a company word in its clause, or a capitalised
    name that names no country ("Samsung has invested")."""
    clause_start = max(ctx.text.rfind(",", 0, verb_at), ctx.text.rfind(";", 0, verb_at)) + 1
    clause = ctx.text[clause_start:verb_at]
    both_sides = set(ctx.pair) <= set(ctx.codes_in(clause_start, verb_at)) or "joint venture" in clause.lower()
    if _COMPANY.search(clause):
        return not both_sides  # a joint venture of the two ("the Beijing-Santiago Copper Tube Co") is the pair's
    subject = _SUBJECT_BEFORE_VERB.search(clause)
    if subject is None:
        return False
    lo, hi = clause_start + subject.start("subject"), clause_start + subject.end("subject")
    words = ctx.text[lo:hi].split()
    if _INVESTMENT_WORDS.issuperset(words):
        return False  # a label in title case: "Japan's Direct Investment:", "Australia's Total Investment in …"
    # a mention across the subject's start names a country too: "the Republic of Korea", its subject "Korea"
    names_a_country = any(m.start < hi and m.end > lo for m in ctx.mentions)
    return not names_a_country and words[0] not in ("It", "They", "The", "This", "These", "We", "He", "She")


def _direction(ctx: SentenceContext, lo: int, hi: int, pair: tuple[str, str]) -> dict[str, str]:
    """Investor and host, when the clause says "X ... invested ... in Y"."""
    hosts = [
        m
        for m in ctx.mentions
        # ten characters: "into the "
        if lo <= m.start < hi and re.search(r"\b(in|into)\s+(?:the\s+)?$", ctx.text[max(0, m.start - 10) : m.start])
    ]
    if hosts and hosts[-1].code in pair:
        host = hosts[-1].code
        return {"destination": host, "origin": pair[0] if pair[1] == host else pair[1]}
    return {}
