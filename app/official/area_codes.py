"""Numeric codes of countries and areas in official files, to ISO 3166 alpha-3 (or the codes of history).

UN M49 (Comtrade's numeric codes): the ISO 3166-1 numeric code of every current country (pycountry), the
ISO 3166-3 codes of former ones, and the few M49 areas that are neither. The IMF's own country codes (its
IFS codes, in DOTS files): a table of the IMF's list, used only where a file's name for the country is not
understood (names decide when both are given)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

AGGREGATE = "aggregate"

# M49 codes that are not a current country's ISO numeric code.
M49_FORMER = {
    "58": "BLX",  # Belgium-Luxembourg (reported as one until 1998)
    "200": "CSK",  # Czechoslovakia
    "278": "DDR",  # German Democratic Republic
    "280": "DEU",  # Fed. Rep. of Germany before 1991: its series Germany continues
    "490": "TWN",  # "Other Asia, nes" is Taiwan in Comtrade
    "530": "ANT",  # Netherlands Antilles
    "582": "PCI",  # Pacific Islands (Trust Territory)
    "720": "YMD",  # Democratic Yemen
    "736": "SDN",  # Sudan before South Sudan (2011)
    "810": "SUN",  # USSR
    "886": "YAR",  # Yemen Arab Republic
    "890": "YUG",  # Socialist Federal Republic of Yugoslavia
    "891": "SCG",  # Serbia and Montenegro (Yugoslavia 1992-2002)
}
# M49 codes of groups and of "not elsewhere specified" areas.
M49_AGGREGATES = {
    "0", "97", "129", "221", "290", "471", "472", "473", "527", "568", "577", "636", "637", "697",
    "711", "837", "838", "839", "849", "879", "899",
}  # fmt: skip

# The IMF's country codes (IFS), as DOTS files give them beside the names.
IMF_CODES = {
    "111": "USA", "112": "GBR", "122": "AUT", "124": "BEL", "126": "BLX", "128": "DNK", "132": "FRA",
    "134": "DEU", "136": "ITA", "137": "LUX", "138": "NLD", "142": "NOR", "144": "SWE", "146": "CHE",
    "156": "CAN", "158": "JPN", "172": "FIN", "174": "GRC", "176": "ISL", "178": "IRL", "181": "MLT",
    "182": "PRT", "184": "ESP", "186": "TUR", "193": "AUS", "196": "NZL", "199": "ZAF",
    "213": "ARG", "218": "BOL", "223": "BRA", "228": "CHL", "233": "COL", "238": "CRI", "243": "DOM",
    "248": "ECU", "253": "SLV", "258": "GTM", "263": "HTI", "268": "HND", "273": "MEX", "278": "NIC",
    "283": "PAN", "288": "PRY", "293": "PER", "298": "URY", "299": "VEN",
    "311": "ATG", "313": "BHS", "314": "ABW", "316": "BRB", "321": "DMA", "328": "GRD", "336": "GUY",
    "339": "BLZ", "343": "JAM", "353": "ANT", "361": "KNA", "362": "LCA", "364": "VCT", "366": "SUR",
    "369": "TTO",
    "419": "BHR", "423": "CYP", "429": "IRN", "433": "IRQ", "436": "ISR", "439": "JOR", "443": "KWT",
    "446": "LBN", "449": "OMN", "453": "QAT", "456": "SAU", "463": "SYR", "466": "ARE", "469": "EGY",
    "474": "YEM", "487": "PSE",
    "512": "AFG", "513": "BGD", "514": "BTN", "516": "BRN", "518": "MMR", "522": "KHM", "524": "LKA",
    "528": "TWN", "532": "HKG", "534": "IND", "536": "IDN", "537": "TLS", "542": "KOR", "544": "LAO",
    "546": "MAC", "548": "MYS", "556": "MDV", "558": "NPL", "564": "PAK", "565": "PLW", "566": "PHL",
    "576": "SGP", "578": "THA", "582": "VNM",
    "612": "DZA", "614": "AGO", "616": "BWA", "618": "BDI", "622": "CMR", "624": "CPV", "626": "CAF",
    "628": "TCD", "632": "COM", "634": "COG", "636": "COD", "638": "BEN", "642": "GNQ", "643": "ERI",
    "644": "ETH", "646": "GAB", "648": "GMB", "652": "GHA", "654": "GNB", "656": "GIN", "662": "CIV",
    "664": "KEN", "666": "LSO", "668": "LBR", "672": "LBY", "674": "MDG", "676": "MWI", "678": "MLI",
    "682": "MRT", "684": "MUS", "686": "MAR", "688": "MOZ", "692": "NER", "694": "NGA", "698": "ZWE",
    "714": "RWA", "716": "STP", "718": "SYC", "722": "SEN", "724": "SLE", "726": "SOM", "728": "NAM",
    "732": "SDN", "733": "SSD", "734": "SWZ", "738": "TZA", "742": "TGO", "744": "TUN", "746": "UGA",
    "748": "BFA", "754": "ZMB",
    "813": "SLB", "819": "FJI", "826": "KIR", "846": "VUT", "853": "PNG", "862": "WSM", "866": "TON",
    "867": "MHL", "868": "FSM", "869": "TUV",
    "911": "ARM", "912": "AZE", "913": "BLR", "914": "ALB", "915": "GEO", "916": "KAZ", "917": "KGZ",
    "918": "BGR", "921": "MDA", "922": "RUS", "923": "TJK", "924": "CHN", "925": "TKM", "926": "UKR",
    "927": "UZB", "935": "CZE", "936": "SVK", "939": "EST", "941": "LVA", "942": "SRB", "943": "MNE",
    "944": "HUN", "946": "LTU", "948": "MNG", "960": "HRV", "961": "SVN", "962": "MKD", "963": "BIH",
    "964": "POL", "968": "ROU",
}  # fmt: skip
# The IMF's codes of groups: the World, advanced and developing economies, regions, the euro area, the EU.
IMF_AGGREGATES = {"1", "110", "163", "200", "205", "405", "505", "605", "903", "998"}


@cache
def _iso_numeric() -> dict[str, str]:
    import pycountry

    return {str(int(c.numeric)): str(c.alpha_3) for c in pycountry.countries}


def _numeric(code: str, aggregates: set[str], lookup: Callable[[str], str | None]) -> str | None:
    code = code.strip().lstrip("0") or "0"
    if not code.isdigit():
        return None
    return AGGREGATE if code in aggregates else lookup(code)


def m49(code: str) -> str | None:
    """The code of an M49 numeric code, AGGREGATE for a group, None when it is not one."""
    return _numeric(code, M49_AGGREGATES, lambda c: M49_FORMER.get(c) or _iso_numeric().get(c))


def imf(code: str) -> str | None:
    """The code of an IMF numeric country code, AGGREGATE for a group, None when it is not one."""
    return _numeric(code, IMF_AGGREGATES, IMF_CODES.get)
