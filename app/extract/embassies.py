"""Embassies opened, reopened and closed, with whose they are."""

from __future__ import annotations

import re

from app.domain.dates import PartialDate
from app.domain.facts import Fact, FactKind
from app.extract.context import SentenceContext
from app.extract.date_builders import count_of
from app.extract.date_patterns import COUNT
from app.extract.mentions import Mention
from app.extract.periods import DateExpr, another_events_year
from app.extract.prefilter import rx

# A legation (a mission of a rank below an embassy, as most were before the 1960s) counts as the embassy;
# "its resident mission in Ulaanbaatar" is a country's embassy, "its High Commission in Wellington" a Commonwealth
# country's in another, and "its mission in Seoul" (only with its owner named: not the IMF's mission, nor the UN
# High Commission for Refugees; nor a trade, military or permanent mission, a delegation or an office of another kind)
_NOT_AN_EMBASSYS = "".join(
    rf"(?<!{word}\s)" for word in ("trade", "business", "commercial", "military", "permanent", "observer", "election")
)
EMBASSY_NOUN = rx(
    r"\b(embass(?:y|ies)|legations?|consulates?(?:[- ]general)?|diplomatic\s+mission|(?P<resident>resident\s+mission|"
    r"high\s+commissions?(?!\s+(?:for|on|of)\b)|" + _NOT_AN_EMBASSYS + r"mission(?=\s+in\s+(?-i:[A-Z]))))\b",
    re.I,
)
EMBASSY_VERB = rx(
    r"\b(?P<v>re-?opened|reopen(?:s|ing)?|re-?establish(?:ed)?|opened|opens|opening|inaugurat(?:ed|es|ion)|"
    # the flag raised over a new embassy opens it, lowered closes it: "raised the American flag over the new U.S.
    # Embassy in Hanoi", "The Indian flag was hoisted at the new Indian embassy in Kigali"
    r"(?:raised|raises|hoisted|hoists|unfurled|lowered|lowers)(?=\s+(?:the\s+|its\s+|their\s+|a\s+)?"
    r"(?:[\w.-]+\s+){0,2}?flags?\s+(?:over|at|above|on|outside)\s)|"
    r"(?:(?<=flag\swas\s)|(?<=flags\swere\s))(?:raised|hoisted|unfurled|lowered)(?=\s+(?:over|at|above|on|outside)\s)|"
    # one of the first to open one opened it: "was among the first countries to open an embassy in Malé"
    r"first\s+(?:[\w-]+\s+){0,3}?to\s+open(?=\s+(?:an?|its)\s)|"
    r"(?:has|have|had)\s+(?:had|maintained|kept)(?=[^.;]{0,60}\bsince\b)|"  # "has had an embassy in Nairobi since 1964"
    # an embassy's age: "dates back to 1926", "dates from 2006", "has been open since 2003" (a year, or a month's)
    r"dat(?:es|ed|ing)\s+(?:back\s+)?(?:to|from)(?=\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4}))|"
    r"(?:has|have|had)\s+been\s+(?:open|operating|functioning|in\s+operation)\s+since(?=\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4}))|"
    r"established|set\s+up|closed|closes|closing|closure|shut(?:\s+down)?|"
    # a mission raised to an embassy is the embassy opened: "upgraded its consulate in Lima to an embassy in 1973"
    r"upgraded(?=[^.;]{0,60}?\bto\s+(?:an?\s+)?(?:full(?:-fledged)?\s+)?embassy\b)|"
    # a sheet's field of an embassy held since a date: "Embassy of Peru in Jakarta: since 1975"
    r"(?<=:\s)since(?=\s+(?:\d|[A-Z][a-z]+\s+\d)))\b",
    re.I,
)
# A clause dated by its distance from the clause before: "a year after", "two years before".
_COUNTED_FROM = r"(?P<n>" + COUNT + r")\s+years?\s+(?P<way>after|before)\s+"
_COUNTED = rx(_COUNTED_FROM)
# A clause of a second country whose verb is left out, the first's: "and Chile its embassy in Hanoi in 2003".
_GAPPED_START = r"(?:[A-Z][\w\u00C0-\u1EF9’'-]*\s+){1,3}(?=(?:its|an|one)\b)"
# …, its subject a possessive ("and Thailand's in Santiago in 2001", "and Vietnam's embassy in Mexico City in 2003"),
# or the embassy named by its country ("…, and the Embassy of Kazakhstan in Seoul in 1996"): a place next, no verb
# or the embassy named by its country's adjective ("…, and the Malaysian Embassy in Ankara in 1977"): a place and its
# date next, no verb (not "…, and the Embassy of Kazakhstan in Seoul said …")
_PLACE_AND_DATE = r"(?=in\s+(?:the\s+)?(?:[A-Z][\w\u00C0-\u1EF9’'-]*\s+){1,3}(?:in|on)\s)"
_GAPPED_OWNED = (
    r"(?:(?:[A-Z][\w\u00C0-\u1EF9-]*\s+){0,2}[A-Z][\w\u00C0-\u1EF9-]*['’]s\s+(?:(?i:embassy|consulate)\s+)?"
    r"|the\s+(?i:embassy|consulate|high\s+commission|legation)\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w\u00C0-\u1EF9’'-]*|of)\s+)"
    r"{1,5}"
    r"|the\s+[A-Z][\w\u00C0-\u1EF9-]*\s+(?i:embassy|consulate|high\s+commission|legation)\s+)" + _PLACE_AND_DATE
)
_GAPPED_CLAUSE = rx(r"\s*(?:" + _GAPPED_START + "|" + _GAPPED_OWNED + ")")
# where the clause's verb would stand: its subject before it (the owner of "the Embassy of …" is after it)
_GAPPED = rx(r"\b(?:its|an|one)\b|['’]s\b|(?<=\s)of\b|(?i:embassy|consulate|high\s+commission|legation)(?=\s+in\s)")
_CLAUSE_SPLIT = rx(
    # (a full stop ends a clause, not an abbreviation's: "the new U.S. Embassy in Hanoi", "St. Petersburg")
    r",?\s+but\s+|;\s*|,\s+while\s+|,\s+and\s+(?=(?:later\s+|then\s+)?[a-z]+ed\b)|,\s+and\s+(?=[A-Z])|"
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bNo)\.\s+"
    # "… in 2006 and Vietnam opened its embassy in Lima in 2005", "… while South Korea opened one in Nairobi"
    r"|\s+(?:and|while|whereas)\s+(?=(?:[A-Z][\w\u00C0-\u1EF9’'-]*\s+){1,3}(?:also\s+|later\s+)?"
    r"(?:re-?opened|opened|inaugurated|established|set\s+up|closed|shut|(?:has|have)\s+(?:had|maintained|kept))\b)"
    # "has had an embassy in Hanoi since 1979 and opened an honorary consulate in Ho Chi Minh City in 2017": the same
    # country's next mission
    r"|\s+and\s+(?=(?:later\s+|then\s+|also\s+)?(?:re-?opened|opened|established|set\s+up)\s+(?:an?|its|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?i:embassy|consulate|mission|legation)\b)"
    # "closed its embassy in Hanoi in 1980 and reopened it in July 2000", "opened … in 1974, closed it in 1990 and …":
    # the same embassy's next action; its
    # earlier one told after "after" ("reopened … in January 2017 after closing it in February 2015"), or the next
    # after "before"
    r"|(?:\s+and|,)\s+(?=(?:later\s+|then\s+|subsequently\s+)?(?:re-?opened|closed|shut)\s+(?:it|them)\b)"
    r"|,?\s+(?=(?:after|before)\s+(?:having\s+)?(?:re-?open(?:ing|ed)|open(?:ing|ed)|clos(?:ing|ed)|shut(?:ting)?)"
    r"(?:\s+down)?\s+(?:it|them)\b)"
    # "…, and the Embassy of Mongolia in Seoul opened in 1991": another country's embassy
    r"|,\s+and\s+(?=the\s+(?i:embassy|consulate|high\s+commission|mission|legation)\s+of\b)"
    # "…, and Chile its embassy in Hanoi in 2003", "… and Peru one in Seoul in 1973": the verb left out
    r"|,?\s+and\s+(?=" + _GAPPED_START + "|" + _GAPPED_OWNED + r")"
    # "…, a year after Korea opened its embassy in Ulaanbaatar": the other's, dated from this one
    r"|,\s+(?=" + _COUNTED_FROM + r"(?:[A-Z][\w\u00C0-\u1EF9’'-]*\s+){1,3}(?:re-?opened|opened|established|set\s+up)\b)"
)
_NON_REALIS = rx(
    r"\b(will|would|could|should|(?-i:may)|might|plans?\s+to|intends?\s+to|to\s+(?:open|close)|"
    r"wants?\s+to|wish(?:es)?\s+to|seeks?\s+to|"
    r"consider\w*|propos\w+|hope\w*|expect\w*|aim\w*|potential|"
    # "agreed on Friday to restore diplomatic relations and reopen embassies": a plan the two made
    r"(?:agreed|decided|pledged|promised|vowed)\b[^.;]{0,60}?\bto)\b",
    re.I,
)


