"""Separating an article's body from its page furniture, and reading its header.

Cleaning never rewrites the text: it returns the spans of the body, so that every fact's
offsets point into the text the analyst sees.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.domain.countries import MentionKind, country_index
from app.domain.dates import PartialDate
from app.domain.text import alias_key
from app.extract.periods import find_dates
from app.extract.prefilter import holds_any, may_hold, rx

_HEADER_DATE = rx(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b[ \t]*")
# A line that starts the trailing block of links, comments and share buttons.
_TAIL_MARKERS = rx(
    r"^\s*(related( (news|articles|stories|posts|content|coverage|links))?|read more|more (news|stories) from|"
    r"most (viewed|read|popular)|trending|reactions|share( this( article)?)?|tags|comments?|"
    r"you (may|might) (also )?(like|be interested)|see also|recommended( for you| reading)?|latest news|"
    r"(other|more) (news|stories|articles)|read (next|also)|also read|top stories|editor['’]?s picks?|"
    r"more on this (story|topic)|follow us|subscribe|leave a (reply|comment))\s*:?\s*$",
    re.I,
)
_FURNITURE_LINE = rx(
    r"^\s*(log ?in|sign ?in|sign up|register|menu|search|home|back to top|print|email|"
    # the link a screen reader uses to pass the menu: "Skip to main content", "Jump to navigation"
    r"(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search|menu)|skip\s+navigation|"
    r"advertisement|sponsored|photo:.*|video:.*|source:.*|share on \w+|facebook|twitter|x|"
    # a cookie banner above the masthead: "We use cookies to improve your experience. … Accept"
    r"(?:we|this\s+(?:web)?site)\s+uses?\s+cookies\b.*|"
    r"linkedin|whatsapp|telegram|print this( article)?|font size.*|\d+ (views|comments)|"
    # a link to another story set in the text: "ALSO READ: Vietnam-Japan trade hits $50 billion", "Read more: …"
    r"(also read|read also|read more|read next|related( (news|story|article|coverage))?|see also|don['’]?t miss|"
    r"recommended|more on this)\s*[:|–—-]\s+\S.*)\s*:?\s*$",
    re.I,
)
# The parts of a line set apart by bars, slashes, dots or arrows: a site's menu or breadcrumb ("World | China |
# Japan", "Home > News > Asia"), a page's head ("Source: Xinhua | 2023-07-15 10:45:12 | Editor: huaxia").
LINE_PARTS = re.compile(r"\s+[|/·•●▪◆>»]\s+")  # ("Jakarta ● Thu, September 7, 2023": a round bullet too)
_PART_MARKS = ("|", "/", "·", "•", "●", "▪", "◆", ">", "»")
# A menu: three or more parts, each of one to four words. Parts of figures are a table's row, kept.
_MENU_ITEM = re.compile(r"[^\W\d_](?:[^\W\d_]|['’&-])*(?:\s+[^\W\d_](?:[^\W\d_]|['’&-])*){0,3}")


# A page's section named in two short parts above the headline: "News » National", "Interview | Business",
# "Politics | International relations" (not "Chile, Peru sign trade deal | The Daily Example": a headline, its outlet)
_SECTION_PART = re.compile(r"[^\W\d_](?:[^\W\d_]|['’&-])*(?:\s+[^\W\d_](?:[^\W\d_]|['’&-])*)?")


def _is_a_section(line: str) -> bool:
    if len(line) > 60 or not holds_any(line, _PART_MARKS):
        return False
    parts = LINE_PARTS.split(line.strip(" |/·•>»"))
    return len(parts) == 2 and all(_SECTION_PART.fullmatch(part) for part in parts)


def _is_menu(line: str) -> bool:
    if len(line) > 300 or not holds_any(line, _PART_MARKS):
        return False  # a menu is one short line (splitting a long run of spaces at "\s+" would be quadratic)
    items = LINE_PARTS.split(line.strip(" |/·•>»"))
    return len(items) >= 3 and all(_MENU_ITEM.fullmatch(item) for item in items)


_COPYRIGHT = rx(r"(copyright|\(c\)|©|all rights reserved)", re.I)
_COPYRIGHT_WORDS = ("copyright", "(c)", "©", "all rights reserved")  # a line of none is not searched


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "MOSCOW, March 31 - ", "HANOI, May 20 (Xinhua) -- ", "Ha Noi (VNA) – ", "NEW DELHI: ": a place in capitals
# (or any place before an agency in brackets), an optional date without a year, then a dash or colon.
# Capitals, with those beyond ASCII of the places datelines name: "HÀ NỘI", "SÃO PAULO", "BOGOTÁ".
_CAPS = "A-ZÀ-ÖØ-ÞĐ\u1ea0-\u1ef8"
_DATELINE = rx(
    # (the place named more closely after a comma: "JERICHO, West Bank", "ARAVA, Israel-Jordan border")
    r"[ \t]*(?P<place>[" + _CAPS + r"][" + _CAPS + r".'’\- ]{1,30}[" + _CAPS + r".]"
    r"(?:,[ \t]+[A-Z][A-Za-z.'’-]+(?:[ \t]+[A-Za-z][A-Za-z.'’-]+){0,2}(?=,|[ \t]*[(:–—-]))?|"
    # (or any place before an agency in brackets, named more closely too: "Sydney, Australia (ANTARA) -")
    r"[A-Z][\w.'’\- ]{1,30}?(?:,[ \t]+[A-Z][^\W\d_.'’\- ]*(?:[ .'’-]+[^\W\d_]+){0,3})?(?=[ \t]*\()|"
    # "New Delhi, Aug 20 : ": a place in title case, dated
    r"[A-ZÀ-ÖØ-ÞĐ][^\W\d_A-Z]+(?:[ \t][A-ZÀ-ÖØ-ÞĐ][^\W\d_A-Z]+){0,3}(?=,[ \t]+(?:"
    + _MONTH
    + r"[ \t]+\d|\d{1,2}(?:st|nd|rd|th)?[ \t]+"
    + _MONTH
    + r")))"
    # the date: "March 31", "5 March", "1st April, 2023", "June 10th, 2024"
    r"(?:,[ \t]+(?P<date>" + _MONTH + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?|"
    r"\d{1,2}(?:st|nd|rd|th)?[ \t]+" + _MONTH + r"(?:,?[ \t]+\d{4})?))?"
    # (an agency's name in capitals, or dpa's in lower case: not a sheet's label, "investment in Peru (cumulative):")
    # (or after a comma, as SPA writes it: "RIYADH, December 08, 2022, SPA --")
    r"(?:[ \t]*\((?P<agency>(?:[A-Z]|dpa\b)[\w .&/-]{1,30})\)|(?<=\d),[ \t]+(?P<agency2>[A-Z]{2,8}))?"
    # then a dash or a colon; or, after a date and an agency in brackets, nothing ("New Delhi, Apr 15 (PTI) India …")
    # or a full stop ("Lima, Nov. 14 (ANDINA). Peru …");
    # or after a date without an agency, a full stop, and TASS's name between slashes ("ULAANBAATAR, September 3.
    # /TASS/. Russian …", "TASHKENT, Uzbekistan, August 22. Presidents …")
    r"(?:[ \t]*(?:-{1,2}|–|—|:)|(?(date)(?(agency)(?<=\))\.?|\.(?:[ \t]+/[A-Z]{2,8}/\.)?)|(?!)))[ \t]+(?=[A-Z\"“‘'])"
)


@dataclass(frozen=True)
class Dateline:
    place: str
    date_text: str  # "March 31", as written; its year comes from the publication date
    agency: str
    start: int
    end: int  # where the story's first sentence starts


@dataclass(frozen=True)
class Cleaned:
    body: tuple[tuple[int, int], ...]  # spans of the text that carry the article (paragraphs)
    header_date: PartialDate | None
    header_end: int
    title: str
    outlet: str
    dateline: Dateline | None = None


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _is_heading_like(line: str) -> bool:
    """Two words or fewer, or nearly all capitals. (Counted with C's filter and map: a generator over each
    character was a twentieth of reading a hard-wrapped wire story.)"""
    if len(line.split()) <= 2:
        return True
    letters = list(filter(str.isalpha, line))
    return bool(letters) and sum(map(str.isupper, letters)) / len(letters) > 0.85


_OUTLET_WORDS = 4  # an outlet's name, at most: "The Jakarta Post", "South China Morning Post"
# An outlet's description of itself, a short line ending in what it is: "Indonesian News Agency", "Kenya's Leading
# Newspaper" (not a headline about one: "Chile and Peru set up a joint news agency", longer)
_TAGLINE = re.compile(r"(?:\bnews\s+agency|\bnewspaper|\bnews\s+service|\bwire\s+service)$", re.I)


def _is_a_tagline(line: str) -> bool:
    return len(line.split()) <= _OUTLET_WORDS and _TAGLINE.search(line) is not None


def clean(text: str) -> Cleaned:
    """Find the body of ``text``: drop navigation at the top, link lists and copyright lines."""
    header_date, header_end = _header_date(text)
    lines = _lines(text)
    content_chars = sum(e - s for s, e in lines) or 1
    keep: list[tuple[int, int]] = []
    seen_paragraph = False
    consumed = 0
    candidates: list[tuple[str, int]] = []  # the head's lines that may be the headline, with where each ends
    caps_headline = ""
    tail_marker = _TAIL_MARKERS.match
    may_hold_a_menu = holds_any(text, _PART_MARKS)  # most texts hold no bar, slash, dot or arrow
    for start, end in lines:
        if start < header_end:
            start = header_end
        stripped = text[start:end].strip()
        consumed += end - start
        if not stripped:
            continue
        if tail_marker(stripped):
            if consumed / content_chars > 0.3:
                break  # everything after is the page's related-news block
            continue
        if _is_furniture(stripped, may_hold_a_menu):
            continue
        is_paragraph = _is_a_paragraph(stripped)
        if not seen_paragraph and not is_paragraph:
            if _may_be_a_date_line(stripped) and head_line_date(stripped) is not None:
                continue  # the page's date line ("September 05, 2023", "Jakarta | Fri, July 29, 2022"): no headline
            if _is_heading_like(stripped):
                if not caps_headline and len(stripped.split()) >= 3 and any(c.isalpha() for c in stripped):
                    caps_headline = stripped  # a wire headline, if a dateline follows it
                continue  # masthead and navigation above the story
            if _is_a_tagline(stripped):
                continue  # "Indonesian News Agency" under "ANTARA News": the outlet's description of itself
            if not _is_a_section(stripped):
                candidates.append((stripped, end))  # (a section's name, "News » National", is no headline)
            keep.append((start, end))
            continue
        seen_paragraph = seen_paragraph or is_paragraph
        keep.append((start, end))
    # The headline: the first line of the head above the story, unless it is a short name the page gives again
    # below, as it does its outlet's ("The Jakarta Post" above the headline, and in the byline "(The Jakarta Post)")
    title = next(
        (c for c, end in candidates if len(c.split()) > _OUTLET_WORDS or c not in text[end:]),
        candidates[0][0] if candidates else "",
    )
    if not title:
        title = _first_sentence_title(text, keep)
    paragraphs = _paragraphs(text, keep) if _hard_wrapped(text, keep) else _continued(text, keep)
    dateline = _dateline(text, paragraphs)
    if dateline is not None and caps_headline and title == _first_sentence_title(text, keep):
        title = caps_headline  # "CHINA AND PORTUGAL SIGN MACAO DEAL" above "PEKING, April 13 -"
    return Cleaned(tuple(paragraphs), header_date, header_end, title, _outlet(text, keep), dateline)


def _header_date(text: str) -> tuple[PartialDate | None, int]:
    """The date of the ``" date 2024-11-11 "`` line opening an article, and where the line ends (0 without one)."""
    match = _HEADER_DATE.match(text)
    if match:
        try:
            return PartialDate.parse(match.group(1)), match.end()
        except ValueError:
            return None, 0
    return None, 0


def _is_furniture(line: str, may_hold_a_menu: bool) -> bool:
    """Whether a line is the page's, not the story's: a furniture line ("Share", "Related news"), a menu (only where
    the text holds a bar, slash, dot or arrow at all), a copyright line."""
    return bool(
        _FURNITURE_LINE.match(line)
        or (may_hold_a_menu and _is_menu(line))
        or (len(line) < 200 and may_hold(line, line.lower(), _COPYRIGHT_WORDS) and _COPYRIGHT.search(line))
    )


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Lines broken every 60-80 characters in the middle of sentences (newswire, e-mail, text from PDF).
    A short story needs fewer such lines when it opens with a wire dateline ("LONDON, Nov 4 - ")."""
    long = [(s, e) for s, e in lines if e - s >= 30]
    wire = any(_DATELINE.match(text, s, e) for s, e in lines[:2])
    if len(long) < (2 if wire else 4) or max(e - s for s, e in lines) > 110:
        return False
    if 2 * sum(1 for s, e in long if _FIELD.match(text, s, e) or _BULLETED.match(text, s, e)) >= len(long):
        return False  # a fact sheet: "Label: value" on each line, or a bulleted list
    open_ended = sum(1 for s, e in long if not text[s:e].rstrip().endswith((".", "!", "?", '"', "”", ":")))
    return open_ended / len(long) >= 0.4


