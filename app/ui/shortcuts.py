"""Dyad's own shortcuts before the text fields' (Ctrl+E is "end of line" to a line edit on X11)."""

from __future__ import annotations

from app.ui.qt import QtCore, QtGui


class ShortcutsFirst(QtCore.QObject):
    """Dyad's shortcuts work whatever has focus: a text field (a picker, a filter, an article) would
    otherwise take Ctrl+E as "end of line" on X11, and the window's action would never run."""

    def __init__(self, keys: set[str], parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self.keys = keys

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            event.type() == QtCore.QEvent.Type.ShortcutOverride
            and isinstance(event, QtGui.QKeyEvent)
            and QtGui.QKeySequence(event.keyCombination()).toString() in self.keys
        ):
            event.ignore()  # not claimed by the editor: the key goes to the window's action
            return True
        return False
