"""Country mentions: names, short forms, demonyms and capitals, with or without diacritics."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import islice, pairwise

from app.domain.countries import JOINING_FORMS, CountryIndex, MentionKind, country_index, in_its_time
from app.domain.text import alias_key, fold
from app.extract.prefilter import may_hold, rx

_TOKEN = rx(r"(?:[A-Za-z]\.){2,}|[^\W\d_]+(?:'[^\W\d_]+)*")
# The words of _TOKEN that may begin a name: those starting with a capital or a letter beyond ASCII (tested
# with isupper() after), where _TOKEN would begin a word: not after a letter, nor after a letter and an
# apostrophe ("Ivoire" of "d'Ivoire" is inside a word). Each matches as far as _TOKEN would from there.
_CANDIDATE = re.compile(
    # Opening with the set of first characters consumed (the engine skips to them in C; a lookahead in front
    # was tried at every character: 28 against 21 µs an article), the look-behinds then test the character
    # before that one.
    r"[A-Z\u0080-\U0010ffff](?<![^\W\d_][\s\S])(?<![^\W\d_]'[\s\S])"
    r"(?:(?<=[A-Z])\.(?:[A-Za-z]\.)+|(?<=[^\W\d_])[^\W\d_]*(?:'[^\W\d_]+)*)"
)
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_POSSESSIVE = rx(r"'s?$")
# The lower-case words between the parts of a person's name: "Miguel de la Madrid", "Alberto van Klaveren",
# "Mohammed bin Salman". Before a capital's name they make it a person's ("de la Madrid" is no Spain).
NAME_PARTICLES = ("de", "da", "do", "dos", "das", "del", "della", "di", "du", "der", "den", "van", "von", "la", "le",
                  "bin", "binti", "ibn", "al", "el", "y")  # fmt: skip
_NAME_PARTICLE = rx(r"\b(?:" + "|".join(NAME_PARTICLES) + r")\s+$")
# A currency named by a country's word: "US$", "Singapore dollars", "Swiss francs", "Thai baht", "Indian rupees"
# (not "marks" nor "won", which are verbs after a name: "Japan marks …", "Korea won …"; nor a wire's "U.S. dlrs",
# which names the dollars of a figure set against another country's: "22.9 billion Canadian dlrs in 1986 from 17
# billion U.S. dlrs").
_CURRENCY_AFTER = rx(
    r"\s?(?:\$|(?:dollars?|francs?|pounds?|rupees?|yen|yuan|renminbi|pesos?|crowns?|kronor|kroner|krona|krone|"
    r"schillings?|shillings?|guilders?|lire|riyals?|rials?|dinars?|dirhams?|ringgit|baht|rand|rubles?|roubles?|"
    r"hryvnias?|tenge|zlotys?|forints?|lei|leva|liras?)\b)",
    re.I,
)
_MAX_WORDS = 8
_MAX_CACHED = 200_000  # words remembered as beginning a name or not (a dump of random words stays bounded)
# Between the words of one name: spaces or hyphens only, and the dot of "St." ("St. Lucia", "St. Kitts and Nevis")
_NAME_JOIN = rx(r"[\s\-–]{1,3}|(?<=\bSt)\.[ \t]{1,2}")
# Phrases that contain a country form but name no country.
_NOT_A_COUNTRY = {
    "latin america",
    "latin american",
    "latin americans",
    "south america",
    "south american",
    "north america",
    "north american",
    "central america",
    "central american",
    "the americas",
    "southeast asia",
    "southeast asian",
    "south east asia",
    "east asia",
    "east asian",
    "new mexico",
    "gulf of mexico",
    "indian ocean",
    "american samoa",
    "european union",
    "asia pacific",
    "middle east",
    "pan american",
    "south china sea",
    "east china sea",
    "african union",
    "korean peninsula",
    "indo pacific",
    "indo china",
    "indo european",
    "anglo saxon",
    "anglo saxons",
    "greco roman",
    "west indies",
    "east indies",
    "united nations",
    "american express",
    # Not Laos: a Vietnamese province and border gate, a philosopher
    "lao cai",
    "lao bao",
    "lao tzu",
    "lao tse",
}
# Aliases of three letters or fewer that are words, not abbreviations: "the Lao side" is Laos, as "LAO" is.
_SHORT_WORDS = frozenset({"lao", "pak"})
# An initialism of a state's formal name with a small "o" for "of": "the RoK" (the Republic of Korea), as Vietnam's news
# agency writes it; a name only where it is a state's alias (not "MoU", nor the name "Rok").
_OF_INITIALISM = re.compile(r"[A-Z]o[A-Z]")
# What follows such a word when it names its country: a lower-case word, punctuation, or a word of a state's
# office or body. Before another capitalised word it may be a person's name ("Lao An").
_SHORT_WORD_FOLLOWED = re.compile(
    r"\s*(?:$|[,.;:)’'\-–—]|[a-z]|(?:President|Prime|Premier|Vice|Deputy|Foreign|Minister|Ministry|National|"
    r"Government|People|PDR|Embassy|Ambassador|Party|Parliament|Assembly|State|Defence|Defense|Trade|Finance|"
    r"Consulate|Chamber|Airlines)\b)"
)
_HYPHENS = frozenset(("-", "–"))
_WEIGHT = {MentionKind.NAME: 1.0, MentionKind.DEMONYM: 0.7, MentionKind.CAPITAL: 0.4}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    code: str
    kind: MentionKind


# Regions and blocs, named as a country would be but none: "trade between China and Africa", "visited Asia", "The
# European Union is …" (capitalised where it opens a sentence).
REGIONS = (
    r"(?:Africa|Europe|Asia|Latin\s+America|South\s+America|Central\s+America|North\s+America|[Tt]he\s+Americas|"
    r"ASEAN|[Tt]he\s+EU|[Tt]he\s+European\s+Union|[Tt]he\s+Middle\s+East|[Tt]he\s+Gulf|[Tt]he\s+GCC|"
    r"[Tt]he\s+Arab\s+world|Arab\s+(?:countries|states)|[Tt]he\s+Caribbean|Oceania|[Tt]he\s+Pacific|Mercosur|"
    r"[Tt]he\s+world|[Tt]he\s+rest\s+of\s+the\s+world|"
    r"Southeast\s+Asia|South\s+Asia|Central\s+Asia|East\s+Asia|Eastern\s+Europe|Western\s+Europe|[Tt]he\s+Balkans|"
    r"[Tt]he\s+Nordic\s+countries|BRICS|[Tt]he\s+Commonwealth)"
)


class MentionFinder:
    """Finds country mentions by looking up runs of words in the alias index (longest first)."""

    def __init__(self, index: CountryIndex | None = None) -> None:
        self.index = index or country_index()
        # The longest alias starting with each first word: most capitalised words start none.
        self.widths: dict[str, int] = {}
        for key in self.index.aliases:
            words = key.split()
            self.widths[words[0]] = max(self.widths.get(words[0], 0), len(words))
        for phrase in _NOT_A_COUNTRY:
            words = alias_key(phrase).split()
            self.widths[words[0]] = max(self.widths.get(words[0], 0), len(words))
        self.stop = {alias_key(p) for p in _NOT_A_COUNTRY}
        # The first words of every name and phrase above, short of the whole: "united", "united states", …
        self.beginnings: set[str] = set()
        for key in [*self.index.aliases, *self.stop]:
            words = key.split(" ")
            self.beginnings.update(" ".join(words[:n]) for n in range(1, len(words)))
        self._starts: dict[str, int] = {}  # each word as written: the most words of a name it begins

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        end = len(text) if end is None else end
        folded = fold(text[start:end])
        mentions: list[Mention] = []
        after = 0  # where the words of the last name found end: a word before it is part of that name
        known = self._starts
        for candidate in _CANDIDATE.finditer(folded):
            at = candidate.start()
            if at < after:
                continue
            if at >= 2 and folded[at - 1] == "." and folded[at - 2] in _ASCII_LETTERS:
                return self._find_every_word(text, start, end)  # "e.U.S.": may be inside a dotted word
            word = candidate.group()
            longest = known.get(word)  # _begins(), its remembered answer looked up in place
            if longest is None:
                longest = self._begins(word)
            if not longest:
                continue
            words = [candidate]
            if longest > 1:
                words += islice(_TOKEN.finditer(folded, candidate.end()), min(longest, _MAX_WORDS) - 1)
            tokens = [(m.start() + start, m.end() + start, m.group()) for m in words]
            hit = self._match_at(text, tokens, longest)
            if hit is None:
                continue
            width, mention = hit
            if mention is not None:
                mentions.append(mention)
            after = words[width - 1].end()
        return mentions

    def _find_every_word(self, text: str, start: int, end: int) -> list[Mention]:
        """find() word by word: the words of ``text[start:end]`` as the tokenizer splits them, each
        looked up (find() looks up only the capitalised ones, where they may begin a word)."""
        words = list(_TOKEN.finditer(fold(text[start:end])))
        mentions: list[Mention] = []
        i = 0
        while i < len(words):
            longest = self._begins(words[i].group())
            if not longest:
                i += 1
                continue
            tokens = [(m.start() + start, m.end() + start, m.group()) for m in words[i : i + min(longest, _MAX_WORDS)]]
            hit = self._match_at(text, tokens, longest)
            if hit is None:
                i += 1
                continue
            width, mention = hit
            if mention is not None:
                mentions.append(mention)
            i += width
        return mentions

    def _begins(self, word: str) -> int:
        """``_longest(word)``, remembered for each word as written (a dump of random words stays bounded)."""
        longest = self._starts.get(word)
        if longest is None:
            longest = self._longest(word)
            if len(self._starts) < _MAX_CACHED:
                self._starts[word] = longest
        return longest

    def _longest(self, word: str) -> int:
        """The most words of a name beginning with ``word`` (0: no name begins so, or it is not capitalised)."""
        if not word[0].isupper():
            return 0
        first = alias_key(word)
        longest = self.widths.get(first, 0)
        if not longest and "'" in first:
            longest = self.widths.get(_POSSESSIVE.sub("", first), 0)
        return longest

    def _named(self, text: str, tokens: list[tuple[int, int, str]], most: int) -> list[tuple[int, str]]:
        """(words, key) of each run of the first ``most`` of ``tokens`` whose key is a name or a phrase of
        _NOT_A_COUNTRY, possessive or not, fewest words first. A run goes on only while its key begins
        one (the words of one name are separated by spaces or hyphens only)."""
        found: list[tuple[int, str]] = []
        aliases, stop, beginnings = self.index.aliases, self.stop, self.beginnings
        for width in range(1, most + 1):
            if width > 1 and not _NAME_JOIN.fullmatch(text, tokens[width - 2][1], tokens[width - 1][0]):
                break
            key = alias_key(tokens[0][2] if width == 1 else " ".join([w[2] for w in tokens[:width]]))
            if key in aliases or key in stop:
                found.append((width, key))
            else:
                possessive = _POSSESSIVE.search(key)
                if possessive and (key[: possessive.start()] in aliases or key[: possessive.start()] in stop):
                    found.append((width, key))
            if key not in beginnings:
                break
        return found

    def _match_at(
        self, text: str, tokens: list[tuple[int, int, str]], longest: int
    ) -> tuple[int, Mention | None] | None:
        """The name the words ``tokens`` begin with (``longest`` words at most), as (words taken, the mention
        or None for a phrase that names no country); None when they begin none."""
        for width, key in reversed(self._named(text, tokens, min(longest, _MAX_WORDS, len(tokens)))):
            decided = self.decide(text, tokens[:width], key)
            if decided is not None:
                return decided
        return None

    def decide(self, text: str, words: list[tuple[int, int, str]], key: str) -> tuple[int, Mention | None] | None:
        """What ``words`` (their alias ``key``) are: (their count, the mention) for a country's name, (their
        count, None) for a phrase that names none, None when they are not a name here (try fewer words)."""
        end = words[-1][1]
        if key not in self.index.aliases and key not in self.stop:
            possessive = _POSSESSIVE.search(key)
            if possessive:  # "Mexico's" names Mexico; the mention ends before the apostrophe
                end -= len(possessive.group(0))
                key = key[: possessive.start()]
        if key in self.stop:
            return len(words), None
        alias = self.index.aliases.get(key)
        if alias is None:
            return None
        original = text[words[0][0] : end]
        if alias.kind == MentionKind.CAPITAL and _NAME_PARTICLE.search(text[max(0, words[0][0] - 8) : words[0][0]]):
            return None  # "Miguel de la Madrid" is a president, not Spain
        currency = _CURRENCY_AFTER.match(text, end)
        letters = original.replace(".", "").replace(" ", "")
        # "US$15 billion", "U.S. dollars", "Singapore dollars" are currencies; "Japan $40 billion" is Japan
        if currency and ("$" not in currency.group(0) or (letters.isupper() and len(letters) <= 3)):
            return None
        if len(letters) <= 3 and not letters.isupper() and not _OF_INITIALISM.fullmatch(letters):
            if key not in _SHORT_WORDS:
                return None  # "us" is a pronoun, "US" a country
            if not _SHORT_WORD_FOLLOWED.match(text, end):
                return None  # "his wife Lao An": a name; "the Lao side", "Lao Prime Minister …": Laos
        if key in JOINING_FORMS and _HYPHENS.isdisjoint((text[end : end + 1], text[words[0][0] - 1 : words[0][0]])):
            return None  # "General Franco", "Pak Pong-ju": not joined to the other of a pair
        if len(words) == 1 and words[0][2].isupper() and len(letters) > 3 and alias.kind != MentionKind.NAME:
            return None  # an all-caps heading word such as "LIMA" in a dateline still counts below
        return len(words), Mention(words[0][0], end, alias.code, alias.kind)


_finder: MentionFinder | None = None


def finder() -> MentionFinder:
    global _finder
    if _finder is None:
        _finder = MentionFinder()
    return _finder


# "CHINA AND PORTUGAL", "Vietnam-Mexico", "TAIWAN TRADE WITH CHINA", "Japan's trade with Korea"
_JOINED = rx(
    r"^\s*(?:,|and|&|-|–|—|/|with|(?:['’]s\s+)?(?:\w+\s+)?(?:trade|ties|relations|talks)\s+(?:with|to))\s*$", re.I
)


# A go-between is no party: "trade with China through Hong Kong", "exports via Singapore", "after his stop in Riyadh".
_GO_BETWEEN = rx(
    r"\b(?:via|through|by\s+way\s+of|transit(?:ing)?\s+(?:in|through)|trans-?shipped\s+(?:in|at)|"
    # a stop on a traveller's way: "after his stop in Riyadh", "after a stopover in Hanoi"
    r"(?:after|before|following)\s+(?:a|an|his|her|their|the)\s+(?:brief\s+)?(?:stop(?:over)?|layover)\s+in)"
    r"\s+(?:the\s+)?$",
    re.I,
)


_GO_BETWEEN_WORDS = ("via", "through", "way", "trans", "stop", "layover")  # every match holds one (lower case)


def _before(text: str, start: int, reach: int, pattern: re.Pattern[str], words: tuple[str, ...]) -> bool:
    """Whether ``pattern`` matches in the ``reach`` characters before ``start``; searched only when they hold
    one of ``words``, which every match holds (most mentions have none of them before: the search of the
    window, position by position, was a tenth of finding an article's countries)."""
    window = text[max(0, start - reach) : start]
    return may_hold(window, window.lower(), words) and pattern.search(text, max(0, start - reach), start) is not None


def parties(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that name a party, not a go-between."""
    return [m for m in mentions if not _before(text, m.start, 30, _GO_BETWEEN, _GO_BETWEEN_WORDS)]


# The next stops of a journey: "left Kathmandu for the Maldives", "will take him to Sri Lanka and Thailand".
# A country named as where someone goes next is on the itinerary, not what the story is about.
_ONWARD = rx(
    r"\b(?:(?:leaves?|left|leaving|depart(?:s|ed|ing)?|set\s+off|bound)\s+(?:\w+\s+){0,3}?for|"
    r"(?:will|would|is\s+to)\s+(?:also\s+)?(?:lead|take|bring)\s+(?:him|her|them)\s+to|"
    r"(?:head(?:s|ed|ing)?|fly(?:ing)?|flew|travel(?:s|led|ling)?)\s+(?:on\s+)?(?:next\s+)?to|"
    r"onward\s+to|next\s+stop\s+(?:is|will\s+be)|(?:heads?|leaves?)\s+for)\s+(?:the\s+)?$",
    re.I,
)
_ONWARD_WORDS = ("for", "lead", "take", "bring", "head", "fly", "flew", "travel", "onward", "next")
_ONWARD_WEIGHT = 0.25
# Between the countries of a list: "Peru, Chile and the Philippines" (tried with fullmatch between two mentions).
LIST_JOIN = rx(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?")


def onward(text: str, mentions: list[Mention]) -> set[int]:
    """The indices of mentions naming a next stop of a journey, with the list that continues it."""
    found: set[int] = set()
    for i, m in enumerate(mentions):
        if _before(text, m.start, 48, _ONWARD, _ONWARD_WORDS) or (
            i - 1 in found and LIST_JOIN.fullmatch(text, mentions[i - 1].end, m.start)
        ):
            found.add(i)
    return found


def _weigh(weights: dict[str, float], text: str, mentions: list[Mention], times: float) -> None:
    later = onward(text, mentions)
    for i, mention in enumerate(mentions):
        weight = _WEIGHT[mention.kind] * (_ONWARD_WEIGHT if i in later else 1.0)
        weights[mention.code] = weights.get(mention.code, 0.0) + times * weight


def article_pair(
    mentions: list[Mention],
    title: str = "",
    dateline_code: str | None = None,
    year: int | None = None,
    text: str = "",
) -> tuple[list[tuple[str, float]], tuple[str, str] | None]:
    """Rank the countries an article talks about; the pair is the two it talks about most.

    The headline counts twice, and two countries joined in it ("CHINA AND PORTUGAL SIGN MACAO DEAL",
    "Vietnam-Mexico trade") count again; the dateline's country counts once more. A country named only as
    a journey's next stop ("left Kathmandu for the Maldives") counts a quarter."""
    weights: dict[str, float] = {}
    _weigh(weights, text, mentions, 1.0)
    if title:
        readable = title.title() if title.isupper() else title
        named = [replace(m, code=in_its_time(m.code, year)) for m in parties(readable, finder().find(readable))]
        _weigh(weights, readable, named, 2.0)
        for a, b in pairwise(named):
            if a.code != b.code and _JOINED.match(readable[a.end : b.start]):
                for code in (a.code, b.code):
                    weights[code] = weights.get(code, 0.0) + 3.0
    if dateline_code is not None and weights:
        weights[dateline_code] = weights.get(dateline_code, 0.0) + 1.0
    ranked = sorted(weights.items(), key=lambda item: -item[1])
    if len(ranked) < 2:
        return ranked, None
    first, second = ranked[0][0], ranked[1][0]
    return ranked, (first, second) if first <= second else (second, first)
