"""The start-up baseline: a bare PySide6 + pyqtgraph window showing one empty plot, closed once painted."""

# ruff: noqa: I001 - the order is the point: PySide6 must be imported before pyqtgraph
from __future__ import annotations

import sys

from PySide6 import QtCore, QtWidgets  # PySide6 first, so pyqtgraph binds to it

import pyqtgraph as pg


def main() -> int:
    app = QtWidgets.QApplication(sys.argv)
    window = QtWidgets.QMainWindow()
    plot = pg.PlotWidget()
    window.setCentralWidget(plot)
    window.resize(1400, 900)  # the size Dyad opens at, so both paint the same area
    window.show()
    QtCore.QTimer.singleShot(0, app.quit)  # runs after the first paint of the shown window
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
