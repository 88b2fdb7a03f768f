"""Defects a new user met in the window, each reproduced through the real widgets and events."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from app.ui.qt import QtCore, QtGui, QtWidgets
from tests.ui.conftest import open_window


def _click_trade_point(qtbot, window, year: int, value: float) -> None:  # type: ignore[no-untyped-def]
    plot = window.plot
    vb = plot.getPlotItem().getViewBox()
    pos = plot.mapFromScene(vb.mapViewToScene(QtCore.QPointF(year, math.log10(value))))
    with qtbot.waitSignal(plot.point_activated, timeout=3000):
        qtbot.mouseClick(plot.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pos)


def test_copy_trade_chart_menu_item_copies_the_chart(window) -> None:  # type: ignore[no-untyped-def]
    # The menu's triggered(bool) signal once reached copy_chart(chart=False): "no chart called False".
    QtGui.QGuiApplication.clipboard().clear()
    window.commands["copy_trade"].trigger()
    image = QtGui.QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() >= 1280
    assert window.statusBar().currentMessage() == "Trade chart copied to the clipboard"


def test_clicking_a_point_selects_its_article_in_the_list_as_painted(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The list repaints the rows whose selection changes when it hears selectionChanged; the viewer once
    blocked that signal while moving the selection, so the list kept painting the previous article."""
    viewer = window.viewers[0]
    heard: list[list[int]] = []
    viewer.list.selectionModel().selectionChanged.connect(
        lambda selected, _deselected: heard.append([i.row() for i in selected.indexes()])
    )
    _click_trade_point(qtbot, window, 2019, 6.275e9)  # stated by 001, the second article in the list
    assert viewer.list.currentIndex().row() == 1
    assert heard == [[1]], "the list was not told that article 001 is now the selected source"
    _click_trade_point(qtbot, window, 2024, 15e9)  # back to 000
    assert viewer.list.currentIndex().row() == 0 and heard[-1] == [0]
    assert [i.row() for i in viewer.list.selectionModel().selectedIndexes()] == [0]


def _x_range(window) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    return tuple(window.plot.getPlotItem().getViewBox().viewRange()[0])  # type: ignore[return-value]


def test_early_milestones_stay_in_view_whatever_resets_the_axes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    established = 1975.0  # Vietnam–Mexico's relations, long before its first trade figure (1993)
    low, high = _x_range(window)
    assert low < established and high > 2024
    window.commands["log"].trigger()
    assert _x_range(window)[0] < established, "the log/linear toggle narrowed the axis to the trade data"
    window.commands["log"].trigger()
    reset = next(a for a in window.findChildren(QtGui.QAction) if a.text() == "&Reset zoom")
    window.plot.getPlotItem().getViewBox().scaleBy((0.2, 1.0))  # the analyst zooms in
    reset.trigger()
    assert _x_range(window)[0] < established <= _x_range(window)[1] - 40, "Reset zoom lost the early milestones"
    window.plot.getPlotItem().getViewBox().scaleBy((0.2, 1.0))
    window.plot.getPlotItem().autoBtn.clicked.emit(window.plot.getPlotItem().autoBtn)  # pyqtgraph's "A" button
    assert _x_range(window)[0] < established, "the A button narrowed the axis to the trade data"
    assert window.timeline.getPlotItem().getViewBox().viewRange()[0][0] < established


