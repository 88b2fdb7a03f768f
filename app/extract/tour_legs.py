"""The legs of a tour: the countries a leader has visited or goes on to, each its own visit of the story's
year ("which had taken him to Pakistan and will lead him to the Maldives, Sri Lanka and Thailand")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.domain.countries import MentionKind
from app.domain.dates import PartialDate
from app.domain.facts import Fact, FactKind
from app.extract.context import SentenceContext
from app.extract.prefilter import rx
from app.extract.visit_parts import IN_BEFORE, PERSON

TOUR_STOP = "a stop of the tour the story tells of: the story's year"
# The legs of a tour: "which had taken him to Pakistan and will lead him to the Maldives, Sri Lanka and
# Thailand", "left Kathmandu for the Maldives on Wednesday".
_LEG_PAST = rx(
    r"\b(?:(?:(?:had|has|have)\s+(?:already\s+)?(?:taken|led|brought)|took|brought)\s+(?:him|her|them)\s+to|"
    # the traveller by "he" or "she": "Earlier in the week he visited Papua New Guinea and Vanuatu"
    r"(?-i:\b(?:[Hh]e|[Ss]he))\s+(?:also\s+|had\s+|has\s+)?visited)\s+(?:the\s+)?$",
    re.I,
)
_LEG_NEXT = rx(
    r"\b(?:(?:will|would|is\s+to|are\s+to)\s+(?:also\s+|then\s+)?(?:lead|take|bring)\s+(?:him|her|them)\s+(?:on\s+)?to|"
    r"(?:left|leaves|departed|departs|leaving)\s+(?:[A-Z][\w’'-]+\s+){0,2}for|"
    # "flies to New Zealand tomorrow", "heads on to", "travels on to": the next stop, on the day named
    r"(?:flies|flew|will\s+fly|heads|headed|will\s+head|travels|travelled|traveled|moves|goes)\s+on\s+to|"
    r"(?:flies|flew|will\s+fly)\s+to)\s+(?:the\s+)?$"
)
# Where a tour began and where it goes on to end: "a three-nation tour of Africa that began in South Africa and will
# end in Kenya", "a trip that started in Indonesia and is to conclude in the Philippines". A tour, trip or journey is
# named before the verb: "talks began in the National Palace" is no stop.
_TOUR = r"\b(?:tour|trip|journey|swing)\b[^.;]{0,80}?"
_LEG_BEGAN = rx(_TOUR + r"\b(?:began|started|opened|kicked\s+off)\s+in\s+(?:the\s+)?$", re.I)
_LEG_ENDS = rx(
    _TOUR + r"\b(?:will|is\s+to|are\s+to|is\s+due\s+to)\s+(?:also\s+)?(?:end|conclude|finish|wrap\s+up|close)\s+in\s+"
    r"(?:the\s+)?$",
    re.I,
)
_TOUR_REACH = 140  # characters before a stop searched for its tour and verb
_LIST_ITEM = rx(r"^\s*(?:,|,?\s*and)\s*(?:the\s+)?$")
_MAY_NAME_A_LEG = rx(
    r"\b(?:him|her|them|left|leaves|departed|departs|leaving|(?:[Hh]e|[Ss]he)(?=\s+(?:\w+\s+)?visited)|flies|flew|fly|"
    r"heads|headed|head|travels|travelled|traveled|moves|goes)\b"
)
# Words (lower case) every leg's trigger holds: a sentence without any is not searched for one.
_LEG_WORDS = ("him", "her", "them", "left", "leav", "depart", "visited", "flies", "flew", "fly ", "head", "travel",
              "moves", "goes")  # fmt: skip
_HOST_VISITED = rx(r"\b(?:visit(?:ing|ed)?|visit\s+to|tour\s+of|arrived\s+in|stay\s+in)\s+(?:the\s+)?$", re.I)


def tour_legs(ctx: SentenceContext) -> list[Fact]:
    """Each stop of a traveller's tour named in the sentence, as a visit of the traveller's country: past
    and coming stops at the story's year, a departure for the next stop on the day it names."""
    text = ctx.text
    if ctx.pub is None:
        return []
    toured = ctx.holds("tour", "trip", "journey", "swing") and ctx.holds(
        "began", "start", "opened", "kicked", "end in", "conclude", "finish", "wrap", "close"
    )
    if not toured and (not ctx.holds(*_LEG_WORDS) or not _MAY_NAME_A_LEG.search(text)):
        return []
    legs = _legs(ctx, toured)
    # a tour said to begin or end somewhere is someone's: "Theresa May arrived in Lagos, … a tour that began in …"
    if not legs or (not toured and not PERSON.search(text) and not re.search(r"(?i)\b(?:him|her|he|she|his)\b", text)):
        return []
    traveller = _traveller(ctx, {leg.code for leg in legs})
    if traveller is None:
        return []
    facts = []
    for leg in legs:
        m = ctx.mentions[leg.index]
        # a departure's day ("left Kathmandu for the Maldives on Wednesday"), or the stop's own, right after it
        # ("took him to Beijing on Tuesday and Tokyo on Wednesday")
        day = next(
            (
                d
                for d in ctx.dates
                if d.kind == "day"
                and d.date
                and 0 <= d.start - m.end < 16
                and (leg.departs or not text[m.end : d.start].strip())
            ),
            None,
        )
        when = day.date if day is not None and day.date else PartialDate(ctx.pub.year)
        if leg.coming and day is not None and day.relative and _before(when, ctx.pub):
            # "heads on to New Zealand on Thursday": the Thursday to come, not the one before the story
            ahead = dt.date(when.year, when.month or 1, when.day or 1) + dt.timedelta(days=7)
            when = PartialDate(ahead.year, ahead.month, ahead.day)
        if leg.past and day is not None and _after(when, ctx.pub):
            # a stop the tour "took him to" on a weekday named after a later one ("arrived in Seoul on Thursday, …
            # that took him to Beijing on Tuesday"): the weekday before the story, not the one after the later day
            back = dt.date(when.year, when.month or 1, when.day or 1) - dt.timedelta(days=7)
            when = PartialDate(back.year, back.month, back.day)
        pair = (traveller, leg.code) if traveller <= leg.code else (leg.code, traveller)
        facts.append(
            ctx.fact(
                FactKind.VISIT,
                leg.start,
                day.end if day is not None else m.end,
                pair,
                when=when,
                origin=traveller,
                destination=leg.code,
                basis=None if day is not None else TOUR_STOP,
                confidence=0.6,
            )
        )
    return facts


