"""Trading-partner rankings: "Peru currently stands as Việt Nam's sixth-largest trading partner"."""

from __future__ import annotations

import re

from app.domain.facts import Fact, FactKind
from app.extract.context import OVERTAKEN, SentenceContext
from app.extract.date_patterns import MONTH_WORD, NUMBER_WORDS, ORDINAL_WORDS
from app.extract.mentions import REGIONS, Mention
from app.extract.prefilter import DIGITS, caseless, rx

_ORDINALS = {
    **{word: n for word, n in ORDINAL_WORDS.items() if n <= 12},
    "largest": 1,
    "biggest": 1,
    "top": 1,
    "leading": 1,
    "principal": 1,
    "main": 1,
    "chief": 1,
    "most important": 1,
    "most prominent": 1,
    "most significant": 1,
    "foremost": 1,
}
# "sixth-largest trading partner", "largest single trading partner", "largest two-way trading partner", "largest
# export market", "top market for its exports", "largest source of imports", "principal trading partner". A market,
# destination or source is a rank only with exports or imports named, a customer or supplier only when it is not one
# good's; "one of the largest partners" is no rank.
_ONE_WORD_ORDINALS = "|".join(o for o in _ORDINALS if " " not in o and "." not in o)
_POSSESSIVE = rx(r"[’']s?\s")  # "Vietnam's ", "the Philippines' "
# A rank told as a number: "No. 3", "No.1", "No 1", "number two".
_NUMBERED = r"no\.?\s?\d{1,2}(?!\d)|number\s+(?:" + "|".join(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 12) + ")"
# What a market or source ranks in, after it: "source of imports", "market for its exports", "for Chilean exports"
_FLOW = r"\s+(?:for|of)\s+(?:(?:its|their|[\w\u00C0-\u1EF9]+['’]s|(?-i:[A-Z])\w+)\s+)?(?:exports|imports)\b"
RANK = rx(
    r"(?<!one of the )(?<!one of its )(?<!one of their )\b(?P<ord>"
    + _NUMBERED
    + r"|\d{1,3}(?:st|nd|rd|th)|"
    + "|".join(o.replace(".", r"\.") for o in _ORDINALS)
    + r")(?:[- ](?:largest|biggest)|\s+most\s+(?:important|prominent|significant))?\s+"
    r"(?:(?:single|two-way|bilateral|overall)\s+)?"
    # all trade but oil's: "main non-oil export destination", "second-largest non-oil trading partner"
    r"(?:(?P<goods>non-(?:oil|petroleum|hydrocarbons?|energy))\s+)?"
    # the region the ranking is within, as an adjective: "largest ASEAN trading partner"
    r"(?:(?P<region>ASEAN|EU|European|Asian|African|Arab|Pacific|Gulf|Nordic|Caribbean|Mercosur|"
    r"(?:Latin|South|Central|North|Southeast|South-East|East|West)[- ](?:American|Asian|African|European))\s+)?"
    r"(?:(?:(?:trading|trade|commercial|economic)\s+)?partner\b(?!s)|"
    r"(?P<flow>export|import)\s+(?:partner|market|destination|source|supplier)\b(?!s)|"
    # ("market for its exports", "… for Chilean exports": the owner by its people's name)
    r"(?:market|destination|supplier|source)\b(?!s)(?=" + _FLOW + r")|"
    # a buyer or seller of all its goods, as French-language outlets' English has it: "Algeria's first customer",
    # "Senegal's leading supplier" (not "largest supplier of gas", "customer for iron ore": one good's)
    r"(?:customer|client|supplier)\b(?!s)(?!\s+(?:of|for)\b))",
    re.I,
)
# "ranked fourth among Vietnam's trading partners", "ranks 12th among its trade partners", "ranks 13th among
# Indonesia's export destinations".
RANKED = rx(
    r"\brank(?:s|ed)?\s+(?:as\s+)?(?:the\s+)?(?P<ord>\d{1,3}(?:st|nd|rd|th)|"
    + _ONE_WORD_ORDINALS
    + r")(?:[- ](?:largest|biggest))?\s+(?:among|of)\s+(?:[\w\u00C0-\u1EF9]+['’]s\s+|its\s+|their\s+)?"
    r"(?:(?:trading|trade|commercial|export|import)\s+partners|export\s+(?:destinations|markets)|"
    r"import\s+(?:sources|suppliers))\b",
    re.I,
)
# The second of two ranks with its noun left out, the clause ending on the ordinal: "…, while the Kingdom is
# India's fourth-largest.", "and Vietnam is China's sixth-largest" (read only after a rank with its noun).
_ELIDED = rx(
    r"(?<=['’]s\s)(?P<ord>\d{1,3}(?:st|nd|rd|th)|"
    + _ONE_WORD_ORDINALS
    + r")(?:[- ](?:largest|biggest))?(?=\s*(?:[,.;]|$))",
    re.I,
)
_ELIDED_AFTER = rx(r"\b(?:while|whereas|and|but)\b", re.I)  # the second clause's joint, between the two ranks
# The next partner's place with its owner and noun left out, the first rank's owner's: "China remained Malaysia's
# largest trading partner, while Singapore was second", "…, while China came second with $55 billion" (not "a
# second home")
_ELIDED_OWNER = rx(
    r"(?<=\s)(?:was|is|came|comes|ranked|ranks|remained|stood)\s+(?:in\s+)?(?P<ord>"
    + _ONE_WORD_ORDINALS
    + r"|\d{1,3}(?:st|nd|rd|th))(?:[- ](?:largest|biggest))?(?:\s+place)?(?=\s*(?:[,.;]|with\b|at\b|$))",
    re.I,
)
# A second ranking of the pair within a region, its noun left out and its owner "its": "Korea is Mexico's 6th largest
# trading partner worldwide and its 4th in Asia", "… globally and its second largest in Asia".
_ELIDED_SCOPED = rx(
    r"(?<=\bits\s)(?P<ord>\d{1,3}(?:st|nd|rd|th)|"
    + _ONE_WORD_ORDINALS
    + r")(?:[- ](?:largest|biggest))?(?=\s+in\s+(?:the\s+)?(?-i:[A-Z]))",  # a region, not "in terms of"
    re.I,
)
_ITS = rx(r"\b(?:its|their)\s+$", re.I)
_OF_FLOW = rx(_FLOW, re.I)  # its words, for the quote
# (a period after the rank is no scope: "in January-August 2023", "in March", "in H1 2024", "in Q3")
_SCOPE = rx(
    r"^\s*(?:of\s+[\w\u00C0-\u1EF9 ]+?\s+)?(?P<scope>in\s+(?:the\s+)?(?!(?:" + MONTH_WORD + r"|[HQ][1-4])\b)"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|"
    r"globally|worldwide|in\s+the\s+world|in\s+the\s+region)"
)


