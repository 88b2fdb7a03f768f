"""Dates and periods as the genre writes them, each with its precision.

"in 2024", "May 19th, 1975", "in September 1979", "(November 14, 1994-2024)", "from 2016 to 2022",
"in the first nine months of this year", "in September last year", "on Friday". Relative
expressions are resolved against the article's publication date, or left unresolved and marked;
they are never resolved against today's date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from app.domain.dates import PartialDate

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "hundred": 100,
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
    "twenty-fifth": 25,
    "thirtieth": 30,
    "fortieth": 40,
    "forty-fifth": 45,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "seventy-fifth": 75,
    "hundredth": 100,
}
# "the ministry said on Tuesday": the day of the report, not of the event.
REPORTED = re.compile(r"\b(said|says|announced|told|reported|stated|added|noted|confirmed)\s*$", re.I)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_M = (
    r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_Y = r"(?P<y>1[6-9]\d\d|20\d\d)"
_MONTH_WORD = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_REL = r"(?P<rel>this|last|next|the previous|the past|the same)\s+year"
_N = r"(?P<n>\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Part of a year: "in the first nine months of this year", "first half of 2023", "Q1 2024".
    (
        "partial",
        re.compile(
            r"(?:(?:in|during|over|for)\s+)?(?:the\s+)?(?P<part>first\s+" + _N + r"\s+months|first\s+half|"
            r"second\s+half|(?:first|second|third|fourth)\s+quarter|"
            + _N.replace("?P<n>", "?P<n2>")
            + r"[- ]month\s+period)"
            r"(?:\s+(?:of|in)\s+(?:" + _Y + r"|" + _REL + r"))?",
            re.I,
        ),
    ),
    # "up from 3.3 billion in the same period of 1986": the part of the year the sentence already named.
    (
        "same_period",
        re.compile(
            r"\b(?:the\s+)?(?:same|corresponding|comparable|like)\s+period\s+(?:(?:of|in)\s+)?"
            r"(?:" + _Y + r"|(?P<back>last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago|before)))",
            re.I,
        ),
    ),
    # A twelve-month year named by its end: "in the year ended June 30", "the fiscal year ending March 2019".
    (
        "year_ended",
        re.compile(
            r"\b(?:the\s+)?(?:(?:fiscal|financial|business|trade)\s+)?year\s+(?:that\s+)?(?:ended|ending|to)\s+"
            r"(?:on\s+)?(?:(?P<d>[0-3]?\d)\s+)?(?P<m>"
            + _MONTH_WORD
            + r")\.?(?:\s+(?P<d2>[0-3]?\d)\b)?(?:,?\s+"
            + _Y
            + r")?",
            re.I,
        ),
    ),
    # A run of months: "from February to October 2015", "between May and July", "January–September 2023".
    (
        "partial_months",
        re.compile(
            r"(?:(?:in|during|over|for)\s+(?:the\s+(?:period\s+)?)?)?"
            r"(?:(?:from|between)\s+(?P<m1>" + _MONTH_WORD + r")\s*(?:to|and|until|through|till|[-–—])\s*|"
            r"(?P<m3>" + _MONTH_WORD + r")\s*[-–—]\s*)"
            r"(?P<m2>"
            + _MONTH_WORD
            + r")\b(?:\s+period)?(?:,?\s+(?:of\s+)?(?:(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s*)?"
            r"(?P<fy>(?:19|20)\d\d)\s*[-–/]\s*(?P<fy2>\d\d)\b(?![-–/]?\d)|" + _Y + r"|" + _REL + r"))?",
            re.I,
        ),
    ),
    ("partial_q", re.compile(r"\b(?P<part>Q[1-4]|H[12])\s*(?:/\s*)?" + _Y)),
    ("ytd", re.compile(r"\b(?P<part>so far this year|year[- ]to[- ]date)\b", re.I)),
    # Day ranges: "from November 12 – 16", "from March 30 to April 1".
    (
        "dayrange",
        re.compile(
            r"(?:from\s+)?"
            + _M
            + r"\s+"
            + _D
            + r"\s*(?:-|–|—|to|until|through)\s*(?:"
            + _M.replace("?P<m>", "?P<m2>")
            + r"\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+"
            + _Y
            + r")?"
        ),
    ),
    ("mdy", re.compile(_M + r"\s+" + _D + r",?\s+" + _Y + r"\b")),
    ("dmy", re.compile(r"\b" + _D + r"\s+(?:of\s+)?" + _M + r",?\s+" + _Y + r"\b")),
    ("my_rel", re.compile(_M + r"\s+(?:of\s+)?" + _REL, re.I)),
    ("my", re.compile(_M + r",?\s+(?:of\s+)?" + _Y + r"\b")),
    ("md", re.compile(_M + r"\s+" + _D + r"\b(?!\s*,?\s*\d{4})")),
    ("dm", re.compile(r"\b" + _D + r"\s+(?:of\s+)?" + _M + r"\b(?!,?\s*\d{4})")),
    # Fiscal years: "2018-19", "FY2022/23" (the year is the one the fiscal year starts in).
    ("fiscal", re.compile(r"(?:\bFY\s*)?\b(?P<y>(?:19|20)\d\d)\s*[-–/]\s*(?P<y2>\d\d)\b(?![-–/]?\d)")),
    (
        "yrange",
        re.compile(
            r"(?:(?:from\s+)?\b(?P<y1>1[6-9]\d\d|20\d\d)\s*(?:-|–|—|to|until|through)\s*|"
            r"between\s+(?P<b1>1[6-9]\d\d|20\d\d)\s+and\s+)(?P<y2>1[6-9]\d\d|20\d\d)\b"
        ),
    ),
    # Numeric dates: "25/3/1971", "25.03.1971" (day first, as outside the US), "1971-03-25".
    ("iso", re.compile(r"(?<![\d/.-])(?P<y>1[6-9]\d\d|20\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?![\d/-]|\.\d)")),
    (
        "numeric",
        re.compile(r"(?<![\d/.-])(?P<d>[0-3]?\d)[/.](?P<mn>[01]?\d)[/.](?P<y>1[6-9]\d\d|20\d\d)(?![\d/-]|\.\d)"),
    ),
    # Days and weeks relative to the story: "yesterday", "earlier today", "last week", "next month".
    ("day_rel", re.compile(r"\b(?P<drel>(?:earlier\s+|later\s+)?today|tonight|yesterday|tomorrow)\b", re.I)),
    (
        "span_rel",
        re.compile(r"\b(?P<when>last|this|next|the\s+previous|the\s+past|the\s+coming)\s+(?P<unit>week|month)\b", re.I),
    ),
    # A month without a year after a preposition: "last July", "in November", "since March".
    (
        "month_alone",
        re.compile(
            r"\b(?P<prep>last|next|this|in|since|during|early|late|mid-?|until|till|by|from|before|after|through)"
            r"\s+(?:(?:early|late|mid-?)\s*)?" + _M + r"\b(?!\s*(?:,\s*)?(?:\d|of\s|this|last|next))"
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b" + _N + r"\s+(?P<unit>years?|decades?)\s+(?:ago|after\s+(?:it|they|the\s+\w+)\b)"
            r"|\b(?P<short>" + _N.replace("?P<n>", "?P<n2>") + r"|a)\s+(?P<unit2>days?|weeks?)\s+ago\b",
            re.I,
        ),
    ),
    ("rel", re.compile(r"\b" + _REL + r"\b", re.I)),
    # "as of end-2022", "at the end of 2022": the year, as a figure counted to its end
    ("year_end", re.compile(r"\b(?:end-|end\s+of\s+)" + _Y + r"\b", re.I)),
    # "down from $5.1 billion a year earlier": the year before the one the sentence states.
    (
        "year_before",
        re.compile(
            r"\b(?:a\s+year\s+(?:earlier|before)|the\s+(?:preceding|prior)\s+year|the\s+year\s+before(?!\s+last))\b",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(r"\b(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ),
    (
        "year",
        # not "the 1830s" (a decade is no year) nor "1,500 tonnes" or "2019-member"
        re.compile(r"(?<![\d,.$/-])" + _Y + r"(?![\d,.]\d|['’]?s\b|\s*-\s*(?:member|strong|page)|\s*(?:%|per\s?cent))"),
    ),
]


# Words without which a pattern cannot match (lower case), so it is not run on most sentences.
_NEEDS: dict[str, tuple[str, ...]] = {
    "iso": ("-",),
    "numeric": ("/", "."),
    "day_rel": ("today", "tonight", "yesterday", "tomorrow"),
    "span_rel": ("week", "month"),
    "month_alone": tuple(m for m in MONTHS if len(m) > 3 or m == "may"),
    "partial_months": ("from", "between", "-", "–", "—"),
    "ago": ("ago", "after"),
    "rel": ("year",),
    "weekday": ("day",),
    "ytd": ("year",),
    "partial_q": ("q", "h"),
    "my_rel": ("year",),
    "year_before": ("year",),
    "year_end": ("end",),
    "same_period": ("period",),
    "partial": ("first", "second", "third", "fourth", "half", "quarter", "month"),
    "year_ended": ("ended", "ending", " to "),
    "fiscal": ("-", "–", "/"),
}
_NEEDS_MONTH = frozenset(
    ("year_ended", "partial_months", "dayrange", "mdy", "dmy", "my_rel", "my", "md", "dm", "month_alone")
)
_ANY_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_MAY_HOLD_A_DATE = re.compile(
    r"\d|(?i:year|days?\b|half|quarter|decade|week|month|tonight|tomorrow|yesterday)|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)


@dataclass(frozen=True)
class DateExpr:
    start: int
    end: int
    kind: str
    date: PartialDate | None  # None when a relative expression could not be resolved
    end_date: PartialDate | None = None  # for ranges
    partial: str | None = None  # "first nine months" when the figure covers part of a year
    relative: str | None = None  # the relative words, when the year came from the publication date
    text: str = ""
    fiscal_year: str | None = None  # "2018-19": a fiscal year, recorded under the year it starts in

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None


def _fiscal_year(start: str | None, end: str | None) -> str | None:
    """ "2018-19" names a fiscal year when the second year follows the first; "2018-25" is no fiscal year."""
    if not start or not end or (int(start) + 1) % 100 != int(end):
        return None
    return f"{start}-{end}"


def _number(word: str | None) -> int | None:
    if word is None:
        return None
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _month(word: str | None) -> int | None:
    return MONTHS.get(word.lower().rstrip(".")) if word else None


def _relative_year(rel: str | None, pub: PartialDate | None) -> int | None:
    if rel is None or pub is None:
        return None
    rel = rel.lower()
    if rel.startswith(("last", "the previous", "the past")):
        return pub.year - 1
    if rel.startswith("next"):
        return pub.year + 1
    return pub.year


def safe_date(year: int | None, month: int | None = None, day: int | None = None) -> PartialDate | None:
    if year is None:
        return None
    try:
        if day is not None and month is not None:
            dt.date(year, month, day)
        return PartialDate(year, month, day if month else None)
    except ValueError:
        return None


_SHORT_PARTS = {
    "h1": "first half",
    "h2": "second half",
    "q1": "first quarter",
    "q2": "second quarter",
    "q3": "third quarter",
    "q4": "fourth quarter",
}


def _part_end(part: str) -> int | None:
    """The month a part of a year ends in: "first half" 6, "third quarter" 9, "first seven months" 7."""
    words = part.split()
    if words[-1] == "half":
        return 6 if words[0] == "first" else 12
    if words[-1] == "quarter":
        return 3 * ORDINAL_WORDS.get(words[0], 0) or None
    if words[0] == "first" and words[-1] == "months":
        n = _number(words[1])
        return n if n and n <= 12 else None
    return None


def _latest_year_ending(month: int | None, pub: PartialDate | None) -> int | None:
    """ "In the first half, trade reached …": the latest such part that had ended when the story appeared."""
    if month is None or pub is None or pub.month is None:
        return None
    return pub.year if pub.month > month else pub.year - 1


def _inferred_year(month: int | None, pub: PartialDate | None) -> int | None:
    """A month and day without a year belong to the publication year (or the one before, for a
    month that has not come yet when the article was published)."""
    if pub is None or month is None:
        return None
    if pub.month is not None and month > pub.month + 1:
        return pub.year - 1
    return pub.year


_WEEKDAY_FUTURE = re.compile(r"\b(will|shall|to be|starting|is set to|is due to|tomorrow)\b", re.I)
_WEEKDAY_PAST = re.compile(
    r"\b(?:\w+ed|met|held|began|went|came|flew|left|told|said|signed|was|were|had|spoke|saw|took|gave)\b", re.I
)


def _weekday(
    name: str, sentence: str, pub: PartialDate | None, reported: bool = False, at: int | None = None
) -> PartialDate | None:
    """A weekday before the story's day, or after it when its own clause speaks of the future: "landed on
    Saturday" is past even in a sentence that goes on about talks "starting Sunday"."""
    published = _published_day(pub)
    if published is None:
        return pub if pub is not None and pub.month is not None else None
    target = WEEKDAYS.index(name.lower())
    future = _WEEKDAY_FUTURE.search(sentence)
    if at is not None:  # the verb nearest before the weekday decides, when there is one
        before = sentence[max(0, at - 60) : at]
        ahead, done = last_match(_WEEKDAY_FUTURE, before), last_match(_WEEKDAY_PAST, before)
        if ahead is not None or done is not None:
            future = ahead if ahead is not None and (done is None or ahead.start() > done.start()) else None
    if future and not reported:
        delta = (target - published.weekday()) % 7 or 7
        day = published + dt.timedelta(days=delta)
    else:
        delta = (published.weekday() - target) % 7
        day = published - dt.timedelta(days=delta)
    return PartialDate(day.year, day.month, day.day)


