"""Official statistics in the window: imported off the GUI thread, drawn under the news, differences ringed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.official_layer import OfficialSpot
from tests.official.test_readers import FIXTURES


def _import(window, qtbot, paths: list[Path]):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.importer.official_finished, timeout=20000):
        assert window.official.start(paths)
    qtbot.waitUntil(lambda: all(window._loaded), timeout=15000)
    qtbot.wait(200)
    window.workers.wait()
    qtbot.wait(100)


def test_official_lines_rings_summary_and_facts(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _import(window, qtbot, sorted(FIXTURES.glob("*.csv")))
    assert [r.status for r in window.official.last_import] == ["imported"] * 6
    layer = window.plot.official[0]
    assert [s.label for s in layer.shown] == [
        "IMF Direction of Trade, reported by Vietnam",
        "IMF Direction of Trade, reported by Mexico",
    ]
    xs, ys = layer.lines[1].getOriginalDataset()
    assert dict(zip(xs, ys, strict=True))[2019] == 6.639e9  # Mexico's report: 6,444 + 195 (US$ M)
    # 2024 is not in the dataset drawn: no ring (it was ringed against UN Comtrade, which the chart did not draw)
    assert not layer.rings.isVisible()
    assert list(window.plot.official[1].rings.getOriginalDataset()[0]) == [2022]
    assert "official: 1 agree, 0 differ, 6 not comparable" in window.summary.lines[0].text()
    from app.ui.fact_table import COLUMNS

    model = window.facts_panels[0].model
    official = COLUMNS.index("Official")
    shown = {
        model.rows[i].when: model.index(i, official).data()
        for i in range(model.rowCount())
        if model.rows[i].kind == "trade_total"
    }
    assert shown["2024"] == "" and shown["2019"] == "−5.5 %" and shown["2004"] == ""
    legend = [label.text for _, label in window.plot.legend.items]
    assert "official, Mexico’s report" in legend and "differs from official by over 10 %" in legend  # Peru's 2022


def test_the_analyst_chooses_the_dataset_drawn_and_compared_per_relationship(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _import(window, qtbot, sorted(FIXTURES.glob("*.csv")))
    window.official.table_dialog()
    panel = window.official.dialog.panels[0]
    columns = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
    assert columns[:5] == [
        "Year",
        "News (stated)",
        "UN Comtrade, VNM: exports",
        "UN Comtrade, VNM: imports",
        "UN Comtrade, VNM: two-way",
    ]
    rows = {panel.table.item(r, 0).text(): r for r in range(panel.table.rowCount())}
    assert panel.table.item(rows["2019"], 1).text() == "$6.275B"
    mexico_dots = columns.index("IMF Direction of Trade, MEX: two-way")
    assert panel.table.item(rows["2019"], mexico_dots).text() == "$6.64B"
    panel.choice.setCurrentIndex(panel.choice.findData("comtrade"))  # draw UN Comtrade for Vietnam–Mexico
    layer = window.plot.official[0]
    assert [s.label for s in layer.shown] == ["UN Comtrade, reported by Vietnam", "UN Comtrade, reported by Mexico"]
    assert list(layer.rings.getOriginalDataset()[0]) == [2024]  # $15B against Mexico's $11.78B: +27.3 %, drawn
    assert "official: 1 agree, 1 differ, 5 not comparable" in window.summary.lines[0].text()
    assert window.settings.dataset(("MEX", "VNM")) == "comtrade"
    assert window.exports.chart_options().datasets == ("comtrade", None)
    legend = [label.text for _, label in window.plot.legend.items]
    assert "differs from official by over 10 %" in legend
    news = next(p for p in window.plot.plotted(0) if p.point.year == 2019 and not p.point.derived)
    assert window.plot.describe(news).count("the two reporters differ by") == 1


def test_hover_over_an_official_figure_names_dataset_reporter_and_flows(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _import(window, qtbot, [FIXTURES / "comtrade_vnm_mex.csv"])
    layer = window.plot.official[0]
    mexico = layer.shown[1]
    spot = OfficialSpot(0, mexico, mexico.at(2019))  # type: ignore[arg-type]
    text = window.plot.describe(spot)
    assert text.splitlines() == [
        "Vietnam–Mexico: official two-way total 2019: $6.64B",
        "UN Comtrade, reported by Mexico",
        "  exports to Vietnam: $195M (FOB)",
        "  imports from Vietnam: $6.44B (CIF)",
        "file: comtrade_vnm_mex.csv",
    ]
    news = next(p for p in window.plot.plotted(0) if p.point.year == 2019 and not p.point.derived)
    assert (
        "agrees with official statistics: −5.5 % against UN Comtrade, reported by Mexico ($6.64B)"
        in window.plot.describe(news)
    )


def test_view_menu_hides_them_and_the_tolerance_changes_the_rings(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _import(window, qtbot, sorted(FIXTURES.glob("*.csv")))
    window.commands["official"].trigger()  # View ▸ Official statistics, off
    assert not window.commands["official"].isChecked() and not window.settings.official()
    assert window.plot.official[0].lines[0].getOriginalDataset()[0] is None or not len(
        window.plot.official[0].lines[0].getOriginalDataset()[0]
    )
    assert not window.plot.official[0].rings.isVisible()
    assert "official:" not in window.summary.lines[0].text()
    window.commands["official"].trigger()
    window.official.set_tolerance(30.0)
    assert window.settings.tolerance() == 30.0
    assert not window.plot.official[1].rings.isVisible()  # Peru's −10.4 % is within 30 %
    assert "official: 3 agree, 0 differ" in window.summary.lines[1].text()
    options = window.exports.chart_options()
    assert (options.official, options.tolerance) == (True, 30.0)


def test_a_malformed_file_is_reported_and_nothing_changes(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.interactive = False
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01binary")
    _import(window, qtbot, [bad])
    assert [r.message for r in window.official.last_import] == ["bad.csv: a binary file, not CSV text"]
    assert window.plot.official[0].shown == ()


def test_the_export_caption_names_the_official_source(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.export import caption_text

    _import(window, qtbot, [FIXTURES / "comtrade_vnm_mex.csv"])
    caption = caption_text(window.views[0], window.views[1], "trade", official=True)
    assert caption.endswith(". Vietnam–Mexico, official: UN Comtrade, reported by Vietnam and by Mexico.")
    assert "official" not in caption_text(window.views[0], window.views[1], "trade", official=False)


def test_the_key_keeps_clear_of_the_data_and_the_axis_stops_below_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """With the official entries the key has five rows: at 1024×640 it ran over the 2015–2024 points and the
    money axis counted up to "$100000000T" behind it."""
    _import(window, qtbot, sorted(FIXTURES.glob("*.csv")))
    window.resize(1024, 640)
    qtbot.wait(300)
    plot = window.plot.getPlotItem()
    axis = plot.getAxis("left")
    key = window.plot.legend.mapRectToScene(window.plot.legend.boundingRect())
    for layer in (*window.plot.series, *window.plot.official):
        items = [layer.markers] if hasattr(layer, "markers") else layer.lines
        for item in items:
            for spot in item.scatter.points():
                assert not key.contains(item.scatter.mapToScene(spot.pos())), spot.pos()  # no figure under the key
    # The key stands in a margin above the plot: the axis and the data below it, whatever the scale.
    assert key.bottom() <= plot.vb.sceneBoundingRect().top() + 1
    low, high = plot.vb.viewRange()[1]
    ticks = [v for _, values in axis.tickValues(low, high, plot.vb.height()) for v in values]
    assert max(ticks) <= high and high < 13  # no "$100000000T"


def test_every_official_figure_names_its_own_dataset_file_and_retrieval(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """DOTS first, then the other five: the IMTS file's figures had replaced DOTS's under DOTS's name, so
    the chart cited 'IMF Direction of Trade … file: imf_imts.csv' with DOTS's retrieval date."""
    _import(window, qtbot, [FIXTURES / "imf_dots.csv"])
    _import(window, qtbot, sorted(set(FIXTURES.glob("*.csv")) - {FIXTURES / "imf_dots.csv"}))
    layer = window.plot.official[0]
    mexico = next(s for s in layer.shown if s.reporter == "MEX")
    text = window.plot.describe(OfficialSpot(0, mexico, mexico.at(2019)))  # type: ignore[arg-type]
    assert "IMF Direction of Trade, reported by Mexico" in text
    assert text.splitlines()[-1] == "file: imf_dots.csv, retrieved 2024-05-03"
    imts = [s for s in window.views[0].official if s.dataset == "imf_imts"]
    assert {s.label for s in imts} == {
        "IMF International Merchandise Trade, reported by Vietnam",
        "IMF International Merchandise Trade, reported by Mexico",
    }
    assert all(y.file == "imf_imts.csv" for s in imts for y in s.years)
    from app.store.official import official_files

    held = {f["name"]: (f["held"], f["figures"]) for f in official_files(window.store)}
    assert held["imf_dots.csv"][0] == held["imf_dots.csv"][1] == 81  # every DOTS figure still in use


