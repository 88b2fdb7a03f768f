"""The comparison window, driven through its real widgets."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.ui.pair_selector import CODE_ROLE
from app.ui.qt import QtCore, QtGui


def _load(qtbot, win, side: int, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(win.pair_loaded, timeout=10000, check_params_cb=lambda s: s == side):
        win.selectors[side].set_pair(*pair)


def test_opens_on_vietnam_mexico_and_vietnam_peru(window) -> None:  # type: ignore[no-untyped-def]
    years, values = window.plot.line_data(0)
    # The 1993 "US$10,700" is 17,000 times below 2004 and 1,400 times below the trend of the rest:
    # drawn and flagged, but not joined into the line.
    assert years == [2004, 2005, 2006, 2019, 2024]
    assert values == [187e6, 227e6, 300e6, 6.275e9, 15e9]
    flagged = {p.point.year: p.point.flags for p in window.plot.plotted(0) if p.point.flags}
    assert list(flagged) == [1993]
    assert flagged[1993] == ("implausible: 1,400× below the trend of the other 5 figures (nearest: $187M in 2004)",)
    assert window.plot.line_data(1) == ([2016, 2022, 2023], [353.78e6, 600e6, 486e6])
    assert window.viewers[0].header.text() == "A: Vietnam–Mexico"
    assert window.status.text() == f"5 articles, 44 facts · {window.store.describe()}"
    assert window.store.describe().endswith("store.sqlite")
    assert window.plot.getPlotItem().ctrl.logYCheck.isChecked() or window.plot.log_scale


def test_part_of_a_year_is_drawn_but_not_joined(window) -> None:  # type: ignore[no-untyped-def]
    peru = {(p.point.year, p.point.partial_period): p for p in window.plot.plotted(1)}
    partial = peru[(2024, "first nine months")]
    assert partial.point.value_usd == 289.6e6
    assert not partial.on_line
    assert 2024 not in window.plot.line_data(1)[0]
    derived = [p for p in window.plot.plotted(0) if p.point.derived]
    assert [(p.point.year, p.on_line) for p in derived] == [(2023, False)]


def test_picking_pairs_changes_the_plotted_data(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _load(qtbot, window, 1, ("JPN", "MEX"))
    assert window.views[1].pair == ("JPN", "MEX")
    assert window.plot.line_data(1) == ([], [])
    assert [a.source_name[:3] for a in window.views[1].articles] == ["004"]
    _load(qtbot, window, 1, ("VNM", "JPN"))
    assert window.views[1].articles == ()
    assert window.viewers[1].empty.text().startswith("No article in the store states a fact about Vietnam–Japan")
    _load(qtbot, window, 0, ("PER", "VNM"))
    assert window.plot.line_data(0) == ([2016, 2022, 2023], [353.78e6, 600e6, 486e6])
    assert window.viewers[0].header.text() == "A: Peru–Vietnam"


def test_swap_reverses_the_pair_and_keeps_the_data(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[0].swap.click()
    assert window.selectors[0].pair() == ("MEX", "VNM")
    assert window.viewers[0].header.text() == "A: Mexico–Vietnam"
    assert window.plot.line_data(0)[0] == [2004, 2005, 2006, 2019, 2024]


def test_clicking_a_point_highlights_its_sentence(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    plot = window.plot
    point = next(p for p in plot.plotted(0) if p.point.year == 2019)
    vb = plot.getPlotItem().getViewBox()
    scene_pos = vb.mapViewToScene(QtCore.QPointF(2019, math.log10(6.275e9)))
    pos = plot.mapFromScene(scene_pos)
    with qtbot.waitSignal(plot.point_activated, timeout=3000) as blocker:
        qtbot.mouseClick(plot.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [0, point.point.article_id, point.point.fact_id]
    text = window.viewers[0].text
    assert text.selected_fact == point.point.fact_id
    fact = text.fact(point.point.fact_id)
    assert fact is not None
    assert text.toPlainText()[fact.start : fact.end] == "whereas in 2019 it reached US$6.275 billion"
    assert text.textCursor().position() == fact.start
    assert window.viewers[0].list.currentIndex().row() == 1  # 001, the second newest


def test_hover_text_names_value_year_hedge_and_article(window) -> None:  # type: ignore[no-untyped-def]
    over = next(p for p in window.plot.plotted(0) if p.point.year == 2006)
    text = window.plot.describe(over)
    assert text.splitlines()[:2] == ["Vietnam–Mexico: over $300M in 2006", "hedged: “over”"]
    # The article as a reader names it (it states no outlet or date), never its hashed file name.
    assert "source: “During the war in Vietnam, the Mexican Government, though…” (undated)" in text
    flagged = next(p for p in window.plot.plotted(0) if p.point.year == 1993)
    assert "⚠ implausible: 1,400× below the trend" in window.plot.describe(flagged)


def test_every_fact_in_the_article_is_highlighted(window) -> None:  # type: ignore[no-untyped-def]
    text = window.viewers[1].text
    assert text.article is not None and len(text.article.facts) == 11
    backgrounds = {s.format.background().color().name() for s in text.extraSelections()}
    theme = text.theme
    assert {theme.kind_colors[k] for k in ("trade_total", "trade_growth", "visit", "agreement")} <= backgrounds
    partial = next(f for f in text.article.facts if "first nine months" in f.description)
    assert text.highlight_at(partial.start + 3) == partial


def test_html_in_an_article_stays_text(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.extract.sources import text_from_bytes
    from app.session.views import article_view
    from app.store.ingest import ingest_source

    body = (
        "Vietnam and Chile set up diplomatic relations in 1971. <b>Bold?</b> &amp; "
        "<img src='http://example.com/x.png'> <a href='javascript:alert(1)'>link</a>"
    )
    result = ingest_source(window.store, text_from_bytes(body.encode(), "tags.txt"), "tags.txt")
    article = article_view(window.store, result.article_id)
    window.viewers[0].text.show_article(article)
    shown = window.viewers[0].text.toPlainText()
    assert "<b>Bold?</b> &amp; <img src='http://example.com/x.png'>" in shown
    assert "javascript:alert(1)" in shown
    assert window.viewers[0].text.document().toHtml().count("<img") == 0


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_export_formats(window, tmp_path: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    from app.ui.export import ExportSize, export_chart

    path = export_chart(window.views[0], window.views[1], tmp_path / f"chart{suffix}", ExportSize(800, 450, 2.0))
    data = path.read_bytes()
    if suffix == ".png":
        image = QtGui.QImage(str(path))
        assert (image.width(), image.height()) == (1600, 900)
    elif suffix == ".svg":
        root = ET.fromstring(data)
        assert root.tag.endswith("svg")
        assert len([e for e in root.iter() if e.tag.endswith("path")]) > 3
        assert "Sources (read by Dyad): Vietnam–Mexico: Viet Nam News, 2025-05-20".encode() in data
    else:
        assert data.startswith(b"%PDF") and len(data) > 2000


def test_copy_chart_puts_an_image_on_the_clipboard(window) -> None:  # type: ignore[no-untyped-def]
    window.exports.copy_chart()
    image = QtGui.QGuiApplication.clipboard().image()
    assert not image.isNull()
    assert image.width() >= 1280


def test_export_facts_csv(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import csv

    with qtbot.waitSignal(window.exports.facts_exported, timeout=10000) as written:
        window.exports.export_facts(tmp_path / "facts.csv")
    assert written.args[0] == 40
    with open(tmp_path / "facts.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["relationship"] for r in rows} == {"A: Vietnam–Mexico", "B: Vietnam–Peru"}
    totals = {(r["year"], r["value_usd"]): r for r in rows if r["kind"] == "trade_total" and r["derived"] == "false"}
    assert (
        totals[("2019", "6275000000")]["source"]
        == "“Looking ahead to robust ties between Mexico and Vietnam” (undated)"
    )
    assert totals[("2022", "600000000")]["flags"].startswith("inconsistent: its source's growth rate (79.1 %)")


def test_pairs_and_scale_are_remembered(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.settings import Settings

    _load(qtbot, window, 1, ("JPN", "MEX"))
    window.log_toggle.setChecked(False)
    window.close()
    settings = Settings(tmp_path / "settings.ini")
    assert settings.pairs() == (("VNM", "MEX"), ("JPN", "MEX"))
    assert settings.log_scale() is False
    assert settings.recent()[0] == ("JPN", "MEX")


def test_log_toggle_switches_the_axis(window) -> None:  # type: ignore[no-untyped-def]
    window.log_toggle.setChecked(False)
    assert window.plot.getPlotItem().getAxis("left").logMode is False
    assert window.plot.line_data(0)[1][-1] == 15e9
    window.commands["log"].trigger()
    assert window.plot.getPlotItem().getAxis("left").logMode is True


def test_type_to_search_finds_countries_by_demonym_and_code(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    picker = window.selectors[1].second
    for typed, expected in (("Peruv", "PER"), ("JPN", "JPN"), ("Japanese", "JPN"), ("viet", "VNM")):
        picker.lineEdit().clear()
        qtbot.keyClicks(picker.lineEdit(), typed)
        found = {picker.proxy.index(i, 0).data(CODE_ROLE) for i in range(picker.proxy.rowCount())}
        assert expected in found, (typed, found)
    first_rows = [window.countries.item(i).data(CODE_ROLE) for i in range(4)]
    assert set(first_rows) == {"VNM", "MEX", "PER", "JPN"}  # countries with facts come first


def test_choosing_a_typed_match_changes_the_pair(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    picker = window.selectors[1].second
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "Japanese")
    match = next(i for i in range(picker.proxy.rowCount()) if picker.proxy.index(i, 0).data(CODE_ROLE) == "JPN")
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        picker.completer().activated[QtCore.QModelIndex].emit(picker.proxy.index(match, 0))
    assert window.selectors[1].pair() == ("VNM", "JPN")
    assert picker.currentText() == "Japan (JPN)"
    assert window.viewers[1].header.text() == "B: Vietnam–Japan"


def test_disagreeing_sources_both_show_and_are_flagged(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from app.extract.sources import text_from_bytes
    from app.store.ingest import ingest_source

    body = b"Two-way trade between Vietnam and Mexico reached US$7.1 billion in 2019, officials said."
    assert ingest_source(window.store, text_from_bytes(body, "other.txt"), "other.txt").status == "new"
    _load(qtbot, window, 0, ("VNM", "MEX"))
    in_2019 = [p for p in window.plot.plotted(0) if p.point.year == 2019]
    assert sorted(p.point.value_usd for p in in_2019) == [6.275e9, 7.1e9]
    assert all(p.point.conflict for p in in_2019)
    assert sum(p.on_line for p in in_2019) == 1  # the line goes through one; the other stays a point
    assert "another source gives a different figure" in window.plot.describe(in_2019[1])


def test_dark_appearance_recolours_plot_and_highlights(window) -> None:  # type: ignore[no-untyped-def]
    from app.ui import theme

    dark = theme.dark_theme()
    window.plot.apply_theme(dark)
    window.viewers[1].apply_theme(dark)
    assert window.plot.backgroundBrush().color().name() == "#1e1f22"
    backgrounds = {s.format.background().color().name() for s in window.viewers[1].text.extraSelections()}
    assert dark.kind_colors["trade_total"] in backgrounds


def test_grid_lines_mark_the_money_ticks(window) -> None:  # type: ignore[no-untyped-def]
    path = window.plot.grid.path()
    ys = {round(path.elementAt(i).y, 6) for i in range(path.elementCount())}
    assert {4.0, 6.0, 8.0, 10.0} <= ys  # $10K, $1M, $100M, $10B on the log scale, as the axis labels them
    window.plot.set_log_scale(False)
    ys = {round(path.elementAt(i).y) for path in [window.plot.grid.path()] for i in range(path.elementCount())}
    assert 10e9 in ys or 1e10 in ys


@pytest.mark.parametrize("chart", ["milestones", "both"])
def test_the_timeline_exports_like_the_trade_chart(window, tmp_path: Path, chart: str) -> None:  # type: ignore[no-untyped-def]
    from app.ui.export import Charts, ExportSize, export_chart

    svg = export_chart(window.views[0], window.views[1], tmp_path / "c.svg", ExportSize(800, 450), Charts(chart))
    text = svg.read_text(encoding="utf-8")
    assert "Relations established" in text and "A: Vietnam–Mexico" in text and "B: Vietnam–Peru" in text
    assert ("Two-way trade (USD)" in text) == (chart == "both")
    caption = "Diplomatic milestones" if chart == "milestones" else "Two-way trade and milestones"
    assert f"{caption}, Vietnam–Mexico and Vietnam–Peru. Sources (read by Dyad): Vietnam–Mexico: " in text
    png = export_chart(window.views[0], window.views[1], tmp_path / "c.png", ExportSize(800, 450), Charts(chart))
    assert QtGui.QImage(str(png)).size() == QtCore.QSize(1600, 900)
    pdf = export_chart(window.views[0], window.views[1], tmp_path / "c.pdf", ExportSize(800, 450), Charts(chart))
    assert pdf.read_bytes().startswith(b"%PDF")


def test_an_aligned_export_is_aligned(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.export import ExportSize, export_chart

    window.align_toggle.setChecked(True)
    charts = window.exports.chart_options("both")
    assert charts.aligned
    text = export_chart(window.views[0], window.views[1], tmp_path / "a.svg", ExportSize(800, 450), charts).read_text(
        encoding="utf-8"
    )
    assert "Years since relations were established" in text


def test_copy_milestones_to_the_clipboard(window) -> None:  # type: ignore[no-untyped-def]
    QtGui.QGuiApplication.clipboard().clear()
    window.exports.copy_chart("milestones")
    image = QtGui.QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() >= 1280
    assert window.statusBar().currentMessage() == "Milestones timeline copied to the clipboard"


def test_a_typed_code_and_enter_picks_the_country_exact_match_first(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    picker = window.selectors[1].second
    picker.setFocus()
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "KOR")
    assert picker.proxy.index(0, 0).data(CODE_ROLE) == "KOR"  # South Korea before North Korea (PRK)
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        qtbot.keyClick(picker.lineEdit(), QtCore.Qt.Key.Key_Return)
    assert window.selectors[1].pair() == ("VNM", "KOR")
    assert picker.currentText() == "South Korea (KOR)" or picker.currentText().endswith("(KOR)")


def test_tab_takes_a_typed_name_and_text_naming_no_country_is_said(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    picker = window.selectors[1].second
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "Chile")
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        assert picker.commit_typed()  # what Tab (leaving the picker) does
    assert window.selectors[1].pair() == ("VNM", "CHL")
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "Atlantis")
    with qtbot.waitSignal(window.selectors[1].not_found, timeout=2000):
        assert not picker.commit_typed()
    assert window.statusBar().currentMessage() == "No country matches “Atlantis” (relationship B is unchanged)"
    assert picker.currentText() == "Chile (CHL)" and window.selectors[1].pair() == ("VNM", "CHL")


def test_recent_pairs_are_one_per_relationship_and_the_same_pair_twice_is_pointed_out(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    settings = window.settings
    for pair in (("VNM", "PER"), ("PER", "VNM"), ("MEX", "VNM"), ("VNM", "MEX")):
        settings.add_recent(pair)
    recent = settings.recent()
    assert [set(p) for p in recent[:2]] == [{"VNM", "MEX"}, {"VNM", "PER"}] and len(recent) == len(
        {frozenset(p) for p in recent}
    )
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[1].set_pair("MEX", "VNM")
    assert window.statusBar().currentMessage().startswith("A and B are the same relationship (Mexico–Vietnam)")


def test_window_shortcuts_work_while_a_text_field_has_focus(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """On X11 a line edit claims Ctrl+E ("end of line"); Dyad's own keys go to the window whatever has
    focus, while the standard editing keys (copy, undo) stay the field's. Qt asks the focus widget, so
    the keys are sent there, as Qt sends them."""
    from app.ui.qt import QtGui, QtWidgets

    class Greedy(QtWidgets.QLineEdit):  # claims every key, as X11's key bindings make a line edit do
        def event(self, event: QtCore.QEvent) -> bool:
            if event.type() == QtCore.QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            return super().event(event)

    def claimed(widget: QtWidgets.QWidget, key: QtCore.Qt.Key, mods: QtCore.Qt.KeyboardModifier) -> bool:
        widget.setFocus()
        qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is not None)
        focus = QtWidgets.QApplication.focusWidget()
        assert focus is widget or focus is widget.focusProxy() or widget.isAncestorOf(focus)
        event = QtGui.QKeyEvent(QtCore.QEvent.Type.ShortcutOverride, key, mods)
        QtWidgets.QApplication.sendEvent(focus, event)
        return event.isAccepted()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ctrl, shift = QtCore.Qt.KeyboardModifier.ControlModifier, QtCore.Qt.KeyboardModifier.ShiftModifier
    field = Greedy(window)
    field.show()
    for key, mods in ((QtCore.Qt.Key.Key_E, ctrl), (QtCore.Qt.Key.Key_L, ctrl), (QtCore.Qt.Key.Key_C, ctrl | shift)):
        assert not claimed(field, key, mods)
    assert claimed(field, QtCore.Qt.Key.Key_C, ctrl)  # Copy stays the field's
    for editor in (window.selectors[0].first, window.facts_panels[0].filter, window.viewers[1].text):
        assert not claimed(editor, QtCore.Qt.Key.Key_E, ctrl)
    # Only the focus widget is watched, as only it is asked: a field without focus is left alone.
    window.facts_panels[0].filter.setFocus()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is window.facts_panels[0].filter)
    event = QtGui.QKeyEvent(QtCore.QEvent.Type.ShortcutOverride, QtCore.Qt.Key.Key_E, ctrl)
    QtWidgets.QApplication.sendEvent(field, event)
    assert event.isAccepted()


def test_a_new_relationship_is_laid_out_once(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Drawn, labelled and its milestones set in rows once, for the range it ends with: drawing the data,
    fitting the view and widening it to the milestones' years each laid the labels out again (four times a
    switch, and the timeline twice, on a large store a third of a second). And fitted once the milestones'
    years are known, not also before (0.6 ms a switch on a 20,000-article store)."""
    import app.ui.trade_plot as trade_plot

    calls = {"labels": 0, "rows": 0, "fits": 0}
    lay_out, rows, fit = trade_plot.lay_out, window.timeline._rows, window.plot.reset_view

    def counted_fit() -> None:
        calls["fits"] += 1
        fit()

    window.plot.reset_view = counted_fit

    def counted_lay_out(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["labels"] += 1
        return lay_out(*args, **kwargs)

    def counted_rows() -> list[float]:
        calls["rows"] += 1
        return rows()

    monkeypatch.setattr(trade_plot, "lay_out", counted_lay_out)
    window.timeline._rows = counted_rows
    _load(qtbot, window, 1, ("CHL", "PER"))
    qtbot.wait(200)  # the timers that follow a range change have fired
    # Fitted for the data with the milestones' years, and again as the key's new entries resized the plot
    # (the view was fitted three times: before the milestones' years were known, too).
    assert calls == {"labels": 1, "rows": 1, "fits": 2}
    window.resize(1200, 800)  # a real change of size still lays both out again
    qtbot.wait(300)
    assert calls["labels"] >= 2 and calls["rows"] >= 2


def test_a_switch_behind_the_articles_tab_builds_no_fact_rows_and_the_facts_tab_shows_them_when_opened(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    """The Facts tab's rows are built when the tab is opened: a switch with it hidden costs none of them (a
    quarter of reading a relationship of ~550 facts). The fact selected there stays selected."""
    panel = window.facts_panels[1]
    window.tabs[1].setCurrentIndex(1)  # Facts
    assert panel.select_fact(next(r.id for r in window.views[1].fact_rows if r.when == "2016"))
    window.tabs[1].setCurrentIndex(0)  # Articles
    for pair in (("VNM", "MEX"), ("VNM", "PER")):
        with qtbot.waitSignal(window.pair_loaded, timeout=10000):
            window.selectors[1].set_pair(*pair)
    rows = window.views[1].fact_rows
    assert not rows.built  # read by nothing yet
    window.tabs[1].setCurrentIndex(1)
    assert rows.built
    shown = panel.table.model()
    assert shown.rowCount() == len(rows) == 11
    selected = panel.selected()
    assert selected is not None
    assert (selected.kind, selected.when, selected.value) == ("trade_total", "2016", "$353.78M")


def test_with_the_facts_tab_open_a_switch_builds_its_rows_on_the_worker(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Built when the table took them in, they had moved from the worker to the GUI thread (3.4 ms of a switch
    on the 20,000-article store)."""
    import threading

    import app.session.views as views

    built_in: list[str] = []
    rows_of = views._rows_of

    def recorded(*args):  # type: ignore[no-untyped-def]
        built_in.append(threading.current_thread().name)
        return rows_of(*args)

    monkeypatch.setattr(views, "_rows_of", recorded)
    window.tabs[1].setCurrentIndex(1)  # Facts
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[1].set_pair("VNM", "JPN")
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[1].set_pair("VNM", "PER")
    assert len(built_in) == 2 and threading.main_thread().name not in built_in
    assert window.facts_panels[1].table.model().rowCount() == 11
