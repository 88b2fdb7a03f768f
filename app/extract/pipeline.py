"""An article's text in, its metadata and facts out."""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from app.domain.countries import country_index, great_city, in_its_time
from app.domain.dates import PartialDate
from app.domain.facts import Fact
from app.domain.frozen import changed
from app.domain.leaders import leaders_named
from app.extract.agreements import read_agreements
from app.extract.cleaning import Cleaned, clean
from app.extract.confidence import Evidence, assess
from app.extract.context import MAX_FIGURES, Antecedent, SentenceContext
from app.extract.derive import deduplicate, derive
from app.extract.embassies import read_embassies
from app.extract.investment import read_investment
from app.extract.mentions import Mention, article_pair, finder, parties
from app.extract.prefilter import rx
from app.extract.published import story_date
from app.extract.ranks import read_ranks
from app.extract.relations import read_relations
from app.extract.sentences import Sentence, split_sentences
from app.extract.trade import antecedent, read_trade
from app.extract.trade_tables import MAX_FACTS as TABLE_ROWS
from app.extract.trade_tables import read_trade_tables
from app.extract.visits import read_visits

EXTRACTOR_VERSION = "1.1.0"
MAX_CHARS = 2_000_000  # past this an "article" is a dump; read the first part only
# The longest sentence of the seeds and every visible set is under 500 characters; one of thousands is
# a table, a dump or an attack, and reading it would cost time for no fact worth having.
MAX_SENTENCE = 2_000
# The longest story of the seeds and every visible set has 35 sentences. Reading costs about 0.1 ms a
# sentence, so a cap 140 times that keeps any article, however built, within a second or two.
MAX_SENTENCES = 5_000
GIANT_WORD = 100  # characters without a space: no word of any language, so never part of a sentence read
TIME_BUDGET = 10.0  # seconds of extraction per article; past it the article fails with the reason
PUBLISHED_YEARS = (1000, 3000)  # a publication date outside these is a typing slip, not a date to count from

Reader = Callable[[SentenceContext], list[Fact]]
READERS: tuple[Reader, ...] = (
    read_trade,
    read_investment,
    read_relations,
    read_embassies,
    read_visits,
    read_agreements,
    read_ranks,
)


def _dateline_country(place: str, year: int | None) -> str | None:
    """The country of a dateline's place: its capital or a city named with its country ("LIMA, Peru")."""
    index = country_index()
    for part in reversed(place.split(",")):
        found = index.lookup(part.strip().title())
        if found is not None:
            return in_its_time(found.code, year)
    city = great_city(place.split(",")[0].strip().title())  # "PERTH", "JEDDAH": a great city that is no capital
    return in_its_time(city, year) if city is not None else None


def _evidence(ctx: SentenceContext, headline: bool) -> Evidence:
    """What the sentence says about the facts read from it, for their confidence."""
    codes = {m.code for m in ctx.mentions}
    return Evidence(
        named=frozenset(codes),
        relative_date=any(d.relative for d in ctx.dates if d.date is not None),
        sentence_start=ctx.sentence.start,
        countries_named=len(codes),
        headline=headline,
        mentions=tuple((ctx.sentence.start + m.start, ctx.sentence.start + m.end, m.code) for m in ctx.mentions),
    )


def _through_leaders(
    ranked: list[tuple[str, float]], parts: list[str], warnings: list[str]
) -> tuple[list[tuple[str, float]], tuple[str, str]]:
    """For an article naming fewer than two countries: the countries its leaders stand for (``leaders``) ranked
    after those it names, and the pair then, with a note saying so. Raises ExtractionError when there is none."""
    named = {code for code, _weight in ranked}
    through: dict[str, str] = {}
    for part in parts:
        for name, code in leaders_named(part):
            if code not in named:
                through.setdefault(code, name)
    index = country_index()
    if len(ranked) + len(through) < 2:
        if not ranked:
            raise ExtractionError("names no country, so it belongs to no relationship")
        raise ExtractionError(f"names only one country ({index.name(ranked[0][0])}), so it belongs to no relationship")
    ranked = ranked + [(code, 0.5) for code in through]
    first, second = ranked[0][0], ranked[1][0]
    notes = [f"{index.name(c)} through {through[c]}" for c in (first, second) if c in through]
    warnings.append(f"a country named only through its leader: {', '.join(notes)}")
    return ranked, (first, second) if first <= second else (second, first)


def _is_headline(text: str, sentence: Sentence) -> bool:
    """The story's first sentence is its headline when it is a line of its own without a full stop."""
    ends_line = sentence.end >= len(text) or text[sentence.end : sentence.end + 1] in ("\n", "\r")
    return ends_line and not sentence.text.rstrip().endswith((".", "!", "?", "”", '"', "’", "'"))


def _in_its_time(fact: Fact) -> Fact:
    """A fact about a year is about the states of that year: "Myanmar and Bangladesh established relations on
    21 March 1972" is Burma's (``BUR``), whenever the page was written."""
    if fact.year is None:
        return fact
    then = tuple(sorted(in_its_time(code, fact.year) for code in fact.countries))
    if then == fact.countries or len(set(then)) < 2:
        return fact
    moved = {
        old: new for old, new in zip(fact.countries, (in_its_time(c, fact.year) for c in fact.countries), strict=True)
    }
    return changed(
        fact,
        countries=(then[0], then[1]),
        origin=moved.get(fact.origin or "", fact.origin),
        destination=moved.get(fact.destination or "", fact.destination),
    )


