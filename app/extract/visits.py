"""High-level visits: who went where and when, told with the word "visit" or without it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.domain.countries import MentionKind, in_its_time
from app.domain.dates import PartialDate
from app.domain.facts import REPORTED_AS_NEWS, Fact, FactKind
from app.extract.context import SentenceContext
from app.extract.periods import DateExpr
from app.extract.prefilter import rx

# Words (lower case) each VISIT_CUE holds; a sentence without any is not searched for it.
_VISIT_WORDS = ("visit", "trip", "tour", "arriv", "land", "travel", "went", "flew", "came")
VISIT_CUE = rx(
    r"\b(visit(?:s|ed|ing)?\b(?!ors)|trip\s+to|tour(?:ed)?\s+of|toured\s+(?=[A-Z])|arriv(?:ed|es|al|ing)\s+in|land(?:ed|s)\s+in|"
    r"travel(?:led|ed|s)?\s+to|state\s+visit|(?:went|flew|came)\s+to\s+(?=[A-Z]))",
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
)
# A visitor from business or civil society is no high-level visit: "board chairman of the Japanese Council
# for the Promotion of International Trade … during his visit in Beijing".
_NOT_OFFICIAL = rx(
    r"\b(?:chairman|chairwoman|chair|president|head|director|CEO|chief\s+executive|secretary[- ]general|founder)"
    r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:Council|Chamber|Association|Federation|Company|Corporation|"
    r"Group|Bank|University|Institute|Foundation|Society|Club|Business|Enterprises?|Industr(?:y|ies)|Co\.|Ltd|Inc)\b",
)
_TOURISTS = rx(
    r"\b(?:tourists?|tourism|travell?ers|holidaymakers|visitors|arrivals|passengers|pilgrims|students|fans)\b[^,;.]{0,25}$",
    re.I,
)
# A visit that did not happen, or not yet: "had intended to make a state visit", "postponed his visit".
_UNREAL_VISIT = rx(
    r"\b(?:intend\w*|postpon\w*|cancel\w*|call(?:ed)?\s+off|invit\w+|would|could|might|may|hopes?\s+to|"
    r"plans?\s+to|expected\s+to|future|next\s+year|possible)\b",
    re.I,
)
# A dated visit that did not take place, or is only wished for (a visit scheduled for a date still counts).
_CALLED_OFF = rx(
    r"\b(?:intend\w*|postpon\w*|cancel\w*|call(?:ed)?\s+off|put\s+off|scrapped|shelved|hopes?\s+to|"
    r"plans?\s+to|wants?\s+to|wish\w*\s+to|invited\s+(?:\w+\s+){1,5}?to\s+(?:visit|make|pay))\b",
    re.I,
)
# Talks that put a foreign leader in the dateline's capital: "President Reagan today had talks with Kenyan
# President Daniel Arap Moi" (WASHINGTON), "signed by ... and Foreign Minister Vahit Halefoglu".
_MEETING = rx(
    r"\b(?:talks\b|"
    r"met\s+(?:with\s+)?|meeting\s+(?:with|between)|conferred\s+with|signed\s+by|"
    r"(?:interaction|discussions?|consultations?|parleys?)\s+with|called\s+on|courtesy\s+call|"
    r"signed\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?(?:agreement|accord|declaration|treaty|protocol)s?)",
    re.I,
)
TITLE = (
    r"(?:State\s+|Acting\s+|Vice\s+|Deputy\s+|Standing\s+Deputy\s+|Foreign\s+|Prime\s+|General\s+)*"
    r"(?:President|Prime\s+Minister|Premier|Chairman|Chairwoman|Chair|Minister(?:s)?(?:\s+of\s+[A-Z]\w+"
    r"(?:\s+(?:and\s+)?[A-Z]\w+)*)?|King|Queen|Emperor|Empress|Prince|Princess|Chancellor|Secretary(?:\s+of\s+"
    r"State)?|Speaker|Governor|Envoy|Mayor|EAM|Party\s+(?:Chief|General\s+Secretary))"
)
_PERSON = rx(TITLE + r"\s+(?P<name>(?:[A-Z][\w\u00C0-\u1EF9’'.-]+\s*){1,5})")
_LISTED_NAME = rx(
    r"[,;]\s*(?:and\s+)?(?P<name>(?:[A-Z][\w\u00C0-\u1EF9’'.-]+\s+){1,4}[A-Z][\w\u00C0-\u1EF9’'.-]+)\s*\(\s*(?:in|on)?\s*$"
)
_NOT_VISIT_DATE = rx(r"\b(since|until|by|term|period|for\s+the\s+period)\s*$", re.I)
# A date of another event in the same sentence: "which entered into force on 5 July 2020".
_OTHER_EVENT_BEFORE = rx(
    r"\b(into\s+(?:force|effect)|took\s+effect|signed|established|founded|ratified|in\s+force\s+since)\b[^,;.]{0,12}$",
    re.I,
)
_LEADER = (
    r"\s+(?:Acting\s+|Vice\s+|Deputy\s+)*(?:President|Prime\s+Minister|King|Queen|"
    r"Emperor|Princess|Prince|Chancellor|Premier|Foreign\s+Minister)\b"
)
_IMPLIED_LEADER = rx(_LEADER)  # after a demonym: "Brazilian President Lula"
_POSSESSIVE_LEADER = rx(r"['’]s" + _LEADER)  # after a name: "Vietnam's Prime Minister"


def read_visits(ctx: SentenceContext) -> list[Fact]:
    """High-level visits, with who went where and when; the legs of a tour each with their own pair."""
    legs = _tour_legs(ctx)
    found = _visits(ctx, {leg.countries for leg in legs})
    return found + legs


def _visits(ctx: SentenceContext, leg_pairs: set[tuple[str, str]]) -> list[Fact]:
    cue = ctx.search(VISIT_CUE, *_VISIT_WORDS)
    if cue is None:
        return _implied_visit(ctx) or _dateline_visit(ctx) or _seat_visit(ctx) or _hosted_visit(ctx)
    if _SITE_VISIT.search(ctx.text) or _NOT_OFFICIAL.search(ctx.text):
        return []
    if _TOURISTS.search(ctx.text, max(0, cue.start() - 40), cue.start()):
        return []  # "Japanese tourists visiting the Philippines": travel, not a visit of state
    merged = _one_date_a_visit(_visit_dates(ctx, cue))
    pair = ctx.pair_for()
    if pair is not None and leg_pairs and not set(pair) <= set(ctx.pair):
        pair = ctx.pair  # a sentence naming the next stops of a tour: its own visit is the story's
    if pair is None:
        return []
    if not merged:
        return _undated_visit(ctx, cue, pair)
    if _CALLED_OFF.search(ctx.text, max(0, cue.start() - 60)):
        return []  # "had intended to make a state visit in June, but the trip was postponed"
    return [_dated_visit(ctx, cue, pair, d, alone=len(merged) == 1) for d in merged]


def _visit_dates(ctx: SentenceContext, cue: re.Match[str]) -> list[DateExpr]:
    """The dates of a sentence that can be a visit's: not a range, a period, another event's or an amount's."""
    bound = {(a.start, a.end) for a in ctx.amounts}
    dates: list[DateExpr] = []
    for d in ctx.dates:
        if d.date is None or d.kind in ("range", "partial", "reported") or _NOT_VISIT_DATE.search(ctx.text[: d.start]):
            continue
        if re.search(r"\bsince\b[^,;]{0,40}$", ctx.text[: d.start], re.I):
            continue  # "his first visit since he assumed power in June 1982": another event's date
        if any(abs(d.start - a_end) < 6 for _, a_end in bound):
            continue
        if _OTHER_EVENT_BEFORE.search(ctx.text[max(0, d.start - 40) : d.start]):
            continue
        if _another_clause(ctx.text, d, cue):
            continue  # "As China overtook … in 2004, it is hopeful …, said X during his visit": not the visit's
        dates.append(d)
    return dates


