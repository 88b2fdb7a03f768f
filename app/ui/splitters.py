"""Splitters that keep their panes at set shares of their length until the analyst moves a handle."""

from __future__ import annotations

from collections.abc import Sequence

from app.ui.qt import QtCore, QtGui, QtWidgets


class SharedSplitter(QtWidgets.QSplitter):
    """A splitter whose panes take ``shares`` of its length at any size (each at least its minimum), as
    long as the analyst has not dragged a handle and no saved layout was restored: a plain splitter gives
    all of a larger window to the pane with the largest stretch factor and leaves the others at the sizes
    of the first, small layout (the text of an article three lines high in a 1400×900 window)."""

    def __init__(self, orientation: QtCore.Qt.Orientation, shares: Sequence[float], first_at_least: int = 0) -> None:
        """``first_at_least``: pixels the first pane keeps before the shares apply, while the others can
        still have their minimum (the charts of a short window)."""
        super().__init__(orientation)
        self.shares = tuple(shares)
        self.first_at_least = first_at_least
        self.following = True  # False once the analyst moved a handle or a saved layout was restored
        self.splitterMoved.connect(self._on_moved)

    def restore(self, state: QtCore.QByteArray) -> bool:
        restored = self.restoreState(state)
        if restored:
            self.following = False
        return restored

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.following:
            self.apply_shares()

    def apply_shares(self) -> None:
        horizontal = self.orientation() == QtCore.Qt.Orientation.Horizontal
        length = (self.width() if horizontal else self.height()) - self.handleWidth() * (self.count() - 1)
        if length <= 0 or self.count() != len(self.shares):
            return
        sizes = [round(length * share) for share in self.shares]
        others = sum(self._minimum(i) for i in range(1, self.count()))
        first = max(sizes[0], min(self.first_at_least, length - others))
        if first != sizes[0]:
            rest = sum(self.shares[1:])
            sizes = [first] + [round((length - first) * share / rest) for share in self.shares[1:]]
        self.setSizes(sizes)

    def _minimum(self, index: int) -> int:
        widget = self.widget(index)
        if widget is None:
            return 0
        hint = widget.minimumSizeHint()
        horizontal = self.orientation() == QtCore.Qt.Orientation.Horizontal
        return max(hint.width(), widget.minimumWidth()) if horizontal else max(hint.height(), widget.minimumHeight())

    def _on_moved(self, *_args: object) -> None:
        self.following = False
