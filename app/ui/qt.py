"""Import Qt through here: PySide6 before pyqtgraph, which otherwise prefers PyQt6 when both are present."""

# ruff: noqa: I001 - the order is the point: PySide6 must be imported before pyqtgraph
from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6 import QtCore, QtGui, QtSvg, QtWidgets

import pyqtgraph as pg

pg.setConfigOptions(antialias=True)

__all__ = ["QtCore", "QtGui", "QtSvg", "QtWidgets", "pg"]


def as_tooltip(text: str) -> str:
    """Text from an article or a file name as a tooltip. Qt renders a tooltip that looks like HTML as
    HTML; this escapes it and marks it rich text, so "<img src=…>" in an article shows as those very
    characters (and long tooltips wrap)."""
    from html import escape

    return "<p style='white-space:pre-wrap'>" + escape(text) + "</p>"


def show_tooltip(event: QtGui.QHelpEvent, text: str, widget: QtWidgets.QWidget) -> None:
    """Show ``text`` (plain) for a ToolTip event; it hides when the pointer moves a few pixels away."""
    pos = event.pos()
    QtWidgets.QToolTip.showText(
        event.globalPos(), as_tooltip(text), widget, QtCore.QRect(pos.x() - 6, pos.y() - 6, 12, 12)
    )


def message_box(
    parent: QtWidgets.QWidget | None,
    icon: QtWidgets.QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QtWidgets.QMessageBox.StandardButton = QtWidgets.QMessageBox.StandardButton.Ok,
) -> QtWidgets.QMessageBox.StandardButton:
    """A modal message whose text is always plain: messages quote file names and article text."""
    box = QtWidgets.QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    return QtWidgets.QMessageBox.StandardButton(box.exec())