def _tooltip_event(view, scene_point: QtCore.QPointF) -> bool:  # type: ignore[no-untyped-def]
    pos = view.mapFromScene(scene_point)
    event = QtGui.QHelpEvent(QtCore.QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    return QtWidgets.QApplication.sendEvent(view.viewport(), event)


def _milestone_point(window) -> QtCore.QPointF:  # type: ignore[no-untyped-def]
    timeline = window.timeline
    star = next(p for p in timeline.placed if p.milestone.kind == "relations_established" and p.side == 1)
    return timeline.getPlotItem().getViewBox().mapViewToScene(QtCore.QPointF(star.start, 0.0))


def test_milestone_tooltips_keep_working_after_clicking_a_trade_point(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _tooltip_event(window.timeline, _milestone_point(window))
    assert QtWidgets.QToolTip.isVisible()
    assert "Relations established: 1994-11-14" in QtWidgets.QToolTip.text()
    vb = window.plot.getPlotItem().getViewBox()
    _tooltip_event(window.plot, vb.mapViewToScene(QtCore.QPointF(2024, math.log10(15e9))))
    assert "Vietnam–Mexico: $15B in 2024" in QtWidgets.QToolTip.text()
    _click_trade_point(qtbot, window, 2024, 15e9)
    window.plot.getPlotItem().autoBtn.clicked.emit(window.plot.getPlotItem().autoBtn)
    _tooltip_event(window.timeline, _milestone_point(window))
    assert QtWidgets.QToolTip.isVisible()
    assert "Relations established: 1994-11-14" in QtWidgets.QToolTip.text()
    _tooltip_event(window.timeline, _milestone_point(window) + QtCore.QPointF(0, 40))  # off every milestone
    qtbot.waitUntil(lambda: not QtWidgets.QToolTip.isVisible(), timeout=2000)


def test_flagged_figures_and_gaps_in_the_series_are_drawn_as_such(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """US$10,700 in 1993 is a red warning triangle, labelled, off the line; the line over 2006–2019 and
    2019–2024 (years with no figure) is dashed, not a confident solid line; the key explains both."""
    plot = window.plot
    mexico = plot.series[0]
    by_year = {p.point.year: p for p in mexico.plotted if not p.point.derived and not p.point.partial_period}
    assert by_year[1993].point.implausible and not by_year[1993].on_line
    spots = {spot.data().point.year: spot for spot in mexico.markers.scatter.points()}
    assert spots[1993].symbol() == "t1" and spots[2004].symbol() == "o"
    assert spots[1993].brush().color().name() == plot.theme.flagged
    labels = [label.textItem.toPlainText() for label in mexico.labels if label.isVisible()]
    assert "⚠ implausible" in labels
    xs, _ = mexico.gaps.getOriginalDataset()
    assert list(xs) == [2006, 2019, 2019, 2024]  # dashed: two gaps of 13 and 5 years
    assert mexico.gaps.opts["pen"].style() == QtCore.Qt.PenStyle.DashLine
    line_x, _ = mexico.line.getOriginalDataset()
    assert list(line_x) == [2004, 2005, 2006, 2019, 2024]
    assert list(mexico.line.opts["connect"]) == [True, True, False, False, False]
    legend = [label.text for _, label in plot.legend.items]
    assert "flagged: kept out of growth (hover: why)" in legend
    assert "no figure for over 2 years" in legend


def test_counts_are_pluralised_and_article_titles_end_at_a_word(window) -> None:  # type: ignore[no-untyped-def]
    from app.ui.article_viewer import elide_to_width

    assert " · 1 visit · 2 agreements · " in window.summary.lines[1].text()  # Vietnam–Peru: one visit
    metrics = window.viewers[0].list.fontMetrics()
    title = "Economic and trade collaboration remains a central pillar of relations, with significant untapped"
    for width in (120, 200, 333, 480):
        shown = elide_to_width(title, metrics, width)
        assert metrics.horizontalAdvance(shown) <= width
        assert shown.endswith("…") and title.startswith(shown[:-1])
        assert title[len(shown) - 1] == " " or title[len(shown) - 2] == ","  # the cut falls between words
    assert elide_to_width("Short title", metrics, 480) == "Short title"


def test_each_article_in_the_list_shows_its_title_and_its_source_line(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Two lines per article at any width (Qt hands the delegate line separators, not newlines)."""
    panel = window.viewers[0]
    for width in (420, 900):
        panel.list.resize(width, 300)
        qtbot.wait(10)
        line = panel.list.fontMetrics().height()
        heights = {panel.list.visualRect(panel.model.index(i)).height() for i in range(panel.model.rowCount())}
        assert len(heights) == 1 and heights.pop() >= 2 * line - 2, width


def test_a_title_with_line_breaks_is_one_line_of_its_row(window) -> None:  # type: ignore[no-untyped-def]
    """Rows are measured once, as all of one size: a title broken over lines in its source would have made
    its row taller than the size the list gives every row."""
    from app.session.records import ArticleSummary
    from app.ui.article_viewer import ArticleListModel

    model = ArticleListModel()
    model.set_articles((ArticleSummary(7, "Vietnam and Peru\nsign a\r\n trade pact", "VNA", "2024-05-01", "a.txt", 3),))
    shown = model.data(model.index(0), QtCore.Qt.ItemDataRole.DisplayRole)
    assert shown == "Vietnam and Peru sign a trade pact\nVNA · 2024-05-01 · 3 facts"
    assert window.viewers[0].list.uniformItemSizes()


def test_the_window_fits_its_screen_and_scrolls_when_smaller_than_its_layout(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A geometry saved on a bigger monitor (or a first start at 200 %) opens within the screen; a window
    smaller than the layout scrolls instead of crushing the charts."""
    free = window.screen().availableGeometry()
    window.resize(free.width() * 3, free.height() * 3)
    window.move(free.right() + 500, free.bottom() + 500)
    window.frame.fit_to_screen()
    assert window.width() <= free.width() and window.height() <= free.height()
    assert free.contains(window.pos())
    window.resize(600, 400)
    qtbot.wait(20)
    assert isinstance(window.centralWidget(), QtWidgets.QScrollArea)
    assert window.plot.height() >= window.plot.minimumHeight() >= 140
    from app.ui.window_layout import ROOMY_HEIGHT

    assert window.centralWidget().widget().height() >= ROOMY_HEIGHT  # scrolling anyway: laid out roomily


def test_a_relationship_with_no_article_speaks_gui_and_offers_an_import(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    monkeypatch.setattr(window.importer, "import_files_dialog", lambda: calls.append("import"))
    for viewer in window.viewers:
        viewer.import_requested.disconnect()
        viewer.import_requested.connect(window.importer.import_files_dialog)
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[1].set_pair("CHL", "KEN")
    viewer = window.viewers[1]
    text = viewer.empty.text()
    assert viewer.empty.isVisibleTo(window) and viewer.empty.wordWrap() and not viewer.text.isVisibleTo(window)
    assert text.startswith("No article in the store states a fact about Chile–Kenya yet.")
    assert "`" not in text and "File ▸ Import articles…" in text
    assert viewer.import_button.isVisibleTo(window)
    viewer.import_button.click()
    assert calls == ["import"]
    assert not window.viewers[0].import_button.isVisibleTo(window)  # Vietnam–Mexico has articles


def test_help_has_a_user_guide(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from app.ui.guide import GuideDialog

    window.help.show_guide()
    guide = next(w for w in window.findChildren(GuideDialog))
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    for needed in ("Pick two relationships", "Red triangle", "Undo (Ctrl+Z)", "Export chart… (Ctrl+E)"):
        assert needed in text


def test_labels_near_each_other_are_stacked_not_drawn_over_each_other(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Vietnam–Peru labels its flagged 2022 figure and its part-year 2024 figure: at 1024 pixels they
    would overlap along the time axis, so they are laid out by one rule: clear of each other and of every
    marker, inside the plot, and joined to their point by a leader line when placed away from it."""
    from app.ui.layout_check import layout_problems

    window.resize(1024, 640)
    qtbot.wait(250)  # the labels are placed again for the new width once the resize settles
    labels = [label for label in window.plot.series[1].labels if label.isVisible()]
    texts = {label.textItem.toPlainText(): label for label in labels}
    assert set(texts) == {"⚠ inconsistent", "first nine months 2024"}
    rects = [label.mapRectToScene(label.boundingRect()) for label in labels]
    assert not rects[0].intersects(rects[1])
    assert layout_problems(window) == []


def test_years_are_labelled_when_a_pair_has_no_trade_figure_or_one(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """United Kingdom–Soviet Union against China–Soviet Union (1987 wire stories): no year labels at all."""
    from app.store.engine import open_store
    from app.store.ingest import ingest_paths
    from app.ui.settings import Settings

    (tmp_path / "a.txt").write_text(
        " date 1987-03-31\nMOSCOW, March 31 - Britain and the Soviet Union signed a trade agreement today.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        " date 1987-04-02\nPEKING, April 2 - Trade between China and the Soviet Union rose to 2.5 billion dlrs "
        "in 1986, officials said.\n",
        encoding="utf-8",
    )
    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    ingest_paths(store, [tmp_path / "a.txt", tmp_path / "b.txt"], workers=1)
    settings = Settings(tmp_path / "settings.ini")
    settings.set_pair(0, ("GBR", "SUN"))
    settings.set_pair(1, ("CHN", "SUN"))
    window = open_window(qtbot, settings, store)
    for chart in (window.plot, window.timeline):
        axis = chart.getPlotItem().getAxis("bottom")
        low, high = chart.getPlotItem().vb.viewRange()[0]
        levels = axis.tickValues(low, high, axis.width())
        labels = [text for spacing, values in levels[:1] for text in axis.tickStrings(values, 1.0, spacing)]
        assert "1986" in labels or "1987" in labels, (chart, low, high, labels)
    window.workers.wait()
    store.close()


@pytest.mark.parametrize(
    ("low", "high", "width", "labels"),
    [
        (1986.24, 1989.96, 1268.0, ["1987", "1988", "1989"]),  # two 1987 stories' milestones: none were labelled
        (2018.5, 2019.5, 800.0, ["2019"]),
        (1974.0, 2027.0, 500.0, ["1980", "1990", "2000", "2010", "2020"]),
    ],
)
def test_the_year_axis_labels_whole_years_over_any_span(
    qtbot, low: float, high: float, width: float, labels: list[str]
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.plot_axes import YearAxis

    axis = YearAxis("bottom")
    spacing, values = axis.tickValues(low, high, width)[0]
    assert axis.tickStrings(values, 1.0, spacing) == labels


def test_swapping_a_and_b_says_nothing_of_the_same_relationship(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """⇄ between the sides loaded A first while B still showed A's old pair: "A and B are the same"."""
    heard: list[str] = []
    window.statusBar().messageChanged.connect(heard.append)
    with qtbot.waitSignals([window.pair_loaded, window.pair_loaded], timeout=10000):
        window.commands["swap"].trigger()
    assert [v.asked for v in window.views] == [("VNM", "PER"), ("VNM", "MEX")]
    assert window.selectors[0].pair() == ("VNM", "PER") and window.selectors[1].pair() == ("VNM", "MEX")
    assert window.viewers[0].header.text() == "A: Vietnam–Peru"
    assert window.plot.line_data(0) == ([2016, 2022, 2023], [353.78e6, 600e6, 486e6])
    assert not [m for m in heard if "same relationship" in m]


def test_picking_the_other_sides_pair_still_says_so(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[1].set_pair("MEX", "VNM")
    assert window.statusBar().currentMessage().startswith("A and B are the same relationship (Mexico–Vietnam)")


def test_the_same_relationship_warning_goes_once_another_pair_is_picked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """It stayed its ten seconds after B was changed back to Vietnam–Peru, saying what was no longer so."""
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[1].set_pair("MEX", "VNM")
    assert window.statusBar().currentMessage().startswith("A and B are the same relationship (Mexico–Vietnam)")
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[1].set_pair("VNM", "PER")
    assert window.statusBar().currentMessage() == ""
    window.statusBar().showMessage("Exported trade chart to brief.png", 10000)  # another message stays
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[1].set_pair("PER", "VNM")
    assert window.statusBar().currentMessage() == "Exported trade chart to brief.png"


def test_ctrl_e_reaches_the_window_from_a_picker(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """An editable combo box hands ShortcutOverride straight to its line edit's event(), past any filter
    on the line edit; on X11 the line edit claims Ctrl+E ("end of line") and Export chart… never ran."""

    class Greedy(QtWidgets.QLineEdit):  # claims every key, as X11's key bindings make a line edit do
        def event(self, event: QtCore.QEvent) -> bool:
            if event.type() == QtCore.QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            return super().event(event)

    def focused(widget: QtWidgets.QWidget) -> QtWidgets.QWidget:
        """``widget`` given focus, and the widget Qt then asks whether it claims a key (the focus widget)."""
        widget.setFocus()
        qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() in (widget, widget.focusProxy()))
        focus = QtWidgets.QApplication.focusWidget()
        assert focus is not None
        return focus

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    picker = window.selectors[0].first
    picker.setLineEdit(Greedy())
    ctrl = QtCore.Qt.KeyboardModifier.ControlModifier
    for key in (QtCore.Qt.Key.Key_E, QtCore.Qt.Key.Key_L):
        event = QtGui.QKeyEvent(QtCore.QEvent.Type.ShortcutOverride, key, ctrl)
        QtWidgets.QApplication.sendEvent(focused(picker), event)
        assert not event.isAccepted(), f"the picker kept Ctrl+{QtGui.QKeySequence(key).toString()}"
    late = Greedy(window.facts_panels[0])  # a field made after the window was built
    late.show()
    event = QtGui.QKeyEvent(QtCore.QEvent.Type.ShortcutOverride, QtCore.Qt.Key.Key_E, ctrl)
    QtWidgets.QApplication.sendEvent(focused(late), event)
    assert not event.isAccepted()
    copy = QtGui.QKeyEvent(QtCore.QEvent.Type.ShortcutOverride, QtCore.Qt.Key.Key_C, ctrl)
    QtWidgets.QApplication.sendEvent(focused(late), copy)
    assert copy.isAccepted()  # the field's own editing keys stay the field's


def test_tab_takes_the_country_typed_while_the_matches_are_open(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Typing opens the list of matches; Tab then left the picker saying "Japan" while B stayed Peru."""
    window.activateWindow()
    picker = window.selectors[1].second
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus, timeout=3000)
    picker.edit().selectAll()
    qtbot.keyClicks(picker.edit(), "Japan")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        qtbot.keyClick(popup, QtCore.Qt.Key.Key_Tab)
    assert window.selectors[1].pair() == ("VNM", "JPN") == window.views[1].asked
    assert picker.currentText() == "Japan (JPN)"
    assert not picker.hasFocus()


def test_tab_runs_through_each_sides_swap_and_recent_before_the_next_picker(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    a, b = window.selectors
    a.first.setFocus()
    qtbot.waitUntil(a.first.hasFocus, timeout=3000)
    visited = []
    for _ in range(9):
        qtbot.keyClick(QtWidgets.QApplication.focusWidget(), QtCore.Qt.Key.Key_Tab)
        visited.append(QtWidgets.QApplication.focusWidget())
    expected = [a.second, a.swap, a.recent, b.first, b.second, b.swap, b.recent, window.align_toggle, window.log_toggle]
    labels = ["A2", "A⇄", "A-recent", "B1", "B2", "B⇄", "B-recent", "align", "log"]
    names = {id(w): n for w, n in zip(expected, labels, strict=True)}
    assert [names.get(id(w), type(w).__name__) for w in visited] == list(names.values())


def test_a_fact_added_from_a_selection_is_stored_with_its_fields_and_counted(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.fact_table import NewFactDialog

    def filled(dialog: NewFactDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("visit"))
        dialog.date.setText("November 12, 2024")
        dialog.person.setText("Foreign Minister Elmer Schialer")
        return int(QtWidgets.QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(NewFactDialog, "exec", filled)
    text = window.viewers[1].text
    article = text.article
    start = text.toPlainText().index("State President")
    before = window.status.text()
    assert before.startswith("5 articles, 44 facts")
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window._add_from_selection(1, article.id, start, start + 40)
    visits = [r for r in window.views[1].fact_rows if r.kind == "visit"]
    added = next(r for r in visits if r.person == "Foreign Minister Elmer Schialer")
    assert (added.date, added.status) == ("2024-11-12", "accepted")
    qtbot.waitUntil(lambda: window.status.text().startswith("5 articles, 45 facts"), timeout=5000)


def test_export_facts_opens_in_the_export_folder_and_writes_csv(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """It opened in the folder articles were last imported from, and wrote CSV to a name ending .png."""
    from app.ui.export_controller import csv_path

    imports, exports = tmp_path / "articles", tmp_path / "exports"
    imports.mkdir()
    exports.mkdir()
    window.settings.set_last_folder(str(imports))
    window.settings.set_last_folder(str(exports), "export")
    offered: list[str] = []

    def save_as(_parent, _title, start, _filter):  # type: ignore[no-untyped-def]
        offered.append(start)
        return str(exports / "vietnam facts.png"), "CSV files (*.csv)"

    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(window.exports.facts_exported, timeout=10000) as written:
        window.commands["export_facts"].trigger()
    assert offered == [str(exports / "dyad-facts.csv")]
    assert written.args == [29 + 11]  # Vietnam–Mexico and Vietnam–Peru (the store's other 4 are Japan–Mexico)
    assert (exports / "vietnam facts.csv").read_text(encoding="utf-8-sig").startswith("relationship,id,")
    assert not (exports / "vietnam facts.png").exists()
    assert window.settings.last_folder() == str(imports)  # the import folder is the import folder still
    assert csv_path("facts") == csv_path("facts.CSV").with_suffix(".csv") == Path("facts.csv")


WIRE_1987 = (
    "ARGENTINA-BRAZIL TRADE JUMPED 90 PCT IN 1986\n"
    "    BUENOS AIRES, March 5 - Trade between Argentina and Brazil\n"
    "jumped 90 pct in 1986 versus 1985, Foreign Minister Dante\n"
    "Caputo said.\n"
    "    He said trade last year totalled 1.3 billion dlrs versus\n"
    "700 mln dlrs in 1985.\n"
    " Reuter\n"
)


def test_a_wire_story_reads_as_paragraphs_with_its_lines_as_written_a_tick_away(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from app.session.imports import store_pasted_article

    values = {"title": "ARGENTINA-BRAZIL TRADE JUMPED 90 PCT IN 1986", "published": "1987-03-05", "outlet": "Reuters"}
    result = store_pasted_article(window.store, {**values, "text": WIRE_1987})
    assert result.status == "new" and result.facts >= 2
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[0].set_pair("ARG", "BRA")
    viewer = window.viewers[0]
    text = viewer.text
    assert viewer.as_written.isVisibleTo(viewer) and not viewer.as_written.isChecked()
    shown = text.toPlainText()
    assert (
        "Trade between Argentina and Brazil jumped 90 pct in 1986 versus 1985, Foreign Minister Dante Caputo" in shown
    )
    assert "\n\n   He said trade last year totalled 1.3 billion dlrs versus 700 mln dlrs in 1985." in shown
    total = next(
        f for f in text.article.facts if f.kind == "trade_total" and "1.3" in text.article.text[f.start : f.end]
    )
    assert shown[total.start : total.end] == text.article.text[total.start : total.end].replace("\n", " ")
    text.select_fact(total.id)
    viewer.as_written.setChecked(True)
    assert text.toPlainText() == text.article.text  # the lines as the source broke them
    assert text.selected_fact == total.id
    assert "1.3 billion dlrs versus\n700 mln" in text.toPlainText()


def test_a_caption_names_its_sources_and_an_aligned_chart_its_years(window) -> None:  # type: ignore[no-untyped-def]
    """Captions said only "Source: Dyad, 4 articles"; an aligned chart did not say which calendar year is
    year 0 for each relationship, so years since establishment could not be read back."""
    from app.ui.export import caption_text

    a, b = window.views
    caption = caption_text(a, b, "trade")
    assert caption.startswith("Two-way trade, Vietnam–Mexico and Vietnam–Peru. Sources (read by Dyad): ")
    assert "Vietnam–Mexico: Viet Nam News, 2025-05-20; “Looking ahead to robust ties between Mexico and" in caption
    assert "Vietnam–Peru: Viet Nam News, 2024-11-11." in caption
    assert "(undated)" in caption
    aligned = caption_text(a, b, "both", aligned=True)
    assert aligned.endswith(
        "Years counted from relations established (year 0): Vietnam–Mexico 1975-05-19, Vietnam–Peru 1994-11-14."
    )


def test_a_rate_given_in_view_exchange_rates_draws_the_foreign_figure(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The summary pointed to View ▸ Exchange rates…, which no menu held."""
    from app.session.imports import store_pasted_article

    story = (
        "DUTCH-WEST GERMAN TRADE ROSE IN 1986\n"
        "    AMSTERDAM, March 27 - Trade between the Netherlands and West\n"
        "Germany rose to 110,000,000,000 guilders in 1986, the Economics\n"
        "Ministry said.\n Reuter\n"
    )
    values = {"title": "", "published": "1987-03-27", "outlet": "Reuters", "text": story}
    assert store_pasted_article(window.store, values).status == "new"
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[1].set_pair("NLD", "DEU")
    assert window.views[1].name == "Netherlands–West Germany"
    assert window.plot.line_data(1) == ([], [])
    assert "View ▸ Exchange rates…" in window.summary.lines[1].text()
    menu_items = [a.text() for a in window.menuBar().actions()[2].menu().actions()]
    assert "E&xchange rates…" in menu_items
    window.commands["rates"].trigger()
    dialog = window.official.rates
    assert dialog.currency.text() == "NLG" and dialog.year.value() == 1986
    dialog.rate.setValue(0.4634)
    dialog.source.setText("IMF IFS, 1986 average")
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        dialog._on_save()
    years, usd = window.plot.line_data(1)
    assert years == [1986] and usd[0] == pytest.approx(110e9 * 0.4634)


def test_the_guide_says_what_the_chart_does_with_flagged_figures_and_official_statistics(window) -> None:  # type: ignore[no-untyped-def]
    """It said every flagged figure is "kept out of the line" while Vietnam–Peru's flagged 2022 point is on
    it, and nothing of official statistics."""
    from app.ui.guide import GUIDE

    flagged = {p.point.year: p for p in window.plot.plotted(1) if p.point.suspect}
    assert flagged[2022].on_line and not flagged[2022].point.implausible  # inconsistent: on the line
    implausible = {p.point.year: p for p in window.plot.plotted(0) if p.point.implausible}
    assert not implausible[1993].on_line  # implausible: apart
    assert '"⚠ inconsistent": its article\'s growth rate contradicts its own figures. The figure stays on the' in GUIDE
    assert "It is drawn apart,\n    off the line, until you accept it." in GUIDE
    for needed in ("## Compare with official statistics", "View ▸ Exchange rates…", "Ctrl+Shift+T", "Line breaks as"):
        assert needed in GUIDE
    assert "kept out of the line" not in GUIDE


def test_loading_is_said_only_while_loading(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """ "Loading Vietnam–Japan…" stayed in the status bar for two seconds after the pair was drawn."""
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[1].set_pair("VNM", "JPN")
    assert not window.statusBar().currentMessage().startswith("Loading")


def test_a_zoom_moves_the_markers_without_rebuilding_them(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The y range changes twice in every switch of relationship and at each turn of the wheel: the markers
    keep their data (pyqtgraph's dynamic range limit rebuilt all of them each time, ~1.3 ms on a relationship
    of 285 points) and still sit at their value, however deep the zoom."""
    plot = window.plot
    vb = plot.getPlotItem().vb
    mexico = plot.series[0]
    rebuilt: list[int] = []
    set_data = mexico.markers.scatter.setData
    monkeypatch.setattr(mexico.markers.scatter, "setData", lambda *a, **k: rebuilt.append(1) or set_data(*a, **k))
    spot = {s.data().point.year: s for s in mexico.markers.scatter.points()}[2019]
    assert spot.data().point.value_usd == 6.275e9
    y = math.log10(6.275e9)
    assert spot.pos().y() == pytest.approx(y)
    for half in (1.0, 1e-7):  # a view of two decades, then one of a ten-millionth of one
        vb.setRange(xRange=(2017, 2021), yRange=(y - half, y + half), padding=0)
        QtWidgets.QApplication.processEvents()
        spot = {s.data().point.year: s for s in mexico.markers.scatter.points()}[2019]
        assert (spot.pos().x(), spot.pos().y()) == (2019, pytest.approx(y))
        # In the middle of the view: the scatter's own transform puts it there, as painted.
        where = mexico.markers.scatter.mapToScene(spot.pos())
        assert where.y() == pytest.approx(vb.sceneBoundingRect().center().y(), abs=0.5)
    assert rebuilt == []


@pytest.mark.parametrize("kept", ["ZZZ-QQQ", "VNM-VNM", "VNM-ZZZ"])
def test_a_kept_pair_the_country_list_lacks_opens_the_default_pair(  # type: ignore[no-untyped-def]
    qtbot, seeded_store, tmp_path: Path, kept: str
) -> None:
    """Found by fuzzing the settings file: side B kept as "ZZZ-QQQ" (or one country twice) showed "Japan –
    Japan" in its pickers and stayed empty, never loaded, with nothing said (and --exit-when-ready waited
    for ever). A pair the list cannot show opens as the side's default relationship."""
    from app.ui.settings import Settings

    settings = Settings(tmp_path / "settings.ini")
    settings.q.setValue("compare/pair_b", kept)
    window = open_window(qtbot, settings, seeded_store)
    assert window.selectors[1].pair() == ("VNM", "PER")
    assert window.views[1] is not None and window.views[1].pair == ("PER", "VNM")
    window.workers.wait()


def test_a_recent_comparison_kept_with_a_name_too_long_for_the_system_is_left_out(tmp_path: Path) -> None:
    from app.ui.settings import Settings

    settings = Settings(tmp_path / "settings.ini")
    real = tmp_path / "brief.dyad"
    real.write_text("{}", encoding="utf-8")
    settings.q.setValue("compare/recent_files", ["x" * 5000, str(real)])
    assert settings.recent_comparisons() == [str(real)]  # OSError (ENAMETOOLONG) at start-up before


def test_a_timeline_too_short_for_rows_beside_its_lanes_keeps_its_marks_on_them(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Under 16 pixels of plot the rows beside a lane leave no room for a mark, and laying the marks out
    raised (min() of no rows); the marks stand on their lane's line."""
    from app.ui.timeline_view import TimelineView

    timeline = TimelineView(static=True)
    timeline.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen)
    timeline.resize(600, 40)
    timeline.show()
    timeline.set_views(*window.views)
    timeline.deleteLater()  # as an export discards its charts (closed, pyqtgraph drops the plot under its timers)
    assert timeline.getPlotItem().vb.height() < 16
    assert len(timeline.placed) == len(window.views[0].milestones) + len(window.views[1].milestones) > 5
    assert set(timeline._rows()) == {0.0}
