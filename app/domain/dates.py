"""Dates with their precision: "1975" is a year, not 1975-01-01."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from enum import StrEnum

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS = {
    name: number
    for number in range(1, 13)
    for name in {calendar.month_name[number].lower(), calendar.month_abbr[number].lower(), "sept"}
    if name != "sept" or number == 9
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WRITTEN = [
    re.compile(rf"^{_MONTH}\s+{_DAY},?\s+{_YEAR}$"),  # March 25, 2024
    re.compile(rf"^{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}$"),  # 25 March 2024, 1st of May 1975
    re.compile(rf"^{_MONTH},?\s+{_YEAR}$"),  # March 2024
]
_NO_YEAR = [re.compile(rf"^{_MONTH}\s+{_DAY}$"), re.compile(rf"^{_DAY}(?:\s+of)?\s+{_MONTH}$")]
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_HOW = "write 2024, March 2024 or March 25, 2024"


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:  # the calendar's years (a header "date 0000-01-01" is none)
            raise ValueError(f"year {self.year} out of range")
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} out of range")
        # the month's own length: "2024-02-30" was a date, and an article headed so failed when read
        if self.day is not None and self.month is not None and not 1 <= self.day <= _days_in(self.year, self.month):
            raise ValueError(f"{calendar.month_name[self.month]} {self.year} has no day {self.day}")

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    def iso(self) -> str:
        """``1975``, ``2000-07`` or ``1975-05-19``: no more precise than what is known."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        match = _ISO.match(text.strip())
        if not match:
            raise ValueError(f"not a YYYY, YYYY-MM or YYYY-MM-DD date: {text!r}")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def read(cls, text: str) -> PartialDate:
        """A date as a person types it: ``2024``, ``2024-03-25``, ``March 2024``, ``March 25, 2024``,
        ``25th March 2024``, or ``25/03/2024`` where only one reading is possible. No more precise than
        written; ValueError says why a text is not a date."""
        text = " ".join(text.split())
        if _ISO.match(text):
            return cls.parse(text)
        for pattern in _WRITTEN:
            match = pattern.match(text)
            if match and (month := _MONTHS.get(match["month"].lower())) is not None:
                day = int(match["day"]) if "day" in pattern.groupindex else None
                return cls._checked(int(match["year"]), month, day)
        if any((m := p.match(text)) and m["month"].lower() in _MONTHS for p in _NO_YEAR):
            raise ValueError(f"{text!r} has no year: write March 25, 2024")
        numeric = _NUMERIC.match(text)
        if numeric:
            first, second, year = (int(g) for g in numeric.groups())
            if first > 12 >= second:
                return cls._checked(year, second, first)
            if second > 12 >= first:
                return cls._checked(year, first, second)
            if first != second:
                day_first = f"{first} {calendar.month_name[second]}" if second <= 12 else ""
                raise ValueError(
                    f"{text} could be {day_first} or {calendar.month_name[first]} {second}: write the month as a word"
                )
            return cls._checked(year, first, first)
        raise ValueError(f"cannot read {text!r} as a date: {_HOW}")

    @classmethod
    def _checked(cls, year: int, month: int, day: int | None) -> PartialDate:
        return cls(year, month, day)  # __post_init__ checks the day against the month

    def contains(self, other: PartialDate) -> bool:
        """True when ``other`` lies within this date's span (1975 contains 1975-05-19)."""
        return other.iso().startswith(self.iso())

    def __str__(self) -> str:
        return self.iso()
