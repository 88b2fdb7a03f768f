"""Facts computed from other facts, marked ``derived`` with their formula, and duplicates merged."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from app.domain.facts import ANNIVERSARY_COUNT, HEADLINE_PRESENT, REPORTED_AS_NEWS, Fact, FactKind, fiscal_label
from app.domain.money import format_usd
from app.extract.agreements import PLURAL
from app.extract.prefilter import rx
from app.extract.ranks import scope_key
from app.extract.tour_legs import TOUR_STOP

_PREVIOUS_YEAR = rx(
    r"\b(year[- ]on[- ]year|y-o-y|yoy|previous\s+(?:fiscal\s+|financial\s+)?year|a\s+year\s+(?:earlier|before)|"
    r"last\s+year|same\s+period\s+last\s+year)\b",
    re.I,
)


def derive(facts: list[Fact], text: str) -> list[Fact]:
    """Totals for a base year from "US$15 billion in 2024, a 27.5 per cent increase over 2023"."""
    derived: list[Fact] = []
    stated = {
        (f.countries, f.year, f.fiscal_year) for f in facts if f.kind == FactKind.TRADE_TOTAL and not f.partial_period
    }
    totals: dict[tuple[tuple[str, str], int | None], list[int]] = {}
    for i, f in enumerate(facts):
        if f.kind == FactKind.TRADE_TOTAL and not f.partial_period and f.value_usd:
            totals.setdefault((f.countries, f.year), []).append(i)
    for gi, growth in enumerate(facts):
        if growth.kind != FactKind.TRADE_GROWTH or growth.year is None or growth.percent is None:
            continue
        if growth.qualifier or growth.flags:
            continue
        base_year = growth.year - 1
        base_fiscal = f"{base_year}-{growth.year % 100:02d}" if growth.fiscal_year else None
        if (growth.countries, base_year, base_fiscal) in stated:
            continue
        line_end = text.find("\n", growth.end)
        around = text[growth.start : line_end if line_end >= 0 else len(text)]
        if str(base_year) not in around[:120] and not _PREVIOUS_YEAR.search(around[:120]):
            continue
        total_i = next(
            (
                i
                for i in totals.get((growth.countries, growth.year), ())
                if 0 <= growth.start - facts[i].end <= 80 and facts[i].fiscal_year == growth.fiscal_year
            ),
            None,
        )
        if total_i is None:
            continue
        total = facts[total_i]
        assert total.value_usd is not None
        value = total.value_usd / (1 + growth.percent / 100)
        stated_in = fiscal_label(total.fiscal_year) if total.fiscal_year else str(growth.year)
        formula = f"{format_usd(total.value_usd)} in {stated_in} ÷ (1 + {growth.percent:g} %) = {format_usd(value)}"
        derived.append(
            dataclasses.replace(
                total,
                year=base_year,
                fiscal_year=base_fiscal,
                date=None,
                amount=value,
                value_usd=value,
                qualifier=total.qualifier,
                derived=True,
                derivation=formula,
                derived_from=(total_i, gi),
                start=growth.start,
                end=growth.end,
                quote=growth.quote,
                confidence=0.7,
                confidence_basis=f"derived: {formula}",
                basis=None,
                flags=(),
            )
        )
        stated.add((growth.countries, base_year, base_fiscal))
    return facts + derived


_PRECISION_RANK = {None: 0, 4: 1, 7: 2, 10: 3}


def _precision(fact: Fact) -> tuple[int, bool]:
    """How precisely a fact is placed in time: its date's precision, then whether it has a year at all."""
    return _PRECISION_RANK.get(len(fact.date) if fact.date else None, 0), fact.year is not None


