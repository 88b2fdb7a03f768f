"""Two-way trade totals and growth rates, one sentence at a time or pointing back to the one before."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from app.domain.dates import PartialDate
from app.domain.facts import Fact, FactKind
from app.extract.amounts import Amount, Percent
from app.extract.cleaning import heading_above
from app.extract.context import OWNS_TRADE, TRADE_OF, Antecedent, SentenceContext
from app.extract.figures import (
    BEYOND,
    BEYOND_VERBS,
    BOTH_WAYS,
    BOTH_WAYS_WORDS,
    INVEST_CUE,
    ONE_WAY,
    TOTAL_CUE,
    TRADE_CUE,
    TRADE_WORDS,
    Binding,
    bind_amounts,
    joined,
    last_start,
    money,
    opening_date,
)
from app.extract.mentions import REGIONS
from app.extract.periods import DateExpr, counted_from_the_sentence, last_match
from app.extract.prefilter import rx
from app.extract.trade_lists import (
    PARTNERS_OF,
    bracketed_totals,
    listed_partner,
    may_rank,
    ranked_totals,
    respective_totals,
)

TARGET_CUE = rx(
    r"\b(target(?:s|ed|ing)?|goal|aim(?:s|ed|ing)?\s+(?:at|to|for)|strive|seek(?:s|ing)?\s+to|"
    r"hope(?:s|d)?\s+to|hopeful|hoping|expect(?:s|ed)?\s+to|projected|forecast|could\s+reach|would\s+reach|"
    r"(?:will|would|could|may|might|shall)\s+(?:\w+\s+)?(?:reach|top|exceed|hit|surpass|cross|touch|double|rise|grow)|"
    r"(?:likely|set|poised|slated|on\s+track|bound)\s+to|potential|plan(?:s|ned)?\s+to|pledge\w*|"
    # what a protocol or plan "envisages", "foresees" or "provides for"
    r"envisag\w*|foresee\w*|foresaw|provid(?:es|ed|ing)\s+for|"
    # a goal the two agreed on: "have agreed to raise two-way trade to …", "agreed on Monday to boost trade to …"
    r"agree(?:d|s)?\s+(?:\w+\s+){0,2}?to\s+(?:raise|increase|boost|lift|double|triple|expand|take|push|bring))\b",
    re.I,
)
# A figure a plan or forecast aims at ("aim to raise trade … to US$5 billion") is not a total unless a verb
# of what happened stands between the plan and the figure ("aims to build on trade, which reached …").
_REALISED = rx(
    r"(?<!to )(?<!will )(?<!would )(?<!could )"  # "to hit", "will reach": still the plan
    r"\b(?:reached|was|were|stood|totall?ed|hit|amounted|rose|grew|increased|jumped|climbed|fell|declined|"
    r"dropped|exceeded|surpassed|topped|registered|recorded|posted|valued|up\s+from|down\s+from|"
    r"compared\s+(?:with|to)|against|versus|from\s+(?=US\$|\$))\b",
    re.I,
)


_PER_YEAR = rx(r"\s*(?:a|per|each)\s+year\b(?!\s+(?:earlier|before|ago))|\s*annually\b|\s*on\s+average\b", re.I)
# One country's trade with the world: "Vietnam's total trade", "China's foreign trade" (not "Malaysia's total trade
# with China", the pair's).
_WORLD_TRADE = rx(
    r"['’]s\s+(?:\w+\s+)?(?:total|overall|foreign|external|global|international)\s+trade\b"
    r"(?!\s+(?:turnover\s+|volume\s+|value\s+)?with\s+(?:the\s+)?[A-Z])"
    # "Vietnam's trade with the world", "… with the rest of the world"
    r"|['’]s\s+trade\s+(?:turnover\s+|volume\s+)?with\s+(?:the\s+)?(?:rest\s+of\s+the\s+)?world\b",
    re.I,
)
# One country's own trade told plainly, no partner after it ("Vietnam's trade reached $730 billion"): the world's,
# in a sentence naming that country alone (not "Vietnam's trade with Chile", nor "Chile's bilateral trade")
_OWN_TRADE = rx(
    r"['’]s\s+(?!(?:bilateral|two[- ]way)\b)(?:\w+\s+)?trade\b"
    r"(?!\s+(?:turnover\s+|volume\s+|value\s+)?(?:with|between)\b)",
    re.I,
)


def _ones_own_trade(ctx: SentenceContext, window: str) -> bool:
    """Whether the figure after ``window`` is one country's trade told plainly in a sentence naming it alone."""
    own = last_match(_OWN_TRADE, window)
    if own is None or last_start(_PAIRS_OWN_TRADE, window) >= own.end():
        return False
    return len(set(ctx.codes_in())) == 1


# The pair's own trade named after a country's world trade: "India accounted for 64 percent of Nepal's total foreign
# trade, with two-way trade of Rs 1,046 billion": the figure is the pair's.
_PAIRS_OWN_TRADE = rx(r"\b(?:two[- ]way|bilateral)\s+(?:trade|commerce)\b|\btrade\s+between\b", re.I)


def _of_the_world(window: str) -> bool:
    """Whether the figure after ``window`` is one country's trade with the world: named so, and not followed by
    the pair's own trade, nor the value of another's share of it ("China accounted for 71.7 percent of
    Mongolia's foreign trade in 2023, or $17.2 billion": China's trade with Mongolia)."""
    world = last_match(_WORLD_TRADE, window)
    if world is None or last_start(_PAIRS_OWN_TRADE, window) >= world.end():
        return False
    share = _SHARE_OF_IT.search(window, max(0, world.start() - 60), world.start())
    return share is None or _ITS_VALUE.fullmatch(window, world.end()) is None


# A share of a country's world trade, and the share's value right after it.
_SHARE_OF_IT = rx(r"\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent|pct)\s+of\s+[^,;]{0,40}$", re.I)
_ITS_VALUE = rx(
    r"(?:\s+(?:in|during)\s+[^,;]{2,20})?\s*,\s*(?:or|worth|valued\s+at|amounting\s+to|totall?ing)\s+"
    r"(?:(?:about|around|nearly|some|roughly|over|almost)\s+)?",
    re.I,
)


# Trade with a region or a bloc, not a country: "trade between China and Africa", "EU-China trade".
_REGION_PARTNER = rx(
    r"\b(?:between\s+[\w\s.'’-]{2,40}?\s+and\s+|with\s+)" + REGIONS + r"\b"
    r"|\bbetween\s+" + REGIONS + r"\s+and\b"  # "trade between ASEAN and Japan": the region named first
    # "with Latin American countries", "with countries in Latin America", "with African nations"
    r"|\bwith\s+(?:the\s+)?(?:other\s+)?(?:countries|nations|states|members?|partners)\s+(?:in|of)\s+" + REGIONS + r"\b"
    r"|\bwith\s+(?:the\s+|its\s+|their\s+)?(?:(?:other|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"neighbou?ring|fellow)\s+)*(?:Latin\s+American|South\s+American|African|Asian|European|Arab|Caribbean|"
    r"Pacific|Gulf|Nordic|(?:Central|Southeast|South|East)\s+Asian)\s+(?:countries|nations|states|partners)\b"
    r"|\b(?:EU|ASEAN|Africa|Europe|Asia|Arab|GCC|Gulf|Latin\s+America)[-–](?:[A-Z]\w+)\s+trade\b"
    r"|\b[A-Z]\w+[-–](?:EU|ASEAN|Africa|African|Europe|European|Asia|Asian|Arab|GCC|Gulf|Latin\s+America|Latin\s+American)\s+trade\b"
)