class ExtractionError(Exception):
    """The article cannot give facts (it names no country, or only one); the message says why."""


class ExtractionStopped(Exception):
    """Raised inside extraction when the caller's ``stop`` check says the work is no longer wanted."""


class Clock:
    """An article's time budget and the caller's stop request, checked between steps of bounded cost.
    One clock can cover reading the file and extracting from it."""

    def __init__(self, budget: float = TIME_BUDGET, stop: Callable[[], bool] | None = None) -> None:
        self.deadline = time.monotonic() + budget
        self.budget = budget
        self.stop = stop

    def check(self, where: str) -> None:
        if self.stop is not None and self.stop():
            raise ExtractionStopped(where)
        if time.monotonic() > self.deadline:
            raise ExtractionError(f"took longer than {self.budget:g} s to read (stopped {where}); nothing was stored")


_GIANT = rx(rf"\S{{{GIANT_WORD},}}")


def _readable(sentences: Iterable[Sentence], text: str, too_long: list[int], giants: list[int]) -> Iterator[Sentence]:
    """Sentences short enough to read. An over-long one is split at runs with no space that no word is
    (a digit dump, an encoded blob glued to a sentence), and a piece still too long is not read; the
    lists collect where each was, for the warnings."""
    for sentence in sentences:
        if sentence.end - sentence.start <= MAX_SENTENCE:
            yield sentence
            continue
        at = sentence.start
        for giant in _GIANT.finditer(text, sentence.start, sentence.end):
            giants.append(giant.start())
            yield from _pieces(text, at, giant.start(), too_long)
            at = giant.end()
        yield from _pieces(text, at, sentence.end, too_long)


def _pieces(text: str, start: int, end: int, too_long: list[int]) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > MAX_SENTENCE:
        too_long.append(start)
    elif end - start >= 2:
        yield Sentence(start, end, text[start:end].replace("\r", " ").replace("\n", " "))


def _skipped(giants: list[int], too_long: list[int], crowded: list[int]) -> list[str]:
    """Warnings for what of the article was not read, with where."""
    warnings: list[str] = []
    if giants:
        count = f"{len(giants)} run{'s' if len(giants) > 1 else ''}"
        warnings.append(f"{count} of over {GIANT_WORD} characters without a space skipped (at character {_at(giants)})")
    if too_long:
        count = f"{len(too_long)} sentence{'s' if len(too_long) > 1 else ''}"
        warnings.append(f"{count} longer than {MAX_SENTENCE:,} characters not read (at character {_at(too_long)})")
    if crowded:
        count = f"{len(crowded)} sentence{'s' if len(crowded) > 1 else ''}"
        warnings.append(
            f"{count} with more than {MAX_FIGURES} percentages or sums read only to the "
            f"{MAX_FIGURES}th (a table set as text; at character {_at(crowded)})"
        )
    return warnings


def _at(positions: list[int]) -> str:
    return ", ".join(f"{at:,}" for at in positions[:3]) + (" …" if len(positions) > 3 else "")


@dataclass(frozen=True)
class Extraction:
    title: str
    outlet: str
    published: PartialDate | None
    pair: tuple[str, str]
    countries: tuple[tuple[str, float], ...]  # every country named, with its weight
    facts: tuple[Fact, ...]
    body: tuple[tuple[int, int], ...]
    warnings: tuple[str, ...] = ()


def _tables(text: str, start: int, mentions: list[Mention], pair: tuple[str, str], warnings: list[str]) -> list[Fact]:
    """Trade totals set out year by year under a heading, in no sentence; a warning when rows were left."""
    facts, more = read_trade_tables(text, start, mentions, pair)
    if more:
        warnings.append(f"only the first {TABLE_ROWS:,} rows of its trade tables were read")
    return facts


def _publication_date(text: str, cleaned: Cleaned, hint: str, warnings: list[str]) -> PartialDate | None:
    """The story's date (``published.story_date``) if it is a news story's; a warning when there is none to count
    "this year" from."""
    published = story_date(text, cleaned, hint)
    if published is not None and not PUBLISHED_YEARS[0] <= published.year <= PUBLISHED_YEARS[1]:
        # "date 0001-01-01": "yesterday" would fall before the calendar's first day
        warnings.append(f"the publication date {published.iso()} is no news story's: not used")
        published = None
    if published is None:
        warnings.append("no publication date: relative dates such as “this year” are left unresolved")
    return published


# A guest so called: "Visiting Indian External Affairs Minister S Jaishankar", "the visiting Sri Lankan President".
_VISITING = rx(r"\b[Vv]isiting\s+$")


