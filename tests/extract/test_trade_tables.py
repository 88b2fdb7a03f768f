"""Two-way trade set out year by year under a heading that names the trade and its unit (embassy and ministry
pages): each row a total, in no sentence."""

from __future__ import annotations

import pytest

from app.domain.facts import FactKind
from app.extract.html_text import html_to_text
from app.extract.pipeline import extract_article


def totals(text: str) -> list[tuple[int, str | None, float, str]]:
    facts = extract_article(text).facts
    return [
        (f.year or 0, f.fiscal_year, f.value_usd or 0.0, f.quote)
        for f in facts
        if f.kind == FactKind.TRADE_TOTAL and not f.derived
    ]


LIST = (
    " date 2024-03-01 \nVietnam - Mexico relations\n"
    "Bilateral trade turnover between Vietnam and Mexico (million USD):\n"
    "- 2019: 6,275\n- 2020: 5,103\n- 2021: 6,652\n"
    "Mexico is Vietnam's second largest trading partner in Latin America.\n"
)


def test_a_list_of_years_under_a_trade_heading_gives_each_years_total() -> None:
    assert totals(LIST) == [
        (2019, None, 6.275e9, "2019: 6,275"),
        (2020, None, 5.103e9, "2020: 5,103"),
        (2021, None, 6.652e9, "2021: 6,652"),
    ]
    fact = next(f for f in extract_article(LIST).facts if f.kind == FactKind.TRADE_TOTAL)
    assert fact.countries == ("MEX", "VNM")
    assert (
        fact.basis == "a row of the table headed “Bilateral trade turnover between Vietnam and Mexico (million USD):”"
    )
    assert LIST[fact.start : fact.end] == "2019: 6,275"  # the quote is the row, where it stands


@pytest.mark.parametrize("separator", ["\t", " | "])
def test_a_tables_total_column_under_a_trade_heading(separator: str) -> None:
    rows = [
        ["Year", "India's exports", "India's imports", "Total"],
        ["2020-21", "161.2", "67.3", "228.5"],
        ["2021-22", "212.5", "91.4", "303.9"],
    ]
    text = (
        " date 2024-03-01 \nIndia-Cambodia Bilateral Relations\n"
        "India and Cambodia established diplomatic relations in 1952.\n"
        "Bilateral trade (in US$ million)\n" + "\n".join(separator.join(r) for r in rows) + "\n"
        "Source: Department of Commerce\n"
    )
    found = totals(text)
    assert [(y, fy, v) for y, fy, v, _q in found] == [(2020, "2020-21", 228.5e6), (2021, "2021-22", 303.9e6)]
    assert found[0][3] == separator.join(rows[1])


def test_a_table_of_a_web_page_is_read_through_its_cells() -> None:
    page = (
        "<html><body><h1>Viet Nam - Chile</h1><p>Viet Nam and Chile established diplomatic relations in 1971.</p>"
        "<p>Two-way trade between Viet Nam and Chile (US$ million)</p><table>"
        "<tr><th>Year</th><th>Total</th></tr><tr><td>2022</td><td>1,853</td></tr>"
        "<tr><td>2023</td><td>1,705</td></tr></table><p>Source: Viet Nam Customs</p></body></html>"
    )
    text, _title, _published = html_to_text(page)
    assert [(y, v) for y, _fy, v, _q in totals(text)] == [(2022, 1.853e9), (2023, 1.705e9)]


def test_a_total_a_sentence_states_and_a_row_restates_is_one_fact() -> None:
    text = (
        " date 2024-03-01 \nVietnam - Mexico relations\n"
        "Two-way trade between Vietnam and Mexico reached US$6.275 billion in 2019.\n"
        "Bilateral trade turnover between Vietnam and Mexico (million USD):\n- 2019: 6,275\n- 2020: 5,103\n"
    )
    found = totals(text)
    assert [(y, v) for y, _fy, v, _q in found] == [(2019, 6.275e9), (2020, 5.103e9)]
    assert found[0][3].startswith("Two-way trade")  # the sentence's, not the row's


@pytest.mark.parametrize(
    "table",
    [
        # one way: exports are no two-way total
        "India's exports to Cambodia (US$ million)\n2021: 212.5\n2022: 246.8\n",
        # no unit: the figures' scale is not known
        "Bilateral trade between India and Cambodia\n2021: 303.9\n2022: 345.9\n",
        # another currency
        "Bilateral trade between India and Cambodia (Rs crore)\n2021: 2,303\n2022: 2,845\n",
        # not trade
        "Tourist arrivals from Cambodia to India (thousand)\n2021: 12\n2022: 30\n",
        # a table without a total column
        "Bilateral trade (in US$ million)\nYear\tExports\tImports\n2021\t212.5\t91.4\n",
        # rows of several figures and no column names
        "Bilateral trade (in US$ million)\n2021\t212.5\t91.4\t303.9\n",
        # a span of years is not one year's total
        "Bilateral trade (in US$ million)\n2019-2021: 912.0\n",
    ],
)
def test_what_is_no_table_of_two_way_totals_gives_none(table: str) -> None:
    text = (
        " date 2024-03-01 \nIndia-Cambodia Bilateral Relations\n"
        "India and Cambodia established diplomatic relations in 1952.\n" + table
    )
    assert totals(text) == []


