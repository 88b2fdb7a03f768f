"""Trade totals told as lists: "with the US $123 billion and with Korea $87 billion", partners and figures read
"respectively", countries each with its figure in brackets ("China ($175 billion), the US ($123 billion)"), and
a ranking of partners ("China was Vietnam's largest trading partner with $175 billion, followed by the US with
$123 billion"). Each country listed is the subject's partner, in the year the list is stated for."""

from __future__ import annotations

import re
from itertools import pairwise

from app.domain.facts import Fact, FactKind, pair_key
from app.extract.context import SentenceContext
from app.extract.figures import BRACKET_CLOSES, ONE_WAY, Binding, joined, last_start, money, opening_date
from app.extract.mentions import LIST_JOIN, Mention
from app.extract.periods import DateExpr
from app.extract.prefilter import rx
from app.extract.ranks import MAY_ORDER, RANK

_TRADE_WITH_WORDS = r"['’]s\s+(?:(?:two-way|bilateral|total)\s+)?trade\s+(?:turnover\s+|volume\s+)?with\b"
_TRADE_WITH = rx(_TRADE_WITH_WORDS, re.I)  # "Vietnam's trade with …": whose trade a list is


# Before a later partner of the list and between it and its figure: "with the US $123 billion", "while trade with Peru
# was $700 million", "whereas its trade with India stood at $4 billion", "and its trade with Japan $3 billion".
_LISTED_WITH = rx(
    r"[\s,;]*(?:(?:and|(?P<against>while|whereas))\s+)?(?:(?:its|their)\s+)?(?:(?:two-way|bilateral|total)\s+)?(?:trade\s+)?"
    r"with\s+(?:the\s+)?",
    re.I,
)
_LISTED_FIGURE = rx(
    r"\s*(?:(?:was|were|stood\s+at|reached|amounted\s+to|totall?ed|hit|came\s+to)\s+)?(?:at\s+|of\s+|worth\s+)?", re.I
)


def listed_partner(ctx: SentenceContext, b: Binding, shared: DateExpr | None = None) -> Fact | None:
    """ "In 2022, Vietnam's trade with China reached $175 billion, with the US $123 billion and with Korea
    $87 billion", "…, while trade with Peru was $700 million": each later partner with its figure is the
    subject's trade with it, in the year the sentence opens with (or ``shared``, a year it shares)."""
    if b.index == 0 or b.amount.currency is None:
        return None
    text, amount = ctx.text, b.amount
    partners = [m for m in ctx.mentions if b.lo <= m.start and m.end <= amount.start]
    if len(partners) != 1:
        return None
    partner = partners[0]
    joined_by = _LISTED_WITH.fullmatch(text, b.lo, partner.start)
    if joined_by is None or not _LISTED_FIGURE.fullmatch(text, partner.end, amount.start):
        return None
    subject = _TRADE_WITH.search(text, 0, b.lo)
    owner = next((m for m in ctx.mentions if m.end == subject.start()), None) if subject else None
    if subject is None or owner is None or owner.code == partner.code or last_start(ONE_WAY, text[: amount.start]) > -1:
        return None
    when = b.when or shared or opening_date(ctx)
    if when is None or when.date is None:
        return None
    opening = text[owner.start : subject.end()]
    opened = (
        f"the trade of “{opening} …”, in the clause it is set against (“{when.text}”)"
        if joined_by.group("against")
        else f"one of a list opened by “{opening} …” in “{when.text}”"
    )
    # the quote holds the list's opening: its subject, its period and this item
    return _listed_total(ctx, owner, partner, b, when, opened, end=amount.end)


