"""Who visits and when, as the visit readers share them: titles and names of leaders, the patterns of a
meeting and of a visit that did not happen, the person named near a word, the date a whole sentence gives."""

from __future__ import annotations

import datetime as dt
import re

from app.domain.dates import PartialDate
from app.domain.facts import Fact, FactKind
from app.extract.context import SentenceContext
from app.extract.date_builders import count_of
from app.extract.date_patterns import SAID_AS_IT_HAPPENED
from app.extract.mentions import NAME_PARTICLES
from app.extract.prefilter import rx

# A visit that did not happen, or not yet: "had intended to make a state visit", "postponed his visit".
UNREAL_VISIT = rx(
    r"\b(?:intend\w*|postpon\w*|cancel\w*|call(?:ed)?\s+off|invit\w+|would|could|might|(?-i:may)|hopes?\s+to|"
    r"plans?\s+to|expected\s+to|future|next\s+year|possible)\b",
    re.I,
)
IN_BEFORE = rx(r"\bin\s+$")  # a place the traveller is in: "… in Tokyo"
# A visit awaited, not yet made: "is expected to visit …", "is due in Canberra" (the words before "to" or "in")
AWAITED = r"(?:expected|likely|scheduled|due|set)"
# A meeting held at a distance: "a virtual summit", "met virtually", "talks via video link", "by telephone".
REMOTE = rx(
    r"\b(?:virtual(?:ly)?(?!\s+(?:all|every|no|none|unchanged|identical|the\s+same)\b)|online|"
    r"video[\s-]*(?:link|call|conference|conferencing)|videoconferenc\w*|teleconferenc\w*|"
    r"(?:tele)?phone\s+(?:call|conversation|talks)|by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|remotely)\b",
    re.I,
)
_REMOTE_WORDS = ("virtual", "online", "video", "conferenc", "phone", "remote")  # every match holds one
# A document signed, of a kind the two sign: "signed a joint declaration", "signed eight agreements", "signed the
# communique" (not "signed at the White House": a document signed there once, no one's act now)
SIGNED_A_DOCUMENT = (
    r"signed\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?(?:agreement|accord|pact|declaration|treaty|protocol|communiqu[eé]|"
    r"memorand(?:um|a|ums)|MoU|statement|programme)s?"
)
# Talks that put a foreign leader in the dateline's capital: "President Reagan today had talks with Kenyan
# President Daniel Arap Moi" (WASHINGTON), "signed by ... and Foreign Minister Vahit Halefoglu".
MEETING = rx(
    r"\b(?:talks\b|"
    r"met\s+(?:with\s+)?|meeting\s+(?:with|between)|conferred\s+with|signed\s+by|"
    r"witnessed\s+the\s+(?:signing|exchange)|"  # the two present at a signing together
    # or over it, or chairing a meeting of the two: "supervised the signing of", "co-chaired the 46th meeting of the
    # Intergovernmental Committee", "chaired the 12th Morocco-Spain High-Level Meeting"
    r"(?:supervised|oversaw|presided\s+over)\s+the\s+(?:signing|exchange)|"
    r"(?:co-?)?chaired\s+(?:the|a)\s+[^,.;]{0,60}?\b(?:meeting|session|summit|commission|committee|council|"
    r"dialogue|consultations?)\b|"
    # or holding it: "held their annual leaders' meeting", "held a summit"
    r"held\s+(?:their|a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:meeting|summit)\b|"
    r"in\s+the\s+presence\s+of|"  # "inaugurated on Wednesday Kuwait's embassy …, in the presence of Uzbek …"
    r"(?:interaction|discussions?|consultations?|parleys?)\s+with|called\s+on|courtesy\s+call|"
    + SIGNED_A_DOCUMENT
    + r"|"
    # who signed on behalf of which side: "Soviet Deputy Foreign Trade Minister Ivan Ivanov signed for Moscow"
    r"signed\s+(?:for|on\s+behalf\s+of)\s+(?=[A-Z])|"
    # the two agreeing on a day told, as an agency's lead has it: "Kishida and his Indian counterpart Modi agreed
    # Monday to bolster …" (not "agreed to visit", nor an agreement told without its day)
    r"agreed\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)\b)",
    re.I,
)
# Words (lower case) every MEETING holds: a sentence without any is not searched for it.
MEETING_WORDS = (
    "talks", "met", "meeting", "conferred", "signed", "interaction", "discussion", "consultation", "parley", "called",
    "courtesy", "witnessed", "presence", "agreed", "supervised", "oversaw", "presided", "chaired", "summit",
)  # fmt: skip
TITLE = (
    r"(?:State\s+|Acting\s+|Vice\s+|Deputy\s+|Standing\s+Deputy\s+|Foreign\s+|Prime\s+|General\s+)*"
    # (or as his country's own language titles him: "President of the Government" of Spain, "Head of Government" of
    # Morocco, "President of the Republic")
    r"(?:Presidents?(?:\s+of\s+(?:the\s+)?(?:Government|Republic))?|Head\s+of\s+(?:State|Government)|"
    r"Prime\s+Minister|Premier|Chairman|Chairwoman|Chair|Minister(?:s)?(?:\s+of\s+[A-Z]\w+"
    r"(?:\s+(?:and\s+)?[A-Z]\w+)*)?|King|Queen|Emperor|Empress|Prince|Princess|Chancellor|Secretary(?:\s+of\s+"
    r"State)?|Speaker|Governor|Envoy|Mayor|EAM|Party\s+(?:Chief|General\s+Secretary))"
)
# A name's words, with the particles some names hold between them: "Alberto van Klaveren", "Luiz Inácio Lula
# da Silva", "Mohammed bin Salman"
_PARTICLE = r"(?:(?:" + "|".join(NAME_PARTICLES) + r")\s+(?=[A-Z]))?"
_NAME_WORDS = r"(?:[A-Z][\w\u00C0-\u1EF9’'.-]+\s*" + _PARTICLE + r"){1,5}"
PERSON = rx(TITLE + r"\s+(?P<name>" + _NAME_WORDS + r")")
TITLED_NAME = TITLE + r"\s+" + _NAME_WORDS  # PERSON's text, without its group: for patterns that hold two
_LISTED_NAME = rx(
    r"[,;]\s*(?:and\s+)?(?P<name>(?:[A-Z][\w\u00C0-\u1EF9’'.-]+\s+){1,4}[A-Z][\w\u00C0-\u1EF9’'.-]+)\s*\(\s*(?:in|on)?\s*$"
)
_LEADER = (
    # the title in capitals or, as AP style writes it without a name after, in lower case ("Italy's premier met …");
    # not a company's or a chamber's ("president of the chamber of commerce")
    r"\s+(?:(?i:(?:Acting\s+|Vice\s+|Deputy\s+)*(?:President|Prime\s+Minister|King|Queen|"
    r"Emperor|Princess|Prince|Chancellor|Premier|Foreign\s+Minister))\b(?!\s+of\b)"
    # "North Korean leader Kim Jong Un", "Chinese leader Xi Jinping": the word, with the leader's name after it (not
    # an "opposition leader", a "business leader": another word stands between)
    r"|leader(?=\s+[A-Z]))"
)
IMPLIED_LEADER = rx(_LEADER)  # after a demonym: "Brazilian President Lula"
POSSESSIVE_LEADER = rx(r"['’]s" + _LEADER)  # after a name: "Vietnam's Prime Minister"