# What trade is raised from, right before its figure: "aim to lift trade to $15 billion by 2028 from 14.1 billion USD in
# 2022", "from about $10 billion".
_RAISED_FROM = rx(r"\bfrom\s+(?:(?:about|around|nearly|roughly|some|over|under|just|almost)\s+)?$", re.I)


def _aimed_at(text: str, at: int) -> bool:
    """ "their target of US$1 billion in trade", "aim to raise trade to US$5 billion": a goal, not a total."""
    if _RAISED_FROM.search(text, max(0, at - 16), at):
        return False  # what was: "… by 2028 from 14.1 billion USD in 2022"
    start = max(0, at - 120)
    cue = last_match(TARGET_CUE, text[start:at])
    # The figure's own first characters are in reach of the search: "from US$2 billion" is what was.
    return cue is not None and not _REALISED.search(text, start + cue.end(), at + 3)


# Trade in one sector is not the two-way total: "trade in farm goods", "agricultural trade", "arms trade" (but all
# trade save one sector's is: "non-oil trade", as the Gulf states report theirs).
_SECTOR_BEFORE = rx(
    r"\b(?<!non-)(?<!non\s)(?:agricultur(?:al|e)|farm|agri(?:-food)?|food|seafood|fishery|defen[cs]e|arms|military|energy|oil|gas|"
    r"coal|textile|garment|rice|coffee|(?<!goods and )services|digital|e-commerce|tourism|dairy|meat|timber|wood|steel|"
    r"auto(?:motive)?)"
    r"\s+(?:products\s+|goods\s+)?trade\b",
    re.I,
)
_SECTOR_IN = rx(
    r"\btrade\s+in\s+(?!goods\b)(?:[\w-]+\s+){0,2}"  # "trade in goods (and services)" is all of it
    r"(?:goods|products|produce|services|commodities|items|equipment|weapons|arms)\b",
    re.I,
)
_SECTOR_AFTER = rx(r"\s*(?:in|of|worth\s+of)\s+(?:farm|agricultural|seafood|defen[cs]e|energy)\b", re.I)


def _sector(window: str) -> bool:
    return bool(_SECTOR_BEFORE.search(window) or _SECTOR_IN.search(window))


GROWTH_UP = rx(
    r"\b(increase[sd]?|increasing|rise|rose|risen|rising|gr[eo]w(?:n|s|th|ing)?|up\b|"
    r"surg(?:e|ed|ing)|jump(?:ed)?|climb(?:ed)?|expan\w+|higher|gain(?:ed)?|soar(?:ed)?|rebound(?:ed|s)?|"
    r"le(?:a|e)pt|leap(?:ed|s)?)",
    re.I,
)
GROWTH_DOWN = rx(
    r"\b(decrease[sd]?|declin\w+|fell|fall(?:en|ing)?|drop(?:ped)?|down\b|lower|shr[ua]nk|"
    r"contract\w*|plung\w+|slump\w*|slip(?:ped|s)?|sl(?:id|ide|ides)\b|dip(?:ped|s)?\b|tumbl\w+|plummet\w*|sank)",
    re.I,
)
NOT_GROWTH = rx(
    r"\b(share|account(?:s|ed|ing)?\s+for|tariff|dut(?:y|ies)|tax|of\s+(?:the|its|total)\s+"
    r"(?:total|exports|imports)|percentage|interest rate|inflation|GDP)\b",
    re.I,
)
# A share of something: "20 percent of Japan's total", "makes up 15 per cent of its exports".
_SHARE_OF = rx(
    r"\s*of\s+(?:(?:[\w\u00C0-\u1EF9]+['’]s|its|their|the|all|total)\s+)+(?:\w+\s+)?"
    r"(?:total|overall|foreign|global|trade|exports|imports|GDP|FDI|investment|market)\b",
    re.I,
)
_SHARE_VERB = rx(
    r"\b(?:tak(?:e|es|en|ing)\s+up|mak(?:e|es|ing)\s+up|made\s+up|constitut\w+|comprise\w*|represent\w*|"
    r"accounts?\s+for|accounted\s+for)\s+(?:about\s+|around\s+|nearly\s+|over\s+|some\s+)?$",
    re.I,
)
GROWTH_GOAL = rx(
    r"\b(?:call(?:s|ed|ing)?\s+for|aim(?:s|ed|ing)?\s+(?:at|for|to)|target(?:s|ed|ing)?|seek(?:s|ing)?|"
    r"plan(?:s|ned)?\s+(?:to|for)|goal|over\s+the\s+(?:next|coming)\s+\w+\s+years|"
    r"(?:expected|projected|forecast|set|poised|likely|slated)\s+to|will\s+(?:rise|grow|increase|double)|"
    r"(?:could|may|might|would)\s+(?:rise|grow|increase|double|jump|reach))\b",
    re.I,
)
AVERAGE = rx(
    r"\b(average\s+(?:annual|yearly)|annual\s+average|CAGR|compound(?:ed)?\s+annual|"
    r"a\s+year\s+on\s+average|per\s+year|annually)\b",
    re.I,
)
# A sentence whose subject is the trade the sentence before spoke of: "It reached …", "This amount
# represented an increase of 8.4 percent", "In the first half, the figure was …".
_POINTS_BACK = rx(
    # (a time may open the sentence: "Last year it was some $157 billion", "In 2023 it was …")
    r"^\W*(?:(?:in|during|over|for)\s+[^,]{1,60},\s*|(?:last|this)\s+year,?\s+|in\s+(?:19|20)\d\d,?\s+)?"
    r"(?:it|(?:this|that|the)\s+(?:amount|figure|value|sum|total|volume)|(?:this|that)(?=\s+(?:was|is|represent|mark)))\b",
    re.I,
)
# A trade figure stated as what trade came to: the verb stands right before the figure.
_VALUE_VERBS = (
    r"(?:reached|was|were|stood\s+at|amounted\s+to|totall?ed|hit|topped|exceeded|surpassed|crossed|"
    # (a rate may stand between: "grew 12% to US$ 5.1 billion")
    r"(?:rose|increased|grew|jumped|climbed|fell|dropped|declined|decreased|slipped|rebounded)"
    r"(?:\s+(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent|pct))?\s+to)\s+"
    r"(?:a\s+record(?:\s+high)?(?:\s+of)?\s+|an?\s+all-time\s+high\s+of\s+)?$"
)
_VALUE_VERB = rx(r"\b" + _VALUE_VERBS, re.I)
# A sum named as the trade itself: "with bilateral trade of 181.5 billion dollars", "two-way trade of about $35.6 bn"
_TRADE_OF_A_SUM = rx(
    r"\b(?:bilateral\s+|two-way\s+)?trade(?:\s+volume)?\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
    r"over\s+|more\s+than\s+)?$",
    re.I,
)
# The trade pointed back to is this figure: "it reached", "this amount stood at", "it fell to a record", "the figure
# for 2022 was", "the value in the first half of 2023 reached" (not "the figure for rice alone was").
_FOR_A_PERIOD = (
    r"(?:\s+(?:for|in|during)\s+(?:the\s+)?(?:(?:19|20)\d\d(?:[-–/]\d\d)?|(?:[\w-]+\s+){0,3}?"
    r"(?:year|half|quarter|months|period)(?:\s+of\s+(?:(?:19|20)\d\d|this\s+year|last\s+year))?))?"
)
_POINTED_FIGURE = rx(
    r"\b(?:it|(?:this|that|the)\s+(?:amount|figure|value|sum|total|volume))"
    + _FOR_A_PERIOD
    + r"\s+(?:has\s+|had\s+)?(?:also\s+)?"
    + _VALUE_VERBS,
    re.I,
)
# The base of the figure before, pointed back to at the next sentence's opening: "That was up from $3.1 billion in
# 2019.", "It compares with …", "This was down from …", "The figure was down 4.1 percent from …" (its rate between)
_POINTED_BASE = rx(
    r"\W*(?:it|this|that|(?:this|that|the)\s+(?:amount|figure|value|sum|total|volume))\s+"
    r"(?:(?:was|is)\s+(?:up|down)\s+(?:(?:by\s+)?\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%|pc)\s+)?from|"
    r"compar(?:es|ed)\s+with)\s+",
    re.I,
)
# The story's two told by a phrase in a figure's clause: "between the two countries", "between the neighbours",
# "the two nations' trade", "bilateral trade" (not "China's trade with the two countries": a third one's).
_THE_TWO = rx(
    r"\bbetween\s+(?:the\s+two|both|the)\s+(?:countries|nations|neighbou?rs|sides|states|economies)\b|\bbetween\s+them\b"
    r"|\b(?:the\s+two|both)\s+(?:countries|nations|neighbou?rs)['’]\s+(?:bilateral\s+)?trade\b"
    r"|\b(?:bilateral|two-way)\s+trade\b",
    re.I,
)
# A figure said to hold now is not the previous sentence's year: "Trade now stands at …".
_NOW = rx(r"\b(?:now|currently|at\s+present|presently|so\s+far|to\s+date|stands?|remains?)\b", re.I)


