"""High-level visits: who went where and when. The reader, and the visits told with the word "visit" (or
"trip", "tour", "arrived in"); those told without it are in ``unworded_visits.py``, a tour's legs in
``tour_legs.py``, the titles, names and patterns they share in ``visit_parts.py``."""

from __future__ import annotations

import datetime as dt
import re

from app.domain.dates import PartialDate
from app.domain.facts import REPORTED_AS_NEWS, Fact, FactKind, pair_key
from app.domain.frozen import changed
from app.domain.leaders import LEADERS
from app.extract.context import SentenceContext
from app.extract.date_builders import AFTER_STATED, count_of
from app.extract.date_patterns import REPORTED, SAID_AS_IT_HAPPENED
from app.extract.figures import joined
from app.extract.mentions import LIST_JOIN, REGIONS
from app.extract.periods import DateExpr, another_events_year, dates_the_relations, in_a_clause_before
from app.extract.prefilter import rx
from app.extract.tour_legs import tour_legs
from app.extract.unworded_visits import (
    both_met_in_one_capital,
    counterpart_met,
    dateline_visit,
    hosted_visit,
    implied_visit,
    listed_visit,
    official_met_abroad,
    parliament_visit,
    seat_visit,
)
from app.extract.visit_parts import (
    AWAITED,
    ENDED,
    N_DAYS,
    PERSON,
    UNREAL_VISIT,
    destination_of,
    first_of_the_days,
    person_before,
    person_near,
)

# Words (lower case) each VISIT_CUE holds; a sentence without any is not searched for it. "Came to" and "went
# to" are a journey only to a name, in capitals whatever the flags ("came to Vietnam", "went to the UAE"): not to
# a state ("came to power", "came to an agreement") nor to a sum in a currency of letters ("came to US$7.1
# billion", "S$", "RM2.3 billion").
_VISIT_WORDS = ("visit", "trip", "tour", "arriv", "land", "travel", "went", "flew", "came")
VISIT_CUE = rx(
    r"\b(visit(?:s|ed|ing)?\b(?!ors)|trip\s+to|tour(?:ed)?\s+of|toured\s+(?=[A-Z])|arriv(?:ed|es|al|ing)\s+in|land(?:ed|s)\s+in|"
    r"travel(?:led|ed|s)?\s+to|state\s+visit|(?:went|flew|came)\s+to\s+(?-i:(?=(?:the\s+)?[A-Z](?:[a-z]|[A-Z]*\b(?!\$)))))",
    re.I,
)
# Visits in general, not one visit: "several visits by officials", "an exchange of visits".
_GENERIC_VISITS = rx(
    r"\b(?:several|many|frequent|mutual|regular|numerous|reciprocal|high[- ]level|exchange\s+of|series\s+of)\s+"
    r"(?:\w+\s+)?visits\b|\bvisits\s+(?:by|of|between)\b|\bvisitors?\b|\bin\s+recent\s+(?:months|years)\b",
    re.I,
)
# A visit to a place of worship or memory, not to a country: "visits to the Yasukuni Shrine".
_SITE_VISIT = rx(
    r"\bvisit(?:s|ed|ing)?\s+(?:to\s+)?(?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,4}"
    r"(?:Shrine|Temple|Pagoda|Mosque|Cathedral|Church|Memorial|Cemetery|Mausoleum|Museum|Monument|Tomb|Park|Zoo)s?\b"
    # an embassy visited is a mission in the city one is in: "visited the Vietnamese embassy in Santiago"
    r"|\bvisit(?:s|ed|ing)?\s+(?:to\s+)?(?:the|its|his|her|their)\s+(?:[A-Z][\w’'-]+\s+){0,3}(?:[Ee]mbass(?:y|ies)|"
    r"[Cc]onsulate(?:\s+[Gg]eneral)?)\b"
)
# A visitor from business or civil society is no high-level visit: "board chairman of the Japanese Council
# for the Promotion of International Trade … during his visit in Beijing".
_NOT_OFFICIAL = rx(
    # (not a role someone was given: "the inauguration of Dilma Rousseff as president of the New Development Bank")
    r"(?<!\bas\s)\b(?:chairman|chairwoman|chair|president|head|director|CEO|chief\s+executive|secretary[- ]general|"
    r"founder)"
    r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:Council|Chamber|Association|Federation|Company|Corporation|"
    r"Group|Bank|University|Institute|Foundation|Society|Club|Business|Enterprises?|Industr(?:y|ies)|Co\.|Ltd|Inc)\b",
)
_TOURISTS = rx(
    r"\b(?:tourists?|tourism|travell?ers|holidaymakers|visitors|arrivals|passengers|pilgrims|students|fans|"
    # people who came to live or work: "The first Japanese immigrants arrived in Peru in 1899"
    r"(?:im|e)?migrants|settlers|workers|labou?rers|refugees)\b[^,;.]{0,25}$",
    re.I,
)
# A dated visit that did not take place, or is only wished for (a visit scheduled for a date still counts).
_CALLED_OFF = rx(
    r"\b(?:intend\w*|postpon\w*|cancel\w*|call(?:ed)?\s+off|put\s+off|scrapped|shelved|hopes?\s+to|"
    r"plans?\s+to|wants?\s+to|wish\w*\s+to|invited\s+(?:\w+\s+){0,5}?to\s+(?:visit|make|pay))\b",
    re.I,
)
# The plan put off before the visit was made: "arrived …, after postponing the trip in March", "after having postponed
# it twice", "a state visit that had been postponed from September".
_PUT_OFF_BEFORE = rx(
    r"\b(?:after|following|(?:that|which)\s+had\s+been)\s+(?:(?:having|twice|once|repeatedly)\s+)*$", re.I
)


