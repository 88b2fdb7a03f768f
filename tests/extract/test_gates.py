"""The cheap word tests that let most sentences skip a reader never change what is read.

Each gate is opened (made to pass every sentence) and the facts of the seeds and every visible eval set
must come out the same: a gate that missed a form its reader knows would show here as a lost fact."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

import app.extract as extract_package
from app.domain.dates import PartialDate
from app.extract import (
    agreements,
    amounts,
    cleaning,
    context,
    date_patterns,
    mentions,
    periods,
    relations,
)
from app.extract.amounts import find_amounts, find_percents
from app.extract.cleaning import clean
from app.extract.mentions import finder, onward, parties
from app.extract.periods import find_dates
from app.extract.pipeline import ExtractionError, extract_article
from app.extract.prefilter import first_characters, may_hold, rx
from app.extract.sources import read_source
from tests.conftest import SEEDS

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from evaluate import EVAL

# The seeds always; the visible eval sets where the eval folder is beside this clone (as in CI).
ARTICLES = sorted(SEEDS.glob("*.txt")) + sorted(EVAL.glob("*/articles/*.txt"))


def _all_facts() -> list[tuple[str, dict[str, object]]]:
    out = []
    for path in ARTICLES:
        source = read_source(path)
        try:
            facts = extract_article(source.text, source.published, source.title).facts
        except ExtractionError:
            continue
        out += [(path.name, f.to_record(path.name)) for f in facts]
    return out


def test_opening_every_gate_reads_the_same_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(ARTICLES) >= 5
    gated = _all_facts()
    every = re.compile("")
    monkeypatch.setattr(agreements, "_may_name_an_agreement", lambda ctx: True)
    monkeypatch.setattr(relations, "_NAMES_RELATIONS", every)
    monkeypatch.setattr(amounts, "_DIGIT", every)
    monkeypatch.setattr(periods, "ANY_MONTH", every)
    monkeypatch.setattr(periods, "NEEDS", {})
    monkeypatch.setattr(periods, "MAY_HOLD_A_DATE", every)
    monkeypatch.setattr(context.SentenceContext, "holds", lambda self, *words: True)
    monkeypatch.setattr(periods, "_may_hold_a_date", lambda text, lower: True)
    for module in (amounts, periods, mentions, cleaning):
        monkeypatch.setattr(module, "may_hold", lambda text, lower, words: True)
    monkeypatch.setattr(amounts, "_SHORT_SCALE", every)
    monkeypatch.setattr(agreements, "holds_any", lambda text, words: True)
    assert _all_facts() == gated


def test_a_case_insensitive_gate_lets_through_the_letters_that_fold_to_ascii() -> None:
    """``may_hold`` is a lower-case substring test and more: Python's engine matches an ASCII letter of a
    case-insensitive pattern to four letters beyond ASCII ("İ", "ı", "ſ", the Kelvin sign), which lower()
    does not turn into the ASCII letter. Those four, and no other character (checked through U+2FFF)."""
    letters = [re.compile(c, re.I) for c in "abcdefghijklmnopqrstuvwxyz"]
    odd = {chr(cp) for cp in range(0x80, 0x3000) if any(p.fullmatch(chr(cp)) for p in letters)}
    assert odd == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert re.search("billion", "two bıllıon", re.I) is not None
    assert may_hold("two bıllıon", "two bıllıon", ("illion",))
    assert not may_hold("two bullion", "two bullion", ("illion", "bn"))  # "bullion" holds "llion", not "illion"


def test_a_readers_gate_lets_through_a_sentence_with_a_letter_that_folds_to_ascii() -> None:
    """The relations reader's gate is "relation" or "ties" in the lower-cased sentence; its pattern, case-
    insensitive, also matches "relatıons" typed with a dotless ı, which lower() leaves as it is."""
    text = "Vietnam and Peru established diplomatic relatıons on 14 November 1994.\n"
    facts = extract_article(text, "2024-11-11").facts
    assert [(f.kind.value, f.countries, f.date) for f in facts] == [
        ("relations_established", ("PER", "VNM"), "1994-11-14")
    ]


PUB = PartialDate(2024, 5, 15)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Exports reached two billion dollars", ["2000000000.0 USD"]),  # no digit: a figure in words
        ("Trade stood at $3 bn and imports at 1.2 bn", ["3000000000.0 USD", "1200000000.0 USD"]),  # bare after $
        ("Sales were 40 crore rupees", ["400000000.0 INR"]),
        ("The two sides traded 500 tonnes", []),  # near miss: a figure, but no money
    ],
)
def test_gated_amounts_are_still_found(sentence: str, found: list[str]) -> None:
    assert [f"{a.value} {a.currency}" for a in find_amounts(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("They met last Tuesday in Lima", ["2024-05-14"]),  # no digit: a weekday ("day")
        ("Talks resumed in March", ["2024-03"]),  # no digit: a month named, capitalised
        ("Trade grew in the first half of this year", ["2024"]),  # "half": a part of a year
        ("He arrived yesterday", ["2024-05-14"]),
        ("The market rallied on news of the deal", []),  # near miss: "mar" in "market" is no month
    ],
)
def test_gated_dates_are_still_found(sentence: str, found: list[str]) -> None:
    assert [str(d.date) for d in find_dates(sentence, PUB)] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Trade rose 12.5 per cent, then 3 pct", [12.5, 3.0]),
        ("Imports fell 4%", [4.0]),
        ("It holds 40 centres", []),  # near miss: "cent" in a word, no percentage
    ],
)
def test_gated_percentages_are_still_found(sentence: str, found: list[float]) -> None:
    assert [p.value for p in find_percents(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("The accord was signed on 25/3/1971 in Lima", ["1971-03-25"]),
        ("It entered into force on 1971-03-25", ["1971-03-25"]),
        ("Version 2.5 of the plan, 3/4 done, in 2019", ["2019"]),  # near miss: no day/month/year figure
    ],
)
def test_gated_numeric_dates_are_still_found(sentence: str, dates: list[str]) -> None:
    assert [str(d.date) for d in find_dates(sentence, PUB)] == dates


def test_a_go_between_and_a_next_stop_are_still_told_apart() -> None:
    text = "Goods from Vietnam reach Peru via Panama. He left Hanoi for Mexico and Chile."
    named = finder().find(text)
    assert [text[m.start : m.end] for m in parties(text, named)] == ["Vietnam", "Peru", "Hanoi", "Mexico", "Chile"]
    assert [text[named[i].start : named[i].end] for i in sorted(onward(text, named))] == ["Mexico", "Chile"]


def test_a_copyright_line_is_still_furniture_and_names_the_outlet() -> None:
    text = (
        "Vietnam and Peru trade grew.\n\nTrade between Vietnam and Peru rose 5% in 2023.\n"
        "COPYRIGHT © 2024 Lima Daily. All rights reserved\n"
    )
    cleaned = clean(text)
    assert cleaned.outlet == "Lima Daily"
    assert all("COPYRIGHT" not in text[s:e] for s, e in cleaned.body)


def test_reading_every_sentence_eagerly_reads_the_same_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence's figures, dates and countries are found when a reader first asks; finding them all up
    front (every sentence taken for a possible table, every sentence's dates read before the next) must
    give the same facts."""
    lazy = _all_facts()
    monkeypatch.setattr(context, "_may_be_a_table", lambda text, lower: True)
    monkeypatch.setattr(context, "_SAME_YEAR", re.compile(""))
    assert _all_facts() == lazy