def test_files_not_imported_are_said_in_plain_words() -> None:
    from app.ui.official_controller import not_imported_text

    one = not_imported_text(["odd.csv: no reporter column"], 2)
    assert one == "odd.csv: no reporter column\n\nNo figure from this file was stored; the other 2 files were imported."
    two = not_imported_text(["a.csv: empty", "b.xlsx: not a workbook"], 0)
    assert two.endswith("\n\nNo figure from these files was stored.")
    assert not_imported_text(["a.csv: empty"], 1).endswith("; the other file was imported.")


def test_a_reporters_one_flow_is_drawn_and_keyed_as_such_never_ringed_against(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A WITS series of Mexico's imports only was imported and then shown nowhere."""
    _import(window, qtbot, [FIXTURES / "more" / "wits_series_imports_only.csv"])
    layer = window.plot.official[0]
    assert layer.shown == ()  # no two-way line
    (mexico,) = layer.one_flow
    xs, ys = layer.flow_lines[0].getOriginalDataset()
    assert list(xs) == [2018, 2019, 2020] and list(ys) == [5.18e9, 6.444e9, 6.9e9]
    labels = [label.text for _, label in window.plot.legend.items]
    assert "official, Mexico’s imports only (not two-way)" in labels
    assert layer.verdicts == {}  # nothing is compared with one flow
    spot = OfficialSpot(0, mexico, mexico.one_flow[1])
    assert "one flow only: Mexico reports no exports for 2019" in window.plot.describe(spot)


REAL = Path(__file__).resolve().parents[3] / "shared" / "reference" / "official-files"


@pytest.mark.skipif(not REAL.exists(), reason=f"the real official files are not here ({REAL})")
def test_the_imf_workbooks_give_both_seed_relationships_official_lines_the_news_is_measured_against(
    window, qtbot, tmp_path: Path
) -> None:
    from app.ui.export import caption_text

    _import(window, qtbot, [REAL / f"imf-dots-excel_{c}.xlsx" for c in ("Vietnam", "Mexico", "Peru")])
    assert [r.status for r in window.official.last_import] == ["imported"] * 3
    for side, first in ((0, {"VNM": 1994, "MEX": 1987}), (1, {"VNM": 1996, "PER": 1991})):
        layer = window.plot.official[side]
        assert {s.reporter: s.years[0].year for s in layer.shown} == first
        assert all(s.dataset == "imf" and s.years[-1].year == 2020 for s in layer.shown)
    mexico = window.plot.verdicts(0)
    stated_2019 = next(p.point for p in window.plot.plotted(0) if p.point.year == 2019)
    verdict = mexico[stated_2019.fact_id]
    assert not verdict.disagrees  # $6.275B against Mexico's report of $6.64B
    assert "reporters differ" in verdict.text
    peru = window.plot.verdicts(1)
    assert peru  # Peru's 2016 and 2023 news totals are measured against the IMF's lines too
    caption = caption_text(window.views[0], window.views[1], "trade", official=True)
    assert "official: IMF Direction of Trade, reported by Vietnam and by Mexico" in caption


def test_the_year_by_year_table_shows_one_flow_in_its_column_never_as_a_total(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.official_table import table_rows

    _import(window, qtbot, [FIXTURES / "more" / "wits_series_imports_only.csv"])
    columns, rows = table_rows(window.views[0])
    assert columns[2:] == ["WITS, MEX: exports", "WITS, MEX: imports", "WITS, MEX: two-way"]
    by_year = {row[0]: row for row in rows}
    assert by_year["2019"] == ["2019", "$6.275B", "", "$6.44B", "one flow only"]


def test_a_chart_never_fails_on_one_bad_official_value(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An infinite official figure (stored by an older Dyad) ended exports and the window in
    "Cannot set range [-inf, inf]"."""
    import dataclasses
    import math

    from app.analysis.official import OfficialSeries, OfficialYear
    from app.ui.export import ExportSize, export_chart

    year = OfficialYear(2019, math.inf, math.inf, 1.0, "CIF", False, "bad.csv")
    bad = OfficialSeries("imf", "VNM", "MEX", (year, dataclasses.replace(year, year=2020, total=5e9)))
    view = dataclasses.replace(window.views[0], official=(bad,))
    window.plot.set_view(0, view)
    low, high = window.plot.getPlotItem().vb.viewRange()[1]
    assert math.isfinite(low) and math.isfinite(high)
    path = export_chart(view, window.views[1], tmp_path / "x.png", ExportSize(800, 450))
    assert path.stat().st_size > 1000


def test_file_remove_official_statistics_file_takes_its_figures_out(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.qt import QtWidgets

    _import(window, qtbot, [FIXTURES / "imf_dots.csv"])
    assert window.plot.official[0].shown
    offered = []

    def pick(_parent, _title, _label, items, _current, _editable):  # type: ignore[no-untyped-def]
        offered.extend(items)
        return items[0], True

    monkeypatch.setattr(QtWidgets.QInputDialog, "getItem", pick)
    with qtbot.waitSignal(window.official.removed, timeout=10000):
        window.commands["remove_official"].trigger()
    assert offered[0].startswith("imf_dots.csv (")
    qtbot.waitUntil(lambda: all(window._loaded), timeout=10000)
    window.workers.wait()
    qtbot.wait(200)
    assert window.plot.official[0].shown == ()
    assert window.statusBar().currentMessage().startswith("imf_dots.csv: removed, with its ")


def test_the_official_items_are_made_when_there_is_something_to_draw(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The seeds have no official figures: the window's start made five empty items a side before its first
    # paint (6.5 ms). They are made with the first official series to draw, then kept and emptied.
    plot_items = len(window.plot.getPlotItem().items)
    assert all(layer.rings is None and layer.lines == layer.flow_lines == [] for layer in window.plot.official)
    _import(window, qtbot, [FIXTURES / "comtrade_vnm_mex.csv"])
    mexico, peru = window.plot.official
    assert len(mexico.lines) == len(mexico.flow_lines) == 2 and mexico.rings is not None
    assert len(window.plot.getPlotItem().items) == plot_items + 5
    assert [len(line.getOriginalDataset()[0]) > 0 for line in mexico.lines] == [True, True]
    assert peru.rings is None  # Vietnam–Peru has none in this file
    window.commands["official"].trigger()  # off: emptied, not unmade
    assert mexico.rings is not None and not mexico.rings.isVisible()
    assert all(not len(line.getOriginalDataset()[0] or []) for line in mexico.lines)


def test_verdicts_redraw_the_official_cells_and_re_sort_only_a_table_sorted_by_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    # A switch set the rows, then the verdicts: both used to sort the rows again and reset the table.
    from app.analysis.official import Verdict
    from app.session.records import FactRow
    from app.ui.fact_table import COLUMNS, FactTableModel

    def row(fact_id: int, when: str) -> FactRow:
        return FactRow(fact_id, 1, "trade_total", when, "$1B", "", "a.txt", "proposed", False, 1, "…", "…", 1e9,
                       int(when), when, None)  # fmt: skip

    model = FactTableModel()
    model.sort(COLUMNS.index("When"))
    model.set_rows((row(1, "2019"), row(2, "2017"), row(3, "2018")))
    assert [r.id for r in model.rows] == [2, 3, 1]
    resets: list[bool] = []
    changed: list[tuple[int, int, int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), a.column(), b.row(), b.column())))
    official = COLUMNS.index("Official")
    verdicts = {
        1: Verdict(1, "disagrees", difference=-20.0, official=1.25e9, against="IMF"),
        2: Verdict(2, "agrees", difference=3.0, official=0.97e9, against="IMF"),
    }
    model.set_verdicts(verdicts)
    assert not resets and changed == [(0, official, 2, official)]  # the column's cells, the order kept
    assert [r.id for r in model.rows] == [2, 3, 1]
    assert [model.index(i, official).data() for i in range(3)] == ["+3.0 %", "", "⚠ −20.0 %"]
    model.set_verdicts(dict(verdicts))  # the same verdicts: nothing to redraw
    assert changed == [(0, official, 2, official)]
    model.sort(official)  # sorted by the official column: new verdicts sort the rows again
    resets.clear()
    model.set_verdicts({3: Verdict(3, "agrees", difference=1.0, official=1e9, against="IMF")})
    assert resets and [model.index(i, official).data() for i in range(3)] == ["+1.0 %", "", ""]


def test_the_key_is_fitted_to_a_short_chart_by_its_remembered_heights(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # With official statistics a full key is too tall for a short chart: each fit built the key with the
    # markers' entries, then again without them (ten rebuilds of ~6 ms while the window started).
    _import(window, qtbot, sorted(FIXTURES.glob("*.csv")))
    plot = window.plot
    plot.resize(700, 260)
    rebuilds: list[int] = []
    clear = plot.legend.clear
    plot.legend.clear = lambda: (rebuilds.append(1), clear())  # type: ignore[method-assign]
    plot.update_key()
    first = len(rebuilds)
    shown = [label.text for _, label in plot.legend.items]
    assert "part of a year (not joined)" not in shown  # the markers' labelled styles left out: too tall
    assert shown[:2] == ["Vietnam–Mexico", "Vietnam–Peru"] and "official, Mexico’s report" in shown
    for height in (250, 262, 258, 260):  # the window's start resizes the chart at one width, again and again
        plot.resize(700, height)
        plot.update_key()
    assert len(rebuilds) == first  # decided from the heights remembered: the key is not built again
    plot._key_heights.clear()  # the rule worked out afresh chooses the same key
    plot.update_key()
    assert [label.text for _, label in plot.legend.items] == shown
    from app.ui.qt import QtGui, QtWidgets

    app = QtWidgets.QApplication.instance()
    assert isinstance(app, QtWidgets.QApplication)
    plain = app.font()
    bigger = QtGui.QFont(plain)
    bigger.setPointSizeF(plain.pointSizeF() * 1.5)
    app.setFont(bigger)  # another font makes other heights: measured again, not taken from memory
    try:
        measured = len(rebuilds)
        plot.update_key()
        assert len(rebuilds) > measured
    finally:
        app.setFont(plain)
    plot.resize(1400, 700)  # tall enough: the full key, measured once at this width
    plot.update_key()
    assert "part of a year (not joined)" in [label.text for _, label in plot.legend.items]


def test_new_verdicts_leave_the_facts_panel_where_the_analyst_had_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    # The panel chose its row again after every verdict and scrolled to its first column: after a switch's
    # verdicts, or official statistics turned on or off, the table jumped back to the left.
    from app.analysis.official import Verdict
    from app.session.records import FactRow
    from app.ui.fact_table import COLUMNS, FactsPanel
    from app.ui.qt import QtCore

    def row(n: int) -> FactRow:
        year = str(2000 + n)
        return FactRow(n, 1, "trade_total", year, "$1B", "", "a.txt", "proposed", False, 1, "…", "…", 1e9, 2000 + n,
                       year, None)  # fmt: skip

    rows = tuple(row(n) for n in range(1, 30))
    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 300)  # narrower than its columns: it scrolls sideways
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_rows(rows)
    assert panel.select_fact(20)
    bar = panel.table.horizontalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    panel.set_verdicts({20: Verdict(20, "agrees", difference=2.0, official=1e9, against="IMF")})
    assert bar.value() == bar.maximum() and panel.selected() is not None and panel.selected().id == 20
    assert panel.model.index(panel.table.currentIndex().row(), COLUMNS.index("Official")).data() == "+2.0 %"
    panel.table.sortByColumn(COLUMNS.index("Official"), QtCore.Qt.SortOrder.DescendingOrder)
    panel.select_fact(20)
    panel.set_verdicts({20: Verdict(20, "agrees", difference=3.0, official=1e9, against="IMF")})  # rows re-sorted
    assert panel.selected() is not None and panel.selected().id == 20  # and the fact chosen again
