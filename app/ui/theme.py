"""Colours that follow the system's light or dark appearance."""

from __future__ import annotations

from dataclasses import dataclass

from app.ui.qt import QtCore, QtGui, QtWidgets


def is_dark() -> bool:
    app = QtGui.QGuiApplication.instance()
    if isinstance(app, QtGui.QGuiApplication):
        scheme = app.styleHints().colorScheme()
        if scheme == QtCore.Qt.ColorScheme.Dark:
            return True
        if scheme == QtCore.Qt.ColorScheme.Light:
            return False
    palette = QtWidgets.QApplication.palette()
    return palette.color(QtGui.QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class Theme:
    dark: bool
    background: str
    foreground: str
    grid_alpha: float
    pair_colors: tuple[str, str]
    conflict: str
    kind_colors: dict[str, str]
    selected: str
    furniture: str
    # Flagged figures: a crimson kept well away from the orange of relationship B, so that even its
    # anti-aliased edges (a PDF rasterised and scaled) never read as B's colour.
    flagged: str = "#ad1457"
    # News figures that differ from the official statistics are ringed in purple: neither a pair's blue
    # or orange nor the red of disagreeing news sources, at any blend with the background.
    disagree: str = "#6a1b9a"


_LIGHT_KINDS = {
    "trade_total": "#ffe08a",
    "trade_growth": "#ffc58f",
    "relations_established": "#b8e6b0",
    "embassy": "#a9e2dc",
    "visit": "#d8c4f0",
    "agreement": "#b9d4f5",
    "investment": "#f5c2d6",
    "partner_rank": "#d9d9d9",
}
_DARK_KINDS = {
    "trade_total": "#6b5a1a",
    "trade_growth": "#6e4520",
    "relations_established": "#2f5a2a",
    "embassy": "#1f5550",
    "visit": "#4a3766",
    "agreement": "#27466b",
    "investment": "#6a2d46",
    "partner_rank": "#4a4a4a",
}


def dark_theme() -> Theme:
    return Theme(
        True,
        "#1e1f22",
        "#d8dadf",
        0.25,
        ("#4fa3f7", "#f5a623"),
        "#ff5c5c",
        _DARK_KINDS,
        "#c79b00",
        "#7a7d85",
        "#d16aa0",
        disagree="#ce93d8",
    )


def light_theme() -> Theme:
    return Theme(
        False, "#ffffff", "#2b2d31", 0.18, ("#1565c0", "#e07800"), "#d32f2f", _LIGHT_KINDS, "#f0b400", "#9a9da5"
    )


def current_theme() -> Theme:
    """The theme of the system's current appearance."""
    return dark_theme() if is_dark() else light_theme()