def test_a_page_of_thousands_of_tables_is_read_to_a_bound() -> None:
    tables = "".join(
        "Bilateral trade between India and Cambodia (US$ million)\n"
        + "".join(f"{year}: {n * 100 + year - 1900}.5\n" for year in range(1960, 2024))
        for n in range(500)
    )
    text = " date 2024-03-01 \nIndia-Cambodia Bilateral Relations\n" + tables
    found = totals(text)
    assert len(found) == 120  # the first 40 rows of the first three tables
    assert "only the first 120 rows of its trade tables were read" in extract_article(text).warnings
    assert found[0][:3] == (1960, None, 60.5e6) and found[40][:3] == (1960, None, 160.5e6)


def stacked(*cells: str) -> str:
    return (
        " date 2024-03-01 \nIndia-Cambodia Bilateral Relations\n"
        "India and Cambodia established diplomatic relations in 1952.\n"
        "Bilateral trade (in US$ million)\n" + "\n".join(cells) + "\nSource: Department of Commerce\n"
    )


def test_a_table_whose_text_came_one_cell_a_line_is_read_by_its_columns() -> None:
    text = stacked(
        "Year", "India's exports", "India's imports", "Total", "2020-21", "161.2", "67.3", "228.5",
        "2021-22", "212.5", "91.4", "303.9",
    )  # fmt: skip
    found = totals(text)
    assert [(y, fy, v) for y, fy, v, _q in found] == [(2020, "2020-21", 228.5e6), (2021, "2021-22", 303.9e6)]
    assert found[0][3] == "2020-21\n161.2\n67.3\n228.5"  # the row's cells, year to total


def test_a_year_and_its_figure_a_line_each() -> None:
    assert [(y, v) for y, _fy, v, _q in totals(stacked("2019", "6,275", "2020", "5,103"))] == [
        (2019, 6.275e9),
        (2020, 5.103e9),
    ]


@pytest.mark.parametrize(
    "cells",
    [
        # a flow's column alone, named: no two-way total
        ("Year", "Exports", "2021", "212.5", "2022", "246.8"),
        # no total among several columns
        ("Year", "Exports", "Imports", "2021", "212.5", "91.4"),
        # column names that do not start with the year
        ("Product", "Total", "2021", "212.5"),
    ],
)
def test_a_table_one_cell_a_line_without_a_total_column_gives_none(cells: tuple[str, ...]) -> None:
    assert totals(stacked(*cells)) == []


def growths(text: str) -> list[tuple[int, float]]:
    return [(f.year or 0, f.percent or 0.0) for f in extract_article(text).facts if f.kind == FactKind.TRADE_GROWTH]


TRADE_AND_GROWTH = (
    "Kazakhstan – Uzbekistan: trade and economic cooperation\n\n"
    "Bilateral trade between Kazakhstan and Uzbekistan (USD million)\n\n"
    "Year | Trade | Growth\n2020 | 3,052.1 | -7.6%\n2021 | 3,813.5 | 24.9%\n2022 | 4,602.3 | 20.7%\n"
)


def test_a_tables_trade_column_and_its_growth_column() -> None:
    # A column named "Trade" alone is the two-way total under a heading of bilateral trade; "Growth" its rate.
    assert [(y, v) for y, _f, v, _q in totals(TRADE_AND_GROWTH)] == [
        (2020, 3.0521e9),
        (2021, 3.8135e9),
        (2022, 4.6023e9),
    ]
    assert growths(TRADE_AND_GROWTH) == [(2020, -7.6), (2021, 24.9), (2022, 20.7)]


BY_COLUMNS = (
    "Embassy of Chile in Thailand\n\nChile – Thailand trade (US$ million)\n\n"
    "| | 2021 | 2022 | 2023 |\n| Total trade | 1,210 | 1,354 | 1,298 |\n| Chile's exports | 402 | 455 | 411 |\n"
)


def test_a_table_of_years_as_columns_gives_the_total_rows_figures() -> None:
    # The years across the top, the total's row below: each cell a year's total; "Chile – Thailand trade" names
    # the trade of the two.
    assert [(y, v) for y, _f, v, _q in totals(BY_COLUMNS)] == [(2021, 1.21e9), (2022, 1.354e9), (2023, 1.298e9)]


def test_a_one_way_table_of_years_as_columns_gives_no_totals() -> None:
    # Near miss: only one way's row under the years.
    text = (
        "Embassy of Chile in Thailand\n\nChile – Thailand trade (US$ million)\n\n"
        "| | 2021 | 2022 | 2023 |\n| Chile's exports | 402 | 455 | 411 |\n| Chile's imports | 808 | 899 | 887 |\n"
    )
    assert totals(text) == []