def _plans(text: str, start: int) -> tuple[bool, list[tuple[int, int]]]:
    """Of a visit told from ``start`` on, one scan: whether it was called off or only intended, and the clauses
    telling an earlier plan that was put off before it was made (their dates are the plan's, not the visit's)."""
    called_off = False
    put_off: list[tuple[int, int]] = []
    for m in _CALLED_OFF.finditer(text, start):
        if _PUT_OFF_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None:
            called_off = True
        else:
            end = _CLAUSE_END.search(text, m.end())
            put_off.append((m.start(), end.start() if end else len(text)))
    return called_off, put_off


_CLAUSE_END = rx(r"[,;.]")


# A visit only expected or possible: counted when it is fixed to a day ("is expected to arrive on Monday"),
# as a scheduled visit is, and not otherwise ("is expected to visit Nairobi next year").
_ONLY_EXPECTED = rx(
    r"\b(?:" + AWAITED + r"\s+to|(?:could|(?-i:may)|might)(?:\s+\w+)?)\s+(?:\w+\s+){0,2}?$",
    re.I,
)
# A visit told in the future ("will pay a state visit to India later this year", "is to visit Japan next year"):
# none yet unless its month is fixed ("will visit Mexico next month" is, as the house style dates visits by their
# month). Not "This will be the second visit for Howard": the future of a visit going on.
_TOLD_TO_COME = rx(
    r"\b(?:will|shall|(?:is|are)\s+to)\s+(?:(?:also|soon|then|later|again|first)\s+)?"
    r"(?:(?:pay|make|go|fly|head|undertake|embark)\w*\s+(?:\w+\s+){0,2}?)?$",
    re.I,
)
# The clause of an earlier event a visit is the first since: "his first since the country switched diplomatic
# recognition from Taipei to Beijing in 2019" (not past "and" or another visit: "partners since 1990 and President
# Boric visited Peru in 2019").
_SINCE_CLAUSE = rx(r"\bsince\b(?:(?!\b(?:and|but|visit\w*|arriv\w*|travel\w*)\b)[^,;]){0,90}$", re.I)
_NOT_VISIT_DATE = rx(r"\b(since|until|by|term|period|for\s+the\s+period)\s*$", re.I)
# A date of another event in the same sentence: "which entered into force on 5 July 2020".
_OTHER_EVENT_BEFORE = rx(
    r"\b(into\s+(?:force|effect)|took\s+effect|signed|established|founded|ratified|in\s+force\s+since)\b[^,;.]{0,12}$",
    re.I,
)

