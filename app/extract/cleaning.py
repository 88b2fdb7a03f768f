"""Separating an article's body from its page furniture, and reading its header.

Cleaning never rewrites the text: it returns the spans of the body, so that every fact's
offsets point into the text the analyst sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.dates import PartialDate

_HEADER_DATE = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b[ \t]*")
# A line that starts the trailing block of links, comments and share buttons.
_TAIL_MARKERS = re.compile(
    r"^\s*(related (news|articles|stories|posts|content)|read more|more (news|stories) from|"
    r"most (viewed|read|popular)|trending|reactions|share( this( article)?)?|tags|comments?|"
    r"you may (also )?(like|be interested)|see also|recommended( for you)?|latest news|"
    r"follow us|subscribe|leave a (reply|comment))\s*:?\s*$",
    re.I,
)
_FURNITURE_LINE = re.compile(
    r"^\s*(log ?in|sign ?in|sign up|register|menu|search|home|back to top|print|email|"
    r"advertisement|sponsored|photo:.*|video:.*|source:.*|share on \w+|facebook|twitter|x|"
    r"linkedin|whatsapp|telegram|print this( article)?|font size.*|\d+ (views|comments))\s*:?\s*$",
    re.I,
)
_COPYRIGHT = re.compile(r"(copyright|\(c\)|©|all rights reserved)", re.I)


@dataclass(frozen=True)
class Cleaned:
    body: tuple[tuple[int, int], ...]  # spans of the text that carry the article
    header_date: PartialDate | None
    header_end: int
    title: str
    outlet: str


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _is_heading_like(line: str) -> bool:
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    all_caps = bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.85 and len(words) > 1
    return len(words) <= 2 or all_caps


def clean(text: str) -> Cleaned:
    """Find the body of ``text``: drop navigation at the top, link lists and copyright lines."""
    header_date: PartialDate | None = None
    header_end = 0
    match = _HEADER_DATE.match(text)
    if match:
        try:
            header_date = PartialDate.parse(match.group(1))
            header_end = match.end()
        except ValueError:
            header_date = None
    lines = _lines(text)
    content_chars = sum(e - s for s, e in lines) or 1
    keep: list[tuple[int, int]] = []
    seen_paragraph = False
    consumed = 0
    title = ""
    for start, end in lines:
        start = max(start, header_end)
        line = text[start:end]
        stripped = line.strip()
        consumed += end - start
        if not stripped:
            continue
        if _TAIL_MARKERS.match(stripped):
            if consumed / content_chars > 0.3:
                break  # everything after is the page's related-news block
            continue
        if _FURNITURE_LINE.match(stripped) or (_COPYRIGHT.search(stripped) and len(stripped) < 200):
            continue
        is_paragraph = len(stripped.split()) >= 12 or stripped.endswith((".", "!", "?", "”", '"'))
        if not seen_paragraph and not is_paragraph:
            if _is_heading_like(stripped):
                continue  # masthead and navigation above the story
            if not title:
                title = stripped
            keep.append((start, end))
            continue
        seen_paragraph = seen_paragraph or is_paragraph
        keep.append((start, end))
    if not title:
        title = _first_sentence_title(text, keep)
    return Cleaned(tuple(keep), header_date, header_end, title, _outlet(text, keep))


def _first_sentence_title(text: str, body: list[tuple[int, int]]) -> str:
    if not body:
        return ""
    first = text[body[0][0] : body[0][1]].strip()
    match = re.match(r"(.{20,140}?[.!?])(\s|$)", first)
    title = match.group(1) if match else first[:120]
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
    "PTI": "Press Trust of India",
}


def _outlet(text: str, body: list[tuple[int, int]]) -> str:
    copyright_match = re.search(
        r"copyright\s*(?:\(c\)|©)?\s*(?:\d{4}\s+)?([A-Z][\w .&'-]{2,60}?)[.,]?\s*all rights", text, re.I
    )
    if copyright_match:
        return copyright_match.group(1).strip()
    if body:
        tail = text[body[-1][0] : body[-1][1]].strip()
        sig = re.search(r"(?:^|[—–-]\s*|\.\s+)([A-Z]{2,7})\s*$", tail)
        if sig and sig.group(1) in _OUTLETS:
            return _OUTLETS[sig.group(1)]
        head = text[body[0][0] : body[0][1]][:200]
        dateline = re.search(r"\((AP|AFP|Reuters|Xinhua|VNA|PTI)\)", head)
        if dateline:
            return _OUTLETS.get(dateline.group(1).upper(), dateline.group(1))
    return ""
