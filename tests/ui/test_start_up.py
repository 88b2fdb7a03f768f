"""The cyclic collector during the window's start-up: paused until the first paint, then on again with
start-up's objects frozen. A collector left off would let every reference cycle of a long session pile up."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from app.ui.start_up import collector_paused, resume_collector
from tests.conftest import ROOT, window_environment

WINDOW = """
import gc
from app.cli.main import main
code = main(["--exit-when-painted"])
print(code, gc.isenabled(), gc.get_freeze_count() > 50_000, gc.get_count()[0] < 2_000)
"""


def test_the_window_turns_the_collector_back_on_at_its_first_paint(tmp_path: Path) -> None:
    env = window_environment(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", WINDOW], env=env, cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )
    # exit 0; the collector on; start-up's objects (over 50,000) frozen; collecting again as objects come
    assert result.stdout.strip().splitlines()[-1] == "0 True True True", result.stderr[-2000:]


def test_resuming_freezes_once_and_leaves_a_running_collector_alone() -> None:
    try:
        collector_paused()
        assert not gc.isenabled()
        resume_collector()
        assert gc.isenabled()
        frozen = gc.get_freeze_count()
        assert frozen > 0
        resume_collector()  # the timer's call after the first paint's: nothing more frozen
        assert gc.get_freeze_count() == frozen
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_charts_never_build_the_view_menu_they_turn_off(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # pyqtgraph builds each view box's right-click menu unless told not to at construction; the charts turn
    # it off, so building it first was start-up time spent on nothing (2-3 ms a chart).
    from pyqtgraph.graphicsItems.ViewBox import ViewBoxMenu

    from app.ui.main_window import MainWindow

    built: list[object] = []
    original = ViewBoxMenu.ViewBoxMenu.__init__

    def counted(self, view) -> None:  # type: ignore[no-untyped-def]
        built.append(view)
        original(self, view)

    monkeypatch.setattr(ViewBoxMenu.ViewBoxMenu, "__init__", counted)
    window = MainWindow()
    qtbot.addWidget(window)
    assert built == []
    assert window.plot.getPlotItem().vb.menu is None and window.timeline.getPlotItem().vb.menu is None


def test_the_window_draws_its_empty_chart_once_while_it_is_built(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The log scale was set twice as the window was built (its toggle, then the chart), each drawing the
    # empty chart again: the chart's own first drawing is the only one needed.
    from app.ui import trade_plot
    from app.ui.main_window import MainWindow

    drawn: list[object] = []
    redraw = trade_plot.TradePlotView._redraw

    def counted(self) -> None:  # type: ignore[no-untyped-def]
        drawn.append(self)
        redraw(self)

    monkeypatch.setattr(trade_plot.TradePlotView, "_redraw", counted)
    window = MainWindow()
    qtbot.addWidget(window)
    assert drawn.count(window.plot) == 1
    assert window.plot.log_scale and window.plot.getPlotItem().getAxis("left").logMode
    window.plot.set_log_scale(False)  # a change is drawn
    assert drawn.count(window.plot) == 2 and not window.plot.getAxis("left").logMode