def _points_back(ctx: SentenceContext) -> bool:
    return ctx.before is not None and ctx.before.trade and bool(_POINTS_BACK.match(ctx.text))


_MEETING_WORDS = ("talks", "met ", "meet", "received", "hosted", "consultations")


def antecedent(ctx: SentenceContext, facts: list[Fact]) -> Antecedent:
    """What the next sentence may point back to in ``ctx``, whose facts are ``facts``."""
    totals = [f for f in facts if f.kind == FactKind.TRADE_TOTAL]
    visits = [f.date for f in facts if f.kind == FactKind.VISIT and f.date is not None]
    days = [date for date in visits if len(date) == 10]
    earlier = ctx.before.meeting if ctx.before else None
    # the day of the last meeting told: a visit's arrival told after the talks is not the talks' ("Following the
    # talks" after "Putin arrived in Mongolia on September 2" is the talks of September 3 told before)
    told = earlier is None or ctx.holds(*_MEETING_WORDS)
    meeting = PartialDate.parse(days[-1]) if days and told else earlier
    visit = PartialDate.parse(visits[-1]) if visits else (ctx.before.visit if ctx.before else None)
    return Antecedent(
        ctx,
        # (a sentence of trading ranks is of trade: "… remained Vietnam's largest export market at $97 billion")
        trade=bool(totals) or ctx.says(TRADE_CUE, *TRADE_WORDS) or any(f.kind == FactKind.PARTNER_RANK for f in facts),
        total=totals[-1] if totals else None,
        meeting=meeting,
        owner=_owner_named(ctx) or (ctx.before.owner if ctx.before else None),
        visit=visit,
        # (one day told: "arrived on Tuesday …, held talks … on Wednesday" leaves which is the meeting's unsaid)
        met_here=bool(days) and ctx.holds(*_MEETING_WORDS) and len({d.date for d in ctx.dates if d.kind == "day"}) == 1,
    )


# A fact sheet's line, a label and its value: "Total trade: US$ 420.7 million"
_FIELD_LINE = rx(r"[A-Z][\w’'()&/ -]{1,40}?:\s")
# The heading of a fact sheet's section on trade, with its year: "Trade (2022)", "Bilateral trade 2022:"
_TRADE_HEADING = re.compile(
    r"\s*(?:bilateral\s+|two-way\s+|total\s+)?trade(?:\s+(?:in|for))?\s*[(\[]?\s*(?P<y>(?:19|20)\d\d)\s*[)\]]?\s*:?\s*",
    re.I,
)
_SECTION_LINES = 6  # lines of a section's fields read back to its heading, at most


def _year_of_the_section(ctx: SentenceContext) -> DateExpr | None:
    """The year of a fact sheet's line stating none, from the heading of its section: "Total trade: US$ 420.7
    million" under "Trade (2022)", the lines between it and the heading fields too."""
    if not _FIELD_LINE.match(ctx.text):
        return None
    line = heading_above(ctx.article_text, ctx.sentence.start, _FIELD_LINE.match, _SECTION_LINES)
    heading = _TRADE_HEADING.fullmatch(line) if line is not None else None
    if line is None or heading is None:
        return None
    return DateExpr(0, 0, "year", PartialDate(int(heading.group("y"))), text=line.strip())


def _when_before(ctx: SentenceContext) -> DateExpr | None:
    """The year of a trade figure whose sentence states none, stated only in the trade sentence before it."""
    if ctx.before is None or not ctx.before.trade or ctx.dates or ctx.says(_NOW):
        return None
    return ctx.before.when


# Every cue below holds one (BOTH_WAYS an export or an import): one substring pass before any of them.
_ANY_TRADE_WORDS = (*TRADE_WORDS, "xport", "mport", "partners")


def read_trade(ctx: SentenceContext) -> list[Fact]:
    """Trade totals and trade growth rates stated in one sentence (or pointing back to the one before)."""
    points_back = _points_back(ctx)
    if not points_back and not ctx.holds(*_ANY_TRADE_WORDS):
        return []  # one substring pass for every cue: most sentences hold none
    if not (points_back or ctx.says(TRADE_CUE, *TRADE_WORDS) or ctx.says(BOTH_WAYS, *BOTH_WAYS_WORDS)):
        # no trade named, but perhaps "its largest trading partners were China ($175 billion), …", or "China was
        # its largest trading partner in 2022 with $175 billion, followed by the US with $123 billion"
        if ctx.says(PARTNERS_OF, "partners") and "(" in ctx.text and ctx.amounts:
            return [f for _b, f in bracketed_totals(ctx, bind_amounts(ctx))]
        if may_rank(ctx) and ctx.amounts:
            return [f for _b, f in ranked_totals(ctx, bind_amounts(ctx))]
        return []
    bindings = bind_amounts(ctx)
    respective = (
        (respective_totals(ctx, bindings) or bracketed_totals(ctx, bindings) or ranked_totals(ctx, bindings))
        if len(bindings) > 1
        else []
    )
    facts = [f for _b, f in respective]
    listed = {b.index for b, _f in respective}
    totals: list[tuple[Binding, Fact]] = []
    for b in bindings:
        if b.index in listed:
            continue  # a figure of a list read "respectively", given to its partner
        if _base_of_another_figure(ctx, b, bindings, totals):
            continue  # "surplus rose to 7.3 billion dlrs in 1986 from 4.3 billion in 1985": the base is what it is of
        fact = _total(ctx, b, bindings, points_back, totals[-1][1] if totals else None)
        if fact is not None:
            facts.append(fact)
            totals.append((b, fact))
    for percent in ctx.percents:
        fact = _growth(ctx, percent, totals, points_back)
        if fact is not None:
            facts.append(fact)
    return facts