# The guest present at the event dated before, his visit told by a relative clause: "… in the presence of Prime Minister
# Srettha Thavisin, who was on an official visit to Sri Lanka", "witnessed by …, who was paying a state visit".
_PRESENT_AT = rx(
    r"\b(?:in\s+the\s+presence\s+of|witnessed\s+by|attended\s+by)\s[^.;]{0,120}?\bwho\s+(?:was|is|were|are)\s+"
    r"(?:on|paying|making)\b",
    re.I,
)


# A visit said after its word to be only planned, prepared or talked of: "a visit by the Chinese premier was being
# planned", "the visit to Peru is under consideration", "a trip to Japan has been proposed".
_BEING_PLANNED = rx(
    r"[^.;,]{0,60}?\b(?:is|was|are|were|has\s+been|had\s+been|remains?)\s+(?:still\s+|now\s+)?(?:being\s+)?"
    r"(?:planned|prepared|arranged|proposed|considered|discussed|mooted|under\s+(?:consideration|discussion|preparation))\b",
    re.I,
)
_TO_A_REGION = rx(r"\s*(?:to\s+)?" + REGIONS + r"\b")


def read_visits(ctx: SentenceContext) -> list[Fact]:
    """High-level visits, with who went where and when; the legs of a tour each with their own pair."""
    legs = tour_legs(ctx)
    found = _visits(ctx, {leg.countries for leg in legs})
    return found + legs


def _visits(ctx: SentenceContext, leg_pairs: set[tuple[str, str]]) -> list[Fact]:
    cue = ctx.search(VISIT_CUE, *_VISIT_WORDS)
    if cue is None:
        return (
            implied_visit(ctx)
            or dateline_visit(ctx)
            or seat_visit(ctx)
            or hosted_visit(ctx)
            or both_met_in_one_capital(ctx)
            or counterpart_met(ctx)
            or listed_visit(ctx)
            or official_met_abroad(ctx)
            or parliament_visit(ctx)
        )
    if _SITE_VISIT.search(ctx.text) or _NOT_OFFICIAL.search(ctx.text) or _TO_A_REGION.match(ctx.text, cue.end()):
        return []  # a shrine's, a business leader's, or a journey to a region ("visited Asia", "toured Africa")
    if _TOURISTS.search(ctx.text, max(0, cue.start() - 40), cue.start()):
        return []  # "Japanese tourists visiting the Philippines": travel, not a visit of state
    if _BEING_PLANNED.match(ctx.text, cue.end()):
        return []  # "a visit by the Chinese premier was being planned": none yet
    called_off, put_off = _plans(ctx.text, max(0, cue.start() - 60))
    dates = [d for d in _visit_dates(ctx, cue) if not any(lo <= d.start < hi for lo, hi in put_off)]
    merged = _one_date_a_visit(ctx.text, dates)  # (not the plan's: "after postponing the trip in March")
    pair = ctx.pair_for()
    if pair is not None and leg_pairs and not set(pair) <= set(ctx.pair):
        pair = ctx.pair  # a sentence naming the next stops of a tour: its own visit is the story's
    pair = _the_visitors(ctx, cue, pair)
    if pair is None:
        return []
    if not merged:
        return _with_the_other_stops(ctx, cue, pair, _undated_visit(ctx, cue, pair))
    if called_off:
        return []  # "had intended to make a state visit in June, but the trip was postponed"
    if _ONLY_EXPECTED.search(ctx.text, max(0, cue.start() - 40), cue.start()) and not any(
        d.date is not None and d.date.day is not None for d in merged
    ):
        return []  # "is expected to visit Nairobi next year": no visit yet, nor one fixed to a day
    if _TOLD_TO_COME.search(ctx.text, max(0, cue.start() - 40), cue.start()) and not any(
        d.date is not None and d.date.month is not None for d in merged
    ):
        return []  # "will pay a state visit to India later this year": none yet, nor one fixed to a month
    return _with_the_other_stops(
        ctx, cue, pair, [_dated_visit(ctx, cue, pair, d, alone=len(merged) == 1) for d in merged]
    )


