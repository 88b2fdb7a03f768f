"""Starting the window: show it at once, open the store and load the comparison off the GUI thread."""

from __future__ import annotations

import sys

from app.paths import resources_dir
from app.ui.qt import QtCore, QtGui, QtWidgets


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


def run_window(db_url: str | None, exit_when_ready: bool = False) -> int:
    from app.paths import default_db_url
    from app.ui import snapshot
    from app.ui.main_window import MainWindow

    url = db_url or default_db_url()
    app = make_application()
    window = MainWindow()
    shown = snapshot.load(url, window.settings.pairs())
    window.show()
    if shown is not None:  # after show(), so the plot lays out once, at its real size
        window.show_snapshot(shown)

    window.interactive = not exit_when_ready

    def open_store() -> None:
        window.opener.open_url(url)

    if exit_when_ready:
        window.ready.connect(lambda: app.exit(0))  # ready = painted with data; nothing more to wait for
        window.error_reported.connect(lambda message: (print(f"dyad: {message}", file=sys.stderr), app.exit(1)))
    if shown is None:
        open_store()
    elif not exit_when_ready:
        # Painted from the snapshot; now open the store and refresh from it.
        window.ready.connect(lambda: QtCore.QTimer.singleShot(0, open_store))
    code = app.exec()
    window.workers.wait()
    taken = window.snapshot()
    if window.store is not None:
        window.store.close()  # SQLite checkpoints its WAL on close: stamp the files after that
    if taken is not None:
        snapshot.save(taken)
    return int(code)
