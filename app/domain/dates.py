"""Dates with their precision: "1975" is a year, not 1975-01-01."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


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
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} out of range")
        if self.day is not None and not 1 <= self.day <= 31:
            raise ValueError(f"day {self.day} out of range")

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

    def contains(self, other: PartialDate) -> bool:
        """True when ``other`` lies within this date's span (1975 contains 1975-05-19)."""
        return other.iso().startswith(self.iso())

    def __str__(self) -> str:
        return self.iso()
