"""Dates and periods as the genre writes them, each with its precision.

"in 2024", "May 19th, 1975", "in September 1979", "(November 14, 1994-2024)", "from 2016 to 2022",
"in the first nine months of this year", "in September last year", "on Friday". Relative
expressions are resolved against the article's publication date, or left unresolved and marked;
they are never resolved against today's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from app.domain.dates import PartialDate
from app.extract.date_builders import (
    EARLIER,
    LATER,
    STORY_YEAR,
    DateExpr,
    build,
    count_of,
    last_match,
    month_number,
    nearest_tense,
    safe_date,
)
from app.extract.date_patterns import (
    ANY_MONTH,
    COUNT,
    MAY_HOLD_A_DATE,
    MONTH_STEMS,
    MONTH_WORD,
    MONTHS,
    NEEDS,
    NEEDS_MONTH,
    PATTERNS,
    WEEKDAYS,
)
from app.extract.prefilter import DIGITS, caseless, holds_any, may_hold, rx

__all__ = [
    "CHRONOLOGY_ITEM",
    "DateExpr",
    "counted_from_the_sentence",
    "dates_the_relations",
    "find_dates",
    "in_a_clause_before",
    "last_match",
    "safe_date",
    "said_more_precisely",
]


# Words between two weekdays that put the second before the first: "ended his visit on Friday following a meeting
# … on Wednesday", "will land on Friday after stopping in Jakarta on Wednesday", "concluded his visit on Saturday,
# during which he held talks … on Friday".
_BEFORE_IT = rx(r"\b(?:after|following|having|during\s+which)\b", re.I)


def _following_weekdays(found: list[DateExpr], text: str) -> list[DateExpr]:
    """ "landed on Monday for talks starting Monday": a weekday after another in a sentence is the first
    such day on or after it, not a week away from the story's date; but not one the story's date puts before
    the other and that its own verb tells as past ("held talks on Monday with Boric, who arrived on Sunday") or
    an "after" between them ("ended his visit on Friday following a meeting … on Wednesday")."""
    out: list[DateExpr] = []
    previous: dt.date | None = None
    previous_end = 0
    for d in found:
        if d.kind == "day" and d.relative and d.relative.lower() in WEEKDAYS and d.date and d.date.day:
            own = dt.date(d.date.year, d.date.month, d.date.day) if d.date.month else None
            earlier = own is not None and previous is not None and own < previous
            told_before = earlier and (
                nearest_tense(text, d.start) is False or _BEFORE_IT.search(text, previous_end, d.start) is not None
            )
            if previous is not None and not told_before:
                target = WEEKDAYS.index(d.relative.lower())
                day = previous + dt.timedelta(days=(target - previous.weekday()) % 7)
                d = DateExpr(
                    d.start, d.end, d.kind, PartialDate(day.year, day.month, day.day), relative=d.relative, text=d.text
                )
            assert d.date is not None and d.date.month is not None and d.date.day is not None
            previous = dt.date(d.date.year, d.date.month, d.date.day)
            previous_end = d.end
        out.append(d)
    return out


# MAY_HOLD_A_DATE's words that match wherever they stand (lower case), and the stems of those that need a
# word's end ("day" of "days?\b") or are case-sensitive (the months, capitalised).
_DATE_WORDS = ("year", "half", "quarter", "decade", "week", "month", "tonight", "tomorrow", "yesterday")
_BOUNDED_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _may_hold_a_date(text: str, lower: str) -> bool:
    """MAY_HOLD_A_DATE, its parts tested first as substrings, in C: a digit, then its words. Searched in full
    the pattern cost 12 µs on a sentence of no digit."""
    if holds_any(text, DIGITS):
        return True
    if text.isascii():  # beyond ASCII, \d may be a digit of another script and (?i) match odd cases: search
        if holds_any(lower, _DATE_WORDS):
            return True
        if "day" not in lower and not holds_any(text, _BOUNDED_STEMS):
            return False
    return MAY_HOLD_A_DATE.search(text) is not None


def find_dates(text: str, pub: PartialDate | None) -> list[DateExpr]:
    """Every date or period expression in ``text`` (a sentence), earliest first, none overlapping."""
    lower = text.lower()
    if not _may_hold_a_date(text, lower):
        return []
    taken = bytearray(len(text))  # 1 where an expression already found stands: overlap tests in O(match)
    found: list[DateExpr] = []
    counted = False  # an expression counted from the date before it ("the following year") was found
    has_month = may_hold(text, lower, MONTH_STEMS) and ANY_MONTH.search(text) is not None
    for kind, pattern in PATTERNS:
        if kind in NEEDS_MONTH and not has_month:
            continue  # most sentences name no month: 16 patterns need one
        words = NEEDS.get(kind)
        if words is not None and not holds_any(lower, words):
            continue  # a cheap test first: most sentences hold no "yesterday" and no "25/3/1971"
        if kind == "numeric_dash" and text.count("-") < 2:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if taken.find(1, start, end) != -1:
                continue
            expr = build(kind, match, text, pub)
            if expr is not None:
                taken[start:end] = b"\x01" * (end - start)
                found.append(expr)
                counted = counted or expr.relative in (LATER, EARLIER, "next")
    found.sort(key=lambda d: d.start)
    if counted:
        found = [_counted_on(d, found, text) for d in found]
    resolved = [_as_of_the_sentence(d, found) for d in found]
    item = CHRONOLOGY_ITEM.match(text) if text[:1] in "12" else None
    if item is not None:
        resolved = [_of_the_items_year(d, int(item.group("y"))) for d in resolved]
    elif (frame := _FRAMED.match(text)) is not None and (pub is None or int(frame.group("y")) < pub.year):
        # "In 2013 the two countries raised … during Xi Jinping's state visit to Mexico in June": June 2013
        year = int(frame.group("y"))
        resolved = [_of_the_items_year(d, year, _FRAME_YEAR) if d.start >= frame.end() else d for d in resolved]
    periods = [_same_period(d, resolved) if d.relative == "the same period" else d for d in resolved]
    return _following_weekdays([d for d in periods if d is not None], text)


# A chronology's item: "1972 – Diplomatic relations established (January 7)", "2018: Embassy moved"
CHRONOLOGY_ITEM = re.compile(r"(?P<y>(?:1[6-9]|20)\d\d)\s*[–—:-]\s+(?=[A-Z])")
_NO_YEAR = (STORY_YEAR, "(year not stated)")
CHRONOLOGY_YEAR = "the chronology's year"


# A month or day named plainly, its year left out: "in November", "(January 7)", "on 26 February"
_PLAIN_MONTH = rx(
    r"(?:(?:in|on|by|since|from|until|during)\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\d{1,2}\s+)?(?:"
    + MONTH_WORD
    + r")\.?(?:\s+\d{1,2})?",
    re.I,
)


# A sentence framed by a year it opens with: "In 2013 the two countries …", "In 2006, President Bachelet …"
_FRAMED = re.compile(r"\W*In\s+(?P<y>(?:1[6-9]|20)\d\d)\b(?!\s*[-–]\d)")
_FRAME_YEAR = "the year the sentence opens with"


def _of_the_items_year(expr: DateExpr, year: int, label: str = CHRONOLOGY_YEAR) -> DateExpr:
    """A day or month a chronology's item names without its year ("(January 7)", "(September 2-3)", "in November",
    which outside one is the last November before the story) is of the item's year, not the story's; so is one of a
    sentence framed by a year it opens with (``label`` says which)."""
    if expr.kind not in ("day", "month"):
        return expr
    if expr.relative not in _NO_YEAR and not (expr.relative and _PLAIN_MONTH.fullmatch(expr.text)):
        return expr
    return of_the_year(expr, year, f"{label} {year}")


def of_the_chronology(expr: DateExpr) -> bool:
    """Whether ``expr`` took its year from its chronology's item: a date as stated as the item's own year."""
    return expr.relative is not None and expr.relative.startswith(CHRONOLOGY_YEAR)


_COUNT = rx(r"(?P<n>" + COUNT + r")\s", re.I)
_THE = rx(r"\bthe\s+$", re.I)
_MONTH_FIRST = rx(r"(" + MONTH_WORD + r")\b", re.I)


def _counted_on(expr: DateExpr, found: list[DateExpr], text: str) -> DateExpr:
    """ "the following month", "two years later", and "the next year" after a date the sentence states: counted
    from the last such date before it ("recognised Ukraine in December 1991 and established relations the following
    month": January 1992), to a year, or to a month from a month. Without one, "the next year" is the story's next
    year as before, and the others are left unresolved."""
    anaphoric = expr.relative in (LATER, EARLIER) or (
        expr.relative == "next" and _THE.search(text, max(0, expr.start - 4), expr.start) is not None
    )
    if not anaphoric:
        return expr
    earlier = [d for d in found if d.end <= expr.start and d.date is not None and d.kind != "reported"]
    if not earlier:
        return expr if expr.relative == "next" else replace(expr, date=None)
    base = max(earlier, key=lambda d: d.end)
    assert base.date is not None
    count = _COUNT.match(expr.text)  # "the following year" states none: one
    n = count_of(count.group("n")) if count else 1
    if "decade" in expr.text.lower():
        n *= 10  # "two decades earlier": twenty years
    how = f"{n} {expr.kind}{'s' if n > 1 else ''} {'before' if expr.relative == EARLIER else 'after'} “{base.text}”"
    if expr.relative == EARLIER:
        n = -n
    named = _MONTH_FIRST.match(expr.text)  # "July of the following year": that month of the year counted
    if named is not None:
        month = MONTHS[caseless(named.group(1)).rstrip(".")]
        return replace(expr, kind="month", date=safe_date(base.date.year + n, month), relative=how)
    if expr.kind == "month":
        if base.date.month is None:
            return replace(expr, date=None)
        months = base.date.year * 12 + base.date.month - 1 + n
        return replace(expr, date=safe_date(months // 12, months % 12 + 1), relative=how)
    return replace(expr, kind="year", date=safe_date(base.date.year + n), relative=how)


def counted_from_the_sentence(expr: DateExpr) -> bool:
    """Whether ``expr`` was counted from a date its sentence states ("the following month" after December 1991):
    as certain as that date, not the story's."""
    relative = expr.relative or ""
    return expr.date is not None and (" after “" in relative or " before “" in relative)


def _same_period(expr: DateExpr, found: list[DateExpr]) -> DateExpr | None:
    """ "the same period of 1986" is the part of the year named before it ("the first eight months"), in the
    year it states or, for "last year", the year before that part's; without a part named before, nothing."""
    part = next((d for d in reversed(found) if d.end <= expr.start and d.partial and d.date), None)
    if part is None or part.date is None:
        return None
    year = expr.date.year if expr.date else part.date.year - 1
    return DateExpr(
        expr.start,
        expr.end,
        "partial",
        PartialDate(year),
        partial=part.partial,
        text=expr.text,
        relative=None if expr.date else f"the same period of the year before {part.date.year}",
    )


def _same_year(expr: DateExpr, found: list[DateExpr]) -> DateExpr:
    """ "the same year" is the year stated before it in the sentence, not the publication year; "the previous
    year" and "a year earlier" the year before that one (without one, the year before publication)."""
    earlier = [d for d in found if d.end <= expr.start and d.date is not None and d.kind != "reported"]
    if expr.relative == "the previous":
        # A year stated relative to the story counts ("last year …, up from X a year earlier"); a day does not
        # (a weekday or "yesterday" dates the telling, not the figure), nor another "a year earlier".
        stated = [d for d in earlier if not d.relative or (d.kind != "day" and d.relative != "the previous")]
        if not stated:
            return expr
        year = max(stated, key=lambda d: d.end).date.year - 1  # type: ignore[union-attr]
        return DateExpr(
            expr.start, expr.end, "year", PartialDate(year), relative=f"the year before {year + 1}", text=expr.text
        )
    # "in July of that year", "on December 20 of that year": its month and day, kept
    if not earlier:
        kind = expr.kind if expr.kind in ("month", "day") else "year"
        return DateExpr(expr.start, expr.end, kind, None, relative="the same year", text=expr.text)
    year = max(earlier, key=lambda d: d.end).date.year  # type: ignore[union-attr]
    return of_the_year(expr, year, "the same year")


# "26 years after the two countries …": a year counted back from the story to another event (not "two years after
# “2015”", counted on from a date the sentence states, which may be a second visit's)
_YEARS_AFTER_AN_EVENT = rx(r"\bafter\s+(?:it|they|the)\b", re.I)


def another_events_year(expr: DateExpr) -> bool:
    """Whether ``expr`` is a year counted back from the story to another event than its clause's: "…, 59 years after
    the two countries established diplomatic relations" dates the relations, not an embassy or a visit."""
    return expr.kind == "year" and _YEARS_AFTER_AN_EVENT.search(expr.relative or "") is not None


_FISCAL_BEFORE = re.compile(r"(?:the\s+)?(?:previous|preceding|prior)\s+(?:(?:fiscal|financial)\s+year|fiscal)")


def _fiscal_year_before(expr: DateExpr, found: list[DateExpr]) -> DateExpr:
    """ "$4.1 billion in FY2021-22, up from $3.5 billion in the previous fiscal year": the fiscal year before the one
    stated last before it in the sentence (2020-21); with none stated, the story's (``_from_fiscal_rel``)."""
    stated = [d for d in found if d.end <= expr.start and d.date is not None and d.fiscal_year is not None]
    if not stated:
        return expr
    before = max(stated, key=lambda d: d.end)
    year = before.date.year - 1  # type: ignore[union-attr]
    return replace(
        expr,
        date=PartialDate(year),
        fiscal_year=f"{year}-{(year + 1) % 100:02d}",
        relative=f"the fiscal year before {before.fiscal_year}",
    )


def _as_of_the_sentence(expr: DateExpr, found: list[DateExpr]) -> DateExpr:
    """``expr`` resolved by a date stated before it in the sentence, when it points back to one ("the same year",
    "a year earlier", "July of that year", "the same day", "the previous fiscal year")."""
    if expr.relative in ("the same", "the previous"):
        return _same_year(expr, found)
    if expr.relative is not None and _FISCAL_BEFORE.fullmatch(expr.relative):
        return _fiscal_year_before(expr, found)
    if expr.relative == "the same day":
        return _same_day(expr, found)
    return expr


def _same_day(expr: DateExpr, found: list[DateExpr]) -> DateExpr:
    """ "the same day" is the day stated last before it in the sentence ("arrived on Saturday … and signed six
    agreements the same day"); with none, unresolved."""
    days = [d for d in found if d.end <= expr.start and d.kind == "day" and d.date is not None and d.date.day]
    if not days:
        return expr
    return replace(expr, date=days[-1].date, relative=f"the same day as {days[-1].text}")


_MONTH_NAMED = rx(r"\b(?:" + MONTH_WORD + r")\b", re.I)
_DAY_NAMED = rx(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")


def of_the_year(expr: DateExpr, year: int, relative: str) -> DateExpr:
    """``expr`` ("the same year", "July of that year", "December 20 of that year") as of ``year``, its month and
    day kept (a day the year has not, 29 February, as its month)."""
    month = day = None
    if expr.kind in ("month", "day") and (named := _MONTH_NAMED.search(expr.text)) is not None:
        month = month_number(named.group(0))
        if expr.kind == "day" and (number := _DAY_NAMED.search(expr.text)) is not None:
            day = int(number.group(1))
    date = safe_date(year, month, day) or safe_date(year, month)
    kind = expr.kind if date is None else "day" if date.day else "month" if date.month else "year"
    return replace(expr, kind=kind, date=date, relative=relative)


# Dates of another event than the one a reader dates. "Mexico and Korea, whose relations date from January 1962,
# signed a pact", "Peru's president, who took office in July 2021, visited China": a date in a relative clause
# closed before the verb is the clause's own event's. "which set up diplomatic relations in 1975": a date right
# after "relations" is the relations'.
# A relative clause still open where the date stands, or one of a person's election or taking office: "…, who took
# office in July 2021, …", "Bachelet, elected in 2006, visited …", "Ruto, sworn in in September 2022, …"
_IN_A_CLAUSE = rx(
    r",\s+(?:who|whose|which|(?:first\s+)?(?:re-?)?(?:elected|appointed|sworn\s+in|inaugurated|installed))\b[^,;]*$",
    re.I,
)
_DATES_RELATIONS = rx(r"\b(?:relations|ties)\s+(?:(?:in|on|since)\s+)?$", re.I)
# Told with the relations' date, an event of the same date: "relations in 1873, when both signed …", "normalized
# relations in September 1972 with the signing of a joint communique".
_WHEN_AFTER = rx(r"\s*,?\s*(?:when|with\s+the\s+signing)\b")
# A document on relations: "the Shusha Declaration on allied relations", "an agreement on good-neighbourly relations".
_DOCUMENT_ON = rx(
    r"\b(?:declaration|agreement|treaty|pact|accord|memorandum|statement|communiqu[eé]|charter|protocol)\s+"
    r"(?:on|of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
# A capitalised word before a capitalised "Relations": a document's name ("the Treaty on Basic Relations").
_NAME_BEFORE = rx(r"[A-Z][\w-]*\s+$")


def in_a_clause_before(text: str, d: DateExpr, verb_at: int) -> bool:
    """Whether ``d`` stands in a relative clause of ``text`` closed before the verb at ``verb_at``."""
    return d.end <= verb_at and _IN_A_CLAUSE.search(text, 0, d.start) is not None and "," in text[d.end : verb_at]


def dates_the_relations(text: str, d: DateExpr) -> bool:
    """Whether ``d`` dates the relations named right before it ("relations in 1873"), and not also an event told
    with it ("relations in 1873, when both signed …"), nor a document named for relations ("the Treaty on Basic
    Relations 50 years ago")."""
    found = _DATES_RELATIONS.search(text, max(0, d.start - 30), d.start)
    if found is None or _WHEN_AFTER.match(text, d.end):
        return False
    # "signed the Treaty on Basic Relations 50 years ago", "a treaty on allied relations on 6 December 2021": the
    # relations are what a document is about, the date is the document's
    if _DOCUMENT_ON.search(text, max(0, found.start() - 60), found.start()):
        return False
    return not (found.group(0)[0].isupper() and _NAME_BEFORE.search(text, max(0, found.start() - 30), found.start()))


def said_more_precisely(text: str, when: DateExpr, dates: list[DateExpr]) -> DateExpr:
    """``when``, or the same year said more precisely right after it: "established diplomatic relations 70 years ago,
    on March 5, 1955" (the day, not the year the count gives), or anywhere in a chronology's item ("1972 – Diplomatic
    relations established at Ambassador level (January 7)") or a sentence the year frames ("In 2013 … in June")."""
    if when.date is None or when.date.month is not None:
        return when
    year = when.date.year
    for d in dates:
        if (
            d.start >= when.end
            and d.date is not None
            and d.date.year == year
            and d.date.month is not None
            and (
                _RESTATED.fullmatch(text, when.end, d.start)
                or (d.relative is not None and d.relative.startswith((CHRONOLOGY_YEAR, _FRAME_YEAR)))
            )
        ):
            return d
    return when


_RESTATED = rx(r"\s*,?\s*(?:that\s+is\s+)?(?:on|in)?\s*")
