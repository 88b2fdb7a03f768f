"""The switch benchmark times what an analyst waits for: each chart painted once with the new relationship."""

from __future__ import annotations

from collections import Counter

from app.ui.qt import QtCore


def test_the_switch_benchmark_paints_each_chart_once_a_switch(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # Its record of paints was cleared only after its wait for the relationship returned, by which time Qt
    # had painted both charts: each was then painted a second time by force (10 ms of every switch timed).
    from bench.window import measure_switches

    viewports = {id(window.plot.viewport()): "plot", id(window.timeline.viewport()): "timeline"}
    paints: Counter[str] = Counter()

    class Count(QtCore.QObject):
        def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
            if event.type() == QtCore.QEvent.Type.Paint and id(watched) in viewports:
                paints[viewports[id(watched)]] += 1
            return False

    count = Count()
    for viewport in (window.plot.viewport(), window.timeline.viewport()):
        viewport.installEventFilter(count)
    _median, _worst, switched, facts = measure_switches(window, ["VNM", "MEX", "PER"], 2)
    assert switched == 2
    assert facts == 29  # the last switch: Vietnam–Mexico, as test_views finds it
    assert paints == {"plot": 2, "timeline": 2}


def test_the_benchmarks_window_starts_as_the_command_line_starts_it(qtbot, seeded_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The command line pauses the collector until the window's first paint and then freezes what start-up
    # made (app.ui.start_up). The benchmark built its window without that, so every full collection during
    # the switches it timed walked the ~140,000 objects of start-up, which a user's window never does:
    # 3.6 ms a switch on average, 55 ms the one switch that had one.
    import gc

    from bench.window import open_window

    assert gc.get_freeze_count() == 0
    try:
        window = open_window(seeded_store, tmp_path / "settings.ini")
        qtbot.addWidget(window)
        assert gc.isenabled()
        assert gc.get_freeze_count() > 50_000
    finally:
        gc.enable()
        gc.unfreeze()