def _clause_pair(ctx: SentenceContext, b: Binding, figure_at: int, named: list[str]) -> tuple[str, str] | None:
    """The relationship of the figure's clause; the story's, told by a phrase in a clause that names no country, when
    the sentence names only others ("Trade between the neighbours was …, a fraction of either's trade with China")."""
    pair = ctx.pair_for(b.lo, b.hi)
    if pair is None and not named and _THE_TWO.search(ctx.text, b.lo, figure_at):
        return ctx.pair
    return pair


def _total(
    ctx: SentenceContext, b: Binding, bindings: list[Binding], points_back: bool, earlier: Fact | None = None
) -> Fact | None:
    amount = b.amount
    when = b.when
    shared_from: str | None = None  # where in the sentence a year this figure shares is stated
    # "…, while trade with China rose to Sh830 billion": the same side's trade with another partner
    another = _with_another_partner(ctx, b) if b.index > 0 or ctx.holds("trade with") else None
    if when is None and b.index > 0:
        when, shared_from = _shared_year(ctx, b, bindings, another is not None)
    listed = listed_partner(ctx, b, when or _year_of_the_list(ctx, b, bindings))
    if listed is not None:
        return listed
    if when is None and (
        _VALUE_VERB.search(ctx.text, max(0, amount.start - 40), amount.start)
        or _TRADE_OF_A_SUM.search(ctx.text, max(0, amount.start - 40), amount.start)
        or (another is not None and b.index > 0)
    ):
        # "Bilateral trade reached $5 billion" after "… grew in 2020", not "worth $3 billion"; or a later clause's
        # figure of the side's trade with another partner ("… and with South Korea to US$ 3.9 billion")
        when = _when_before(ctx)
    if when is None and not ctx.dates and (heading := _year_of_the_section(ctx)) is not None:
        when, shared_from = heading, " in the heading of its section"  # a fact sheet's "Trade (2022)" above
    if amount.currency is None or when is None:
        return None
    window = ctx.text[: amount.start] if points_back else ctx.text[b.lo : amount.start]
    following = ctx.text[amount.end : amount.end + 30]
    if _another_figure(ctx, b, window, following) or _a_range(ctx, b, bindings):
        return None
    # The trade cue must govern this figure: stated before it, or right after ("in two-way trade").
    cue_before = TRADE_CUE.search(ctx.text, 0, amount.start) or (
        ctx.holds(*BOTH_WAYS_WORDS) and BOTH_WAYS.search(ctx.text, 0, amount.start)
    )
    if (
        points_back
        and not cue_before
        and not _POINTED_FIGURE.search(ctx.text, 0, amount.start)
        and not _POINTED_BASE.fullmatch(ctx.text, 0, amount.start)
    ):
        return None  # "It also signed deals worth $2 billion": "it" points back, but not to this figure
    cue_governs = cue_before or TRADE_CUE.search(following) or points_back
    if not cue_governs and (b.index == 0 or earlier is None):
        # a later figure ungoverned continues a trade figure read before it ("… $5 billion in 2022, up from $4
        # billion"), not another kind's ("invested $2.2 billion in India, down from $3.2 billion a year earlier,
        # according to the Department for … Internal Trade")
        return None
    named = ctx.codes_in(b.lo, b.hi)
    if not named and b.index > 0 and _a_new_partner(ctx.text, b.lo, amount):
        return None  # "…, with the US $124 billion": a partner named that is no country found (here "US $")
    if another is None and b.index > 0 and len(set(named)) == 1 and named[0] not in ctx.pair:
        return None  # "…, while Peru recorded $700 million": a later clause's figure of one other country
    pair = another or (earlier.countries if earlier is not None and not named else None)
    if pair is None:  # not "rose to $1.5 billion from $955 million", the same trade as the figure before
        pair = _clause_pair(ctx, b, amount.start, named)
        if pair is None or ctx.multilateral(b.lo, b.hi):
            return None  # another relationship's figure, or a group's (a bloc, the world): no pair's
    pair = _pointed_pair(ctx, points_back) or pair
    from_before = b.when is None and shared_from is None
    date = when.date
    values, how = money(amount, date.year if date else None)
    if from_before:
        how = joined(f"year from “{when.text}” in the sentence before", how)
    elif shared_from is not None:
        how = joined(f"year from “{when.text}”{shared_from}", how)
    return ctx.fact(
        FactKind.TRADE_TOTAL,
        min(b.lo, when.start) if shared_from else b.lo,  # the quote holds the year it takes
        b.hi,
        pair,
        year=date.year if date else None,
        **values,
        qualifier=amount.qualifier
        or ("over" if BEYOND.search(window) or (_MARK.match(following) and _crossed(ctx, window)) else None),
        partial_period=when.partial or _one_month(when),
        fiscal_year=when.fiscal_year,
        unresolved=when.relative if date is None else None,
        basis=joined(_year_basis(when) if when.relative and date else None, how),
        confidence=0.9 if TOTAL_CUE.search(ctx.text) else 0.75,
        # (the quote holds the sentence its year is told in: the one before, or an earlier one of the run)
        reach_back=(ctx.before.dated_at if from_before else ctx.before.start)
        if (from_before or points_back) and ctx.before
        else None,
    )


def _one_month(when: DateExpr) -> str | None:
    """A month's trade is part of its year: "Trade between China and Russia reached $21 billion in May 2024",
    "In May, trade … reached $1.2 billion" (the month's name, as the gold names a part of a year)."""
    if when.kind != "month" or when.date is None or when.date.month is None:
        return None
    return calendar.month_name[when.date.month]


# The side's trade with another partner, in a later clause: "…, while trade with China …", "its trade with South
# Korea, at $78 billion", "…, and with the United States, at US$19 billion".
_WITH_ANOTHER = rx(r"(?:\b(?:(?:its|their)\s+)?(?:trade|commerce)\s+|,?\s+and\s+)with\s+(?:the\s+)?$", re.I)
_TRADE_OF = rx(TRADE_OF, re.I)


def _with_another_partner(ctx: SentenceContext, b: Binding) -> tuple[str, str] | None:
    """The pair of a later clause's figure of the same side's trade with another partner, named after "trade with"
    in the clause: the side whose trade the sentence opened with ("Kenya's trade with India …, while trade with
    China …")."""
    partner = next(
        (
            m
            for m in reversed(ctx.mentions)
            if b.lo <= m.start < b.hi and _WITH_ANOTHER.search(ctx.text, max(b.lo, m.start - 30), m.start)
        ),
        None,
    )
    if partner is None:
        return None
    other = partner.code
    owner = next(
        (m.code for m in ctx.mentions if m.end <= b.lo and _TRADE_OF.match(ctx.text, m.end)),
        None,
    )
    if owner is None and (_OWNERLESS.search(ctx.text, 0, partner.start) or _OPENS_OWNERLESS.match(ctx.text)):
        # "Trade with Chile reached …", "Trade with Japan amounted to … and with South Korea to …": the trade of
        # the country the story's trade is of
        owner = _home(ctx)
    if owner is None or owner == other:
        return None
    return (owner, other) if owner <= other else (other, owner)


