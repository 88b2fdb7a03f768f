"""The window's export commands: the charts to a file or the clipboard, the facts as CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.ui.export_dialog import ExportDialog
from app.ui.qt import QtCore, QtWidgets, message_box

if TYPE_CHECKING:
    from app.ui.export import Charts, ExportSize
    from app.ui.host import WindowHost


def csv_path(name: str) -> Path:
    """``name`` as a CSV file: ".csv" added, or put in place of an image's suffix ("facts.png")."""
    path = Path(name).expanduser()
    if path.suffix.lower() == ".csv":
        return path
    if path.suffix.lower() in {".png", ".svg", ".pdf", ".jpg", ".jpeg", ".txt", ".xlsx"}:
        return path.with_suffix(".csv")
    return path.with_name(path.name + ".csv")


_CHART_NAMES = {"trade": "Trade chart", "milestones": "Milestones timeline", "both": "Both charts"}


class ExportController(QtCore.QObject):
    facts_exported = QtCore.Signal(int)  # rows written (0 when nothing was)

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.window())
        self.window = window

    def chart_options(self, chart: str = "trade") -> Charts:
        """What an export draws: ``chart`` as the window shows it (scale, alignment, official statistics)."""
        from app.ui.export import Charts

        plot = self.window.plot
        return Charts(
            chart,
            log=plot.log_scale,
            aligned=self.window.align_toggle.isChecked(),
            official=plot.show_official,
            tolerance=plot.tolerance,
            datasets=(plot.datasets[0], plot.datasets[1]),
        )

    def export_size(self) -> ExportSize:
        from app.ui.export import ExportSize

        window, plot = self.window, self.window.plot
        ratio = window.devicePixelRatioF() if window.isVisible() else 1.0
        return ExportSize(max(plot.width(), 640), max(plot.height(), 360) + 34, 2.0 * ratio)

    def export_chart_dialog(self) -> None:
        window = self.window
        dialog = ExportDialog(self.export_size(), window.settings.last_folder("export"), window.window())
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        path, size = dialog.result_path(), dialog.result_size()
        from app.ui.export import export_chart

        try:
            export_chart(window.views[0], window.views[1], path, size, self.chart_options(dialog.result_chart()))
        except (OSError, ValueError) as exc:
            message_box(window.window(), QtWidgets.QMessageBox.Icon.Warning, "Export failed", f"{path.name}: {exc}")
            return
        window.settings.set_last_folder(str(path.parent), "export")
        window.statusBar().showMessage(f"Chart written to {path}", 5000)

    def copy_chart(self, chart: str = "trade") -> None:
        from app.ui.export import copy_chart

        window = self.window
        copy_chart(window.views[0], window.views[1], self.export_size(), self.chart_options(chart))
        window.statusBar().showMessage(f"{_CHART_NAMES[chart]} copied to the clipboard", 3000)

    def copy_trade(self) -> None:
        self.copy_chart("trade")

    def copy_milestones(self) -> None:
        self.copy_chart("milestones")

    def copy_both(self) -> None:
        self.copy_chart("both")

    def export_facts_dialog(self) -> None:
        settings = self.window.settings
        folder = Path(settings.last_folder("export"))
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window.window(), "Export facts", str(folder / "dyad-facts.csv"), "CSV files (*.csv)"
        )
        if name:
            path = csv_path(name)
            settings.set_last_folder(str(path.parent), "export")
            self.export_facts(path)

    def export_facts(self, path: Path) -> None:
        """Both relationships' facts as CSV, each row naming its relationship, written off the GUI thread;
        ``facts_exported`` gives the rows written."""
        window = self.window
        store = window.store
        if store is None:
            self.facts_exported.emit(0)
            return
        from app.ui.trade_plot import view_name

        pairs = [(f"{'AB'[side]}: {view_name(v)}", v.pair) for side, v in enumerate(window.views) if v is not None]
        official, tolerance = window.plot.show_official, window.plot.tolerance
        datasets = {
            v.pair: dataset
            for v, dataset in zip(window.views, window.plot.datasets, strict=True)
            if v is not None and dataset
        }

        def work() -> int:
            from app.paths import written_whole
            from app.session.exports import write_facts_csv

            with written_whole(path) as part, open(part, "w", encoding="utf-8", newline="") as stream:
                return write_facts_csv(store, stream, pairs, official=official, tolerance=tolerance, datasets=datasets)

        def done(count: int) -> None:
            noun = "fact" if count == 1 else "facts"
            window.statusBar().showMessage(f"{count} {noun} written to {path}", 5000)
            self.facts_exported.emit(count)

        def failed(message: str) -> None:
            message_box(window.window(), QtWidgets.QMessageBox.Icon.Warning, "Export failed", f"{path.name}: {message}")
            self.facts_exported.emit(0)

        window.workers.submit("export-facts", work, done, failed)
