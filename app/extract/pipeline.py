"""An article's text in, its metadata and facts out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from app.domain.countries import country_index, in_its_time
from app.domain.dates import PartialDate
from app.domain.facts import Fact
from app.extract.agreements import read_agreements
from app.extract.cleaning import clean
from app.extract.context import SentenceContext
from app.extract.derive import deduplicate, derive
from app.extract.diplomacy import read_embassies, read_relations, read_visits
from app.extract.mentions import article_pair, finder
from app.extract.periods import parse_date_text, publication_date_from_text
from app.extract.ranks import read_ranks
from app.extract.sentences import split_sentences
from app.extract.trade import read_investment, read_trade

EXTRACTOR_VERSION = "1.0.0"
MAX_CHARS = 2_000_000  # past this an "article" is a dump; read the first part only

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
    return None


class ExtractionError(Exception):
    """The article cannot give facts (it names no country, or only one); the message says why."""


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


def extract_article(text: str, published_hint: str = "", title_hint: str = "") -> Extraction:
    """Read the facts of one article. Never raises on odd text except ExtractionError."""
    warnings: list[str] = []
    if len(text) > MAX_CHARS:
        warnings.append(f"only the first {MAX_CHARS:,} characters were read")
        text = text[:MAX_CHARS]
    cleaned = clean(text)
    published = cleaned.header_date or (parse_date_text(published_hint) if published_hint else None)
    if published is None:
        published = publication_date_from_text(text[cleaned.header_end :])
    if published is None:
        warnings.append("no publication date: relative dates such as “this year” are left unresolved")
    mention_finder = finder()
    mentions = [m for start, end in cleaned.body for m in mention_finder.find(text, start, end)]
    year = published.year if published else None
    if year is not None:  # "Moscow" in 1987 is the Soviet Union, not Russia
        mentions = [replace(m, code=in_its_time(m.code, year)) for m in mentions]
    dateline_code = _dateline_country(cleaned.dateline.place, year) if cleaned.dateline else None
    ranked, pair = article_pair(mentions, cleaned.title, dateline_code, year)
    index = country_index()
    if pair is None:
        if not ranked:
            raise ExtractionError("names no country, so it belongs to no relationship")
        raise ExtractionError(f"names only one country ({index.name(ranked[0][0])}), so it belongs to no relationship")
    facts: list[Fact] = []
    spans = list(cleaned.body)
    if (line := cleaned.dateline) is not None:  # "MOSCOW, March 31 - " is not part of the first sentence
        spans = [(line.end, e) if s == line.start else (s, e) for s, e in spans]
    for number, sentence in enumerate(split_sentences(text, spans)):
        ctx = SentenceContext(text, sentence, published, pair, mentions, dateline_code, lead=number == 0)
        for reader in READERS:
            facts.extend(reader(ctx))
    facts = derive(deduplicate(facts), text)
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