def _one_date_a_visit(dates: list[DateExpr]) -> list[DateExpr]:
    """One date per visit: "May 2019" and "May 5, 2019" are one (the more precise kept); "landed on Saturday
    for talks starting Sunday" are days of one visit, dated by its first."""
    merged: list[DateExpr] = []
    for d in dates:
        assert d.date is not None
        twin = next((m for m in merged if m.date and (m.date.contains(d.date) or d.date.contains(m.date))), None)
        if twin is None and any(_days_apart(m.date, d.date) <= 7 for m in merged if m.date):
            continue
        if twin is None:
            merged.append(d)
        elif twin.date and d.date.precision.value != twin.date.precision.value and twin.date.contains(d.date):
            merged[merged.index(twin)] = d
    return merged


def _dated_visit(ctx: SentenceContext, cue: re.Match[str], pair: tuple[str, str], d: DateExpr, alone: bool) -> Fact:
    """The visit on date ``d``: the visitor named before it, the quote from the visitor to the date."""
    assert d.date is not None
    person, lo = _person_before(ctx, d.start)
    hi = d.end
    closer = re.match(r"[^(]*?\)", ctx.text[hi : hi + 60])
    if closer and "(" in ctx.text[max(0, d.start - 6) : d.start]:
        hi += closer.end()
    if alone:
        lo, hi = min(lo, cue.start()), max(hi, cue.end())
    destination = _destination(ctx, pair)
    direction = {}
    if destination:
        direction = {"destination": destination, "origin": pair[1] if pair[0] == destination else pair[0]}
    return ctx.fact(FactKind.VISIT, lo, hi, pair, when=d.date, person=person, unresolved=None, **direction)


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
    if not ctx.mentions and not _PERSON.search(text):
        return []  # a heading ("High Level Visits") or talk of visits in general: no one, nowhere
    if _UNREAL_VISIT.search(text[max(0, cue.start() - 50) : cue.end() + 10]):
        return []
    if re.search(r"\b(?:first|last|previous|earlier|past)\s+(?:\w+\s+)?visit", text, re.I) and ctx.dates:
        return []  # "his first visit since 1982", "the last visit, in 2015": another, dated visit
    person, lo = _person_near(ctx, cue.start())
    destination = _destination(ctx, pair)
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


