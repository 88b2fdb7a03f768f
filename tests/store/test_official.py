"""Official statistics in the store, on every engine: imported once, refused whole, compared with the news."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.analysis.official import compare, shown_series, two_way_series
from app.session.views import pair_view
from app.store.engine import SCHEMA_HEAD, open_store
from app.store.ingest import CancelToken, ingest_paths
from app.store.models import Statistic, StatisticsFile
from app.store.official import import_official, pair_figures
from tests.conftest import SEEDS
from tests.official.test_readers import FIXTURES

ALL = sorted(FIXTURES.glob("*.csv"))


def _counts(store) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        files = conn.execute(select(func.count()).select_from(StatisticsFile)).scalar()
        figures = conn.execute(select(func.count()).select_from(Statistic)).scalar()
    return int(files or 0), int(figures or 0)


def test_each_fixture_imports_and_importing_twice_adds_nothing(db_url: str) -> None:
    store = open_store(db_url)
    first = import_official(store, ALL)
    assert [r.status for r in first] == ["imported"] * 6, [r.message for r in first]
    by_name = {r.path.name: r for r in first}
    assert by_name["comtrade_vnm_mex.csv"].added == 33
    # IMTS is a dataset of its own: its figures are added beside DOTS's, never replace them (they replaced
    # them, and every chart then cited the IMTS figures as Direction of Trade's)
    assert (by_name["imf_imts.csv"].added, by_name["imf_imts.csv"].replaced) == (70, 0)
    assert by_name["wits_per_vnm.csv"].repeated == 8  # Gross Exp./Gross Imp. repeat Export/Import
    held = _counts(store)
    assert held == (6, 33 + 16 + 81 + 70 + 8 + 9)
    again = import_official(store, ALL)
    assert [r.status for r in again] == ["already"] * 6
    assert "already imported" in again[0].message and "nothing changed" in again[0].message
    assert _counts(store) == held
    store.close()


def test_a_malformed_file_is_refused_and_the_store_is_unchanged(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url)
    import_official(store, [FIXTURES / "comtrade_vnm_mex.csv"])
    before = _counts(store)
    bad = tmp_path / "bad.csv"
    bad.write_text("Country,Value\nViet Nam,12\n", encoding="utf-8")
    # A Comtrade header whose every row is a commodity group: read, nothing kept, nothing stored.
    groups = tmp_path / "groups.csv"
    lines = (FIXTURES / "comtrade_vnm_mex.csv").read_bytes().decode("cp1252").splitlines()
    groups.write_text("\n".join([lines[0], *(line.replace('"TOTAL"', '"85"') for line in lines[1:])]), "utf-8")
    results = import_official(store, [bad, groups])
    assert [r.status for r in results] == ["failed", "failed"]
    assert results[0].message.startswith("bad.csv: not an official trade statistics file")
    assert results[1].message.startswith(
        "groups.csv: UN Comtrade (current portal) holding commodity rows only (59 rows"
    )
    assert all("\n" not in r.message for r in results)
    assert _counts(store) == before
    store.close()


def test_a_cancelled_import_stores_nothing(db_url: str) -> None:
    store = open_store(db_url)
    token = CancelToken()
    token.cancel()
    results = import_official(store, [FIXTURES / "imf_dots.csv"], cancel=token)
    assert results[0].status == "cancelled"
    assert _counts(store) == (0, 0)
    store.close()


def test_a_files_first_statement_stands_and_a_later_file_replaces_an_earlier_ones(db_url: str, tmp_path: Path) -> None:
    header = (
        "COUNTRY.ID,COUNTRY,INDICATOR.ID,COUNTERPART_COUNTRY.ID,COUNTERPART_COUNTRY,"
        "FREQUENCY.ID,SCALE,TIME_PERIOD,OBS_VALUE"
    )
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text(
        "\n".join(
            [
                header,
                "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2020,3000",
                "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2019,2827",
                "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2020,3300",  # said again: the first stands
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    second.write_text(
        "\n".join(
            [
                header,
                "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2020,3100",  # replaces first.csv's
                "VNM,Viet Nam,XG_FOB_USD,MEX,Mexico,A,Millions,2021,3500",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    store = open_store(db_url)
    (one,) = import_official(store, [first])
    assert (one.added, one.replaced, one.repeated) == (2, 0, 1)
    assert [(f["year"], f["value_usd"], f["file"]) for f in pair_figures(store, "VNM", "MEX")] == [
        (2019, 2.827e9, "first.csv"),
        (2020, 3.0e9, "first.csv"),
    ]
    (two,) = import_official(store, [second])
    assert (two.added, two.replaced, two.repeated) == (1, 1, 0)
    assert "1 new figures, 1 replacing an earlier file's" in two.message
    assert [(f["year"], f["value_usd"], f["file"]) for f in pair_figures(store, "VNM", "MEX")] == [
        (2019, 2.827e9, "first.csv"),
        (2020, 3.1e9, "second.csv"),
        (2021, 3.5e9, "second.csv"),
    ]
    store.close()


def test_two_way_totals_as_each_side_reports_them(db_url: str) -> None:
    store = open_store(db_url)
    import_official(store, [FIXTURES / "comtrade_vnm_mex.csv", FIXTURES / "comtrade_legacy_per_vnm.csv"])
    series = {(s.dataset, s.reporter): s for s in two_way_series(pair_figures(store, "MEX", "VNM"))}
    vietnam, mexico = series[("comtrade", "VNM")], series[("comtrade", "MEX")]
    # 2019: Viet Nam reports 2,827 + 642 = 3,469 (US$ M); Mexico 6,444 + 195 = 6,639. Kept apart.
    assert vietnam.at(2019).total == pytest.approx(3.469e9)  # type: ignore[union-attr]
    assert mexico.at(2019).total == pytest.approx(6.639e9)  # type: ignore[union-attr]
    assert mexico.at(2022) is None and vietnam.at(2022) is not None
    assert mexico.label == "UN Comtrade, reported by Mexico"
    peru = two_way_series(pair_figures(store, "VNM", "PER"))
    assert [s.reporter for s in peru] == ["PER"]  # only Peru reports in that file
    store.close()


def test_news_totals_against_official_figures(db_url: str) -> None:
    store = open_store(db_url)
    ingest_paths(store, [SEEDS])
    import_official(store, ALL)
    view = pair_view(store, "VNM", "MEX")
    shown = shown_series(view.official, view.asked)
    assert [s.label for s in shown] == [
        "IMF Direction of Trade, reported by Vietnam",
        "IMF Direction of Trade, reported by Mexico",
    ]
    verdicts = {p.year: v for p in view.points if (v := compare(view.points, shown, 10.0)[p.fact_id])}
    # 2019: the news says US$6.275 billion; Mexico reports 6.639 (−5.5 %), Viet Nam 3.469 (+80.9 %): it agrees
    # with one report, and says the two reports differ by 48 %.
    assert verdicts[2019].status == "agrees"
    assert verdicts[2019].difference == pytest.approx((6.275e9 - 6.639e9) / 6.639e9 * 100)
    assert verdicts[2019].against == "IMF Direction of Trade, reported by Mexico"
    assert verdicts[2019].reporters_gap == "the two reporters differ by 48 % (Vietnam $3.47B, Mexico $6.64B)"
    # 2024 is not in the dataset drawn: nothing to compare with (it was ringed against UN Comtrade, undrawn).
    assert verdicts[2024].status == "none"
    assert verdicts[2024].reason == "no IMF Direction of Trade figure for 2024"
    assert verdicts[2004].reason == "no IMF Direction of Trade figure for 2004"
    assert verdicts[2023].reason == "derived: not compared"
    # The analyst draws UN Comtrade instead: 2024's US$15 billion against Mexico's 11.78 differs by 27.3 %.
    comtrade = shown_series(view.official, view.asked, "comtrade")
    assert [s.label for s in comtrade] == ["UN Comtrade, reported by Vietnam", "UN Comtrade, reported by Mexico"]
    by_year = {p.year: compare(view.points, comtrade, 10.0)[p.fact_id] for p in view.points}
    assert by_year[2024].status == "disagrees" and by_year[2024].against == "UN Comtrade, reported by Mexico"
    assert by_year[2024].difference == pytest.approx((15e9 - 11.78e9) / 11.78e9 * 100)
    peru = pair_view(store, "VNM", "PER")
    shown = shown_series(peru.official, peru.asked)
    by_year = {p.year: compare(peru.points, shown, 10.0)[p.fact_id] for p in peru.points}
    assert by_year[2022].status == "disagrees"  # US$600 million against 670 (Viet Nam) and 687 (Peru)
    assert round(by_year[2022].difference or 0, 1) == -10.4
    assert by_year[2024].reason == "part of a year (first nine months): not compared"
    assert {p.year: compare(peru.points, shown, 15.0)[p.fact_id].status for p in peru.points}[2022] == "agrees"
    store.close()


def test_a_store_of_the_first_schema_is_upgraded_with_its_articles(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from app.paths import migrations_dir

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    store = open_store(url)
    ingest_paths(store, [SEEDS])
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
    assert import_official(store, [FIXTURES / "comtrade_vnm_mex.csv"])[0].added == 33
    store.close()
