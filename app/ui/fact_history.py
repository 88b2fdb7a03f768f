"""Every version of one fact, who made it and when, and the choice to put an earlier one back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.domain.money import format_usd_exact
from app.ui.qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from app.session.records import FactRow
    from app.session.review import FactVersion

COLUMNS = ("Version", "When", "Who", "Change", "Status", "Value", "Date", "Visitor")


def version_cells(v: FactVersion) -> list[str]:
    state = v.state
    if state.get("value_usd") is not None:
        value = format_usd_exact(float(state["value_usd"]))
    elif state.get("percent") is not None:
        value = f"{float(state['percent']):+g} %"
    else:
        value = ""
    when = f"{v.changed_at:%Y-%m-%d %H:%M}" if v.changed_at else "as read"
    date = str(state.get("date") or state.get("year") or "")
    return [
        str(v.version),
        when,
        v.changed_by,
        v.action,
        str(state.get("status")),
        value,
        date,
        str(state.get("person") or ""),
    ]


class FactHistoryDialog(QtWidgets.QDialog):
    """A fact's versions, newest last; Restore puts the selected one back (itself a change that can be undone)."""

    def __init__(
        self,
        row: FactRow,
        versions: list[FactVersion],
        restore: Callable[[int, int, int], None],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"History of fact {row.id}")
        self.row, self.versions, self._restore = row, versions, restore
        self.table = QtWidgets.QTableWidget(len(versions), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        for r, version in enumerate(versions):
            for c, text in enumerate(version_cells(version)):
                self.table.setItem(r, c, QtWidgets.QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if versions:
            self.table.selectRow(len(versions) - 1)
        sentence = QtWidgets.QLabel(f"“{row.sentence}”")
        sentence.setWordWrap(True)
        sentence.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.restore_button = QtWidgets.QPushButton("Restore this version")
        self.restore_button.setToolTip("Put the selected version back; Edit ▸ Undo takes it back again")
        self.restore_button.clicked.connect(self._on_restore)
        self.table.itemSelectionChanged.connect(self._update_button)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(sentence)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._update_button()
        self.resize(760, 320)

    def selected(self) -> FactVersion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen is not self.versions[-1])

    def _on_restore(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.versions:
            return
        self._restore(self.row.id, chosen.version, self.versions[-1].version)
        self.accept()
