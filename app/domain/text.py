"""Text helpers shared by the domain and the extractor."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans(
    {
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "ß": "s",
        "’": "'",
        "‘": "'",
        "ı": "i",
        "æ": "a",
        "Æ": "A",
        "œ": "o",
        "Œ": "O",
    }
)


def fold_char(ch: str) -> str:
    """Return one character with its diacritics removed (always exactly one character)."""
    if ch.isascii():
        return ch
    ch = ch.translate(_SPECIAL)
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return base[:1] if len(base) >= 1 else ch


class _FoldTable(dict[int, str]):
    """str.translate's table for fold(): each character's folded form, worked out the first time it is
    met (translate runs in C; a loop over every character of an article in Python cost a tenth of reading it)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Strip diacritics character by character, so offsets into the result are offsets into ``text``.

    ``fold("Việt Nam") == "Viet Nam"`` and ``len(fold(t)) == len(t)`` for every ``t``.
    """
    if text.isascii():
        return text
    return text.translate(_FOLD)


@lru_cache(maxsize=65_536)
def alias_key(text: str) -> str:
    """Normalise a country name for lookup: folded, lower case, no dots, one space between words."""
    folded = fold(text).lower().replace(".", "").replace("-", " ").replace("'", "'")
    return " ".join(folded.split())


def reflowed(text: str, paragraphs: tuple[tuple[int, int], ...]) -> str | None:
    """``text`` with the hard line breaks inside each paragraph undone, for reading; None when it has none.

    Character for character the same length, so every offset into ``text`` (a fact's span, a selection)
    points at the same words: a break becomes a space (a zero-width space after a hyphen, "wide-ranging"),
    and the first space of an indented paragraph's indent becomes the blank line before it."""
    chars = list(text)
    changed = False
    for start, end in paragraphs:
        for i in range(start, end):
            if chars[i] == "\n":
                chars[i] = "\u200b" if i > start and text[i - 1] == "-" else " "
                changed = True
        if start > 0 and text[start - 1] == "\n" and text[start] == " " and (start < 2 or text[start - 2] != "\n"):
            chars[start] = "\n"
    return "".join(chars) if changed else None
