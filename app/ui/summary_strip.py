"""The two relationships at a glance: established, latest full-year total, growth, visits, agreements,
investment and how many facts still await review."""

from __future__ import annotations

from app.analysis.series import counted
from app.domain.money import format_usd
from app.session.records import PairView
from app.ui.qt import QtCore, QtGui, QtWidgets


def summary_line(view: PairView | None) -> str:
    if view is None or view.summary is None:
        return ""
    s = view.summary
    latest = "—"
    if s.latest_total:
        hedge = f"{s.latest_total.qualifier} " if s.latest_total.qualifier else ""  # "about $125B", as stated
        latest = f"{hedge}{format_usd(s.latest_total.value_usd)} ({s.latest_total.period})"
    growth = s.growth_text.split(" (")[0] if s.growth_text else "—"
    line = (
        f"{view.name}: established {s.established or 'not stated'} · latest full-year trade {latest} · "
        f"growth {growth} · {counted(s.visits, 'visit')} · {counted(s.agreements, 'agreement')} · "
        f"investment {s.investment or '—'} · {counted(s.unreviewed, 'unreviewed fact')}"
    )
    if view.unconverted:  # "NLG 110 bn (1986)": stated in a currency no rate turns into US dollars
        line += f" · not drawn, no rate to US$: {', '.join(view.unconverted)} (View ▸ Exchange rates…)"
    return line


class SummaryStrip(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = (QtWidgets.QLabel(), QtWidgets.QLabel())
        for line in self.lines:
            line.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 2)
        layout.setSpacing(0)
        for label in self.lines:
            label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)  # a narrow window shows the whole summary on two lines, not half of it
            label.setToolTip("Growth is annualised between the first and last stated full-year totals (derived)")
            layout.addWidget(label)

    def hasHeightForWidth(self) -> bool:
        # The wrapped lines' height is set in resizeEvent instead: a height-for-width claim would reach the
        # window's scroll area, which would then size the whole window to its preferred height and scroll.
        return False

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QtCore.QMargins()
        width = max(1, self.width() - margins.left() - margins.right())
        needed = sum(label.heightForWidth(width) for label in self.lines if label.text())
        height = needed + margins.top() + margins.bottom()
        if height != self.minimumHeight():
            self.setFixedHeight(height)

    def set_view(self, side: int, view: PairView | None, color: str, official: str = "") -> None:
        """Show ``view``'s summary; ``official`` says how its news totals compare with official statistics."""
        self.lines[side].setText(summary_line(view) + (f" · official: {official}" if official else ""))
        self._fit_height()
        if self.lines[side].styleSheet() != (css := f"color: {color};"):  # set, it re-polishes the label
            self.lines[side].setStyleSheet(css)
