"""The layouts of the portals' CSV files: how each is recognised from its header and which reader reads it.

Each reader (``comtrade.py``, ``imf.py``, ``wits.py``, on what ``rows.py`` shares) turns rows into
all-commodity, annual, bilateral figures and says in the report why every other row was left out
(aggregates, commodity groups, re-exports, breakdowns, months)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from app.official.comtrade import read_comtrade, read_comtrade_legacy
from app.official.figures import Dataset, OfficialFigure, ReadReport
from app.official.imf import read_imf_dots, read_imf_imts
from app.official.rows import PERIOD_COLUMN, YEAR_COLUMN, Rows
from app.official.wits import read_wits, read_wits_series, read_wits_summary

Reader = Callable[[dict[str, int], list[str], Rows, ReadReport], Iterator[OfficialFigure]]


@dataclass(frozen=True)
class Layout:
    key: str
    label: str
    dataset: Dataset
    required: tuple[frozenset[str], ...]  # each set: one of these column names must be present
    reader: Reader
    wide: bool = False  # years as columns (at least one four-digit year column is required)

    def matches(self, columns: set[str]) -> bool:
        if not all(columns & names for names in self.required):
            return False
        return (
            not self.wide
            or any(YEAR_COLUMN.match(c) or PERIOD_COLUMN.match(c) for c in columns)
            or "time_period" in columns
        )


def _one(*names: str) -> frozenset[str]:
    return frozenset(names)


LAYOUTS = (
    Layout(
        "comtrade",
        "UN Comtrade (current portal)",
        Dataset.COMTRADE,
        (
            _one("refyear"),
            _one("reporteriso"),
            _one("partneriso"),
            _one("flowcode"),
            _one("cmdcode"),
            _one("primaryvalue"),
        ),
        read_comtrade,
    ),
    Layout(
        "comtrade-legacy",
        "UN Comtrade (legacy layout)",
        Dataset.COMTRADE,
        (
            _one("year"),
            _one("reporter iso", "reporter code"),
            _one("partner iso", "partner code"),
            _one("trade flow code", "trade flow"),
            _one("trade value (us$)"),
        ),
        read_comtrade_legacy,
    ),
    Layout(
        "imf-dots",
        "IMF Direction of Trade Statistics",
        Dataset.IMF,
        (
            _one("country name"),
            _one("counterpart country name"),
            _one("indicator code", "indicator name"),
            _one("attribute"),
        ),
        read_imf_dots,
        wide=True,
    ),
    Layout(
        "imf-imts",
        "IMF International Merchandise Trade Statistics",
        Dataset.IMF_IMTS,
        (
            _one("country.id", "country_id", "ref_area"),
            _one("counterpart_country.id", "counterpart_country_id", "counterpart_area"),
            _one("indicator.id", "indicator_id", "indicator", "series_code"),
        ),
        read_imf_imts,
        wide=True,
    ),
    Layout(
        "wits",
        "WITS (raw query)",
        Dataset.WITS,
        (
            _one("reporteriso3"),
            _one("partneriso3"),
            _one("year"),
            _one("tradeflowname"),
            _one("tradevalue in 1000 usd", "trade value in 1000 usd"),
        ),
        read_wits,
    ),
    Layout(
        "wits-summary",
        "WITS (trade summary)",
        Dataset.WITS,
        (
            _one("reporter name"),
            _one("partner name"),
            _one("year"),
            _one("export (us$ thousand)", "import (us$ thousand)", "import", "export"),
        ),
        read_wits_summary,
    ),
    Layout(
        "wits-series",
        "WITS (time series)",
        Dataset.WITS,
        (_one("reporter name"), _one("partner name"), _one("trade flow"), _one("indicator")),
        read_wits_series,
        wide=True,
    ),
)


def recognise(columns: set[str]) -> Layout | None:
    return next((layout for layout in LAYOUTS if layout.matches(columns)), None)
