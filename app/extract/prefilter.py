"""Patterns compiled to be tried only where a match can begin.

Python's engine tries a pattern at every position of the text; a pattern that opens with optional words,
an alternation or a case-insensitive word pays its whole first step at each of them. ``rx`` works out
from the parsed pattern which characters a match can begin with and puts a lookahead for them in front:
``(?=[idoft])`` is one character test, and the pattern proper runs only where it passes. The matches are
the same, span for span and group for group (a match consumes its first character, and that character is
one of the set); on the real articles the readers' patterns ran two to three times faster.

A pattern that can match the empty string, or whose first character may be anything (``.``, ``\\w``, a
negated class), is compiled as it is.
"""

from __future__ import annotations

import re
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["DIGITS", "ODD_CASES", "caseless", "first_characters", "holds_any", "may_hold", "rx"]

_LEADING_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_MAX_SET = 40  # characters in the set past which the test spares little


class _Unknown(Exception):
    """The first character of a match cannot be told in a small set."""


def _class_items(items: Any) -> set[str]:
    """A character class's items as class text; a negated class, ``\\w`` or ``\\s`` is nearly any character."""
    found: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            found.add(re.escape(chr(av)))
        elif op is sre.RANGE:
            found.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            found.add(r"\d")
        else:
            raise _Unknown
    return found


def _first_of_item(op: Any, av: Any) -> tuple[set[str], bool]:
    """(the classes a match of one item that consumes can begin with, whether it can match nothing)."""
    if op is sre.LITERAL:
        return {re.escape(chr(av))}, False
    if op is sre.IN:
        return _class_items(av), False
    if op is sre.SUBPATTERN:
        if av[1] or av[2]:
            raise _Unknown  # "(?i:…)": the lookahead would not share the group's flags
        return _first(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _first(av)
    if op is sre.BRANCH:
        chars: set[str] = set()
        empty = False
        for branch in av[1]:
            more, nothing = _first(branch)
            chars |= more
            empty = empty or nothing
        return chars, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        chars, empty = _first(sub)
        return chars, empty or low == 0
    raise _Unknown  # any character, a back reference, a conditional


def _first(items: Any) -> tuple[set[str], bool]:
    """(the classes a match of ``items`` can begin with, whether it can match nothing)."""
    found: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the first character is the next item's
        chars, empty = _first_of_item(op, av)
        found |= chars
        if not empty:
            return found, False
    return found, True


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """The character class a match of ``pattern`` begins with (``"[12]"``), or None when it can't be told."""
    try:
        chars, empty = _first(sre_parse.parse(pattern, flags))
    except _Unknown:
        return None
    if empty or not chars or sum(len(c) for c in chars) > _MAX_SET:
        return None
    return "[" + "".join(sorted(chars)) + "]"


def _scanned_by_the_engine(pattern: str, flags: int) -> bool:
    """Whether Python's engine itself skips to where a match can begin: a pattern opening with a literal or a
    set of characters (uncased, or case-sensitive) is searched by a loop in C over the text, a lookahead in
    front would make it try the pattern at every position instead."""
    parsed = sre_parse.parse(pattern, flags)
    flags = parsed.state.flags
    if flags & re.IGNORECASE and flags & re.LOCALE:
        return False
    prefix, _skip, _all = sre_compile._get_literal_prefix(parsed, flags)
    return bool(prefix) or bool(sre_compile._get_charset_prefix(parsed, flags))


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, tried only at the positions a match can begin at."""
    first = first_characters(pattern, flags)
    if first is None or _scanned_by_the_engine(pattern, flags):
        return re.compile(pattern, flags)
    lead = _LEADING_FLAGS.match(pattern)
    at = lead.end() if lead else 0
    # In a group, so that the lookahead stands before every alternative, not the first one only; a line
    # break ends a comment of a verbose pattern before the group closes.
    close = "\n)" if flags & re.VERBOSE else ")"
    return re.compile(f"{pattern[:at]}(?={first})(?:{pattern[at:]}{close}", flags)


def holds_any(lower: str, words: tuple[str, ...]) -> bool:
    """Whether ``lower`` holds any of ``words``: the readers' and the date finder's gate, a substring test in C
    before any pattern. A plain loop: any() over a generator cost a quarter of the search for dates."""
    for word in words:  # noqa: SIM110
        if word in lower:
            return True
    return False


DIGITS = tuple("0123456789")
# The letters beyond ASCII that an ASCII letter of a case-insensitive pattern matches in Python's engine ("İ",
# "ı", "ſ", the Kelvin sign): in a text holding one, a lower-case substring test may miss a match.
ODD_CASES = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_hold(text: str, lower: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern every match of which holds one of ``words`` (lower-case ASCII) can
    match ``text`` (``lower`` is ``text.lower()``): False only when it cannot, so the gate never loses a match."""
    return holds_any(lower, words) or holds_any(text, ODD_CASES)


_AS_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def caseless(word: str) -> str:
    """``word``, matched by a case-insensitive pattern, as the lower-case key of the word it stands for: the
    four odd-cased letters as the ASCII letters they matched ("bıllıon", "ſecond": "billion", "second"), which
    lower() alone leaves as they are (a dictionary of words would not know them)."""
    return word.translate(_AS_ASCII).lower()
