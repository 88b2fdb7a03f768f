"""What an official statistics file yields: one figure per reporter, partner, flow and year."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class Flow(StrEnum):
    EXPORTS = "X"  # the reporter's exports to the partner, valued FOB
    IMPORTS = "M"  # the reporter's imports from the partner, valued CIF (FOB where a file says so)


class Dataset(StrEnum):
    COMTRADE = "comtrade"
    IMF = "imf"  # Direction of Trade Statistics (DOTS); stored as "imf" since schema 0002
    IMF_IMTS = "imf_imts"  # International Merchandise Trade Statistics, the IMF's 2025 successor to DOTS
    WITS = "wits"

    @property
    def label(self) -> str:
        return DATASET_LABELS[self]


DATASET_LABELS = {
    Dataset.COMTRADE: "UN Comtrade",
    Dataset.IMF: "IMF Direction of Trade",
    Dataset.IMF_IMTS: "IMF International Merchandise Trade",
    Dataset.WITS: "WITS",
}
# When several datasets cover a relationship equally, the chart shows the first of these.
DATASET_PREFERENCE = (Dataset.COMTRADE, Dataset.IMF, Dataset.IMF_IMTS, Dataset.WITS)


class FormatError(Exception):
    """The file is not an official statistics file Dyad reads; the message names the file and why."""


class OfficialFigure(NamedTuple):  # a tuple: a million of them are made in one import
    reporter: str  # ISO 3166-1 alpha-3 (or a code of history: SUN, YUG, …)
    partner: str
    flow: Flow
    year: int
    value_usd: float
    valuation: str  # "FOB" or "CIF"
    estimated: bool
    line: int  # the line of the file it was read from (1 = the first line)


# The rows left out, by reason, as the report names them.
_SKIPPED_WORDS = {
    "aggregate": "aggregate rows (World, regions)",
    "commodity": "commodity-group rows",
    "flow": "other flows (re-exports, balances)",
    "share": "partner-share rows (per cent, not values)",
    "measure": "rows of other measures (counts, indices, growth rates)",
    "breakdown": "breakdown rows",
    "period": "monthly or quarterly rows",
    "self": "rows of a country with itself",
    "unreadable": "unreadable rows",
    "implausible": "values beyond any country pair's trade (over $10 trillion)",
    "unknown": "rows naming an unknown country",
    "empty": "empty cells",
}


@dataclass
class ReadReport:
    """How a file was read: its layout, the rows kept and, by reason, the rows left out."""

    name: str
    layout: str = ""
    dataset: Dataset | None = None
    encoding: str = ""
    retrieved: str | None = None  # YYYY-MM-DD (or coarser) when the file says when it was retrieved
    rows: int = 0
    figures: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    unknown_names: list[str] = field(default_factory=list)  # the first few names not understood
    first_unreadable: int | None = None  # the line of the first row that could not be read
    examples: dict[str, list[str]] = field(default_factory=dict)  # a few of what each reason left out

    def skip(self, reason: str, name: str | None = None, line: int | None = None, example: str = "") -> None:
        self.skipped[reason] += 1
        if name and len(self.unknown_names) < 5:
            name = name.replace("\x00", "")
            shown = name if len(name) <= 60 else name[:59] + "…"  # a name is quoted, never a whole cell
            if shown not in self.unknown_names:
                self.unknown_names.append(shown)
        if example:
            seen = self.examples.setdefault(reason, [])
            if len(seen) < 3 and example not in seen:
                seen.append(example)
        if reason in ("unreadable", "implausible") and self.first_unreadable is None:
            self.first_unreadable = line

    def nothing_kept(self) -> str:
        """Why a file gave no figure, in words that say what it holds instead."""
        if self.skipped["commodity"]:
            codes = ", ".join(self.examples.get("commodity", []))
            such = f" such as {codes}" if codes else ""
            return (
                f"{self.layout} holding commodity rows only ({self.skipped['commodity']:,} rows of divisions, "
                f"chapters or groups{such}), no all-commodity total: a two-way total cannot be made from part "
                "of the trade (download the total, commodity code TOTAL)"
            )
        if self.skipped["period"]:
            periods = ", ".join(self.examples.get("period", []))
            such = f", periods such as {periods}" if periods else ""
            return (
                f"{self.layout} holding monthly or quarterly figures only ({self.skipped['period']:,} of them"
                f"{such}), no annual figure to compare with"
            )
        left_out = self.skipped_text() or "no data rows"
        return f"no all-commodity figure between two countries in it ({self.layout}; {left_out})"

    def skipped_text(self) -> str:
        """ "412 aggregates, 3 unreadable (first at line 17)": the skipped rows in one phrase."""
        parts = []
        for reason, n in self.skipped.most_common():
            words = _SKIPPED_WORDS[reason]
            if reason in ("unreadable", "implausible") and self.first_unreadable:
                words += f" (first at line {self.first_unreadable})"
            if reason == "unknown" and self.unknown_names:
                words += f" ({', '.join(self.unknown_names)})"
            parts.append(f"{n:,} {words}")
        return ", ".join(parts)