# A region or bloc ranked where a country would be: "ASEAN is Vietnam's third-largest trading partner, after China
# and the United States", "The European Union is …": no country's rank (not China's, named after it).
_REGION_RANKED = rx(r"\b" + REGIONS + r"(?:\s+\([A-Z]{2,6}\))?\s+(?:[a-z]+\s+){1,3}$")
_MAY_RANK = ("partner", "market", "destination", "supplier", "source", "customer", "client")
# Every RANK holds an ordinal, in words or in figures ("sixth", "12th"), and every RANKED "rank" (lower case).
MAY_ORDER = (*_ORDINALS, *DIGITS, "number ")


def read_ranks(ctx: SentenceContext) -> list[Fact]:
    facts: list[Fact] = []
    if not ctx.holds(*_MAY_RANK):
        return facts  # every rank names a partner, market, destination, supplier, source, customer or client
    found = [*ctx.matches(RANK, *MAY_ORDER), *ctx.finditer(RANKED, "rank")]
    if found:
        first = min(m.end() for m in found)
        found += [
            m
            for pattern in (_ELIDED, _ELIDED_OWNER, _ELIDED_SCOPED)
            for m in pattern.finditer(ctx.text, first)
            if _ELIDED_AFTER.search(ctx.text, first, m.start())
        ]
    carried = None  # the owner of the rank before, for a next partner's place told without it
    for m in sorted(found, key=lambda m: m.start()):
        rank = _rank_of(m.group("ord"))
        if rank is None:
            continue
        before = [x for x in ctx.mentions if x.end <= m.start()]
        after = [x for x in ctx.mentions if x.start >= m.end() and x.start - m.end() < 12]
        possessor = next(
            (x for x in reversed(before) if _POSSESSIVE.match(ctx.text, x.end) and m.start() - x.end < 6),
            None,
        )
        if m.re is RANKED:  # "ranks 13th among Indonesia's export destinations": the owner inside the words
            possessor = next(
                (x for x in ctx.mentions if m.start() < x.start < m.end() and _POSSESSIVE.match(ctx.text, x.end)),
                possessor,
            )
        of = after[0] if after and re.match(r"\s+of\s+", ctx.text[m.end() : after[0].start]) else None
        # (a later rank "its" own: "…, while China was its largest source of imports", the owner of the rank before)
        its = carried is not None and _ITS.search(ctx.text, max(0, m.start() - 8), m.start()) is not None
        owner = possessor or of or (carried if m.re in (_ELIDED_OWNER, _ELIDED_SCOPED) or its else None)
        if m.re in (_ELIDED_OWNER, _ELIDED_SCOPED) and owner is None:
            continue
        carried = owner
        others = _candidates(ctx, before, owner)
        subject = others[-1] if others else None
        if (
            subject is None
            and owner is not None
            and _REGION_RANKED.search(ctx.text, max(0, owner.start - 60), owner.start)
        ):
            continue
        if (
            subject is not None
            and len(others) > 1
            and OVERTAKEN.search(ctx.text, max(0, subject.start - 40), subject.start)
        ):
            subject = others[-2]  # "China overtook the United States to be Japan's second largest partner"
        pair = ctx.pair_for()
        if owner and subject and owner.code != subject.code:
            a, b = sorted((owner.code, subject.code))
            pair = (a, b)
        owner_code = owner.code if owner and subject else None
        hi = m.end() + (of.end - m.end() if of else 0)
        scope = _SCOPE.match(ctx.text[hi:])
        name = scope.group("scope") if scope else _region(m)
        if pair is None or any(
            f.countries == pair and owner_code in (None, f.destination) and _same_scope(f.name, name) for f in facts
        ):
            # "its second-largest partner and its largest export market": one ranking of the pair; "A is B's
            # third-largest partner, while B is A's fifth" ranks each in the other's trade: two; so are a ranking
            # in the world and one in Asia
            continue
        # the ranked country starts the quote when it stands first, or when its owner was told before ("…, while
        # Singapore was second")
        first = subject is not None and (owner is None or subject.start < owner.start or m.re is _ELIDED_OWNER or its)
        lo = subject.start if subject is not None and first else m.start()
        clause_start = max(ctx.text.rfind(",", 0, lo), ctx.text.rfind(";", 0, lo))
        if subject is None:
            lo = clause_start + 1
        if scope:
            hi += scope.end()
        elif flow := _OF_FLOW.match(ctx.text, hi):
            hi = flow.end()  # "largest source of imports": what it ranks in
        direction = {}
        if owner and subject:
            direction = {"origin": subject.code, "destination": owner.code}
        facts.append(
            ctx.fact(
                FactKind.PARTNER_RANK,
                lo,
                hi,
                pair,
                rank=rank,
                name=name,
                confidence=0.8,
                **direction,
            )
        )
    return facts


