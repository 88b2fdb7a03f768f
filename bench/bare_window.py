"""The start-up baseline: a bare PySide6 + pyqtgraph window showing one empty plot, closed once painted."""

# ruff: noqa: I001 - the order is the point: PySide6 must be imported before pyqtgraph
from __future__ import annotations

import sys
import time

from PySide6 import QtCore, QtWidgets  # PySide6 first, so pyqtgraph binds to it

import pyqtgraph as pg


class _FirstPaint(QtCore.QObject):
    """At the plot's first paint: print when (Unix time), as `dyad --exit-when-painted` does, at the paint's
    start where Dyad's is at its end (the bare window's figure is, if anything, the quicker), and quit once
    that paint is done. (A quit asked for right after show() ran before any paint: no Paint event reached
    the plot in 10 of 10 runs offscreen, so the baseline timed a window never painted.)"""

    def __init__(self, app: QtWidgets.QApplication) -> None:
        super().__init__()
        self.app = app
        self.seen = False

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint and not self.seen:
            self.seen = True
            print(f"first painted at {time.time():.6f} (Unix time)", flush=True)
            QtCore.QTimer.singleShot(0, self.app.quit)  # after this paint, as Dyad's first_painted
        return False


def main() -> int:
    app = QtWidgets.QApplication(sys.argv)
    window = QtWidgets.QMainWindow()
    plot = pg.PlotWidget()
    window.setCentralWidget(plot)
    window.resize(1400, 900)  # the size Dyad opens at, so both paint the same area
    watch = _FirstPaint(app)
    plot.viewport().installEventFilter(watch)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
