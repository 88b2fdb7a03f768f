"""Official files as analysts really download them (issue 23): layouts beyond the six first read, the names
real files use, files that hold no all-commodity or no annual figure. Fixtures in fixtures/official/more/
are faithful to the real layouts (headers and quirks as the issue quotes them) with made-up values."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.official.codes import AGGREGATE, resolve, resolve_imf, resolve_m49
from app.official.figures import Dataset, Flow, OfficialFigure
from app.official.reader import OfficialFile
from app.store.engine import open_store
from app.store.official import import_official

MORE = Path(__file__).resolve().parents[1] / "fixtures" / "official" / "more"
REAL = Path(__file__).resolve().parents[3] / "shared" / "reference" / "official-files"


def read(path: Path) -> tuple[OfficialFile, list[OfficialFigure]]:
    with OfficialFile(path) as official:
        return official, list(official.figures())


def value(figures: list[OfficialFigure], reporter: str, partner: str, flow: Flow, year: int) -> float:
    found = [f for f in figures if (f.reporter, f.partner, f.flow, f.year) == (reporter, partner, flow, year)]
    assert len(found) == 1, found
    return found[0].value_usd


# -- commodity codes ---------------------------------------------------------------------------------------------


def test_sitc_divisions_are_not_a_total_and_a_file_of_them_is_refused(tmp_path: Path) -> None:
    """Division 00 ("Live animals other than animals of division 03") was kept as the all-commodity figure:
    China–Germany 2010 showed as $2.65 million."""
    official, figures = read(MORE / "comtrade_legacy_sitc_divisions.csv")
    assert figures == []
    assert dict(official.report.skipped) == {"commodity": 5}
    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    try:
        (result,) = import_official(store, [MORE / "comtrade_legacy_sitc_divisions.csv"])
    finally:
        store.close()
    assert result.status == "failed"
    assert result.message == (
        "comtrade_legacy_sitc_divisions.csv: UN Comtrade (legacy layout) holding commodity rows only (5 rows of "
        "divisions, chapters or groups such as 00, 01, 03), no all-commodity total: a two-way total cannot be "
        "made from part of the trade (download the total, commodity code TOTAL); nothing was stored"
    )


def test_hs_commodities_not_specified_are_not_a_total() -> None:
    _, figures = read(MORE / "wits_names.csv")
    assert not [f for f in figures if f.partner == "VNM"]  # ProductCode 999999: not specified by kind


# -- the 12-column legacy Comtrade CSV, numeric M49 codes ----------------------------------------------------------


def test_the_twelve_column_legacy_comtrade_csv_is_read_with_m49_codes() -> None:
    official, figures = read(MORE / "comtrade_legacy_12col.csv")
    assert official.report.layout == "UN Comtrade (legacy layout)"
    assert value(figures, "VNM", "MEX", Flow.EXPORTS, 2019) == 2.827e9
    assert value(figures, "VNM", "MEX", Flow.IMPORTS, 2019) == 642e6
    assert value(figures, "MEX", "VNM", Flow.IMPORTS, 2019) == 6.444e9
    assert value(figures, "ANT", "USA", Flow.IMPORTS, 1995) == 780e6  # Netherlands Antilles, M49 530
    assert value(figures, "BLX", "VNM", Flow.EXPORTS, 1995) == 61e6  # Belgium-Luxembourg, M49 58
    assert value(figures, "YUG", "SUN", Flow.IMPORTS, 1989) == 2.4e9
    assert value(figures, "SDN", "CHN", Flow.EXPORTS, 2008) == 8.2e9  # Sudan before 2011 (M49 736)
    assert dict(official.report.skipped) == {"flow": 1, "aggregate": 1, "commodity": 1}


# -- names and codes ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Anguila", "AIA"),
        ("Faeroe Islands", "FRO"),
        ("Falkland Island", "FLK"),
        ("Turks and Caicos Isl.", "TCA"),
        ("Occ.Pal.Terr", "PSE"),
        ("Wallis and Futura Isl.", "WLF"),
        ("Fr. So. Ant. Tr", "ATF"),
        ("British Indian Ocean Ter.", "IOT"),
        ("Heard Island and McDonald Isla", "HMD"),
        ("Saint Maarten (Dutch part)", "SXM"),
        ("Sint Maarten, Kingdom of the Netherlands", "SXM"),
        ("West Bank and Gaza", "PSE"),
        ("Netherlands Antilles", "ANT"),
        ("Fm Sudan", "SDN"),
        ("Belgium-Luxembourg", "BLX"),
        ("Pacific Islands", "PCI"),
        ("Serbia and Montenegro", "SCG"),
        ("Yemen Arab Rep.", "YAR"),
        ("Eastern Germany", "DDR"),
        ("Fmr Fed. Rep. of Germany", "DEU"),
    ],
)
def test_names_real_files_use(name: str, code: str) -> None:
    assert resolve("", name) == code


def test_every_country_of_the_m49_list_by_name_and_by_code() -> None:
    import pycountry

    for country in pycountry.countries:
        assert resolve("", country.name) == country.alpha_3, country.name
        assert resolve_m49(str(int(country.numeric))) == country.alpha_3, country.name
    for numeric, code in (("810", "SUN"), ("200", "CSK"), ("278", "DDR"), ("890", "YUG"), ("530", "ANT")):
        assert resolve_m49(numeric) == code
    assert resolve_m49("0") == AGGREGATE and resolve_m49("899") == AGGREGATE  # World; areas nes


@pytest.mark.parametrize(
    ("code", "iso"),
    [
        ("111", "USA"),
        ("112", "GBR"),
        ("132", "FRA"),
        ("134", "DEU"),
        ("136", "ITA"),
        ("156", "CAN"),
        ("158", "JPN"),
        ("582", "VNM"),
        ("273", "MEX"),
        ("293", "PER"),
        ("924", "CHN"),
        ("001", AGGREGATE),
    ],
)
def test_imf_numeric_codes(code: str, iso: str) -> None:
    assert resolve_imf(code) == iso


# -- IMF files that hold no annual figure ------------------------------------------------------------------------


@pytest.mark.skipif(not REAL.exists(), reason="the real official files are in ../shared/reference (not in CI)")
def test_a_monthly_dots_csv_is_recognised_and_said_to_hold_no_annual_figure(tmp_path: Path) -> None:
    path = REAL / "imf-dots_G7-monthly-2024M2.csv"
    official, figures = read(path)
    assert official.report.layout == "IMF Direction of Trade Statistics"
    assert figures == [] and official.report.skipped["period"] > 0
    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    try:
        (result,) = import_official(store, [path])
    finally:
        store.close()
    assert result.status == "failed"
    periods = official.report.skipped["period"]
    assert result.message == (
        f"imf-dots_G7-monthly-2024M2.csv: IMF Direction of Trade Statistics holding monthly or quarterly figures "
        f"only ({periods:,} of them, periods such as 2024M2), no annual figure to compare with; nothing was stored"
    )


# -- WITS ---------------------------------------------------------------------------------------------------------


def test_wits_trade_summary_by_partner_exports_and_imports() -> None:
    official, exports = read(MORE / "wits_summary_partner_exports.csv")
    assert official.report.layout == "WITS (trade summary)"
    assert official.report.dataset == Dataset.WITS
    assert value(exports, "PER", "VNM", Flow.EXPORTS, 2019) == pytest.approx(130_255_720)
    assert value(exports, "PER", "AIA", Flow.EXPORTS, 2019) == pytest.approx(210_500)
    assert value(exports, "PER", "TCA", Flow.EXPORTS, 2019) == pytest.approx(95_300)
    assert value(exports, "PER", "PSE", Flow.EXPORTS, 2019) == pytest.approx(12_100)
    assert dict(official.report.skipped) == {"aggregate": 1}
    official, imports = read(MORE / "wits_summary_partner_imports.csv")
    assert value(imports, "PER", "VNM", Flow.IMPORTS, 2020) == pytest.approx(616_701_040)
    assert value(imports, "PER", "FRO", Flow.IMPORTS, 2019) == pytest.approx(1_520_400)
    assert value(imports, "PER", "WLF", Flow.IMPORTS, 2019) == pytest.approx(3_200)


def test_wits_trade_summary_by_product_group_keeps_all_products_only() -> None:
    official, figures = read(MORE / "wits_summary_product.csv")
    assert [(f.year, f.value_usd) for f in figures] == [
        (2019, pytest.approx(6_444_156_580)),
        (2020, pytest.approx(7_001_440_980)),
    ]
    assert dict(official.report.skipped) == {"commodity": 3}


def test_wits_time_series_respects_its_product_group_and_says_what_shares_are() -> None:
    official, figures = read(MORE / "wits_series_imports_only.csv")
    assert [(f.flow, f.year, f.value_usd) for f in figures] == [
        (Flow.IMPORTS, 2018, 5.18e9),
        (Flow.IMPORTS, 2019, 6.444e9),
        (Flow.IMPORTS, 2020, 6.9e9),
    ]
    assert dict(official.report.skipped) == {"commodity": 1, "share": 1, "measure": 1}
    text = official.report.skipped_text()
    assert "1 partner-share rows (per cent, not values)" in text
    assert "re-exports" not in text


# -- one flow only ----------------------------------------------------------------------------------------------


def test_one_flow_data_is_shown_as_what_it_is_never_as_a_two_way_total(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A WITS series of Mexico's imports only was imported ("3 of its 3 figures in use") and then shown
    nowhere."""
    from app.analysis.official import shown_one_flow, shown_series, two_way_series
    from app.cli import main
    from app.store.official import pair_figures

    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    store = open_store(db)
    try:
        (result,) = import_official(store, [MORE / "wits_series_imports_only.csv"])
        assert result.status == "imported"
        every = two_way_series(pair_figures(store, "MEX", "VNM"))
        assert shown_series(every, ("VNM", "MEX")) == ()
        (mexico,) = shown_one_flow(every, ("VNM", "MEX"))
        assert (mexico.reporter, mexico.one_flow_words) == ("MEX", "imports only")
        assert [(y.year, y.value) for y in mexico.one_flow] == [(2018, 5.18e9), (2019, 6.444e9), (2020, 6.9e9)]
        assert "not a two-way total" in mexico.describe_flow(mexico.one_flow[1])
    finally:
        store.close()
    assert main(["official", "list", "--db", db]) == 0
    listed = capsys.readouterr().out
    assert "one flow only (no two-way total) for 1 pair: Mexico's imports from Vietnam" in listed
    assert main(["compare", "--db", db, "VNM-MEX", "VNM-PER"]) == 0
    shown = capsys.readouterr().out
    assert "Official, WITS, reported by Mexico:" in shown and "  imports only: no two-way total" in shown
    assert "2019  imports $6.44B" in shown