def _quickened() -> list[tuple[str, re.Pattern[str]]]:
    """Every pattern of the extractor that ``rx`` gave a first-character lookahead, by name."""
    found = []
    for module in _extract_modules():
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):  # sources has a bytes one
                found.append((f"{module.__name__}.{name}", value))
    found += [(f"date_patterns.PATTERNS[{i}] {kind}", p) for i, (kind, p) in enumerate(date_patterns.PATTERNS)]
    return [(name, p) for name, p in found if _LOOKAHEAD.match(p.pattern)]


def _extract_modules() -> list[ModuleType]:
    """Every module of app.extract, found rather than listed: a module added later is checked too (the list
    this replaced had missed confidence, derive, pipeline and sources)."""
    return [importlib.import_module(f"app.extract.{m.name}") for m in pkgutil.iter_modules(extract_package.__path__)]


def test_every_module_of_the_extractor_is_searched_for_patterns() -> None:
    names = {module.__name__.rsplit(".", 1)[1] for module in _extract_modules()}
    assert {"visits", "trade", "sources", "derive", "pipeline", "confidence"} <= names


_LOOKAHEAD = re.compile(r"(\(\?[aiLmsux]+\))?\(\?=\[[^\]]*\]\)\(\?:")


def test_first_character_lookaheads_change_no_match() -> None:
    """Each pattern with its lookahead finds what it finds without it, span for span and group for group,
    over the whole text of every article (boilerplate, headings and all)."""
    quickened = _quickened()
    assert len(quickened) >= 60
    texts = [read_source(path).text for path in ARTICLES]
    texts.append("Within the first half of 2019, in THE FIRST Quarter; 5/3/1971 and 25.03.1971, FY2018-19 K\u212a ſ")
    for name, fast in quickened:
        plain = re.compile(_LOOKAHEAD.sub(lambda m: m.group(1) or "", fast.pattern, count=1)[:-1], fast.flags)
        for text in texts:
            want = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == want, name


