"""The window at the sizes and scales analysts use it (issue 24, item 15): nothing wider than the window,
usable panes by default, a size kept only where it still fits, the time axis zoomed within the data."""

from __future__ import annotations

from pathlib import Path

from app.ui.qt import QtCore, QtGui, QtWidgets


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    QtWidgets.QApplication.processEvents()
    qtbot.wait(80)


def test_a_narrow_window_stacks_the_pickers_and_never_scrolls_sideways(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """1600×1000 at 200 % gives 800×500 logical pixels: the content was wider than the window and the
    chart was cut at 2014 behind a horizontal scroll bar."""
    scroll = window.centralWidget()
    for width, height in ((760, 475), (1024, 640), (1400, 900)):
        window.resize(width, height)
        _settle(qtbot)
        viewport = scroll.viewport()
        assert scroll.widget().width() <= viewport.width(), (width, scroll.widget().width(), viewport.width())
        assert not scroll.horizontalScrollBar().isVisible(), width
        for widget in (window.selectors[1].recent, window.log_toggle, window.plot):
            right = widget.mapTo(scroll.widget(), QtCore.QPoint(widget.width(), 0)).x()
            assert right <= viewport.width(), (width, type(widget).__name__, right)
    window.resize(760, 475)
    _settle(qtbot)
    a, b = window.selectors
    assert b.mapTo(window, QtCore.QPoint(0, 0)).y() > a.mapTo(window, QtCore.QPoint(0, 0)).y()  # B under A
    window.resize(1600, 1000)
    _settle(qtbot)
    assert b.mapTo(window, QtCore.QPoint(0, 0)).y() == a.mapTo(window, QtCore.QPoint(0, 0)).y()  # side by side


def _shown(window) -> dict[str, float]:  # type: ignore[no-untyped-def]
    viewer, facts = window.viewers[0], window.facts_panels[1]
    window.tabs[1].setCurrentIndex(1)
    QtWidgets.QApplication.processEvents()
    article = viewer.list.visualRect(viewer.model.index(0)).height()
    return {
        "articles": viewer.list.viewport().height() / article,
        "lines": viewer.text.viewport().height() / viewer.text.fontMetrics().lineSpacing(),
        "fact rows": facts.table.viewport().height() / facts.table.verticalHeader().defaultSectionSize(),
        "plot": window.plot.height(),
        "timeline": window.timeline.height(),
    }


def test_the_default_window_gives_articles_and_facts_a_usable_share(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """At 1400×900 the lower panes showed 1.5 articles, 3 lines of text and 4 fact rows."""
    window.resize(1400, 900)
    _settle(qtbot)
    shown = _shown(window)
    assert shown["articles"] >= 3 and shown["lines"] >= 10 and shown["fact rows"] >= 10, shown
    assert shown["plot"] >= 260 and shown["timeline"] >= 140, shown
    window.resize(1600, 1000)
    _settle(qtbot)
    bigger = _shown(window)
    assert all(bigger[k] > shown[k] for k in shown), (shown, bigger)  # every pane has its share of the growth
    window.resize(1400, 900)
    _settle(qtbot)
    labels = [label.text for _, label in window.plot.legend.items]
    assert labels[:2] == ["Vietnam–Mexico", "Vietnam–Peru"]
    assert "part of a year (not joined)" in labels  # the marker key fits at the default size


def test_a_splitter_the_analyst_moved_keeps_its_place(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    upper = window.frame.upper
    window.resize(1400, 900)
    _settle(qtbot)
    upper.moveSplitter(600, 1)  # what dragging the handle does
    upper.splitterMoved.emit(600, 1)
    share = upper.sizes()[0] / sum(upper.sizes())
    assert share > 0.7  # the analyst's, not the default 0.54
    window.resize(1400, 950)
    _settle(qtbot)
    assert upper.sizes()[0] / sum(upper.sizes()) > 0.7, "a resize put the default shares back"


def test_a_size_saved_on_another_screen_or_scale_opens_at_the_default(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    def reopened(settings: Settings) -> MainWindow:
        again = MainWindow(settings)
        qtbot.addWidget(again)
        return again

    free = window.screen().availableGeometry()
    settings = window.settings
    window.resize(740, 730)
    window.frame.save_geometry()
    assert settings.geometry_screen() == f"{free.width()}x{free.height()}@1"
    same = reopened(settings)
    assert (same.width(), same.height()) == (740, 730)  # same screen, same scale: as it was left
    same.close()
    # The same bytes saved at another scale (Qt restored 1400×900 as 504×377 there): the default size.
    settings.set_geometry(settings.geometry(), "1600x1000@2")
    other = reopened(settings)
    assert (other.width(), other.height()) == (min(1400, int(free.width() * 0.95)), min(900, int(free.height() * 0.95)))
    other.close()
    window.resize(300, 200)  # too small to use, even on this screen
    window.frame.save_geometry()
    small = reopened(settings)
    assert small.width() >= min(800, int(free.width() * 0.9)) and small.height() >= min(560, int(free.height() * 0.9))
    small.close()


def _x_range(window) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    low, high = window.plot.getPlotItem().vb.viewRange()[0]
    return float(low), float(high)


def test_the_wheel_zooms_the_time_axis_within_the_data_and_no_closer_than_a_year(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Zoomed out without limit the axis ran 1550-2570; the data run 1975 (established) to 2024."""
    plot = window.plot
    full = _x_range(window)
    assert full[0] < 1975 and full[1] > 2024

    def wheel(steps: int, widget: QtWidgets.QWidget) -> None:
        for _ in range(abs(steps)):
            pos = QtCore.QPointF(widget.viewport().rect().center())
            event = QtGui.QWheelEvent(
                pos,
                widget.viewport().mapToGlobal(pos),
                QtCore.QPoint(),
                QtCore.QPoint(0, -120 if steps < 0 else 120),
                QtCore.Qt.MouseButton.NoButton,
                QtCore.Qt.KeyboardModifier.NoModifier,
                QtCore.Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            QtWidgets.QApplication.sendEvent(widget.viewport(), event)
            QtWidgets.QApplication.processEvents()

    wheel(-40, plot)  # out, far past the data
    low, high = _x_range(window)
    span = full[1] - full[0]
    assert low >= full[0] - max(3, 0.25 * span) - 0.01 and high <= full[1] + max(3, 0.25 * span) + 0.01, (low, high)
    wheel(-40, window.timeline)  # the timeline is on the same axis, with the same limits
    t_low, t_high = window.timeline.getPlotItem().vb.viewRange()[0]
    assert t_low >= full[0] - max(3, 0.25 * span) - 0.01 and t_high <= full[1] + max(3, 0.25 * span) + 0.01
    wheel(80, plot)  # in, as far as it goes
    low, high = _x_range(window)
    assert high - low >= 0.999


def test_showing_or_hiding_official_statistics_keeps_the_zoom(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    vb = window.plot.getPlotItem().vb
    vb.setXRange(2000, 2010, padding=0)
    vb.sigRangeChangedManually.emit([True, False])  # what a drag or the wheel says
    window.commands["official"].trigger()
    assert _x_range(window) == (2000.0, 2010.0)
    window.commands["official"].trigger()
    assert _x_range(window) == (2000.0, 2010.0)
    window.commands["reset_zoom"].trigger()
    assert _x_range(window)[0] < 1975


def test_the_facts_tables_short_columns_show_their_entries_whole(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Widths in average characters cut "? 0.67" to "? 0…" (digits are wider than the average)."""
    from app.ui.fact_table import COLUMNS

    window.tabs[1].setCurrentIndex(1)  # the Facts tab, where the table is seen
    table = window.facts_panels[1].table
    model = table.model()
    metrics = table.fontMetrics()
    for name in ("Kind", "When", "Hedge", "Flag", "Sure", "Status"):
        column = COLUMNS.index(name)
        texts = {str(model.index(r, column).data() or "") for r in range(model.rowCount())}
        widest = max(metrics.horizontalAdvance(t) for t in texts if not t.startswith("2024 (first"))
        assert table.columnWidth(column) >= widest + 8, (name, table.columnWidth(column), widest)
    assert "? 0.67" in {model.index(r, COLUMNS.index("Sure")).data() for r in range(model.rowCount())}