_STOP_AFTER_CUE = rx(r"\s*(?:to\s+)?(?:the\s+)?$")
ONE_OF_THE_STOPS = "one of a list of countries visited"
# Between a visitor's country and the titled name: "Japanese Prime Minister Fumio Kishida", "Japan's Prime Minister".
_VISITORS_COUNTRY = rx(r"(?:['’]s)?\s+")


def _the_visitors(ctx: SentenceContext, cue: re.Match[str], pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """``pair``, or the visitor's country and the first country visited, when the visitor's country is named with
    their title (or the visitor is a leader ``leaders`` knows) and is not of ``pair``: "Japanese Prime Minister Fumio
    Kishida began a tour of Vietnam, Laos and Cambodia" is Japan's visit to each (the story's pair, two of the
    stops, visited neither)."""
    people = [m for m in PERSON.finditer(ctx.text) if m.end() <= cue.start() and cue.start() - m.end() <= 100]
    if not people:
        return pair
    person = people[-1]
    visitor = next(
        (
            m.code
            for m in ctx.mentions
            if m.end <= person.start() and _VISITORS_COUNTRY.fullmatch(ctx.text, m.end, person.start())
        ),
        LEADERS.get(" ".join(person.group("name").split())),  # "President Xi Jinping": his country, as leaders know
    )
    stops, _end = _stops(ctx, cue)
    if visitor is None or (pair is not None and visitor in pair) or not stops or visitor in stops:
        return pair
    return pair_key(visitor, stops[0])


def _stops(ctx: SentenceContext, cue: re.Match[str]) -> tuple[list[str], int]:
    """The countries the visit word names as visited, in order ("visited Peru and Chile", "a tour of Laos, Cambodia
    and Thailand"), and where their list ends."""
    stops: list[str] = []
    end = cue.end()
    for m in ctx.mentions:
        if m.start < cue.end():
            continue
        if not (_STOP_AFTER_CUE if not stops else LIST_JOIN).fullmatch(ctx.text, end, m.start):
            break
        stops.append(m.code)
        end = m.end
    return stops, end


def _with_the_other_stops(
    ctx: SentenceContext, cue: re.Match[str], pair: tuple[str, str], visits: list[Fact]
) -> list[Fact]:
    """``visits`` (of the story's ``pair``), and one more for each other country of a list the visit word
    names as the places visited: "visited Peru and Chile", "a tour of Laos, Cambodia and Thailand" are visits
    of the traveller's country to each. Only when one listed country is of the pair and the traveller, the
    other, is not listed."""
    if len(visits) != 1:
        return visits
    stops, end = _stops(ctx, cue)
    listed = set(stops)
    if len(listed) < 2 or len(listed & set(pair)) != 1:
        return visits
    traveller = next(c for c in pair if c not in listed)
    visit = visits[0]
    if visit.destination is None:  # "visited Peru and Chile": the story's pair is the one listed and the other
        host = next(c for c in pair if c in listed)
        visits = [changed(visit, origin=traveller, destination=host)]
    quote_end = max(visit.end, ctx.sentence.start + end)
    others = [
        changed(
            visit,
            countries=pair_key(traveller, code),
            origin=traveller,
            destination=code,
            end=quote_end,
            quote=ctx.article_text[visit.start : quote_end],
            basis=joined(visit.basis, ONE_OF_THE_STOPS),
        )
        for code in dict.fromkeys(stops)
        if code not in pair
    ]
    return visits + others


# The year a figure is compared with: "a 5 percent increase on 2022", "up 8 percent from 2021"
_A_FIGURES_BASE = rx(
    r"(?:\b(?:increase|rise|growth|decline|decrease|drop|fall|up|down|percent|per\s*cent|pct)|%)\s+"
    r"(?:on|over|from|compared\s+(?:with|to))\s+$",
    re.I,
)


def _visit_dates(ctx: SentenceContext, cue: re.Match[str]) -> list[DateExpr]:
    """The dates of a sentence that can be a visit's: not a range, a period, another event's or an amount's."""
    bound = {(a.start, a.end) for a in ctx.amounts}
    dates: list[DateExpr] = []
    for d in ctx.dates:
        if d.kind == "reported" and d.date is not None and SAID_AS_IT_HAPPENED.fullmatch(ctx.text, d.end, cue.start()):
            dates.append(d)  # "announced on Wednesday during Prime Minister Narendra Modi's visit": that day's
            continue
        if d.date is None or d.kind in ("range", "partial", "reported") or _NOT_VISIT_DATE.search(ctx.text[: d.start]):
            continue
        if _A_FIGURES_BASE.search(ctx.text, max(0, d.start - 30), d.start):
            continue  # "a 5 percent increase on 2022": the year a figure is compared with
        if d.kind == "year" and _MARKS.match(ctx.text, d.end) and not _PREPOSITION_BEFORE.search(ctx.text, 0, d.start):
            continue  # "… and stated that 2023 marks the 65th anniversary": an anniversary's year, the subject
        if d.relative == AFTER_STATED or another_events_year(d):
            continue  # "…, 26 years after the two countries established diplomatic relations": that event's year
        if _SINCE_CLAUSE.search(ctx.text, max(0, d.start - 100), d.start):
            continue  # "his first visit since he assumed power in June 1982": another event's date
        if d.start > cue.end() and _CAME_AFTER.match(ctx.text, cue.end(), d.start):
            continue  # "the visit came a month after Clinton announced on July 11 …": the announcement's day
        if any(abs(d.start - a_end) < 6 for _, a_end in bound):
            continue
        if _OTHER_EVENT_BEFORE.search(ctx.text[max(0, d.start - 40) : d.start]) and not _PRESENT_AT.search(
            ctx.text, d.end, cue.end()
        ):
            continue  # (but "signed on 3 February in the presence of X, who was on an official visit": X's day too)
        if _another_clause(ctx.text, d, cue):
            continue  # "As China overtook … in 2004, it is hopeful …, said X during his visit": not the visit's
        if in_a_clause_before(ctx.text, d, cue.start()) or dates_the_relations(ctx.text, d):
            continue  # "Peru's president, who took office in July 2021, visited …", "set up relations in 1975"
        if d.relative in _STORY_DAYS and REPORTED.search(ctx.text, max(0, d.start - 40), d.start):
            continue  # "…, a government spokesman said today": the report's day, not the visit's
        if (
            d.kind == "year"
            and _THE.search(ctx.text, max(0, d.start - 7), d.start)
            and _A_THINGS.match(ctx.text, d.end)
        ):
            continue  # "the 1974 Land Boundary Agreement": a year naming a thing, not the visit ("the 2019 visit")
        dates.append(d)
    return dates


_THE = rx(r"\b(?:the|a|an|its|their)\s+$", re.I)
# The visit set after (or before) another event, whose day follows: "came less than a month after President Clinton
# announced on July 11", "comes a year after the two countries signed a trade pact on 5 March 2022".
_CAME_AFTER = rx(
    r"[^.;]{0,40}?\b(?:came|comes|come|follows|followed|was\s+made|took\s+place)\s+[^.;]{0,30}?\b(?:after|before)\s",
    re.I,
)
# A year that is the subject of its clause, marking something: "2023 marks the 65th anniversary", "as 2024 marked".
_MARKS = rx(r"\s+(?:marks|marked|will\s+mark|is\s+the|was\s+the)\b", re.I)
_PREPOSITION_BEFORE = rx(r"\b(?:in|during|since|of|by|from|until)\s+$", re.I)
_STORY_DAYS = ("today", "yesterday", "tonight")  # a weekday after a report's verb the date finder marks "reported"
_A_THINGS = rx(r"\s+(?!(?:state\s+|official\s+|working\s+)?(?:visit|trip|tour)\b)[A-Za-z]", re.I)


# The visit's own first day told after a day within it: its arrival ("who arrived in Hanoi on Sunday").
_ARRIVED = rx(r"\b(?:arriv(?:ed|es|ing)|landed|touched\s+down)\b[^,.;]{0,30}$", re.I)


# ... or the day it began: "after a three-day visit to China that began on Monday", "which had started on 12 April".
_WHICH_BEGAN = rx(
    r"\b(?:(?:that|which)\s+(?:had\s+)?(?:began|begun|started|commenced)|beginning|starting)\s+(?:on\s+)?$", re.I
)


# ... or a day of talks after which the visit ended on the day told first: "concluded his official visit to China
# yesterday after talks with Premier Li Qiang … on Monday", "wrapped up a visit …, having held talks … on 10 March".
_VISIT_ENDED = rx(ENDED + r"(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b[^.;]{0,40}$", re.I)
_AFTER_TALKS = rx(
    r"[^.;]{0,20}?\b(?:after|following|having|during\s+which(?:\s+(?:he|she|they))?)\s+(?:(?:held|holding|had)\s+)?"
    r"(?:talks|an?\s+meeting|meetings|met|meeting)\b",
    re.I,
)


def _one_date_a_visit(text: str, dates: list[DateExpr]) -> list[DateExpr]:
    """One date per visit: "May 2019" and "May 5, 2019" are one (the more precise kept); "landed on Saturday
    for talks starting Sunday" are days of one visit, dated by its first, and so are a meeting's day and the
    visit's own days told after it ("met … on November 21, during his visit from November 20 to 22", "held
    talks on Monday with …, who arrived on Sunday"), dated by the visit's first."""
    merged: list[DateExpr] = []
    for d in dates:
        assert d.date is not None
        twin = next((m for m in merged if m.date and (m.date.contains(d.date) or d.date.contains(m.date))), None)
        near = next((m for m in merged if m.date and _days_apart(m.date, d.date) <= 7), None) if twin is None else None
        if near is not None:
            if _the_visits_own_first_day(text, d, near):
                merged[merged.index(near)] = d
            continue
        if twin is None:
            merged.append(d)
        elif twin.date and d.date.precision.value != twin.date.precision.value and twin.date.contains(d.date):
            merged[merged.index(twin)] = d
    return merged


def _the_visits_own_first_day(text: str, d: DateExpr, meeting: DateExpr) -> bool:
    """Whether ``d``, told after ``meeting``, is an earlier day of the same visit that is the visit's own: a
    span of its days holding the meeting's, or the day the visitor arrived."""
    assert d.date is not None and meeting.date is not None
    if d.date.day is None or meeting.date.day is None or meeting.date.month is None or d.date.month is None:
        return False
    if (d.date.year, d.date.month, d.date.day) >= (meeting.date.year, meeting.date.month, meeting.date.day):
        return False
    end = d.end_date
    spans = end is not None and end.day is not None and _days_apart(d.date, end) >= _days_apart(d.date, meeting.date)
    return (
        spans
        or _ARRIVED.search(text, max(0, d.start - 40), d.start) is not None
        or _WHICH_BEGAN.search(text, max(0, d.start - 30), d.start) is not None
        or (
            _VISIT_ENDED.search(text, max(0, meeting.start - 80), meeting.start) is not None
            and _AFTER_TALKS.match(text, meeting.end, d.start) is not None
        )
    )


def _dated_visit(ctx: SentenceContext, cue: re.Match[str], pair: tuple[str, str], d: DateExpr, alone: bool) -> Fact:
    """The visit on date ``d``: the visitor named before it, the quote from the visitor to the date."""
    assert d.date is not None
    person, lo = person_before(ctx, d.start)
    hi = d.end
    closer = re.match(r"[^(]*?\)", ctx.text[hi : hi + 60])
    if closer and "(" in ctx.text[max(0, d.start - 6) : d.start]:
        hi += closer.end()
    if alone:
        lo, hi = min(lo, cue.start()), max(hi, cue.end())
    destination = destination_of(ctx, pair, lo, hi) or destination_of(ctx, pair)
    direction = {}
    if destination:
        direction = {"destination": destination, "origin": pair[1] if pair[0] == destination else pair[0]}
    when, basis = _first_day(ctx, cue, d)
    return ctx.fact(FactKind.VISIT, lo, hi, pair, when=when, person=person, unresolved=None, basis=basis, **direction)


# A visit of so many days ended on the day dated: "wrapped up a two-day state visit to Vietnam on Wednesday".
_ENDED = rx(ENDED + N_DAYS + r"[^,.;]{0,40}$", re.I)
_LENGTH_BEFORE = rx(r"\b" + N_DAYS + r"\s+(?:(?:state|official|working)\s+)?$", re.I)
_WHICH_ENDED = rx(r"[^.;]{0,40}?,?\s*(?:which|that)\s+(?:ended|concluded|wrapped\s+up|finished)\s+(?:on\s+)?", re.I)


# The day dated, told as the n-th of the visit: "on Tuesday, the second day of Xi's state visit to Russia", "on
# Wednesday, on the second day of a four-day visit"; or as its last: "on Monday, the last day of his three-day visit".
_NTH_DAY_WORDS = (
    r"(?:(?:on\s+)?(?:the\s+)?(?P<nth>second|third|fourth|fifth|sixth|seventh|[2-7](?:nd|rd|th)|last|final)\s+"
    # or "at the end of a three-day trip", "at the close of his four-day state visit": its last day
    r"day|at\s+the\s+(?P<end>end|close|conclusion))\s+of\s+[^,.;]{0,40}$"
)
_NTH_DAY = rx(r"\s*,?\s*" + _NTH_DAY_WORDS, re.I)
_LENGTH = rx(N_DAYS, re.I)
# ... or told at the clause's end, what was done that day between: "on Saturday signed 33 agreements … in
# Naypyitaw, on the second day of Xi's state visit"
_NTH_DAY_AFTER = rx(r",\s*" + _NTH_DAY_WORDS, re.I)


def _nth_day(text: str, day_end: int, cue_at: int) -> re.Match[str] | None:
    """The n-th day phrase between a day and the visit's word: right after the day, or after a comma before the word."""
    return _NTH_DAY.fullmatch(text, day_end, cue_at) or _NTH_DAY_AFTER.search(text, day_end, cue_at)


_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}


