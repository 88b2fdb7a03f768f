"""Reporters and partners of official files to ISO 3166 alpha-3 codes, or to "an aggregate".

The portals write countries their own ways: Comtrade's ISO columns hold "W00" for the World and "S19"
for Taiwan ("Other Asia, nes"); the IMF and WITS write sorting forms ("Korea, Rep. of", "Congo, Dem.
Rep.", "China, P.R.: Hong Kong") and abbreviations ("Br. Virgin Isds")."""

from __future__ import annotations

import re
from functools import cache

from app.domain.countries import country_index

AGGREGATE = "aggregate"
UNKNOWN = "unknown"

# Names whose short form is another country's name ("Korea, Dem. Rep." is not "Korea"), matched on the
# lowered name: every word of a key must appear.
_SPECIAL: tuple[tuple[tuple[str, ...], str], ...] = (
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
    (("germany",), "DEU"),  # "Fmr Fed. Rep. of Germany": West Germany, whose series Germany continues
)
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


@cache
def resolve(code: str, name: str = "") -> str:
    """The ISO alpha-3 code of a reporter or partner, or AGGREGATE, or UNKNOWN."""
    code = code.strip().strip('"').upper()
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


@cache
def resolve_name(name: str) -> str | None:
    """A country's code from the name a statistics portal gives it, or None."""
    index = country_index()
    name = " ".join(name.split()).strip('"').strip()
    if not name:
        return None
    lowered = name.lower()
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
        found = index.lookup(candidate) if candidate else None
        if found is not None:
            return found.code
    return None
