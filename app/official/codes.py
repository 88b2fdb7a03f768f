"""Reporters and partners of official files to ISO 3166 alpha-3 codes, or to "an aggregate".

The portals write countries their own ways: Comtrade's ISO columns hold "W00" for the World and "S19"
for Taiwan ("Other Asia, nes"); the IMF and WITS write sorting forms ("Korea, Rep. of", "Congo, Dem.
Rep.", "China, P.R.: Hong Kong") and abbreviations ("Br. Virgin Isds")."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.countries import country_index
from app.official import area_codes

AGGREGATE = "aggregate"
UNKNOWN = "unknown"

# Names whose short form is another country's name ("Korea, Dem. Rep." is not "Korea"), matched on the
# lowered name: every word of a key must appear.
_SPECIAL: tuple[tuple[tuple[str, ...], str], ...] = (
    (("virgin", "u.s"), "VIR"),
    (("virgin", "united states"), "VIR"),
    (("us virgin",), "VIR"),
    (("other asia",), "TWN"),
    (("taiwan",), "TWN"),
    (("korea", "dem"), "PRK"),
    (("korea", "people"), "PRK"),
    (("korea",), "KOR"),
    (("congo", "dem"), "COD"),
    (("congo", "kinshasa"), "COD"),
    (("congo",), "COG"),
    (("hong kong",), "HKG"),
    (("macao",), "MAC"),
    (("macau",), "MAC"),
    (("china", "p.r."), "CHN"),
    (("china", "mainland"), "CHN"),
    (("lao",), "LAO"),
    (("soviet",), "SUN"),
    (("ussr",), "SUN"),
    (("czechoslovakia",), "CSK"),
    (("yugoslavia",), "YUG"),
    (("german dem",), "DDR"),
    (("german democratic",), "DDR"),
    (("eastern germany",), "DDR"),
    (("east germany",), "DDR"),
    (("germany",), "DEU"),  # "Fmr Fed. Rep. of Germany": West Germany, whose series Germany continues
)
# Spellings real files use that no rule below reads: WITS's cut and misspelt names, the IMF's for former
# states and territories, historical reporters that carry an M49 or ISO 3166-3 code.
_SPELLINGS = {
    "anguila": "AIA",
    "faeroe islands": "FRO",
    "occ.pal.terr": "PSE",
    "west bank and gaza": "PSE",
    "wallis and futura isl.": "WLF",
    "fr. so. ant. tr": "ATF",
    "saint maarten (dutch part)": "SXM",
    "sint maarten": "SXM",
    "netherlands antilles": "ANT",
    "neth. antilles": "ANT",
    "fm sudan": "SDN",
    "belgium-luxembourg": "BLX",
    "pacific islands": "PCI",
    "serbia and montenegro": "SCG",
    "yemen arab rep.": "YAR",
    "yemen, arab rep.": "YAR",
    "yemen democratic": "YMD",
    "fmr yugoslavia": "YUG",
    "fmr ussr": "SUN",
    "fmr sudan": "SDN",
}
_ABBREVIATIONS = (
    (r"\bIsds?\b\.?", "Islands"),
    (r"\bIs\.", "Islands"),
    (r"\bBr\.", "British"),
    (r"\bSt\.", "Saint"),
    (r"\bRep\.", "Republic"),
    (r"\bDem\.", "Democratic"),
    (r"\bFed\.", "Federal"),
    (r"\bCentr\.", "Central"),
    (r"\bEq\.", "Equatorial"),
    (r"&", "and"),
)
# Words that mark a group of countries (tried only after the name failed to match a country, so
# "South Africa" and "American Samoa" are countries).
_AGGREGATE_WORDS = re.compile(
    r"\b(world|n\.?e\.?s\.?|areas?|bunkers|free zones?|special categories|total|regions?|economies|countries|"
    r"union|hemisphere|europe|european|africa|asia|america|americas|oceania|middle east|emerging|advanced|developing|"
    r"income|euro|opec|asean|mercosur|caricom|sacu|cis|not specified|unspecified|other|others|confidential)\b",
    re.I,
)
_AGGREGATE_CODES = re.compile(r"^(W00|WLD|WL|_X|X\w*|G\d{3}|EUN|EU\d*|R\d+|A\d+|E\d+|F\d+|0+|1)$", re.I)


MAX_NAME = 120  # characters: a longer "country name" is none, and no pattern reads it


@lru_cache(maxsize=8192)  # bounded: a file of a million distinct unknown names must not grow it for ever
def resolve(code: str, name: str = "") -> str:
    """The ISO alpha-3 code of a reporter or partner, or AGGREGATE, or UNKNOWN."""
    code = code.strip().strip('"').upper()[:12]
    if len(name) > MAX_NAME:
        return UNKNOWN
    name = " ".join(name.split()).strip('"')
    index = country_index()
    if code == "S19" or code == "490":  # Comtrade's "Other Asia, nes" is Taiwan
        return "TWN"
    if len(code) == 3 and code.isalpha() and code in index.countries:
        return code
    if name:
        found = resolve_name(name)
        if found is not None:
            return found
        if _AGGREGATE_WORDS.search(name):
            return AGGREGATE
    if code and _AGGREGATE_CODES.match(code):
        return AGGREGATE
    return UNKNOWN


@lru_cache(maxsize=8192)
def resolve_name(name: str) -> str | None:
    """A country's code from the name a statistics portal gives it, or None."""
    index = country_index()
    if len(name) > MAX_NAME:
        return None
    name = " ".join(name.split()).strip('"').strip()
    if not name:
        return None
    lowered = name.lower()
    if lowered in _SPELLINGS:
        return _SPELLINGS[lowered]
    for words, code in _SPECIAL:
        if all(w in lowered for w in words):
            return code
    found = index.lookup(name)
    if found is not None:
        return found.code
    plain = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    for pattern, full in _ABBREVIATIONS:
        plain = re.sub(pattern, full, plain)
    candidates = [plain, plain.split(",")[0].strip(), plain.split(":")[0].strip()]
    for candidate in candidates:
        spelt = _SPELLINGS.get(candidate.lower())
        if spelt is not None:
            return spelt
        found = index.lookup(candidate) if candidate else None
        if found is not None:
            return found.code
    return _by_word_starts(plain)


