"""An article's publication date when no header gives it: a "Published:" cue, a dateline, a line holding
only a date at the top or the end; and dates written in HTML metadata or by the analyst."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.domain.dates import PartialDate
from app.extract.cleaning import Cleaned, clean, date_only, head_line_date, sentence_title
from app.extract.date_patterns import MONTH_WORD
from app.extract.periods import find_dates, safe_date
from app.extract.prefilter import rx

_PUB_CUES = [
    # "Published: …", "Posted on 12 March", "Posted On: 29 DEC 2023" (a ministry's release)
    rx(r"(?:published|posted|updated|modified|date)(?:\s+on)?\s*:?\s*(?:on\s+)?(?P<date>.{6,60}?)(?:\n|\||$)", re.I),
    rx(r"^(?P<date>\d{4}-\d{2}-\d{2})\b"),
]
# A month in capitals, as a release's stamp writes it ("29 DEC 2023 4:15PM"): read as the month's name.
_CAPS_MONTH = re.compile(r"\b(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b")


def _title(match: re.Match[str]) -> str:
    return match.group(0).title()


_HEAD = 600  # characters of a page's head, where its own date stamp stands
_MONTH_WORD = r"(?:" + MONTH_WORD + r")\.?"  # "April", "Apr.", "Sept"
_NUMBER = re.compile(r"[0-9]+")  # (a pattern opening with a set of characters: the engine skips to each in C)
# A day written with its month, as a page's stamp writes it (``_may_stamp_a_day_before`` looks around the day)
_DAY = r"(?<!\d)\d\d?"
_STAMPED_DAY = re.compile(
    rf"{_DAY}(?:st|nd|rd|th)?(?:\s+of)?[ ,]+{_MONTH_WORD}|{_MONTH_WORD}\s+{_DAY}(?!\d)|"
    rf"(?<!\d)\d{{4}}[-/.]\d\d?[-/.]{_DAY}(?!\d)|{_DAY}[-/.]\d\d?[-/.]\d{{4}}",
    re.I,
)
_CUE_TO_DATE = 12  # characters between a cue and its date: a weekday ("Published: Wednesday, 12 March 2021")
# A byline, then the date: "By Staff Reporter | 12-Mar-2021", "By Nguyen Hoa • March 12, 2021", "By Ana Ruiz —
# March 12, 2021" (a dash with spaces: not "Jean-Pierre"), "By Aiman Nakispekova in Nation on 22 December 2023"
# (searched only where "By" stands: tried at every position of the head, it cost what the cues above cost).
_BYLINE_DATE = rx(
    r"(?:^|(?<=\n))[ \t]*By\s+[^\n|•·]{2,60}?(?:\s*[|•·]|\s[-–—]|\s+on)\s*(?P<date>[^\n|]{6,40}?)[ \t]*(?:\n|\||$)"
)


def publication_date_from_text(text: str) -> PartialDate | None:
    """A publication date stated near the top of an article ("Published: May 20, 2025", a dateline)."""
    head = text[:_HEAD]
    for cue in (*_PUB_CUES, _BYLINE_DATE) if "By" in head else _PUB_CUES:
        match = cue.search(head)
        if match:
            for expr in find_dates(_CAPS_MONTH.sub(_title, match.group("date")), None):
                # a day, or the month a sheet says it was updated in ("Updated: March 2023"), right after its cue (a
                # weekday before it at most: "Date of Establishment of Diplomatic Relations 21 March 1972" is none)
                if expr.kind in ("day", "month") and expr.date and not expr.relative and expr.start <= _CUE_TO_DATE:
                    return expr.date
    lines = [line.strip() for line in head.splitlines() if line.strip()][:_HEAD_LINES]
    for at, line in enumerate(lines):
        if _PROSE.search(line):
            break  # the story has begun: a date line below its first sentence is none of the page's
        # a line of the date alone or among a line's parts, among the first five ("Sunday 6 August 2023" under the
        # outlet, its menu and the headline; "Khmer Times | June 5, 2023"), or right under a byline; a date alone
        # also lower, under a portal's menus and the headline ("Peru and Korea sign MoU … / November 15, 2023")
        a_date_line = at < 5 or lines[at - 1].startswith("By ")
        if not a_date_line and (lower := head_line_date(line)) is not None:
            return lower
        alone = head_line_date(line) if a_date_line else None
        if alone is None and at < 5 and (_CLOCK.search(line) or line.startswith("By ")):
            alone = _stamp_ending(line)
        if alone is not None:
            return alone
    # A place in any script's letters ("Hà Nội, September 20, 2019 (VNA) –"), then its date.
    dateline = re.match(r"\s*[^\W\d_a-z](?:[^\W\d_]|[ ,.]){2,40}?,?\s*\(?(?:[A-Z]{2,8}\)?\s*)?[—–-]?\s*", head)
    first_line = head.split("\n", 1)[0][:160]
    if dateline:
        for expr in find_dates(first_line, None):
            # A dateline's date ends its opening: "HANOI, May 20, 2025 (VNA) –", not a date in the story.
            opening = _OPENING.match(first_line, expr.end)
            if expr.kind == "day" and expr.date and not expr.relative and expr.start < 80 and opening:
                return expr.date
    return _dateline_under_the_headline(head)


_HEAD_LINES = 9  # a page's head: its outlet, menus, labels, headline and date line
# A line of the story's prose, no head's: a long line, or a sentence of many words ended by its full stop.
_PROSE = rx(r"^.{160,}$|^(?:\S+\s+){12,}.*[.!?]$")
_CLOCK = rx(r"\b\d{1,2}:\d{2}\b")
_STAMP_LABEL = 6  # words of a label or a byline before a page's date stamp, at most: "By Joyce Ann L. Rocamora"
_TOLD_WHEN = rx(r"\b(?:on|at)\b", re.I)  # "Summit opens at 10:30 on March 12": a headline's time, not a stamp


def _stamp_ending(line: str) -> PartialDate | None:
    """A page's date stamp ending a head line after a label or a byline: with its time ("All News 16:08 November 21,
    2023", "By Joyce Ann L. Rocamora  January 30, 2024, 8:12 pm"), or after a byline alone ("By Ana Ruiz March 12,
    2021"). The stamp is a day and its time and nothing else, after a few words holding no figure."""
    words = line.split()
    if len(line) > 100 or len(words) > _STAMP_LABEL + 6:
        return None
    for at in range(1, min(len(words), _STAMP_LABEL + 1)):
        if any(c.isdigit() for c in words[at - 1]):
            return None
        stamp = " ".join(words[at:])
        if _TOLD_WHEN.search(stamp):
            continue
        alone = date_only(stamp)
        if alone is not None and alone.day is not None:
            return alone
    return None


