"""Dyad's own shortcuts before the text fields' (Ctrl+E is "end of line" to a line edit on X11)."""

from __future__ import annotations

from app.ui.qt import QtCore, QtGui, QtWidgets


class ShortcutsFirst(QtCore.QObject):
    """Dyad's shortcuts work whatever has focus: a text field (a picker, a filter, an article) would
    otherwise take Ctrl+E as "end of line" on X11, and the window's action would never run.

    Watched from the application, not from each field: an editable combo box hands the key straight to
    its line edit's ``event()``, past any filter on the line edit, and fields made later (a dialog's,
    a table's editor) would be missed. Only keys sent to a widget of ``window`` are touched."""

    def __init__(self, keys: set[str], window: QtWidgets.QWidget) -> None:
        super().__init__(window)
        self.keys = keys
        self.window = window

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            event.type() == QtCore.QEvent.Type.ShortcutOverride
            and isinstance(event, QtGui.QKeyEvent)
            and isinstance(watched, QtWidgets.QWidget)
            and watched.window() is self.window
            and QtGui.QKeySequence(event.keyCombination()).toString() in self.keys
        ):
            event.ignore()  # not claimed by the editor: the key goes to the window's action
            return True
        return False