_NAMED_SUBJECT = rx(
    r"\W*(?P<name>[A-Z][\w\u00C0-\u1EF9’'-]+(?:\s+[A-Z][\w\u00C0-\u1EF9’'-]+){0,2})\s+"
    r"(?:told|said|says|arrived|left|met|held|is|was|will|has|had|ended|began|concluded)\b"
)
# "who arrived here yesterday for a two-day working visit", "is in Jakarta on a three-day state visit"
_ARRIVED_FOR_A_VISIT = rx(
    r"\b(?:arrived|arrives|is|are)\s+(?:here|in\s+[A-Z][\w-]+)\s+(?:\w+\s+){0,2}?(?:for|on)\s+(?:a|an|his|her)\s+"
    r"(?:[\w-]+\s+){0,3}?visit\b",
    re.I,
)


def _person_near(ctx: SentenceContext, pos: int) -> tuple[str | None, int]:
    """The titled person nearest a visit word: "the visit of U.S. Secretary of State George Shultz"."""
    found = list(_PERSON.finditer(ctx.text))
    if not found:
        # "Garcia told a press conference at the end of an official two-day visit": a name as the subject
        subject = _NAMED_SUBJECT.match(ctx.text)
        if subject is not None and not any(m.start < subject.end() for m in ctx.mentions):
            return subject.group("name"), subject.start("name")
        return None, pos
    # The visitor is the subject before the visit word ("Prime Minister John Howard, who arrived here … for
    # a working visit, will meet President Soeharto"), else the titled name right after it.
    before = [m for m in found if m.end() <= pos and pos - m.end() <= 100]
    if before:
        return _name(before[-1].group(0)), before[-1].start()
    best = min(found, key=lambda m: min(abs(m.start() - pos), abs(m.end() - pos)))
    if min(abs(best.start() - pos), abs(best.end() - pos)) > 60:
        return None, pos
    return _name(best.group(0)), best.start()


