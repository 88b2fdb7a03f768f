"""Money and percentages as news texts write them.

``US$15 billion``, ``USD 187 million``, ``$600 million``, ``US$10,700``, ``10.2 billion USD``,
``227 million`` continuing a list of dollar figures, with hedges (``over``, ``nearly``, ``exceeding``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from app.domain.currencies import currency_of
from app.domain.money import SCALES
from app.extract.date_patterns import NUMBER_WORDS
from app.extract.prefilter import DIGITS, caseless, holds_any, may_hold, rx

# Shillings written before a figure, as read (upper case): "KSh" Kenya's, "TSh" Tanzania's, "USh" Uganda's; "Sh"
# and "Shs" are the story's country's (``SHARED_WORDS``), else Kenya's.
_SHILLINGS = {
    f"{state}SH{plural}": code
    for state, code in (("K", "KES"), ("T", "TZS"), ("U", "UGX"), ("", "KES"))
    for plural in ("", "S")
}
_PREFIX_CURRENCY = {
    "US$": "USD",
    "U.S.$": "USD",
    "$": "USD",
    "USD": "USD",
    "US DOLLARS": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "S$": "SGD",
    "R$": "BRL",
    "NZ$": "NZD",
    "HK$": "HKD",
    "C$": "CAD",
    "CA$": "CAD",
    "MX$": "MXN",
    "NT$": "TWD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "¥": "JPY",
    "JPY": "JPY",
    "VND": "VND",
    "RMB": "CNY",
    "CNY": "CNY",
    "INR": "INR",
    "RS": "INR",
    "RS.": "INR",
    "₹": "INR",
    "U.S.D": "USD",
    "U.S.D.": "USD",
    "RP": "IDR",
    "RP.": "IDR",
    "RM": "MYR",
    "BT": "THB",
    "TK": "BDT",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "DM": "DEM",
    "SFR": "CHF",
    "STG": "GBP",
    # Gulf press: "SR 292 billion", "QR 10 billion", "Dh 45 billion", "KD 2 billion", "BD 1 billion"
    "SR": "SAR",
    "QR": "QAR",
    "DH": "AED",
    "DHS": "AED",
    "KD": "KWD",
    "BD": "BHD",
    "RO": "OMR",  # "RO 1.1 billion" (Oman's rial), "JD 1.2 billion" (Jordan's dinar), "LE 18 billion" (Egypt's pound)
    "JD": "JOD",
    "LE": "EGP",
    "R": "ZAR",  # "R67 billion" (South Africa); "R$" is Brazil's
    "NRS": "NPR",  # "NRs 1,100 billion" (Nepal)
    "NRS.": "NPR",
    "NU": "BTN",  # "Nu 128 billion" (Bhutan's ngultrum), only before a scale word or a figure in thousands
    "NU.": "BTN",
    "P": "PHP",  # "P35.7 billion" (the Philippines), only before a scale word
    "PHP": "PHP",
    "₱": "PHP",
    # East Africa's shillings: "Sh122.6 billion", "KSh 140 billion", "Kshs. 5 million"
    **{f"{cut}{dot}": code for cut, code in _SHILLINGS.items() for dot in ("", ".")},
    # Dollars of the Pacific and elsewhere, by the letters before "$"
    "F$": "FJD",
    "FJ$": "FJD",
    "T$": "TOP",
    "SI$": "SBD",
    "WS$": "WST",
    "B$": "BND",  # Brunei's, as Asia's press writes it (the Bahamas' too)
    "N$": "NAD",
    "J$": "JMD",
    "TT$": "TTD",
    "EC$": "XCD",
    "BZ$": "BZD",
    "RD$": "DOP",
    "CDN$": "CAD",
    # and by the letters after it: "$F120 million" (Fiji), "$A70 billion", "$NZ40 billion", "$US150 billion"
    "$US": "USD",
    "$A": "AUD",
    "$NZ": "NZD",
    "$HK": "HKD",
    "$C": "CAD",
    "$S": "SGD",
    "$F": "FJD",
    "$FJ": "FJD",
    "$T": "TOP",
    "K": None,  # the kina, kyat or kwacha of the story's country (``SHARED_WORDS``), of none a figure of no currency
    "N": None,  # Nigeria's naira ("N52.3 billion"), in a story of Nigeria only
    "₦": "NGN",
    "GH¢": "GHS",  # Ghana's cedi: "GH¢14 billion", "GH₵ 14 billion"
    "GH₵": "GHS",
    "₵": "GHS",
    "E£": "EGP",  # Egypt's pound: "E£30 billion"
    "RWF": "RWF",  # Rwanda's franc as Kigali's press writes it: "Rwf3 billion", "Frw 45 billion"
    "FRW": "RWF",
}
# ISO 4217 codes written before or after a figure ("EUR 1.4 billion", "2.5 billion AUD").
_ISO_CODES = (
    "USD|EUR|GBP|JPY|CNY|RMB|INR|VND|AUD|CAD|NZD|SGD|HKD|TWD|KRW|THB|MYR|IDR|PHP|BDT|PKR|LKR|NPR|MXN|BRL|ARS|"
    "CLP|COP|PEN|UYU|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|BGN|TRY|RUB|UAH|KZT|ZAR|NGN|KES|EGP|MAD|SAR|AED|QAR|KWD|"
    "OMR|BHD|ILS|IRR|DEM|FRF|NLG|ITL|ESP|BTN|TZS|UGX|MNT|MVR|FJD|PGK|SBD|WST|VUV|KHR|LAK|MMK|BND|UZS|KGS|AFN|ZMW|MWK|"
    "GHS|ETB|RWF|BIF|XOF|XAF|MZN|AOA|CDF|ZWL|DZD|TND|LYD|SDG|MUR|BWP|NAD|MGA|GMD|GNF"
)
_SUFFIX_CURRENCY = {
    "usd": "USD",
    "us$": "USD",
    "dlrs": "USD",
    "dlr": "USD",
    "u.s. dlrs": "USD",
    "us dlrs": "USD",
    "dollar": "USD",
    "stg": "GBP",
    "sterling": "GBP",
    "pounds sterling": "GBP",
    "guilders": "NLG",
    "guilder": "NLG",
    "marks": "DEM",
    "deutsche marks": "DEM",
    "deutschmarks": "DEM",
    "d-marks": "DEM",
    "french francs": "FRF",
    "francs": "FRF",  # whose: the story's country's (``SHARED_WORDS``)
    "swiss francs": "CHF",
    "lire": "ITL",
    "pesetas": "ESP",
    "roubles": "RUB",
    "rubles": "RUB",
    "renminbi": "CNY",
    "won": "KRW",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "riyals": "SAR",
    "dirhams": "AED",
    "rand": "ZAR",
    "naira": "NGN",
    "shillings": "KES",
    "taka": "BDT",
    "kronor": "SEK",
    "kroner": "NOK",
    "zlotys": "PLN",
    "forints": "HUF",
    "lira": "TRY",
    "liras": "TRY",
    "reais": "BRL",
    "reals": "BRL",
    "soles": "PEN",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "singapore dollars": "SGD",
    "new zealand dollars": "NZD",
    "tenge": "KZT",
    "kip": "LAK",
    "kyat": "MMK",
    "kyats": "MMK",
    "riel": "KHR",
    "riels": "KHR",
    "tala": "WST",
    "kina": "PGK",
    "rufiyaa": "MVR",
    "tugrik": "MNT",
    "tugriks": "MNT",
    "togrog": "MNT",
    "vatu": "VUV",
    "cedis": "GHS",
    "birr": "ETB",
    "rwandan francs": "RWF",
    "burundian francs": "BIF",
    "congolese francs": "CDF",
    "kwanzas": "AOA",
    "kwanza": "AOA",
    "meticais": "MZN",
    "fiji dollars": "FJD",
    "fijian dollars": "FJD",
    "hong kong dollars": "HKD",
    "taiwan dollars": "TWD",
    "hk dollars": "HKD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dollars": "USD",
    "us dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "yen": "JPY",
    "vnd": "VND",
    "dong": "VND",
    "yuan": "CNY",
    "rupees": "INR",
    "pounds": "GBP",
    "pesos": "MXN",
    # A currency named with its country is that country's, whatever the bare word defaults to.
    "egyptian pounds": "EGP",
    "lebanese pounds": "LBP",
    "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR",
    "nepali rupees": "NPR",
    "ngultrum": "BTN",
    "ngultrums": "BTN",
    "indian rupees": "INR",
    "philippine pesos": "PHP",
    "argentine pesos": "ARS",
    "chilean pesos": "CLP",
    "colombian pesos": "COP",
    "mexican pesos": "MXN",
    "saudi riyals": "SAR",
    "qatari riyals": "QAR",
    "omani rials": "OMR",
    "riyal": "SAR",
    "dirham": "AED",
    "emirati dirhams": "AED",
    "uae dirhams": "AED",
    "moroccan dirhams": "MAD",
    "kuwaiti dinars": "KWD",
    "bahraini dinars": "BHD",
    "jordanian dinars": "JOD",
    "turkish lira": "TRY",
    "thai baht": "THB",
    "japanese yen": "JPY",
    "korean won": "KRW",
    "south korean won": "KRW",
    "malaysian ringgit": "MYR",
    "indonesian rupiah": "IDR",
    "vietnamese dong": "VND",
    "kazakh tenge": "KZT",
    "swedish kronor": "SEK",
    "swedish crowns": "SEK",
    "norwegian kroner": "NOK",
    "norwegian crowns": "NOK",
    "danish kroner": "DKK",
    "danish crowns": "DKK",
    "russian roubles": "RUB",
    "russian rubles": "RUB",
    "south african rand": "ZAR",
    "nigerian naira": "NGN",
    "kenyan shillings": "KES",
    "tanzanian shillings": "TZS",
    "ugandan shillings": "UGX",
    "brazilian reais": "BRL",
    "peruvian soles": "PEN",
    "polish zlotys": "PLN",
    "hungarian forints": "HUF",
    "austrian schillings": "ATS",
    "dutch guilders": "NLG",
    "italian lire": "ITL",
    "spanish pesetas": "ESP",
    # Newswire of the 1980s: "28.5 billion markkaa", "3.2 billion Australian dlrs".
    "markkaa": "FIM",
    "markka": "FIM",
    "finnmarks": "FIM",
    "schillings": "ATS",
    "drachmas": "GRD",
    "drachmae": "GRD",
    "escudos": "PTE",
    "belgian francs": "BEF",
    "australian dlrs": "AUD",
    "aust dlrs": "AUD",
    "n.z. dlrs": "NZD",
    "n.z. dollars": "NZD",
    "nz dlrs": "NZD",
    "nz dollars": "NZD",
    "h.k. dlrs": "HKD",
    "h.k. dollars": "HKD",
    "hongkong dlrs": "HKD",
    "hongkong dollars": "HKD",
    "canadian dlrs": "CAD",
    "hong kong dlrs": "HKD",
    "singapore dlrs": "SGD",
    "new zealand dlrs": "NZD",
    "taiwan dlrs": "TWD",
    "chinese yuan": "CNY",
    "yuan renminbi": "CNY",
}
HEDGES = (
    "more than",
    "less than",
    "in excess of",
    "upwards of",
    "close to",
    "up to",
    "at least",
    "just over",
    "just under",
    "well over",
    "an estimated",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "around",
    "about",
    "over",
    "under",
    "exceeding",
    "above",
    "below",
    "some",
    "approx.",
    "at nearly",
    "over the",
)
# "1,234.5", "3,4 bn" (a decimal comma, as much of Europe writes it, only before a scale word), "6.275"
# "1. 92 billion": a space after the decimal point, as some pages publish it (only before a scale word)
_SPACED_POINT = r"\d{1,3}\.\s\d{1,3}(?=\s*(?:trillion|billion|million|bln|mln|bn|mn|tn)\b)"
# "1.328,5" and "1.328.500", as Spanish and Portuguese outlets write them: a full stop between thousands, where a
# decimal comma follows or a second full stop does (never a decimal point then)
_DOTTED_THOUSANDS = r"\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d,])|\d{1,3}(?:\.\d{3}){2,}(?![\d.,])|"
# Digits grouped in lakhs, as South Asia writes them: "1,06,000", "12,34,567", "1,23,45,678".
_LAKH_GROUPS = r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?|"
_NUM = (
    r"(?P<num>" + _LAKH_GROUPS + _DOTTED_THOUSANDS + r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|"
    r"\d+,\d{1,2}(?=\s*(?:trillion|billion|million|bln|mln|bn|mn|tn)\b)|" + _SPACED_POINT + r"|\d+(?:\.\d+)?)"
)
# "two billion dlrs", as newswire writes round figures
_WORD_NUMBERS = NUMBER_WORDS
# "$1.5 billion", "$1.5billion", and "$1.5-billion" as Canadian papers write it
_SCALE = (
    r"(?:(?:\s*|-)(?P<scale>trillion|billion|million|thousand|lakh\s+crore|crores?|lakhs?|bln|mln|bn|mn|tn|bil|mil)\b"
    r"|(?P<short>[bmk]n?)\b)"
)
_PREFIX = (
    r"(?P<cur>(?:US|U\.S\.|A|AU|S|R|NZ|HK|C|CA|CDN|MX|NT|FJ|F|T|SI|WS|B|N|J|TT|EC|BZ|RD)\s?\$|"
    r"(?<![A-Za-z])\$(?:US|NZ|HK|FJ|A|C|F|S|T)(?=\s?\d)|(?<![A-Za-z])\$|"
    r"U\.S\.D\.?|US\s+dollars|"
    r"(?:" + _ISO_CODES + r")(?=\s?\d)|NRs\.?|Rs\.?|Rp\.?|RM|Tk|DM|SFr|stg|(?:SR|QR|Dhs?|KD|BD)(?=\s?\d)|R(?=\d)|"
    r"(?<![A-Za-z])(?:RO|JD|LE)(?=\s?\d)|"
    # Thai baht as Bangkok's papers write it: "Bt150 billion" (not "Bt cotton")
    r"Bt(?=\d)|"
    # East Africa's shillings: "Sh122.6 billion", "KSh 140 billion", "Shs4.1 trillion", "TSh. 1.5 trillion"
    r"(?<![A-Za-z])(?:[KTU]?Sh|Ksh|Tsh|Ush)s?\.?(?=\s?\d)|"
    # Philippine pesos as Manila writes them: "P35.7 billion", "Php 2 billion", "₱500 million"
    r"Php(?=\s?\d)|P(?=\d[\d.,]*\s*(?:trillion|billion|million|bn|mn)\b)|₱|"
    # the kina, kyat or kwacha: "K4.1 billion" (only before a scale word)
    r"(?<![A-Za-z])K(?=\d[\d.,]*\s*(?:trillion|billion|million|bn|mn)\b)|"
    # the naira as Nigeria's press writes it: "N52.3 billion", "N480bn" (only before a scale word)
    r"(?<![A-Za-z])N(?=\d[\d.,]*\s*(?:trillion|billion|million|bn|mn)\b)|₦|"
    # Ghana's cedi and Egypt's pound by their signs
    r"GH[¢₵]|₵|E£|"
    # Rwanda's franc: "Rwf3 billion", "Frw 45 billion" (its ISO code, "RWF 3 billion", is one of _ISO_CODES)
    r"(?<![A-Za-z])(?:Rwf|Frw)(?=\s?\d)|"
    # Bhutan's ngultrum: "Nu 128 billion", "Nu. 4.5m", "Nu 500,000"; not the "Nu" of a name before a year
    r"Nu\.?(?=\s?(?:\d{1,3}(?:,\d{3})+|\d[\d.,]*\s*(?:trillion|billion|million|bn|mn|[bm])\b))|"
    r"€|£|¥|₹|₩|₽|₺)"
)
_SUFFIX_WORDS = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_SUFFIX_CURRENCY, key=len, reverse=True) if w != "usd"
)


def _suffix(group: str, hyphen: bool = True) -> str:
    """The currency named after a figure, as the group ``group``; after a space, or (``hyphen``) a hyphen too: a
    figure hyphenated into one word before its noun, "15-billion-dollar trade", "the 2-billion-USD mark"."""
    return (
        rf"(?P<{group}>" + (r"(?:\s*|-)" if hyphen else r"\s*") + r"(?:(?:US[\s-]+dollars?|U\.S\.\s+dollars|"
        r"(?:" + _ISO_CODES + r")\b|(?:" + _SUFFIX_WORDS + r"|euros?|yen|dong|yuan|rupees|pounds|pesos))\b"
        # "1.2 billion US$", as Latin American outlets write it (not "40 million US$1 coins")
        r"|US\$(?![\s\u00a0]?\d)))"
    )


_SUFFIX = _suffix("cur2")

_PREFIXED = rx(_PREFIX + r"\s?" + _NUM + _SCALE + r"?" + _SUFFIX + r"?")
_BARE = rx(
    r"(?<![\w$.,])(?:"
    + _NUM
    + r"|(?P<word>"
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
    + r"))(?:\s*|-)(?P<scale>trillion|billion|million|lakh\s+crore|crores?|bln|mln|bn|mn|tn)\b"
    + _SUFFIX
    + r"?",
    re.I,
)
# "a billion dollars", "half a billion U.S. dollars": a round figure in words, money only with its currency named.
_A_FIGURE = rx(
    # not "a billion-dollar deal", a deal's size said as an idiom ("15-billion-dollar trade" is a figure)
    r"(?<![\w$.,])(?P<word>half a|a) (?P<scale>trillion|billion|million)\b" + _suffix("cur4", hyphen=False),
    re.I,
)
_A_FIGURE_WORDS = ("a trillion", "a billion", "a million")  # every _A_FIGURE holds one (lower case)
# A figure written out in full, its currency named after it: "110,000,000,000 guilders", "145 000 000 000
# kroner" (thousands separated by spaces, as Scandinavia and France write them). Without the currency's
# name a full figure is not money ("1,250,000 tonnes").
_IN_FULL = rx(
    r"(?<![\w$.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?!\d)" + _suffix("cur3"),
    re.I,
)
_HEDGE = rx(
    r"(?:^|\W)(" + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True)) + r")\s+(?:of\s+)?$",
    re.I,
)
# "12%", "12 per cent", "12 pct", and "12pc" (British and South Asian papers), "a 25-per-cent rise" (Canadian)
# "12.4%", "1,250%" (a thousands comma), "12,4%" (a decimal comma, as Spanish, Portuguese and French outlets write it:
# one or two digits after it), "12pc", "25-per-cent"; not "1.2 pc points".
_PERCENT = rx(
    r"(?<![\w.,])(?P<num>[+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+|,\d{1,2}(?!\d))?))(?:\s*|-)"
    r"(?:%|(?:per[\s-]?cent|percent|pct|(?-i:pc))\b)(?!\s*points?)",
    re.I,
)


def _percent_value(num: str) -> float:
    """ "12,4" is 12.4 (a decimal comma: one or two digits after it); "1,250" is 1250."""
    whole, comma, decimals = num.rpartition(",")
    if comma and len(decimals) <= 2:
        return float(f"{whole}.{decimals}")
    return float(num.replace(",", ""))


@dataclass(frozen=True)
class Amount:
    start: int  # includes the hedge, when there is one
    end: int
    value: float
    currency: str | None  # None for a bare figure ("227 million") continuing a list
    qualifier: str | None
    num_start: int
    stated_usd: float | None = None  # the article's own dollar figure: "SEK 120 billion (about $12.9 billion)"
    # Read from a word several states' currencies share ("Rs", "rupees", "francs"): the key of
    # ``currencies.CURRENCY_WORDS``. ``in_the_storys_currencies`` sets the currency of the story's country that
    # has one of that name, or leaves the word's default and this None.
    shared: str | None = None

    @property
    def value_usd(self) -> float | None:
        return self.value if self.currency == "USD" else self.stated_usd


@dataclass(frozen=True)
class Percent:
    start: int
    end: int
    value: float


_MILLIONS = re.compile(r"million|mln|mn", re.I)
_THOUSANDS_DOT = re.compile(r"\d{1,3}\.\d00")


def _value(num: str, scale: str | None) -> float:
    """ "16.4 billion" is 16400000000 exactly, not 16399999999.999998 (the scale is applied in decimal)."""
    if re.fullmatch(r"\d+,\d{1,2}", num):
        num = num.replace(",", ".")  # "3,4 bn": a decimal comma
    elif "." in num and re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", num) and ("," in num or num.count(".") > 1):
        num = num.replace(".", "").replace(",", ".")  # "1.328,5", "1.328.500": full stops between thousands
    elif scale and _MILLIONS.fullmatch(scale) and _THOUSANDS_DOT.fullmatch(num):
        num = num.replace(".", "")  # "US$ 4.600 million" (4,600 million), not a decimal ending in two noughts
    num = re.sub(r"\.\s+", ".", num)  # "1. 92 billion"
    value = Decimal(num.replace(",", ""))
    if scale:
        value *= Decimal(repr(SCALES[" ".join(caseless(scale).split()).rstrip("s")]))
    return float(value)


def _hedge(text: str, start: int) -> tuple[int, str | None]:
    match = _HEDGE.search(text[max(0, start - 24) : start])
    if not match:
        return start, None
    word = match.group(1).lower()
    if word == "over the":
        return start, None
    word = word.removeprefix("at ")  # "valued at nearly": the hedge is "nearly"
    return start - (len(text[max(0, start - 24) : start]) - match.start(1)), word


def _written_key(written: str) -> str:
    """A currency written after a figure as a key: lower case, its words one space apart ("-US-dollar": "us dollar")."""
    return " ".join(caseless(written).replace("-", " ").split())


def _suffix_currency(written: str, default: str | None) -> str | None:
    key = _written_key(written)
    if key.upper() in _ISO_CODES.split("|"):
        return "CNY" if key == "rmb" else key.upper()
    return _SUFFIX_CURRENCY.get(key, default)


# Currency words several states' currencies share, as read (a name after the figure in lower case, "RS" before
# it): the key of ``currencies.CURRENCY_WORDS``. Named with its state ("Pakistani rupees") a currency is that one.
SHARED_WORDS = {
    "rupees": "rupee",
    "RS": "rupee",
    "RS.": "rupee",
    "francs": "franc",
    "pesos": "peso",
    "pounds": "pound",
    "shillings": "shilling",
    "riyals": "riyal",
    "riyal": "riyal",
    "kroner": "krone",
    **{f"{cut}{dot}": "shilling" for cut in ("SH", "SHS") for dot in ("", ".")},
    "K": "k",
    "N": "n",
}


def _shared(written: str | None) -> str | None:
    """The key of ``SHARED_WORDS`` a currency written after a figure is read as, if any."""
    return SHARED_WORDS.get(_written_key(written)) if written else None


_DIGIT = rx(r"\d|(?i:illion|\bbn\b|\bbln\b|\bmln\b)")  # a figure, or one in words ("two billion")
# Words (lower case) every match of _DIGIT's words holds, and _BARE's scale words: tested as substrings in C,
# the patterns run only on a sentence holding one (searched in full, _DIGIT cost 7 µs on a sentence of no figure).
_DIGIT_WORDS = ("illion", "bn", "bln", "mln")
_SCALE_WORDS = ("illion", "lakh", "crore", "bln", "mln")
_SHORT_SCALE = rx(r"[bmt]n\b", re.I)  # "bn", "mn", "tn" ending a word ("Vietnam" holds "tn" inside one)


def _may_hold_a_figure(text: str, lower: str) -> bool:
    """_DIGIT, its parts tested first as substrings, in C: a digit, then its words."""
    if holds_any(text, DIGITS):
        return True
    if text.isascii() and not holds_any(lower, _DIGIT_WORDS):
        return False  # beyond ASCII, \d may be a digit of another script and (?i) match odd cases: search
    return _DIGIT.search(text) is not None


def _prefixed(text: str, match: re.Match[str]) -> Amount:
    """The amount of a match of _PREFIXED: "US$1.5 billion", "Rs 310 billion", "$2 billion Singapore dollars"."""
    cur_text = re.sub(r"\s+", " ", match.group("cur").upper()).replace(" $", "$")
    currency = _PREFIX_CURRENCY.get(cur_text, "USD" if cur_text.endswith("$") else None)
    if currency is None and re.fullmatch(_ISO_CODES, cur_text):
        currency = "CNY" if cur_text == "RMB" else cur_text
    shared = SHARED_WORDS.get(cur_text)
    if match.group("cur2"):
        currency = _suffix_currency(match.group("cur2"), currency)
        shared = _shared(match.group("cur2"))
    scale = match.group("scale") or match.group("short")
    start, qualifier = _hedge(text, match.start())
    value = _value(match.group("num"), scale)
    return Amount(start, match.end(), value, currency, qualifier, match.start("num"), shared=shared)


def find_amounts(text: str) -> list[Amount]:
    """Money figures in ``text``, earliest first. Bare figures only follow a currency figure."""
    found: list[Amount] = []
    lower = text.lower()
    if not _may_hold_a_figure(text, lower):
        return found
    taken: list[tuple[int, int]] = []
    for match in _PREFIXED.finditer(text):
        found.append(_prefixed(text, match))
        taken.append((match.start(), match.end()))
    for match in _IN_FULL.finditer(text):
        if any(match.start() < e and s < match.end() for s, e in taken):
            continue
        currency = _suffix_currency(match.group("cur3"), None)
        if currency is None:
            continue
        start, qualifier = _hedge(text, match.start())
        number = re.sub(r"[ \u00a0\u202f]", "", match.group("num"))
        shared = _shared(match.group("cur3"))
        found.append(
            Amount(start, match.end(), _value(number, None), currency, qualifier, match.start("num"), shared=shared)
        )
        taken.append((match.start(), match.end()))
    for match in _A_FIGURE.finditer(text) if holds_any(lower, _A_FIGURE_WORDS) else ():
        currency = _suffix_currency(match.group("cur4"), None)
        if currency is None or any(match.start() < e and s < match.end() for s, e in taken):
            continue
        start, qualifier = _hedge(text, match.start())
        half = match.group("word").lower().startswith("half")
        value = _value("0.5" if half else "1", match.group("scale"))
        shared = _shared(match.group("cur4"))
        found.append(Amount(start, match.end(), value, currency, qualifier, match.start("word"), shared=shared))
        taken.append((match.start(), match.end()))
    bare = (
        [m for m in _BARE.finditer(text) if not any(m.start() < e and s < m.end() for s, e in taken)]
        if may_hold(text, lower, _SCALE_WORDS) or _SHORT_SCALE.search(text)
        else []
    )
    currency_starts = [a.start for a in found] + [m.start() for m in bare if m.group("cur2")]
    first_currency = min(currency_starts, default=None)
    for match in bare:
        currency = None
        if match.group("cur2"):
            currency = _suffix_currency(match.group("cur2"), None)
        elif first_currency is None or match.start() < first_currency:
            continue  # "10 million people": a bare figure counts only after a money figure
        start, qualifier = _hedge(text, match.start())
        found.append(
            Amount(
                start,
                match.end(),
                _value(match.group("num") or str(_WORD_NUMBERS[caseless(match.group("word"))]), match.group("scale")),
                currency,
                qualifier,
                match.start("num") if match.group("num") else match.start("word"),
                shared=_shared(match.group("cur2")),
            )
        )
    found.sort(key=lambda a: a.start)
    # A bare figure inherits the currency of the list it continues.
    result: list[Amount] = []
    last: Amount | None = None
    for amount in found:
        if amount.currency is None and last is not None:
            amount = replace(amount, currency=last.currency, shared=last.shared)
        last = amount if amount.currency else last
        result.append(_with_what_follows(text, amount))
    return _dollars_of_the_sentence(text, _conversions_merged(text, result))


_OTHER_DOLLARS = frozenset(("AUD", "CAD", "NZD", "SGD", "HKD", "TWD"))
_US_NAMED = rx(r"\bU\.?S\b|USD|American", re.I)  # "US$", "U.S. dlrs", "USD", "American dollars"


def _dollars_of_the_sentence(text: str, amounts: list[Amount]) -> list[Amount]:
    """``amounts`` with each in dollars unnamed ("$7.1 billion", "20.6 billion dlrs") in the dollars of another
    country named before it in the sentence ("NZ$7.6 billion", "22.9 billion Canadian dlrs"), else in US
    dollars, as read."""
    named: str | None = None
    result = amounts
    for i, amount in enumerate(amounts):
        if amount.currency in _OTHER_DOLLARS:
            named = amount.currency
        elif (
            named is not None
            and amount.currency == "USD"
            and amount.stated_usd is None
            and not _US_NAMED.search(text, amount.start, amount.end)
        ):
            result = result if result is not amounts else list(amounts)
            result[i] = replace(amount, currency=named)
    return result


# After a figure, part of it: "-plus" or "+" ("$1.2 billion-plus": over it; not "+ 5"), and its own currency again
# in brackets ("4.5 billion dollars (USD)").
_AFTER_A_FIGURE = rx(r"-plus\b|\+(?![\s\u00a0]*\d)|\s*\((?P<code>[A-Z]{3}|US\$)\)")


def _with_what_follows(text: str, amount: Amount) -> Amount:
    if text[amount.end : amount.end + 1] not in ("-", "+", " ", "("):
        return amount  # most figures: a word's end, a comma, a full stop
    after = _AFTER_A_FIGURE.match(text, amount.end)
    if after is None:
        return amount
    code = after.group("code")
    if code is not None:
        if _suffix_currency(code, None) != amount.currency:
            return amount  # another currency: a conversion, or a name in brackets
        return replace(amount, end=after.end())
    return replace(amount, end=after.end(), qualifier=amount.qualifier or "over")


# One figure stated in two currencies: "SEK 120 billion (about $12.9 billion)", "€4 billion, or some US$4.4
# billion", "$1.2 billion (Rs 8,900 crore)". The second is the first converted, not a second figure.
_CONVERTED = rx(r"\s*(?:\(\s*|,?\s*(?:or|i\.e\.|equivalent\s+to|equal\s+to)\s+)$", re.I)


def _conversions_merged(text: str, amounts: list[Amount]) -> list[Amount]:
    if len(amounts) < 2:
        return amounts
    merged: list[Amount] = []
    skip = False
    for first, second in zip(amounts, [*amounts[1:], None], strict=True):
        if skip:
            skip = False
            continue
        if (
            second is not None
            and first.currency
            and second.currency
            and first.currency != second.currency
            and "USD" in (first.currency, second.currency)
            and _CONVERTED.match(text[first.end : second.start])
        ):
            closing = re.match(r"\s*\)", text[second.end :]) if "(" in text[first.end : second.start] else None
            end = second.end + (closing.end() if closing else 0)
            if first.currency == "USD":
                merged.append(replace(first, end=end))
            else:
                merged.append(replace(first, end=end, stated_usd=second.value))
            skip = True
            continue
        merged.append(first)
    return merged


_PERCENT_WORDS = ("%", "cent", "pct", "pc")  # every _PERCENT holds one ("per cent", "percent"), lower case


# A rate written in words, as agencies write the numbers below ten: "up nine pct", "rose five per cent".
_PERCENT_IN_WORDS = rx(
    r"(?<![\w-])(?P<word>" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?:\s+|-)"
    r"(?:per[\s-]?cent|percent|pct)\b(?!\s*points?)",
    re.I,
)


def find_percents(text: str) -> list[Percent]:
    if not may_hold(text, text.lower(), _PERCENT_WORDS):
        return []
    found = [Percent(m.start(), m.end(), _percent_value(m.group("num"))) for m in _PERCENT.finditer(text)]
    words = [
        Percent(m.start(), m.end(), NUMBER_WORDS[caseless(m.group("word"))]) for m in _PERCENT_IN_WORDS.finditer(text)
    ]
    return sorted(found + words, key=lambda p: p.start) if words else found


def in_the_storys_currencies(
    amounts: list[Amount],
    pair: tuple[str, str],
    named: list[str],
    dateline: str | None,
    year: int | None,
    owner: str | None = None,
) -> list[Amount]:
    """``amounts``, each read from a word several states' currencies share ("Rs", "francs") in the currency of
    that name of the story's country: the one of its ``pair`` that has one (in ``year``, the story's); of both,
    the one whose trade the sentence says it is (``owner``: "Nepal's trade with India stood at Rs …"), else the
    dateline's, else the first ``named`` in the sentence; of neither, the dateline's. Else the word's default
    ("rupees" are India's). (``SentenceContext`` calls it only when one of them is such a word.)"""
    return [
        a if a.shared is None else _in_the_storys_currency(a, a.shared, pair, named, dateline, year, owner)
        for a in amounts
    ]


def _in_the_storys_currency(
    amount: Amount,
    word: str,
    pair: tuple[str, str],
    named: list[str],
    dateline: str | None,
    year: int | None,
    owner: str | None,
) -> Amount:
    users = [c for c in pair if currency_of(word, c, year)]
    if len(users) == 2:
        first = owner if owner in users else dateline
        users = [first] if first in users else [c for c in named if c in users][:1]
    elif not users and dateline is not None and currency_of(word, dateline, year):
        users = [dateline]
    code = currency_of(word, users[0], year) if users else None
    return replace(amount, shared=None) if code is None else replace(amount, currency=code)