@pytest.mark.parametrize(
    ("pattern", "flags", "first"),
    [
        (r"(?:(?:in|during)\s+)?(?:the\s+)?first", re.I, "[dfit]"),
        (r"(?<![\d,.$/-])(?P<y>1[6-9]\d\d|20\d\d)", 0, "[12]"),
        (r"\b(?:FY\s*)?(?P<d>[0-3]?\d)", 0, r"[0-3F\d]"),
        (r"\bfoo|(?i:bar)", 0, None),  # the group's own flags would not reach the lookahead
        (r"a?b*", 0, None),  # matches the empty string anywhere
        (r"[^a]x|\wy|.z", 0, None),  # nearly any character
        (r"(a)\1", re.I, "[a]"),
    ],
)
def test_first_characters(pattern: str, flags: int, first: str | None) -> None:
    assert first_characters(pattern, flags) == first
    if first is not None:
        assert rx(pattern, flags).pattern == f"(?={first})(?:{pattern})"


@pytest.mark.parametrize(
    "pattern",
    [r"partner|market", r"(a)\1", r"[.!?…](?:x|y)", r",\s+(?:who|whose)\b", r"['’]s\s+trade"],
)
def test_a_pattern_the_engine_skips_to_by_itself_gets_no_lookahead(pattern: str) -> None:
    """A literal or a set of characters (uncased, or case-sensitive) opening the pattern: Python's engine
    already loops in C to where it can begin; a lookahead would have it try every position instead."""
    assert rx(pattern).pattern == pattern


def test_a_pattern_with_leading_flags_keeps_them_first() -> None:
    assert rx(r"(?i)\b(x|y)").pattern == r"(?i)(?=[xy])(?:\b(x|y))"
    assert rx(r"(?i)\b(x|y)").search("a Y") is not None


def test_the_lookahead_stands_before_every_alternative() -> None:
    assert rx("partner|market", re.I).pattern == "(?=[mp])(?:partner|market)"
    assert [m.group() for m in rx("partner|market", re.I).finditer("a Market partner")] == ["Market", "partner"]
    assert rx("a|b # one or the other", re.X).fullmatch("b") is not None
