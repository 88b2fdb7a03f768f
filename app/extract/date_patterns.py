"""The words and patterns of dates and periods as the genre writes them: month names, numbers and ordinals
in words, and one compiled pattern per kind of date expression (``periods`` turns a match into a date)."""

from __future__ import annotations

import re

from app.extract.prefilter import rx

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "hundred": 100,
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
    "twenty-fifth": 25,
    "thirtieth": 30,
    "fortieth": 40,
    "forty-fifth": 45,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "seventy-fifth": 75,
    "hundredth": 100,
}
# "the ministry said on Tuesday": the day of the report, not of the event.
# A report's verb right before a date: the report's day ("officials said on Tuesday", "told reporters yesterday").
REPORTED = rx(
    r"\b(said|says|announced|told(?:\s+(?:reporters|journalists|the\s+press|parliament|\w+))?|reported|stated|added|"
    # (figures "showed", "released" or "published" on a day: the report's day, "customs data showed on Friday")
    r"noted|confirmed|showed|shows|released|published)\s*$",
    re.I,
)
# Between a report's day and what happened as it was said, which that day dates too: "said Tuesday, as the two
# countries signed …", "said on Wednesday as he received …", "… at a meeting with …", "… during talks with …",
# "stated here on Monday after receiving …" (not "…, a day after talks with …"); matched whole, from the report's day
# to the event's verb.
SAID_AS_IT_HAPPENED = rx(r"\s*,?\s+(?:as|while|when|at|during|after)\s+[^,;.]{0,60}?", re.I)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTH_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December"
_M = r"(?P<m>" + MONTH_NAMES + r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_Y = r"(?P<y>1[6-9]\d\d|20\d\d)"
MONTH_WORD = MONTH_NAMES + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_SAME_YEAR = r"(?:that|the\s+same)(?:\s+same)?\s+year\b"
_REL = r"(?P<rel>this|last|next|the previous|the past|the same)\s+year"
# A month of a year told relatively: "July this year", "March of last year", "July of that year" (the year stated
# before, as "the same year" is)
_REL_OF_A_MONTH = r"(?P<rel>this|last|next|the previous|the past|the same|that(?:\s+same)?)\s+year"
_NUMBER_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_N = r"(?P<n>\d{1,3}|" + _NUMBER_WORDS + ")"
# A count of years, months or days: "a", "an", "2", "two" ("a year after", "two years later"); ``count_of`` reads it.
COUNT = r"(?:an?|\d{1,2}|" + _NUMBER_WORDS + ")"

