"""The states that use a currency word several states' currencies share ("rupees", "francs", "pesos").

A story's "Rs 310 billion" is in the rupees of the country it is told from: Nepal's in a story of Nepal's
trade, Pakistan's in Pakistan's. ``CURRENCY_WORDS`` gives, for each such word, the code of each state's
currency of that name and the last year it was in use (None: still is); ``currency_of`` the one a state
used in a year.
"""

from __future__ import annotations

_CFA_WEST = ("BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO")  # the West African CFA franc
_CFA_CENTRAL = ("CAF", "CMR", "COG", "GAB", "GNQ", "TCD")  # the Central African CFA franc

CURRENCY_WORDS: dict[str, dict[str, tuple[str, int | None]]] = {
    "rupee": {
        "IND": ("INR", None),
        "PAK": ("PKR", None),
        "LKA": ("LKR", None),
        "NPL": ("NPR", None),
        "MUS": ("MUR", None),
        "SYC": ("SCR", None),
    },
    "franc": {
        "FRA": ("FRF", 2001),
        "BEL": ("BEF", 2001),
        "LUX": ("LUF", 2001),
        "CHE": ("CHF", None),
        "LIE": ("CHF", None),
        "RWA": ("RWF", None),
        "BDI": ("BIF", None),
        "GIN": ("GNF", None),
        "DJI": ("DJF", None),
        "COM": ("KMF", None),
        **{code: ("XOF", None) for code in _CFA_WEST},
        **{code: ("XAF", None) for code in _CFA_CENTRAL},
    },
    "peso": {
        "MEX": ("MXN", None),
        "PHL": ("PHP", None),
        "ARG": ("ARS", None),
        "CHL": ("CLP", None),
        "COL": ("COP", None),
        "CUB": ("CUP", None),
        "DOM": ("DOP", None),
        "URY": ("UYU", None),
    },
    "pound": {
        "GBR": ("GBP", None),
        "EGY": ("EGP", None),
        "LBN": ("LBP", None),
        "SYR": ("SYP", None),
        "SDN": ("SDG", None),
        "SSD": ("SSP", None),
        "IRL": ("IEP", 2001),
        "CYP": ("CYP", 2007),
    },
    "shilling": {
        "KEN": ("KES", None),
        "UGA": ("UGX", None),
        "TZA": ("TZS", None),
        "SOM": ("SOS", None),
        "AUT": ("ATS", 2001),
    },
    "riyal": {
        "SAU": ("SAR", None),
        "QAT": ("QAR", None),
        "OMN": ("OMR", None),
        "YEM": ("YER", None),
        "IRN": ("IRR", None),
    },
    # "K4.1 billion": Papua New Guinea's kina, Myanmar's kyat, Zambia's and Malawi's kwacha
    "k": {
        "PNG": ("PGK", None),
        "MMR": ("MMK", None),
        "ZMB": ("ZMW", None),
        "MWI": ("MWK", None),
    },
    "n": {
        "NGA": ("NGN", None),
    },
    "krone": {
        "NOR": ("NOK", None),
        "DNK": ("DKK", None),
    },
}


def currency_of(word: str, country: str, year: int | None) -> str | None:
    """The code of ``country``'s currency called ``word`` (a key of CURRENCY_WORDS) in ``year`` (any year when
    None); None when it had none of that name then."""
    used = CURRENCY_WORDS.get(word, {}).get(country)
    if used is None:
        return None
    code, last = used
    return code if year is None or last is None or year <= last else None
