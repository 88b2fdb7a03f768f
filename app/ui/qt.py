"""Import Qt through here: PySide6 before pyqtgraph, which otherwise prefers PyQt6 when both are present."""

# ruff: noqa: I001 - the order is the point: PySide6 must be imported before pyqtgraph
from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6 import QtCore, QtGui, QtSvg, QtWidgets

import pyqtgraph as pg

pg.setConfigOptions(antialias=True)

__all__ = ["QtCore", "QtGui", "QtSvg", "QtWidgets", "pg"]