# The month (and day, and year) a twelve-month year or a count of months ends with: "June 30", "30 June 2023",
# "March 2019".
_ITS_END = (
    r"(?:on\s+)?(?:(?P<d>[0-3]?\d)\s+)?(?P<m>" + MONTH_WORD + r")\.?(?:\s+(?P<d2>[0-3]?\d)\b)?(?:,?\s+" + _Y + r")?"
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Twelve months named by their last quarter, as Britain's trade figures are: "in the four quarters to the end of
    # Q4 2022" (the year 2022), "… of Q2 2023" (July 2022 to June 2023).
    (
        "four_quarters",
        rx(
            r"\b(?:the\s+)?(?:four|4)\s+quarters\s+to\s+(?:the\s+)?end\s+of\s+(?:Q(?P<q>[1-4])|the\s+"
            r"(?P<qw>first|second|third|fourth)\s+quarter(?:\s+of)?)\s+" + _Y,
            re.I,
        ),
    ),
    # A twelve-month year named by its end: "in the year ended June 30", "the fiscal year ending March 2019".
    (
        "year_ended",
        rx(
            r"\b(?:the\s+)?(?:(?:fiscal|financial|business|trade)\s+)?year\s+(?:that\s+)?(?:ended|ending|to)\s+"
            + _ITS_END,
            re.I,
        ),
    ),
    # Months counted to a month: twelve are the year ending then ("the 12 months to June 2023", "the 12-month period
    # ending September 30, 2023"), fewer a part of it ("the nine months to September 2023"). Found from "month",
    # searched for as a literal, its count read back by its builder; tried before the parts of a year, which would
    # take "the 12-month period" of "the 12-month period ending …".
    (
        "months_to",
        rx(
            r"months?(?:\s+period)?\s+(?:that\s+)?(?:ended|ending|to)\s+" + _ITS_END,
            re.I,
        ),
    ),
    # A part of a year with its year before it, in the possessive: "2023's first nine months", "this year's first
    # quarter" (a pattern of its own: the parts' pattern tried at every digit cost more).
    (
        "partial_of_year",
        rx(
            r"(?:(?:in|during|over|for)\s+)?(?:(?P<py>1[6-9]\d\d|20\d\d)|(?P<prel>this|last|next|the\s+previous|"
            r"the\s+past)\s+year)['’]s\s+(?P<part>first\s+" + _N + r"\s+months|first\s+half|"
            r"second\s+half|(?:first|second|third|fourth)\s+quarter)",
            re.I,
        ),
    ),
    # Part of a year: "in the first nine months of this year", "first half of 2023", "Q1 2024".
    (
        "partial",
        rx(
            r"(?:(?:in|during|over|for)\s+)?(?:the\s+)?(?P<part>first\s+" + _N + r"\s+months|first\s+half|"
            r"second\s+half|(?:first|second|third|fourth)\s+quarter|"
            + _N.replace("?P<n>", "?P<n2>")
            + r"[- ]month\s+period)"
            r"(?:\s+(?:of|in)\s+(?:" + _Y + r"|" + _REL + r"))?",
            re.I,
        ),
    ),
    # "up from 3.3 billion in the same period of 1986": the part of the year the sentence already named.
    (
        "same_period",
        rx(
            r"\b(?:the\s+)?(?:same|corresponding|comparable|like)\s+period\s+(?:(?:of|in)\s+)?"
            r"(?:" + _Y + r"|(?P<back>last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago|before)))",
            re.I,
        ),
    ),
    # A fiscal year and the months of it a figure covers: "during the year 2008-09 (April-Feb)".
    (
        "partial_months",
        rx(
            r"(?:\bFY\s*|\b)(?P<fy>(?:19|20)\d\d)\s*[-–/]\s*(?P<fy2>\d\d)\s*\(\s*(?P<m3>"
            + MONTH_WORD
            + r")\.?\s*[-–—]\s*(?P<m2>"
            + MONTH_WORD
            + r")\.?\s*\)",
            re.I,
        ),
    ),
    # A run of months: "from February to October 2015", "between May and July", "January–September 2023".
    (
        "partial_months",
        rx(
            r"(?:(?:in|during|over|for)\s+(?:the\s+(?:period\s+)?)?)?"
            r"(?:(?:from|between)\s+(?P<m1>" + MONTH_WORD + r")\s*(?:to|and|until|through|till|[-–—])\s*|"
            r"(?P<m3>" + MONTH_WORD + r")\s*[-–—]\s*)"
            r"(?P<m2>"
            + MONTH_WORD
            + r")\b(?:\s+period)?(?:,?\s+(?:of\s+)?(?:(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s*)?"
            r"(?P<fy>(?:19|20)\d\d)\s*[-–/]\s*(?P<fy2>\d\d)\b(?![-–/]?\d)|" + _Y + r"|" + _REL + r"))?",
            re.I,
        ),
    ),
    # The months of a year so far: "Until August 2022, trade …", "up to the end of March 2006".
    (
        "until_month",
        rx(
            r"\b(?:until|up\s+(?:un)?to|through|till|by\s+the\s+end\s+of)\s+(?:the\s+end\s+of\s+)?(?P<m2>"
            + MONTH_WORD
            + r")\s+"
            + _Y,
            re.I,
        ),
    ),
    # "Q3 2024", "H1 2023"; analysts' "1Q2024", "1H 2024" and "9M2023" (the first nine months), not "$5M 2023"
    (
        "partial_q",
        rx(r"\b(?:(?P<part>Q[1-4]|H[12])\s*(?:/\s*)?|(?<![$€£¥\d.,])(?P<short>[1-4]Q|[12]H|(?:1[01]|[1-9])M)\s?)" + _Y),
    ),
    ("ytd", rx(r"\b(?P<part>so far this year|year[- ]to[- ]date)\b", re.I)),
    # Day ranges: "from November 12 – 16", "from March 30 to April 1".
    (
        "dayrange",
        rx(
            r"(?:from\s+)?"
            + _M
            + r"\s+"
            + _D
            + r"\s*(?:-|–|—|to|until|through)\s*(?:"
            + _M.replace("?P<m>", "?P<m2>")
            + r"\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+"
            + _Y
            + r")?"
        ),
    ),
    # Days first, as most of the world writes them: "28-30 June 2023", "from 31 May to 3 June 2023", "28 to 30 June"
    (
        "dayrange_dm",
        rx(
            r"\b"
            + _D
            + r"(?:\s+(?:of\s+)?"
            + _M
            + r")?\s*(?:-|–|—|to|until|through)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _M.replace("?P<m>", "?P<m2>")
            + r"\b(?:,?\s+"
            + _Y
            + r")?"
        ),
    ),
    ("mdy", rx(_M + r"\s+" + _D + r",?\s+" + _Y + r"\b")),
    # "12 March 2021", "12th of March, 2021", "12-Mar-2021" (as web pages date themselves)
    ("dmy", rx(r"\b" + _D + r"(?:\s+(?:of\s+)?|-)" + _M + r"(?:,?\s+|-)" + _Y + r"\b")),
    # "December 20 of that year", "20 December of the same year": that day of the year stated before
    ("md_same", rx(_M + r"\s+" + _D + r",?\s+(?:of\s+)?" + _SAME_YEAR)),
    ("dm_same", rx(r"\b" + _D + r"\s+(?:of\s+)?" + _M + r",?\s+(?:of\s+)?" + _SAME_YEAR)),
    ("my_rel", rx(_M + r"\s+(?:of\s+)?" + _REL_OF_A_MONTH, re.I)),
    ("my", rx(_M + r",?\s+(?:of\s+)?" + _Y + r"\b")),
    ("md", rx(_M + r"\s+" + _D + r"\b(?!\s*,?\s*\d{4})")),
    ("dm", rx(r"\b" + _D + r"\s+(?:of\s+)?" + _M + r"\b(?!,?\s*\d{4})")),
    # Fiscal years: "2018-19", "FY2022/23" (the year is the one the fiscal year starts in; "FY" and the year one word).
    ("fiscal", rx(r"(?:\bFY\s*|\b)(?P<y>(?:19|20)\d\d)\s*[-–/]\s*(?P<y2>\d\d)\b(?![-–/]?\d)")),
    # "FY23", "FY'24", "FY22-23": a fiscal year written with two digits is named by the year it ends in (India,
    # Australia, the United States), and recorded under the year it starts in, as "2022-23" is.
    ("fiscal_short", rx(r"\bFY\s?['’]?(?P<yy>\d\d)(?:\s*[-–/]\s*(?P<yy2>\d\d))?\b(?![-–/]?\d)")),
    (
        "yrange",
        rx(
            r"(?:(?P<from>from\s+)?\b(?P<y1>1[6-9]\d\d|20\d\d)\s*(?P<sep>-|–|—|/|to|until|through)\s*|"
            r"between\s+(?P<b1>1[6-9]\d\d|20\d\d)\s+and\s+)(?P<y2>1[6-9]\d\d|20\d\d)\b"
        ),
    ),
    # Numeric dates: "25/3/1971", "25.03.1971", "25-03-1971" (day first, as outside the US), "1971-03-25", and the
    # year first with slashes or dots, as Chinese, Japanese and Korean pages write it ("2024/3/12", "2024.03.12").
    (
        "iso",
        rx(
            r"(?<![\d/.-])(?P<y>1[6-9]\d\d|20\d\d)(?:-(?P<mn>[01]\d)-(?P<d>[0-3]\d)|(?P<sep>[/.])(?P<mn2>[01]?\d)(?P=sep)"
            r"(?P<d2>[0-3]?\d))(?![\d/-]|\.\d)"
        ),
    ),
    (
        "numeric",
        # "25/3/1971", and "3/25/1971" in the American order (the builder tells them apart by the one over 12)
        rx(r"(?<![\d/.-])(?P<d>[0-3]?\d)(?P<sep>[/.])(?P<mn>[0-3]?\d)(?P=sep)(?P<y>1[6-9]\d\d|20\d\d)(?![\d/-]|\.\d)"),
    ),
    # with dashes: tried only where the sentence holds two ("COVID-19", "2019-20" hold one)
    (
        "numeric_dash",
        rx(r"(?<![\d/.-])(?P<d>[0-3]?\d)-(?P<mn>[01]?\d)-(?P<y>1[6-9]\d\d|20\d\d)(?![\d/-]|\.\d)"),
    ),
    # Counted from the date the sentence states before (periods.py): "July of the following year", "the following
    # month", "two years later"; three patterns, each tried only where its words stand.
    (
        "later_month",
        rx(r"\b(?P<m>" + MONTH_WORD + r")\s+(?:of\s+)?the\s+(?:following|subsequent)\s+year\b", re.I),
    ),
    ("following", rx(r"\bthe\s+(?:following|subsequent)\s+(?P<unit>year|month)\b", re.I)),
    # found from its last words: the count before them is read back by its builder (an alternation of every
    # number word tried at each letter cost 9 µs a sentence)
    # (and back: "a decade earlier", "five years earlier"; not "earlier than planned", which compares)
    ("later", rx(r"\b(?P<unit>years?|months?|decades?)\s+(?P<way>later|earlier)\b(?!\s+than\b)", re.I)),
    # Days and weeks relative to the story: "yesterday", "earlier today", "last week", "next month".
    (
        "ago",
        rx(
            # "50 years ago today": the story's day, 50 years before
            r"\b" + _N + r"\s+(?P<unit>years?|decades?)\s+(?:ago(?P<today>\s+today\b)?|after\s+(?:it|they|the\s+\w+)\b)"
            r"|\b(?P<short>" + _N.replace("?P<n>", "?P<n2>") + r"|a)\s+(?P<unit2>days?|weeks?)\s+ago\b",
            re.I,
        ),
    ),
    ("day_rel", rx(r"\b(?P<drel>(?:earlier\s+|later\s+)?today|tonight|yesterday|tomorrow)\b", re.I)),
    (
        "span_rel",
        rx(r"\b(?P<when>last|this|next|the\s+previous|the\s+past|the\s+coming)\s+(?P<unit>week|month)\b", re.I),
    ),
    # A month without a year after a preposition: "last July", "in November", "since March".
    (
        "month_alone",
        rx(
            # (the preposition in any case: "In June, Lula paid a state visit to China" opens the sentence)
            r"\b(?P<prep>(?i:last|next|this|in|since|during|early|late|mid-?|until|till|by|from|before|after|through))"
            r"\s+(?:(?:early|late|mid-?)\s*)?" + _M + r"\b(?!\s*(?:,\s*)?(?:\d|of\s|this|last|next))"
        ),
    ),
    # "in the last fiscal year", "the previous financial year" (not "last fiscal year 2022/23": the year named);
    # "the preceding fiscal year" after a fiscal year the sentence states is the one before it (periods)
    (
        "fiscal_rel",
        rx(
            # ("the previous fiscal", as Indian papers write the year, a noun: not "the previous fiscal stimulus")
            r"\b(?:the\s+)?(?P<frel>last|previous|past|preceding|prior)\s+"
            r"(?:(?:fiscal|financial)\s+year\b|fiscal(?=\s*(?:[.,;:)]|$)))"
            r"(?!\s*[(,]?\s*(?:FY\s*)?(?:19|20)\d\d)",
            re.I,
        ),
    ),
    ("rel", rx(r"\b" + _REL + r"\b", re.I)),
    # "later that year", "that same year", "that year": the year stated before, as "the same year" is
    ("that_year", rx(r"\b(?:(?:later|earlier)\s+(?:in\s+)?)?that\s+(?:same\s+)?year\b(?!['’])", re.I)),
    # "signed six agreements the same day", "later that day": the day stated before in the sentence
    ("same_day", rx(r"\b(?:(?:later|earlier)\s+)?(?:on\s+)?(?:that|the\s+same)\s+(?:same\s+)?day\b(?!['’])", re.I)),
    # "as of end-2022", "at the end of 2022": the year, as a figure counted to its end
    ("year_end", rx(r"\b(?:end-|end\s+of\s+)" + _Y + r"\b", re.I)),
    # "down from $5.1 billion a year earlier": the year before the one the sentence states. Not "before" another
    # event: "about $1.3 billion a year before the rift" is a yearly figure, of a time before the rift.
    (
        "year_before",
        rx(
            r"\b(?:a\s+year\s+(?:earlier|before(?!\s+(?:the|its|their|his|her|an?)\s))|the\s+(?:preceding|prior)\s+year|"
            r"the\s+year\s+before(?!\s+last)(?!\s+(?:the|its|their|his|her|an?)\s))\b",
            re.I,
        ),
    ),
    (
        "weekday",
        rx(r"\b(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ),
    (
        "year",
        # not "the 1830s" (a decade is no year) nor "1,500 tonnes" or "2019-member"
        rx(r"(?<![\d,.$/-])" + _Y + r"(?![\d,.]\d|['’]?s\b|\s*-\s*(?:member|strong|page)|\s*(?:%|per\s?cent))"),
    ),
]


# Words without which a pattern cannot match (lower case), so it is not run on most sentences.
NEEDS: dict[str, tuple[str, ...]] = {
    "iso": ("-0", "-1", "/", ".0", ".1"),  # the month after the year: "1971-03-25", "2024/3/12", "2024.03.12"
    "numeric": tuple(f"{sep}{year}" for sep in "/." for year in ("16", "17", "18", "19", "20")),  # "25/3/1971"
    "numeric_dash": tuple(f"-{year}" for year in ("16", "17", "18", "19", "20")),  # "14-11-1994"
    "day_rel": ("today", "tonight", "yesterday", "tomorrow"),
    "span_rel": ("week", "month"),
    "month_alone": tuple(m for m in MONTHS if len(m) > 3 or m == "may"),
    "partial_months": ("from", "between", "-", "–", "—"),
    "until_month": ("until", "up to", "upto", "through", "till", "end of"),
    "ago": ("ago", "after"),
    "later_month": ("the following", "the subsequent"),
    "following": ("the following", "the subsequent"),
    "later": ("later", "earlier"),
    "rel": ("year",),
    "fiscal_rel": ("fiscal", "financial year"),
    "that_year": ("that year", "that same year"),
    "same_day": ("that day", "same day"),
    "weekday": ("day",),
    "ytd": ("year",),
    # the pattern is case-sensitive: "Q3 2024", "H1 2023", "1Q2024", "9M 2023"
    "partial_q": ("q1", "q2", "q3", "q4", "h1", "h2", "q20", "q 20", "h20", "h 20", "m20", "m 20"),
    "my_rel": ("year",),
    "year_before": ("year",),
    "year_end": ("end",),
    "same_period": ("period",),
    "partial": ("half", "quarter", "month"),  # "first nine months", "second half", "third quarter", "6-month period"
    "year_ended": ("ended", "ending", " to "),
    "months_to": ("month",),
    "partial_of_year": ("s first", "s second", "s third", "s fourth"),
    "four_quarters": ("quarters",),
    "fiscal": ("-", "–", "/"),
    "fiscal_short": ("fy",),
}
NEEDS_MONTH = frozenset(
    (
        "year_ended", "months_to", "partial_months", "until_month", "dayrange", "dayrange_dm", "mdy", "dmy",
        "my_rel", "my", "md_same", "dm_same", "md", "dm",
        "month_alone", "later_month",
    )
)  # fmt: skip
MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
ANY_MONTH = rx(r"\b(?:" + "|".join(MONTH_STEMS) + ")", re.I)  # searched only where one is a substring
MAY_HOLD_A_DATE = rx(
    r"\d|(?i:year|days?\b|half|quarter|decade|week|month|tonight|tomorrow|yesterday)|"
    r"\b(?:" + MONTH_WORD + r")\b"
)