def _by_word_starts(name: str) -> str | None:
    """A name cut word by word, as WITS cuts them ("Turks and Caicos Isl.", "British Indian Ocean Ter.",
    "Heard Island and McDonald Isla"): the one country whose name has as many words, each starting with the
    cut word. None unless exactly one does."""
    words = [w for w in re.split(r"[\s.]+", name.lower()) if w]
    if len(words) < 2:
        return None
    found = {code for code, full in _word_lists().get((len(words), words[0][:1]), ()) if _starts_each(words, full)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _word_lists() -> dict[tuple[int, str], list[tuple[str, list[str]]]]:
    """Every country name as its words, by (how many words, first letter): a name cut word by word is
    compared with the few of its shape, not all 1,100 (a million unknown names took over 30 minutes)."""
    lists: dict[tuple[int, str], list[tuple[str, list[str]]]] = {}
    for country in country_index().countries.values():
        for full in (country.name, *country.names):
            words = [w for w in re.split(r"[\s.]+", re.sub(r"\s*\(.*?\)", "", full).lower()) if w]
            if words:
                lists.setdefault((len(words), words[0][:1]), []).append((country.code, words))
    return lists


def _starts_each(cut: list[str], full: list[str]) -> bool:
    return all(f.startswith(c) for c, f in zip(cut, full, strict=True))


def resolve_m49(code: str) -> str:
    """An M49 numeric code (Comtrade's reporter and partner codes) as resolve() answers."""
    found = area_codes.m49(code)
    return UNKNOWN if found is None else found


def resolve_imf(code: str) -> str:
    """An IMF numeric country code (DOTS) as resolve() answers."""
    found = area_codes.imf(code)
    return UNKNOWN if found is None else found
