"""What the fact readers know about one sentence: its dates, amounts, percentages and countries."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from app.domain.dates import PartialDate
from app.domain.facts import Fact, FactKind
from app.extract.amounts import Amount, Percent, find_amounts, find_percents, in_the_storys_currencies
from app.extract.mentions import Mention
from app.extract.periods import DateExpr, find_dates, of_the_year
from app.extract.prefilter import ODD_CASES, holds_any, rx
from app.extract.sentences import Sentence

# The most figures one sentence of the seeds and every visible set states is 5 percentages or 4 sums of
# money. A sentence of dozens is a table set as text; reading all of it cost 5 s for a 1 MB page of
# such sentences. It is read to the clause of its MAX_FIGURES-th figure and the rest said in a warning.
MAX_FIGURES = 12
_CLAUSE_END = rx(r"[,;]|$|(?=\s+(?:and|but|while)\b)")

# A country's trade with another, after its name: "Brazil's trade with Argentina", "India's bilateral trade with"
TRADE_OF = r"['’]s?\s+(?:(?:total|two-way|bilateral|overall)\s+)?(?:trade|commerce)\s+with\b"
# After a country, what it owns of trade: "Nepal's trade with India", "India's total trade", "Vietnam's largest
# trading partner", "Pakistan's exports" (the story's home; whose currency a shared word is)
OWNS_TRADE = rx(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:trade|trading\s+partners?|exports|imports)\b", re.I)
# Two countries named as a pair: "between Vietnam and Mexico", "Brazil's trade with Argentina"
_BETWEEN = rx(r"\bbetween\b|" + TRADE_OF, re.I)
_LISTED = rx(r"\s*(?:,|;|,?\s+(?:and|or|as well as)\s)\s*", re.I)  # "A, B and C": one of a list


class Antecedent:
    """What the sentence before says that this one may point back to: "It reached …", "This amount
    represented an increase of 8.4 percent", a trade figure whose year only the sentence before states.

    Its dates are read only when the next sentence asks for them (most never do)."""

    __slots__ = ("_source", "_when", "dated_at", "meeting", "met_here", "owner", "start", "total", "trade", "visit")

    def __init__(
        self,
        source: SentenceContext,
        trade: bool,
        total: Fact | None,
        meeting: PartialDate | None = None,
        owner: str | None = None,
        visit: PartialDate | None = None,
        met_here: bool = False,
    ) -> None:
        self.start = source.sentence.start  # where the sentence before starts in the article
        self.dated_at = self.start  # where the sentence stating its year starts (an earlier one's, see _dated)
        # the day of the last meeting or visit the story told so far, to the day ("after the meeting" points to it)
        self.meeting = meeting
        self.met_here = met_here  # that meeting told in this sentence ("The two leaders signed …" may follow)
        # the date of the last visit the story told so far, as precise as told ("during the visit" points to it)
        self.visit = visit
        # the country the story last named as owning its trade or partners ("Vietnam's trade with …"), so far
        self.owner = owner
        self.trade = trade  # it speaks of trade
        self.total = total  # its last two-way trade total
        self._source: SentenceContext | None = source
        self._when: tuple[DateExpr | None, int | None] | None = None

    def _dated(self) -> tuple[DateExpr | None, int | None]:
        if self._when is None:
            source = self._source
            assert source is not None
            dated = [
                d
                for d in source.dates
                if d.date is not None
                and d.kind in ("year", "month", "day", "partial")
                # not the base a rate is set against ("down 6.6 percent from a year earlier"): no year it tells of
                and not (d.relative and _A_RATES_BASE.search(source.text, max(0, d.start - 30), d.start))
            ]
            years = {d.date.year for d in dated if d.date is not None}
            last = dated[-1] if dated else None
            self._when = (last if len(years) == 1 else None, last.date.year if last and last.date else None)
            if not source.dates and self.trade and source.before is not None and source.before.trade:
                # a sentence of trade telling no date, after one of trade: the year told last, which the story's
                # sentences of trade after it share ("… exceeded 20 billion USD in 2023." "Brazil remained …
                # with two-way trade of 7.27 billion USD." "Trade with Chile reached 1.84 billion USD")
                self._when = source.before._dated()
                self.dated_at = source.before.dated_at
            self._source = None  # the chain of sentences before is let go
        return self._when

    def settle(self) -> None:
        """Read its dates now, while the sentence before it is still known (see ``_dated``)."""
        self._dated()

    @property
    def when(self) -> DateExpr | None:
        """The one year, month or period it states (None when it states none or several)."""
        return self._dated()[0]

    @property
    def year(self) -> int | None:
        """The last year it states, for "In the same year, …"."""
        return self._dated()[1]


# The base a rate is set against, told relative to the story: "from a year earlier", "over the previous year".
_A_RATES_BASE = rx(r"\b(?:from|over|on|than|compared\s+(?:with|to)|against)\s+(?:the\s+)?$", re.I)
# A sentence may say "the same year" of the year of the sentence before: then that one's dates are read.
_SAME_YEAR = rx(r"same\s+year|that\s+year", re.I)
# What every percentage and every sum of money holds at least one of: more than MAX_FIGURES of these and the
# sentence may be a table, whose figures are then found before anything else to know where reading stops.
_FIGURE_PART = rx(r"\d+|(?i:illion|\bbn\b|\bbln\b|\bmln\b)")


def _may_be_a_table(text: str, lower: str) -> bool:
    """Whether ``text`` (``lower`` in lower case) may hold more than MAX_FIGURES percentages or sums.
    Counting characters in C first: each figure holds a digit or a scale word, so few digits and scale
    words mean few figures. (An ASCII digit is one byte of UTF-8, and no byte of any other character is
    one: the digits a deleting translate drops are the text's.)"""
    encoded = text.encode("utf-8", "surrogatepass")
    digits = len(encoded) - len(encoded.translate(None, b"0123456789"))
    if digits > MAX_FIGURES:
        return len(_FIGURE_PART.findall(text)) > MAX_FIGURES
    return digits + lower.count("illion") + lower.count("bn") + lower.count("mln") > MAX_FIGURES


# The country passed on the way up is not the one ranked: "overtook the United States to become …", "replaced the
# United States as the Philippines' largest trading partner".
OVERTAKEN = rx(
    r"\b(?:overt(?:ook|aken|aking|akes)|surpass(?:ed|es|ing)?|replac(?:ed|es|ing)|displac(?:ed|es|ing)|"
    r"outpac(?:ed|es|ing)|outstripp(?:ed|ing)|edg(?:ed|es|ing)\s+out|pushed\s+(?:out|past)|passed|overhaul(?:ed|ing))"
    r"\s+(?:the\s+)?$",
    re.I,
)
_PASSING_WORDS = ("overt", "surpass", "replac", "displac", "outpac", "outstrip", "edg", "pushed", "passed", "overhaul")
# (when it was passed may stand between: "overtook Japan last year to become", "replaced the US in 2009 as")
_AS_A_RANK = rx(r"(?:\s+(?:last|this)\s+year|\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?\s+(?:as|to\s+(?:become|be))\b")


@dataclass(slots=True)
class SentenceContext:
    """Offsets in ``dates``, ``amounts``, ``percents`` and ``mentions`` are relative to the sentence.

    Each of them is found the first time a reader asks for it: a sentence whose words let no reader
    through costs no date, amount or country scan."""

    article_text: str
    sentence: Sentence
    pub: PartialDate | None
    pair: tuple[str, str]
    all_mentions: list[Mention]
    dateline_code: str | None = None  # the country of the story's dateline ("MOSCOW, March 31 -")
    lead: bool = False  # the story's first sentence, where news is told in the present perfect
    before: Antecedent | None = None  # the sentence before, when this one may point back to it
    wire: bool = False  # the story opens with a dated wire dateline ("MOSCOW, March 31 -")
    headline: bool = False  # the story's headline, which tells what happened in the present ("X, Y sign pact")
    # the side the story is told at home on, when no dateline says: the other side's guest is "visiting"
    home_code: str | None = None
    _dates: list[DateExpr] | None = field(default=None, init=False, repr=False)
    _amounts: list[Amount] | None = field(default=None, init=False, repr=False)
    _percents: list[Percent] | None = field(default=None, init=False, repr=False)
    _mentions: list[Mention] | None = field(default=None, init=False, repr=False)
    _lower: str | None = field(default=None, init=False, repr=False)
    _odd_cased: bool = field(default=False, init=False, repr=False)  # holds a letter of prefilter.ODD_CASES
    _said: dict[re.Pattern[str], bool] = field(default_factory=dict, repr=False)
    _found: dict[re.Pattern[str], list[re.Match[str]]] = field(default_factory=dict, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)  # the mentions' starts, in order
    _all_codes: list[str] | None = field(default=None, repr=False)
    _all_multilateral: bool | None = field(default=None, repr=False)
    _passed: frozenset[int] | None = field(default=None, repr=False)
    figures_cut: int = 0  # figures beyond MAX_FIGURES, not read

    def says(self, pattern: re.Pattern[str], *words: str) -> bool:
        """Whether the sentence matches ``pattern`` anywhere, searched once per sentence however many
        figures of it ask (a 2,000-character sentence of 80 rates asked 80 times). ``words``, when given,
        are words every match holds: a sentence without any is not searched."""
        found = self._said.get(pattern)
        if found is None:
            found = self._said[pattern] = (not words or self.holds(*words)) and pattern.search(self.text) is not None
        return found

    def search(self, pattern: re.Pattern[str], *words: str) -> re.Match[str] | None:
        """``pattern``'s first match in the sentence; not searched when it holds none of ``words`` (lower
        case), words every match holds."""
        return pattern.search(self.text) if self.holds(*words) else None

    def matches(self, pattern: re.Pattern[str], *words: str) -> list[re.Match[str]]:
        """``pattern``'s matches in the sentence, found once however many readers ask (the trade reader's ranking
        lists and the ranks reader both read ``ranks.RANK``); not searched when it holds none of ``words``."""
        found = self._found.get(pattern)
        if found is None:
            found = self._found[pattern] = list(pattern.finditer(self.text)) if self.holds(*words) else []
        return found

    def finditer(self, pattern: re.Pattern[str], *words: str) -> Iterator[re.Match[str]]:
        """``pattern``'s matches in the sentence; not searched when it holds none of ``words``."""
        return pattern.finditer(self.text) if self.holds(*words) else iter(())

    def holds(self, *words: str) -> bool:
        """Whether the sentence holds any of ``words`` (lower case), in any case: the readers' first gate, a
        substring test in C (a case-insensitive alternation costs ten times as much on every sentence). Also
        true of a sentence holding one of the four letters beyond ASCII that a case-insensitive pattern's
        ASCII letters match ("ı" of "relatıons"), as ``prefilter.may_hold``: a gate never loses a match."""
        lower = self._lower
        if lower is None:
            lower = self._lower = self.text.lower()
        return holds_any(lower, words) or self._odd_cased

    def __post_init__(self) -> None:
        s = self.sentence
        lower = self._lower = s.text.lower()  # every reader's gate tests it
        self._odd_cased = not s.text.isascii() and holds_any(s.text, ODD_CASES)
        if not _may_be_a_table(s.text, lower):
            return  # nothing is cut: everything is found when asked for
        percents = find_percents(s.text)
        cut = self._cut_after(percents)  # percentages first: they are cheap to find, sums of money are not
        amounts = self._in_the_storys_currencies(find_amounts(s.text if cut is None else s.text[:cut]))
        cut = self._cut_after(amounts) or cut
        if cut is not None:  # a table set as a sentence: read to the clause of its MAX_FIGURES-th figure
            self.figures_cut = max(0, len(percents) - MAX_FIGURES) + max(0, len(amounts) - MAX_FIGURES)
            s = self.sentence = Sentence(s.start, s.start + cut, s.text[:cut])
            self._lower = None  # of the sentence read, the cut one
            amounts = [a for a in amounts if a.end <= cut]
            percents = [p for p in percents if p.end <= cut]
        self._amounts, self._percents = amounts, percents

    @property
    def amounts(self) -> list[Amount]:
        if self._amounts is None:
            self._amounts = self._in_the_storys_currencies(find_amounts(self.text))
        return self._amounts

    def _in_the_storys_currencies(self, amounts: list[Amount]) -> list[Amount]:
        """``amounts`` with "Rs" and the other currency words several states share read as the story's
        country's: Nepal's rupees in a story of Nepal's trade (``amounts.in_the_storys_currencies``)."""
        if all(a.shared is None for a in amounts):
            return amounts
        year = self.pub.year if self.pub else None
        named = [m.code for m in self.mentions]
        owner = next((m.code for m in self.mentions if OWNS_TRADE.match(self.text, m.end)), None)
        home = self.dateline_code or self.home_code
        return in_the_storys_currencies(amounts, self.pair, named, home, year, owner)

    @property
    def percents(self) -> list[Percent]:
        if self._percents is None:
            self._percents = find_percents(self.text)
        return self._percents

    @property
    def dates(self) -> list[DateExpr]:
        if self._dates is None:
            dates = find_dates(self.text, self.pub)
            if self.before is not None and any(d.relative == "the same year" and d.date is None for d in dates):
                year = self.before.year
                if year is not None:
                    # "… relations in 1973. In the same year, they signed …": the year of the sentence before
                    dates = [
                        of_the_year(d, year, f"the same year as the sentence before ({year})")
                        if d.relative == "the same year" and d.date is None
                        else d
                        for d in dates
                    ]
            self._dates = dates
        return self._dates

    @property
    def mentions(self) -> list[Mention]:
        if self._mentions is None:
            s = self.sentence
            self._mentions = sorted(
                (
                    Mention(m.start - s.start, m.end - s.start, m.code, m.kind)
                    for m in self.all_mentions
                    if s.start <= m.start and m.end <= s.end
                ),
                key=lambda m: m.start,
            )
            self._starts = [m.start for m in self._mentions]
        return self._mentions

    def read(self) -> None:
        """The readers are through with this sentence. A sentence saying "the same year" has its dates read
        now, while it still knows the sentence before (a run of such sentences then never asks back further
        than one); then the sentence before is let go, so an article's sentences do not hold each other."""
        if self.before is not None and self.holds("same", "that year") and _SAME_YEAR.search(self.text):
            _ = self.dates
        self.before = None

    @property
    def text(self) -> str:
        return self.sentence.text

    def _cut_after(self, figures: list[Amount] | list[Percent]) -> int | None:
        """Where a sentence of more than MAX_FIGURES figures stops being read: the end of the clause of its
        MAX_FIGURES-th (its year may follow: "US$2.3 billion in 2019,"), or 80 characters on."""
        if len(figures) <= MAX_FIGURES:
            return None
        last = figures[MAX_FIGURES - 1].end
        clause = _CLAUSE_END.search(self.sentence.text, last, last + 80)
        return clause.start() if clause else last

    def _within(self, lo: int, hi: int) -> list[Mention]:
        """The mentions inside ``text[lo:hi]``, found by bisection: a sentence of 80 names asked once
        per figure stays linear. A country passed on the way up a ranking is none of the sentence's sides."""
        mentions = self.mentions  # found first: the starts are filed with them
        first = bisect.bisect_left(self._starts, lo)
        last = bisect.bisect_left(self._starts, hi, lo=first)
        passed = self._passed_over()
        return [m for m in mentions[first:last] if m.end <= hi and m.start not in passed]

    def _passed_over(self) -> frozenset[int]:
        """Where the countries a ranked one passed stand: "Japan replaced the United States as the Philippines'
        largest trading partner, with two-way trade of 2.1 billion dlrs" is trade of Japan and the Philippines."""
        if self._passed is None:
            self._passed = frozenset()
            if self.holds(*_PASSING_WORDS):
                self._passed = frozenset(
                    m.start
                    for m in self.mentions
                    if OVERTAKEN.search(self.text, max(0, m.start - 40), m.start) and _AS_A_RANK.match(self.text, m.end)
                )
        return self._passed

    def codes_in(self, lo: int = 0, hi: int | None = None) -> list[str]:
        whole = lo <= 0 and (hi is None or hi >= len(self.text))
        if whole and self._all_codes is not None:
            return list(self._all_codes)
        hi = len(self.text) if hi is None else hi
        codes: list[str] = []
        for m in self._within(lo, hi):
            if m.code not in codes:
                codes.append(m.code)
        if whole:
            self._all_codes = list(codes)
        return codes

    def code_at(self, at: int) -> str | None:
        """The country a mention starting at ``at`` names, if one does ("… his Greek counterpart …": GRC)."""
        return next((m.code for m in self.mentions if m.start == at), None)

    def pair_for(self, lo: int = 0, hi: int | None = None) -> tuple[str, str] | None:
        """The relationship a fact read from ``text[lo:hi]`` belongs to.

        A clause or sentence naming both countries of the article's pair belongs to it; one naming
        exactly two other countries belongs to them; one naming one side, or none, to the article's pair.
        """
        for codes in (self.codes_in(lo, hi), self.codes_in()):
            if set(self.pair) <= set(codes):
                return self.pair
            if len(codes) == 2 and (codes[0] in self.pair or codes[1] in self.pair or _BETWEEN.search(self.text)):
                a, b = codes
                return (a, b) if a <= b else (b, a)
        codes = self.codes_in()
        if codes and not any(c in self.pair for c in codes):
            return None  # a sentence about other countries only
        return self.pair

    def multilateral(self, lo: int = 0, hi: int | None = None) -> bool:
        """Whether a figure read from ``text[lo:hi]`` is a group's (a bloc, a region, the world): its clause,
        or its sentence when the clause names fewer than two countries, names three or more and never
        the pair as a pair ("trade between Vietnam and Mexico", "Vietnam's trade with Mexico"). Such a
        figure belongs to no pair."""
        hi = len(self.text) if hi is None else hi
        within = self._within(lo, hi)
        codes = {m.code for m in within}
        if len(codes) >= 2:
            return len(codes) >= 3 and not self._names_the_pair(within)
        if self._all_multilateral is None:
            codes = {m.code for m in self.mentions}
            self._all_multilateral = len(codes) >= 3 and not self._names_the_pair(self.mentions)
        return self._all_multilateral

    def _names_the_pair(self, within: list[Mention]) -> bool:
        """Two mentions of the pair next to each other, joined by a few words, and not items of a list."""
        for i, (a, b) in enumerate(itertools.pairwise(within)):
            if {a.code, b.code} != set(self.pair):
                continue
            between = self.text[a.end : b.start]
            if len(between) > 40 or "," in between or ";" in between:
                continue
            before = within[i - 1] if i > 0 else None
            after = within[i + 2] if i + 2 < len(within) else None
            if (
                before is not None
                and before.code not in self.pair
                and _LISTED.fullmatch(self.text[before.end : a.start])
            ):
                continue  # "Japan, Vietnam and Mexico"
            if after is not None and after.code not in self.pair and _LISTED.fullmatch(self.text[b.end : after.start]):
                continue  # "Vietnam and Mexico, Peru and Chile"
            return True
        return False

    def date_before(self, pos: int, lo: int = 0) -> DateExpr | None:
        found = [d for d in self.dates if lo <= d.start and d.end <= pos]
        return found[-1] if found else None

    def date_after(self, pos: int, hi: int | None = None) -> DateExpr | None:
        hi = len(self.text) if hi is None else hi
        return next((d for d in self.dates if d.start >= pos and d.end <= hi), None)

    def nearest_date(
        self, lo: int, hi: int, anchor: int, keep: Callable[[DateExpr], bool] | None = None
    ) -> DateExpr | None:
        """The date of ``lo``-``hi`` nearest ``anchor`` (of those ``keep`` keeps)."""
        candidates = [d for d in self.dates if lo <= d.start and d.end <= hi and (keep is None or keep(d))]
        if not candidates:
            return None
        return min(candidates, key=lambda d: min(abs(d.start - anchor), abs(d.end - anchor)))

    def fact(self, kind: FactKind, lo: int, hi: int, pair: tuple[str, str], **values: Any) -> Fact:
        """A fact whose quote is ``text[lo:hi]`` of this sentence, trimmed of separators."""
        text = self.text
        while lo < hi and text[lo] in " ,;:–—-(\"“'":
            lo += 1
        while hi > lo and text[hi - 1] in " ,;:–—-(\"“'":
            hi -= 1
        base = self.sentence.start
        reach_back: int | None = values.pop("reach_back", None)  # the quote starts in the sentence before
        date: PartialDate | None = values.pop("when", None)
        if date is not None:
            values.setdefault("year", date.year)
            values.setdefault("date", date.iso())
        start = base + lo if reach_back is None else reach_back
        return Fact(
            kind=kind,
            countries=pair,
            quote=self.article_text[start : base + hi],
            start=start,
            end=base + hi,
            **values,
        )