# "Trade with Chile" opening the sentence or a clause, no country's trade named before it
_OWNERLESS = rx(
    # (or after "and" without a comma: "…, while trade with Japan reached $55 billion and trade with the United States
    # $72 billion")
    r"(?:^|[,;]\s*(?:while|and|whereas|but)?|\s(?:while|and|whereas|but))\s*(?:total\s+|two-way\s+|bilateral\s+)?"
    r"trade\s+with\s+(?:the\s+)?$",
    re.I,
)
_OPENS_OWNERLESS = rx(r"\W*(?:total\s+|two-way\s+|bilateral\s+)?trade\s+with\b", re.I)
# A country's own trade or partners, told of by name: "Vietnam's trade with …", "Vietnam's largest trading partner"


def _home(ctx: SentenceContext) -> str | None:
    """The country whose trade the story tells: the one it last named as owning its trade or its partners
    ("Vietnam's trade with Latin American countries", "Vietnam's largest trading partner"), carried from sentence
    to sentence (read again from the story's start at every sentence, a page of such clauses took quadratic time)."""
    return ctx.before.owner if ctx.before is not None else None


def _owner_named(ctx: SentenceContext) -> str | None:
    """The country the sentence last names as owning its trade or its partners, if any."""
    if not (ctx.holds("'", "’") and ctx.holds("trad", "xport", "mport")):
        return None
    return next((m.code for m in reversed(ctx.mentions) if OWNS_TRADE.match(ctx.text, m.end)), None)


def _year_of_the_sides_trade(ctx: SentenceContext, b: Binding, bindings: list[Binding]) -> DateExpr | None:
    """The year of the sentence's first figure, for a later one of the same side's trade with another partner told
    beside it without a year ("… $335 billion in 2022, more than four times its trade with South Korea, at $78
    billion"); not into another clause of its own, after a semicolon."""
    return None if ";" in ctx.text[bindings[0].amount.end : b.amount.start] else bindings[0].when


def _year_of_the_list(ctx: SentenceContext, b: Binding, bindings: list[Binding]) -> DateExpr | None:
    """The year stated with an earlier figure of the clause, which a later item of a list shares: "reached $171.2
    billion in 2023, with the United States 110.8 billion USD and with Korea 76 billion USD" (not across a ";")."""
    for earlier in reversed(bindings[: b.index]):
        if ";" in ctx.text[earlier.amount.end : b.amount.start]:
            return None
        if earlier.when is not None:
            return earlier.when
    return None


def _shared_year(
    ctx: SentenceContext, b: Binding, bindings: list[Binding], with_another: bool
) -> tuple[DateExpr | None, str | None]:
    """The date another figure of the sentence states that ``b`` (stating none, not the first) shares, with
    where it is stated."""
    if (when := _year_of_the_contrast(ctx, b, bindings)) is not None:
        return when, " in the clause it is set against"
    if with_another and (when := _year_of_the_sides_trade(ctx, b, bindings)) is not None:
        return when, " of the side's trade it is set beside"
    if (when := _year_the_sentence_opens_with(ctx, b)) is not None:
        return when, ", the date the sentence opens with"
    if (when := _year_of_the_sum(ctx, b, bindings)) is not None:
        return when, " of the figures it sums"
    return None, None


