"""Official statistics files read as the portals write them: layouts, flows, aggregates, units, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.official.codes import AGGREGATE, UNKNOWN, resolve
from app.official.csvfile import number
from app.official.figures import Dataset, Flow, FormatError, OfficialFigure
from app.official.reader import OfficialFile

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "official"


def read(name: str) -> tuple[OfficialFile, list[OfficialFigure]]:
    with OfficialFile(FIXTURES / name) as official:
        return official, list(official.figures())


def at(figures: list[OfficialFigure], reporter: str, partner: str, flow: Flow, year: int) -> OfficialFigure:
    found = [f for f in figures if (f.reporter, f.partner, f.flow, f.year) == (reporter, partner, flow, year)]
    assert len(found) == 1, found
    return found[0]


def test_comtrade_current_layout_keeps_totals_between_two_countries() -> None:
    official, figures = read("comtrade_vnm_mex.csv")
    report = official.report
    assert (report.layout, report.dataset, report.encoding) == (
        "UN Comtrade (current portal)",
        Dataset.COMTRADE,
        "cp1252",
    )
    # Viet Nam's 2019 report, as IMF DOTS gives it too: exports 2,827 and imports 642 (US$ millions).
    assert at(figures, "VNM", "MEX", Flow.EXPORTS, 2019).value_usd == 2.827e9
    imports = at(figures, "VNM", "MEX", Flow.IMPORTS, 2019)
    assert (imports.value_usd, imports.valuation) == (642e6, "CIF")
    assert at(figures, "MEX", "VNM", Flow.IMPORTS, 2019).value_usd == 6.444e9  # not the breakdown rows
    assert not [f for f in figures if f.reporter == "MEX" and f.year == 2022]  # Mexico's 2022 is missing
    assert at(figures, "MEX", "TWN", Flow.IMPORTS, 2019).value_usd == 5.1e9  # "Other Asia, nes" is Taiwan
    assert at(figures, "VNM", "CIV", Flow.EXPORTS, 2019).value_usd == 310e6  # a Latin-1 partner name
    assert report.figures == len(figures) == 33
    assert dict(report.skipped) == {"breakdown": 16, "aggregate": 8, "commodity": 1, "flow": 1}


def test_legacy_comtrade_with_one_reporter() -> None:
    official, figures = read("comtrade_legacy_per_vnm.csv")
    assert official.report.layout == "UN Comtrade (legacy layout)"
    assert {f.reporter for f in figures} == {"PER"}  # Viet Nam does not report in this file
    assert at(figures, "PER", "VNM", Flow.IMPORTS, 2022).value_usd == 485e6
    assert sorted({f.year for f in figures}) == [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023]
    assert dict(official.report.skipped) == {"aggregate": 8, "flow": 1, "commodity": 1, "period": 1}


def test_imf_dots_reads_values_estimates_and_the_retrieval_date() -> None:
    official, figures = read("imf_dots.csv")
    assert (official.report.layout, official.report.retrieved) == ("IMF Direction of Trade Statistics", "2024-05-03")
    assert at(figures, "MEX", "VNM", Flow.IMPORTS, 2019).value_usd == 6.444e9
    assert at(figures, "PER", "VNM", Flow.IMPORTS, 2023).estimated  # the Status row's "e"
    assert not at(figures, "PER", "VNM", Flow.IMPORTS, 2022).estimated
    assert at(figures, "VNM", "KOR", Flow.EXPORTS, 2019).value_usd == 24e9  # "Korea, Rep. of"
    # Imports valued FOB and the balance are other flows; World and "Advanced Economies" are aggregates.
    assert dict(official.report.skipped) == {"flow": 8, "aggregate": 2}


def test_imf_imts_long_layout_reads_its_scale() -> None:
    official, figures = read("imf_imts.csv")
    assert official.report.layout == "IMF International Merchandise Trade Statistics"
    assert at(figures, "VNM", "MEX", Flow.EXPORTS, 2019).value_usd == pytest.approx(2.827e9)
    assert not [f for f in figures if f.reporter == "PER" and f.year == 2021]
    assert official.report.skipped["period"] == 8  # quarterly rows


def test_wits_raw_and_time_series() -> None:
    official, figures = read("wits_per_vnm.csv")
    assert official.report.layout == "WITS (raw query)"
    # Thousands of dollars; Import/Export and Gross Imp./Gross Exp. rows give the same figure twice.
    assert [f.value_usd for f in figures if (f.flow, f.year) == (Flow.EXPORTS, 2019)] == [149.5e6, 149.5e6]
    official, figures = read("wits_series_mex_vnm.csv")
    assert official.report.layout == "WITS (time series)"
    assert at(figures, "MEX", "VNM", Flow.IMPORTS, 2019).value_usd == 6.444e9
    assert dict(official.report.skipped) == {"share": 1, "aggregate": 1, "empty": 1}  # "Partner share(%)"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a binary file"),
        (b"name,value\nVietnam,3\n", "not an official trade statistics file Dyad reads (its first line: name, value"),
        # Comtrade's columns but no primaryValue: not taken for Comtrade with a value missing.
        (
            b"refYear,reporterISO,partnerISO,flowCode,cmdCode\n2019,VNM,MEX,X,TOTAL\n",
            "Expected the columns of UN Comtrade",
        ),
    ],
)
def test_files_that_are_not_official_statistics_are_refused_with_the_reason(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "download.csv"
    path.write_bytes(content)
    with pytest.raises(FormatError) as refused:
        OfficialFile(path)
    assert str(refused.value).startswith("download.csv: ")
    assert reason in str(refused.value)
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("2827000000", (2.827e9, False)),
        ("9.78 e", (9.78, True)),
        ("1,234.5", (1234.5, False)),
        ("..", (None, False)),
        ("2.5E9", (2.5e9, False)),
        ("", (None, False)),
    ],
)
def test_cells(cell: str, value: tuple[float | None, bool]) -> None:
    assert number(cell) == value


@pytest.mark.parametrize("cell", ["abc", "-5", "inf", "1e400"])
def test_cells_that_are_not_values(cell: str) -> None:
    with pytest.raises(ValueError):
        number(cell)


@pytest.mark.parametrize(
    ("code", "name", "resolved"),
    [
        ("", "Korea, Dem. People's Rep. of", "PRK"),
        ("", "Congo, Dem. Rep.", "COD"),
        ("", "China, P.R.: Hong Kong", "HKG"),
        ("", "Br. Virgin Isds", "VGB"),
        ("", "South Africa", "ZAF"),
        ("", "Sub-Saharan Africa", AGGREGATE),
        ("W00", "World", AGGREGATE),
        ("G998", "", AGGREGATE),
        ("SUN", "USSR", "SUN"),
        ("", "Atlantis", UNKNOWN),
    ],
)
def test_countries_as_the_portals_write_them(code: str, name: str, resolved: str) -> None:
    assert resolve(code, name) == resolved


_HEADERS = [
    "refYear",
    "reporterISO",
    "partnerISO",
    "flowCode",
    "cmdCode",
    "primaryValue",
    "Year",
    "Reporter ISO",
    "Partner ISO",
    "Trade Flow Code",
    "Trade Value (US$)",
    "Country Name",
    "Counterpart Country Name",
    "Indicator Code",
    "Attribute",
    "2019",
    "2019Q1",
    "COUNTRY.ID",
    "COUNTERPART_COUNTRY.ID",
    "INDICATOR.ID",
    "TIME_PERIOD",
    "OBS_VALUE",
    "SCALE",
    "ReporterISO3",
    "PartnerISO3",
    "TradeFlowName",
    "TradeValue in 1000 USD",
]
_CELLS = st.one_of(
    st.sampled_from(
        [
            "VNM",
            "MEX",
            "W00",
            "X",
            "M",
            "TOTAL",
            "2019",
            "52",
            "Value",
            "Status",
            "XG_FOB_USD",
            "TMG_CIF_USD",
            "Export",
            "Millions",
            "9.78 e",
            "..",
            "-1",
            "1e999",
            '"',
            "\x00",
            "Viet Nam",
        ]
    ),
    st.text(max_size=12),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=st.lists(st.sampled_from(_HEADERS), min_size=1, max_size=10),
    rows=st.lists(st.lists(_CELLS, max_size=12), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "latin-1", "utf-16"]),
)
def test_any_csv_is_read_or_refused_never_crashes(
    tmp_path: Path, header: list[str], rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    lines = [delimiter.join(header)] + [delimiter.join(r) for r in rows]
    path = tmp_path / "any.csv"
    path.write_bytes("\n".join(lines).encode(encoding, errors="replace"))
    try:
        with OfficialFile(path) as official:
            figures = list(official.figures())
    except FormatError as exc:
        assert str(exc).startswith("any.csv: ")
        return
    for f in figures:
        assert f.value_usd >= 0 and 1900 <= f.year <= 2100 and f.reporter != f.partner
