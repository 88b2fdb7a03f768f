"""Every country in the world, with the names news texts use for it.

Codes, official and short names come from pycountry (ISO 3166); demonyms, capitals and
alternative spellings from the countryinfo data set copied into ``data/country_extras.json``
by ``tools/gen_country_extras.py``. ``_NEWS_FORMS`` adds the few forms the genre uses that
neither list has ("U.S.", "Ha Noi", "Türkiye").
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources

from app.domain.text import alias_key


class MentionKind(StrEnum):
    NAME = "name"
    DEMONYM = "demonym"
    CAPITAL = "capital"


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-3
    alpha2: str
    name: str  # the short English name an analyst expects ("Vietnam", not "Viet Nam")
    official_name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


# Forms common in news and embassy texts that the ISO and countryinfo lists lack.
_NEWS_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "USA": {"names": ("US", "U.S.", "USA", "U.S.A.", "the States"), "capitals": ("Washington",)},
    "GBR": {"names": ("UK", "U.K.", "Britain"), "demonyms": ("Briton",)},
    "KOR": {"names": ("Korea", "ROK"), "demonyms": ("Korean",)},
    "PRK": {"names": ("DPRK", "DPR Korea", "D.P.R. Korea")},
    "LKA": {"names": ("Ceylon",)},  # until 1972: "Ceylon and China signed a rubber-rice pact in 1952"
    "RUS": {"names": ("Russia",), "demonyms": ("Russian",)},
    # Cities that stand for their country where they are not its capital: the seat of government or the city
    # the embassies are in ("opened its embassy in Tel Aviv", "arrived in Yangon"), and Vietnam's largest city
    # (a visit to Ho Chi Minh City is one to Vietnam).
    "VNM": {"capitals": ("Ha Noi", "Hà Nội", "Ho Chi Minh City", "HCM City")},
    # A capital's other seats and former seats, where embassies stood and leaders were received: Cape Town, the
    # legislative capital; Lagos until 1991, Bonn West Germany's until 1990, Almaty until 1997, Karachi until
    # 1959, Rio de Janeiro until 1960; Putrajaya the seat of Malaysia's government; older and shorter spellings.
    "ZAF": {"capitals": ("Cape Town",)},
    "NGA": {"capitals": ("Lagos",)},
    "PAK": {"capitals": ("Karachi",)},
    "BRA": {"capitals": ("Rio de Janeiro",)},
    "MYS": {"capitals": ("Putrajaya",)},
    "UKR": {"capitals": ("Kiev",)},
    "BGD": {"capitals": ("Dacca",)},
    "CHE": {"capitals": ("Berne",)},
    "NLD": {"capitals": ("The Hague",)},
    "ISR": {"capitals": ("Tel Aviv",)},
    "BOL": {"capitals": ("La Paz",)},
    "TZA": {"names": ("Tanzania",), "capitals": ("Dar es Salaam",)},
    "CIV": {"capitals": ("Abidjan",)},
    "CZE": {"names": ("Czech Republic", "Czechia")},
    "TUR": {"names": ("Türkiye", "Turkiye")},
    "ARE": {"names": ("UAE", "U.A.E.", "Emirates"), "demonyms": ("Emirati",)},
    "LAO": {"names": ("Laos", "Lao PDR"), "demonyms": ("Lao", "Laotian")},
    "COD": {"names": ("DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa")},  # as news writes it
    "PNG": {"names": ("PNG",)},
    "MNG": {"capitals": ("Ulan Bator",)},
    "MMR": {"names": ("Burma",), "capitals": ("Yangon", "Rangoon", "Naypyitaw", "Nay Pyi Taw")},
    "DEU": {
        "names": ("West Germany", "FRG", "Federal Republic of Germany"),
        "demonyms": ("West German",),
        "capitals": ("Bonn",),
    },
    # "Sino-" and "Indo-" as the first half of a pair: "Sino-Brazilian trade", "Indo-US ties" (the other combining
    # forms are _JOINING_FORMS, below).
    "CHN": {"names": ("PRC",), "capitals": ("Peking",), "demonyms": ("Sino",)},
    "IND": {"demonyms": ("Indo",), "capitals": ("Delhi",)},
    "NZL": {"demonyms": ("New Zealander",)},
    "PHL": {"demonyms": ("Philippine",)},
    "TWN": {"names": ("Taiwan", "Chinese Taipei"), "demonyms": ("Taiwanese",)},  # its name in APEC and the Olympics
    "MKD": {"names": ("Macedonia",)},
    "CPV": {"names": ("Cape Verde",)},
    "SWZ": {"names": ("Swaziland",)},
    "PSE": {"names": ("Palestine",), "demonyms": ("Palestinian",)},
    "VAT": {"names": ("Vatican", "Holy See")},
    "IRN": {"names": ("Iran",)},
    "SYR": {"names": ("Syria",)},
    "VEN": {"names": ("Venezuela",)},
    "MDA": {"names": ("Moldova",)},
    "BRN": {"names": ("Brunei",)},
    # Demonyms the lists lack, as news writes them: "the Kazakh president", "a Saudi delegation".
    "KAZ": {"demonyms": ("Kazakh",), "capitals": ("Astana", "Almaty", "Alma-Ata")},
    "UZB": {"demonyms": ("Uzbek",)},
    "KGZ": {"demonyms": ("Kyrgyz", "Kyrgyzstani")},
    "TJK": {"demonyms": ("Tajik", "Tajikistani")},
    "AZE": {"demonyms": ("Azeri",)},
    "SAU": {"names": ("KSA",), "demonyms": ("Saudi",)},
    "BIH": {"names": ("Bosnia",), "demonyms": ("Bosnian",)},
    "ATG": {"names": ("Antigua",)},
    "NPL": {"demonyms": ("Nepali",)},
    "KHM": {"demonyms": ("Khmer",)},
    "ARG": {"demonyms": ("Argentine", "Argentinian")},
    "ECU": {"demonyms": ("Ecuadorian",)},
    "SVN": {"demonyms": ("Slovenian",)},
    "ISL": {"demonyms": ("Icelandic",)},
    "DJI": {"demonyms": ("Djiboutian",)},
    "BWA": {"demonyms": ("Botswanan",)},
    "LUX": {"demonyms": ("Luxembourgish",)},
    "MDV": {"demonyms": ("Maldivian",)},
    "TLS": {"names": ("East Timor",), "demonyms": ("Timorese",)},
}


@dataclass(frozen=True)
class Historic:
    """A state that no longer exists, under the ISO 3166-3 code it had, and the modern countries whose
    names and capitals meant it while it existed ("Moscow" in 1987 is the Soviet Union)."""

    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    until: int  # the last year it existed
    since: int = 0
    successors: tuple[str, ...] = ()  # modern codes read as this state up to ``until``


HISTORIC: dict[str, Historic] = {
    "SUN": Historic(
        "Soviet Union",
        ("Soviet Union", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"),
        ("Soviet",),
        (),
        1991,
        since=1923,  # formed on 30 December 1922: Soviet Russia's relations of 1921 were Russia's
        successors=("RUS", "UKR", "BLR", "KAZ", "UZB", "GEO", "AZE", "ARM", "MDA", "KGZ", "TJK", "TKM"),
    ),
    # (the Kingdom of Serbs, Croats and Slovenes and Czechoslovakia both from late 1918)
    "YUG": Historic(
        "Yugoslavia", ("Yugoslavia",), ("Yugoslav", "Yugoslavian"), (), 2002, since=1918, successors=("SRB",)
    ),
    "CSK": Historic(
        "Czechoslovakia", ("Czechoslovakia",), ("Czechoslovak",), (), 1992, since=1918, successors=("CZE", "SVK")
    ),
    "DDR": Historic(
        "East Germany", ("East Germany", "GDR", "German Democratic Republic"), ("East German",), ("East Berlin",), 1990
    ),
    "ZAR": Historic("Zaire", ("Zaire", "Zaïre"), ("Zairean", "Zairian"), (), 1997, since=1971, successors=("COD",)),
    "BUR": Historic("Burma", (), (), (), 1989, successors=("MMR",)),
    # Reporters and partners of official statistics that no longer exist. Not read into other codes by
    # year (no successors): a story's "Curaçao" stays Curaçao. Belgium-Luxembourg (a customs union that
    # reported as one until 1998) and the Pacific Islands trust territory have no names of their own here,
    # so no story's words are read as them; statistics files name them (app/official/codes.py).
    "ANT": Historic("Netherlands Antilles", ("Netherlands Antilles",), (), (), 2010),
    "SCG": Historic("Serbia and Montenegro", ("Serbia and Montenegro",), (), (), 2006, since=1992),
    "YAR": Historic("North Yemen", ("North Yemen", "Yemen Arab Republic"), (), (), 1990),
    "YMD": Historic("South Yemen", ("South Yemen", "Democratic Yemen"), (), (), 1990),
    "BLX": Historic("Belgium-Luxembourg", (), (), (), 1998),
    "PCI": Historic("Pacific Islands (Trust Territory)", (), (), (), 1990),
}
# Successors that were parts of a larger state until a later year than ``until`` says (the Baltic states
# left the Soviet Union in 1990-91; Slovenia and Croatia left Yugoslavia in 1991).
_PART_OF = {"HRV": ("YUG", 1991), "SVN": ("YUG", 1991), "BIH": ("YUG", 1991), "MKD": ("YUG", 1991)}


# A country's great cities that are not its capital (and Bali, the island its summits meet on), where leaders meet
# and agencies file from ("met Xi Jinping in Hangzhou", "PERTH, Oct 22 (Reuters) -", "JEDDAH, July 16 (SPA) -"): read
# as the country only as a meeting's place or a dateline's, never as a mention of the country in prose
# ("Sydney-based", "the Shanghai Cooperation Organisation"). Names that are also people's, other countries' places
# or words are left out (Darwin, Adelaide, Hyderabad, Córdoba, Nice); so are the cities of multilateral bodies (New
# York, Geneva, Brussels, Davos).
_GREAT_CITIES: dict[str, tuple[str, ...]] = {
    "CHN": ("Shanghai", "Hangzhou", "Guangzhou", "Shenzhen", "Chengdu", "Chongqing", "Tianjin", "Xi'an", "Xian",
            "Xiamen", "Qingdao", "Dalian", "Wuhan", "Nanning", "Kunming", "Sanya", "Suzhou", "Nanjing", "Boao"),
    "JPN": ("Osaka", "Kyoto", "Hiroshima", "Nagoya", "Yokohama", "Kobe", "Fukuoka", "Sapporo"),
    "IND": ("Mumbai", "Bombay", "Ahmedabad", "Gandhinagar", "Bengaluru", "Bangalore", "Chennai", "Kolkata", "Calcutta",
            "Varanasi", "Jaipur", "Agra"),
    "RUS": ("St Petersburg", "St. Petersburg", "Saint Petersburg", "Sochi", "Vladivostok", "Kazan"),
    "USA": ("Los Angeles", "San Francisco", "Chicago", "Honolulu", "Houston"),
    "AUS": ("Sydney", "Melbourne", "Perth", "Brisbane"),
    "SAU": ("Jeddah", "Jiddah", "Dammam", "AlUla", "NEOM"),
    "TUR": ("Istanbul", "Antalya", "Izmir"),
    "BRA": ("Sao Paulo", "São Paulo", "Belo Horizonte", "Manaus"),
    "DEU": ("Munich", "Hamburg", "Frankfurt", "Cologne"),
    "ITA": ("Milan", "Naples", "Florence", "Venice"),
    "ESP": ("Barcelona", "Seville"),
    "FRA": ("Marseille", "Lyon"),
    "GBR": ("Manchester", "Edinburgh", "Glasgow"),
    "CAN": ("Toronto", "Montreal", "Vancouver"),
    "KOR": ("Busan", "Incheon"),
    "PAK": ("Lahore",),
    "MAR": ("Casablanca", "Marrakech", "Marrakesh", "Tangier"),
    "EGY": ("Alexandria", "Sharm el-Sheikh", "Sharm El-Sheikh"),
    "ARE": ("Dubai",),
    "UZB": ("Samarkand", "Bukhara"),
    "VNM": ("Da Nang", "Danang", "Hai Phong", "Haiphong"),
    "IDN": ("Bali", "Surabaya"),
    "THA": ("Phuket", "Chiang Mai"),
    "PHL": ("Cebu", "Davao"),
    "MEX": ("Guadalajara", "Monterrey", "Cancun"),
    "PER": ("Cusco", "Arequipa"),
    "KEN": ("Mombasa",),
    "ZAF": ("Johannesburg", "Durban"),
}  # fmt: skip
_CITY_COUNTRY = {alias_key(city): code for code, cities in _GREAT_CITIES.items() for city in cities}


def great_city(name: str) -> str | None:
    """The country of ``name`` if it is one of ``_GREAT_CITIES`` (the whole name: "Shanghai", not "Shanghai
    Cooperation")."""
    return _CITY_COUNTRY.get(alias_key(name))


def in_its_time(code: str, year: int | None) -> str:
    """The code a country had in ``year``: Russia in 1987 is the Soviet Union (``SUN``)."""
    if year is None:
        return code
    part = _PART_OF.get(code)
    if part and year <= part[1]:
        return part[0]
    for historic_code, historic in HISTORIC.items():
        if code in historic.successors and historic.since <= year <= historic.until:
            return historic_code
    return code


# Names a country had under its present code, from and to the year (inclusive) English news used them; each is
# also one of its names, read in any year.
FORMER_NAMES: dict[str, tuple[tuple[int, int, str], ...]] = {
    "TUR": ((0, 2021, "Turkey"),),  # Türkiye at the UN from June 2022
    "CZE": ((1993, 2015, "Czech Republic"),),  # Czechia from 2016
    "MKD": ((1991, 2018, "Macedonia"),),  # North Macedonia from February 2019
    "SWZ": ((0, 2017, "Swaziland"),),  # Eswatini from April 2018
    "CPV": ((0, 2012, "Cape Verde"),),  # Cabo Verde from October 2013
    "DEU": ((1949, 1990, "West Germany"),),  # the Federal Republic before unification
    "LKA": ((0, 1971, "Ceylon"),),
    "BFA": ((0, 1983, "Upper Volta"),),
    "BEN": ((0, 1974, "Dahomey"),),
    "THA": ((0, 1938, "Siam"), (1945, 1948, "Siam")),  # "the Treaty of Amity and Commerce between Siam and …"
    "IRN": ((0, 1934, "Persia"),),
    "MYS": ((1957, 1962, "Malaya"),),  # the Federation of Malaya, before Malaysia
}
# Short names pycountry gives two countries: "Congo" is the Republic, "DR Congo" the Democratic Republic.
_SHORT_NAMES = {"COD": "DR Congo"}

# When two countries claim the same form, the one listed here keeps it.
_PREFERRED = ("USA", "GBR", "COD", "CHN", "KOR", "IND", "FRA", "NLD", "DOM", "IRL", "SDN", "GIN", "COG")


@dataclass(frozen=True)
class Alias:
    code: str
    kind: MentionKind


@dataclass(frozen=True)
class CountryIndex:
    countries: dict[str, Country]
    aliases: dict[str, Alias]  # alias_key -> country

    def get(self, code: str) -> Country:
        return self.countries[code]

    def name(self, code: str, year: int | None = None) -> str:
        """The short English name; with ``year``, the name the country had then where it has changed
        since ("Turkey" in 1987, "Türkiye" now)."""
        if year is not None:
            for since, until, former in FORMER_NAMES.get(code, ()):
                if since <= year <= until:
                    return former
        country = self.countries.get(code)
        return country.name if country else code

    @functools.cached_property
    def by_alpha2(self) -> dict[str, Country]:
        """Countries by ISO alpha-2 code, the first of any two that share one (built once: a loop over every
        country for each name looked up was most of a million-row file's time)."""
        found: dict[str, Country] = {}
        for country in self.countries.values():
            found.setdefault(country.alpha2, country)
        return found

    def lookup(self, text: str) -> Country | None:
        """Find a country by ISO code (alpha-2 or alpha-3), name, alias, demonym or capital."""
        text = text.strip().strip('"').strip("'")
        if not text:
            return None
        upper = text.upper()
        if upper in self.countries:
            return self.countries[upper]
        if len(upper) == 2 and upper in self.by_alpha2:
            return self.by_alpha2[upper]
        alias = self.aliases.get(alias_key(text))
        return self.countries[alias.code] if alias else None

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        """The country names closest to a misspelt one, for error messages."""
        import difflib  # only for a misspelt name: kept off the window's first paint

        key = alias_key(text)
        names = {alias_key(c.name): c.name for c in self.countries.values()}
        for form, alias in self.aliases.items():
            names.setdefault(form, self.countries[alias.code].name)
        close = difflib.get_close_matches(key, list(names), n=limit * 3, cutoff=0.6)
        seen: list[str] = []
        for form in close:
            if names[form] not in seen:
                seen.append(names[form])
        return seen[:limit]


def _short_name(country: object) -> str:
    common = getattr(country, "common_name", None)
    name = str(getattr(country, "name"))  # noqa: B009 - pycountry records are dynamic
    if common:
        return str(common)
    return name.split(",")[0] if "," in name else name


_KNOWN_NAMES: dict[str, str] = {}  # short names given by remember_names(), before the index is built


def remember_names(names: dict[str, str]) -> None:
    """Short names of some countries, as the index gives them (a view snapshot carries the ones it shows), so
    that the first paint names them without building the index (pycountry and 250 countries' aliases)."""
    _KNOWN_NAMES.update(names)


def country_name(code: str) -> str:
    """``country_index().name(code)``; a name remembered is given without building the index."""
    if code in _KNOWN_NAMES and not country_index.cache_info().currsize:
        return _KNOWN_NAMES[code]
    return country_index().name(code)


@cache
def country_index() -> CountryIndex:
    """Build the index once per process (about 20 ms)."""
    import pycountry

    extras = json.loads(resources.files("app.domain").joinpath("data/country_extras.json").read_text("utf-8"))
    countries: dict[str, Country] = {}
    for record in pycountry.countries:
        code = str(record.alpha_3)
        extra = extras.get(code, {})
        news = _NEWS_FORMS.get(code, {})
        short = _SHORT_NAMES.get(code) or _short_name(record)
        official = str(getattr(record, "official_name", "") or record.name)
        then = (name for _since, _until, name in FORMER_NAMES.get(code, ()))  # "Upper Volta" is Burkina Faso's
        names = {short, str(record.name), official, *extra.get("names", ()), *news.get("names", ()), *then}
        countries[code] = Country(
            code=code,
            alpha2=str(record.alpha_2),
            name=short,
            official_name=official,
            names=tuple(sorted(n for n in names if n)),
            demonyms=tuple(
                sorted({*extra.get("demonyms", ()), *news.get("demonyms", ()), *_JOINING_FORMS.get(code, ())})
            ),
            capitals=tuple(sorted({*extra.get("capitals", ()), *news.get("capitals", ())})),
        )
    for code, historic in HISTORIC.items():
        former = pycountry.historic_countries.get(alpha_3=code)
        countries[code] = Country(
            code=code,
            alpha2=str(former.alpha_2) if former else code[:2],
            name=historic.name,
            official_name=str(former.name) if former else historic.name,
            names=historic.names,
            demonyms=historic.demonyms,
            capitals=historic.capitals,
        )
    return CountryIndex(countries=countries, aliases=_build_aliases(countries))


# The other combining forms of a country's name in news ("Franco-German", "Russo-Japanese", "Anglo-Irish",
# "Indo-Pak"): demonyms, read as a country only when joined by a hyphen to the other of a pair (not General
# Franco, Italo Calvino or Pak Pong-ju; ``app.extract.mentions``).
_JOINING_FORMS: dict[str, tuple[str, ...]] = {
    "FRA": ("Franco",), "RUS": ("Russo",), "GBR": ("Anglo",), "ITA": ("Italo",), "ESP": ("Hispano",),
    "PRT": ("Luso",), "GRC": ("Greco",), "AUT": ("Austro",), "TUR": ("Turco",), "PAK": ("Pak",),
}  # fmt: skip
JOINING_FORMS = frozenset(alias_key(form) for forms in _JOINING_FORMS.values() for form in forms)  # as alias keys


def _build_aliases(countries: dict[str, Country]) -> dict[str, Alias]:
    aliases: dict[str, Alias] = {}
    rank = {code: i for i, code in enumerate(_PREFERRED)}

    def add(form: str, code: str, kind: MentionKind) -> None:
        key = alias_key(form)
        if len(key) < 2:
            return
        held = aliases.get(key)
        if held is not None:
            # Names beat demonyms beat capitals; then the preferred list decides.
            order = [MentionKind.NAME, MentionKind.DEMONYM, MentionKind.CAPITAL]
            if order.index(held.kind) < order.index(kind):
                return
            if order.index(held.kind) == order.index(kind) and rank.get(held.code, 99) <= rank.get(code, 99):
                return
        aliases[key] = Alias(code, kind)

    for code, country in countries.items():
        for capital in country.capitals:
            add(capital, code, MentionKind.CAPITAL)
        for demonym in country.demonyms:
            add(demonym, code, MentionKind.DEMONYM)
            add(demonym + "s", code, MentionKind.DEMONYM)
        for name in country.names:
            if "," in name:  # "Korea, Republic of" is a sorting form, never written in prose
                continue
            add(name, code, MentionKind.NAME)
            if name.lower().startswith("the "):
                add(name[4:], code, MentionKind.NAME)
            if name.startswith("Saint "):  # "St Lucia", "St. Kitts and Nevis", as news abbreviates them
                add("St " + name[6:], code, MentionKind.NAME)
    return aliases
