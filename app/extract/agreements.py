"""Agreements, treaties, memoranda, partnership upgrades and bilateral bodies, with when they happened."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from app.domain.dates import PartialDate
from app.domain.facts import ANNIVERSARY_COUNT, HEADLINE_PRESENT, REPORTED_AS_NEWS, Fact, FactKind
from app.extract.context import SentenceContext
from app.extract.date_builders import AFTER_STATED
from app.extract.date_patterns import MONTH_NAMES, NUMBER_WORDS, ORDINAL_WORDS, SAID_AS_IT_HAPPENED
from app.extract.periods import (
    CHRONOLOGY_ITEM,
    DateExpr,
    dates_the_relations,
    in_a_clause_before,
    safe_date,
    said_more_precisely,
)
from app.extract.prefilter import DIGITS, caseless, holds_any, rx

_HEADS = (
    # (a memorandum named by its subject: "Memorandum on Cooperation", "Memorandum of Cooperation")
    # (plural, for one by its proper name: "the Abraham Accords", ``_a_proper_name``)
    r"Agreements?|Treaty|Accords?|Pact|Compact|Convention|Protocol|Declaration|Memorandum(?:\s+of\s+Understanding)?|"
    r"Partnership|Charter|Plan\s+of\s+Action|Action\s+Programme|Roadmap|Road\s+Map|Letters?\s+of\s+Exchange|"
    r"Exchange\s+of\s+(?:Notes|Letters)"
)
# Bounded and anchored at a word's start: an unbounded word here made a 40 KB token run quadratic. A month or a
# weekday is no word of a name: "signed the Shusha Declaration on Tuesday" names the Shusha Declaration.
_TITLE_WORD = (
    r"(?:\b(?!(?:" + MONTH_NAMES + r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w’'-]{0,30}|\b\d{1,3}(?:st|nd|rd|th)|&)"
)
_CONNECT = r"(?:of|for|on|the|and|in|to|between|de|del|y)"
# Where a document was signed, named between "signed" and its date: "in Jakarta", "in Buenos Aires" (not "in November")
_IN_A_PLACE = r"in\s+(?!(?:" + MONTH_NAMES + r")\b)(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?"
NAMED = rx(
    r"(?:" + _TITLE_WORD + r"\s+(?:" + _CONNECT + r"\s+)*){0,8}(?:" + _HEADS + r")\b"
    r"(?:\s+(?:on|for|of|between)\s+(?:the\s+)?"
    + _TITLE_WORD
    + r"(?:\s+(?:"
    + _CONNECT
    + r"\s+)*"
    + _TITLE_WORD
    + r"){0,7})?(?:\s*\([A-Z][A-Za-z]{0,9}(?:-[A-Z][A-Za-z]{1,9})?\))?"  # "(CEPA)", "(IA-CEPA)"
)
# An agreement by its acronym: the common ones, and any ending in an agreement's letters, as a pair's own deal is
# named by the letters of its parties ("VCFTA", "ChAFTA", "KAFTA", "IJEPA", "IA-CEPA"; not "FTAAP", an area).
_ACRONYMS = r"(?:[A-Z][A-Za-z]{0,5}-?)?(?:FTA|EPA|CEPA|CECA)|CPTPP|RCEP|USMCA|MoUs?|MOUs?|BIT|DTAA?|TPP"
ABBREVIATED = rx(r"\b(" + _ACRONYMS + r")\b")
# A programme, plan or roadmap said to have been signed is a document of the two: "the Argentina-Brazil economic
# integration programme, signed in July 1986", "their cooperation plan, signed in January 2021" (not one merely
# had, nor a programme that "signed up" students).
SIGNED_PLAN = rx(
    r"\b(?P<mod>(?:(?!(?:a|an|the|their|its|our|this|that)\b)[\w-]+\s+){0,3})"
    r"(?P<head>programme|program|plan|roadmap|road\s+map|framework|arrangement)"
    r"(?=\s*,?\s+(?:which\s+(?:was|were)\s+)?signed\s+(?:in|on)\b)",
    re.I,
)
# What a lower-case agreement is on, of or for: "on trade and investment", ending on a word of its own (not the
# preposition of a date or a place after it: "on fisheries in March 2023" is on fisheries).
_DANGLING = ("in", "on", "at", "of", "for", "to", "by", "with", "from", "and", "or", "the", "a", "an", "last", "this",
             "next", "during", "between", "since", "until")  # fmt: skip
_LOWER_TAIL = (
    # (a comma goes on with the list, not with a report: "on fruit exports, officials said")
    r"(?P<tail>\s+(?:on|of|for)\s+[a-z][\w-]*(?:(?:,(?![^,.;]{0,40}?\b(?:said|says|reported|added|told|stated|"
    # (nor with a second document of the signing: "on mining and a memorandum on tourism")
    r"announced|noted)\b)\s+|\s+)(?:and\s+)?(?!(?:a|an)\s)[a-z][\w-]*){0,4}(?![\w-])"
    + "".join(rf"(?<!\s{word})" for word in _DANGLING)
    + r")?"
)
LOWER = rx(
    r"\b(?:(?:a|an|the|this|that)\s+)?(?P<mod>(?:(?!(?:a|an|the|signed|signs?|inked|inks?|seal(?:s|ed)?|concluded|reached|issued|"
    r"initial(?:l)?ed|agreed|adopted|renewed|ratified)\b)[a-z][\w-]+\s+){0,3})(?P<head>agreement|treaty|"
    r"memorandum(?:\s+of\s+(?:understanding|cooperation))?|accord|pact|compact(?!\s+(?:cars?|discs?|design|size))|"
    r"protocol|convention|deal|joint\s+declaration|road\s*map|action\s+plan|plan\s+of\s+action|arrangement)\b"
    + _LOWER_TAIL
)
# A declaration the two sign is theirs as a joint declaration is: "signed a new security declaration", "inked a
# declaration of intent on lithium", "signed a joint statement on deepening their partnership", "signed the
# communique", "signed a joint innovation partnership", "signed an economic integration programme" (not one made or
# issued by one side, nor a customs declaration, nor a joint statement issued, nor a programme "signed up" for).
SIGNED_DECLARATION = rx(
    # (or adopted together: "The leaders adopted a joint statement on …", "adopted a joint declaration")
    r"\b(?:signed|inked|adopted)\s+(?:a|an|the)\s+(?:new\s+)?(?P<mod>(?:[a-z][\w-]+\s+){0,2}?)"
    # (its kind in capitals too, as a ministry's release writes it: "signed a Joint Statement", "the Joint Communique")
    r"(?P<head>(?i:declaration|joint\s+statement|(?:joint\s+)?communiqu[eé]|partnership|programme|program|"
    # "a joint communication of intent on green hydrogen", "a letter of intent on raw materials"
    r"(?:communication|letter|statement)\s+of\s+intent))" + _LOWER_TAIL
)
# A document both sides signed, as translated news names it: "The two leaders signed a document for …", "Russia and
# Belarus signed a document on …" (not "President Lula signed a document appointing …": one side's act).
SIGNED_DOCUMENT = rx(
    r"\b(?:[Tt]he\s+two\s+\w+|[Bb]oth\s+\w+|[A-Z][\w-]+\s+and\s+(?:the\s+)?[A-Z][\w-]+)\s+(?:(?:also|jointly)\s+)?"
    # (or adopted together, a document of a kind: "adopted a vision document", "signed an outcome document")
    r"(?:signed|inked|adopted)\s+(?:an?|the)\s+(?P<mod>(?:joint\s+|new\s+|bilateral\s+)?"
    r"(?:(?:vision|outcome|strategy|strategic|concept|framework|policy|final)\s+)?)(?P<head>document)\b" + _LOWER_TAIL
)
# Documents named in the plural, several signed at once: one list for every pattern that counts them.
PLURAL_DOCUMENTS = (
    r"(?:agreements|accords|treaties|documents|instruments|memorand(?:a|ums)|MoUs|deals|pacts|protocols|conventions|"
    r"declarations)"
)
PLURAL = rx(r"\b(" + PLURAL_DOCUMENTS + r")\b", re.I)
BODY = rx(
    r"\b(?:(?:joint|intergovernmental|inter-governmental|bilateral|binational)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:committee|commission|council|working\s+group)|(?:[\w-]+\s+)?mechanism)\b",
    re.I,
)
NEGOTIATIONS = rx(
    r"\b(?:completed|concluded|finali[sz]ed|wrapped\s+up)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"negotiations?\s+(?:on|for|to|over)\b[^,.;]*",
    re.I,
)
# The kinds of a partnership two countries form: "comprehensive strategic", "special strategic and global" (an
# "economic partnership" too, but "economic partners" may be trading partners only)
_KIND = r"(?:comprehensive|strategic|enhanced|extensive|global|special|privileged|all-round|cooperative|innovative)"
_PARTNERSHIP_KIND = r"(?:" + _KIND + r"|economic)"
UPGRADE = rx(
    # "upgraded ties", "the upgrade of Vietnam-Australia ties", "the elevation of US-Vietnam relations"
    # "upgrade the relationship between Japan and Viet Nam to"
    r"(?:\b(?:upgrad|elevat|rais)\w*\s+(?:(?:[\w’'-]+\s+){0,4}?(?:relations|ties|relationship)"
    r"(?:\s+between\s+[^,.;]{3,50}?)?|it|them)\s+"
    # "their ties were upgraded to", "relations have been elevated to"
    r"|\b(?:relations|ties|relationship)(?:\s+between\s+[^,.;]{3,50}?)?\s+(?:was|were|have\s+been|has\s+been|had\s+been)"
    r"\s+(?:\w+\s+)?"
    r"(?:upgraded|elevated|raised)\s+)"
    r"(?:from\s+(?:a\s+|the\s+)?.{0,50}?\s+)?to\s+(?:a\s+|an\s+|the\s+)?[‘'\"“]?(?P<name>(?:[A-Z][\w-]*\s+)"
    r"{0,4}Partnership)"
    # "set up a comprehensive strategic partnership in 2014", "established a Strategic Partnership", "declared a
    # strategic partnership"; "agreed in 2013 to forge a strategic partnership", as "agreed to set up a commission"
    r"|\b(?:set\s+up|established|forged|launched|formed|built|declared|announced|"
    # ("announced the establishment of a strategic partnership": the noun of the verb)
    r"(?:announced|declared|agreed\s+(?:on|to))\s+the\s+(?:establishment|launch|formation)\s+of|"
    r"(?:agreed|decided)\s+(?:[\w-]+\s+){0,2}?to\s+(?:establish|set\s+up|forge|launch|form|build))\s+(?:a|an|the|their)\s+"
    r"(?P<name2>(?:" + _PARTNERSHIP_KIND + r"\s+){1,3}partnership)"
    # "their comprehensive strategic partnership of cooperation since 2010": a partnership held since a year
    r"|\b(?P<name3>(?:" + _PARTNERSHIP_KIND + r"\s+){1,3}partnership(?:\s+of\s+(?:\w+\s+)?cooperation)?)"
    r"\s+since(?=\s+(?:19|20)\d\d)"
    # "25 years of their strategic partnership": a partnership whose years are counted (its anniversary)
    r"|(?<=years\sof\s)(?:the\s+|their\s+|its\s+)(?P<name4>(?:"
    + _PARTNERSHIP_KIND
    + r"\s+(?:and\s+)?){1,4}partnership)",
    re.I,
)
# A chronology's item telling a partnership formed in the historic present: "2004: … and the two countries sign a
# strategic partnership", "2009 – The two countries agree a Comprehensive Partnership" (dated by the item's year).
_ITEM_PARTNERSHIP = rx(
    r"[^.;]{0,120}?\b(?P<verb>(?:sign|agree|establish|form|forge|launch)(?:s|es)?)"
    r"(?:\s+(?:on|upon))?\s+(?:a|an|the|their)\s+[“\"‘']?(?P<name>(?:"  # (in quotation marks: "a “Comprehensive …")
    + _PARTNERSHIP_KIND
    + r"\s+(?:and\s+)?){1,4}partnership)",
    re.I,
)
# "became strategic partners in 2006", "have been comprehensive strategic partners since 2016": partners of a
# partnership's kind (not "major trading partners", "partners in the project"); apart from UPGRADE, whose gate it
# would widen to every sentence of "trading partners".
PARTNERS_OF_A_KIND = rx(
    r"\b(?:became|become|becoming|(?:have|has)\s+been)\s+(?P<kind>(?:" + _KIND + r"\s+){1,3})partners\b"
    r"(?=\s+(?:in|since)\s+(?:(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d))",
    re.I,
)
_BECAME = ("became", "become", "becoming", "been")
DATED_DOCUMENT = rx(
    r"\b(?:Protocol|Agreement|Treaty|Accord|Convention|Declaration|Memorandum(?:\s+of\s+Understanding)?)\s+of\s+"
    r"(?P<y>(?:19|20)\d\d)\b|\bthe\s+(?P<y2>(?:19|20)\d\d)\s+(?:Protocol|Agreement|Treaty|Accord|Convention|Declaration)\b"
    # "their 2008 free trade agreement", "a 2011 trade protocol": a year naming a lower-case document
    r"|\b(?:the|their|its|a)\s+(?P<y3>(?:19|20)\d\d)\s+(?:[a-z][\w-]+\s+){0,3}?"
    r"(?:agreement|treaty|accord|pact|protocol|memorandum)\b"  # not "the 1981 declaration of martial law"
)
# What is signed of a document a year names: "signed an upgrade to their 2008 free trade agreement".
_CHANGE_OF = rx(r"\b(?:upgrade|amendment|revision|update)\s+(?:to|of)\s+$", re.I)
# "India and Bhutan have formalized seven additional entry-exit points for trade": what two countries formalise
# is agreed between them.
FORMALIZED = rx(
    r"\b(?:both\s+(?:sides|countries)|the\s+two\s+(?:sides|countries|nations|governments)|[A-Z][\w\u00C0-\u1EF9]+\s+and\s+"
    r"(?:the\s+)?[A-Z][\w\u00C0-\u1EF9]+)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?formali[sz]ed\s+"
    # not relations or ties: "formalised diplomatic relations" establishes them (``relations``)
    r"(?!(?:their\s+|the\s+)?(?:(?:diplomatic|bilateral|official|formal|full)\s+)*(?:relations|ties)\b)"
    r"(?P<what>(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,6}?[\w-]+)(?=\s+(?:for|on|in|to|between|at)\b|[,.;]|$)"
)
IN_FORCE = rx(
    r"\b(?P<n>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+years\s+(?:after|since)\s+(?:it|the\s+\w+)"
    r"\s+(?:\w+\s+)?(?:came\s+into\s+(?:force|effect)|entered\s+into\s+force|took\s+effect)",
    re.I,
)
# The years an agreement has stood, told after it: "… (Ind-Aus ECTA) completed one year of its implementation today",
# "… completes 15 years of implementation", "… marked 20 years since its entry into force" (its anniversary, as
# ``ANNIVERSARY_OF`` before it; no event of the story's day).
_YEARS_COMPLETED = rx(
    r"(?:\s*\([^()]{1,40}\))?\s*,?\s+(?:has\s+|have\s+)?(?:complet|mark|celebrat|turn)(?:ed|es|s)\s+"
    r"(?P<years>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+years?\b(?=\s+(?:of|since|in\s+force)\b)",
    re.I,
)
# "the 10th anniversary of the FTA", "the first anniversary of the signing of their CEPA"
ANNIVERSARY_OF = rx(
    r"\b(?:(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
    + r"))\s+anniversary\s+of\s+(?:the\s+)?"
    r"(?:(?:signing|conclusion|entry\s+into\s+force)\s+of\s+(?:the\s+|their\s+|its\s+)?)?"
    # "marked 25 years of their strategic partnership"
    r"|(?P<years>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+years\s+of\s+(?:the\s+|their\s+|its\s+)?)$",
    re.I,
)
EVENT = rx(
    r"\b(sign(?:ed|ing)|ink(?:ed)?|conclud(?:ed)|establish(?:ed)|set\s+up|creat(?:ed)|found(?:ed)|launch(?:ed)|"
    # "came into force", "had come into force", "has taken effect"
    r"c[ao]me\s+into\s+(?:force|effect)|entered\s+into\s+force|t(?:ook|aken)\s+effect|in\s+force\s+since|"
    r"in\s+effect\s+since|"
    r"effective\s+(?:since|from|as\s+of)|ratifi(?:ed)|adopt(?:ed)|agreed(?:\s+(?:up)?on)?|complet(?:ed)|upgrad(?:ed)|"
    r"elevat(?:ed)|reach(?:ed)|renew(?:ed)|modernized|initial(?:l)?ed|issued|exchanged|forged|formali[sz]ed|"
    r"approved|endorsed)\b",
    re.I,
)
NON_REALIS = rx(
    r"\b(if|unless|whether|needed|required|necessary|will|would|could|should|(?-i:may)|might|must|"
    # ("to witness signing of seven MoUs": the leaders' presence at a signing to come)
    r"to\s+(?:sign|negotiate|conclude|establish|witness|oversee|attend)|"
    r"negotiat(?:e|ing)\b|under\s+negotiation|pursu\w+|aim\w*|potential|plan\w*|propos\w+|"
    r"consider\w*|hope\w*|expect\w*|discuss\w*|seek\w*|explor\w+|underway|implement\w*)\b",
    re.I,
)
PERFECT = rx(
    r"\b(have|has|had)\s+(?:\w+\s+)?(?:been\s+)?(?:\w+ed|set|built|made|held|begun|taken|undertaken|won)\b", re.I
)
_SIMPLE_PAST_NEWS = rx(
    r"\b(signed|inked|concluded|agreed|launched|established|adopted|upgraded|initial(?:l)?ed|issued|exchanged|set\s+up|"
    r"reached|renewed|"  # "have reached agreement on rescheduling the debt", "renewed a fishing agreement"
    r"decided|announced|declared|"  # "decided to upgrade …" (``_AGREED_TO``), "announced the elevation of …"
    r"attended|witnessed|presided\s+over|oversaw|(?:was|were)\s+present|joined)\b",
    re.I,
)


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    name: str
    kind: str  # named, lower, body, negotiations, upgrade, in_force, abbreviation, dated, change
    date: PartialDate | None = None
    basis: str | None = None


# Every anchor below holds one of these words: a sentence without any is not read further (most are not).
# The words an agreement is named with. Most are plain (case-free) substrings, found by str's search in C;
# only the few with spacing or word boundaries need a pattern, run when a piece of them is there. (One
# alternation of them all over every sentence was a tenth of the time of reading an article.)
# ("pact" is also "compact"'s.)
_AGREEMENT_WORDS = (
    "agreement", "treat", "accord", "pact", "convention", "protocol", "declaration", "memorand", "partnership",
    "charter", "action", "committee", "commission", "council", "mechanism", "negotiation", "force", "effect",
    "deal", "document", "instrument", "formalized", "formalised", "arrangement",
)  # fmt: skip
# Words naming a document only when it is signed (a joint statement, a programme, a plan): the gate lets a sentence
# holding one through only with a signing in it ("said in a joint statement" is common and names no agreement).
_SIGNED_DOCUMENT_WORDS = ("joint statement", "programme", "program", "plan", "roadmap", "road map", "framework",
                          "arrangement", "communiqu", "of intent")  # fmt: skip
_AGREEMENT_SPACED = rx(
    r"working\s+group|road\s*map|letters?\s+of\s+exchange|exchange\s+of\s+(?:notes|letters)|"
    r"\b(?:" + _ACRONYMS + r")\b",
    re.I,
)
_SPACED_PIECES = ("working", "road", "exchange", "fta", "epa", "mou", "bit", "dta", "ceca", "tpp", "rcep", "usmca")


def _may_name_an_agreement(ctx: SentenceContext) -> bool:
    """Whether the sentence holds a word an agreement is named with (the readers' gate: most sentences
    don't), tested in its lower-case text as the other readers' gates are."""
    if ctx.holds(*_AGREEMENT_WORDS):
        return True
    # "plan" is in "planned", "program" in "programmes of study": only a document said to be signed opens it
    if (
        ctx.holds("signed", "inked", "adopted")
        and ctx.holds(*_SIGNED_DOCUMENT_WORDS)
        and (ctx.says(SIGNED_PLAN) or ctx.says(SIGNED_DECLARATION))
    ):
        return True
    if ctx.holds("partners") and ctx.holds(*_BECAME):
        return True  # "became strategic partners in 2006"
    return ctx.holds(*_SPACED_PIECES) and _AGREEMENT_SPACED.search(ctx.text) is not None


# "attended the signing ceremony of six documents …, including a memorandum … and an agreement …": one
# signing of several documents, the ceremony's; the documents listed after it are not signings of their own. So is
# a signing the leaders watched, told without "ceremony": "witnessed the signing of agreements on tourism", "were
# present at the signing of three agreements", "were joined for the signing of agreements".
_CEREMONY = rx(
    r"\b(?P<verb>attended|witnessed|presided\s+over|held|hosted|oversaw|(?:was|were)\s+present\s+(?:at|for)|"
    # (or the exchange of the documents, as Asia's media tell a signing: "witnessed the exchange of a memorandum …")
    r"joined\s+(?:[\w-]+\s+){0,2}?for)\s+(?:the|a)\s+(?:signing|exchange)\s+(?:ceremon(?:y|ies)\s+)?"
    # one document: "the signing of a memorandum on …"
    r"(?:of|for)\s+(?:(?:an?|the)\s+(?=(?:[\w-]+\s+){0,4}?(?:memorandum|agreement|accord|treaty|MoU|deal|pact|"
    r"declaration|protocol|charter|road\s*map|action\s+plan|plan\s+of\s+action)\b))?"
    r"(?P<what>(?:[\w-]+\s+){0,6}?(?:" + PLURAL_DOCUMENTS + r"|"
    r"memorandum(?:\s+of\s+understanding)?|agreement|accord|treaty|MoU|deal|pact|declaration|protocol|charter|"
    r"road\s*map|action\s+plan|plan\s+of\s+action)\b"
    r"(?:\s+(?:of|on|for|in)\s+[\w\s-]{1,40}?(?=,|\s+between|\s+including|\.?$))?)",
    re.I,
)


def _anchors(ctx: SentenceContext) -> list[Anchor]:
    text = ctx.text
    if not _may_name_an_agreement(ctx):
        return []
    ceremony = ctx.search(_CEREMONY, "signing", "exchange")
    if ceremony is not None:
        return [Anchor(ceremony.start(), ceremony.end(), " ".join(ceremony.group("what").split()), "ceremony")]
    found = _dated_anchors(ctx) + _worded_anchors(ctx)
    # Keep the outermost of overlapping anchors; a named agreement inside an upgrade is the upgrade's.
    priority = {
        "dated": 0,
        "formalized": 3,
        "ceremony": 8,
        "plural": 7,
        "in_force": 0,
        "upgrade": 1,
        "negotiations": 2,
        "named": 3,
        "abbreviation": 4,
        "body": 5,
        "lower": 6,
        "change": 6,
    }
    found.sort(key=lambda a: (priority[a.kind], -(a.end - a.start)))
    kept: list[Anchor] = []
    taken = bytearray(len(text))  # 1 under a kept anchor: each overlap test costs the anchor's length only
    such = ctx.holds("such")
    for anchor in found:
        if taken.find(1, anchor.start, anchor.end) != -1:
            continue
        if such and _named_before(text, anchor):
            continue
        if (
            PLURAL.search(text[anchor.start : anchor.end])
            and anchor.kind in ("lower", "named", "body")
            and not _a_proper_name(ctx, anchor)
        ):
            continue
        kept.append(anchor)
        taken[anchor.start : anchor.end] = b"\x01" * (anchor.end - anchor.start)
    if not kept:
        kept += _signed_several(text, ctx.headline)
    kept.sort(key=lambda a: a.start)
    return _one_each(text, kept)


# "the" right before an anchor: accords by their proper name ("the Abraham Accords"), and the document a sentence
# before told of ("signed the communique": that sentence's day, or in a wire story its lead's)
_THE_BEFORE = rx(r"\bthe\s+$")


def _a_proper_name(ctx: SentenceContext, anchor: Anchor) -> bool:
    """Whether a named anchor plural in form ("the Abraham Accords", "the Oslo Accords") is one agreement's proper
    name: after "the", its plural capitalised, in prose (not a headline's title case: "Sign Trade Agreements")."""
    return (
        anchor.kind == "named"
        and not ctx.headline
        and anchor.name.split()[-1] in ("Accords", "Agreements")
        and _THE_BEFORE.search(ctx.text, max(0, anchor.start - 4), anchor.start) is not None
    )


def _one_each(text: str, anchors: list[Anchor]) -> list[Anchor]:
    """``anchors`` (in order), less those naming again an agreement another names: a lower-case document its name
    follows, the upgrade a document made, an agreement described by its rank among agreements."""
    kept: list[Anchor] = []
    for n, anchor in enumerate(anchors):
        if n + 1 < len(anchors) and _named_next(text, anchor, anchors[n + 1]):
            continue
        if n and anchor.kind == "upgrade" and _what_it_did(text, anchors[n - 1], anchor):
            if kept and kept[-1] is anchors[n - 1]:  # the document's quote tells what it did
                kept[-1] = replace(kept[-1], end=anchor.end)
            continue
        if n and (_described_again(text, anchor) or _what_it_is(text, anchors[n - 1], anchor)):
            continue
        kept.append(anchor)
    return kept


# Between a document and what follows it in its clause: its date, if any ("on 25 July 2023", "in 2019"), not "and".
_ITS_DATE = r"(?:\s+(?:on|in)(?:\s+(?!(?:and|but|then|before|after|later)\b)\w+){1,4})?"
# A document, then its name in apposition: "signed an interim free trade agreement, the Economic Cooperation and Trade
# Agreement", "a free trade deal on 25 July 2023, the Vietnam-Israel Free Trade Agreement": one agreement, by its name.
_APPOSED = rx(_ITS_DATE + r"\s*,\s*(?:the\s+)?")


# A named document, then what it is in apposition: "the Enhanced Trade and Investment Partnership (ETIP), a deal both
# governments say …", "the Lima Protocol on Tuesday, an agreement that cuts tariffs": one agreement, by its name.
_WHAT_IT_IS = rx(r"(?:\s*\([^()]{1,30}\))?" + _ITS_DATE + r"\s*,\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}?")
# A list goes on after a document: "…, an investment agreement and a visa deal" (three documents).
_LIST_GOES_ON = rx(r"\s*(?:(?:,\s*)?(?:and|or|as\s+well\s+as)\b|,\s*(?:a|an|the)\s)", re.I)


def _what_it_is(text: str, before: Anchor, anchor: Anchor) -> bool:
    """Whether ``anchor`` (a document in lower case) says what the named one right before it is."""
    return (
        anchor.kind == "lower"
        and before.kind in ("named", "abbreviation")
        and _WHAT_IT_IS.fullmatch(text, before.end, anchor.start) is not None
        and _LIST_GOES_ON.match(text, anchor.end) is None
    )


def _named_next(text: str, anchor: Anchor, after: Anchor) -> bool:
    """Whether ``anchor`` (in lower case) is named by the named agreement set right after it."""
    return (
        anchor.kind == "lower"
        and after.kind == "named"
        and _APPOSED.fullmatch(text, anchor.end, after.start) is not None
    )


# An agreement named, then described by its rank among agreements after a comma: "signed a free trade agreement on
# November 11, 2011, the first FTA Vietnam signed with a Latin American country", "in 2003, Korea's first free trade
# deal": the one named, not another (not "a pact in 1990 and, in 2005, the first investment treaty": a second).
_RANKED_AMONG = rx(
    r",\s+(?:the|its|their|[\w\u00C0-\u1EF9]+['’]s)\s+(?:first|second|third|fourth|fifth|only|oldest|earliest|latest|"
    r"biggest|largest|most\s+[\w-]+)\s"
)
_AND_BEFORE = rx(r"\b(?:and|but|while|whereas|then)\b", re.I)


def _described_again(text: str, anchor: Anchor) -> bool:
    """Whether ``anchor`` (an agreement written in lower case or abbreviated) describes the one named before it."""
    if anchor.kind not in ("lower", "abbreviation"):
        return False
    comma = text.rfind(",", max(0, anchor.start - 40), anchor.start + 1)
    if comma == -1:
        return False
    described = _RANKED_AMONG.match(text, comma)
    return (
        described is not None
        and described.end() >= anchor.start
        and not _AND_BEFORE.search(text, max(0, comma - 25), comma)
    )


# A document and the upgrade it made: "signed an agreement elevating bilateral ties to a strategic partnership", "a
# joint declaration on Tuesday, which raised relations to …". The upgrade is the document's: one agreement, dated once.
_DOCUMENT_THAT = rx(_ITS_DATE + r"\s*,?\s*(?:(?:which|that)\s+)?")
_UPGRADING = rx(r"(?:upgrad|elevat|rais)(?:ing|es|ed)\b", re.I)
_DOCUMENTS = ("named", "lower", "abbreviation")


def _what_it_did(text: str, before: Anchor, upgrade: Anchor) -> bool:
    """Whether ``upgrade`` is what the document anchored right before it did."""
    return (
        before.kind in _DOCUMENTS
        and _DOCUMENT_THAT.fullmatch(text, before.end, upgrade.start) is not None
        and _UPGRADING.match(text, upgrade.start) is not None
    )


# "such" an agreement is one named already: "signed a free trade agreement in 2008, the first such deal China
# concluded" (not "deals such as an FTA").
_SUCH = rx(
    r"\bsuch\s+(?!as\b)(?:[\w-]+\s+){0,2}?(?:deal|agreement|pact|accord|treaty|protocol|memorandum|MoU|FTA|"
    r"arrangement|document|instrument)s?\b",
    re.I,
)


def _named_before(text: str, anchor: Anchor) -> bool:
    """Whether ``anchor`` is "such" an agreement: one the text has named already, no agreement of its own."""
    such = _SUCH.search(text, max(0, anchor.start - 30), anchor.end)
    return such is not None and such.end() > anchor.start


def _dated_anchors(ctx: SentenceContext) -> list[Anchor]:
    """Anchors that carry their own date: "20 years since it came into force", "the Protocol of 2016"."""
    found: list[Anchor] = []
    for m in _searched(IN_FORCE, ctx):
        n = _count(m.group("n"))
        date = safe_date(ctx.pub.year - n) if ctx.pub and n else None
        found.append(
            Anchor(
                m.start(),
                m.end(),
                "",
                "in_force",
                date,
                f"publication year {ctx.pub.year} − {n}" if date and ctx.pub else None,
            )
        )
    opening = CHRONOLOGY_ITEM.match(ctx.text) if ctx.text[:1] in "12" and ctx.holds("partnership") else None
    item = _ITEM_PARTNERSHIP.match(ctx.text, opening.end()) if opening is not None else None
    if opening is not None and item is not None:  # "2004: … the two countries sign a strategic partnership"
        name = " ".join(item.group("name").split())
        found.append(
            Anchor(
                item.start("verb"),
                item.end(),
                name[:1].upper() + name[1:],
                "dated",
                PartialDate(int(opening.group("y"))),
                "the chronology's year",
            )
        )
    for m in _searched(DATED_DOCUMENT, ctx):  # "the Protocol of 2016", "the 2008 Treaty": dated by their year
        year = int(m.group("y") or m.group("y2") or m.group("y3"))
        name = " ".join(m.group(0).split())
        if m.group("y3"):
            name = name.split(" ", 1)[1]  # "2008 free trade agreement", without "their"
        found.append(Anchor(m.start(), m.end(), name, "dated", PartialDate(year), "the year in its name"))
        change = _CHANGE_OF.search(ctx.text, max(0, m.start() - 16), m.start())
        if change is not None:  # the upgrade signed now: a document of its own, dated as any other
            words = " ".join(ctx.text[change.start() : m.end()].split())
            found.append(Anchor(change.start(), change.end(), words, "change"))
    return found


# Words every match of a pattern holds: a sentence without any is not searched for it. In lower case for a
# case-insensitive pattern; as written for a case-sensitive one, which a capitalised "Agreement" does not open
# for the lower-case forms, nor a lower-case "agreement" for the named ones.
_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    UPGRADE: ("partnership",),
    PARTNERS_OF_A_KIND: ("partners",),
    NEGOTIATIONS: ("negotiation",),
    FORMALIZED: ("formali",),
    NAMED: (
        "Agreement", "Treaty", "Accord", "Pact", "Compact", "Convention", "Protocol", "Declaration", "Memorandum",
        "Partnership", "Charter", "Plan", "Action", "Road", "Letter", "Exchange",
    ),
    ABBREVIATED: ("FTA", "EPA", "RCEP", "USMCA", "MoU", "MOU", "BIT", "DTA", "CECA", "TPP"),
    BODY: ("committee", "commission", "council", "working", "mechanism"),
    LOWER: ("agreement", "treaty", "memorandum", "accord", "pact", "protocol", "convention", "deal", "declaration",
            "roadmap", "road map", "action plan", "plan of action", "arrangement"),
    SIGNED_DECLARATION: ("declaration", "joint statement", "communiqu", "partnership", "of intent", "program"),
    SIGNED_PLAN: ("signed in", "signed on"),
    SIGNED_DOCUMENT: ("document",),
    IN_FORCE: ("years",),
    DATED_DOCUMENT: (
        "Protocol", "Agreement", "Treaty", "Accord", "Convention", "Declaration", "Memorandum",
        "agreement", "treaty", "accord", "pact", "protocol", "memorandum",
    ),
}  # fmt: skip


# Patterns whose words may stand in any case, gated by the sentence in lower case: the case-insensitive ones (a flag's
# "&" runs in Python: once) and the signed declaration, whose kind may be in capitals ("signed a Joint Statement")
_CASELESS = frozenset(p for p in _WORDS if p.flags & re.IGNORECASE) | {SIGNED_DECLARATION}


def _searched(pattern: re.Pattern[str], ctx: SentenceContext) -> Iterator[re.Match[str]]:
    """``pattern``'s matches, searched only in a sentence holding one of its words."""
    if pattern in _CASELESS:
        return ctx.finditer(pattern, *_WORDS[pattern])
    return pattern.finditer(ctx.text) if holds_any(ctx.text, _WORDS[pattern]) else iter(())


# After a treaty's name, its members: "Warsaw Pact country", "Baghdad Pact nations", "North Atlantic Treaty allies".
_ITS_MEMBERS = rx(r"\s+(?:member\s+)?(?:countr(?:y|ies)|nations?|states|members?|allies|ally)\b")


def _worded_anchors(ctx: SentenceContext) -> list[Anchor]:
    """Anchors named by their words: upgrades, negotiations, named and lower-case agreements, bodies."""
    found: list[Anchor] = []
    for m in _searched(UPGRADE, ctx):
        name = (m.group("name") or m.group("name2") or m.group("name3") or m.group("name4")).strip()
        found.append(Anchor(m.start(), m.end(), name[:1].upper() + name[1:], "upgrade"))
    if ctx.holds(*_BECAME):
        for m in _searched(PARTNERS_OF_A_KIND, ctx):
            name = f"{m.group('kind').strip()} partnership"
            found.append(Anchor(m.start(), m.end(), name[:1].upper() + name[1:], "upgrade"))
    for m in _searched(NEGOTIATIONS, ctx):
        found.append(Anchor(m.start(), m.end(), m.group(0).split(" ", 1)[-1], "negotiations"))
    for m in _searched(FORMALIZED, ctx):
        found.append(Anchor(m.start("what"), m.end(), " ".join(m.group("what").split()), "formalized"))
    for m in _searched(NAMED, ctx):
        name = m.group(0).strip()
        if len(name.split()) < 2 and not name.startswith("Memorandum"):
            continue
        if _ITS_MEMBERS.match(ctx.text, m.end()):
            continue  # "the first Warsaw Pact country to recognise Seoul": a bloc named by its treaty
        found.append(Anchor(m.start(), m.end(), name, "named"))
    for m in _searched(ABBREVIATED, ctx):
        found.append(Anchor(m.start(), m.end(), m.group(0), "abbreviation"))
    for m in _searched(BODY, ctx):
        found.append(Anchor(m.start(), m.end(), m.group(0), "body"))
    for m in itertools.chain(
        _searched(LOWER, ctx),
        _searched(SIGNED_DECLARATION, ctx),
        _searched(SIGNED_PLAN, ctx),
        _searched(SIGNED_DOCUMENT, ctx),
    ):
        found.append(
            Anchor(
                m.start("mod") if m.group("mod") else m.start("head"),
                m.end(),
                (m.group("mod") or "") + m.group("head") + (m.groupdict().get("tail") or ""),
                "lower",
            )
        )
    return found


# The day of a signing told between the verb and its documents: "signed on Friday three cooperation agreements",
# "signed on 12 May 2023 four agreements" (as Spanish and French outlets' English has it).
_SIGNING_DAY = (
    r"(?:(?:on\s+)?(?:\w+day|yesterday|today|\d{1,2}\s+(?-i:[A-Z][a-z]+)(?:\s+\d{4})?|"
    r"(?-i:[A-Z][a-z]+)\s+\d{1,2}(?:,\s+\d{4})?)\s+)?"
)


def _signed_several(text: str, headline: bool = False) -> list[Anchor]:
    """ "signed a variety of agreements", "some 15 bilateral documents were signed": one signing, one fact,
    named by what was signed, so it is not taken for a single named agreement. In a headline, told in the
    present: "Mexico, Japan sign economic accords"."""
    signed = _SIGNED_PLURAL.search(text) or (_HEADLINE_SIGN_PLURAL.search(text) if headline else None)
    if signed is None:
        return []
    what = re.sub(
        r"^(?:signed|inked|concluded|exchanged|the\s+(?:signing|exchange)\s+of|signs?|inks?|seals?)\s+"
        + _SIGNING_DAY
        + r"|\s+(?:were|have\s+been|had\s+been)\s+signed$",
        "",
        " ".join(signed.group(0).split()),
        flags=re.I,
    )
    return [Anchor(signed.start(), signed.end(), what, "plural")]


# A headline's signing, told in the present: "Vietnam, Peru sign MoU", "Kenya and India ink defence pact".
# (or the leaders over it: "Shehbaz, Li Qiang oversee signing of 23 MoUs", "Modi, Hasina witness signing of …")
_HEADLINE_SIGNS = rx(
    r"(?<!to )\b(?:sign|signs|ink|inks|seal|seals|(?:oversee|oversees|witness|witnesses)\s+(?:the\s+)?signing)\b"
    r"(?=\s+(?:[\w-]+\s+){0,4}?$)",
    re.I,
)
_HEADLINE_SIGN_PLURAL = rx(
    r"(?<!to )\b(?:sign|signs|ink|inks|seal|seals)\s+(?:[\w-]+\s+){0,3}?" + PLURAL_DOCUMENTS + r"\b",
    re.I,
)
# (or an upgrade the headline tells so: "China, Singapore upgrade ties to …", not "… to upgrade ties")
_HEADLINE_UPGRADES = rx(r"(?<!to )\b(?:upgrade|upgrades|elevate|elevates|raise|raises)\b", re.I)
_HEADLINE_EVENTS = (_HEADLINE_SIGNS, _HEADLINE_SIGN_PLURAL, _HEADLINE_UPGRADES)
_SIGNED_PLURAL = rx(
    # (the day may stand between the verb and the documents: "signed on Friday three cooperation agreements")
    # (documents "exchanged", as Asia's state media tell a signing ceremony: counted, not "exchanged views on
    # documents")
    r"\b(?:(?:signed|inked|concluded)\s+"
    + _SIGNING_DAY
    + r"(?:(?:a\s+(?:variety|series|number|range)\s+of|several|some\s+\d+|\d+|"
    r"two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|a\s+raft\s+of|many|numerous)\s+)?"
    r"|exchanged\s+" + _SIGNING_DAY + r"(?:several|some\s+\d+|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)"
    r"(?:[\w-]+\s+){0,3}?" + PLURAL_DOCUMENTS + r"\b"
    # "25 agreements worth $3.5 billion were signed": a sum among the words between
    r"|\b" + PLURAL_DOCUMENTS + r"\s+(?:[\w$€£¥.,-]+\s+){0,6}?(?:were|have\s+been|had\s+been)\s+signed\b"
    r"|\bthe\s+(?:signing|exchange)\s+of\s+(?:[\w-]+\s+){0,3}?" + PLURAL_DOCUMENTS + r"\b",
    re.I,
)


# A document named as one the relationship stands on, without a date: "One of the key documents is the
# Treaty of Eternal Friendship", "relations rest on the Treaty of …". An agreement, date not stated.
_STANDING = rx(
    r"\b(?:(?:key|basic|fundamental|main|founding|legal|core)\s+(?:documents?|instruments?|treaties|agreements)|"
    r"(?:legal\s+)?(?:basis|foundation|cornerstone|framework))\b[^.;]{0,40}?\b(?:is|are|was|include[sd]?|remains?|"
    r"being)\s+(?:the\s+|a\s+)?$"
    r"|\b(?:rests?|rested|based|built|founded)\s+(?:up)?on\s+(?:the\s+)?$",
    re.I,
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(caseless(word), 0)


# An agreement described as what it was, after another: "as Korea's first FTA", "as the region's largest trade pact";
# or called something: "which the minister called a watershed deal", "calling it a milestone accord", "hailed as a
# landmark pact" (not "called for a free trade deal", which wants one, nor "as well as a trade deal", another).
_DESCRIBED_AS = rx(
    r"(?:\bas\s+(?:the|its|their|[\w\u00C0-\u1EF9]+['’]s?)"
    r"|\b(?:call(?:ed|ing|s)?|dubb(?:ed|ing)|term(?:ed|ing)|label(?:l?ed|l?ing))(?:\s+it)?\s+(?:an?|the)"
    r"|\b(?:hail|describ|tout|bill|prais|herald|regard)(?:ed|ing|es|s)?(?:\s+it)?\s+as\s+an?)"
    r"\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)


def read_agreements(ctx: SentenceContext) -> list[Fact]:
    """Agreements signed, concluded, upgraded or standing, each with when it happened."""
    anchors = _anchors(ctx)
    used_dates: set[int] = set()  # a date gives one agreement its day, not every agreement of the sentence
    for anchor in anchors:  # "their 2008 free trade agreement": its year is its own, no other event's
        if anchor.kind == "dated":
            used_dates.update(id(d) for d in ctx.dates if anchor.start <= d.start and d.end <= anchor.end)
    facts: list[Fact] = []
    listed: Fact | None = None  # the agreement read from the anchor before, when this one is listed with it
    for i, anchor in enumerate(anchors):
        if i and _DESCRIBED_AS.search(ctx.text, max(0, anchor.start - 50), anchor.start):
            continue  # "…, took effect on 1 April 2004 as Korea's first FTA": the agreement named before
        lo = anchors[i - 1].end if i else 0
        after = i + 2 if anchor.kind == "change" else i + 1  # the document changed is no other event's bound
        hi = anchors[after].start if after < len(anchors) else len(ctx.text)
        fact = _agreement(ctx, anchor, lo, hi, used_dates)
        if fact is not None:
            earlier = _signed_before(ctx, anchor, fact, hi, used_dates) if fact.basis is None else None
            if earlier is not None:
                facts.append(earlier)
            if (
                listed is not None
                and anchor.kind in _DOCUMENTS
                and anchors[i - 1].kind in _DOCUMENTS
                and _LISTED.fullmatch(ctx.text, lo, anchor.start)
            ):
                facts = [_dated_with(f, fact) if f is listed else f for f in facts]
                fact = _dated_as_the_first(ctx, fact, listed, anchors[i - 1].start)
            facts.append(fact)
            later = _in_force_later(ctx, anchor, fact, hi, used_dates)
            if later is not None:
                facts.append(later)
        listed = fact
    return facts


# Documents listed under one verb: "signed an extradition treaty and a memorandum on tourism on Monday".
_LISTED = rx(r"\s*,?\s*(?:and|as\s+well\s+as|along\s+with)\s+(?:(?:a|an|the)\s+)?", re.I)


def _dated_with(first: Fact, second: Fact) -> Fact:
    """``first``, listed before ``second`` under one verb, dated as it when only ``second`` states the date: the
    date after a list is the signing's, of every document of it."""
    if not (first.basis or "").startswith(REPORTED_AS_NEWS) or (second.basis or "").startswith(REPORTED_AS_NEWS):
        return first
    return replace(first, year=second.year, date=second.date, basis=second.basis)


def _dated_as_the_first(ctx: SentenceContext, second: Fact, first: Fact, first_at: int) -> Fact:
    """``second``, listed after ``first`` under one verb, dated as it when the date stands before the list ("on
    Wednesday signed a military agreement and a water agreement"): the verb's date, of every document it lists. A
    date right after the first document ("signed a trade agreement in 2011 and a memorandum") is that one's."""
    if not (second.basis or "").startswith(REPORTED_AS_NEWS) or first.basis is not None or first.date is None:
        return second
    if not any(d.date is not None and d.end <= first_at and d.date.iso() == first.date for d in ctx.dates):
        return second
    return replace(second, year=first.year, date=first.date, basis=None)


# "signed a free trade agreement in 2011, which took effect in January 2014": the entry into force, a second
# event of the same agreement with its own date. Done, not planned ("will take effect", "is to come into force").
_ENTERED_INTO_FORCE = rx(
    r"\b(?:c[ao]me\s+into\s+(?:force|effect)|entered\s+into\s+(?:force|effect)|t(?:ook|aken)\s+effect|"
    r"(?:went|gone)\s+into\s+effect)\b"
    r"\s*,?\s*(?:(?:in|on|from)\s+)?",  # to where its date begins
    re.I,
)


# The signing told after the entry into force: "entered into force on Sunday, more than a year after it was signed in
# Jakarta on 4 March 2019", "came into force in January 2014, two years after being signed in November 2011".
_SIGNED_BEFORE = rx(
    r"\b(?:after|since)\s+(?:it\s+was|they\s+were|being|having\s+been)\s+signed\b(?:\s+" + _IN_A_PLACE + r")?"
    r"\s*,?\s*(?:(?:in|on)\s+)?",
    re.I,
)


def _signed_before(ctx: SentenceContext, anchor: Anchor, entered: Fact, hi: int, used_dates: set[int]) -> Fact | None:
    """The agreement's signing, when the sentence tells its entry into force (``entered``) and then the signing's
    date, of an earlier year: a second fact at that date (in the same year, the one event it is read as)."""
    if entered.date is None or not ctx.holds("force", "effect"):
        return None
    force = ctx.search(_ENTERED_INTO_FORCE, "effect", "force")
    signed = ctx.search(_SIGNED_BEFORE, "signed")
    if force is None or signed is None or not anchor.end <= force.start() < signed.start() < hi:
        return None
    when = next((d for d in ctx.dates if d.start == signed.end()), None)
    if when is None or when.date is None or id(when) in used_dates or when.kind not in ("year", "month", "day"):
        return None
    if when.date.year >= int(entered.date[:4]):
        return None
    pair = ctx.pair_for()
    if pair is None:
        return None
    used_dates.add(id(when))
    return ctx.fact(FactKind.AGREEMENT, signed.start(), when.end, pair, when=when.date, name=anchor.name or None)


def _in_force_later(ctx: SentenceContext, anchor: Anchor, signed: Fact, hi: int, used_dates: set[int]) -> Fact | None:
    """The agreement's entry into force, when the sentence dates it after another event of the agreement
    (``signed``): a second fact, at the date right after the words, if that is another year."""
    if signed.date is None:
        return None
    entered = ctx.search(_ENTERED_INTO_FORCE, "effect", "force")
    if entered is None or not anchor.end <= entered.start() < hi:
        return None
    at = entered.end()
    when = next((d for d in ctx.dates if d.start == at), None)
    if (
        when is None
        or when.date is None
        or id(when) in used_dates
        or when.kind not in ("year", "month", "day")
        or when.date.year == signed.year
        or (ctx.pub is not None and when.date.year > ctx.pub.year)  # an undated page's is as stated
    ):
        return None
    pair = ctx.pair_for()
    if pair is None:
        return None
    used_dates.add(id(when))
    return ctx.fact(
        FactKind.AGREEMENT,
        anchor.start,  # the quote names the agreement: "free trade agreement in 2011, which took effect in …"
        when.end,
        pair,
        when=when.date,
        name=anchor.name or None,
        basis="entry into force",
    )


def _of_the_headline(event: re.Match[str] | None, basis: str | None) -> str | None:
    """``basis``, or, for a signing a headline tells in the present dated by its time stamp, that it is: still the
    story's signing, which the body may tell again."""
    return HEADLINE_PRESENT if basis is None and event is not None and event.re in _HEADLINE_EVENTS else basis


def _agreement(ctx: SentenceContext, anchor: Anchor, lo: int, hi: int, used_dates: set[int]) -> Fact | None:
    """The agreement ``anchor`` names, within ``text[lo:hi]``, if it happened (or stands) between the pair."""
    text = ctx.text
    anniversary = ANNIVERSARY_OF.search(text[max(0, anchor.start - 64) : anchor.start]) or _YEARS_COMPLETED.match(
        text, anchor.end
    )
    event = _event(text, anchor, lo, hi, ctx.headline)
    # "an investment protection agreement (2002)": a list of the legal framework, each with its year
    listed_year = _YEAR_IN_BRACKETS.match(text, anchor.end) if anchor.kind != "plural" else None
    if listed_year is not None:
        event = listed_year
    standing = anchor.kind == "named" and _STANDING.search(text, max(0, anchor.start - 80), anchor.start)
    if standing and event is None:  # "One of the key documents is the Treaty of Eternal Friendship"
        pair = ctx.pair_for()
        return ctx.fact(FactKind.AGREEMENT, anchor.start, anchor.end, pair, name=anchor.name) if pair else None
    if event is None and anchor.kind not in ("in_force", "upgrade", "negotiations", "dated") and not anniversary:
        return None
    verb_at = event.start() if event else anchor.start
    if (
        (not anniversary and _no_event_of_its_own(text, anchor, event, verb_at))
        or _by_businesses(ctx, anchor, verb_at)
        or _of_a_bloc(ctx, anchor, verb_at, lo, hi)
        or (anchor.kind == "upgrade" and _made_later(text, anchor))
    ):
        return None  # not happened (or to be made by a time to come), only talked about, the companies', a bloc's
    date, basis = anchor.date, anchor.basis
    if anniversary:
        # "the first anniversary of the … programme, signed in July 1986": the signing's date, stated, wins
        signed_then = next(
            (
                d
                for d in ctx.dates
                if d.start >= anchor.end and d.date and _SIGNED_THEN.fullmatch(text, anchor.end, d.start)
            ),
            None,
        )
        if signed_then is not None:
            used_dates.add(id(signed_then))
            date = signed_then.date
        else:
            date, basis = _anniversary_year(ctx, anniversary)
    elif date is None:
        # "…, in December 1970, and the first to sign …": a date of the signing's own clause
        own = event is not None and event.re is _FIRST_TO_SIGN and event.start() > lo
        stated = _stated_date(ctx, anchor, verb_at, event.start() if own and event else lo, hi, used_dates)
        if stated is not None:
            # "2014: … upgrade ties to … during Xi's visit to Buenos Aires in July": the year said more precisely
            stated = said_more_precisely(text, stated, ctx.dates)
            used_dates.add(id(stated))
            date = stated.date
        else:
            date, basis = _not_stated(ctx, anchor, event, verb_at)
            if date is None and anchor.kind == "body":
                return None  # "they have set up dialogue mechanisms": too vague to place on a timeline
    basis = _of_the_headline(event, basis)
    if date is None and anchor.kind == "plural":
        return None  # "signed several agreements" at some time: nothing to place on a timeline
    if anchor.kind == "plural" and ((basis and _CUMULATIVE.search(text, anchor.end)) or _SINCE.match(text, anchor.end)):
        # "have signed 20 agreements so far": a count to date, not this month's signing; "have signed 15
        # agreements since 1962": a count since then, no signing in 1962
        return None
    pair = ctx.pair_for()
    if pair is None:
        return None
    f_lo, f_hi = min(anchor.start, verb_at), anchor.end
    if event is not None and event.end() > f_hi:
        f_hi = event.end()
        tail = re.match(r"[^,;]*?(?:(?:19|20)\d\d)", text[f_hi:hi]) if date else None
        if tail and len(tail.group(0)) < 40:
            f_hi += tail.end()
    return ctx.fact(FactKind.AGREEMENT, f_lo, f_hi, pair, when=date, name=anchor.name or None, basis=basis)


# An upgrade to be made by a time to come: "agreed to elevate … to a strategic partnership within 2024", "by 2025",
# "before the end of the year"
_BY_A_TIME_TO_COME = rx(
    r"\s*,?\s*(?:(?:within|by|before|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?"
    r"(?:(?:this|next|the)\s+(?:year|month)|(?:19|20)\d\d|(?-i:[A-Z])[a-z]+(?:\s+(?:19|20)\d\d)?)|"
    r"soon|shortly|in\s+the\s+near\s+future|at\s+an\s+early\s+date|in\s+due\s+course)\b",
    re.I,
)
# ... or soon, said before the verb: "agreed to soon upgrade bilateral ties", "to quickly elevate"
_SOON_BEFORE = rx(r"\bto\s+(?:soon|shortly|quickly|swiftly|eventually)\s+$", re.I)


def _made_later(text: str, anchor: Anchor) -> bool:
    """Whether an upgrade is agreed to be made by a time to come, or soon ("within 2024", "by 2025", "soon", "in the
    near future", "agreed to soon upgrade"): none yet."""
    return (
        _BY_A_TIME_TO_COME.match(text, anchor.end) is not None
        or _SOON_BEFORE.search(text, max(0, anchor.start - 16), anchor.start) is not None
    )


# Agreements companies sign: "Korean companies signed 23 business agreements", "Businesses from Chile and Vietnam
# inked 12 agreements", "40 commercial agreements"; the signers named right before the verb, or the documents so called.
_BUSINESSES = ("compan", "firm", "business", "enterprise", "corporat", "investor", "commercial")
_SIGNED_BY_BUSINESSES = rx(
    r"\b(?:companies|firms|businesses|enterprises|business(?:men|people|\s+people|\s+leaders|\s+groups)|investors|"
    r"corporations)(?:\s+(?:from|of)\s+[^,;]{1,40}?)?\s+(?:(?:also|have|had|jointly)\s+)*$",
    re.I,
)
_BUSINESS_DOCUMENTS = rx(
    r"\b(?:business|commercial|corporate)\s+(?:agreements|deals|contracts|memorand(?:a|ums)|MoUs)\b", re.I
)


def _by_businesses(ctx: SentenceContext, anchor: Anchor, verb_at: int) -> bool:
    """Whether companies signed the agreement, not the two states: a business subject right before the verb, or
    documents called business or commercial ones."""
    if not ctx.holds(*_BUSINESSES):
        return False
    text = ctx.text
    return (
        _SIGNED_BY_BUSINESSES.search(text, max(0, verb_at - 80), verb_at) is not None
        or _BUSINESS_DOCUMENTS.search(text, min(anchor.start, verb_at), anchor.end) is not None
    )


# A bloc as one party of the agreement: "between the European Union and Vietnam", "The EU-Vietnam Free Trade Agreement",
# "Vietnam and the EU signed", "an agreement between ASEAN and France"
_BLOC = (
    r"(?:the\s+)?(?:EU|European\s+Union|ASEAN|Mercosur|MERCOSUR|EFTA|European\s+Free\s+Trade\s+Association|"
    r"Eurasian\s+Economic\s+Union|EAEU|GCC|Gulf\s+Cooperation\s+Council|Pacific\s+Alliance|African\s+Union|CARICOM|"
    r"SACU|ECOWAS)"
)
# (the EU by its name as a word: a bare "eu" is in "Reuters", "Europe", "neutral")
_BLOC_WORDS = (" eu ", "eu-", "-eu", "the eu", "european", "asean", "mercosur", "efta", "eurasian", "eaeu", "gcc",
               "gulf", "pacific alliance", "african union", "caricom", "sacu", "ecowas")  # fmt: skip
_BLOC_PARTY = rx(
    r"\bbetween\s+" + _BLOC + r"\s+and\b|\bbetween\s+[^,.;]{2,40}?\s+and\s+" + _BLOC + r"\b"
    r"|\b(?:EU|ASEAN|Mercosur|EFTA|EAEU|GCC)[-–][A-Z]\w+\b|\b[A-Z]\w+[-–](?:EU|ASEAN|Mercosur|EFTA|EAEU|GCC)\b"
    r"|\band\s+" + _BLOC + r"\s+(?:have\s+|had\s+|also\s+)?(?:signed|inked|concluded)\b"
)


def _of_a_bloc(ctx: SentenceContext, anchor: Anchor, verb_at: int, lo: int, hi: int) -> bool:
    """Whether a bloc is a party of the agreement, named in its name or its clause: no pair's document."""
    if not ctx.holds(*_BLOC_WORDS):
        return False
    text = ctx.text
    start, end = max(lo, min(anchor.start, verb_at) - 40), min(hi, anchor.end + 60)
    clause_end = _CLAUSE_BREAK.search(text, anchor.end, end)  # (not another clause's: ", a week after the EU-…")
    return _BLOC_PARTY.search(text, start, clause_end.start() if clause_end else end) is not None


_CLAUSE_BREAK = rx(r"[,;]")


# An agreement named as what talks are about: "negotiations on a free trade agreement", "talks towards a CEPA", "a
# joint study on an Economic Partnership Agreement".
_TALKS_ABOUT = rx(
    r"\b(?:(?:negotiations?|talks|discussions?|stud(?:y|ies))\s+(?:on|for|over|towards?|about|of|into)"
    # "agreed to negotiate a new trade agreement", "agreed to work towards a CEPA": a verb of talks, not the signing
    r"|to\s+(?:negotiate|discuss|study|explore|consider|work\s+(?:on|towards?)))\s+"
    r"(?:(?:a|an|the|their|its|possible|potential)\s+)*"
    r"(?:[\w-]+\s+){0,4}?$",
    re.I,
)
_CONCLUDED = rx(r"conclu|complet|finali|wrap|reach", re.I)
_A_ROUND_OF_TALKS = rx(r"\bround\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations|consultations)\b", re.I)
_SINCE = rx(r"\s*since\b", re.I)


# Right after a document, the date it was signed: "…, signed in July 1986", "…, which was signed on 9 February 2023".
_SIGNED_THEN = rx(r"\s*,?\s+(?:which\s+(?:was|were)\s+)?signed\s+(?:" + _IN_A_PLACE + r"\s+)?(?:in|on)\s+")


# An agreement something was done under: "established diplomatic relations in 2020 under the Abraham Accords".
# (its own words between, not "signed under the auspices of the EU a declaration")
_UNDER = rx(r"\bunder\s+(?:the|a|an|their|its|this|that)\s+(?:(?!(?:the|a|an|of)\b)[\w-]+\s+){0,4}?$", re.I)


def _no_event_of_its_own(text: str, anchor: Anchor, event: re.Match[str] | None, verb_at: int) -> bool:
    """Whether the agreement did not happen (a signing to come, wished for, conditional), is only what talks
    are about ("agreed to speed up negotiations on a free trade agreement": the talks, not the agreement), or is
    what the verb before it was done under ("launched flights in 2021 under the open skies agreement")."""
    if anchor.kind not in ("in_force", "dated") and _not_happened(text, anchor, verb_at):
        return True
    if event is not None and event.start() < anchor.start and _UNDER.search(text, event.end(), anchor.start):
        return True
    return event is not None and event.start() < anchor.start and _only_talked_about(text, event, anchor)


# The talks named after the agreement they are about: "the CEPA negotiations", "Free Trade Agreement talks".
_TALKS_NAMED_AFTER = rx(r"\s+(?:talks|negotiations|negotiating\s+round|consultations)\b", re.I)


def _only_talked_about(text: str, event: re.Match[str], anchor: Anchor) -> bool:
    """Whether the agreement is only what talks the event governs are about ("agreed to speed up negotiations
    on a free trade agreement", "agreed … at the CEPA negotiations"), not concluded by them ("concluded
    negotiations on …" is its own anchor)."""
    if _CONCLUDED.match(event.group(0)):
        # "concluded the sixth round of negotiations for …": a round of the talks, not the talks, done
        return _A_ROUND_OF_TALKS.search(text, event.end(), anchor.start) is not None
    talks = _TALKS_ABOUT.search(text, max(event.end(), anchor.start - 80), anchor.start)
    return talks is not None or _TALKS_NAMED_AFTER.match(text, anchor.end) is not None


# An agreement asked for right before it is named: "and called for a free trade deal", "pushed for an FTA", "urged a
# trade pact" (a verb before them, "signed a pact and called for a deal", governs the pact, not the deal).
_WISHED_FOR = rx(
    r"\b(?:(?:call|push|press|appeal|lobb(?:y|i)|ask|wish)(?:ed|ing|es|s)?\s+for|urg(?:ed|es|ing|e)|sought|seek(?:s|ing)?"
    r"|want(?:ed|s)?)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}$",
    re.I,
)


_CLOSED_CLAUSE = rx(r",\s*(?:which|who)\b[^,;]*,")
# Talks still going on before an agreement: "are negotiating", "have been discussing", "are now working towards".
_STILL_TALKED = rx(
    r"\b(?:are|is|were|was|have\s+been|has\s+been)\s+(?:still\s+|now\s+|currently\s+)?"
    r"(?:negotiating|discussing|finali[sz]ing|working\s+(?:on|towards?))\b",
    re.I,
)


# An entry into force still to come: "is to come into force", "due to come into effect", a headline's "pact to come
# into force on December 29" (as "will come into force").
_TO_COME_INTO_FORCE = rx(r"\bto\s+come\s+into\s+(?:force|effect)", re.I)


def _not_happened(text: str, anchor: Anchor, verb_at: int) -> bool:
    """A signing still to come, wished for or conditional: "will sign", "hope to conclude", "if ratified". The
    document's own noun is no such word ("their cooperation plan, signed in January 2021")."""
    lo = max(0, verb_at - 60)
    window = text[lo:verb_at]
    noun = anchor.end - len(anchor.name.rsplit(None, 1)[-1]) if anchor.name else anchor.end
    own = max(noun, lo) - lo, min(anchor.end, verb_at) - lo
    if own[0] < own[1]:
        window = window[: own[0]] + " " * (own[1] - own[0]) + window[own[1] :]
    # "Chile and India, which had been negotiating for years, signed …": the closed clause's talks are done
    window = _CLOSED_CLAUSE.sub(lambda m: " " * len(m.group(0)), window)
    if NON_REALIS.search(window) or _TO_COME_INTO_FORCE.match(text, max(0, verb_at - 3)):
        return True
    if verb_at < anchor.start and (
        _WISHED_FOR.search(text, max(verb_at, anchor.start - 60), anchor.start)
        # "which set up diplomatic ties in 1993, are negotiating a comprehensive economic partnership agreement"
        or _STILL_TALKED.search(text, verb_at, anchor.start)
    ):
        return True
    # between the agreement and its verb after it, not the agreement's own words ("their cooperation plan, signed in")
    return verb_at > anchor.start and NON_REALIS.search(text[anchor.end : verb_at]) is not None


def _anniversary_year(ctx: SentenceContext, anniversary: re.Match[str]) -> tuple[PartialDate | None, str | None]:
    """ "the 10th anniversary of the FTA": the story's year less ten (no year without a story's date)."""
    if ctx.pub is None:
        return None, None
    years = anniversary.group("years")
    if years is not None:
        n = _count(years)
    else:
        n = int(anniversary.group("n") or ORDINAL_WORDS[caseless(anniversary.group("w"))])
    date = safe_date(ctx.pub.year - n)  # None where the count leaves the calendar
    return date, f"{ANNIVERSARY_COUNT}publication year {ctx.pub.year} − {n}" if date else None


# Between an agreement and its date: "on", "in", "as of", and the place it was signed ("in Beijing on 28 April
# 2009", "at the APEC summit in Honolulu on …").
_RIGHT_AFTER = rx(
    r"\s*,?\s*(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:(?:summit|meeting|forum|talks)\s+)?"
    r"(?:in\s+(?:[A-Z][\w'’.-]*\s+){1,2})?)?(?:(?:in|on|since|from|as\s+of)\s+)?"
)


# The period an agreement covers, right before a year: "signed a trade protocol for 1987 today".
_COVERS = rx(r"\bfor\s+(?:the\s+(?:year|period)\s+(?:of\s+)?)?$", re.I)


def _stated_date(
    ctx: SentenceContext, anchor: Anchor, verb_at: int, lo: int, hi: int, used_dates: set[int]
) -> DateExpr | None:
    """The date the sentence gives the agreement: right after its name, else the nearest to its verb."""
    text = ctx.text
    near = [
        d
        for d in ctx.dates
        if lo <= d.start
        and d.end <= hi
        and d.date
        and id(d) not in used_dates
        and (
            d.kind in ("year", "month", "day")
            # "…, the minister said Tuesday, as the two countries signed …": said as it was signed, that day
            or (d.kind == "reported" and d.end <= verb_at and SAID_AS_IT_HAPPENED.fullmatch(text, d.end, verb_at))
        )
        and (ctx.pub is None or d.date.year <= ctx.pub.year)  # "signed … to return it in 1999"
        # "…, who had talks with her yesterday": a relative clause's date is its own event's
        and not (d.start > verb_at and _RELATIVE_CLAUSE.search(text, verb_at, d.start))
        # "Mexico and Korea, whose relations date from January 1962, signed a new pact": nor one closed before
        and not in_a_clause_before(text, d, verb_at)
        and not dates_the_relations(text, d)  # "which established diplomatic relations 105 years ago, signed …"
        and not _COVERS.search(text, max(0, d.start - 24), d.start)  # "a trade protocol for 1987": its period
        # "… providing for trade worth 24 billion markka, down from 28 billion markka last year": a figure's date
        # (not "£23.5 billion, two years after the countries signed …": an event's date, counted, is no figure's)
        and (d.relative == AFTER_STATED or not _after_a_sum(ctx, d) or _THE_YEAR_OF.match(text, d.end))
    ]
    right_after = next(
        (d for d in near if d.start >= anchor.end and _RIGHT_AFTER.fullmatch(text, anchor.end, d.start)), None
    )
    if right_after is not None:
        return right_after
    return min(near, key=lambda d: abs(d.start - verb_at)) if near else None


# A figure's year named again as the year of the agreement's event: "1.1 billion in 2014, the year the bilateral
# free trade agreement took effect".
_THE_YEAR_OF = rx(r"\s*,\s*the\s+year\s+(?:that\s+|when\s+|in\s+which\s+)?", re.I)


def _after_a_sum(ctx: SentenceContext, d: DateExpr) -> bool:
    """Whether ``d`` stands right after a sum of money ("28 billion markka last year"): its figure's date. The
    sentence's sums are found only when a digit stands before the date (most agreements' sentences state none)."""
    if d.kind == "day" or not holds_any(ctx.text[max(0, d.start - 40) : d.start], DIGITS):
        return False  # a figure is dated by a year or a period, never a day: "a deal worth $8 billion on Sunday"
    return any(0 <= d.start - amount.end < 6 for amount in ctx.amounts)


def _not_stated(
    ctx: SentenceContext, anchor: Anchor, event: re.Match[str] | None, verb_at: int
) -> tuple[PartialDate | None, str | None]:
    """The date of an agreement its sentence does not date: for "the" document, the day the sentence before told;
    else as ``_unstated_date`` reads it."""
    the_document = _THE_BEFORE.search(ctx.text, max(0, anchor.start - 4), anchor.start) is not None
    date, basis = _the_day_before(ctx) if the_document else (None, None)
    if date is not None:
        return date, basis
    return _unstated_date(ctx, event, verb_at, ceremony=anchor.kind == "ceremony", the_leads=ctx.wire and the_document)


def _the_day_before(ctx: SentenceContext) -> tuple[PartialDate | None, str | None]:
    """The day the sentence before told, for "the" document signed without a date of its own: "China and South
    Korea established diplomatic relations Monday … Foreign Minister Lee Sang-ock signed the joint communique …"
    (the communique of Monday's establishment); nothing when that sentence told no single day."""
    when = ctx.before.when if ctx.before is not None else None
    if when is None or when.kind != "day" or when.date is None or when.date.day is None:
        return None, None
    return when.date, f"the day the sentence before told (“{when.text}”)"


def _unstated_date(
    ctx: SentenceContext, event: re.Match[str] | None, verb_at: int, ceremony: bool = False, the_leads: bool = False
) -> tuple[PartialDate | None, str | None]:
    """An agreement the sentence gives no date: during the visit a sentence before told, or, told as news,
    the story's month (a wire story's lead, a signing its leaders attended (``ceremony``), or "the" document of a
    wire story, the lead's (``the_leads``: "… signed the communique with …" after "… today established relations"):
    the dateline's day, the day a wire story tells)."""
    occasion = _occasion(ctx, verb_at)
    if occasion is not None:
        return occasion  # "On the occasion of the latter's state visit, the two nations agreed …"
    text = ctx.text
    if (
        ctx.pub is None
        or event is None
        or not (
            _SIMPLE_PAST_NEWS.match(event.group(0))
            or (ctx.headline and event.re in _HEADLINE_EVENTS)
            # "The visit saw the signing of …", "… were followed by the signing of …": a signing that happened
            or _SIGNING_SEEN.search(text, max(0, event.start() - 30), event.start())
        )
        or any(d.date is None for d in ctx.dates)  # "In the same year, …" with no year to point to
        or not (
            (ctx.lead and set(ctx.pair) <= set(ctx.codes_in()))  # "Pakistan and Sweden have signed"
            or not PERFECT.search(text[max(0, event.start() - 25) : event.end()])
        )
    ):
        return None, None
    if ctx.headline and event.re in _HEADLINE_EVENTS:
        if ctx.wire and ctx.pub.day is not None:
            return ctx.pub, f"{REPORTED_AS_NEWS}, {HEADLINE_PRESENT}: the dateline's day"
        return PartialDate(ctx.pub.year, ctx.pub.month), f"{REPORTED_AS_NEWS}, {HEADLINE_PRESENT}: the story's month"
    if ctx.wire and ctx.pub.day is not None and (ctx.lead or ceremony or the_leads):
        told = (
            "a wire story's lead"
            if ctx.lead
            else "a signing the leaders attended, told in a wire story"
            if ceremony
            else "the document of a wire story's lead"
        )
        return ctx.pub, f"{told}: the dateline's day"
    month = PartialDate(ctx.pub.year, ctx.pub.month) if ctx.pub.month else ctx.pub
    return month, f"{REPORTED_AS_NEWS}: the story's month"


# An event that saw a signing, told as a noun: "saw the signing of", "ended with the signing of"
_SIGNING_SEEN = rx(
    r"\b(?:saw|witnessed|attended|included|followed\s+by|ended\s+with|concluded\s+with|culminated\s+in)\s+the\s+$",
    re.I,
)


# An agreement reached during a visit the sentence before dated: "… President Aquino's State Visit in Japan on
# June 2015. On the occasion of the latter's state visit, the two nations agreed upon the Roadmap …".
_OCCASION = rx(
    r"\b(?:on\s+the\s+occasion\s+of|during|in\s+the\s+course\s+of|on)\s+(?:the\s+latter['’]s\s+|his\s+|her\s+|their\s+|"
    r"that\s+|this\s+|the\s+)(?:(?:state|official|working|last|recent)\s+)*visit\b",
    re.I,
)


# The two who met, as the next sentence's subject: "The two heads of state", "The two leaders", "Both presidents",
# "The leaders", "The two sides"
_THE_TWO_WHO_MET = rx(
    r"\W*(?:the\s+two\s+|both\s+|the\s+)(?:heads\s+of\s+(?:state|government)|leaders|presidents|prime\s+ministers|"
    r"premiers|(?:foreign\s+)?ministers|PMs|FMs)\b|\W*the\s+two\s+sides\b",
    re.I,
)
# A signing after the meeting the story told before: "The two sides signed a memorandum … after the meeting",
# "Following the talks, the two leaders witnessed the signing of …".
_AFTER_THE_MEETING = rx(r"\b(?:after|following|at|during|on\s+the\s+sidelines\s+of)\s+the\s+(?:meeting|talks)\b", re.I)


def _occasion(ctx: SentenceContext, verb_at: int) -> tuple[PartialDate, str] | None:
    before = ctx.before
    if before is None:
        return None
    if before.meeting is not None and _AFTER_THE_MEETING.search(ctx.text):
        return before.meeting, f"at the meeting the story told before ({before.meeting.iso()})"
    if before.meeting is not None and before.met_here and _THE_TWO_WHO_MET.match(ctx.text):
        # "… held talks with … in Beijing on Friday. The two heads of state announced …": the two who met, then
        return before.meeting, f"by the two who met, as the sentence before told ({before.meeting.iso()})"
    # "During the visit, the two sides signed …": the visit the story told last, sentences before maybe (not the last
    # date told: "established diplomatic ties on Oct. 29, 1964" may stand between)
    # (or after what was signed: "signed two memoranda … during the visit")
    if before.visit is None or (_OCCASION.search(ctx.text, 0, verb_at) or _OCCASION.search(ctx.text, verb_at)) is None:
        return None
    return before.visit, f"during the visit a sentence before told ({before.visit.iso()})"


def _event(text: str, anchor: Anchor, lo: int, hi: int, headline: bool = False) -> re.Match[str] | None:
    """The event verb governing an anchor: after it within its segment, else anywhere before it (in a headline,
    its present: ``headline``)."""
    if anchor.kind == "ceremony":
        return _CEREMONY_VERB.match(text, anchor.start)  # "attended", "witnessed", "were present"
    if anchor.kind == "formalized":
        return EVENT.search(text, max(0, anchor.start - 40), anchor.start)
    if anchor.kind in ("upgrade", "negotiations", "in_force", "plural"):
        inside = (
            EVENT.search(text, anchor.start, anchor.end)
            or _SIGNING.search(text, anchor.start, anchor.end)
            or (_HEADLINE_SIGN_PLURAL.match(text, anchor.start) if headline else None)
            or (_HEADLINE_UPGRADES.match(text, anchor.start) if headline and anchor.kind == "upgrade" else None)
        )
        if inside is None and anchor.kind == "upgrade":  # "the two leaders agreed to upgrade ties to …"
            return (
                _AGREED_TO.search(text, max(0, anchor.start - 40), anchor.start)
                or _ANNOUNCED_THE.search(text, max(0, anchor.start - 40), anchor.start)
                or _DECLARED.match(text, anchor.start)  # "announced a comprehensive strategic partnership"
            )
        return inside
    # (not past a semicolon: "the CPTPP bring the two countries together; New Zealand and Chile signed …")
    clause_end = text.find(";", anchor.end, hi)
    after = EVENT.search(text, anchor.end, min(hi, anchor.end + 140, clause_end if clause_end >= 0 else hi))
    if after is not None and _A_FIGURES_CLAUSE.search(text, max(anchor.end, after.start() - 40), after.start()):
        after = None  # "…, which is expected to boost bilateral trade that reached $15.4 billion": the trade's
    if after is not None and not _NOT_YET.search(text, max(0, after.start() - 24), after.start()):
        return after  # not "a treaty, which is yet to be ratified": that event has not happened
    if headline and (signs := _HEADLINE_SIGNS.search(text, max(0, anchor.start - _LOOKBACK), anchor.start)):
        return signs  # "Mexico, Japan sign economic accords": a headline's present is what happened
    before = [
        m
        for m in EVENT.finditer(text, max(0, anchor.start - _LOOKBACK), anchor.start)
        # "the signing, on 3 May, of" names the event; "the established framework" only describes
        if m.group(0).lower() == "signing" or not _ADJECTIVAL.search(text, max(0, m.start() - 24), m.start())
    ]
    if before:
        return before[-1]
    # "Chile was the first Latin American country to sign an FTA with Vietnam, in 2011": done, not planned
    return _FIRST_TO_SIGN.search(text, max(0, anchor.start - 160), anchor.start)


# A relative clause of trade or investment, whose verb ("reached") is the figure's, not an agreement's.
_A_FIGURES_CLAUSE = rx(
    r"\b(?:trade|exports?|imports?|turnover|volume|commerce|investments?)\s*,?\s+(?:that|which)\s+(?:has\s+|had\s+)?$",
    re.I,
)
_SIGNING = rx(r"signing|exchange\s+of", re.I)  # "the exchange of 12 agreements": their signing, told as Asia's media do
# An upgrade agreed: "agreed to upgrade ties", "agreed on Monday to raise", "decided to upgrade" (a joint statement).
_AGREED_TO = rx(r"\b(?:agreed|decided)\s+(?:\w+\s+){0,2}?to\s+$", re.I)
_DECLARED = rx(r"(?:announced|declared)\b", re.I)  # an upgrade's own verb, when it opens the anchor
# An upgrade named as a noun, made as the story tells it: "announced the elevation of China-Colombia relations to …",
# "declared the upgrade of …", "agreed on the elevation of …" (not "discussed the elevation of …").
_ANNOUNCED_THE = rx(r"\b(?:announced|declared|agreed\s+(?:up)?on|approved|endorsed)\s+the\s+$", re.I)
_CEREMONY_VERB = rx(r"(?:was|were)\s+present|\w+(?:\s+over)?")
_FIRST_TO_SIGN = rx(
    # "…, and the first to sign a free trade agreement with it": the clause's "was" left out after "and"
    r"(?:\b(?:was|were|became|is|has\s+been)|,\s+and)\s+the\s+(?:first|second|third|last|only)\b[^,.;]{0,60}?\bto\s+"
    r"(?:sign|conclude|ink)\b"
    r"(?=[^,.;]{0,60}$)",
    re.I,
)


_YEAR_IN_BRACKETS = rx(r"\s*\((?:signed\s+(?:in\s+)?|in\s+)?(?:19|20)\d\d\)")
_CUMULATIVE = rx(r"\s*(?:so\s+far|to\s+date|thus\s+far|in\s+total|over\s+the\s+(?:years|decades)|since\b)", re.I)
# (or what the document provides: "a financial protocol under which France will provide … this year", "whereby")
_RELATIVE_CLAUSE = rx(r",\s+(?:who|whose)\b|\s(?:under|by|through)\s+which\b|\swhereby\b", re.I)
_NOT_YET = rx(r"\b(?:to\s+be|will\s+be|yet\s+to(?:\s+be)?|not\s+(?:yet\s+)?(?:been\s+)?)\s*$", re.I)
_LOOKBACK = 400  # characters before an anchor searched for its verb; a bound keeps long sentences linear
# "through established bilateral frameworks": the participle describes, it reports no event.
_ADJECTIVAL = rx(r"\b(through|via|by|of|with|under|the|an?|its|their|existing|newly|well)\s+$", re.I)