def _whole_sentence_visit(
    ctx: SentenceContext,
    pair: tuple[str, str],
    guest: str,
    host: str,
    person: str | None,
    basis: str,
    confidence: float = 0.55,
) -> list[Fact]:
    """A visit the sentence implies without the word: quoted whole, on the day it names or the story's month."""
    when = _day_or_story_month(ctx)
    if when is None:
        return []
    return [
        ctx.fact(
            FactKind.VISIT,
            0,
            len(ctx.text),
            pair,
            when=when,
            person=person,
            origin=guest,
            destination=host,
            basis=basis,
            confidence=confidence,
        )
    ]


def _day_or_story_month(ctx: SentenceContext) -> PartialDate | None:
    """When an implied visit happened: the day the sentence names, else the story's month."""
    day = next((d.date for d in ctx.dates if d.kind == "day" and d.date), None)
    if day is not None:
        return day
    return PartialDate(ctx.pub.year, ctx.pub.month) if ctx.pub is not None and ctx.pub.month is not None else None


def _dateline_visit(ctx: SentenceContext) -> list[Fact]:
    """A foreign official in talks, or signing, in the story's dateline capital is visiting it."""
    host = ctx.dateline_code
    text = ctx.text
    pair = ctx.pair_for()
    if host is None or pair is None or host not in pair or ctx.pub is None or ctx.pub.month is None:
        return []
    meeting = _MEETING.search(text)
    if meeting is None or _UNREAL_VISIT.search(text[max(0, meeting.start() - 40) : meeting.start()]):
        return []
    guest = pair[1] if pair[0] == host else pair[0]
    guest_named = [m for m in ctx.mentions if m.code == guest]
    apposed = next((official for m in guest_named if (official := _apposed_official(text, m.start))), None)
    if apposed is not None:  # "Rajendra Mahato, Nepal's Commerce Minister, here on Wednesday"
        return _whole_sentence_visit(ctx, pair, guest, host, apposed, "implied: talks in the dateline's capital", 0.5)
    persons = list(_PERSON.finditer(text))
    if not persons:
        return []  # "the two countries signed": no one is said to have travelled
    # The guest's official: "Kenyan President Daniel Arap Moi", "Anibal Cavaco Silva of Portugal".
    theirs = [
        p for p in persons if any(0 <= p.start() - m.end <= 2 or 0 <= m.start - p.end() <= 4 for m in guest_named)
    ]
    person = " ".join(theirs[0].group(0).split()) if theirs else None
    if not theirs:  # "Anibal Cavaco Silva of Portugal": a name and the guest's country, without a title
        named_of = [
            found
            for m in guest_named
            if (
                found := re.search(
                    r"((?:[A-Z][\w’'.-]+\s+){1,4})of\s+(?:the\s+)?$", text[max(0, m.start - 60) : m.start]
                )
            )
        ]
        if named_of:
            person = named_of[0].group(1).strip()
        elif len(persons) < 2:
            return []
    if any(
        0 <= m.start - meeting.end() < 30 and re.search(r"\bin\s+$", text[max(0, m.start - 4) : m.start])
        for m in guest_named
    ):
        return []  # "talks in Nairobi": held in the guest's own country
    return _whole_sentence_visit(
        ctx, pair, guest, host, person, "implied: talks in the dateline's capital", confidence=0.5
    )


_APPOSED = rx(r"(?P<name>(?:[A-Z][\w\u00C0-\u1EF9’'.-]+\s+){1,3}[A-Z][\w\u00C0-\u1EF9’'.-]+),\s+(?:the\s+)?$")


def _apposed_official(text: str, country_at: int) -> str | None:
    """The name before "…, Nepal's Commerce Minister": an official named, then described by country and title."""
    title = re.match(r"[\w\u00C0-\u1EF9]*['’]{1,2}s?\s+(?:[A-Z][\w-]+\s+){0,4}?" + TITLE + r"\b", text[country_at:])
    if title is None:
        return None
    named = _APPOSED.search(text, max(0, country_at - 60), country_at)
    return named.group("name") if named else None