def _build(kind: str, m: re.Match[str], text: str, pub: PartialDate | None) -> DateExpr | None:
    g = m.groupdict()
    span = (m.start(), m.end())
    if kind == "partial_months":
        first, last = _month(g.get("m1") or g.get("m3")), _month(g["m2"])
        fiscal = _fiscal_year(g.get("fy"), g.get("fy2"))
        if first is None or last is None or (last <= first and not fiscal):
            return None  # "from December to March" spans two years: not one year's part (but a fiscal year's)
        year = int(g["y"]) if g.get("y") else _relative_year(g.get("rel"), pub)
        rel = None if g.get("y") else (g.get("rel") or "(year not stated)")
        if fiscal:
            year, rel = int(fiscal[:4]), None
        elif first == 1 and last == 12:  # January to December is the whole year
            return DateExpr(*span, kind="year", date=safe_date(year), relative=rel, text=m.group(0))
        part = f"{calendar.month_name[first]}–{calendar.month_name[last]}"
        return DateExpr(
            *span,
            kind="partial",
            date=safe_date(year),
            partial=part,
            relative=rel,
            text=m.group(0),
            fiscal_year=fiscal,
        )
    if kind in ("partial", "partial_q", "ytd"):
        part = " ".join(g["part"].lower().split())
        part = _SHORT_PARTS.get(part, part)  # "H1 2022" is the first half, "Q3" the third quarter
        year = int(g["y"]) if g.get("y") else _relative_year(g.get("rel"), pub)
        rel = g.get("rel")
        if kind == "ytd":
            rel, year = part, pub.year if pub else None
        if year is None and rel is None and kind == "partial":
            year = _latest_year_ending(_part_end(part), pub)
            rel = "the latest such part before the publication date" if year else "(year not stated)"
        return DateExpr(
            *span,
            kind="partial",
            date=safe_date(year),
            partial=part,
            relative=rel if not g.get("y") else None,
            text=m.group(0),
        )
    if kind == "dayrange":
        month = _month(g["m"])
        year = int(g["y"]) if g.get("y") else _inferred_year(month, pub)
        month2 = _month(g.get("m2")) or month
        start = safe_date(year, month, int(g["d"]))
        end = safe_date(year, month2, int(g["d2"]))
        if start is None:
            return None
        return DateExpr(
            *span,
            kind="day",
            date=start,
            end_date=end,
            relative=None if g.get("y") else "year from publication date",
            text=m.group(0),
        )
    if kind in ("mdy", "dmy"):
        date = safe_date(int(g["y"]), _month(g["m"]), int(g["d"]))
        return DateExpr(*span, kind="day", date=date, text=m.group(0)) if date else None
    if kind == "my":
        return DateExpr(*span, kind="month", date=safe_date(int(g["y"]), _month(g["m"])), text=m.group(0))
    if kind == "my_rel":
        year = _relative_year(g["rel"], pub)
        return DateExpr(*span, kind="month", date=safe_date(year, _month(g["m"])), relative=g["rel"], text=m.group(0))
    if kind in ("md", "dm"):
        month = _month(g["m"])
        if g["m"].lower().rstrip(".") == "may" and kind == "dm":
            return None  # "5 may" is a verb more often than a date
        date = safe_date(_inferred_year(month, pub), month, int(g["d"]))
        return DateExpr(
            *span,
            kind="day",
            date=date,
            relative="year from publication date" if date else "(year not stated)",
            text=m.group(0),
        )
    if kind == "same_period":
        year = int(g["y"]) if g.get("y") else None
        return DateExpr(*span, kind="partial", date=safe_date(year), relative="the same period", text=m.group(0))
    if kind == "year_ended":
        month = _month(g["m"])
        if month is None:
            return None
        end_year = int(g["y"]) if g.get("y") else _inferred_year(month, pub)
        if end_year is None:
            return None
        if month == 12:
            return DateExpr(*span, kind="year", date=PartialDate(end_year), text=m.group(0))
        fiscal = f"{end_year - 1}-{end_year % 100:02d}"
        return DateExpr(*span, kind="year", date=PartialDate(end_year - 1), text=m.group(0), fiscal_year=fiscal)
    if kind == "fiscal":
        fiscal = _fiscal_year(g["y"], g["y2"])
        if fiscal is None:
            return None
        return DateExpr(*span, kind="year", date=PartialDate(int(g["y"])), text=m.group(0), fiscal_year=fiscal)
    if kind == "yrange":
        y1, y2 = int(g["y1"] or g["b1"]), int(g["y2"])
        if y2 < y1:
            return None
        return DateExpr(*span, kind="range", date=PartialDate(y1), end_date=PartialDate(y2), text=m.group(0))
    if kind == "ago" and g.get("unit2"):  # "two weeks ago": the month it falls in; "three days ago": the day
        n = 1 if g["short"].lower() == "a" else _number(g["n2"])
        published = _published_day(pub)
        if n is None or published is None:
            return DateExpr(*span, kind="day", date=None, relative=m.group(0), text=m.group(0))
        weeks = g["unit2"].lower().startswith("week")
        back = published - dt.timedelta(days=n * (7 if weeks else 1))
        date = PartialDate(back.year, back.month) if weeks else PartialDate(back.year, back.month, back.day)
        return DateExpr(*span, kind="month" if weeks else "day", date=date, relative=m.group(0), text=m.group(0))
    if kind == "ago":
        n = _number(g["n"])
        if n is None or pub is None:
            return DateExpr(*span, kind="year", date=None, relative=m.group(0), text=m.group(0))
        years = n * (10 if g["unit"].lower().startswith("decade") else 1)
        return DateExpr(*span, kind="year", date=PartialDate(pub.year - years), relative=m.group(0), text=m.group(0))
    if kind == "year_end":
        return DateExpr(*span, kind="year", date=PartialDate(int(g["y"])), text=m.group(0))
    if kind == "year_before":
        year = _relative_year("last", pub)
        return DateExpr(*span, kind="year", date=safe_date(year), relative="the previous", text=m.group(0))
    if kind == "rel":
        year = _relative_year(g["rel"], pub)
        return DateExpr(*span, kind="year", date=safe_date(year), relative=g["rel"].lower(), text=m.group(0))
    if kind == "weekday":
        reported = bool(REPORTED.search(text[: m.start()]))
        date = _weekday(g["wd"], text, pub, reported, m.start())
        return DateExpr(*span, kind="reported" if reported else "day", date=date, relative=g["wd"], text=m.group(0))
    if kind == "year":
        return DateExpr(*span, kind="year", date=PartialDate(int(g["y"])), text=m.group(0))
    if kind in ("iso", "numeric"):
        day, month = int(g["d"]), int(g["mn"])
        if kind == "numeric" and month > 12 >= day:
            day, month = month, day  # "3/25/1971": the American order
        date = safe_date(int(g["y"]), month, day)
        return DateExpr(*span, kind="day", date=date, text=m.group(0)) if date else None
    if kind == "day_rel":
        return _day_relative(g["drel"], span, pub, m.group(0))
    if kind == "span_rel":
        return _span_relative(g["when"], g["unit"], span, pub, m.group(0))
    if kind == "month_alone":
        if g["m"].lower() == "may" and g["prep"].lower() in ("by", "until", "till"):
            return None
        return _month_alone(g["prep"], g["m"], text, span, pub, m.group(0))
    return None


