"""File ▸ Save comparison… and Open comparison…: the window's state as a ``.dyad`` file, and back.

What is saved and how it is read is the session layer's (``app.session.comparison``); here the window's
state is gathered and applied. The store is read off the GUI thread (the facts' fingerprint)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.ui.qt import QtCore, QtGui, QtWidgets, message_box

if TYPE_CHECKING:
    from app.session.comparison import Changes, Comparison
    from app.session.records import PairView
    from app.ui.fact_table import FactsPanel
    from app.ui.host import WindowHost

FILTER = "Dyad comparisons (*.dyad)"


def _filter_of(panel: FactsPanel) -> tuple[str, str]:
    return (panel.filter.text(), str(panel.kind.currentData() or ""))


class ComparisonController(QtCore.QObject):
    saved = QtCore.Signal(object)  # the Path written
    opened = QtCore.Signal(object)  # the Changes since the comparison was saved
    report_written = QtCore.Signal(object)  # the Path written

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.window())
        self.window = window
        self._pending_range: tuple[float, float] | None = None
        self._waiting: set[int] = set()
        window.pair_loaded.connect(self._on_pair_loaded)
        # The analyst's notes on this comparison, plain text, saved with it: a pane under the window,
        # shown by View ▸ Notes and whenever a comparison with notes is opened.
        self.notes_edit = QtWidgets.QPlainTextEdit()
        self.notes_edit.setPlaceholderText("Notes on this comparison, kept with it when you save it (File ▸ Save).")
        self.notes_edit.setObjectName("comparison-notes")
        self.notes_pane = QtWidgets.QDockWidget("Notes", window.window())
        self.notes_pane.setObjectName("notes-pane")
        self.notes_pane.setWidget(self.notes_edit)
        self.notes_pane.setFeatures(QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetClosable)
        window.addDockWidget(QtCore.Qt.DockWidgetArea.BottomDockWidgetArea, self.notes_pane)
        self.notes_pane.hide()
        self.recent_menu: QtWidgets.QMenu | None = None

    @property
    def notes(self) -> str:
        return self.notes_edit.toPlainText()

    @notes.setter
    def notes(self, text: str) -> None:
        self.notes_edit.setPlainText(text)

    def install(self, commands: dict[str, QtGui.QAction]) -> None:
        """File ▸ Open recent comparison, after Open comparison…; View ▸ Notes follows the pane."""
        toggle = commands["notes"]
        toggle.setChecked(self.notes_pane.isVisible())
        self.notes_pane.visibilityChanged.connect(toggle.setChecked)
        opener = commands["open_comparison"]
        menu = opener.parent()
        if isinstance(menu, QtWidgets.QMenu):
            self.recent_menu = QtWidgets.QMenu("Open &recent comparison", menu)
            menu.insertMenu(commands["save_comparison"], self.recent_menu)
            self._fill_recent()

    def toggle_notes(self) -> None:
        if self.notes_pane.isVisible():
            self.notes_pane.hide()
        else:
            self.show_notes()
            self.notes_edit.setFocus()

    def show_notes(self) -> None:
        """The notes pane, a few lines high: the charts keep the room they need."""
        self.notes_pane.show()
        main = self.window.window()
        if isinstance(main, QtWidgets.QMainWindow):
            lines = self.notes_edit.fontMetrics().lineSpacing()
            main.resizeDocks([self.notes_pane], [6 * lines + 12], QtCore.Qt.Orientation.Vertical)

    def _remember(self, path: Path) -> None:
        self.window.settings.add_recent_comparison(str(path))
        self._fill_recent()

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        if menu is None:
            return
        menu.clear()
        paths = self.window.settings.recent_comparisons()
        for name in paths:
            action = menu.addAction(Path(name).name)
            action.setToolTip(name)
            action.triggered.connect(lambda _checked=False, name=name: self.open(Path(name)))
        menu.setEnabled(bool(paths))

    def current(self) -> Comparison:
        """The comparison the window shows now."""
        from app.session.comparison import Comparison

        w = self.window
        (low, high), _ = w.plot.getPlotItem().vb.viewRange()
        return Comparison(
            (w.selectors[0].pair(), w.selectors[1].pair()),
            log_scale=w.log_toggle.isChecked(),
            aligned=w.align_toggle.isChecked(),
            official=w.plot.show_official,
            tolerance=w.plot.tolerance,
            datasets=(w.plot.datasets[0], w.plot.datasets[1]),
            x_range=(float(low), float(high)),
            filters=(_filter_of(w.facts_panels[0]), _filter_of(w.facts_panels[1])),
            notes=self.notes,
        )

    # -- saving ----------------------------------------------------------------------------------------------------

    def save_dialog(self) -> None:
        window = self.window
        folder = Path(window.settings.last_folder("comparison"))
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            window.window(), "Save comparison", str(folder / "comparison.dyad"), FILTER
        )
        if name:
            self.save(Path(name).expanduser())

    def save(self, path: Path) -> None:
        """Write the comparison shown to ``path``, reading the facts' versions off the GUI thread."""
        window, store = self.window, self.window.store
        if store is None:
            window.statusBar().showMessage("The store is not open yet", 5000)
            return
        comparison = self.current()

        def work() -> Path:
            from app.session.comparison import save, taken

            return save(taken(comparison, store), path)

        def done(written: Path) -> None:
            window.settings.set_last_folder(str(written.parent), "comparison")
            self._remember(written)
            window.statusBar().showMessage(f"Comparison saved to {written}", 5000)
            self.saved.emit(written)

        def failed(message: str) -> None:
            message_box(window.window(), QtWidgets.QMessageBox.Icon.Warning, "Comparison not saved", message)

        window.workers.submit("save-comparison", work, done, failed)

    # -- the report ------------------------------------------------------------------------------------------------

    def export_report_dialog(self, as_saved: Comparison | None = None) -> None:
        """Where to write the report of the comparison shown (or, with ``as_saved``, of that comparison as the
        store was when it was saved)."""
        window = self.window
        folder = Path(window.settings.last_folder("export"))
        name, chosen = QtWidgets.QFileDialog.getSaveFileName(
            window.window(), "Export report", str(folder / "dyad-report.pdf"), "PDF (*.pdf);;HTML (*.html)"
        )
        if not name:
            return
        path = Path(name).expanduser()
        if path.suffix.lower() not in (".pdf", ".html", ".htm"):
            path = path.with_name(path.name + (".html" if "HTML" in chosen else ".pdf"))
        if as_saved is None:
            self.export_report(path)
        else:
            self.export_report_as_saved(as_saved, path)

    def export_report_as_saved(self, comparison: Comparison, path: Path) -> None:
        """The report of ``comparison`` as the store was when it was saved: the views are read off the GUI
        thread, the report drawn when they arrive."""
        window, store = self.window, self.window.store
        if store is None:
            return

        def work() -> tuple[PairView, PairView]:
            from app.session.views import pair_view

            a, b = comparison.pairs
            return pair_view(store, *a, as_of=comparison.facts), pair_view(store, *b, as_of=comparison.facts)

        def done(views: tuple[PairView, PairView]) -> None:
            note = f"Shown as the store was when it was saved ({comparison.saved_at})."
            self._write_report(comparison, views, path, note)

        def failed(message: str) -> None:
            message_box(window.window(), QtWidgets.QMessageBox.Icon.Warning, "Report not written", message)

        window.workers.submit("report-as-saved", work, done, failed)

    def export_report(self, path: Path) -> None:
        """The comparison shown as a report: the charts, the summary, every fact with its sentence."""
        from dataclasses import replace

        from app.session.comparison import public_url

        window = self.window
        views = window.views
        if window.store is None or views[0] is None or views[1] is None:
            window.statusBar().showMessage("Both relationships must be shown first", 5000)
            return
        comparison = replace(self.current(), store=public_url(window.store.url))
        self._write_report(comparison, (views[0], views[1]), path)

    def _write_report(
        self, comparison: Comparison, views: tuple[PairView, PairView], path: Path, note: str = ""
    ) -> None:
        import datetime as dt

        from app.ui.report import write_report

        window = self.window
        generated = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        try:
            written = write_report(comparison, views, path, generated, note)
        except (OSError, ValueError) as exc:
            message_box(window.window(), QtWidgets.QMessageBox.Icon.Warning, "Report not written", str(exc))
            return
        window.settings.set_last_folder(str(written.parent), "export")
        window.statusBar().showMessage(f"Report written to {written}", 5000)
        self.report_written.emit(written)

    # -- opening ---------------------------------------------------------------------------------------------------

    def open_dialog(self) -> None:
        window = self.window
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            window.window(), "Open comparison", window.settings.last_folder("comparison"), FILTER
        )
        if name:
            self.open(Path(name).expanduser())

    def open(self, path: Path) -> None:
        """Show the comparison saved in ``path`` and say what changed in the store since it was saved."""
        from app.session.comparison import ComparisonError, load, public_url

        window, store = self.window, self.window.store
        try:
            comparison = load(path)
        except ComparisonError as exc:
            message_box(window.window(), QtWidgets.QMessageBox.Icon.Warning, "Comparison not opened", str(exc))
            return
        if store is None:
            window.statusBar().showMessage("The store is not open yet", 5000)
            return
        window.settings.set_last_folder(str(path.parent), "comparison")
        self._remember(path)
        self.apply(comparison)
        here = public_url(store.url)
        elsewhere = "" if comparison.store in ("", here) else f" Saved against {comparison.store}; this is {here}."

        def work() -> Changes:
            from app.session.comparison import changes, fingerprint

            return changes(comparison.facts, fingerprint(store, comparison.pairs))

        def done(found: Changes) -> None:
            said = found.text() + elsewhere
            window.statusBar().showMessage(f"{path.name}: {said}", 10000)
            self.opened.emit(found)
            if (elsewhere or not found.none) and window.interactive:
                self._offer_as_saved(comparison, path.name, said, not found.none)

        def failed(message: str) -> None:
            message_box(window.window(), QtWidgets.QMessageBox.Icon.Warning, "Comparison opened", message)

        window.workers.submit("open-comparison", work, done, failed)

    def _offer_as_saved(self, comparison: Comparison, name: str, said: str, changed: bool) -> None:
        """What changed, said; the window shows the store as it is now, and a report as it was is offered."""
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Information,
            name,
            said,
            QtWidgets.QMessageBox.StandardButton.Ok,
            self.window.window(),
        )
        box.setInformativeText("The window shows the store as it is now.")
        as_saved = box.addButton("Report as saved…", QtWidgets.QMessageBox.ButtonRole.ActionRole) if changed else None
        box.exec()
        if as_saved is not None and box.clickedButton() is as_saved:
            self.export_report_dialog(as_saved=comparison)

    def apply(self, comparison: Comparison) -> None:
        """The window as ``comparison`` saved it: both pairs, scale, alignment, official statistics, range."""
        w = self.window
        self.notes = comparison.notes
        if comparison.notes:
            self.show_notes()
        w.log_toggle.setChecked(comparison.log_scale)
        w.align_toggle.setChecked(comparison.aligned)
        w.plot.set_official(comparison.official, comparison.tolerance)
        for side, dataset in enumerate(comparison.datasets):
            w.plot.set_dataset(side, dataset)
        for panel, (words, kind) in zip(w.facts_panels, comparison.filters, strict=True):
            panel.filter.setText(words)
            panel.kind.setCurrentIndex(max(0, panel.kind.findData(kind)))
        self._pending_range, self._waiting = comparison.x_range, {0, 1}
        for side, pair in enumerate(comparison.pairs):
            w.selectors[side].set_pair(*pair, emit=False)
        for side, pair in enumerate(comparison.pairs):
            w.load_pair(side, pair)

    def _on_pair_loaded(self, side: int) -> None:
        """When both pairs of an opened comparison are drawn, the years it showed are shown."""
        self._waiting.discard(side)
        if self._waiting or self._pending_range is None:
            return
        low, high = self._pending_range
        self._pending_range = None
        self.window.plot.getPlotItem().vb.setXRange(low, high, padding=0)
