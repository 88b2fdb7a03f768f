from __future__ import annotations

import time
from pathlib import Path

import pytest


def open_window(qtbot, settings, store):  # type: ignore[no-untyped-def]
    """The real main window with ``settings``, shown at 1400×900 and opened on ``store``, both sides loaded."""
    from app.session.views import countries_with_facts, store_counts
    from app.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=15000):
        win.set_store(store, store_counts(store), countries_with_facts(store))
    return win


@pytest.fixture
def window(qtbot, seeded_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The real main window on a temporary store ingested from seeds/, settings in tmp_path."""
    from app.ui.settings import Settings

    win = open_window(qtbot, Settings(tmp_path / "settings.ini"), seeded_store)
    yield win
    win.workers.wait()


@pytest.fixture(autouse=True)
def _collect_qt_garbage(qtbot):  # type: ignore[no-untyped-def]
    """Collect each test's Qt wrappers while Qt is alive, not at interpreter exit."""
    import gc

    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _no_message_box_waits_for_ever(qtbot):  # type: ignore[no-untyped-def]
    """A message box no test expected waits for a click for ever: the suite once hung 20 minutes on one (a
    saved comparison taken for damaged). One still open after 10 s is closed and fails its test, quoted."""
    from app.ui.qt import QtCore, QtWidgets

    stuck: list[str] = []
    opened: dict[int, float] = {}

    def check() -> None:
        now = time.monotonic()
        for top in QtWidgets.QApplication.topLevelWidgets():
            if (
                isinstance(top, QtWidgets.QMessageBox)
                and top.isVisible()
                and now - opened.setdefault(id(top), now) > 10
            ):
                stuck.append(f"{top.windowTitle()}: {top.text()}")
                top.reject()

    timer = QtCore.QTimer()
    timer.timeout.connect(check)
    timer.start(500)
    yield
    timer.stop()
    assert not stuck, f"a message box waited for a click: {stuck}"