# A bare name is no clause: "Chile and Vietnam opened embassies" is one subject of two, not "Chile" and a clause.
_BARE_NAME = rx(r"\s*(?:the\s+)?(?:[A-Z][\w\u00C0-\u1EF9’'-]*\s*){1,3}")


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        if _BARE_NAME.fullmatch(text, start, m.start()):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


# "relations at Embassy level", "ties at ambassadorial level": the rank of the relations, not a building.
_LEVEL = rx(r"\bat\s+(?:the\s+)?(?:embassy|ambassadorial|ambassador)\s+level\b", re.I)
# A chronology line: "Opening Date of Mission in Bangladesh 21 March 1972", "Embassy in Hanoi opened: 1976".
_CHRONOLOGY = rx(
    r"^\s*(?:(?P<what>Opening|Closing|Reopening)\s+(?:Date\s+)?of\s+(?:the\s+)?(?:Mission|Embassy|Consulate)|"
    r"(?:Mission|Embassy)\s+(?:opened|established))\s+in\s+",
    re.I,
)


def read_embassies(ctx: SentenceContext) -> list[Fact]:
    """ "Mexico opened its Embassy in Hanoi in 1976, but closed it in 1980"."""
    chronology = _chronology(ctx)
    if chronology is not None:
        return chronology
    # (" legation" with its space: "delegation", common in the genre, names no embassy)
    if not ctx.says(EMBASSY_NOUN, "embass", " legation", "consul", "mission", "commission") or _LEVEL.search(ctx.text):
        return []
    facts: list[Fact] = []
    owner: str | None = None
    action: str | None = None  # the clause before's, for one whose verb is left out
    for lo, hi in _clauses(ctx.text):
        clause = ctx.text[lo:hi]
        noun = EMBASSY_NOUN.search(clause)
        verb = _verb_of(clause, noun)
        gapped = verb is None and action is not None and _GAPPED_CLAUSE.match(clause) is not None
        if gapped:
            verb = _GAPPED.search(clause)  # "Chile its embassy in Hanoi in 2003": the verb before it, unsaid
        if verb is None or (noun is None and not gapped and not re.search(r"\b(it|them|one)\b", clause)):
            continue
        if _NON_REALIS.search(clause[: verb.start()]):
            continue
        if not gapped:
            v = verb.group("v").lower()
            action = (
                "reopened" if v.startswith("re") else "closed" if v.startswith(("clos", "shut", "lower")) else "opened"
            )
        assert action is not None
        when = _date_of(ctx, lo, hi, verb, noun) or _counted_from(clause, lo, facts)
        if when is None or when.date is None or when.kind in ("range", "partial"):
            continue
        subjects = [
            m
            for m in ctx.mentions
            if lo <= m.start < lo + verb.start()
            and not re.search(r"\bin\s+(?:the\s+)?$", ctx.text[max(0, m.start - 8) : m.start])
        ]
        stated = _owner(ctx, lo, clause, subjects, noun)
        if stated is None and not subjects and noun is not None and noun.group("resident"):
            continue  # "the IMF resident mission in Hanoi": an organisation's, as is a high commission of none
        owner = stated or owner
        pair = ctx.pair_for()
        if pair is None:
            continue
        # "opened embassies in each other's capitals", "Chile and Vietnam opened embassies": one each way
        if _EACH_OTHERS.search(clause) or (
            noun is not None and noun.group(0).lower().endswith("ies") and set(pair) <= {m.code for m in subjects}
        ):
            facts += [
                ctx.fact(FactKind.EMBASSY, lo, hi, pair, when=when.date, action=action, confidence=0.85,
                         origin=origin, destination=destination)
                for origin, destination in (pair, pair[::-1])
            ]  # fmt: skip
            continue
        direction: dict[str, str] = {}
        if owner in pair:
            direction = {"origin": owner, "destination": pair[1] if pair[0] == owner else pair[0]}
        facts.append(
            ctx.fact(FactKind.EMBASSY, lo, hi, pair, when=when.date, action=action, confidence=0.85, **direction)
        )
    return facts