# Before a country a rank is set against: "after China", "ahead of Italy", "behind the United States"
_RANKED_AGAINST = rx(r"\b(?:after|ahead\s+of|behind|following|trailing)\s+(?:the\s+)?$", re.I)


def _candidates(ctx: SentenceContext, before: list[Mention], owner: Mention | None) -> list[Mention]:
    """The countries before a rank that may be the one ranked: not its owner, nor a country it is ranked against
    ("… partner after China, and its second-largest export market": Japan's) while another stands before."""
    others = [x for x in before if owner is None or x.code != owner.code]
    return [x for x in others if not _RANKED_AGAINST.search(ctx.text, max(0, x.start - 16), x.start)] or others


def _region(match: re.Match[str]) -> str | None:
    """The region a ranking is within, named before "partner" ("largest ASEAN trading partner"), or the trade it is
    in ("non-oil"): the ranking's name."""
    found = match.groupdict()
    region = found.get("region") or found.get("goods")  # (or the trade ranked in: "non-oil")
    return " ".join(region.split()) if region else None


def _rank_of(ordinal: str) -> int | None:
    """ "sixth", "12th", "largest", "No. 3", "number two" as a rank; None for "no 3" (lower case, no dot: the word
    "no", not the abbreviation)."""
    word = caseless(ordinal)
    if word[:-2].isdigit():
        return int(word[:-2])
    if word.startswith("number"):
        return NUMBER_WORDS[word.split()[-1]]
    if word.startswith("no"):
        if "." not in word and not ordinal.startswith("No"):
            return None
        return int(word.lstrip("no. "))
    return _ORDINALS[word]


_IN = ("in", "within", "the")
_WORLDWIDE = {"world", "globally", "worldwide"}
_REGION_NOUNS = {"american": "america", "asian": "asia", "african": "africa", "european": "europe"}


def scope_key(name: str | None) -> str | None:
    """A ranking's scope as one key however it is written: "ASEAN" of "top ASEAN trade partner" and "in ASEAN"
    after the noun, "Latin American" and "in Latin America", "South-East Asian" and "in Southeast Asia"; the
    world's ranking ("in the world", "globally") is the unscoped one."""
    if name is None:
        return None
    words = name.lower().replace("-", " ").split()
    while words and words[0] in _IN:
        words = words[1:]
    key = "".join(_REGION_NOUNS.get(word, word) for word in words)
    return None if key in _WORLDWIDE else key


def _same_scope(a: str | None, b: str | None) -> bool:
    """Whether two rankings' scopes are one: by their keys, and "in the region" is the region named before it
    ("second-largest partner in Latin America and its largest export destination in the region")."""
    key_a, key_b = scope_key(a), scope_key(b)
    if "region" in (key_a, key_b):
        return key_a is not None and key_b is not None
    return key_a == key_b
