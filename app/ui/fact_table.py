"""A relationship's facts for review: sortable, filterable, and accepted, rejected or corrected in place."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, ClassVar

from app.analysis.official import Verdict
from app.domain.facts import FactKind
from app.session.records import FactRow
from app.ui.dialogs import FormDialog
from app.ui.qt import QtCore, QtGui, QtWidgets, as_tooltip
from app.ui.theme import current_theme

COLUMNS = ("Kind", "When", "Value", "Hedge", "Flag", "Sure", "Official", "Source", "Status", "Derived", "Sentence")
# A typical entry of each column but the sentence: the columns' widths in whatever font the table has.
COLUMN_SAMPLES = (
    "Relations established",
    "2024-11-12",
    "$353.78M (2024)",
    "about",
    "⚠ inconsistent",
    "? 0.78",
    "+27.3 % ring",
    "Viet Nam News, 2024-11",
    "proposed",
    "derived",
)
_KEYS = (
    "kind",
    "when",
    "value",
    "qualifier",
    "flags",
    "confidence",
    "official",
    "source",
    "status",
    "derived",
    "sentence",
)


def confidence_text(row: FactRow) -> str:
    """ "0.92", or "? 0.55" for a doubtful fact not yet reviewed (the tooltip says why)."""
    return f"? {row.confidence:.2f}" if row.doubtful else f"{row.confidence:.2f}"


def official_text(verdict: Verdict | None) -> str:
    """ "⚠ +27.3 %" (differs beyond the tolerance), "−5.5 %" (agrees), "" (not compared)."""
    if verdict is None or verdict.difference is None:
        return ""
    sign = "+" if verdict.difference >= 0 else "−"
    return f"{'⚠ ' if verdict.disagrees else ''}{sign}{abs(verdict.difference):.1f} %"


def flag_text(flags: tuple[str, ...]) -> str:
    """ "⚠ implausible", "⚠ inconsistent +1": what the Flag column shows (the tooltip has the reasons)."""
    if not flags:
        return ""
    first = flags[0].split(":", 1)[0]
    return f"⚠ {first}" + (f" +{len(flags) - 1}" if len(flags) > 1 else "")


class FactTableModel(QtCore.QAbstractTableModel):
    """A thin adapter over the relationship's fact rows; sorting and filtering reorder a list of rows."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.all_rows: Sequence[FactRow] = ()
        self.rows: list[FactRow] = []
        self.text_filter = ""
        self.kind_filter = ""
        self.sort_column, self.sort_order = 1, QtCore.Qt.SortOrder.AscendingOrder
        self.doubtful_first = True  # the review queue: facts the extractor is unsure of, not yet reviewed, on top
        self.verdicts: dict[int, Verdict] = {}  # news totals against the official statistics shown

    def set_rows(self, rows: Sequence[FactRow]) -> None:
        self.all_rows = rows
        self._rebuild()

    def set_verdicts(self, verdicts: dict[int, Verdict]) -> None:
        """The official column's verdicts: the rows are sorted again only when they are sorted by it; else its
        cells alone are redrawn (and the selection and scroll position stay)."""
        if verdicts == self.verdicts:
            return
        self.verdicts = verdicts
        if _KEYS[self.sort_column] == "official":
            self._rebuild()
        elif self.rows:
            column = _KEYS.index("official")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def _shown(self, row: FactRow, key: str) -> str:
        if key == "flags":
            return flag_text(row.flags)
        if key == "official":
            return official_text(self.verdicts.get(row.id))
        if key == "confidence":
            return confidence_text(row)
        return str(getattr(row, key))

    def _sort_key(self, row: FactRow, key: str) -> tuple[bool, str, int]:
        """Empty cells last, then the shown text in any case, then the order facts were stored in."""
        shown = self._shown(row, key)
        return shown == "", shown.lower(), row.id

    def set_filter(self, text: str = "", kind: str = "") -> None:
        self.text_filter, self.kind_filter = text.strip().lower(), kind
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        rows = [
            r
            for r in self.all_rows
            if (not self.kind_filter or r.kind == self.kind_filter)
            and (
                not self.text_filter
                or self.text_filter in f"{r.description} {r.sentence} {r.source} {' '.join(r.flags)}".lower()
            )
        ]
        key = _KEYS[self.sort_column]
        rows.sort(key=lambda r: self._sort_key(r, key), reverse=self.sort_order == QtCore.Qt.SortOrder.DescendingOrder)
        if self.doubtful_first:
            rows.sort(key=lambda r: not r.doubtful)  # stable: each group keeps the column's order
        self.rows = rows
        self.endResetModel()

    def sort(self, column: int, order: QtCore.Qt.SortOrder = QtCore.Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self._rebuild()

    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation, role: int = 0) -> Any:
        if orientation == QtCore.Qt.Orientation.Horizontal and role == QtCore.Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            key = _KEYS[index.column()]
            if key == "kind":
                return FactKind(row.kind).label
            if key == "derived":
                return "derived" if row.derived else ""
            return self._shown(row, key)
        verdict = self.verdicts.get(row.id)
        if role == QtCore.Qt.ItemDataRole.ToolTipRole:
            if _KEYS[index.column()] == "flags" and row.flags:
                return as_tooltip("\n".join(row.flags))
            if _KEYS[index.column()] == "official" and verdict is not None:
                return as_tooltip(verdict.text)
            if _KEYS[index.column()] == "confidence":
                sure = "doubtful" if row.doubtful else "confident"
                return as_tooltip(f"{sure} (confidence {row.confidence:.2f}): {row.confidence_basis or 'reviewed'}")
            return as_tooltip(row.description)
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and _KEYS[index.column()] == "flags" and row.flags:
            return QtGui.QBrush(QtGui.QColor(current_theme().flagged))
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and _KEYS[index.column()] == "confidence" and row.doubtful:
            return QtGui.QBrush(QtGui.QColor(current_theme().flagged))
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and _KEYS[index.column()] == "official" and verdict:
            return QtGui.QBrush(QtGui.QColor(current_theme().disagree)) if verdict.disagrees else None
        if role == QtCore.Qt.ItemDataRole.FontRole and row.status == "rejected":
            font = QtGui.QFont()
            font.setStrikeOut(True)
            return font
        return None

    def row_at(self, index: QtCore.QModelIndex) -> FactRow | None:
        return self.rows[index.row()] if index.isValid() else None


