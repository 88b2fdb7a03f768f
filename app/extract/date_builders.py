"""Each kind of date expression turned into a date with its precision, resolved against the publication date.

"in 2024", "May 19th, 1975", "in September 1979", "(November 14, 1994-2024)", "from 2016 to 2022",
"in the first nine months of this year", "in September last year", "on Friday". Relative
expressions are resolved against the article's publication date, or left unresolved and marked;
they are never resolved against today's date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from app.domain.dates import PartialDate
from app.extract.date_patterns import (
    COUNT,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    REPORTED,
    WEEKDAYS,
)
from app.extract.prefilter import caseless, rx

_FUTURE = rx(r"\b(will|shall|would|to be|is set to|are set to|is due to|plans? to|scheduled|expected to)\b", re.I)


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text``, or None."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the last one is wanted
        pass
    return found


LATER = "later"  # the relative of "the following year", "two months later", until counted from a date
EARLIER = "earlier"  # and of "five years earlier", "a decade earlier", counted back


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
    word = caseless(word)
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


STORY_YEAR = "year from publication date"  # the relative of a day or month named without its year


def count_of(word: str) -> int:
    """The number a match of ``date_patterns.COUNT`` says: "a" and "an" one, "2" two, "two" two."""
    word = caseless(word)
    return 1 if word in ("a", "an") else int(word) if word.isdigit() else NUMBER_WORDS[word]


def month_number(word: str | None) -> int | None:
    """ "July", "Sept.": 7, 9."""
    return MONTHS.get(caseless(word).rstrip(".")) if word else None


def _relative_year(rel: str | None, pub: PartialDate | None) -> int | None:
    if rel is None or pub is None:
        return None
    rel = caseless(rel)
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


def _inferred_year(month: int | None, pub: PartialDate | None, coming: bool = False) -> int | None:
    """A month and day without a year belong to the publication year (or the one before, for a
    month that has not come yet when the article was published); told as ``coming`` ("will pay a visit on
    February 7-8" in June), to its next: the year after, for a month already past."""
    if pub is None or month is None:
        return None
    if coming and pub.month is not None:
        return pub.year + 1 if month < pub.month else pub.year
    if pub.month is not None and month > pub.month + 1:
        return pub.year - 1
    return pub.year


def nearest_tense(text: str, at: int) -> bool | None:
    """Whether the verb nearest before ``at`` speaks of the future (True: "will travel to China on October 16") or
    of the past (False: "landed on Saturday"); None when no such word stands in the 60 characters before."""
    before = text[max(0, at - 60) : at]
    ahead, done = last_match(_WEEKDAY_FUTURE, before), last_match(_WEEKDAY_PAST, before)
    if ahead is None and done is None:
        return None
    return ahead is not None and (done is None or ahead.start() > done.start())


# A weekday, a part of its day, and the word after them: "on Friday signed", "on Tuesday evening arrived".
_WEEKDAY_THEN_WORD = rx(
    r"(?:(?:on|last|this)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?,?\s+(\w+(?:\s+to)?)",
    re.I,
)


def _tense_right_after(text: str, at: int) -> bool | None:
    """Whether the verb right after the weekday at ``at`` speaks of the future ("on Thursday will sign") or of the
    past ("on Friday signed"); None when the word after it is neither."""
    then = _WEEKDAY_THEN_WORD.match(text, at)
    if then is None:
        return None
    word = then.group(1)
    first = word.split()[0]
    if _WEEKDAY_FUTURE.fullmatch(word) or first.lower() in ("is", "are"):  # "on Thursday are expected to sign"
        return True
    return False if _WEEKDAY_PAST.fullmatch(first) else None


def _told_as_coming(text: str, at: int) -> bool:
    """Whether the verb nearest before ``at`` speaks of the future."""
    return nearest_tense(text, at) is True


# "is expected to arrive on Wednesday", "begins a four-day state visit on Tuesday": the coming weekday; so is a
# journey told in the present of a timetable ("arrives in Nigeria on Friday", "travels to Australia on Saturday"),
# its verbs those that are no noun ("heads of state", "visits" are).
_WEEKDAY_FUTURE = rx(
    r"\b(will|shall|to be|starting|is set to|is due to|tomorrow|(?:expected|scheduled|slated|due|set)\s+to|"
    r"begins|starts|arrives|(?:travels|heads|flies|departs|sets\s+off|sets\s+out)\s+(?:to|for)|embarks\s+on)\b",
    re.I,
)
_WEEKDAY_PAST = rx(
    r"\b(?:(?!(?:expected|scheduled|slated)\b)\w+ed|met|held|began|went|came|flew|left|told|said|signed|was|were|"
    r"had|spoke|saw|took|gave)\b",
    re.I,
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
    # the verb nearest before the weekday decides, when there is one; else the verb right after it ("X and Y on
    # Friday signed …"); else any word of the future in the sentence
    told = nearest_tense(sentence, at) if at is not None else None
    if told is None and at is not None:
        told = _tense_right_after(sentence, at)
    future = told if told is not None else _WEEKDAY_FUTURE.search(sentence) is not None
    if future and not reported:
        delta = (target - published.weekday()) % 7 or 7
        day = published + dt.timedelta(days=delta)
    else:
        delta = (published.weekday() - target) % 7
        day = published - dt.timedelta(days=delta)
    return PartialDate(day.year, day.month, day.day)


Builder = Callable[[str, re.Match[str], dict[str, str], tuple[int, int], str, PartialDate | None], DateExpr | None]


def _from_partial_months(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    first, last = month_number(g.get("m1") or g.get("m3")), month_number(g["m2"])
    fiscal = _fiscal_year(g.get("fy"), g.get("fy2"))
    if first is None or last is None or (last <= first and not fiscal):
        return None  # "from December to March" spans two years: not one year's part (but a fiscal year's)
    year = int(g["y"]) if g.get("y") else _relative_year(g.get("rel"), pub)
    rel = None if g.get("y") else (g.get("rel") or "(year not stated)")
    if not g.get("y") and not g.get("rel") and (latest := _latest_year_ending(last, pub)) is not None:
        year, rel = latest, "the latest such part before the publication date"  # "From January to May, …"
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


def _short_part(written: str) -> str:
    """An analyst's shorthand for a part of a year: "1Q" the first quarter, "2H" the second half, "9M" the first nine
    months."""
    n, unit = int(written[:-1]), written[-1]
    if unit == "M":
        return f"first {n} months" if n > 1 else "first month"
    return _SHORT_PARTS[f"{unit.lower()}{n}"]


def _from_partial(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    part = _short_part(g["short"]) if g.get("short") else " ".join(caseless(g["part"]).split())
    part = _SHORT_PARTS.get(part, part)  # "H1 2022" is the first half, "Q3" the third quarter
    stated = g.get("y") or g.get("py")  # "the first half of 2023", "2023's first half"
    rel = g.get("rel") or g.get("prel")  # "… of this year", "this year's …"
    year = int(stated) if stated else _relative_year(rel, pub)
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
        relative=rel if not stated else None,
        text=m.group(0),
    )


def _from_dayrange(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    """ "May 31 to June 3, 2023", "March 12-14": month first."""
    first = month_number(g["m"])
    coming = _told_as_coming(text, span[0])
    return _day_range(
        first, int(g["d"]), month_number(g.get("m2")) or first, int(g["d2"]), g, pub, span, m.group(0), coming
    )


def _from_dayrange_dm(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    """ "28-30 June 2023", "from 31 May to 3 June 2023": day first."""
    last = month_number(g["m2"])
    coming = _told_as_coming(text, span[0])
    return _day_range(
        month_number(g.get("m")) or last, int(g["d"]), last, int(g["d2"]), g, pub, span, m.group(0), coming
    )


def _day_range(
    month: int | None,
    day: int,
    month2: int | None,
    day2: int,
    g: dict[str, str],
    pub: PartialDate | None,
    span: tuple[int, int],
    text: str,
    coming: bool = False,
) -> DateExpr | None:
    """A range of days, dated by its first with its end kept; a year stated once, at the end, is the first day's too
    (the year before, for "30 December to 2 January 2024")."""
    if month is None or month2 is None:
        return None
    year2 = int(g["y"]) if g.get("y") else _inferred_year(month2, pub, coming)
    year = year2 - 1 if year2 is not None and month > month2 else year2
    start = safe_date(year, month, day)
    if start is None:
        return None
    return DateExpr(
        *span,
        kind="day",
        date=start,
        end_date=safe_date(year2, month2, day2),
        relative=None if g.get("y") else STORY_YEAR,
        text=text,
    )


def _from_mdy(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    date = safe_date(int(g["y"]), month_number(g["m"]), int(g["d"]))
    return DateExpr(*span, kind="day", date=date, text=m.group(0)) if date else None


def _from_my(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    return DateExpr(*span, kind="month", date=safe_date(int(g["y"]), month_number(g["m"])), text=m.group(0))


def _from_my_rel(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    year = _relative_year(g["rel"], pub)
    # "July of that year", "July of the same year": resolved as "the same year" is (``periods._same_year``)
    rel = "the same" if caseless(g["rel"]).startswith(("that", "the same")) else g["rel"]
    return DateExpr(*span, kind="month", date=safe_date(year, month_number(g["m"])), relative=rel, text=m.group(0))


def _from_md_same(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    """ "December 20 of that year": resolved as "the same year" is, its month and day kept (``periods._same_year``)."""
    return DateExpr(*span, kind="day", date=None, relative="the same", text=m.group(0))


def _from_md(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    month = month_number(g["m"])
    if g["m"].rstrip(".") in ("may", "MAY") and kind == "dm":
        return None  # "5 may" is a verb more often than a date ("5 May", capitalised, a date as "5 June" is)
    date = safe_date(_inferred_year(month, pub, _told_as_coming(text, span[0])), month, int(g["d"]))
    return DateExpr(
        *span,
        kind="day",
        date=date,
        relative=STORY_YEAR if date else "(year not stated)",
        text=m.group(0),
    )


def _from_same_period(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    year = int(g["y"]) if g.get("y") else None
    return DateExpr(*span, kind="partial", date=safe_date(year), relative="the same period", text=m.group(0))


def _from_year_ended(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    month = month_number(g["m"])
    if month is None:
        return None
    end_year = int(g["y"]) if g.get("y") else _inferred_year(month, pub)
    if end_year is None:
        return None
    months = count_of(g["count"]) if g.get("count") else 12
    if months == 12:
        return _twelve_months_to(month, end_year, span, text[span[0] : span[1]])
    if not 0 < months <= month:
        return None  # "the six months to March": from October, across two years (as "from October to March")
    part = f"{calendar.month_name[month - months + 1]}–{calendar.month_name[month]}"
    return DateExpr(*span, kind="partial", date=PartialDate(end_year), partial=part, text=text[span[0] : span[1]])


def _from_months_to(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    """ "the 12 months to June 2023", "the nine months to September 2023": found from "months to", their count read
    back here (as "two years later" is); "months to June" with no count before it is no date."""
    count = _MONTHS_COUNTED.search(text, max(0, span[0] - 24), span[0])
    if count is None:
        return None
    start = count.start()
    return _from_year_ended(kind, m, {**g, "count": count.group("count")}, (start, span[1]), text, pub)


_MONTHS_COUNTED = rx(r"\b(?:the\s+)?(?P<count>" + COUNT + r")[- ]$", re.I)


def _twelve_months_to(month: int, end_year: int, span: tuple[int, int], text: str) -> DateExpr:
    """Twelve months ending with ``month`` of ``end_year``: the calendar year, or a fiscal year under its start."""
    if month == 12:
        return DateExpr(*span, kind="year", date=PartialDate(end_year), text=text)
    fiscal = f"{end_year - 1}-{end_year % 100:02d}"
    return DateExpr(*span, kind="year", date=PartialDate(end_year - 1), text=text, fiscal_year=fiscal)


_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _from_four_quarters(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    """ "the four quarters to the end of Q4 2022": the twelve months ending with that quarter."""
    quarter = int(g["q"]) if g.get("q") else _QUARTER_WORDS[g["qw"].lower()]
    return _twelve_months_to(3 * quarter, int(g["y"]), span, m.group(0))


def _from_fiscal(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    fiscal = _fiscal_year(g["y"], g["y2"])
    if fiscal is None:
        return None
    return DateExpr(*span, kind="year", date=PartialDate(int(g["y"])), text=m.group(0), fiscal_year=fiscal)


def _from_fiscal_short(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    """ "FY23" is 2022-23, "FY22-23" too (a year in the 1900s from 50 on: "FY87" is 1986-87)."""
    last = int(g["yy2"] or g["yy"])
    ends = last + (1900 if last >= 50 else 2000)
    if g["yy2"] is not None and (int(g["yy"]) + 1) % 100 != last:
        return None  # "FY22-25" is no fiscal year
    fiscal = f"{ends - 1}-{last:02d}"
    return DateExpr(*span, kind="year", date=PartialDate(ends - 1), text=m.group(0), fiscal_year=fiscal)


def _from_yrange(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    y1, y2 = int(g["y1"] or g["b1"]), int(g["y2"])
    if y2 < y1:
        return None
    if y2 == y1 + 1 and g.get("sep") in ("-", "–", "/") and not g.get("from"):
        # "in 1999-2000", "2017/2018": a fiscal year written with both its years in full, as "1999-00" is
        fiscal = f"{y1}-{y2 % 100:02d}"
        return DateExpr(*span, kind="year", date=PartialDate(y1), text=m.group(0), fiscal_year=fiscal)
    if g.get("sep") == "/":
        return None  # "2016/2022": no run of years
    return DateExpr(*span, kind="range", date=PartialDate(y1), end_date=PartialDate(y2), text=m.group(0))


def _from_year_end(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    return DateExpr(*span, kind="year", date=PartialDate(int(g["y"])), text=m.group(0))


def _from_year_before(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    year = _relative_year("last", pub)
    return DateExpr(*span, kind="year", date=safe_date(year), relative="the previous", text=m.group(0))


def _from_fiscal_rel(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    """ "the last fiscal year": the fiscal year that ended last before the story, recorded under the year it
    started in. Fiscal years end in March (India, Japan, Britain) or June (Australia, Pakistan, Bangladesh, Nepal,
    Kenya): a story of July to December follows the end of both, of January to March neither's, and the year is
    the same whichever; in April to June it is not, and is left unresolved (the country is not known here)."""
    if pub is None or pub.month is None or 4 <= pub.month <= 6:
        return DateExpr(*span, kind="year", date=None, relative=m.group(0).lower(), text=m.group(0))
    start = pub.year - 1 if pub.month >= 7 else pub.year - 2
    fiscal = f"{start}-{(start + 1) % 100:02d}"
    return DateExpr(
        *span, kind="year", date=PartialDate(start), relative=m.group(0).lower(), text=m.group(0), fiscal_year=fiscal
    )


def _from_rel(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    year = _relative_year(g["rel"], pub)
    return DateExpr(*span, kind="year", date=safe_date(year), relative=g["rel"].lower(), text=m.group(0))


def _from_that_year(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    """ "later that year": resolved as "the same year" is, by ``periods.find_dates`` (or the sentence before)."""
    return DateExpr(
        *span, kind="year", date=safe_date(_relative_year("the same", pub)), relative="the same", text=m.group(0)
    )


def _from_same_day(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    """ "the same day": resolved by ``periods.find_dates`` to the day stated before it in the sentence."""
    return DateExpr(*span, kind="day", date=None, relative="the same day", text=m.group(0))


def _from_later(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    """Unresolved here: ``periods.find_dates`` counts it from the date stated before it in the sentence. "Two
    years later" is found from "years later", its count read back here ("years later" alone is no date)."""
    unit = "year" if kind == "later_month" else caseless(g["unit"]).rstrip("s")
    start = span[0]
    back = kind == "later" and caseless(g["way"]) == "earlier"
    if kind == "later":
        count = _COUNT_BEFORE.search(text, max(0, start - 16), start)
        if count is None or (back and unit == "year" and count_of(count.group(0).strip()) == 1):
            return None  # "a year earlier" is "year_before"'s: the year before the one the sentence states
        start = count.start()
    if unit == "decade":
        unit = "year"  # counted in tens by ``periods``, which reads "decade" in its text
    return DateExpr(
        start, span[1], kind=unit, date=None, relative=EARLIER if back else LATER, text=text[start : span[1]]
    )


_COUNT_BEFORE = rx(r"\b" + COUNT + r"\s+$", re.I)


def _from_weekday(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    reported = bool(REPORTED.search(text[: m.start()]))
    date = _weekday(g["wd"], text, pub, reported, m.start())
    return DateExpr(*span, kind="reported" if reported else "day", date=date, relative=g["wd"], text=m.group(0))


def _from_year(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    return DateExpr(*span, kind="year", date=PartialDate(int(g["y"])), text=m.group(0))


def _from_iso(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    day, month = int(g["d"] or g["d2"]), int(g["mn"] or g["mn2"])  # "2024-03-12", or "2024/3/12" (iso's second form)
    if kind in ("numeric", "numeric_dash") and month > 12 >= day:
        day, month = month, day  # "3/25/1971": the American order
    date = safe_date(int(g["y"]), month, day)
    return DateExpr(*span, kind="day", date=date, text=m.group(0)) if date else None


def _from_day_rel(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    return _day_relative(g["drel"], span, pub, m.group(0))


def _from_span_rel(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    return _span_relative(g["when"], g["unit"], span, pub, m.group(0))


def _from_month_alone(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    if g["m"].lower() == "may" and g["prep"].lower() in ("by", "until", "till"):
        return None
    return _month_alone(g["prep"], g["m"], text, span, pub, m.group(0))


_YEAR_STATED = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
# The relative of "N years after it/they/the …" counted from the year the sentence states before it.
AFTER_STATED = "years after, from the sentence's own year"


def _from_ago(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    if g.get("unit2"):  # "two weeks ago": the month it falls in; "three days ago": the day
        n = 1 if g["short"].lower() == "a" else _number(g["n2"])
        published = _published_day(pub)
        if n is None or published is None:
            return DateExpr(*span, kind="day", date=None, relative=m.group(0), text=m.group(0))
        weeks = g["unit2"].lower().startswith("week")
        back = published - dt.timedelta(days=n * (7 if weeks else 1))
        date = PartialDate(back.year, back.month) if weeks else PartialDate(back.year, back.month, back.day)
        return DateExpr(*span, kind="month" if weeks else "day", date=date, relative=m.group(0), text=m.group(0))
    n = _number(g["n"])
    if n is None or pub is None:
        return DateExpr(*span, kind="year", date=None, relative=m.group(0), text=m.group(0))
    years = n * (10 if g["unit"].lower().startswith("decade") else 1)
    stated = _YEAR_STATED.search(text, 0, span[0]) if "after" in m.group(0).lower() else None
    if stated is not None:
        # "grew 11% in 2023 to £23.5 billion, two years after the countries signed …": counted from the sentence's
        # own year, the first it states, not from the story's
        year = int(stated.group(0)) - years
        return DateExpr(*span, kind="year", date=safe_date(year), relative=AFTER_STATED, text=m.group(0))
    if g.get("today") and pub.day is not None:  # "50 years ago today": that day
        that_day = safe_date(pub.year - years, pub.month, pub.day) or safe_date(pub.year - years, pub.month)
        kind = "day" if that_day is not None and that_day.day is not None else "month"  # 29 February, a common year
        return DateExpr(*span, kind=kind, date=that_day, relative=m.group(0), text=m.group(0))
    return DateExpr(*span, kind="year", date=safe_date(pub.year - years), relative=m.group(0), text=m.group(0))


def _from_until_month(
    kind: str, m: re.Match[str], g: dict[str, str], span: tuple[int, int], text: str, pub: PartialDate | None
) -> DateExpr | None:
    """ "Until August 2022": January to August of that year (to December: the whole year)."""
    last, year = month_number(g["m2"]), int(g["y"])
    if last is None:
        return None
    if last == 12:
        return DateExpr(*span, kind="year", date=PartialDate(year), text=m.group(0))
    part = "January" if last == 1 else f"January–{calendar.month_name[last]}"
    return DateExpr(*span, kind="partial", date=PartialDate(year), partial=part, text=m.group(0))


# How each kind of date pattern becomes a date: one small function a kind.
_BUILDERS: dict[str, Builder] = {
    "partial_months": _from_partial_months,
    "until_month": _from_until_month,
    "partial": _from_partial,
    "partial_q": _from_partial,
    "ytd": _from_partial,
    "dayrange": _from_dayrange,
    "mdy": _from_mdy,
    "dmy": _from_mdy,
    "my": _from_my,
    "my_rel": _from_my_rel,
    "dayrange_dm": _from_dayrange_dm,
    "md_same": _from_md_same,
    "dm_same": _from_md_same,
    "md": _from_md,
    "dm": _from_md,
    "same_period": _from_same_period,
    "year_ended": _from_year_ended,
    "months_to": _from_months_to,
    "partial_of_year": _from_partial,
    "four_quarters": _from_four_quarters,
    "fiscal": _from_fiscal,
    "fiscal_short": _from_fiscal_short,
    "yrange": _from_yrange,
    "year_end": _from_year_end,
    "year_before": _from_year_before,
    "rel": _from_rel,
    "fiscal_rel": _from_fiscal_rel,
    "that_year": _from_that_year,
    "same_day": _from_same_day,
    "later": _from_later,
    "following": _from_later,
    "later_month": _from_later,
    "weekday": _from_weekday,
    "year": _from_year,
    "iso": _from_iso,
    "numeric": _from_iso,
    "numeric_dash": _from_iso,
    "day_rel": _from_day_rel,
    "span_rel": _from_span_rel,
    "month_alone": _from_month_alone,
    "ago": _from_ago,
}


def build(kind: str, m: re.Match[str], text: str, pub: PartialDate | None) -> DateExpr | None:
    """The date a pattern of ``kind`` matched, resolved against the publication date ``pub``."""
    builder = _BUILDERS.get(kind)
    return builder(kind, m, m.groupdict(), (m.start(), m.end()), text, pub) if builder is not None else None


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
    month = month_number(month_word)
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