_RANGE_GAP = rx(r"\s*(?P<joint>[-–]|to|and)\s*", re.I)
_RANGE_OPENS = rx(r"\b(?P<word>from|between)\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_LOW_END = rx(r"(?<![\d.,/–-])\d{1,3}(?:\.\d+)?(?:\s*[-–]\s*|\s+to\s+)$")  # "5 to 6 billion dollars": its "5 to "


def _a_range(ctx: SentenceContext, b: Binding, bindings: list[Binding]) -> bool:
    """Whether the figure ends a range of two, which states no one total: "$5-10 billion", "$5 billion to $6
    billion", "between $5 billion and $6 billion" (not "from $4 billion to $5 billion", a change)."""
    text = ctx.text
    if text[b.amount.start].isdigit() and _LOW_END.search(text, max(0, b.amount.start - 12), b.amount.start):
        return True  # "5 to 6 billion dollars": the low end a bare number
    if b.index == 0:
        return False
    low = bindings[b.index - 1].amount
    gap = _RANGE_GAP.fullmatch(text, low.end, b.amount.start)
    if gap is None:
        return False
    opens = _RANGE_OPENS.search(text, max(0, low.start - 20), low.start)
    opener = opens.group("word").lower() if opens else ""
    joint = gap.group("joint").lower()
    return (joint == "and" and opener == "between") or (joint != "and" and opener != "from")


# "…, with the US $124 billion": another partner named, so the figure is neither the same trade as the one before
# it nor the story's pair's.
_NEW_PARTNER = rx(r"\bwith\s+(?:the\s+)?[A-Z]")
# A name apart from a dollar sign after it, as "US $124 billion": read as a currency, it may be a partner's name.
_NAME_APART = rx(r"[A-Z][\w.]*\s+\$")


def _a_new_partner(text: str, lo: int, amount: Amount) -> bool:
    """Whether a partner is named after "with" before ``amount`` (from ``lo``): a capital before the figure, or the
    figure's own currency if it may be a name ("with the US $124 billion"; not "compared with US$17.8 billion" nor
    "with RM160 billion", currencies written close up)."""
    partner = _NEW_PARTNER.search(text, lo, amount.start + 1)
    return partner is not None and (
        partner.end() - 1 < amount.start or _NAME_APART.match(text, amount.start) is not None
    )


# "China's total trade reached $6.3 trillion in 2022, while its trade with Peru was $38 billion": two figures set
# against each other, the year stated once for both.
# "…, while two-way trade rose …", "…, whereas …", and "…, as bilateral trade fell 14 percent to $19.5 billion"
_CONTRAST = rx(
    r"\s*,\s*(?:while|whereas|as(?=\s+(?:(?:the|its|their)\s+)?(?:(?:bilateral|two-way|total|overall)\s+)?trade\b))\s",
    re.I,
)


def _year_of_the_contrast(ctx: SentenceContext, b: Binding, bindings: list[Binding]) -> DateExpr | None:
    """The date of the figure before this one when this one, stating none, is set against it by "while" or
    "whereas" right after that date (not "…, up from $4 billion", a figure of another year). Of a figure that is
    the base another rose from ("rose to $7.3 billion in 1986 from $4.3 billion in 1985, while two-way trade
    totalled …"), the clause's year is the one it rose to."""
    before = bindings[b.index - 1]
    if before.when is None or before.when.date is None or before.when.kind == "range":
        return None
    if not _CONTRAST.match(ctx.text, before.hi):
        return None
    if ctx.date_after(before.hi, b.amount.start) is not None:
        return None  # "…, while in 2021 it was $30 billion": its own date, not bound to it
    if _base_of(ctx, before, bindings) and (rose_to := bindings[before.index - 1].when) is not None:
        return rose_to
    return before.when


# A figure that is the base another rose or fell from, in its clause: "rose to 7.3 billion dlrs in 1986 from 4.3
# billion in 1985".
_FROM_ITS_BASE = rx(r"[^,;.]{0,40}?\bfrom\s+(?:(?:about|around|nearly|roughly|some|over|under|just|almost)\s+)?$", re.I)
# "$5.2 billion in 2021, compared with $4.0 billion in 2020", "$1.1 billion in 2019 as against $1.0 billion in 2018":
# the total and the earlier one it is set against, the clause between (a full stop only inside "U.S.")
_COMPARED_WITH_ITS_BASE = rx(
    r"(?:[^;.]|\.(?=\S)){0,60}?\b(?:compared\s+(?:to|with)|(?:as\s+)?against|versus|vs\.?)\s+"
    r"(?:(?:about|around|nearly|roughly|some|over|under|just|almost)\s+)?$",
    re.I,
)


def _base_of_another_figure(
    ctx: SentenceContext, b: Binding, bindings: list[Binding], totals: list[tuple[Binding, Fact]]
) -> bool:
    """Whether ``b`` is the base of the figure before it, which is no total of the pair (a surplus, one way's
    exports): then neither is the base. Not of a goal: what trade is raised from is what it was."""
    if not _base_of(ctx, b, bindings) or (totals and totals[-1][0].index == b.index - 1):
        return False
    return not _aimed_at(ctx.text, bindings[b.index - 1].amount.start)


def _base_of(ctx: SentenceContext, b: Binding, bindings: list[Binding]) -> bool:
    """Whether ``b``'s figure is the base the figure right before it rose or fell from."""
    return (
        b.index > 0 and _FROM_ITS_BASE.fullmatch(ctx.text, bindings[b.index - 1].amount.end, b.amount.start) is not None
    )


# The total that sums the figures before it: "exports were $600 million in 2022 and imports $1.2 billion, bringing
# two-way trade to $1.8 billion", in their year.
_BRINGING = rx(
    r"\b(?:bringing|taking|putting|pushing|lifting)\s+(?:the\s+)?(?:(?:total|two-way|bilateral|overall|combined)\s+)*"
    r"(?:trade|turnover)(?:\s+(?:turnover|volume|value))?\s+(?:to|at)\s+(?:(?:a\s+record|about|around|some|nearly)\s+)?$",
    re.I,
)


def _year_of_the_sum(ctx: SentenceContext, b: Binding, bindings: list[Binding]) -> DateExpr | None:
    """The date of the figures before ``b`` (stating none itself) when it is their sum, "bringing trade to"."""
    before = bindings[b.index - 1]
    if not ctx.holds("bringing", "taking", "putting", "pushing", "lifting") or not _BRINGING.search(
        ctx.text, before.amount.end, b.amount.start
    ):
        return None
    dated = [x.when for x in bindings[: b.index] if x.when is not None and x.when.date is not None]
    return dated[-1] if dated and dated[-1].kind != "range" else None


# A sentence that opens with its date ("In 2022, …", "Last year, …") states every figure of it for that date:
# "In 2022, Vietnam exported $320 million to Peru and imported $180 million, bringing two-way trade to $500
# million". Not a figure set against another year's: "…, up from $4 billion", "than", "against".
_ANOTHER_YEARS = rx(
    r"\b(?:from|than|against|compared\s+(?:to|with)|versus|vs\.?|over)\s+(?:(?:a|an|the|just|only|some)\s+)?$", re.I
)


def _year_the_sentence_opens_with(ctx: SentenceContext, b: Binding) -> DateExpr | None:
    """The date a sentence opens with, for a figure of it that states none (``b``, not the first figure)."""
    opening = opening_date(ctx)
    if opening is None or opening.date is None or opening.kind == "range" or opening.end > b.amount.start:
        return None
    if ctx.date_after(opening.end, b.amount.start) is not None:
        return None  # a date between: the figure's own, or another figure's
    return None if _ANOTHER_YEARS.search(ctx.text, max(b.lo, b.amount.start - 40), b.amount.start) else opening


# The turnover, value or volume of one way's trade, right after it: "export turnover", "import value" (when no cue of
# trade stands after it, the figure is that flow's).
_ITS_TURNOVER = rx(r"\s+(?P<cue>turnover|value|volume)\b", re.I)


def _one_ways(window: str, trade_at: int) -> bool:
    """Whether the figure after ``window`` is one way's: a word of one way after the last cue of trade (at
    ``trade_at``), or one way's own turnover, value or volume with no cue of trade after it."""
    one_way = last_match(ONE_WAY, window)
    if one_way is None:
        return False
    its = _ITS_TURNOVER.match(window, one_way.end())
    return one_way.start() > trade_at or (its is not None and its.start("cue") >= trade_at)


def _another_figure(ctx: SentenceContext, b: Binding, window: str, following: str) -> bool:
    """Whether the figure is something other than the pair's two-way total: one-way, investment, a goal,
    an average, a region's or the world's trade, a sector's, a milestone. ``window`` is the text before it
    that speaks of it; ``following`` the words after it."""
    amount = b.amount
    trade_at = max(last_start(TRADE_CUE, window), last_start(TOTAL_CUE, window))
    if _one_ways(window, trade_at):
        return True  # "of which Brazil exported goods worth US$175.6 million", "Viet Nam's export turnover"
    if re.match(r"\s*(?:in|of|worth of)\s+(?:exports|imports)", following):
        return True
    if last_start(INVEST_CUE, window) > trade_at or re.match(r"\s*(?:in|of)\s+(?:investment|FDI)", following):
        return True
    if _aimed_at(ctx.text, amount.start):
        return True  # "aim to raise trade between A and B to US$5 billion by 2025"
    if re.search(r"\baverag\w*\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$", window) or _PER_YEAR.match(following):
        return True  # "averaged $3 billion a year": no year's total
    if _of_the_world(window) or _REGION_PARTNER.search(ctx.text, b.lo, amount.start) or _ones_own_trade(ctx, window):
        return True  # "Vietnam's total trade", "trade between China and Africa": not the pair's
    if _sector(window) or _SECTOR_AFTER.match(following):
        return True  # "trade in farm goods", "agricultural trade": a part of trade, not the two-way total
    if _MARK.match(following):  # a milestone, unless the trade crossed it: "crossed the $100 billion mark in 2022"
        return not _crossed(ctx, window)
    return bool(
        re.match(r"\s*,?\s*by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d", following) or re.match(r"\s*target", following)
    )


# "crossed the $100 billion mark", "surpassed the US$10-billion mark in 2023": the year's trade beyond the figure,
# shown as "over", as "exceeded $100 billion" is. Not when the sentence gives the figure itself ("reached 10.2
# billion USD, surpassing the 10 billion mark"), nor a mark aimed at ("to the $10 billion mark by 2030").
_CROSSED_THE = rx(r"\b" + BEYOND_VERBS + r"\s+the\s*$", re.I)
_MARK = rx(r"\s*(?:mark|threshold|milestone|barrier)\b", re.I)


def _crossed(ctx: SentenceContext, window: str) -> bool:
    """Whether the mark after the figure was crossed (``window`` ends "crossed the"), the figure the sentence's only."""
    return _CROSSED_THE.search(window) is not None and len(ctx.amounts) == 1


def _pointed_pair(ctx: SentenceContext, points_back: bool) -> tuple[str, str] | None:
    """ "It reached …" in a sentence naming no country: the pair of the total the sentence before stated."""
    if points_back and not ctx.mentions and ctx.before is not None and ctx.before.total is not None:
        return ctx.before.total.countries
    return None


_CLAUSE = rx(r"[^,;]*")


def _growth(
    ctx: SentenceContext, percent: Percent, totals: list[tuple[Binding, Fact]], points_back: bool
) -> Fact | None:
    value = _signed_rate(ctx, percent)
    if value is None:
        return None
    text = ctx.text
    average = AVERAGE.search(
        text[max(0, percent.start - 40) : percent.start] + " " + text[percent.end : percent.end + 30]
    )
    when = _RateWhen(lo=percent.start, hi=percent.end)
    its_total: Fact | None = None
    after_totals = [(b, f) for b, f in totals if b.amount.start > percent.end]
    before_totals = [(b, f) for b, f in totals if b.hi <= percent.start]
    from_to = _from_to(text, percent, after_totals)
    if from_to is not None:
        when = _from_to_rate(from_to, value, when)
    elif before_totals and not average:
        b, f = before_totals[-1]
        if len(before_totals) > 1 and _set_against_its_base(text, before_totals[-2], before_totals[-1]):
            # "grew to A$26.6 billion in 2023 from A$18.4 billion in 2022, an increase of 20 per cent": the change
            # into the year risen to, not the base's, and flagged as "from … to …" is when the figures disagree
            rate = _from_to_rate((before_totals[-1], before_totals[-2]), value, when)
            when = replace(rate, lo=max(b.hi, 0), hi=percent.end)
        else:
            when = _RateWhen(max(b.hi, 0), percent.end, f.year, f.fiscal_year)
            its_total = f  # "Trade with Chile reached 1.84 billion USD, up 5.3 percent": that total's rate
    elif not average:
        when = _stated_year(ctx, percent, after_totals, points_back, when)
    if from_to is None:
        after = text[percent.end : percent.end + 50]
        end = percent.end + (len(after) - len(after.lstrip()))
        clause = _CLAUSE.match(text, end)
        when = replace(when, hi=max(when.hi, clause.end() if clause else end))
    pair = its_total.countries if its_total is not None else ctx.pair_for(max(0, when.lo - 80), when.hi)
    if pair is None or (its_total is None and ctx.multilateral(max(0, when.lo - 80), when.hi)):
        return None
    before = text[: percent.start]
    if not points_back and not totals and (_of_the_world(before) or _ones_own_trade(ctx, before)):
        return None  # "Vietnam's trade with the world reached $730 billion in 2022, up 9.5 percent": no pair's rate
    pair = _pointed_pair(ctx, points_back) or _rate_of_the_total_after(text, percent, after_totals) or pair
    return ctx.fact(
        FactKind.TRADE_GROWTH,
        when.lo,
        when.hi,
        pair,
        year=when.year,
        percent=value,
        qualifier="average annual" if average else None,
        fiscal_year=when.fiscal_year,
        flags=when.flags,
        reach_back=when.reach_back,
    )


def _set_against_its_base(text: str, total: tuple[Binding, Fact], base: tuple[Binding, Fact]) -> bool:
    """Whether ``base``, the total after ``total``, is the earlier figure it rose or fell from ("to $9 billion in
    2022 from $7.5 billion in 2021"), or is compared with ("$5.2 billion in 2021, compared with $4.0 billion in
    2020": of an earlier year)."""
    (b1, f1), (b2, f2) = total, base
    if _FROM_ITS_BASE.fullmatch(text, b1.amount.end, b2.amount.start):
        return True
    earlier = f1.year is not None and f2.year is not None and f2.year < f1.year
    return earlier and _COMPARED_WITH_ITS_BASE.fullmatch(text, b1.amount.end, b2.amount.start) is not None


_RATE_TO = rx(r"\s+to\s+(?:(?:about|around|nearly|some|over|almost)\s+)?")


def _rate_of_the_total_after(text: str, percent: Percent, after: list[tuple[Binding, Fact]]) -> tuple[str, str] | None:
    """The pair of the total a rate rose or fell "to", when it is another than the story's ("…, while trade with
    China rose 9 percent to Sh830 billion": China's pair, read by the total)."""
    if not after or not _RATE_TO.fullmatch(text, percent.end, after[0][0].amount.start):
        return None
    return after[0][1].countries


@dataclass(frozen=True)
class _RateWhen:
    """Where a growth rate's quote runs, the year it is for, and what is suspect about it."""

    lo: int
    hi: int
    year: int | None = None
    fiscal_year: str | None = None
    reach_back: int | None = None  # the quote starts in the sentence before
    flags: tuple[str, ...] = ()


_PASSED_GOAL = rx(
    r"\b(?:exceed|surpass|beat|top|overshoot|outstrip|meet|met|hit|achiev|reach)\w*\s+[^,.;]{0,50}?\b(?:target|goal)s?\b",
    re.I,
)


# A rate told as "more" or "less" than a base: "than", or "compared to" as outlets of the former Soviet states
# write it ("8.1 percent more compared to the same period of 2023"); "18 percent more wine" is no such rate.
_THAN = r"\s+(?:than|(?:as\s+)?compared\s+(?:to|with)|in\s+comparison\s+(?:to|with))\b"
_MORE_THAN = rx(r"\s*(?:more|greater)" + _THAN)
_LESS_THAN = rx(r"\s*(?:less|fewer)" + _THAN)


def _signed_rate(ctx: SentenceContext, percent: Percent) -> float | None:
    """The percentage as a growth rate (negative for a fall), or None when it is no growth of the pair's
    trade: a share, a goal, one side's exports, a percentage with no direction."""
    text = ctx.text
    before = text[max(0, percent.start - 60) : percent.start]
    after = text[percent.end : percent.end + 50]
    local = before[-40:] + " " + after[:30]
    if NOT_GROWTH.search(local) or _SHARE_OF.match(after) or _SHARE_VERB.search(before[-30:]):
        return None  # "has taken up 20 percent of Japan's total": a share, not a growth rate
    # After it, a target the trade passed or met is no goal of the rate ("up 26.3%, exceeding the $200 billion
    # target set by the two leaders")
    ahead = _PASSED_GOAL.sub(" ", text[percent.end : percent.end + 80])
    if GROWTH_GOAL.search(before[-45:]) or GROWTH_GOAL.search(ahead):
        return None  # "an accord calling for a 50 pct rise over the next six years": a goal, not growth
    up = bool(GROWTH_UP.search(local) or _MORE_THAN.match(after))  # "24.5% more than …", "8% more compared to …"
    down = bool(GROWTH_DOWN.search(local) or _LESS_THAN.match(after))  # "13% less than …"
    if not up and not down:
        return None
    if up and down:  # "agreed to expand trade, which fell 13 pct": the word nearest the rate says which way
        down = _nearest(GROWTH_DOWN, before[-40:], after[:30]) < _nearest(GROWTH_UP, before[-40:], after[:30])
        up = not down
    if _one_ways(before, max(last_start(TRADE_CUE, before), last_start(TOTAL_CUE, before))):
        return None  # "Viet Nam's exports to Chile rose 12 percent", "export turnover rose 12 percent"
    return -abs(percent.value) if down and not up else percent.value


def _nearest(pattern: re.Pattern[str], before: str, after: str) -> int:
    """How many characters from the rate ``pattern``'s nearest match stands, in the words ``before`` it or
    ``after`` it (a large number when it matches in neither)."""
    last = last_match(pattern, before)
    first = pattern.search(after)
    return min(len(before) - last.end() if last else 10_000, first.start() if first else 10_000)


def _from_to_rate(
    from_to: tuple[tuple[Binding, Fact], tuple[Binding, Fact]], value: float, when: _RateWhen
) -> _RateWhen:
    """ "79.1 per cent from US$353.78 million in 2016 to $600 million in 2022": the later year's rate,
    flagged when the figures give another rate."""
    (_b1, f1), (b2, f2) = from_to
    flags: tuple[str, ...] = ()
    # In the currency stated, when both are in one: a change in dollars would also be the exchange rate's.
    same = f1.currency == f2.currency and f1.amount and f2.amount
    a1, a2 = (f1.amount, f2.amount) if same else (f1.value_usd, f2.value_usd)
    if a1 and a2 and not f1.partial_period and not f2.partial_period:
        actual = (a2 / a1 - 1) * 100
        if abs(actual - value) > 0.5:
            stated = f"inconsistent: stated {value:g} %"
            flags = (f"{stated}, but {a1:,.0f} ({f1.year}) → {a2:,.0f} ({f2.year}) is {actual:.1f} %",)
    return replace(when, hi=b2.hi, year=f2.year, fiscal_year=f2.fiscal_year, flags=flags)


def _stated_year(
    ctx: SentenceContext,
    percent: Percent,
    after_totals: list[tuple[Binding, Fact]],
    points_back: bool,
    when: _RateWhen,
) -> _RateWhen:
    """The year a rate is for when no figure of the sentence carries it: a base year ("over 2018"), the
    figure it rose to, its own period, the sentence's date, or the trade of the sentence before."""
    text = ctx.text
    after = text[percent.end : percent.end + 50]
    base = re.search(
        r"^\s*(?:\w+\s+){0,3}?(?:over|compared\s+(?:to|with)|from|against|versus|than|on)\s+"
        r"(?:the\s+same\s+period\s+(?:of|in)\s+)?(?:19|20)(\d\d)\b",
        after,
    )
    if base:
        return replace(when, year=int(base.group(0)[-4:]) + 1)
    rose_to = next(
        (
            f
            for b, f in after_totals
            if b.amount.start - percent.end < 60
            and (
                _ROSE_TO.match(text, percent.end, b.amount.start)
                or _WENT_ON_TO.fullmatch(text, percent.end, b.amount.start)
            )
        ),
        None,
    )
    if rose_to is not None:  # "rose by 24 per cent last year to US$16 billion"
        return replace(when, year=rose_to.year, fiscal_year=rose_to.fiscal_year)
    base_figure = next((f for b, f in after_totals if _FROM_A_BASE.fullmatch(text, percent.end, b.amount.start)), None)
    if base_figure is not None and base_figure.year is not None and not base_figure.partial_period:
        return replace(when, year=base_figure.year + 1)  # "fell 8.8 per cent from RM487.1 billion in 2022"
    own = _growth_period(ctx, percent)  # "grew by 20 percent in 2018", "a 20 percent increase last year"
    dated = own or ctx.date_before(percent.start)
    year = dated.year if dated and dated.kind in ("year", "month", "day", "partial") else None
    if year is None and ctx.before is not None:  # "This amount represented an increase of 8.4 percent"
        earlier = ctx.before.total if points_back else None
        before_when = _when_before(ctx)
        year = earlier.year if earlier else (before_when.year if before_when else None)
        return replace(when, year=year, reach_back=ctx.before.start if year is not None else None)
    return replace(when, year=year)


# A rate told from a base figure: "fell 8.8 per cent from RM487.1 billion in 2022" (its year the next).
_FROM_A_BASE = rx(r"\s*(?:year-on-year\s+)?from\s+(?:(?:about|around|nearly|some|over|just)\s+)?", re.I)
# "rose by 24 per cent last year to US$16 billion", "climbed 14% to an all-time high of $4.1 billion": the rate
# and the total it rose to; not across a year of the rate's own ("grew 5 percent in 2021, and rose to …").
_ROSE_TO = rx(
    r"(?:(?!(?:19|20)\d\d).)*\bto(?:\s+(?:a\s+(?:new\s+)?record(?:\s+high)?(?:\s+of)?|"
    r"an?\s+(?:new\s+|all-time\s+|historic\s+|fresh\s+)?(?:high|peak)\s+of))?\s*$",
    re.I | re.S,
)


# "grew by 20 percent and exceeded $1.8 billion", "increased 8.5 percent, reaching $5.4 billion": the rate and
# the total it rose to are one clause, whose year is stated once, after the total.
_WENT_ON_TO = rx(
    r"\s*(?:(?:year[- ]on[- ]year|y-o-y|yoy)\s*)?(?:,\s*|\s+and\s+|\s*)"
    r"(?:to\s+(?:reach|hit|exceed|top|surpass|total)|(?:reach|exceed|surpass|top|total|amount)(?:ed|ing|s|led|ling)?"
    r"(?:\s+to)?|hit(?:s|ting)?|st(?:oo|an)d(?:ing)?\s+at)"
    r"(?:\s+(?:a\s+record(?:\s+high\s+of)?|an?\s+(?:all-time\s+)?high\s+of|nearly|about|almost|over|more\s+than|some|"
    r"around|roughly|approximately))*\s*",
    re.I,
)


_GROWTH_PERIOD_GAP = rx(
    r"\s*(?:(?:increase|rise|growth|gain|jump|decline|decrease|drop|fall|contraction)\s+)?"
    # the trade named between: "a 22% jump in bilateral trade in 2023"
    r"(?:in\s+(?:(?:bilateral|two-way|total)\s+)?(?:trade|commerce)(?:\s+(?:turnover|volume))?\s+)?"
    # "year-on-year", and "on-year" as Korean and Australian papers write it
    r"(?:(?:year[- ]on[- ]year|on[- ]year|y-o-y|yoy|annually|on\s+a\s+(?:yearly|year-on-year|annual)\s+basis)\s*)?,?\s*"
    # "grew by 26.6 percent in yuan terms last year": the currency of the measure stands between
    r"(?:in\s+(?:\w+\s+)?(?:yuan|dollar|rupee|euro|yen|won|ruble|rouble|USD|RMB|local[- ]currency|nominal|real|"
    r"value)\s+terms\s*,?\s*)?(?:(?:in|during|for)\s+(?:the\s+)?)?",
    re.I,
)


def _growth_period(ctx: SentenceContext, percent: Percent) -> DateExpr | None:
    """The year a growth rate is stated for right after it: "rose 20 percent in 2018", "up 12% year-on-year
    in the first half", "posted a 20 percent increase last year" (not "compared to 2017": a base year)."""
    after = ctx.date_after(percent.end, min(len(ctx.text), percent.end + 50))
    if after is None or after.date is None or not _GROWTH_PERIOD_GAP.fullmatch(ctx.text[percent.end : after.start]):
        return None
    return after


def _from_to(
    text: str, percent: Percent, after: list[tuple[Binding, Fact]]
) -> tuple[tuple[Binding, Fact], tuple[Binding, Fact]] | None:
    """ "79.1 per cent from US$353.78 million in 2016 to $600 million in 2022"."""
    if len(after) < 2:
        return None
    (b1, f1), (b2, f2) = after[0], after[1]
    if not re.search(r"\bfrom\s*$", text[percent.end : b1.amount.start]):
        return None
    if not re.search(r"\bto\s*$", text[b1.hi : b2.amount.start]):
        return None
    return (b1, f1), (b2, f2)


def _year_basis(when: DateExpr) -> str:
    """How a relative year was placed: against the publication date, or against the sentence's own year."""
    if when.relative and (
        when.relative.startswith(("the year before", "the fiscal year before", "the same year"))
        or counted_from_the_sentence(when)
    ):
        return f"year from “{when.text}”: {when.relative}"
    return f"year from “{when.text}” and the publication date"