_FUTURE = re.compile(
    r"\b(will|shall|would|to be|is set to|are set to|is due to|plans? to|scheduled|expected to)\b", re.I
)


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text``, or None."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the last one is wanted
        pass
    return found


def _following_weekdays(found: list[DateExpr]) -> list[DateExpr]:
    """ "landed on Monday for talks starting Monday": a weekday after another in a sentence is the first
    such day on or after it, not a week away from the story's date."""
    out: list[DateExpr] = []
    previous: dt.date | None = None
    for d in found:
        if d.kind == "day" and d.relative and d.relative.lower() in WEEKDAYS and d.date and d.date.day:
            if previous is not None:
                target = WEEKDAYS.index(d.relative.lower())
                day = previous + dt.timedelta(days=(target - previous.weekday()) % 7)
                d = DateExpr(
                    d.start, d.end, d.kind, PartialDate(day.year, day.month, day.day), relative=d.relative, text=d.text
                )
            assert d.date is not None and d.date.month is not None and d.date.day is not None
            previous = dt.date(d.date.year, d.date.month, d.date.day)
        out.append(d)
    return out


def _published_day(pub: PartialDate | None) -> dt.date | None:
    if pub is None or pub.month is None or pub.day is None:
        return None
    return dt.date(pub.year, pub.month, pub.day)


