"""Dyad's own shortcuts before the text fields' (Ctrl+E is "end of line" to a line edit on X11)."""

from __future__ import annotations

import contextlib

from app.ui.qt import QtCore, QtGui, QtWidgets


class ShortcutsFirst(QtCore.QObject):
    """Dyad's shortcuts work whatever has focus: a text field (a picker, a filter, an article) would
    otherwise take Ctrl+E as "end of line" on X11, and the window's action would never run.

    Qt asks the focus widget first whether it claims a key (``ShortcutOverride``), so this watches the
    widget that has focus, following it as it moves: fields made later (a dialog's, a table's editor) are
    watched when they take focus. An editable combo box hands the key straight to its line edit's
    ``event()``, past any filter on the line edit; the combo box itself has the focus and is watched. Only
    widgets of ``window`` are touched. (Watching the whole application put every event of the window's
    start, over 5,000 before its first paint, through this Python filter: about 13 ms.)"""

    def __init__(self, keys: set[str], window: QtWidgets.QWidget) -> None:
        super().__init__(window)
        self.keys = keys
        self.window = window
        self.watched: QtWidgets.QWidget | None = None
        application = QtWidgets.QApplication.instance()
        assert isinstance(application, QtWidgets.QApplication)  # a window needs one
        application.focusChanged.connect(self.follow_focus)

    def follow_focus(self, _old: QtWidgets.QWidget | None, now: QtWidgets.QWidget | None) -> None:
        """Watch the widget that now has focus, if it is the window's, and no longer the one before."""
        if self.watched is not None:
            with contextlib.suppress(RuntimeError):  # deleted since (a closed dialog's field): filters gone with it
                self.watched.removeEventFilter(self)
            self.watched = None
        if now is not None and now.window() is self.window:
            now.installEventFilter(self)
            self.watched = now

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
