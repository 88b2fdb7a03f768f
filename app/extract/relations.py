"""Relations established: stated dates, anniversaries, "N years ago", relations reported as news."""

from __future__ import annotations

import itertools
import re

from app.domain.countries import MentionKind
from app.domain.dates import PartialDate
from app.domain.facts import ANNIVERSARY_COUNT, REPORTED_AS_NEWS, Fact, FactKind, pair_key
from app.extract.cleaning import LIST_MARK
from app.extract.context import SentenceContext
from app.extract.date_builders import STORY_YEAR, count_of
from app.extract.date_patterns import COUNT, MONTH_NAMES, NUMBER_WORDS, ORDINAL_WORDS, WEEKDAYS
from app.extract.periods import (
    DateExpr,
    counted_from_the_sentence,
    of_the_chronology,
    safe_date,
    said_more_precisely,
)
from app.extract.prefilter import caseless, rx

_ORDINAL_WORDS = {**ORDINAL_WORDS, "centenary": 100, "centennial": 100}
# Anniversaries named by their gift, as South Asian and Commonwealth papers write them ("golden jubilee")
_JUBILEES = {
    "silver": 25, "pearl": 30, "coral": 35, "ruby": 40, "sapphire": 45, "golden": 50, "gold": 50, "emerald": 55,
    "diamond": 60, "platinum": 70,
}  # fmt: skip


