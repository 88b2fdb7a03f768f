"""Starting the window: show it at once, open the store and load the comparison off the GUI thread."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from app.paths import resources_dir
from app.ui.qt import QtCore, QtGui, QtWidgets


@dataclass(frozen=True)
class Opened:
    store: object
    counts: object
    country_counts: dict[str, int]


def open_and_seed(db_url: str | None) -> Opened:
    """Open the store (a new install gets the bundled seeds) and read what the window needs first."""
    from app.cli import ensure_seeded
    from app.store.engine import open_store
    from app.store.views import countries_with_facts, store_counts

    store = open_store(db_url)
    ensure_seeded(store)
    return Opened(store, store_counts(store), countries_with_facts(store))


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
    from app.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow()
    window.show()

    def opened(result: Opened) -> None:
        window.set_store(result.store, result.counts, result.country_counts)  # type: ignore[arg-type]

    def failed(message: str) -> None:
        if exit_when_ready:
            print(f"dyad: {message}", file=sys.stderr)
            app.exit(1)
            return
        choice = QtWidgets.QMessageBox.critical(
            window,
            "Cannot open the store",
            f"{message}\n\nOpen another database file?",
            QtWidgets.QMessageBox.StandardButton.Open | QtWidgets.QMessageBox.StandardButton.Close,
        )
        if choice == QtWidgets.QMessageBox.StandardButton.Open:
            name, _ = QtWidgets.QFileDialog.getOpenFileName(window, "Open a Dyad store", "", "SQLite (*.sqlite *.db)")
            if name:
                window.workers.submit("store", lambda: open_and_seed(f"sqlite:///{name}"), opened, failed)
                return
        window.close()

    window.workers.submit("store", lambda: open_and_seed(db_url), opened, failed)
    if exit_when_ready:
        window.ready.connect(lambda: QtCore.QTimer.singleShot(0, lambda: app.exit(0)))
        window.error_reported.connect(lambda message: (print(f"dyad: {message}", file=sys.stderr), app.exit(1)))
    code = app.exec()
    window.workers.wait()
    return int(code)