def _dateline_under_the_headline(head: str) -> PartialDate | None:
    """The day of the dateline opening a story under its headline: "Seoul, March 5, 2023 (Yonhap) --", a place and
    a comma right before the day, which ends the line's opening."""
    for line in [line for line in head.splitlines() if line.strip()][1:4]:
        for expr in find_dates(line[:160], None) if _PLACE_FIRST.match(line) else ():
            if (
                expr.kind == "day"
                and expr.date
                and not expr.relative
                and _OPENING.match(line, expr.end)
                and _PLACE_FIRST.fullmatch(line, 0, expr.start)
            ):
                return expr.date
    return None


_PLACE_FIRST = rx(r"\s*[^\W\d_a-z](?:[^\W\d_]|[ .'’-]){1,40},\s*")
_OPENING = rx(r"\s*(?:\([^)]{1,20}\)\s*)?(?:[-–—:|]|$)")  # the agency, then a dash or colon ending it


def date_line_at_end(text: str) -> PartialDate | None:
    """A brief that ends with a line holding only its date ("February 2024", "12 March 2021"), as embassy
    and ministry pages do: the date the text stands as of."""
    lines = [line.strip() for line in text[-400:].splitlines() if line.strip()]
    return date_only(lines[-1]) if lines else None


def parse_date_text(value: str) -> PartialDate | None:
    """Parse a date from HTML metadata or a user's input: ISO forms first, then written forms."""
    value = value.strip()
    iso = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if iso:
        return safe_date(
            int(iso.group(1)),
            int(iso.group(2)) if iso.group(2) else None,
            int(iso.group(3)) if iso.group(3) else None,
        )
    for expr in find_dates(value, None):
        if expr.date and not expr.relative:
            return expr.date
    return None


_YEAR_STATED = re.compile(r"\d{4}")
_FILED_BEFORE = 3  # days a wire story may wait between its dateline and the page that prints it