def _owner(
    ctx: SentenceContext, lo: int, clause: str, subjects: list[Mention], noun: re.Match[str] | None
) -> str | None:
    """Whose the embassy is, not the host's: the clause's subject ("the Vietnamese embassy in Lima" is Vietnam's), the
    country named right before the noun ("raised the American flag over the new U.S. Embassy"), or the one after
    "embassy of"; None when the clause does not say."""
    if subjects:
        return subjects[-1].code
    if noun is not None:
        named = next((m for m in ctx.mentions if 0 <= lo + noun.start() - m.end <= 1), None)
        if named is not None:
            return named.code
    owned = re.search(r"embassy\s+of\s+", clause, re.I)
    if owned:
        after = [m for m in ctx.mentions if m.start >= lo + owned.end()]
        return after[0].code if after else None
    return None


_EACH_OTHERS = rx(r"\b(?:each\s+other|one\s+another)['’]s?\s+(?:capitals?|countries|cities)\b", re.I)


def _verb_of(clause: str, noun: re.Match[str] | None) -> re.Match[str] | None:
    """The verb said of the embassy: the last before its noun ("Vietnam, which established relations with Mexico
    in 1975, opened its embassy there"), else the first ("The embassy, opened in 1976")."""
    verbs = [v for v in EMBASSY_VERB.finditer(clause) if not _OF_ANOTHER_THING.match(clause, v.end())]
    verbs = [v for v in verbs if not _ANNIVERSARY_OF.search(clause, max(0, v.start() - 30), v.start())]
    before = [v for v in verbs if noun is not None and v.start() < noun.start()]
    if before and noun is not None and not _GOVERNS.fullmatch(clause, before[-1].end(), noun.start()):
        # "Indonesia and Peru, which established diplomatic relations in 1975, saw trade reach $420 million in 2023,
        # the Indonesian embassy said": that verb is the relations', the embassy only speaks
        before = []
    return before[-1] if before else next((v for v in verbs if noun is None or v.start() > noun.start()), None)