def _first_day(ctx: SentenceContext, cue: re.Match[str], d: DateExpr) -> tuple[PartialDate, str | None]:
    """The day a visit began: the day dated, or, for a visit of so many days said to end on it, that many days
    less one before, or for a day said to be its n-th, n - 1 days before (a visit is dated by its first day)."""
    assert d.date is not None
    if d.date.month is None or d.date.day is None:
        return d.date, None
    ended = _ENDED.search(ctx.text, max(0, cue.start() - 60), cue.start())
    nth = _nth_day(ctx.text, d.end, cue.start()) if d.end <= cue.start() else None
    # "Li Qiang's four-day visit to Australia, which ended on Tuesday": the length before, the end after
    ended_after = (
        _LENGTH_BEFORE.search(ctx.text, max(0, cue.start() - 30), cue.start())
        if d.start > cue.end() and _WHICH_ENDED.fullmatch(ctx.text, cue.end(), d.start)
        else None
    )
    told = ended or ended_after
    if told is not None:
        n = count_of(told.group("n"))
        how = f"the first day of a {n}-day visit that ended {d.text}"
    elif nth is not None:
        word = (nth.group("nth") or "last").lower()
        if word in ("last", "final"):
            length = _LENGTH.search(nth.group(0))
            if length is None:
                return d.date, None  # the last day of a visit of untold length: the day dated
            n = count_of(length.group("n"))
        else:
            n = _NTH.get(word) or int(word[0])
        day = re.sub(r"^on\s+", "", d.text, flags=re.I)  # a weekday's match holds its "on"
        how = f"{n - 1} day{'s' if n > 2 else ''} before {day}, the {word} day of the visit"
    else:
        return d.date, None
    return first_of_the_days(d.date, n), how


