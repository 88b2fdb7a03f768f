"""A form dialog whose Save checks the input first and says, in the dialog, what is wrong."""

from __future__ import annotations

from app.ui.qt import QtWidgets


class FormDialog(QtWidgets.QDialog):
    """Subclasses add rows to ``self.form``, call ``finish()``, and implement ``check()``."""

    def __init__(self, title: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QtWidgets.QFormLayout(self)
        self.error = QtWidgets.QLabel()
        self.error.setStyleSheet("color: #c62828;")

    def finish(self) -> None:
        self.form.addRow(self.error)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    def check(self) -> None:
        """Raise ValueError with a reason for a person when the input cannot be stored."""

    def _on_save(self) -> None:
        try:
            self.check()
        except ValueError as exc:
            self.error.setText(str(exc).replace("could not convert string to float", "not a number"))
            return
        self.accept()