# Where a head of state or government receives guests: a meeting there puts the guest in that country.
_SEATS = {
    "GBR": r"(?:10|No\.?\s*10|Number\s+10)\s+Downing\s+Street|Downing\s+Street|Chequers",
    "FRA": r"(?:the\s+)?[ÉE]lys[ée]e(?:\s+Palace)?|H[ôo]tel\s+(?:de\s+)?Matignon",
    "RUS": r"(?:the\s+)?Kremlin",
    "USA": r"(?:the\s+)?White\s+House|Camp\s+David|Oval\s+Office",
    "CHN": r"(?:the\s+)?Great\s+Hall\s+of\s+the\s+People|Zhongnanhai|Diaoyutai",
    "ARG": r"(?:the\s+)?Casa\s+Rosada",
    "KOR": r"(?:the\s+)?(?:Blue\s+House|Cheong\s+Wa\s+Dae)",
    "IND": r"Rashtrapati\s+Bhavan|Hyderabad\s+House",
    "BRA": r"(?:the\s+)?(?:Planalto|Alvorada)(?:\s+Palace)?|Pal[áa]cio\s+do\s+(?:Planalto|Itamaraty)",
    "MEX": r"Los\s+Pinos|Palacio\s+Nacional",
    "ITA": r"(?:the\s+)?Quirinal(?:e)?(?:\s+Palace)?|Palazzo\s+Chigi",
    "DEU": r"Bellevue\s+Palace|Schloss\s+Bellevue",
    "JPN": r"(?:the\s+)?Kantei|Akasaka\s+Palace",
    "ESP": r"(?:the\s+)?(?:Moncloa|Zarzuela)(?:\s+Palace)?",
    "PHL": r"Malaca[ñn]ang(?:\s+Palace)?",
    "KAZ": r"Ak\s*orda",
    "NGA": r"Aso\s+(?:Rock|Villa)",
    "ZAF": r"(?:the\s+)?Union\s+Buildings",
    "IDN": r"(?:Merdeka|Bogor)\s+Palace",
    "VEN": r"Miraflores(?:\s+Palace)?",
    "CHL": r"(?:the\s+)?(?:La\s+)?Moneda\s+Palace|Palacio\s+de\s+La\s+Moneda",
    "COL": r"Casa\s+de\s+Nari[ñn]o",
    "CAN": r"Rideau\s+Hall",
    "TUR": r"Be[şs]tepe|Dolmabah[çc]e",
    "SAU": r"Al[- ]Yamamah\s+Palace",
}
_SEAT = rx(r"\b(?:at|in|to)\s+(?:" + "|".join(f"(?P<{c}>{p})" for c, p in _SEATS.items()) + r")")
_HOSTED = rx(r"\b(?:talks\b|met\b|meeting\s+(?:with|between)|received|welcomed|hosted|greeted)", re.I)


def _seat_visit(ctx: SentenceContext) -> list[Fact]:
    """ "Premier Li held talks with Prime Minister Cameron at 10 Downing Street on Tuesday": a guest at the
    host's seat of government is visiting the host's country."""
    text = ctx.text
    # the cheaper tests first: most sentences hold no meeting
    meeting = ctx.search(_HOSTED, "talks", "met", "meeting", *_RECEIVED)
    seat = _SEAT.search(text) if meeting else None
    pair = ctx.pair_for()
    if seat is None or meeting is None or pair is None or seat.lastgroup is None:
        return []
    host = seat.lastgroup if ctx.pub is None else in_its_time(seat.lastgroup, ctx.pub.year)
    if host not in pair or _UNREAL_VISIT.search(text[max(0, meeting.start() - 40) : meeting.start()]):
        return []
    guest = pair[1] if pair[0] == host else pair[0]
    guest_named = [m for m in ctx.mentions if m.code == guest]
    if not guest_named:
        return []  # no one of the other country is said to be there
    theirs = [p for p in _PERSON.finditer(text) if any(0 <= p.start() - m.end <= 2 for m in guest_named)]
    person = " ".join(theirs[0].group(0).split()) if theirs else None
    return _whole_sentence_visit(ctx, pair, guest, host, person, f"implied: a meeting at {seat.group(seat.lastgroup)}")