def _day_relative(word: str, span: tuple[int, int], pub: PartialDate | None, text: str) -> DateExpr:
    key = word.lower().split()[-1]
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[key]
    day = _published_day(pub)
    if day is None:  # only the month or year is known: that is all the precision there is
        date = pub if pub is not None and shift == 0 else None
        return DateExpr(*span, kind="day", date=date, relative=word.lower(), text=text)
    day += dt.timedelta(days=shift)
    return DateExpr(*span, kind="day", date=PartialDate(day.year, day.month, day.day), relative=word.lower(), text=text)


def _span_relative(when: str, unit: str, span: tuple[int, int], pub: PartialDate | None, text: str) -> DateExpr:
    """ "last week" is the month the week before the story fell in; "next month" the month after it."""
    when = " ".join(when.lower().split())
    step = -1 if when in ("last", "the previous", "the past") else 1 if when in ("next", "the coming") else 0
    date: PartialDate | None = None
    if pub is not None and pub.month is not None:
        if unit.lower() == "week":
            base = _published_day(pub) or dt.date(pub.year, pub.month, 15)
            day = base + dt.timedelta(days=7 * step)
            date = PartialDate(day.year, day.month)
        else:
            index = pub.year * 12 + pub.month - 1 + step
            date = PartialDate(index // 12, index % 12 + 1)
    return DateExpr(*span, kind="month", date=date, relative=f"{when} {unit.lower()}", text=text)


def _month_alone(
    prep: str, month_word: str, sentence: str, span: tuple[int, int], pub: PartialDate | None, text: str
) -> DateExpr:
    """ "last July" in a March 1987 story is July 1986; "in November" is the last November before the story,
    or the next one when the sentence speaks of the future ("will visit in November")."""
    month = _month(month_word)
    prep = prep.lower()
    date: PartialDate | None = None
    if pub is not None and month is not None:
        pub_month = pub.month or 12
        if prep == "next" or (prep != "last" and _FUTURE.search(sentence)):
            year = pub.year if month >= pub_month else pub.year + 1
        elif prep == "last":
            year = pub.year if month < pub_month else pub.year - 1
        elif prep == "this":
            year = pub.year
        else:
            year = pub.year if month <= pub_month else pub.year - 1
        date = PartialDate(year, month)
    return DateExpr(*span, kind="month", date=date, relative=text.lower(), text=text)


def find_dates(text: str, pub: PartialDate | None) -> list[DateExpr]:
    """Every date or period expression in ``text`` (a sentence), earliest first, none overlapping."""
    if not _MAY_HOLD_A_DATE.search(text):
        return []
    taken = bytearray(len(text))  # 1 where an expression already found stands: overlap tests in O(match)
    found: list[DateExpr] = []
    lower = text.lower()
    has_month = _ANY_MONTH.search(text) is not None
    for kind, pattern in _PATTERNS:
        if kind in _NEEDS_MONTH and not has_month:
            continue  # most sentences name no month: ten patterns need one
        words = _NEEDS.get(kind)
        if words is not None and not any(w in lower for w in words):
            continue  # a cheap test first: most sentences hold no "yesterday" and no "25/3/1971"
        for match in pattern.finditer(text):
            start, end = match.span()
            if taken.find(1, start, end) != -1:
                continue
            expr = _build(kind, match, text, pub)
            if expr is not None:
                taken[start:end] = b"\x01" * (end - start)
                found.append(expr)
    found.sort(key=lambda d: d.start)
    resolved = [_same_year(d, found) if d.relative in ("the same", "the previous") else d for d in found]
    periods = [_same_period(d, resolved) if d.relative == "the same period" else d for d in resolved]
    return _following_weekdays([d for d in periods if d is not None])


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
        stated = [d for d in earlier if not d.relative]
        if not stated:
            return expr
        year = max(stated, key=lambda d: d.end).date.year - 1  # type: ignore[union-attr]
        return DateExpr(
            expr.start, expr.end, "year", PartialDate(year), relative=f"the year before {year + 1}", text=expr.text
        )
    if not earlier:
        return DateExpr(expr.start, expr.end, "year", None, relative="the same year", text=expr.text)
    year = max(earlier, key=lambda d: d.end).date.year  # type: ignore[union-attr]
    return DateExpr(expr.start, expr.end, "year", PartialDate(year), relative="the same year", text=expr.text)
