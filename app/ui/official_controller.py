"""The window's official statistics commands: show or hide them, the tolerance, importing files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.ui.importing import ImportController
from app.ui.qt import QtCore, QtGui, QtWidgets, message_box

if TYPE_CHECKING:
    from app.ui.host import WindowHost


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun if n == 1 else noun + 's'}"


def not_imported_text(failed: list[str], imported: int) -> str:
    """What the analyst reads when statistics files could not be imported: each file's reason, then what
    that means for the store, in plain words."""
    none_of = "No figure from this file was stored" if len(failed) == 1 else "No figure from these files was stored"
    others = (
        ""
        if not imported
        else "; the other file was imported"
        if imported == 1
        else f"; the other {imported} files were imported"
    )
    return "\n".join(failed) + f"\n\n{none_of}{others}."


class OfficialController(QtCore.QObject):
    removed = QtCore.Signal()  # a file's figures left the store

    def __init__(self, window: WindowHost, action: QtGui.QAction, importer: ImportController) -> None:
        super().__init__(window.window())
        self.window = window
        self.action = action
        self.importer = importer
        self.last_import: list[Any] = []  # what the last import did, for the status bar and tests

    def toggled_by_menu(self) -> None:
        self.set_shown(self.action.isChecked())

    def set_shown(self, shown: bool) -> None:
        window = self.window
        self.action.setChecked(shown)
        window.settings.set_official(shown)
        window.plot.set_official(shown)
        window.show_official_verdicts()

    def set_tolerance(self, percent: float) -> None:
        """News totals differing from every official figure for their year by more than this are ringed."""
        window = self.window
        window.settings.set_tolerance(percent)
        window.plot.set_official(window.plot.show_official, percent)
        window.show_official_verdicts()

    def choose_dataset(self, side: int, dataset: str | None) -> None:
        """Draw and compare side's news with ``dataset`` (None: the most complete), remembered for its pair."""
        window = self.window
        view = window.views[side]
        if view is None:
            return
        window.settings.set_dataset(view.pair, dataset)
        for other, shown in enumerate(window.views):  # both sides, when both show the one relationship
            if shown is not None and set(shown.pair) == set(view.pair):
                window.plot.set_dataset(other, dataset)
        window.show_official_verdicts()

    def table_dialog(self) -> None:
        from app.ui.official_table import OfficialTableDialog

        window = self.window
        dialog = OfficialTableDialog(
            list(window.views), list(window.plot.datasets), self.choose_dataset, window.window()
        )
        dialog.show()
        self.dialog = dialog  # kept for tests and while it is open

    def rates_dialog(self) -> None:
        """View ▸ Exchange rates: the rates given, and a new one for the figures no rate converts yet."""
        window = self.window
        store = window.store
        if store is None:
            return
        from app.store.rates import rates
        from app.ui.rates_dialog import RatesDialog

        missing = [m for v in window.views if v is not None for m in v.unconverted]

        def save(currency: str, year: int, usd_per_unit: float, source: str) -> None:
            from app.domain.users import os_user
            from app.store.rates import set_rate

            def done(_rate: object) -> None:
                window.statusBar().showMessage(f"Rate kept: {usd_per_unit:g} US$ per {currency} in {year}", 6000)
                window.refresh()

            def failed(message: str) -> None:
                message_box(window.window(), QtWidgets.QMessageBox.Icon.Warning, "Rate not kept", message)

            window.workers.write(lambda: set_rate(store, currency, year, usd_per_unit, source, os_user()), done, failed)

        self.rates = RatesDialog(rates(store), missing, save, window.window())  # a short read: a few rows
        self.rates.show()

    def tolerance_dialog(self) -> None:
        value, ok = QtWidgets.QInputDialog.getDouble(
            self.window.window(),
            "Official statistics tolerance",
            "Ring a news trade total that differs from every official figure\nfor its year by more than (per cent):",
            self.window.plot.tolerance,
            0.0,
            1000.0,
            1,
        )
        if ok:
            self.set_tolerance(value)

    def import_dialog(self) -> None:
        settings = self.window.settings
        names, _ = QtWidgets.QFileDialog.getOpenFileNames(
            self.window.window(),
            "Import official statistics (UN Comtrade, IMF, WITS)",
            settings.last_folder("official"),
            "Statistics files (*.csv *.txt *.xlsx *.xls);;All files (*)",
        )
        if names:
            settings.set_last_folder(str(Path(names[0]).parent), "official")
            self.start([Path(n) for n in names])

    def remove_dialog(self) -> None:
        """File ▸ Remove official statistics file…: pick an imported file; its figures leave the store."""
        window = self.window
        store = window.store
        if store is None:
            return
        from app.store.official import official_files

        files = official_files(store)  # a short read: a row per file
        if not files:
            window.statusBar().showMessage("No official statistics file is imported", 5000)
            return
        entries = [f"{f['name']} ({f['held']:,} figures in use, imported {f['imported_at']:%Y-%m-%d})" for f in files]
        chosen, ok = QtWidgets.QInputDialog.getItem(
            window.window(),
            "Remove official statistics",
            "Take this file's figures out of the store:",
            entries,
            0,
            False,
        )
        if not ok or chosen not in entries:
            return
        which = str(files[entries.index(chosen)]["id"])

        def work() -> tuple[str, int] | None:
            from app.store.official import remove_file

            return remove_file(store, which)

        def done(removed: tuple[str, int] | None) -> None:
            if removed is not None:
                window.statusBar().showMessage(f"{removed[0]}: removed, with its {removed[1]:,} figures", 8000)
            window.refresh()
            self.removed.emit()

        def failed(message: str) -> None:
            message_box(window.window(), QtWidgets.QMessageBox.Icon.Warning, "Not removed", message)

        window.workers.write(work, done, failed)

    def start(self, paths: list[Path]) -> bool:
        """Import official statistics files off the GUI thread; the views refresh when it ends."""
        window = self.window
        if window.store is None:
            window.statusBar().showMessage("The store is not open yet", 5000)
            return False
        return self.importer.start_official(window.store, paths)

    def on_finished(self, results: list[Any]) -> None:
        window = self.window
        self.last_import = results
        done = [r for r in results if r.ok]
        added = sum(r.added for r in done)
        window.statusBar().showMessage(
            f"Official statistics: {_counted(len(done), 'file')} read, {_counted(added, 'new figure')}", 10000
        )
        failed = [r.message for r in results if not r.ok]
        if failed and window.interactive:
            title = "A file was not imported" if len(failed) == 1 else f"{len(failed)} files were not imported"
            message_box(
                window.window(), QtWidgets.QMessageBox.Icon.Warning, title, not_imported_text(failed, len(done))
            )
        if not window.plot.show_official and added:
            self.set_shown(True)
        window.refresh()