_RELATIONS = r"(?:(?:bilateral|diplomatic|official)\s+)+(?:relations|ties|relationship)"
# The pair named with a hyphen or a dash before their relations: "Japan-China", "Thailand–Vietnam", a name of
# two words on either side (optional).
_PAIR_NAMED = (
    r"(?:[\w\u00C0-\u1EF9]+(?:\s+(?-i:[A-Z])[\w\u00C0-\u1EF9]+)?\s*[-–]\s*"  # "Vietnam-South Africa"
    r"[\w\u00C0-\u1EF9]+(?:\s+(?-i:[A-Z])[\w\u00C0-\u1EF9]+)?\s+)?"
)
_ANY_RELATIONS = r"(?:(?:bilateral|diplomatic|official|friendly)\s+)*(?:relations|ties|relationship)"
REL_EVENT = rx(
    # (a word between may be a pair joined by a hyphen or a dash: "the establishment of Thailand–Vietnam diplomatic
    # relations"; relations are also "formalised", as Commonwealth papers write it)
    # (not "re-established": relations restored, begun before)
    r"\b(?<!re-)(?:establish(?:ed|ment|ing)?|set\s+up|forg(?:ed|ing)|normali[sz](?:ed|ation)|formali[sz](?:ed|ation)|"
    r"start(?:ed)?|began|beginning|launch(?:ed)?|opened|inaugurat\w+)\b(?:\s+[\w’'–-]+){0,4}?\s+"
    + _RELATIONS
    + r"|"
    + _RELATIONS
    + r"(?:\s+between\s+[^,.;]{3,60}?)?(?:(?:,\s*which)?\s+(?:were|was|have\s+been|had\s+been)|\s*[,:])?\s*"
    r"(?:(?:first|formally|officially|only|also)\s+)?"
    r"(?:established|set\s+up|forged)"
    # "have maintained diplomatic relations since 1962": relations held since a date began then
    # (also "for nearly five decades, since May 19, 1975")
    # "have had relations at embassy level since 1979": relations between embassies are diplomatic
    # "have been diplomatic partners since 1964", "a diplomatic ally of Taiwan since 1957", "diplomatic links since"
    r"|\b(?:diplomatic\s+(?:relations|ties|links|(?:partners?|ally|allies)(?:\s+of\s+[^,.;]{2,40}?)?)|"
    r"(?:relations|ties)(?=\s+at\s+(?:the\s+)?(?:embassy|ambassadorial)\s))"
    r"(?:\s+with\s+[^,.;]{2,40}?)?(?:\s+at\s+(?:the\s+)?(?:embassy|ambassadorial)\s+level)?"
    r"\s+(?:for\s+[^,.;]{3,40}?,?\s+)?since(?=\s+(?:\d|the\s+\d|(?:" + MONTH_NAMES + r")"
    # "since Kenya's independence in 1963": an event told with its date
    r"|(?:[\w’'-]+\s+){1,4}?in\s+(?:\d|(?:" + MONTH_NAMES + r"))))"
    # "normalized relations", "established ties in 1992", "established full ties", "set up ties" (whose ties:
    # ``_ties_of_states``)
    r"|\b(?<!re-)(?:establish(?:ed|ment\s+of)?|normali[sz](?:ed|ation\s+of)?|formali[sz](?:ed|ation\s+of)|forged|"
    r"set\s+up)\s+(?:their\s+)?(?:(?:formal|full)\s+)?"
    r"(?:relations|(?P<ties>ties))\b"
    # bare relations or ties in the passive after a word that leaves them no kind ("after ties were established on
    # …", "whose relations were established in …"; not "Trade relations were established")
    r"|(?:^|(?<=[,;(])\s*|\b(?:after|when|as|since|and|whose|their|its)\s+)(?:relations|ties)\s+"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:first\s+|formally\s+|officially\s+)?(?:established|set\s+up|forged)"
    r"(?=\s+(?:on|in)\s)"  # (their date right after: not "in 1962, two years after relations were established")
    # "Established in 1955, diplomatic relations between Indonesia and China …": the participle put first
    r"|\b(?:established|set\s+up|forged)\s+(?:in|on)\s+[^,.;]{4,30},\s+(?:the\s+)?" + _RELATIONS + r"\b"
    # "relations date back to October 1968", "ties dating back to 1950", "relations date from January 1962"
    r"|" + _ANY_RELATIONS + r",?\s+(?:\w+,?\s+){0,6}?(?P<dated>(?:date|dates|dating|go|goes|going|went)\s+back\s+to|"
    r"(?:date|dates|dated|dating)\s+(?:from|to)|(?:be\s+)?trac(?:e|es|ed|ing)\s+back\s+to)"
    # "The Philippines-Japan relations was established on July 23, 1956": relations of a pair named with a hyphen
    r"|\b[A-Z][\w\u00C0-\u1EF9]+\s*[-–]\s*[A-Z][\w\u00C0-\u1EF9]+\s+(?:relations|ties)\s+(?:was|were|had\s+been|have\s+been)\s+"
    r"(?:first\s+|formally\s+|officially\s+)?(?:established|set\s+up|forged)",
    re.I,
)
# Forms of REL_EVENT whose words are few, in a pattern of their own (in REL_EVENT each would be tried at every
# letter of every sentence about relations): "Relations were established in 1960" and "Their ties were forged in
# 1992", relations alone as the subject of the sentence (not "Trade relations were established …"); a fact sheet's
# "Date of diplomatic relations: 13 April 1950", "Year of diplomatic ties: 1992"; "Vietnam-Cuba diplomatic relations
# (December 2, 1960)", the date they began in brackets after them (a date alone, or "since" one; not "(severed in
# 1979)", nor an anniversary's range, "(November 14, 1994-2024)").
REL_EVENT_MORE = rx(
    r"(?:^|\b(?:the|their) (?:two (?:countries|nations|sides)['’] )?)(?:relations|ties)\s+"
    # (the pair may follow them: "Relations between Chile and Vietnam were established in 1971")
    r"(?:between\s+[^,.;]{3,60}?\s+)?"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:first\s+|formally\s+|officially\s+)?(?:established|set\s+up|forged)"
    r"|\b(?:date|year) of\s+(?:the\s+)?" + _RELATIONS + r"\s*:"
    # a sheet's label alone (numbered or bulleted), its date right after: "Diplomatic Relations: February 24, 1972",
    # "Diplomatic relations with Viet Nam: 25 March 1971", "Diplomatic relations (established): 1973"
    r"|^(?:" + LIST_MARK + r"\s*)?" + _RELATIONS + r"(?:\s+(?:with|between)\s+[^:;.]{2,60}?)?"
    r"(?:\s*\((?:established|since)\)|\s+since)?\s*:(?=\s*(?:\d|(?-i:[A-Z][a-z]{2,8})\.?\s+\d))"
    # relations held since a date that opens the sentence: "Since May 19, 1975, Mexico and Vietnam have maintained
    # diplomatic relations" (not "Since 2015, relations have improved")
    r"|^\W*since\s+(?:[A-Za-z]{3,9}\.?\s+\d{1,2},\s+\d{4}|[^,;]{4,25}),\s+[^,.;]{3,60}?\s(?:have|has|had)\s+(?:\w+\s+)?(?:maintained|had|enjoyed|kept)\s+"
    r"(?:diplomatic\s+)(?:relations|ties)\b"
    r"|\bdiplomatic\s+(?:relations|ties) ?\((?![^()]*\d\s*[-–]\s*\d)"
    r"(?=(?:(?:since|from|established(?:\s+(?:in|on))?)\s+)?(?:\d|(?-i:[A-Z][a-z]{2,8})\.?\s+\d)[^()]{1,22}\))",
    re.I,
)
# Words (lower case) each REL_EVENT_MORE holds one of: the subject forms begin a sentence or hold "the"/"their" and
# a verb's "were"/"was"/"been"; the others "date of", "year of", "s (" / "s(", a label's "s:", or "since".
_MAY_BE_MORE = ("were", "was", "been", "date of", "year of", "s (", "s(", "s:", "s :", "since", "s with", "s between")
# Relations opening the sentence, the pair named, their establishment after a comma: "Relations between Israel and
# Egypt, established in 1980, …", "Ties between Kenya and India, which were established in 1963, …" (tried at the
# sentence's start only).
_OPENING_RELATIONS = re.compile(
    r"(?:relations|ties)\s+between\s+[^,.;]{3,60}?,\s*(?:which\s+(?:were|was)\s+)?(?:first\s+|formally\s+|officially\s+)?"
    r"(?:established|set\s+up|forged)",
    re.I,
)