_NAMED_SUBJECT = rx(
    r"\W*(?P<name>[A-Z][\w\u00C0-\u1EF9’'-]+(?:\s+[A-Z][\w\u00C0-\u1EF9’'-]+){0,2})\s+"
    r"(?:told|said|says|arrived|left|met|held|is|was|will|has|had|ended|began|concluded)\b"
)


def person_near(ctx: SentenceContext, pos: int) -> tuple[str | None, int]:
    """The titled person nearest a visit word: "the visit of U.S. Secretary of State George Shultz"."""
    found = list(PERSON.finditer(ctx.text))
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


def whole_sentence_visit(
    ctx: SentenceContext,
    pair: tuple[str, str],
    guest: str,
    host: str,
    person: str | None,
    basis: str,
    confidence: float = 0.55,
    said_at: int | None = None,
) -> list[Fact]:
    """A visit the sentence implies without the word: quoted whole, on the day it names or the story's month (or
    the day something was said "as" the meeting at ``said_at`` happened). Talks held at a distance ("a virtual
    summit", "talks via video link", "by telephone") put no one anywhere."""
    if ctx.search(REMOTE, *_REMOTE_WORDS) is not None:
        return []
    when = _said_as_it_happened(ctx, said_at) if said_at is not None else None
    when = when or _day_or_story_month(ctx)
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


def _said_as_it_happened(ctx: SentenceContext, at: int) -> PartialDate | None:
    """The day of a report made as the meeting at ``at`` happened: "President Yoon said on Wednesday as he received
    Uzbek Foreign Minister Vladimir Norov in Seoul"."""
    said = next((d for d in reversed(ctx.dates) if d.kind == "reported" and d.end <= at and d.date), None)
    if said is None or said.date is None or said.date.day is None:
        return None
    return said.date if SAID_AS_IT_HAPPENED.fullmatch(ctx.text, said.end, at) else None