class FactEditDialog(FormDialog):
    """Correct a fact's figure or date; what is not changed is kept."""

    def __init__(self, row: FactRow, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__("Correct a fact", parent)
        self.row = row
        self.value = QtWidgets.QLineEdit("" if row.value_usd is None else f"{row.value_usd:,.0f}")
        self.value.setPlaceholderText("US dollars: 6.275 billion, $600 million or 1,200,000")
        self.person = QtWidgets.QLineEdit(row.person or "")
        self.person.setPlaceholderText("who visited, as the article names them")
        self.percent = QtWidgets.QLineEdit("" if row.percent is None else f"{row.percent:g}")
        self.date = QtWidgets.QLineEdit(row.date or (str(row.year) if row.year else ""))
        self.date.setPlaceholderText("2024, March 2024 or March 25, 2024")
        sentence = QtWidgets.QLabel(f"“{row.sentence}”")
        sentence.setWordWrap(True)
        sentence.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        form = self.form
        form.addRow(sentence)
        if row.kind in (FactKind.TRADE_TOTAL.value, FactKind.INVESTMENT.value):
            form.addRow("Value (USD):", self.value)
        if row.kind == FactKind.TRADE_GROWTH.value:
            form.addRow("Percent:", self.percent)
        if row.kind == FactKind.VISIT.value:
            form.addRow("Visitor:", self.person)
        form.addRow("Date:", self.date)
        self.finish()

    def check(self) -> None:
        self.changes()

    def changes(self) -> dict[str, Any]:
        """The columns to store, parsed; raises ValueError with a reason for a person."""
        from app.domain.dates import PartialDate

        out: dict[str, Any] = {}
        from app.domain.money import parse_usd

        value = self.value.text().strip()
        if self.row.kind in (FactKind.TRADE_TOTAL.value, FactKind.INVESTMENT.value) and value:
            out["value_usd"] = out["amount"] = parse_usd(value)
            out["currency"] = "USD"
        percent = self.percent.text().strip().removesuffix("%").strip()
        if self.row.kind == FactKind.TRADE_GROWTH.value and percent:
            try:
                out["percent"] = float(percent)
            except ValueError:
                raise ValueError(f"cannot read {percent!r} as a percentage: write it as 27.5") from None
        person = " ".join(self.person.text().split())
        if self.row.kind == FactKind.VISIT.value and person != (self.row.person or ""):
            out["person"] = person or None
        date = self.date.text().strip()
        if date:
            parsed = PartialDate.read(date)
            out["year"] = parsed.year
            if self.row.date is not None or len(date) > 4:
                out["date"] = parsed.iso()
                out["date_precision"] = parsed.precision.value
        return out


class FactsPanel(QtWidgets.QWidget):
    """Review one relationship's facts."""

    fact_activated = QtCore.Signal(int, int)  # article id, fact id
    review_requested = QtCore.Signal(object, str, object)  # FactRow, status, changes
    history_requested = QtCore.Signal(object)  # FactRow

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = FactTableModel(self)
        # Rows set while the panel is hidden, taken in when it is shown or asked for (see set_rows), and the
        # fact then selected, to select again.
        self._pending: Sequence[FactRow] | None = None
        self._keep: int | None = None
        self.filter = QtWidgets.QLineEdit()
        self.filter.setPlaceholderText("Filter: words of the fact, sentence or file")
        self.filter.setClearButtonEnabled(True)
        self.kind = QtWidgets.QComboBox()
        self.kind.addItem("All kinds", "")
        for kind in FactKind:
            self.kind.addItem(kind.label, kind.value)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self._model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, QtCore.Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(QtCore.Qt.TextElideMode.ElideRight)
        # Each column as wide as a typical entry in this font (or its header); the sentence takes what is left.
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics()
        for column, sample in enumerate(COLUMN_SAMPLES):
            width = max(metrics.horizontalAdvance(sample), header.horizontalAdvance(COLUMNS[column]) + 16) + 14
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._on_double_clicked)
        buttons = self._review_buttons()
        self.doubtful_first = QtWidgets.QCheckBox("Doubtful first")
        self.doubtful_first.setChecked(True)
        self.doubtful_first.setToolTip(
            "Facts the extractor is unsure of (confidence under 0.8) and not yet reviewed come first; hover "
            "the Sure column for why"
        )
        self.doubtful_first.toggled.connect(self._on_doubtful_first)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.kind)
        top.addWidget(self.doubtful_first)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.filter.textChanged.connect(self._on_filter)
        self.kind.currentIndexChanged.connect(self._on_filter)

    def _review_buttons(self) -> QtWidgets.QHBoxLayout:
        self.accept = QtWidgets.QPushButton("Accept")
        self.reject = QtWidgets.QPushButton("Reject")
        self.edit = QtWidgets.QPushButton("Edit…")
        self.history = QtWidgets.QPushButton("History…")
        self.history.setToolTip("Every version of the selected fact, who changed it and when; restore an earlier one")
        self.history.clicked.connect(self._history)
        self.accept.setToolTip("Mark the selected fact as checked against its sentence")
        self.reject.setToolTip("The extractor got it wrong: the fact leaves the charts")
        self.edit.setToolTip("Correct the figure or the date; the correction shows at once in the charts")
        self.accept.clicked.connect(lambda: self._review("accepted"))
        self.reject.clicked.connect(lambda: self._review("rejected"))
        self.edit.clicked.connect(self._edit)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.accept)
        buttons.addWidget(self.reject)
        buttons.addWidget(self.edit)
        buttons.addWidget(self.history)
        buttons.addStretch(1)
        return buttons

    @property
    def model(self) -> FactTableModel:
        """The table's model, with the rows last set in it."""
        self._settle()
        return self._model

    def set_rows(self, rows: Sequence[FactRow]) -> None:
        """Show ``rows`` (the selected fact stays selected). Behind another tab they are only kept, and read
        when the panel is shown or its rows are asked for: a relationship's rows are built when first read
        (``FactRows``), and a switch with the Facts tab hidden need not build them."""
        if self._pending is None:
            selected = self.selected()
            self._keep = selected.id if selected is not None else None
        self._pending = rows
        if self.isVisible():
            self._settle()

    def _settle(self) -> None:
        if self._pending is None:
            return
        rows, self._pending = self._pending, None
        self._model.set_rows(rows)
        if self._keep is not None:
            self.select_fact(self._keep)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        self._settle()  # before the table paints
        super().showEvent(event)

    def set_verdicts(self, verdicts: dict[int, Verdict]) -> None:
        """How this relationship's news totals compare with the official statistics (the Official column)."""
        if self._pending is not None:
            self._model.verdicts = verdicts  # the rows, when taken in, are sorted with them
            return
        selected = self.selected()
        self.model.set_verdicts(verdicts)
        if selected is not None and self.selected() is None:  # sorted by them: the rows were rebuilt
            self.select_fact(selected.id)

    def selected(self) -> FactRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def select_fact(self, fact_id: int) -> bool:
        for i, row in enumerate(self.model.rows):
            if row.id == fact_id:
                self.table.selectRow(i)
                self.table.scrollTo(self.model.index(i, 0))
                return True
        return False

    def _on_filter(self, *_args: object) -> None:
        self.model.set_filter(self.filter.text(), str(self.kind.currentData() or ""))

    def _on_doubtful_first(self, checked: bool) -> None:
        self.model.doubtful_first = checked
        self.model._rebuild()

    def _on_double_clicked(self, index: QtCore.QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.fact_activated.emit(row.article_id, row.id)

    def _review(self, status: str) -> None:
        row = self.selected()
        if row is not None:
            self.review_requested.emit(row, status, {})

    def _history(self) -> None:
        row = self.selected()
        if row is not None:
            self.history_requested.emit(row)

    def _edit(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = FactEditDialog(row, self)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            self.review_requested.emit(row, "edited", dialog.changes())


class NewFactDialog(FormDialog):
    """A fact the extractor missed, read from text the analyst selected: the fields of the kind chosen."""

    # The fields each kind of fact has, besides its date.
    FIELDS: ClassVar[dict[FactKind, tuple[str, ...]]] = {
        FactKind.TRADE_TOTAL: ("value",),
        FactKind.TRADE_GROWTH: ("percent",),
        FactKind.RELATIONS_ESTABLISHED: (),
        FactKind.EMBASSY: ("action",),
        FactKind.VISIT: ("person",),
        FactKind.AGREEMENT: ("name",),
        FactKind.INVESTMENT: ("value",),
        FactKind.PARTNER_RANK: ("rank",),
    }

    def __init__(self, selected: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__("Add a fact", parent)
        quote = QtWidgets.QLabel(f"“{selected}”")
        quote.setWordWrap(True)
        quote.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.kind = QtWidgets.QComboBox()
        for kind in FactKind:
            self.kind.addItem(kind.label, kind.value)
        self.date = QtWidgets.QLineEdit()
        self.date.setPlaceholderText("2024, March 2024 or March 25, 2024")
        self.value = QtWidgets.QLineEdit()
        self.value.setPlaceholderText("US dollars: 2.5 billion, $600 million or 1,200,000")
        self.percent = QtWidgets.QLineEdit()
        self.percent.setPlaceholderText("per cent: 12.5 (a fall: -3)")
        self.person = QtWidgets.QLineEdit()
        self.person.setPlaceholderText("who visited, as the article names them")
        self.name = QtWidgets.QLineEdit()
        self.name.setPlaceholderText("the agreement, as the article names it")
        self.action = QtWidgets.QComboBox()
        for action in ("opened", "reopened", "closed"):
            self.action.addItem(action, action)
        self.rank = QtWidgets.QSpinBox()
        self.rank.setRange(1, 250)
        self.rank.setPrefix("rank ")
        form = self.form
        form.addRow(quote)
        form.addRow("Kind:", self.kind)
        form.addRow("Date:", self.date)
        self.fields: dict[str, QtWidgets.QWidget] = {
            "value": self.value,
            "percent": self.percent,
            "person": self.person,
            "name": self.name,
            "action": self.action,
            "rank": self.rank,
        }
        labels = {
            "value": "Value (USD):",
            "percent": "Growth (%):",
            "person": "Visitor:",
            "name": "Agreement:",
            "action": "Embassy:",
            "rank": "Partner rank:",
        }
        for key, widget in self.fields.items():
            form.addRow(labels[key], widget)
        self.finish()
        self.kind.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    def chosen(self) -> FactKind:
        return FactKind(self.kind.currentData())

    def _show_fields(self, *_args: object) -> None:
        wanted = self.FIELDS[self.chosen()]
        for key, widget in self.fields.items():
            self.form.setRowVisible(widget, key in wanted)
        self.error.clear()
        self.adjustSize()

    def check(self) -> None:
        self.result_values()

    def result_values(self) -> tuple[FactKind, dict[str, Any]]:
        """The kind and the columns to store, from the fields of that kind only; raises ValueError with
        a reason for a person."""
        from app.domain.dates import PartialDate

        kind = self.chosen()
        wanted = self.FIELDS[kind]
        values: dict[str, Any] = {}
        if self.date.text().strip():
            date = PartialDate.read(self.date.text())
            values.update(year=date.year, date=date.iso(), date_precision=date.precision.value)
        if "value" in wanted and self.value.text().strip():
            from app.domain.money import parse_usd

            values.update(value_usd=parse_usd(self.value.text()), currency="USD")
            values["amount"] = values["value_usd"]
        if "percent" in wanted and self.percent.text().strip():
            typed = self.percent.text().strip().removesuffix("%").strip()
            try:
                values["percent"] = float(typed)
            except ValueError:
                raise ValueError(f"cannot read {typed!r} as a percentage: write it as 12.5") from None
            if not math.isfinite(values["percent"]):  # float() reads "nan", "inf" and "1e400" too
                raise ValueError(f"{typed!r} is no percentage: write it as 12.5")
        if "person" in wanted and (person := " ".join(self.person.text().split())):
            values["person"] = person
        if "name" in wanted and (name := " ".join(self.name.text().split())):
            values["name"] = name
        if "action" in wanted:
            values["action"] = self.action.currentData()
        if "rank" in wanted:
            values["rank"] = self.rank.value()
        needs = {
            FactKind.TRADE_TOTAL: (("value_usd", "year"), "a trade total needs a value and a year"),
            FactKind.INVESTMENT: (("value_usd",), "an investment needs a value"),
            FactKind.TRADE_GROWTH: (("percent", "year"), "a growth rate needs a percentage and a year"),
            FactKind.VISIT: (("person",), "a visit needs the visitor's name"),
        }
        if kind in needs and any(key not in values for key in needs[kind][0]):
            raise ValueError(needs[kind][1])
        return kind, values