def refined_by_the_dateline(published: PartialDate | None, date_text: str) -> PartialDate | None:
    """The story's date as its wire dateline tells it: a header known to its month or year only made a day ("BONN,
    June 12 -" under "date 1987-06") when the day falls within it; a header's day one to three days after the
    dateline's is the day it was printed, and the dateline's the day the story was filed, from which its "today"
    counts ("CAIRO, April 5 (Xinhua)" printed on April 6). Otherwise the header as it is."""
    if published is None or not date_text:
        return published
    found = find_dates(date_text, published)
    if len(found) != 1 or found[0].date is None or found[0].date.month is None or found[0].date.day is None:
        return published
    return _refined_by_a_day(published, found[0].date, _YEAR_STATED.search(date_text) is None)


def _refined_by_a_day(published: PartialDate, day: PartialDate | None, year_unstated: bool) -> PartialDate:
    """``published`` made ``day`` where the day falls within a header known to its month or year only, or one to
    three days before the header's day (the day a story was filed or a page stamped, the header's the day it was
    printed or collected); else ``published``. ``day``'s year, when ``year_unstated``, may be the one before."""
    if day is None or day.month is None or day.day is None:
        return published
    if published.day is None:
        if day.year != published.year or (published.month is not None and day.month != published.month):
            return published
        return day
    assert published.month is not None and day.month is not None and day.day is not None
    printed = dt.date(published.year, published.month, published.day)
    # "Dec 31" above a story printed on January 2; a year the dateline states is its own
    for year in (printed.year, printed.year - 1) if year_unstated else (day.year,):
        try:
            filed = dt.date(year, day.month, day.day)
        except ValueError:
            continue  # 29 February of a common year
        if 1 <= (printed - filed).days <= _FILED_BEFORE:
            return PartialDate(filed.year, filed.month, filed.day)
    return published


def _may_stamp_a_day_before(head: str, published: PartialDate) -> bool:
    """The cheap test before reading a page's stamp under a header (a quarter of a millisecond): a header known to
    its month or year only, or a head holding the number of a day one to three days before the header's day (a
    page stamped on the header's own day, as most are, is not read again)."""
    if published.day is None:
        return True
    assert published.month is not None
    printed = dt.date(published.year, published.month, published.day)
    if printed.toordinal() <= _FILED_BEFORE:
        return False  # "date 0001-01-01": no day before it
    before = {(printed - dt.timedelta(days=n)).day for n in range(1, _FILED_BEFORE + 1)}
    written = {f"{d}" for d in before} | {f"{d:02}" for d in before}
    # "12 April", "April 12", "12th of April", "2023-04-12", "12.04.2023" (not a clock's "10:45"), looked for
    # only around such a number (most heads hold none)
    return any(
        _STAMPED_DAY.search(head, max(0, number.start() - 12), number.end() + 16)
        for number in _NUMBER.finditer(head)
        if number.group() in written
    )


def story_date(text: str, cleaned: Cleaned, hint: str = "") -> PartialDate | None:
    """The story's date: its header's, else the caller's ``hint`` (a date from HTML metadata or the analyst), else
    one the page states at its top or end; made a day, or moved to the day it was filed, by the page's own stamp
    under a header or hint ("July 8, 2024, 7:35 pm" under "date 2024-07") and by its wire dateline."""
    published = cleaned.header_date or (parse_date_text(hint) if hint else None)
    if published is None:
        published = publication_date_from_text(text[cleaned.header_end :]) or date_line_at_end(text)
    elif _may_stamp_a_day_before(text[cleaned.header_end : cleaned.header_end + _HEAD], published):
        # a header's date refined by the page's own stamp below it, as by a dateline
        published = _refined_by_a_day(published, publication_date_from_text(text[cleaned.header_end :]), False)
    if cleaned.dateline is not None:
        published = refined_by_the_dateline(published, cleaned.dateline.date_text)
    return published


@dataclass(frozen=True)
class Header:
    """What an article says of itself, read as extraction reads it."""

    title: str
    outlet: str
    published: PartialDate | None
    dateline_date: str  # the dateline's day as written ("March 5"), which may lack its year


def read_header(text: str) -> Header:
    """The title (whole words, the dateline left out), the outlet and the publication date of ``text``."""
    cleaned = clean(text)
    published = story_date(text, cleaned)
    title = cleaned.title
    line = cleaned.dateline
    if line is not None and cleaned.body and title.startswith(text[line.start : line.end].strip()[:20]):
        first_end = next((end for start, end in cleaned.body if end > line.start), len(text))
        title = sentence_title(text, [(line.end, first_end)])
    return Header(title, cleaned.outlet, published, line.date_text if line is not None else "")