def _paragraphs(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join the lines of hard-wrapped paragraphs. A paragraph ends at a blank line, at an indented line,
    or after a line that ends a sentence and is clearly shorter than the lines around it."""
    width = sorted(e - s for s, e in lines)[len(lines) * 3 // 4]  # the wrap width
    out: list[tuple[int, int]] = []
    for start, end in lines:
        if out:
            prev_start, prev_end = out[-1]
            between = text[prev_end:start]
            prev_line = text[text.rfind("\n", 0, prev_end) + 1 : prev_end].rstrip()
            indented = text[start : start + 1] in (" ", "\t")
            ended_short = prev_line.endswith((".", "!", "?", '"', "”")) and len(prev_line) < width - 15
            if (
                between.count("\n") == 1
                and not indented
                and not ended_short
                and not _is_heading_like(prev_line)
                and not _CHRONOLOGY_ITEM.match(text, start, end)  # a chronology's lines are items, one a year
            ):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


# A fact sheet's line, a label and its value: "Diplomatic relations: established on 15 November 1965", "Thai
# Embassy in Lima: opened in 1969". A text whose lines are mostly such is a sheet, not wrapped prose: joined as
# wrapped, a ministry's sheet was one sentence whose years were read as visits.
LIST_MARK = r"(?:\(?\d{1,2}[.)]|[-•*·–])"  # an item's number or bullet: "1.", "(2)", "3)", "-", "•"
_BULLETED = rx(r"\s*[-•*·–]\s+[A-Z]")  # a bulleted line: "- President … to Peru, November 2008"
_FIELD = rx(r"(?:" + LIST_MARK + r"\s+)?[A-Z][\w’'()&/ -]{1,40}?:\s")  # numbered or bulleted, or not
# A numbered item starts a line of its own: "1. Diplomatic Relations: …", "(2) Bilateral trade …", as does a
# chronology's year: "1994 – Consulate General opened in Ho Chi Minh City" (not a figure running on, "reached\n6.1
# billion dollars", nor "in\n2022-23").
_YEAR_ITEM = r"(?:1[6-9]|20)\d\d\s*[–—:-]\s+[A-Z]"
_ITEM = rx(r"\(?\d{1,2}[.)]\s+[A-Z]|" + _YEAR_ITEM)
# A line that is an item of its own: a chronology's year, or a bullet ("- Agreement on … (1995)")
_CHRONOLOGY_ITEM = rx(_YEAR_ITEM + r"|[-•*·–]\s+[A-Z]")


def _continued(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a line to the next when the sentence plainly runs on: no stop at its end, a lower-case (or
    figure's) start of the next line, and no blank line between (a sentence never starts in lower case)."""
    out: list[tuple[int, int]] = []
    stops = (".", "!", "?", '"', "”", ":")
    for start, end in lines:
        if out:
            prev_start, prev_end = out[-1]
            # The cheap tests first: a lower-case start, then one line break between.
            following = text[start : min(end, start + 64)].lstrip() or text[start:end].lstrip()
            runs_on = (following[:1].islower() or following[:1].isdigit() or following[:1] in "$€£¥(") and not (
                _ITEM.match(following)
            )
            if runs_on and text.count("\n", prev_end, start) == 1:
                # Only the end of the paragraph so far matters: reading all of it made long runs quadratic.
                prev = text[max(prev_start, prev_end - 64) : prev_end].rstrip() or text[prev_start:prev_end].rstrip()
                if not prev.endswith(stops):
                    out[-1] = (prev_start, end)
                    continue
        out.append((start, end))
    return out


def heading_above(text: str, start: int, is_item: Callable[[str], object], items: int) -> str | None:
    """The line heading the list or section whose item is the line starting at ``start``: the first line above it
    that is no item, read back over at most ``items`` items ("Trade (2022)" above "Total trade: US$ 420.7 million",
    "High-level visits" above "- President … to Peru, November 2008"); None for a sentence that starts no line."""
    if start == 0 or text[start - 1] != "\n":
        return None
    for line in reversed(text[max(0, start - 2000) : start - 1].split("\n")[-(items + 1) :]):
        if not is_item(line):
            return line
    return None


# A capital in title case, undated, then a dash or a colon: "Rabat - ", "Dhaka: ", "Islamabad – " (the region's
# agencies and papers); a dateline only when the place is a capital's name alone (not "Lima Group - ").
_TITLE_CASE_PLACE = rx(
    r"[ \t]*(?P<place>[A-ZÀ-ÖØ-ÞĐ][^\W\d_A-Z]+(?:[ \t][A-ZÀ-ÖØ-ÞĐ][^\W\d_A-Z]+){0,2})[ \t]*(?:-{1,2}|–|—|:)[ \t]+"
    r"(?=[A-Z\"“‘'])"
)


def _a_capital(place: str) -> bool:
    alias = country_index().aliases.get(alias_key(place))
    return alias is not None and alias.kind == MentionKind.CAPITAL


def _dateline(text: str, body: list[tuple[int, int]]) -> Dateline | None:
    """The dateline opening the story's first paragraph. The lines kept above that paragraph are its head (the
    headline, a source line, a section's name): looked at too, and none below it."""
    for index, (start, end) in enumerate(body[: _HEAD_LINES + 1]):
        match = _DATELINE.match(text, start, end)
        agency = match.group("agency") or match.group("agency2") if match else None
        if match and (match.group("date") or agency or match.group("place").isupper()):
            place = match.group("place").strip()
            return Dateline(place, match.group("date") or "", agency or "", start, match.end())
        titled = _TITLE_CASE_PLACE.match(text, start, end)
        if titled and _a_capital(titled.group("place")):
            return Dateline(titled.group("place"), "", "", start, titled.end())
        line = text[start:end].strip()
        # (the first line, without a full stop, is the headline however long: an agency's run to fifteen words)
        if _is_a_paragraph(line) and not line.isupper() and (index > 0 or _ends_a_sentence(line)):
            return None  # the story's first paragraph, without a dateline (not "… TRADE DEAL WITH U.S.")
    return None


_HEAD_LINES = 3  # lines of a page's head kept above its story, at most, where a dateline is looked for


def _ends_a_sentence(line: str) -> bool:
    return line.endswith((".", "!", "?", "”", '"'))


def _is_a_paragraph(line: str) -> bool:
    """A line of the story, not of its head: it ends a sentence or runs to twelve words."""
    return _ends_a_sentence(line) or len(line.split()) >= 12


def sentence_title(text: str, body: list[tuple[int, int]]) -> str:
    """A title from the first sentence of ``body``, cut at a word (with "…") past 120 characters."""
    return _first_sentence_title(text, body)


def _first_sentence_title(text: str, body: list[tuple[int, int]]) -> str:
    if not body:
        return ""
    first = text[body[0][0] : body[0][1]].strip()
    # (a stop before a lower-case word ends no sentence: "489 billion U.S. dollars", "the U.K. and India")
    match = re.match(r"(.{20,140}?[.!?])(?:\s+(?![a-z])|$)", first)
    title = match.group(1) if match else first  # cut below at a word, never mid-word
    if len(title) > 120:
        title = title[:117].rsplit(" ", 1)[0] + "…"
    return title


_OUTLETS = {
    "VNS": "Viet Nam News",
    "VNA": "Vietnam News Agency",
    "AP": "Associated Press",
    "AFP": "Agence France-Presse",
    "XINHUA": "Xinhua",
    "REUTERS": "Reuters",
    "REUTER": "Reuters",  # the 1980s wire's sign-off
    "PTI": "Press Trust of India",
}


_COPYRIGHT_OWNER = rx(r"copyright\s*(?:\(c\)|©)?\s*(?:\d{4}\s+)?([A-Z][\w .&'-]{2,60}?)[.,]?\s*all rights", re.I)
_SIGN_OFF = rx(r"(?:^|[—–-]\s*|\.\s+)([A-Z]{2,7}|Reuter)\s*$")


def _outlet(text: str, body: list[tuple[int, int]]) -> str:
    copyright_match = _COPYRIGHT_OWNER.search(text) if may_hold(text, text.lower(), ("copyright",)) else None
    if copyright_match:
        return copyright_match.group(1).strip()
    if body:
        tail = text[body[-1][0] : body[-1][1]].strip()
        sig = _SIGN_OFF.search(tail)
        if sig and sig.group(1).upper() in _OUTLETS:
            return _OUTLETS[sig.group(1).upper()]
        head = text[body[0][0] : body[0][1]][:200]
        dateline = re.search(r"\((AP|AFP|Reuters|Xinhua|VNA|PTI)\)", head)
        if dateline:
            return _OUTLETS.get(dateline.group(1).upper(), dateline.group(1))
    return ""


# What may stand beside a date on a line of its own: a time, a weekday, a time zone (also as an offset:
# "GMT+7"), the news agency in brackets ("(VNA)"); then separators.
_TIME_OR_DAY = rx(
    r"(?<=\d)T(?=\d)|\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?|\b(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?|"
    r"\b(?:AM|PM|a\.m\.|p\.m\.|GMT|UTC|IST|ICT|EST|CET|BST|JST|WIB)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b|\((?-i:[A-Z]{2,8})\)|\b(?:on|at)\b",  # "6:12 pm on 7 February"
    re.I,
)
_DATE_SEPARATORS = rx(r"[\s,.*()\[\]|/-]")


def date_only(line: str) -> PartialDate | None:
    """The date of a line that holds a date and nothing else but a time or weekday ("12.03.2021 15:20",
    "2021-03-12T10:30:00Z", "Friday, 12 March, 2021"), at the precision it is written with."""
    if len(line) > 60:
        return None
    bare = _TIME_OR_DAY.sub(" ", line)
    found = find_dates(bare, None)
    if len(found) != 1 or found[0].relative or found[0].date is None or found[0].date.month is None:
        return None
    return found[0].date if _DATE_SEPARATORS.sub("", bare) == _DATE_SEPARATORS.sub("", found[0].text) else None


_DATE_LINE = 80  # characters of a head line that may be the page's date line, at most
_DATE_LINE_WORDS = 8  # and words: "Jakarta | Fri, July 29, 2022", "ASTANA. KAZINFORM – 12 October 2022, 18:40"
_A_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


def _may_be_a_date_line(line: str) -> bool:
    """The cheap tests before reading a head line's dates: short, of few words, holding a year (a wire story's
    hard-wrapped lines above its first paragraph are longer, and most hold no year)."""
    return len(line) <= _DATE_LINE and len(line.split()) <= _DATE_LINE_WORDS and _A_YEAR.search(line) is not None


# The parts of a page's head line: LINE_PARTS's, and a dash between spaces ("ASTANA. KAZINFORM – 12 October 2022").
_HEAD_PARTS = rx(r"\s+[" + "".join(_PART_MARKS) + r"–—-]\s+")


def head_line_date(line: str) -> PartialDate | None:
    """The date a line of a page's head gives: "12 March, 2021", "2021-03-12T10:30:00Z", "29 DEC 2023, 10:15" on a
    line of its own; or a part of a line of parts ("Source: Xinhua | 2023-07-15 10:45:12 | Editor: huaxia", "JULY
    15, 2023 / 10:45 AM / UPDATED …", "ASTANA. KAZINFORM – 12 October 2022, 18:40") that is a day alone (in capitals,
    read as a title's words); not a month, which in a menu may be an archive's ("Home | May 2023 | Archive")."""
    alone = date_only(line.title() if line.isupper() else line)
    if alone is not None:
        return alone
    parts = _HEAD_PARTS.split(line)
    for part in parts if len(parts) > 1 else ():
        alone = date_only(part.title() if part.isupper() else part)
        if alone is not None and alone.day is not None:
            return alone
    return None