def _compatible(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and (a.startswith(b) or b.startswith(a))


def deduplicate(facts: list[Fact], headline: tuple[int, int] | None = None) -> list[Fact]:
    """One fact per statement: an article that states a fact twice yields it once (the most precise). ``headline``
    is the span of the story's headline, whose round figures the body may tell exactly.

    Facts are compared only within a bucket that every pair of twins shares, so an article of
    thousands of distinct figures is read in linear time rather than comparing each with all.
    """
    kept: list[Fact] = []
    buckets: dict[tuple[object, ...], list[int]] = {}
    for fact in _headline_signings_told_again(facts):  # (before twins merge: the body's date is the closer)
        bucket = buckets.setdefault(_bucket(fact), [])
        twin_index = next((i for i in bucket if _same(kept[i], fact)), None)
        if twin_index is None:
            bucket.append(len(kept))
            kept.append(fact)
            continue
        twin = kept[twin_index]
        better = fact if _preferred(fact) > _preferred(twin) else twin
        kept[twin_index] = better
    kept = _whole_over_non_oil(_parts_told_as_the_year(_rounded_in_the_headline(kept, headline)))
    return _flag_disagreements(_anniversaries_told_exactly(_thresholds_told_exactly(_undated_restatements(kept))))


def _anniversaries_told_exactly(facts: list[Fact]) -> list[Fact]:
    """Relations' year counted back from an anniversary ("celebrate 60 years of diplomatic relations" in 2024: 1964)
    that the article states as a date a year off ("which took place on 5 August 1963") is that date told
    roughly, the story's year not the anniversary's: dropped. A count further off stays, flagged."""
    stated = {
        (f.countries, f.year)
        for f in facts
        if f.kind == FactKind.RELATIONS_ESTABLISHED
        and f.year is not None
        and not (f.basis or "").startswith(ANNIVERSARY_COUNT)
    }
    if not stated:
        return facts
    return [
        f
        for f in facts
        if not (
            f.kind == FactKind.RELATIONS_ESTABLISHED
            and f.year is not None
            and (f.basis or "").startswith(ANNIVERSARY_COUNT)
            and any((f.countries, f.year + off) in stated for off in (-1, 1))
        )
    ]


def _headline_signings_told_again(facts: list[Fact]) -> list[Fact]:
    """A signing a headline tells in the present ("Russia, Vietnam sign 11 documents during Putin's visit"), dated
    by the story, is the signing the body tells of the same pair (on Thursday, last month, one document of the
    eleven): dropped when the body tells one, kept when it tells none."""
    told = {id(f) for f in facts if f.kind == FactKind.AGREEMENT and HEADLINE_PRESENT in (f.basis or "")}
    if not told:
        return facts
    body = {f.countries for f in facts if f.kind == FactKind.AGREEMENT and id(f) not in told}
    return [f for f in facts if not (id(f) in told and f.countries in body)]


def _rounded_in_the_headline(facts: list[Fact], headline: tuple[int, int] | None) -> list[Fact]:
    """A headline's total that rounds a total the body tells of the same pair and year ("RI-China trade hits US$127
    billion in 2023" over "reached US$127.1 billion in 2023") is that total told round: dropped, the body's kept.
    Only the headline's: in the body, "$5 billion" and "$5.4 billion" of one year may be two counts."""
    if headline is None:
        return facts
    totals = [f for f in facts if f.kind == FactKind.TRADE_TOTAL and not f.derived]
    told = [f for f in totals if headline[0] <= f.start < headline[1]]
    body = [f for f in totals if not headline[0] <= f.start < headline[1]]
    dropped = {
        id(f)
        for f in told
        if any(_same_total_of(f, exact) and _rounds(_figure(f, exact), _figure(exact, f)) for exact in body)
    }
    dropped |= _rounded_rates(facts, headline)
    return [f for f in facts if id(f) not in dropped] if dropped else facts


def _rounded_rates(facts: list[Fact], headline: tuple[int, int]) -> set[int]:
    """The headline's growth rates that round a rate the body tells of the same pair and year ("RI-Japan trade up
    25 pct in first half" over "rose 25.4 percent … in the first half of 2008"): their ids."""
    rates = [f for f in facts if f.kind == FactKind.TRADE_GROWTH and not f.derived and f.percent is not None]
    told = [f for f in rates if headline[0] <= f.start < headline[1]]
    body = [f for f in rates if not headline[0] <= f.start < headline[1]]
    return {
        id(f) for f in told for exact in body if _same_total_of(f, exact) and _rounds_rate(f.percent, exact.percent)
    }


def _rounds_rate(rounded: float | None, exact: float | None) -> bool:
    """Whether ``rounded`` is ``exact`` rounded to the decimals ``rounded`` has (25 of 25.4, 7.5 of 7.46), and not
    the same rate."""
    if rounded is None or exact is None or rounded == exact:
        return False
    decimals = 0 if rounded == round(rounded) else 1
    return round(exact, decimals) == rounded


def _same_total_of(a: Fact, b: Fact) -> bool:
    return a.countries == b.countries and a.year == b.year and bool(a.partial_period) == bool(b.partial_period)


def _figure(fact: Fact, other: Fact) -> float | None:
    """The fact's figure in the currency it was told in when ``other`` was told in that one too, else in dollars."""
    same = fact.currency is not None and fact.currency == other.currency and fact.amount and other.amount
    return fact.amount if same else fact.value_usd


def _rounds(rounded: float | None, exact: float | None) -> bool:
    """Whether ``rounded`` is ``exact`` rounded to the last non-zero digit ``rounded`` has (127 of 127.1, 1.8 of
    1.84), and not the same figure."""
    if not rounded or not exact or round(rounded) == round(exact):
        return False
    whole = round(rounded)
    if whole <= 0:
        return False
    unit = 1
    while whole % (unit * 10) == 0:
        unit *= 10
    return round(exact / unit) * unit == whole


def _parts_told_as_the_year(facts: list[Fact]) -> list[Fact]:
    """A year's total that the article tells elsewhere, the same amount, as part of that year's ("trade rises to
    $4.8 bln in 2023" over "$4.8 billion during the first eleven months of 2023"): a headline or a lead that left
    the period out, dropped; the part of the year is the figure."""
    parts = {
        (f.countries, f.year, f.value_usd)
        for f in facts
        if f.kind == FactKind.TRADE_TOTAL and f.partial_period and not f.derived and f.value_usd is not None
    }
    if not parts:
        return facts
    return [
        f
        for f in facts
        if not (
            f.kind == FactKind.TRADE_TOTAL
            and not f.partial_period
            and not f.derived
            and (f.countries, f.year, f.value_usd) in parts
        )
    ]


_NON_OIL = re.compile(r"\bnon[- ]?oil\b", re.I)


def _whole_over_non_oil(facts: list[Fact]) -> list[Fact]:
    """A total of all trade but oil ("Non-oil trade between the UAE and India reached $50.5 billion in 2023") is the
    pair's total only when the article tells no whole total of that year ("…, while total bilateral trade touched
    $85 billion"): then it is one sector's figure, dropped."""
    whole = {
        (f.countries, f.year, bool(f.partial_period))
        for f in facts
        if f.kind == FactKind.TRADE_TOTAL and not f.derived and not _NON_OIL.search(f.quote)
    }
    return [
        f
        for f in facts
        if not (
            f.kind == FactKind.TRADE_TOTAL
            and _NON_OIL.search(f.quote)
            and (f.countries, f.year, bool(f.partial_period)) in whole
        )
    ]


def _undated_restatements(facts: list[Fact]) -> list[Fact]:
    """An agreement told without a date ("Hasina, Kishida upgrade ties to strategic partnership", a headline) that
    the article dates elsewhere under the same name, a name of what it is about ("Strategic partnership", not
    "memorandum of understanding", which may be another document), is that agreement told again: dropped. So is one
    a dated document's words name ("signed an agreement on Sunday elevating relations … to a strategic partnership":
    the document made the upgrade)."""
    dated = [f for f in facts if f.kind == FactKind.AGREEMENT and f.date is not None]
    if not dated:
        return facts
    return [f for f in facts if not _told_dated_elsewhere(f, dated)]


def _told_dated_elsewhere(fact: Fact, dated: list[Fact]) -> bool:
    if fact.kind != FactKind.AGREEMENT or fact.date is not None or not fact.name:
        return False
    name = fact.name.lower()
    about = set(name.split()) - _DOCUMENT_WORDS
    if not about:
        return False
    # (or its words all in the dated one's: a headline's "all-weather partnership", the body's "all-weather
    # comprehensive strategic partnership")
    return any(
        other.countries == fact.countries
        and (name == (other.name or "").lower() or name in other.quote.lower() or about <= _words(other.name))
        for other in dated
    )


def _words(name: str | None) -> set[str]:
    return set((name or "").lower().split())


_PAST_A_MARK = 1.25  # a total told exactly is the one a threshold told ("crosses $50 billion") up to this much above


def _thresholds_told_exactly(facts: list[Fact]) -> list[Fact]:
    """A total told as a threshold passed ("UAE-India trade crosses $50 billion in 2023", qualifier "over") that the
    article also tells exactly ("reached $50.5 billion in 2023") is that total, told once: the threshold dropped.
    So is an investment ("Japanese investment in Vietnam tops $70bn" over "a combined $73.1 billion as of 2023"),
    whose stock a headline tells without its year."""
    exact = {
        _threshold_key(f): f.value_usd
        for f in facts
        if f.kind in _THRESHOLD_KINDS and f.qualifier is None and f.value_usd is not None and not f.derived
    }
    return [
        f
        for f in facts
        if not (
            f.kind in _THRESHOLD_KINDS
            and f.qualifier == "over"
            and f.value_usd is not None
            and (told := exact.get(_threshold_key(f))) is not None
            and f.value_usd <= told <= f.value_usd * _PAST_A_MARK
        )
    ]


_THRESHOLD_KINDS = (FactKind.TRADE_TOTAL, FactKind.INVESTMENT)


def _threshold_key(fact: Fact) -> tuple[object, ...]:
    if fact.kind == FactKind.INVESTMENT:
        return (fact.kind, fact.countries)
    return (fact.kind, fact.countries, fact.year, bool(fact.partial_period))


def _preferred(fact: Fact) -> tuple[object, ...]:
    """Which of two twins is kept: one dated by its own words over one the story's date stands in for (a
    headline's "visit" at the story's day, and the body's "concluded a two-day visit on Saturday"), then the
    more precisely dated, then of two days of one visit the first, then one read without a basis to say how; of two
    ranks, the surer (a headline's is
    less sure than the body's sentence stating it)."""
    rank = fact.confidence if fact.kind == FactKind.PARTNER_RANK else 0.0
    return not _story_dated(fact), _precision(fact), _first_day(fact), fact.basis is None, rank


def _first_day(fact: Fact) -> int:
    """Of two days of one visit, the earlier: a visit is dated by its first ("talks … on Monday" and "who arrived in
    Japan on Sunday" in the next sentence are one visit, of Sunday)."""
    if fact.kind != FactKind.VISIT or fact.date is None or len(fact.date) != 10:
        return 0
    return -dt.date.fromisoformat(fact.date).toordinal()


def _bucket(fact: Fact) -> tuple[object, ...]:
    """A coarse key that twins (`_same`) always share: kind, pair and what each kind compares exactly."""
    kind = fact.kind
    if kind in (FactKind.VISIT, FactKind.AGREEMENT):
        # Twins have dates on the same year (compatible prefixes), or no dates and one name.
        detail: object = fact.date[:4] if fact.date else (fact.name or "").lower()
    elif kind == FactKind.RELATIONS_ESTABLISHED:
        detail = fact.year
    elif kind == FactKind.EMBASSY:
        detail = (fact.date, fact.action)
    elif kind == FactKind.TRADE_TOTAL:
        detail = (fact.year, fact.value_usd)
    elif kind == FactKind.TRADE_GROWTH:
        detail = fact.percent
    elif kind == FactKind.INVESTMENT:
        detail = fact.value_usd
    elif kind == FactKind.PARTNER_RANK:
        detail = _ranking(fact)
    else:
        detail = id(fact)
    return (kind, fact.countries, detail)


def _story_dated(fact: Fact) -> bool:
    return bool(fact.basis and fact.basis.startswith(REPORTED_AS_NEWS))


def _many(name: str) -> bool:
    """A name of several documents signed at once ("a variety of agreements", "15 bilateral documents")."""
    return bool(PLURAL.search(name))


def _same(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind or a.countries != b.countries:
        return False
    kind = a.kind
    if kind == FactKind.RELATIONS_ESTABLISHED:
        return a.year == b.year
    if kind in (FactKind.VISIT, FactKind.AGREEMENT):
        return _same_event(a, b)
    if kind == FactKind.EMBASSY:  # each side's embassy is its own: one in Dhaka, one in Yangon
        return a.date == b.date and a.action == b.action and (not a.origin or not b.origin or a.origin == b.origin)
    if kind == FactKind.TRADE_TOTAL:
        return a.year == b.year and bool(a.partial_period) == bool(b.partial_period) and a.value_usd == b.value_usd
    if kind == FactKind.TRADE_GROWTH:  # a headline's rate restated, with its year, in the body is one rate
        return a.percent == b.percent and (a.year == b.year or a.year is None or b.year is None)
    if kind == FactKind.INVESTMENT:
        return a.value_usd == b.value_usd
    if kind == FactKind.PARTNER_RANK:  # a headline's rank restated in the body is one rank
        return _ranking(a) == _ranking(b)
    return False


def _ranking(fact: Fact) -> tuple[object, ...]:
    """What a partner rank says: the rank, who ranks in whose trade, where ("in Asia"), when, and of which flow
    (a partner, an export market, a source of imports: "second-largest partner" and "second-largest export
    market" are two ranks)."""
    quote = fact.quote.lower()
    flow = "export" if "export" in quote else "import" if "import" in quote or "supplier" in quote else "trade"
    return (fact.rank, fact.origin, fact.destination, scope_key(fact.name), fact.year, flow)


def _same_event(a: Fact, b: Fact) -> bool:
    """Whether two visits, or two agreements, of one pair are one event told twice."""
    kind = a.kind
    if a.date is None and b.date is None:
        return kind == FactKind.AGREEMENT and bool(a.name) and (a.name or "").lower() == (b.name or "").lower()
    if kind == FactKind.AGREEMENT and _listed_apart(a, b):
        return False  # "signed a defence agreement and a water agreement": two documents
    if a.start == b.start:
        return a.date == b.date
    if kind == FactKind.AGREEMENT and a.name and b.name and _many(a.name) != _many(b.name):
        return False  # "signed a variety of agreements" is not the joint declaration issued that week
    if kind == FactKind.VISIT and _restated(a, b):
        return True  # "the President's State Visit last year" after "his State Visit in June 2015"
    if _story_dated(a) or _story_dated(b):  # the story's date stands in for the visit's own: same month
        # (or, a visit, the week before it: "talks in Brasilia yesterday" told on 1 March, "is in Brazil on a visit")
        return bool(a.date and b.date and a.date[:7] == b.date[:7]) or (
            kind == FactKind.VISIT and _days_apart(a.date, b.date) <= 7
        )
    if kind == FactKind.VISIT and TOUR_STOP in (a.basis, b.basis):
        return True  # a stop of a tour, at the story's year, is the same visit dated more closely elsewhere
    if kind == FactKind.VISIT and _days_apart(a.date, b.date) <= 7:
        return True  # "arrived here Monday" and "left Wednesday after a two-day visit": one visit
    return _compatible(a.date, b.date) and (
        kind == FactKind.AGREEMENT
        or (a.date is not None and len(a.date) > 4 and b.date is not None and len(b.date) > 4)
    )


# The words any agreement's name may hold: what it is, not what it is about.
_DOCUMENT_WORDS = frozenset(
    (
        *("agreement", "agreements", "treaty", "memorandum", "understanding", "accord", "pact", "protocol"),
        *("convention", "deal", "declaration", "joint", "cooperation", "co-operation", "bilateral", "new"),
        *("framework", "of", "on", "for", "in", "and", "the", "a", "an"),
    )
)
_LISTED_WITHIN = 200  # characters between two agreements named in one breath


def _listed_apart(a: Fact, b: Fact) -> bool:
    """Two agreements named side by side for what each is about, and about different things ("a military
    cooperation agreement and a water cooperation agreement", "an extradition treaty and a memorandum on tourism"):
    two documents, not one named twice. A name of what it is only ("the pact", "CEPA") or sharing a subject ("free
    trade agreement", "the trade deal") may be the same document named again."""
    if not a.name or not b.name or _many(a.name) or _many(b.name):
        return False
    if abs(a.start - b.start) > _LISTED_WITHIN:
        return False
    about_a, about_b = (set(n.lower().split()) - _DOCUMENT_WORDS for n in (a.name, b.name))
    return (
        bool(about_a) and bool(about_b) and about_a.isdisjoint(about_b) and not (a.name.isupper() or b.name.isupper())
    )


def _restated(a: Fact, b: Fact) -> bool:
    """A visit dated only to the year, in the year of another visit of the pair dated more closely, by the
    same visitor (or one not named): the article telling the same visit again."""
    if a.date is None or b.date is None or (len(a.date) == 4) == (len(b.date) == 4) or a.date[:4] != b.date[:4]:
        return False
    if not a.person or not b.person:
        return True
    words = {w.lower().strip(".,’'") for w in a.person.split()} & {w.lower().strip(".,’'") for w in b.person.split()}
    return bool(words - {"president", "prime", "minister", "the", "state", "foreign", "king", "queen"})


def _days_apart(a: str | None, b: str | None) -> int:
    """Days between two dates given to the day (ISO text), or a large number when either is coarser."""
    if a is None or b is None or len(a) != 10 or len(b) != 10:
        return 10_000
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _flag_disagreements(facts: list[Fact]) -> list[Fact]:
    established: dict[tuple[str, str], set[int]] = {}
    for f in facts:
        if f.kind == FactKind.RELATIONS_ESTABLISHED and f.year is not None:
            established.setdefault(f.countries, set()).add(f.year)
    out = []
    for f in facts:
        years = established.get(f.countries, set())
        if f.kind == FactKind.RELATIONS_ESTABLISHED and len(years) > 1:
            f = dataclasses.replace(f, flags=(*f.flags, f"the article also gives {sorted(years - {f.year})}"))
        out.append(f)
    return out