# Establishment reported as news: "Angola and Uruguay have established diplomatic relations" (no date: the
# story's month); not "relations established in 1975", which carries its own date.
NEWS_ESTABLISH = rx(
    r"\b(?:have|has)\s+(?:now\s+|formally\s+|officially\s+)?(?:established|re-?established|restored|normali[sz]ed)\s+"
    + _RELATIONS
    + r"|\b(?:agreed|decided)\s+(?:on\s+\w+day\s+)?to\s+(?:establish|restore)\s+"  # "agreed on Friday to restore"
    + _RELATIONS,
    re.I,
)
ANNIVERSARY = rx(
    r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+)?(?:the\s+|their\s+)?"
    + _PAIR_NAMED
    + _RELATIONS
    + r"|\b(?P<w>"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r")\s+anniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+)?"
    r"(?:the\s+|their\s+)?"
    + _RELATIONS
    + r"|\b(?P<y>\d{1,3}|"
    + "|".join(NUMBER_WORDS)
    + r")\s+(?P<unit>years|decades)\s+of\s+"
    + _PAIR_NAMED
    + _ANY_RELATIONS
    + r"(?!\s+in\s+(?:trade|business))"
    + r"|\b(?P<after>\d{1,3}|"
    + "|".join(NUMBER_WORDS)
    + r")\s+years\s+(?:after|since)\s+(?:the\s+)?(?:establishment\s+of\s+)?(?:the\s+two\s+countries['’]\s+|their\s+)?"
    + _RELATIONS
    # "25 years since Vietnam and the US normalised relations", "have had diplomatic relations for 90 years"
    + r"|\b(?P<since>\d{1,3}|"
    + "|".join(NUMBER_WORDS)
    + r")\s+years\s+(?:after|since)\s+[^,.;]{3,60}?\s(?:established|normali[sz]ed|set\s+up|forged)\s+"
    + _ANY_RELATIONS
    + r"|\b(?:diplomatic\s+)(?:relations|ties)\s+for\s+(?:exactly\s+)?(?P<held>\d{1,3}|"
    + "|".join(NUMBER_WORDS)
    + r")\s+(?P<held_unit>years|decades)\b"
    # "Nearly 33 years have passed since the normalization of Japan-China relations"
    + r"|\b(?P<passed>\d{1,3}|"
    + "|".join(NUMBER_WORDS)
    + r")\s+years\s+(?:have|has|had)\s+(?:now\s+)?(?:passed|elapsed|gone\s+by)\s+since\s+(?:the\s+)?"
    r"(?:establishment|normali[sz]ation|restoration|beginning|start)\s+of\s+(?:the\s+|their\s+)?"
    + _PAIR_NAMED
    + r"(?:(?:diplomatic|bilateral|official)\s+)?(?:relations|ties)\b",
    re.I,
)
# "the golden jubilee of their diplomatic relations" (50), "half a century of diplomatic relations": apart from
# ANNIVERSARY, whose first letters they would widen, and searched only where "jubilee", "century" or
# "anniversary" stands.
JUBILEE = rx(
    r"\b(?P<jubilee>"
    + "|".join(_JUBILEES)
    + r")\s+(?:jubilee|anniversary)\s+of\s+(?:the\s+)?(?:establishment\s+of\s+)?(?:the\s+|their\s+)?"
    + _PAIR_NAMED
    + _RELATIONS
    + r"|\b(?P<span>half\s+a\s+century|a\s+quarter(?:\s+of\s+a)?\s+century|a\s+century)\s+of\s+"
    + _ANY_RELATIONS
    + r"(?!\s+in\s+(?:trade|business))",
    re.I,
)
_RANGE_TAIL = rx(r"^\s*[-–—]\s*(\d{4})")


_NAMES_RELATIONS = rx(r"relation|\bties\b", re.I)
# Diplomatic partners, allies or links: relations held, named without the word (searched where "diplomatic" stands).
_HELD_RELATIONS = rx(r"\bdiplomatic\s+(?:links|partners?|ally|allies)\b", re.I)
# Words each form holds: an anniversary or a count of years or decades; an event of the relations, or
# "since" or "back" (a sentence without any is not searched for them).
_MAY_COUNT_YEARS = ("anniversar", "year", "decade")
_MAY_NAME_AN_EVENT = (
    "establish", "set", "forg", "normali", "formali", "start", "began", "begin", "launch", "opened", "inaugurat",
    "since", "back", "date", "dating",
)  # fmt: skip