_RESPECTIVELY = rx(r"\brespectively\b", re.I)
_FIGURE_GAP = rx(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")  # between its figures
_AFTER_RESPECTIVELY = rx(r"\s*,?\s*(?:(?:in|during|for)\s+)?(?:the\s+)?")
_LIST_DONE = rx(r"[\s,]*")


def respective_totals(ctx: SentenceContext, bindings: list[Binding]) -> list[tuple[Binding, Fact]]:
    """ "Vietnam's trade with China and the US reached $175 billion and $123 billion respectively in 2022": each
    country listed after the subject's "trade with" takes the figure at its place in the list of figures."""
    said = ctx.search(_RESPECTIVELY, "respectively")
    subject = _TRADE_WITH.search(ctx.text, 0, said.start()) if said else None
    owner = next((m for m in ctx.mentions if m.end == subject.start()), None) if subject else None
    if said is None or subject is None or owner is None:
        return []
    text = ctx.text
    partners: list[Mention] = []
    end = subject.end()
    for m in ctx.mentions:
        if m.start < end:
            continue
        gap = LIST_JOIN if partners else _LIST_DONE
        if not gap.fullmatch(text, end, m.start) or m.code == owner.code:
            break
        partners.append(m)
        end = m.end
    figures = [b for b in bindings if b.amount.currency and end <= b.amount.start < said.start()]
    if len(partners) < 2 or len(figures) != len(partners) or len({m.code for m in partners}) < len(partners):
        return []
    if any(not _FIGURE_GAP.fullmatch(text, a.amount.end, b.amount.start) for a, b in pairwise(figures)):
        return []  # not one list of figures
    if last_start(ONE_WAY, text[: figures[0].amount.start]) > -1:
        return []  # "exports to China and Japan were $5 and $3 billion respectively": one way
    after = ctx.date_after(said.end())
    if after is not None and not _AFTER_RESPECTIVELY.fullmatch(text, said.end(), after.start):
        after = None
    when = figures[-1].when or after or opening_date(ctx)
    if when is None or when.date is None or when.kind == "range":
        return []
    return [
        (
            b,
            _listed_total(
                ctx,
                owner,
                partner,
                b,
                when,
                f"the {_ORDINALS[min(i, len(_ORDINALS) - 1)]} of the figures read “respectively”",
            ),
        )
        for i, (partner, b) in enumerate(zip(partners, figures, strict=True))
    ]


# "Vietnam's largest trading partners were …", "Chile's trade with …": whose partners a list names.
PARTNERS_OF = rx(r"['’]s\s+(?:[\w-]+\s+){0,3}?trad(?:e|ing)\s+partners\b|" + _TRADE_WITH_WORDS, re.I)
_BRACKET_OPENS = rx(r"\s*\(\s*$")


def bracketed_totals(ctx: SentenceContext, bindings: list[Binding]) -> list[tuple[Binding, Fact]]:
    """ "Vietnam's largest trading partners in 2022 were China ($175 billion), the US ($123 billion) and South Korea
    ($87 billion)": each country with a figure alone in brackets right after it is the subject's trade with it, in
    the one year the sentence states."""
    text = ctx.text
    items: list[tuple[Binding, Mention]] = []
    for b in bindings:
        opened = _BRACKET_OPENS.search(text, max(0, b.amount.start - 4), b.amount.start)
        if b.amount.currency is None or opened is None or not BRACKET_CLOSES.match(text, b.amount.end):
            continue
        before = opened.start()
        partner = next(
            (m for m in reversed(ctx.mentions) if m.end <= before and not text[m.end : before].strip()), None
        )
        if partner is not None:
            items.append((b, partner))
    subject = PARTNERS_OF.search(text, 0, items[0][1].start) if len(items) > 1 else None
    owner = next((m for m in ctx.mentions if m.end == subject.start()), None) if subject else None
    codes = [partner.code for _b, partner in items]
    if owner is None or owner.code in codes or len(set(codes)) < len(codes):
        return []
    if last_start(ONE_WAY, text[: items[0][1].start]) > -1:
        return []  # "its largest export markets were …": one way
    dated = [d for d in ctx.dates if d.date is not None and d.kind != "range"]
    if len({d.date.year for d in dated if d.date}) != 1:
        return []  # no year, or several: which is the list's is not told
    listed = "one of the countries listed, each with its figure in brackets"
    return [(b, _listed_total(ctx, owner, partner, b, dated[0], listed)) for b, partner in items]


def _listed_total(
    ctx: SentenceContext,
    owner: Mention,
    partner: Mention,
    b: Binding,
    when: DateExpr,
    how_listed: str,
    end: int | None = None,
) -> Fact:
    """The total of ``owner``'s trade with ``partner``, a figure of a list: its quote from the sentence's start
    to ``end`` (by default the whole sentence: its subject, its lists and its period), its year the list's."""
    assert when.date is not None
    values, how = money(b.amount, when.date.year)
    return ctx.fact(
        FactKind.TRADE_TOTAL,
        0,
        len(ctx.text) if end is None else end,
        pair_key(owner.code, partner.code),
        year=when.date.year,
        **values,
        qualifier=b.amount.qualifier,
        partial_period=when.partial,
        fiscal_year=when.fiscal_year,
        basis=joined(how_listed, how),
        confidence=0.7,
    )


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "next")


