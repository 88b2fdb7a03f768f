"""Starting the window: show it at once, open the store and load the comparison off the GUI thread."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from app.paths import resources_dir
from app.ui.qt import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def make_application() -> QtWidgets.QApplication:
    existing = QtWidgets.QApplication.instance()
    if isinstance(existing, QtWidgets.QApplication):
        return existing
    app = QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName("Dyad")
    app.setOrganizationName("Dyad")
    app.setApplicationDisplayName("Dyad")
    app.setStyle("Fusion")
    icon = resources_dir() / "dyad.svg"
    if icon.exists():
        app.setWindowIcon(QtGui.QIcon(str(icon)))
    return app


def collect_from_first_paint(window: MainWindow) -> None:
    """Turn the collector, paused while the window was built (``start_up.collector_paused``), back on at its
    first paint with start-up's objects frozen; or after ``RESUME_AFTER_MS`` when no paint comes."""
    from app.ui.start_up import RESUME_AFTER_MS, resume_collector

    window.first_painted.connect(resume_collector)
    QtCore.QTimer.singleShot(RESUME_AFTER_MS, resume_collector)


def run_window(db_url: str | None, exit_when_ready: bool = False, exit_when_painted: bool = False) -> int:
    """The window on the store at ``db_url``. It paints first from the view snapshot when there is one (a
    store changed since is opened after that first paint, the snapshot marked "Loading…" until then) and
    opens the store off the GUI thread. ``exit_when_ready``: exit once both relationships are painted with
    the store's data; ``exit_when_painted``: once a comparison is first painted (timing the first paint)."""
    from app.paths import default_db_url
    from app.ui import snapshot
    from app.ui.main_window import MainWindow

    url = db_url or default_db_url()
    app = make_application()
    window = MainWindow()
    collect_from_first_paint(window)
    shown = snapshot.load(url, window.settings.pairs(), stale_ok=True)
    window.show()
    if shown is not None:  # after show(), so the plot lays out once, at its real size
        window.show_snapshot(shown)

    window.interactive = not (exit_when_ready or exit_when_painted)

    def open_store() -> None:
        window.opener.open_url(url)

    if exit_when_painted:  # when (for a timer outside the process: the bench's start-up), then leave
        said = "first painted at {:.6f} (Unix time)"
        window.first_painted.connect(lambda: (print(said.format(time.time()), flush=True), app.exit(0)))
    elif exit_when_ready:
        window.ready.connect(lambda: app.exit(0))
    if exit_when_ready or exit_when_painted:
        window.error_reported.connect(lambda message: (print(f"dyad: {message}", file=sys.stderr), app.exit(1)))
    if shown is None:
        open_store()
    elif exit_when_painted:
        pass  # only the first paint is timed: the store is not read
    elif not shown.current:
        # Painted from a snapshot of the store as it was: open it now, after that first paint.
        window.first_painted.connect(lambda: QtCore.QTimer.singleShot(0, open_store))
    elif not exit_when_ready:
        # Painted from the up-to-date snapshot (which is all --exit-when-ready waits for); now refresh from the store.
        window.ready.connect(lambda: QtCore.QTimer.singleShot(0, open_store))
    code = app.exec()
    window.workers.wait()
    taken = window.snapshot()
    if window.store is not None:
        window.store.close()  # SQLite checkpoints its WAL on close: stamp the files after that
    if taken is not None:
        snapshot.save(taken)
    return int(code)