def read_relations(ctx: SentenceContext) -> list[Fact]:
    """ "on May 19th, 1975, Vietnam and Mexico established diplomatic relations", anniversaries."""
    if ctx.holds("switch") and (switched := _switched(ctx)):
        return switched
    facts: list[Fact] = []
    if not (ctx.holds("relation", "ties") and _NAMES_RELATIONS.search(ctx.text)) and not ctx.search(
        _HELD_RELATIONS, "diplomatic"
    ):
        return facts  # every form below names the relations or ties, or diplomatic partners, allies or links
    celebrated: set[int] = set()  # the years the anniversaries fall in
    for match in itertools.chain(
        ctx.finditer(ANNIVERSARY, *_MAY_COUNT_YEARS), ctx.finditer(JUBILEE, "jubilee", "century", "anniversar")
    ):
        fact = _anniversary(ctx, match)
        if fact is not None:
            facts.append(fact)
            if fact.year is not None:
                celebrated.add(fact.year + _years_counted(match))
    if facts:
        # "31 years since relations were established, in May 1978": the date stated beats the arithmetic; not
        # the day the anniversary is marked on ("marked the 50th anniversary of … relations on June 5, 2022").
        stated = [f for f in _established(ctx, after_only=True) if f.year not in celebrated]
        return stated or facts
    facts = _established(ctx)
    if not facts and ctx.pub is not None and ctx.pub.month is not None:
        news = NEWS_ESTABLISH.search(ctx.text)
        dated = [d for d in ctx.dates if d.date and d.kind in ("year", "month", "day") and not d.relative]
        if news and not dated and not re.search(r"\b(?:since|for)\b", ctx.text[news.end() : news.end() + 40]):
            pair = ctx.pair_for()
            if pair is not None:
                month = PartialDate(ctx.pub.year, ctx.pub.month)
                facts.append(
                    ctx.fact(
                        FactKind.RELATIONS_ESTABLISHED,
                        news.start(),
                        news.end(),
                        pair,
                        when=month,
                        basis=f"{REPORTED_AS_NEWS}: the story's month",
                        confidence=0.8,
                    )
                )
    return facts


# Recognition switched from one state to another: relations established with the second ("Nicaragua switched
# diplomatic recognition from Taipei to Beijing on December 10, 2021", "switched its ties from Taiwan to China").
_SWITCHED = rx(
    r"\bswitch(?:ed|es|ing)?\s+(?:its\s+|their\s+)?(?:diplomatic\s+)?(?:recognition|allegiance|ties|relations)\s+"
    r"from\s+[^,.;]{2,30}?\s+(?:back\s+)?to\s+",
    re.I,
)
_SWITCH_DATED = rx(r"\s*,?\s*(?:on|in)\s+")


def _switched(ctx: SentenceContext) -> list[Fact]:
    """Relations of the country that switched with the one it switched to, dated by the date right after."""
    match = _SWITCHED.search(ctx.text)
    if match is None:
        return []
    to = next((m for m in ctx.mentions if m.start == match.end()), None)
    by = [m for m in ctx.mentions if m.end <= match.start()]
    if to is None or not by or by[-1].code == to.code:
        return []
    when = next(
        (
            d
            for d in ctx.dates
            if d.start >= to.end
            and d.date
            and d.kind in ("year", "month", "day")
            and not d.relative
            and _SWITCH_DATED.fullmatch(ctx.text, to.end, d.start)
        ),
        None,
    )
    if when is None:
        return []
    pair = pair_key(by[-1].code, to.code)
    return [ctx.fact(FactKind.RELATIONS_ESTABLISHED, by[-1].start, when.end, pair, when=when.date, confidence=0.85)]


# Between the relations' words and a date told relatively that is theirs: "established diplomatic relations on
# Sunday", "… ties yesterday", "… relations last year" (a weekday's match holds its "on").
# (the place they were set up in may stand between: "… diplomatic relations in Beijing on Sunday")
_RIGHT_AFTER = rx(r"\s*(?:in\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+)?(?:(?:on|in)\s+)?")


def _the_two_named(ctx: SentenceContext) -> tuple[str, str] | None:
    """The two countries a sentence of relations names, and no other: relations are theirs, whatever the story's pair
    ("India and Canada established diplomatic relations in 1947" in a story of Modi's talks with Japan and Brazil)."""
    codes = sorted(set(ctx.codes_in()))
    return (codes[0], codes[1]) if len(codes) == 2 else None