# What a verb governs that is the embassy's but not the embassy: "inaugurated the new building of the Indonesian
# Embassy", "opened the new premises of its embassy" (the embassy was there before).
_OF_ANOTHER_THING = rx(
    r"\s+(?:the\s+|a\s+|its\s+)?(?:new\s+)?(?:building|premises|chancery|headquarters|compound|offices?|residence|"
    r"annex|wing)\s+of\b",
    re.I,
)
# An opening's anniversary is no opening: "celebrated the 20th anniversary of its opening".
_ANNIVERSARY_OF = rx(r"\banniversary\s+of\s+(?:its|the|their)\s+$", re.I)
# Between a verb and the embassy it governs: its object's words ("opened its", "has had an", "opened diplomatic
# relations in May 1975 and"), not another clause.
_GOVERNS = rx(r"[^,;:()]{0,60}")


def _counted_from(clause: str, lo: int, facts: list[Fact]) -> DateExpr | None:
    """The date of a clause told by its distance from the embassy before: "…, a year after Korea opened its
    embassy in Ulaanbaatar" after one of 1991 is of 1990; "two years before" after 2003, of 2005."""
    counted = _COUNTED.match(clause)
    if counted is None or not facts or facts[-1].year is None:
        return None
    n = count_of(counted.group("n"))
    year = facts[-1].year - n if counted.group("way") == "after" else facts[-1].year + n
    return DateExpr(lo, lo + counted.end(), "year", PartialDate(year), relative=counted.group(0).strip())


def _date_of(
    ctx: SentenceContext, lo: int, hi: int, verb: re.Match[str], noun: re.Match[str] | None
) -> DateExpr | None:
    """The date of the clause ``lo``-``hi`` said with ``verb``: of those after it, the nearest its noun ("opened
    diplomatic relations in May 1975 and embassies in 1976"), else the nearest before it."""
    anchor = lo + (noun.end() if noun is not None else verb.end())
    apart = _SET_APART.search(ctx.text, lo + verb.end(), hi)
    if apart is not None:
        hi = apart.start()  # "…, a month after the two countries established relations under their 1979 treaty"
    after = ctx.nearest_date(lo + verb.end(), hi, anchor, keep=_not_another_events)
    return after if after is not None else ctx.nearest_date(lo, hi, lo + verb.start(), keep=_not_another_events)


# Another event set apart from the embassy's by a count: ", a month after", ", 59 years after", ", two weeks before".
_SET_APART = rx(
    r",\s*(?:(?:just|only|some|about|nearly|almost|barely|exactly)\s+)?" + COUNT + r"\s+"
    r"(?:years?|months?|weeks?|days?|decades?)\s+(?:after|before)\b",
    re.I,
)


def _not_another_events(expr: DateExpr) -> bool:
    """ "Ghana on Wednesday inaugurated its embassy in Ankara, 59 years after the two countries established
    diplomatic relations": that year is the relations'."""
    return not another_events_year(expr)


def _chronology(ctx: SentenceContext) -> list[Fact] | None:
    """ "Opening Date of Mission in Bangladesh 21 March 1972": the other country's mission in the one named."""
    line = _CHRONOLOGY.match(ctx.text)
    if line is None:
        return None
    host = next((m for m in ctx.mentions if m.start >= line.end() - 1), None)
    when = next((d for d in ctx.dates if d.date is not None and d.kind in ("year", "month", "day")), None)
    if host is None or when is None or when.date is None or host.code not in ctx.pair:
        return []
    owner = ctx.pair[1] if ctx.pair[0] == host.code else ctx.pair[0]
    word = (line.group("what") or "opening").lower()
    action = "closed" if word.startswith("clos") else "reopened" if word.startswith("reop") else "opened"
    return [
        ctx.fact(
            FactKind.EMBASSY,
            0,
            when.end,
            ctx.pair,
            when=when.date,
            action=action,
            origin=owner,
            destination=host.code,
            confidence=0.85,
        )
    ]
