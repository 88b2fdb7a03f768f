"""Sentence splitting that keeps character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.prefilter import rx

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "no",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "jr",
    "sr",
    "gen",
    "col",
    "lt",
    "sgt",
    "gov",
    "sen",
    "rep",
    "hon",
    "amb",
    "u.s",
    "u.k",
    "u.n",
    "i.a",
    "e.g",
    "i.e",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "approx",
    "fig",
    "dept",
    "univ",
    "assn",
    "bros",
    "mt",
    "ft",
    "a.m",
    "p.m",
    "d.c",
    "u.a.e",
    # honorifics of diplomatic releases: "H.E. Mr. …" (His or Her Excellency), "H.R.H.", "H.M.", "H.H."
    "h.e",
    "h.r.h",
    "h.m",
    "h.h",
}
# Currencies written with a full stop before their figure: "Rs. 1,200 crore", "Rp. 45 trillion", "Kshs. 5", "Nu. 95.6
# billion". Before a figure the stop is the abbreviation's; before a word it may end the sentence.
_CURRENCY_ABBREVIATIONS = frozenset({"rs", "nrs", "rp", "nu", "sh", "shs", "ksh", "kshs", "tsh", "tshs", "ush", "ushs"})
_LAST_WORD = rx(r"([\w.]+)$")
_INITIALS = re.compile(r"[a-z](?:\.[a-z])+")  # "s.m" of "S.M. Krishna", "a.p.j" of "A.P.J. Abdul Kalam"
# "reached 1. 92 billion US dollars": a decimal point some pages follow with a space, not a full stop.
_SPACED_DECIMAL = rx(r"\s\d{1,3}\s*(?:trillion|billion|million|bln|mln|bn|mn|tn)\b", re.I)
# A full stop before a space or the end, or one a page glued to the next sentence ("Nepal and China.A
# farewell ceremony"): a word of three letters or more, the stop, and a capitalised word.
# Written to open with the set of its first characters, which the engine skips to in C (as two alternatives
# it was tried at every character: 15.6 against 6.7 µs an article).
_END = re.compile(r"[.!?…](?:[.!?…]*[\"'”’)\]]*(?=\s+|$)|(?<=[a-z]{3}\.)(?=[A-Z](?:[a-z]|\s)))")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> list[Sentence]:
    """Split each body span (a line or paragraph) into sentences with offsets into ``text``."""
    sentences: list[Sentence] = []
    for span_start, span_end in spans:
        chunk = text[span_start:span_end]
        start = 0
        for match in _END.finditer(chunk):
            end = match.end()
            before = chunk[max(start, match.start() - 12) : match.start()]  # an abbreviation is short
            word = _LAST_WORD.search(before)
            token = word.group(1).lower() if word else ""
            # A single letter ("J. Smith"), initials ("S.M. Krishna") or a number of one to three digits
            # (str.isdecimal() is \d)
            if match.group(0).startswith(".") and (
                token in _ABBREVIATIONS or (len(token) == 1 and "a" <= token <= "z") or _INITIALS.fullmatch(token)
            ):
                continue
            if (
                match.group(0) == "."
                and 1 <= len(token) <= 3
                and token.isdecimal()
                and _SPACED_DECIMAL.match(chunk, end)
            ):
                continue
            following = chunk[end : end + 3].lstrip()
            if following and (following[0].islower() or (following[0].isdigit() and token in _CURRENCY_ABBREVIATIONS)):
                continue
            _add(sentences, text, span_start + start, span_start + end)
            start = end
        _add(sentences, text, span_start + start, span_end)
    return sentences


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 2:
        # A hard-wrapped line break is a space to the readers; the length, and so every offset, stays.
        out.append(Sentence(start, end, text[start:end].replace("\r", " ").replace("\n", " ")))