# "China was Vietnam's largest trading partner in 2022 with $175 billion, followed by the US with $123 billion and
# South Korea with $87 billion": a country's trading partners ranked, each with its figure.
_RANKED = rx(
    r"\s+(?:was|is|remained|remains|became|has\s+been|had\s+been)\s+(?:also\s+)?(?:the\s+)?$"  # before the owner
)
_OWNERS = rx(r"['’]s\s+$")  # "Vietnam's largest trading partner": the owner right before the rank
_FIRST_FIGURE = rx(
    # "… partner in ASEAN, with", "… partner for the 14th consecutive year in 2022, with"
    r"(?:\s+(?:in|among|within|for)\s+[^,$]{2,40}?)?\s*,?\s+with\s+(?:(?:two-way|bilateral|total)\s+)?"
    r"(?:trade\s+(?:turnover\s+)?(?:of\s+|worth\s+|at\s+)?)?",
    re.I,
)
_NEXT_PARTNER = rx(
    r"\s*(?:,\s*(?:and\s+|while\s+)?(?:followed\s+by\s+)?|\s+(?:and\s+)?followed\s+by\s+|\s+and\s+|\s+while\s+)"
    r"(?:the\s+)?",
    re.I,
)
# "with $123 billion", "at $3.1 billion"; its place told first: "(while Singapore) was second with RM329.8 billion"
_ITS_FIGURE = rx(
    r"\s*\(\s*"  # "followed by the United States (US$ 18.1 billion)"
    r"|\s+(?:(?:was|came|ranked|stood)\s+(?:in\s+)?(?:second|third|fourth|fifth|next)(?:\s+place)?,?\s+)?"
    r"(?:with|at)\s+(?:(?:two-way\s+)?trade\s+(?:of\s+)?)?",
    re.I,
)


def _ranking(ctx: SentenceContext) -> tuple[re.Match[str], re.Match[str]] | None:
    """The rank a trading partner is given after its owner's "'s" ("… was Vietnam's largest trading partner"):
    ``ranks.RANK`` (found once for both readers), two ways (not an export market); with that "'s"."""
    if not ctx.holds("partner"):
        return None  # most sentences: a ranking names a trading partner
    for rank in ctx.matches(RANK, *MAY_ORDER):
        owned = None if rank.group("flow") else _OWNERS.search(ctx.text, max(0, rank.start() - 4), rank.start())
        if owned is not None:
            return rank, owned
    return None


def may_rank(ctx: SentenceContext) -> bool:
    """Whether the sentence ranks a country's trading partners ("… was Vietnam's largest trading partner")."""
    return _ranking(ctx) is not None


def ranked_totals(ctx: SentenceContext, bindings: list[Binding]) -> list[tuple[Binding, Fact]]:
    """Each partner of a ranking of the owner's trading partners, with the figure right after it, in the one
    year the sentence states (none of them when it states no year, or several)."""
    ranking = _ranking(ctx)
    if ranking is None:
        return []
    rank, owned = ranking
    mentions, text = ctx.mentions, ctx.text
    owner = next((m for m in mentions if m.end == owned.start()), None)
    first = next((m for m in reversed(mentions) if owner and m.end < owner.start), None)
    if owner is None or first is None or first.code == owner.code:
        return []
    if not _RANKED.fullmatch(text, first.end, owner.start):
        return []
    later = [b for b in bindings if b.amount.start >= rank.end() and b.amount.currency]
    if not later or not _FIRST_FIGURE.fullmatch(text, rank.end(), later[0].amount.start):
        return []
    items = [(later[0], first)]
    for b in later[1:]:
        prev_end = items[-1][0].amount.end
        partner = next((m for m in mentions if prev_end < m.start < b.amount.start), None)
        if (
            partner is None
            or not _NEXT_PARTNER.fullmatch(text, prev_end, partner.start)
            or not _ITS_FIGURE.fullmatch(text, partner.end, b.amount.start)
        ):
            break
        items.append((b, partner))
    dated = [d for d in ctx.dates if d.date and d.kind in ("year", "month", "partial")]
    if not ctx.dates and ctx.before is not None and ctx.before.trade and ctx.before.when is not None:
        dated = [ctx.before.when]  # the year of the sentence of trade before, which states the story's figures'
    if len({d.date.year for d in dated if d.date}) != 1 or last_start(ONE_WAY, text[: items[-1][0].amount.start]) > -1:
        return []
    listed = f"one of “{text[owner.start : owner.end]}”’s trading partners ranked, each with its figure"
    return [(b, _listed_total(ctx, owner, partner, b, dated[0], listed)) for b, partner in items]