def _established(ctx: SentenceContext, *, after_only: bool = False) -> list[Fact]:
    """ "established diplomatic relations in 1975", "relations date back to October 1968", "105 years ago".
    ``after_only``: only a date stated after the words (not the year an anniversary is celebrated in)."""
    opening = _OPENING_RELATIONS.match(ctx.text)
    for match in itertools.chain(
        ctx.finditer(REL_EVENT, *_MAY_NAME_AN_EVENT),
        ctx.finditer(REL_EVENT_MORE, *_MAY_BE_MORE),
        (opening,) if opening else (),
    ):
        groups = match.groupdict()
        if groups.get("ties") and not _ties_of_states(ctx, match.end()):
            continue
        if _NOT_HAD.search(ctx.text, max(0, match.start() - 30), match.start()):
            continue  # "have not had diplomatic relations since 1975", "have had no diplomatic ties since 2016"
        # Explicit dates, or "N years ago" (today) resolved against the publication date.
        dates = [
            d
            for d in ctx.dates
            if d.kind in ("year", "month", "day")
            and d.date
            and (
                not d.relative
                or of_the_chronology(d)  # "1972 – Diplomatic relations established (January 7)"
                or "ago" in d.text.lower().split()[-2:]
                or counted_from_the_sentence(d)
                or _RIGHT_AFTER.fullmatch(ctx.text, match.end(), d.start) is not None  # "… relations on Sunday"
                or _story_day_before(ctx.text, d, match.start())  # "… on Sunday established diplomatic relations"
                or _story_day_set_apart(ctx.text, d, match.start())  # "today opened …, a month after … established"
            )
            and (not after_only or (d.start >= match.end() and not d.relative))
            and not _A_THINGS_YEAR.match(ctx.text, d.end)  # "… under their 1979 peace treaty": the treaty's year
        ]
        if groups.get("dated"):  # "date back to 1950": the date they are dated to, right after
            dates = [d for d in dates if _DATED_TO.fullmatch(ctx.text, match.end(), d.start)]
        elif match.group(0).endswith("("):  # "diplomatic relations (December 2, 1960)": the date in the brackets
            dates = [d for d in dates if _IN_THE_BRACKETS.fullmatch(ctx.text, match.end(), d.start)]
        # "In 1992, … established diplomatic relations; in 2009 they …": a date after a semicolon or a clause
        # joined by ", and" / ", but" is the next clause's
        dates = [d for d in dates if d.start < match.end() or not _NEXT_CLAUSE.search(ctx.text, match.end(), d.start)]
        if not dates:
            continue
        anchor = (match.start() + match.end()) // 2
        when = min(dates, key=lambda d: min(abs(d.start - match.end()), abs(d.end - match.start())))
        when = said_more_precisely(ctx.text, when, dates)
        if (
            abs(when.start - anchor) > 160
            or ";" in ctx.text[min(when.end, match.start()) : max(when.start, match.end())]
        ):
            continue  # another clause's date
        if ctx.pub is not None and when.date is not None and when.date.year > ctx.pub.year:
            continue  # relations are not established after the story is written
        pair = ctx.pair_for() or _the_two_named(ctx)
        if pair is None or when.date is None:
            continue
        lo, hi = min(match.start(), when.start), max(match.end(), when.end)
        date: PartialDate | None = when.date
        basis: str | None = None
        if when.end <= match.start() and (apart := _APART.fullmatch(ctx.text, when.end, match.start())) is not None:
            date, basis = _set_apart(when, apart)  # "opened its embassy in 1993, a year after they established …"
            if date is None:
                continue
        confidence = 0.95 if basis is None else 0.85  # set from another date: as an anniversary's
        return [ctx.fact(FactKind.RELATIONS_ESTABLISHED, lo, hi, pair, when=date, basis=basis, confidence=confidence)]
    return []


# Relations said not to be had, right before their words: "have not had", "have never had", "have had no", "without".
# (not "have not only had relations since 1975 but …")
_NOT_HAD = rx(r"\b(?:(?:not(?!\s+only)|never|no\s+longer|n['’]t)\s+(?:\w+\s+){0,2}|(?:no|without)\s+)$", re.I)

_STORY_DAYS = ("today", "yesterday", "tonight")
_IN_ITS_CLAUSE = rx(r"[^,;.]{0,30}")  # between a day and the verb of its clause: "today announced the"


def _story_day_before(text: str, d: DateExpr, verb_at: int) -> bool:
    """Whether ``d`` is a day of the story's week told in the clause right before the relations' verb ("Honduras
    and China on Sunday established …", "President Clinton today announced the normalization of …")."""
    relative = (d.relative or "").lower()
    return (
        (relative in _STORY_DAYS or relative in WEEKDAYS)
        and d.end <= verb_at
        and _IN_ITS_CLAUSE.fullmatch(text, d.end, verb_at) is not None
    )


def _story_day_set_apart(text: str, d: DateExpr, verb_at: int) -> bool:
    """Whether ``d``, a day of the story's week, is another event's from which the relations are set apart right
    before their verb: "Israel today opened its embassy in Cairo, a month after the two countries established …"."""
    relative = (d.relative or "").lower()
    return (
        (relative in _STORY_DAYS or relative in WEEKDAYS)
        and d.end <= verb_at
        and _APART.fullmatch(text, d.end, verb_at) is not None
    )


