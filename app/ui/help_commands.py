"""The window's small commands: copy the selected text, the user guide, About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import __version__
from app.ui.qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from app.ui.host import WindowHost


class HelpCommands(QtCore.QObject):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.window())
        self.window = window

    def copy_text(self) -> None:
        focus = QtWidgets.QApplication.focusWidget()
        if isinstance(focus, QtWidgets.QPlainTextEdit):
            focus.copy()

    def show_guide(self) -> None:
        from app.ui.guide import GuideDialog

        GuideDialog(self.window.window()).show()

    def about(self) -> None:
        store = self.window.store
        QtWidgets.QMessageBox.about(
            self.window.window(),
            "About Dyad",
            f"Dyad {__version__}\n\nCompare the trade and diplomatic histories of two country relationships, "
            "side by side, with every figure traced to the sentence it came from.\n\n"
            f"Store: {store.describe() if store else 'none'}",
        )