_CLAUSE_BOUNDARY = rx(
    r",\s+(?:it|he|she|they|we|said|says|according)\b|\b(?:as|while|when|because|whereas)\s+(?:he|she|it|they|we)\s+\w+"
)


def _another_clause(text: str, d: DateExpr, cue: re.Match[str]) -> bool:
    """A date some words from the visit word, with a clause of its own verb between them."""
    lo, hi = (d.end, cue.start()) if d.end <= cue.start() else (cue.end(), d.start)
    return hi - lo > 40 and bool(_CLAUSE_BOUNDARY.search(text, lo, hi))


def _days_apart(a: PartialDate, b: PartialDate) -> int:
    if a.day is None or b.day is None or a.month is None or b.month is None:
        return 10_000
    return abs((dt.date(a.year, a.month, a.day) - dt.date(b.year, b.month, b.day)).days)


def _undated_visit(ctx: SentenceContext, cue: re.Match[str], pair: tuple[str, str]) -> list[Fact]:
    """ "the visiting Polish leader", "is on an official visit": a visit the story reports as news takes the
    story's date (its publication date or dateline) at the precision it has: the story is told during the
    visit or right after it."""
    text = ctx.text
    if ctx.pub is None or _GENERIC_VISITS.search(text):
        return []
    if ctx.pub.month is None and not _ARRIVED_FOR_A_VISIT.search(text):
        return []  # a story dated to the year only: a visit told plainly as the day's news, or none
    if not ctx.mentions and not PERSON.search(text):
        return []  # a heading ("High Level Visits") or talk of visits in general: no one, nowhere
    if UNREAL_VISIT.search(text[max(0, cue.start() - 50) : cue.end() + 10]):
        return []
    if _TO_COME.search(text, max(0, cue.start() - 30), cue.start()):
        return []  # "THATCHER TO VISIT MEXICO", "will visit the US": a visit to come, its day not the story's
    if re.search(r"\b(?:first|last|previous|earlier|past)\s+(?:\w+\s+)?visit", text, re.I) and any(
        d.kind != "reported" and not (d.kind == "day" and d.relative) for d in ctx.dates
    ):
        # "his first visit since 1982", "the last visit, in 2015": another, dated visit ("on his first visit …,
        # announced on Saturday" dates the announcement only: the visit is the story's)
        return []
    person, lo = person_near(ctx, cue.start())
    destination = destination_of(ctx, pair)
    direction = {}
    if destination:
        direction = {"destination": destination, "origin": pair[1] if pair[0] == destination else pair[0]}
    return [
        ctx.fact(
            FactKind.VISIT,
            min(lo, cue.start()),
            max(cue.end(), lo),
            pair,
            when=ctx.pub,
            person=person,
            basis=f"{REPORTED_AS_NEWS}: the story's date",
            confidence=0.6,
            **direction,
        )
    ]


# A visit still to come: "to visit", "will visit", "is to pay a state visit", "is due to travel to".
_TO_COME = rx(
    r"\b(?:to|will|shall)\s+(?:(?:also|soon|then|pay|make|undertake|begin|start)\s+){0,2}(?:an?\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)


# "who arrived here yesterday for a two-day working visit", "is in Jakarta on a three-day state visit"
_ARRIVED_FOR_A_VISIT = rx(
    r"\b(?:arrived|arrives|is|are)\s+(?:here|in\s+[A-Z][\w-]+)\s+(?:\w+\s+){0,2}?(?:for|on)\s+(?:a|an|his|her)\s+"
    r"(?:[\w-]+\s+){0,3}?visit\b",
    re.I,
)