_RECEIVED = ("received", "welcomed", "hosted", "greeted")
_HOSTED_COUNTERPART = rx(
    r"\b(?:hosted|received|welcomed|greeted)\s+(?:his|her|their|the\s+visiting)\s+(?P<guest>[A-Z][\w’'-]+)\s+"
    r"(?:counterpart|(?:President|Prime\s+Minister|Premier|Chancellor|Foreign\s+Minister|King|Queen|Emperor)\b)"
)


def _hosted_visit(ctx: SentenceContext) -> list[Fact]:
    """ "President Lula hosted his Portuguese counterpart in Brasilia on Tuesday": the guest visited the host."""
    hosted = ctx.search(_HOSTED_COUNTERPART, *_RECEIVED)
    pair = ctx.pair_for()
    if hosted is None or pair is None or _UNREAL_VISIT.search(ctx.text[max(0, hosted.start() - 40) : hosted.start()]):
        return []
    guest = next((m.code for m in ctx.mentions if m.start == hosted.start("guest")), None)
    if guest not in pair:
        return []
    host = pair[1] if pair[0] == guest else pair[0]
    return _whole_sentence_visit(ctx, pair, guest, host, None, "implied: hosted by the other country's leader")


def _name(written: str) -> str:
    """A titled name as one line, without a possessive: "Prime Minister Pham Minh Chinh's" -> "… Chinh"."""
    return re.split(r"['’]s\b", " ".join(written.split()), maxsplit=1)[0].strip()


def _person_before(ctx: SentenceContext, pos: int) -> tuple[str | None, int]:
    found = [m for m in _PERSON.finditer(ctx.text[:pos])]
    if not found:
        subject = _NAMED_SUBJECT.match(ctx.text)
        if subject is not None and subject.end() <= pos and not any(m.start < subject.end() for m in ctx.mentions):
            return subject.group("name"), subject.start("name")
        start = ctx.text.rfind(",", 0, pos)
        return None, start + 1 if start >= 0 else 0
    last = found[-1]
    # "Ministers Nguyen Co Thach (in 1975), Nguyen Manh Cam (in 1996)": the title is shared down the list,
    # and the visitor of a date is the name listed just before it.
    listed = _LISTED_NAME.search(ctx.text, last.end(), pos)
    if listed is not None:
        return listed.group("name"), listed.start("name")
    return _name(ctx.text[last.start() : last.end()]), last.start()


def _destination(ctx: SentenceContext, pair: tuple[str, str]) -> str | None:
    for m in ctx.mentions:
        before = ctx.text[max(0, m.start - 24) : m.start].lower()
        if m.code in pair and re.search(r"\b(visit|trip|tour|to|in|arrived in)\s+(?:the\s+)?$", before):
            return m.code
    return None


_AMBASSADOR = rx(r"\bambassador\b", re.I)
_IN_BEFORE = rx(r"\bin\s+$")


def _implied_visit(ctx: SentenceContext) -> list[Fact]:
    """ "Brazilian President Lula ... at a seminar in Hanoi on July 10": a leader abroad, on a date."""
    if ctx.search(_AMBASSADOR, "ambassador"):
        return []
    # "Brazilian President Lula", "Vietnam's Prime Minister": a country's leader
    leaders = [
        m
        for m in ctx.mentions
        if (m.kind == MentionKind.DEMONYM and _IMPLIED_LEADER.match(ctx.text[m.end :]))
        or (m.kind == MentionKind.NAME and _POSSESSIVE_LEADER.match(ctx.text[m.end :]))
    ]
    if not leaders:
        return []
    places = [m for m in ctx.mentions if _IN_BEFORE.search(ctx.text[max(0, m.start - 4) : m.start])]
    # on a day, or in a month ("was in Brazil last January"); a year alone is too loose to place a leader
    days = [d for d in ctx.dates if d.kind in ("day", "month") and d.date] if places else []
    for leader in leaders:
        for place in places:
            if place.code == leader.code or place.start < leader.end:
                continue
            pair = ctx.pair_for()
            if pair is None or {leader.code, place.code} != set(pair):
                continue
            when = next((d for d in days if d.start > place.start and d.start - place.end < 30), None)
            if when is None or when.date is None:
                continue
            person = _PERSON.match(ctx.text, leader.end + 1)
            return [
                ctx.fact(
                    FactKind.VISIT,
                    leader.start,
                    when.end,
                    pair,
                    when=when.date,
                    origin=leader.code,
                    destination=place.code,
                    confidence=0.5,
                    person=" ".join(person.group(0).split()) if person else None,
                    basis="implied: a leader in the other country (or its capital) on that date",
                )
            ]
    return []