def _home_of_a_visited_side(text: str, mentions: list[Mention], pair: tuple[str, str] | None) -> str | None:
    """The side of ``pair`` a story is told at home on, when it calls the other side's official "visiting" (and
    never its own): the side whose currency a word the two share ("Rs") is."""
    if pair is None:
        return None
    guests = {m.code for m in mentions if m.code in pair and _VISITING.search(text, max(0, m.start - 12), m.start)}
    if len(guests) != 1:
        return None
    (guest,) = guests
    return pair[1] if pair[0] == guest else pair[0]


def extract_article(  # noqa: PLR0915 - split with the speed work (issue 26)
    text: str,
    published_hint: str = "",
    title_hint: str = "",
    *,
    budget: float = TIME_BUDGET,
    stop: Callable[[], bool] | None = None,
    clock: Clock | None = None,
) -> Extraction:
    """Read the facts of one article. Never raises on odd text except ExtractionError (which includes
    running past ``budget`` seconds) and ExtractionStopped (when ``stop()`` turns true). A ``clock`` given
    replaces ``budget`` and ``stop`` (the caller started it before reading the file)."""
    clock = clock if clock is not None else Clock(budget, stop)
    warnings: list[str] = []
    if len(text) > MAX_CHARS:
        warnings.append(f"only the first {MAX_CHARS:,} characters were read")
        text = text[:MAX_CHARS]
    cleaned = clean(text)
    clock.check("after cleaning the text")
    published = _publication_date(text, cleaned, published_hint, warnings)
    mention_finder = finder()
    mentions = parties(text, [m for start, end in cleaned.body for m in mention_finder.find(text, start, end)])
    clock.check("after finding the countries named")
    year = published.year if published else None
    if year is not None:  # "Moscow" in 1987 is the Soviet Union, not Russia
        mentions = [m if (code := in_its_time(m.code, year)) == m.code else replace(m, code=code) for m in mentions]
    dateline_code = _dateline_country(cleaned.dateline.place, year) if cleaned.dateline else None
    ranked, pair = article_pair(mentions, cleaned.title, dateline_code, year, text)
    if pair is None:  # "Prime Minister Narendra Modi arrived in Washington": India named through its leader
        ranked, pair = _through_leaders(ranked, [cleaned.title, *(text[s:e] for s, e in cleaned.body)], warnings)
    facts: list[Fact] = []
    spans = list(cleaned.body)
    if (line := cleaned.dateline) is not None:  # "MOSCOW, March 31 - " is not part of the first sentence
        spans = [(line.end, e) if s == line.start else (s, e) for s, e in spans]
    starts = [m.start for m in mentions]
    too_long: list[int] = []
    crowded: list[int] = []  # sentences with more figures than are read
    giants: list[int] = []
    read: set[str] = set()
    before: Antecedent | None = None
    headline_span: tuple[int, int] | None = None
    wire = cleaned.dateline is not None and bool(cleaned.dateline.date_text)
    home = _home_of_a_visited_side(text, mentions, pair) if dateline_code is None else None
    # The story's lead: its first sentence of prose, the head's lines above it (a headline, a byline, a time stamp:
    # lines without a full stop) lead too
    prose_seen = False
    for number, sentence in enumerate(_readable(split_sentences(text, spans), text, too_long, giants)):
        if number % 64 == 0:
            clock.check(f"at character {sentence.start:,} of {len(text):,}")
        if sentence.text in read:
            continue  # a sentence repeated (a summary above the story, a page printed twice) is one statement
        if len(read) == MAX_SENTENCES:
            warnings.append(
                f"only the first {MAX_SENTENCES:,} sentences were read (stopped at character "
                f"{sentence.start:,} of {len(text):,})"
            )
            break
        read.add(sentence.text)
        within = mentions[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        a_head_line = _is_headline(text, sentence)  # a line of its own without a full stop
        headline = number == 0 and a_head_line
        titled = a_head_line and headline_span is None and sentence.text.strip() == cleaned.title
        if headline or titled:
            headline_span = (sentence.start, sentence.end)  # (under a page's masthead, the line the title is)
        ctx = SentenceContext(
            text,
            sentence,
            published,
            pair,
            within,
            dateline_code,
            lead=not prose_seen,
            before=before,
            wire=wire,
            headline=headline or titled,
            home_code=home,
        )
        prose_seen = prose_seen or not a_head_line
        if ctx.figures_cut:
            crowded.append(sentence.start)
        found = [fact for reader in READERS for fact in reader(ctx)]
        if found:
            evidence = _evidence(ctx, headline=headline)
            facts.extend(assess(fact, evidence) for fact in found)
        before = antecedent(ctx, found)
        if before.trade and ctx.before is not None and ctx.before.trade:
            before.settle()  # a run of sentences of trade: the year told last read now, while the one before is known
        ctx.read()
    warnings += _skipped(giants, too_long, crowded)
    facts += _tables(text, cleaned.header_end, mentions, pair, warnings)
    facts = derive(deduplicate([_in_its_time(f) for f in facts], headline_span), text)
    return Extraction(
        title=title_hint or cleaned.title,
        outlet=cleaned.outlet,
        published=published,
        pair=pair,
        countries=tuple(ranked),
        facts=tuple(facts),
        body=cleaned.body,
        warnings=tuple(warnings),
    )
