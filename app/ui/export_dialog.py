"""The Export chart dialog: which chart, where, in which format, at what size."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.ui.qt import QtWidgets

if TYPE_CHECKING:
    from app.ui.export import ExportSize


class ExportDialog(QtWidgets.QDialog):
    """Where to write the chart, in which format and at what size."""

    def __init__(self, size: ExportSize, folder: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export chart")
        self.path_edit = QtWidgets.QLineEdit(str(Path(folder) / "dyad-trade.png"))
        self.chart_box = QtWidgets.QComboBox()
        for key, label in (
            ("trade", "Trade"),
            ("milestones", "Milestones timeline"),
            ("both", "Trade and milestones, one time axis"),
        ):
            self.chart_box.addItem(label, key)
        self.chart_box.currentIndexChanged.connect(self._rename_for_chart)
        browse = QtWidgets.QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        self.width_box = QtWidgets.QSpinBox()
        self.height_box = QtWidgets.QSpinBox()
        for box, value in ((self.width_box, size.width), (self.height_box, size.height)):
            box.setRange(200, 8000)
            box.setValue(round(value))
            box.setSuffix(" px")
        self.scale_box = QtWidgets.QDoubleSpinBox()
        self.scale_box.setRange(1.0, 4.0)
        self.scale_box.setSingleStep(0.5)
        self.scale_box.setValue(size.scale)
        self.scale_box.setSuffix(" ×")
        self.scale_box.setToolTip("PNG pixels per layout pixel; the default is twice the screen's pixel ratio")
        form = QtWidgets.QFormLayout(self)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow("Chart:", self.chart_box)
        form.addRow("File (.png, .svg, .pdf):", row)
        form.addRow("Width:", self.width_box)
        form.addRow("Height:", self.height_box)
        form.addRow("PNG scale:", self.scale_box)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, "Export chart", self.path_edit.text(), "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"
        )
        if name:
            self.path_edit.setText(name)

    def _rename_for_chart(self) -> None:
        """Keep the suggested name in step with the chart while it is still a suggestion."""
        path = Path(self.path_edit.text())
        if path.stem in ("dyad-trade", "dyad-milestones", "dyad-both"):
            self.path_edit.setText(str(path.with_stem(f"dyad-{self.result_chart()}")))

    def result_chart(self) -> str:
        return str(self.chart_box.currentData())

    def result_path(self) -> Path:
        return Path(self.path_edit.text()).expanduser()

    def result_size(self) -> ExportSize:
        from app.ui.export import ExportSize

        return ExportSize(self.width_box.value(), self.height_box.value(), self.scale_box.value())