# A year naming a thing, not dating the relations: "under their 1979 peace treaty", "the 1991 Paris Agreements".
_A_THINGS_YEAR = rx(
    r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:treaty|treaties|agreements?|accords?|pact|constitution|war|revolution|coup|"
    r"crisis|elections?|summit)\b",
    re.I,
)
_IN_THE_BRACKETS = rx(r"\s*(?:(?:since|from|established(?:\s+(?:in|on))?)\s+)?", re.I)
_NEXT_CLAUSE = rx(r";|,\s+(?:and|but|while|whereas)\b", re.I)
# The date before the relations is another event's, set apart from theirs: "opened its embassy in Israel in
# September 2021, a year after the two countries normalised relations", "…, six months after it established …".
_APART = rx(
    # (the other event's words may run on after its date, and a participle or "and" before the count: "1973 trip
    # to China, made a year after …", "in 1972 in a small villa, a year after …")
    r"(?:[^,.;]{0,40}?,)?\s*(?:(?:made|held|taken|coming|and|which\s+came|that\s+came)\s+)?"
    r"(?:(?:just|only|some|about|nearly|almost|barely|exactly)\s+)?(?P<n>"
    + COUNT
    # ("a year after that …": counted on from the date, the other way round)
    + r")\s+(?P<unit>years?|months?|decades?)\s+(?P<way>after|before)\s+(?:(?P<that>that|which|this)\s+)?[^,.;]{0,60}?",
    re.I,
)


