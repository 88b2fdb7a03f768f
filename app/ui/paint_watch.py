"""When the window has painted: a comparison at all, then both relationships with the store's data."""

from __future__ import annotations

from collections.abc import Callable

from app.ui.qt import QtCore, QtWidgets


class PaintWatch(QtCore.QObject):
    """Watches a chart's paints for the window's ``first_painted`` (a comparison is on screen: the store's, or
    a snapshot's, up to date or marked "Loading…") and ``ready`` (both relationships painted with the data they
    were loaded with, not merely arrived)."""

    def __init__(
        self,
        viewport: QtWidgets.QWidget,
        showing: Callable[[], bool],
        loaded: Callable[[], bool],
        first_painted: QtCore.SignalInstance,
        ready: QtCore.SignalInstance,
    ) -> None:
        super().__init__(viewport)
        self.viewport, self.showing, self.loaded = viewport, showing, loaded
        self.first_painted, self.ready = first_painted, ready
        self.painted = False
        self.ready_sent = False
        viewport.installEventFilter(self)

    def both_loaded(self) -> None:
        """Both relationships are loaded: the paint this asks for is the one ``ready`` waits for."""
        if not self.ready_sent:
            self.viewport.update()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint and watched is self.viewport:
            if not self.painted and self.showing():
                self.painted = True
                QtCore.QTimer.singleShot(0, self.first_painted.emit)
            if self.loaded() and not self.ready_sent:
                self.ready_sent = True
                QtCore.QTimer.singleShot(0, self.ready.emit)
        return False