def _day_or_story_month(ctx: SentenceContext) -> PartialDate | None:
    """When an implied visit happened: the day the sentence names, else the day of the signing "the agreement" points
    back to ("… signed a free trade agreement in Beijing on Tuesday. Chilean Agriculture Minister Jaime Campos, who
    signed the agreement with his Chinese counterpart, said …"; in a wire story, the dateline's day), else the
    story's month."""
    day = next((d.date for d in ctx.dates if d.kind == "day" and d.date), None)
    if day is not None:
        return _first_of_the_talks(ctx, day)
    if (
        ctx.before is not None
        and ctx.holds("signed the", "signed for", "signed on behalf")
        and _SIGNED_THE.search(ctx.text)
    ):
        when = ctx.before.when
        if when is not None and when.kind == "day" and when.date is not None and when.date.day is not None:
            return when.date
        if ctx.wire and ctx.pub is not None and ctx.pub.day is not None:
            return ctx.pub  # in a wire story, the signing its lead told: the dateline's day (as "the" document's)
    return PartialDate(ctx.pub.year, ctx.pub.month) if ctx.pub is not None and ctx.pub.month is not None else None


# A visit's length: "four-day", "2-day", "two days (of talks)"
N_DAYS = r"(?P<n>[2-7]|two|three|four|five|six|seven)[- ]days?\b"
# A visit (or talks) of so many days said to end: "wrapped up a", "concluded his", "returned from a", "ended"
ENDED = (
    r"\b(?:wrapped\s+up|wraps\s+up|concluded|concludes|ended|ends|completed|completes|wound\s+up|rounded\s+off|"
    r"return(?:ed|s)\s+(?:home\s+)?from)\s+"  # "returned from a four-day official visit to India on Saturday"
    r"(?:(?:a|an|his|her|their|its|the)\s+)?"
)
# Talks (or a visit) of so many days ended on the day named: "ended two days of talks with Australian officials
# today", "concluded three days of talks", "wrapped up a two-day visit"
_ENDED_DAYS = rx(
    ENDED + N_DAYS + r"(?:\s+of\s+(?:talks|meetings|consultations|visits?)|(?:\s+(?:state|official|working))?\s+"
    r"(?:visit|trip|talks)\b)",
    re.I,
)


def first_of_the_days(day: PartialDate, n: int) -> PartialDate:
    """The first of ``n`` days ending on ``day`` (a day to the day)."""
    assert day.month is not None and day.day is not None
    first = dt.date(day.year, day.month, day.day) - dt.timedelta(days=n - 1)
    return PartialDate(first.year, first.month, first.day)


def _first_of_the_talks(ctx: SentenceContext, day: PartialDate) -> PartialDate:
    """``day``, or the first of the talks' days when the sentence says they ended on it after so many."""
    ended = ctx.search(_ENDED_DAYS, "ended", "ends", "conclude", "wrap", "complete", "wound", "return", "rounded")
    if ended is None or day.month is None or day.day is None:
        return day
    return first_of_the_days(day, count_of(ended.group("n")))


# A signing the sentence before told: "who signed the agreement with his Chinese counterpart", "signed the pact"
_SIGNED_THE = rx(
    r"\bsigned\s+the\s+(?:agreement|pact|deal|accord|treaty|protocol|memorandum|MoU|documents|agreements)\b"
    # or "signed for Japan", "signed on behalf of Indonesia": one side's signature of it
    r"|\bsigned\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?-i:[A-Z])",
    re.I,
)


def _name(written: str) -> str:
    """A titled name as one line, without a possessive: "Prime Minister Pham Minh Chinh's" -> "… Chinh"."""
    return re.split(r"['’]s\b", " ".join(written.split()), maxsplit=1)[0].strip()


def person_before(ctx: SentenceContext, pos: int) -> tuple[str | None, int]:
    found = [m for m in PERSON.finditer(ctx.text[:pos])]
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


def destination_of(ctx: SentenceContext, pair: tuple[str, str], lo: int = 0, hi: int | None = None) -> str | None:
    """The country of ``pair`` visited: the first named after a visit's word, within ``text[lo:hi]`` (a visit's own
    words: "Abe visited Dhaka in 2014, and Hasina went to Tokyo in 2023" goes each way)."""
    hi = len(ctx.text) if hi is None else hi
    for m in ctx.mentions:
        if not lo <= m.start < hi:
            continue
        before = ctx.text[max(0, m.start - 24) : m.start].lower()
        if m.code in pair and re.search(r"\b(visit(?:ed|s)?|trip|tour|to|in|arrived in)\s+(?:the\s+)?$", before):
            return m.code
    return None