def _set_apart(when: DateExpr, apart: re.Match[str]) -> tuple[PartialDate | None, str]:
    """The date ``apart`` sets the relations at from ``when``, another event's: as precise as a count of years
    allows (a year), or of months (a month, when ``when`` has one); with how it was set."""
    assert when.date is not None
    n = count_of(apart.group("n"))
    unit = caseless(apart.group("unit")).rstrip("s")
    sign = -1 if caseless(apart.group("way")) == "after" else 1
    if apart.group("that"):
        sign = -sign  # "in 1970, and a year after that … established": 1971
    date: PartialDate | None
    if unit == "month":
        if when.date.month is None:
            return None, ""
        months = when.date.year * 12 + when.date.month - 1 + sign * n
        date = safe_date(months // 12, months % 12 + 1)
    else:
        date = safe_date(when.date.year + sign * n * (10 if unit == "decade" else 1))
    said = " ".join(f"{apart.group('n')} {apart.group('unit')} {apart.group('way')}".split())  # "a month after"
    return date, f"“{said}” {when.text}"


_WITH = rx(r"\s+with\s+(?:the\s+)?", re.I)
# Between "date back to" and the date: "to 1950", "to October 1968", "to as early as 1950", "to the year 1950".
_DATED_TO = rx(r"\s*(?:(?:as\s+early\s+as|the\s+year|the\s+end\s+of|early|late|mid-?)\s*)?", re.I)


def _ties_of_states(ctx: SentenceContext, end: int) -> bool:
    """Whether ties "established" are a state's: told alone ("established ties in 1992") or with a country
    named ("established ties with Chile"), not with a people's firms ("established ties with Chilean
    retailers", a demonym): "ties" alone are also a company's, a university's, a city's."""
    with_ = _WITH.match(ctx.text, end)
    if with_ is None:
        return True
    return any(m.start == with_.end() and m.kind != MentionKind.DEMONYM for m in ctx.mentions)


def _marked_day(ctx: SentenceContext, match: re.Match[str]) -> DateExpr | None:
    """The day or month that "marks" the anniversary, named right before the words: "Tuesday, October 11,
    marks the 50th anniversary" (not "in 2022, which marks …")."""
    before = [d for d in ctx.dates if d.end <= match.start() and d.date and d.date.month and d.kind in ("day", "month")]
    if not before:
        return None
    last = before[-1]
    if not _MARKS.fullmatch(ctx.text, last.end, match.start()):
        return None
    if last.kind == "month" and _IN_BEFORE.search(ctx.text, max(0, last.start - 4), last.start + 3):
        return None  # "a reception held in November 2022 celebrated the …": the event's month, not the anniversary's
    return last


_IN_BEFORE = rx(r"\bin\s", re.I)


# "Tuesday, October 11, marks the", "Korea and Argentina on Tuesday celebrated the": the day is the anniversary's
_MARKS = rx(
    r"\s*,?\s*(?:marks|marked|will\s+mark|is|was|(?:celebrat|commemorat)(?:es?|ed)|observ(?:es|ed))\s+(?:the\s+)?"
)


_FALLS_ON = rx(r"\s+(?:between\s+[^,.;]{3,60}?\s+)?(?:falls|fell|will\s+fall)\s+on\s+(?:\w+day,?\s+)?", re.I)


def _falls_on(ctx: SentenceContext, match: re.Match[str]) -> DateExpr | None:
    """The day the anniversary falls on, named right after the words: "The 50th anniversary of diplomatic
    relations between Brazil and China falls on August 15, 2024"."""
    after = [d for d in ctx.dates if d.start >= match.end() and d.date and d.date.month and d.kind in ("day", "month")]
    if not after or not _FALLS_ON.fullmatch(ctx.text, match.end(), after[0].start):
        return None
    return after[0]


# Between the anniversary's words and its day in brackets: "the 53rd anniversary of diplomatic ties (March 25)",
# "… of diplomatic relations between Cambodia and China (July 19, 2023)".
_BRACKET_OPENS = rx(r"\s+(?:between\s+[^,.;()]{3,60}?\s+)?\(\s*", re.I)


def _in_brackets(ctx: SentenceContext, match: re.Match[str]) -> DateExpr | None:
    """The day the anniversary falls on, in brackets right after its words, without a year or of the story's
    year (a day of a year before is the relations' own: "… of diplomatic relations (November 17, 1954)")."""
    after = next((d for d in ctx.dates if d.start >= match.end()), None)
    if after is None or after.date is None or after.date.month is None or after.kind not in ("day", "month"):
        return None
    if not _BRACKET_OPENS.fullmatch(ctx.text, match.end(), after.start) or ctx.text[after.end : after.end + 1] != ")":
        return None
    if after.relative != STORY_YEAR and (ctx.pub is None or after.date.year != ctx.pub.year):
        return None
    return after


_CELEBRATED = (None, "next", "last", "this")
_MARKED = rx(r"\s+(?:between\s+[^,.;]{3,60}?\s+)?(?P<on>on|in)\s+(?:\w+day,?\s+)?", re.I)
_SPACE = rx(r"\s+")


def _marked_on(ctx: SentenceContext, match: re.Match[str], on_a_day: bool = True) -> DateExpr | None:
    """The day an anniversary is marked on, right after its words: "celebrated the 60th anniversary of
    diplomatic relations on December 2, 2020" (or "on April 22", of the story's year), the anniversary's day
    (as "falls on" names it). Not ``on_a_day``: also the month it is marked in ("… in March 2020"), only the
    year celebrated (a year's celebrations run all year)."""
    after = [
        d
        for d in ctx.dates
        if d.start >= match.end()
        and d.date
        and d.kind in ("day", "month")
        # "on Wednesday": the story's week's; "on April 22": the story's year's
        and (not d.relative or d.relative.lower() in WEEKDAYS or d.relative == STORY_YEAR)
    ]
    if not after:
        return None
    day = after[0]
    if day.text[:3].lower() == "on ":  # "on Wednesday": the weekday's match holds its "on"
        on = "on" if _SPACE.fullmatch(ctx.text, match.end(), day.start) else None
    else:
        marked = _MARKED.fullmatch(ctx.text, match.end(), day.start)
        on = marked.group("on").lower() if marked else None
    if on is None or (on_a_day and (on != "on" or day.kind != "day")):
        return None
    return day


# The verb an anniversary is celebrated with, right before its words, "today" or the day by it: "X and Y today
# celebrate the 60th anniversary of …", "are commemorating today the 50th anniversary", "celebrated on Friday the
# 30th anniversary", "mark 60 years of … relations today".
_CELEBRATE = rx(r"\b(?:celebrat|mark|commemorat|observ)\w*\s+(?:(?:today|on\s+\w+day)\s+)?(?:the\s+)?$", re.I)


def _marked_that_day(ctx: SentenceContext, match: re.Match[str]) -> DateExpr | None:
    """The story's day, when the anniversary is celebrated "today" (or "on Friday", a day of the story's week):
    the anniversary's day, as "on Wednesday" names it (not "a reception held today … for the 60th anniversary",
    an event of the year's celebrations)."""
    verb = _CELEBRATE.search(ctx.text, max(0, match.start() - 40), match.start())
    if verb is None:
        return None
    for d in ctx.dates:
        if d.date is None or d.date.day is None:
            continue
        if d.start <= 3 and _OPENING_DAY.fullmatch(ctx.text, d.end, verb.start()):
            return d  # "On Thursday, Peru and China marked the …", "On November 2, Peru and China celebrated the …"
        if d.relative is None or (d.relative.lower() != "today" and d.relative.lower() not in WEEKDAYS):
            continue
        if verb.start() <= d.start and d.end <= match.start():  # "commemorating today the 50th anniversary"
            return d
        if d.end <= verb.start() and _SPACE.fullmatch(ctx.text, d.end, verb.start()):  # "today celebrate the"
            return d
        if d.start >= match.end() and _SPACE.fullmatch(ctx.text, match.end(), d.start):  # "… relations today"
            return d
    return None


# Between a day opening the sentence and the verb of its one clause: ", Peru and China " (no second clause).
_OPENING_DAY = rx(r"\s*,\s*[^,;.]{0,60}")


def _span_years(words: str) -> int:
    """ "half a century" 50, "a quarter of a century" 25, "a century" 100."""
    words = " ".join(words.lower().split())
    return 50 if words.startswith("half") else 25 if "quarter" in words else 100


def _years_counted(match: re.Match[str]) -> int:
    """How many years an ANNIVERSARY match counts: "45th", "fiftieth", "three decades", "golden jubilee"."""
    found = match.groupdict()
    if found.get("jubilee"):
        return _JUBILEES[caseless(found["jubilee"])]
    if found.get("span"):
        return _span_years(found["span"])
    n_text = next(match.group(g) for g in ("n", "w", "y", "after", "since", "held", "passed") if match.group(g))
    key = caseless(n_text)
    n = int(n_text) if n_text.isdigit() else _ORDINAL_WORDS.get(key, NUMBER_WORDS.get(key, 0))
    if "decades" in ((match.group("unit") or "").lower(), (match.group("held_unit") or "").lower()):
        n *= 10  # "three decades of diplomatic relations", "diplomatic relations for seven decades"
    return n


# The relations' own date after their anniversary: "…, which were established in 1953"
_ESTABLISHED_IN = rx(r"\b(?:established|set\s+up|forged|normali[sz]ed)\s+(?:in|on)\s+$", re.I)


def _anniversary(ctx: SentenceContext, match: re.Match[str]) -> Fact | None:
    n = _years_counted(match)
    if not n:
        return None
    hi = match.end()
    date: PartialDate | None = None
    basis = ""
    for d in ctx.dates:
        if d.date is None:
            continue
        if d.kind == "range" and d.end_date and d.end_date.year - d.date.year == n:
            date, basis, hi = d.date, f"anniversary range {d.text}", max(hi, d.end)
            break
        tail = _RANGE_TAIL.match(ctx.text[d.end :])
        if tail and int(tail.group(1)) - d.date.year == n:
            date, basis, hi = (
                d.date,
                f"anniversary range {d.text}–{tail.group(1)}",
                max(hi, d.end + tail.end()),
            )
            break
    # "30 years after the two countries established diplomatic relations on July 12, 1993": a date right after the
    # verb is the establishment's own, not the day or month the anniversary is marked on
    # (also "60 years since the establishment of diplomatic relations in 1965": the year is the establishment's)
    groups = match.groupdict()
    counted_from_it = groups.get("since") is not None or (
        groups.get("after") is not None and "establishment" in match.group(0).lower()
    )
    marked = (
        _marked_day(ctx, match)
        or _falls_on(ctx, match)
        or _in_brackets(ctx, match)
        or (None if counted_from_it else _marked_on(ctx, match))
        or _marked_that_day(ctx, match)
    )
    if date is None and marked is not None:  # "Tuesday, October 11, marks the 50th anniversary of …"
        assert marked.date is not None and marked.date.month is not None
        # the same day n years before; its month where that day was not (29 February of a common year)
        year = marked.date.year - n
        date = safe_date(year, marked.date.month, marked.date.day) or safe_date(year, marked.date.month)
        basis = f"{ANNIVERSARY_COUNT}{marked.text} ({marked.date.iso()}) − {n} years"
    if date is None:
        # the year celebrated: of the month it is marked in ("… in March 2020"), or stated, or relative to the
        # story ("Next year marks the 50th anniversary")
        marked_in = None if counted_from_it else _marked_on(ctx, match, on_a_day=False)
        years = (
            [marked_in]
            if marked_in
            else [
                d
                for d in ctx.dates
                if d.date
                and d.relative in _CELEBRATED
                # a year, or the month or day of an event held for it, told before it ("visited Dhaka in March 2021
                # for … the 50th anniversary of diplomatic relations"); not a date after it, which may be the
                # relations' own ("… relations, established on 5 June 1972")
                and (d.kind == "year" or (d.kind in ("month", "day") and d.end <= match.start()))
                # nor a year after them the relations were established in ("…, which were established in 1953")
                and not (d.start >= match.end() and _ESTABLISHED_IN.search(ctx.text, max(0, d.start - 30), d.start))
            ]
        )
        # counted from the sentence's own date, its first before the words ("reached $2.95 billion in 2023, up 4
        # percent from 2022, three years after … normalized ties"), not a year it is compared with; else the nearest
        if counted_from_it:  # a year right after the words is the relations' own, not the one counted from
            years = [d for d in years if d.end <= match.start()][:1]
        if years:
            celebrated = years[0] if counted_from_it else min(years, key=lambda d: abs(d.start - match.start()))
            assert celebrated.date is not None  # kept above: every year listed has a date
            year = celebrated.date.year
            date = safe_date(year - n)
            said = f"{celebrated.text.lower()} ({year})" if celebrated.relative else celebrated.text
            basis = f"{ANNIVERSARY_COUNT}{said} − {n}"
        elif ctx.pub is not None:
            date = safe_date(ctx.pub.year - n)
            basis = f"{ANNIVERSARY_COUNT}publication year {ctx.pub.year} − {n}"
    if date is None:
        return None
    pair = ctx.pair_for()
    if pair is None:
        return None
    lo = match.start()
    sentence_start = re.search(r"[^,;]*$", ctx.text[:lo])
    if sentence_start and ("celebrat" in ctx.text[:lo].lower()):
        lo = sentence_start.start()
    return ctx.fact(FactKind.RELATIONS_ESTABLISHED, lo, hi, pair, when=date, basis=basis, confidence=0.85)