TOUR_STOP = "a stop of the tour the story tells of: the story's year"
# The legs of a tour: "which had taken him to Pakistan and will lead him to the Maldives, Sri Lanka and
# Thailand", "left Kathmandu for the Maldives on Wednesday".
_LEG_PAST = rx(
    r"\b(?:had|has|have)\s+(?:already\s+)?(?:taken|led|brought)\s+(?:him|her|them)\s+to\s+(?:the\s+)?$", re.I
)
_LEG_NEXT = rx(
    r"\b(?:(?:will|would|is\s+to|are\s+to)\s+(?:also\s+|then\s+)?(?:lead|take|bring)\s+(?:him|her|them)\s+(?:on\s+)?to|"
    r"(?:left|leaves|departed|departs|leaving)\s+(?:[A-Z][\w’'-]+\s+){0,2}for)\s+(?:the\s+)?$"
)
_LIST_ITEM = rx(r"^\s*(?:,|,?\s*and)\s*(?:the\s+)?$")
_MAY_NAME_A_LEG = rx(r"\b(?:him|her|them|left|leaves|departed|departs|leaving)\b")
_HOST_VISITED = rx(r"\b(?:visit(?:ing|ed)?|visit\s+to|tour\s+of|arrived\s+in|stay\s+in)\s+(?:the\s+)?$", re.I)


def _tour_legs(ctx: SentenceContext) -> list[Fact]:
    """Each stop of a traveller's tour named in the sentence, as a visit of the traveller's country: past
    and coming stops at the story's year, a departure for the next stop on the day it names."""
    text = ctx.text
    if (
        ctx.pub is None
        or not ctx.holds("him", "her", "them", "left", "leav", "depart")
        or not _MAY_NAME_A_LEG.search(text)
    ):
        return []
    legs = _legs(ctx)
    if not legs or (not _PERSON.search(text) and not re.search(r"\b(?:him|her)\b", text)):
        return []
    traveller = _traveller(ctx, {leg.code for leg in legs})
    if traveller is None:
        return []
    facts = []
    for leg in legs:
        m = ctx.mentions[leg.index]
        day = next(
            (d for d in ctx.dates if leg.departs and d.kind == "day" and d.date and 0 <= d.start - m.end < 16), None
        )
        when = day.date if day is not None and day.date else PartialDate(ctx.pub.year)
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


def _legs(ctx: SentenceContext) -> list[_Leg]:
    text, legs = ctx.text, list[_Leg]()
    for i, m in enumerate(ctx.mentions):
        window = max(0, m.start - 60)
        trigger = _LEG_PAST.search(text, window, m.start) or _LEG_NEXT.search(text, window, m.start)
        previous = legs[-1] if legs else None
        if trigger is not None:
            departs = bool(re.match(r"(?i)lea|left|depart", trigger.group(0)))
            legs.append(_Leg(i, m.code, departs, trigger.start()))
        elif (
            previous is not None
            and previous.index == i - 1
            and _LIST_ITEM.match(text[ctx.mentions[i - 1].end : m.start])
        ):
            legs.append(_Leg(i, m.code, previous.departs, previous.start))
    return legs


def _traveller(ctx: SentenceContext, stops: set[str]) -> str | None:
    """Whose tour it is: of the story's pair, the country that is not the one being visited (named after
    "visit", or the dateline's)."""
    hosts = {m.code for m in ctx.mentions if _HOST_VISITED.search(ctx.text, max(0, m.start - 20), m.start)}
    if ctx.dateline_code:
        hosts.add(ctx.dateline_code)
    candidates = [c for c in ctx.pair if c not in stops and c not in hosts]
    return candidates[0] if len(candidates) == 1 and any(c in hosts for c in ctx.pair) else None