@dataclass(frozen=True)
class _Leg:
    index: int  # of the mention naming the stop
    code: str
    departs: bool  # "left Kathmandu for …": the leg starts on the day the sentence names
    start: int  # where the words that name it as a stop begin
    past: bool = False  # "had taken him to", "took him to": a stop already made
    coming: bool = False  # "flies to", "heads on to", "will lead him to": a stop still to come


# A next stop told in the present or the future: "flies to", "heads on to", "leaves for", "will lead him to"
_COMING = rx(r"(?i)(?:will|would|is|are|flies|heads|travels|moves|goes|leaves|departs|leaving)\b")


def _before(when: PartialDate, pub: PartialDate) -> bool:
    """Whether a day falls before the story's date."""
    return (when.year, when.month or 0, when.day or 0) < (pub.year, pub.month or 0, pub.day or 0)


def _after(when: PartialDate, pub: PartialDate) -> bool:
    """Whether a day falls after the story's date."""
    return (when.year, when.month or 0, when.day or 0) > (pub.year, pub.month or 12, pub.day or 31)


def _legs(ctx: SentenceContext, toured: bool) -> list[_Leg]:
    text, legs = ctx.text, list[_Leg]()
    for i, m in enumerate(ctx.mentions):
        window = max(0, m.start - 60)
        trigger = _LEG_PAST.search(text, window, m.start) or _LEG_NEXT.search(text, window, m.start)
        if trigger is None and toured:
            reach = max(0, m.start - _TOUR_REACH)
            trigger = _LEG_BEGAN.search(text, reach, m.start) or _LEG_ENDS.search(text, reach, m.start)
        previous = legs[-1] if legs else None
        if trigger is not None and trigger.group(0).rstrip().lower().endswith("visited") and _another_year(ctx):
            trigger = None  # "In 2015 he visited Kazakhstan": a visit of another year, no stop of this tour
        if trigger is not None:
            departs = bool(re.match(r"(?i)lea|left|depart|fl[iey]|will\s+fly|head|trav|move|goes", trigger.group(0)))
            coming = trigger.re is _LEG_NEXT and _COMING.match(trigger.group(0)) is not None
            legs.append(_Leg(i, m.code, departs, trigger.start(), trigger.re in (_LEG_PAST, _LEG_BEGAN), coming))
        elif (
            previous is not None
            and previous.index == i - 1
            and _LIST_ITEM.match(_without_a_day(ctx, ctx.mentions[i - 1].end, m.start))
        ):
            legs.append(_Leg(i, m.code, previous.departs, previous.start, previous.past, previous.coming))
    return legs


def _another_year(ctx: SentenceContext) -> bool:
    return ctx.pub is not None and any(d.date is not None and d.date.year != ctx.pub.year for d in ctx.dates)


def _without_a_day(ctx: SentenceContext, lo: int, hi: int) -> str:
    """The text between two stops, less the day the first is told with ("Beijing on Tuesday and Tokyo")."""
    day = next((d for d in ctx.dates if d.kind == "day" and lo <= d.start and d.end <= hi), None)
    if day is None or ctx.text[lo : day.start].strip():
        return ctx.text[lo:hi]
    return ctx.text[day.end : hi]


def _traveller(ctx: SentenceContext, stops: set[str]) -> str | None:
    """Whose tour it is: of the story's pair, the country that is not the one being visited (named after
    "visit", or the dateline's)."""
    hosts = {m.code for m in ctx.mentions if _HOST_VISITED.search(ctx.text, max(0, m.start - 20), m.start)}
    # "met Japanese Prime Minister Fumio Kishida in Tokyo on Wednesday, … a tour that also took him to …": the
    # capital the traveller is in
    hosts |= {
        m.code
        for m in ctx.mentions
        if m.kind == MentionKind.CAPITAL and IN_BEFORE.search(ctx.text, max(0, m.start - 4), m.start)
    }
    if ctx.dateline_code:
        hosts.add(ctx.dateline_code)
    candidates = [c for c in ctx.pair if c not in stops and c not in hosts]
    return candidates[0] if len(candidates) == 1 and any(c in hosts for c in ctx.pair) else None
