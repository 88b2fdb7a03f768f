"""Every official series of a relationship, year by year, beside the news figures; and which dataset the
chart draws and compares the news with (remembered per relationship)."""

from __future__ import annotations

from collections.abc import Callable

from app.analysis.official import shown_series
from app.domain.money import format_usd, format_usd_exact
from app.official.figures import DATASET_LABELS
from app.session.records import PairView
from app.ui.qt import QtCore, QtWidgets
from app.ui.trade_plot import view_name


def _dataset_label(dataset: str) -> str:
    return next((label for key, label in DATASET_LABELS.items() if key == dataset), dataset)


def table_rows(view: PairView) -> tuple[list[str], list[list[str]]]:
    """The table's columns and rows: a row a year, the news totals stated for it, then each dataset's and
    each reporter's exports, imports and two-way total."""
    series = sorted(view.official, key=lambda s: (s.dataset, s.reporter != view.asked[0], s.reporter))
    columns = ["Year", "News (stated)"]
    for s in series:
        who = f"{_dataset_label(s.dataset)}, {s.reporter}"
        columns += [f"{who}: exports", f"{who}: imports", f"{who}: two-way"]
    years = sorted(
        {p.year for p in view.points if not p.derived}
        | {y.year for s in series for y in s.years}
        | {y.year for s in series for y in s.one_flow}
    )
    rows = []
    for year in years:
        news = [p for p in view.points if p.year == year and not p.derived and not p.partial_period]
        row = [
            str(year),
            "; ".join(f"{p.qualifier + ' ' if p.qualifier else ''}{format_usd_exact(p.value_usd)}" for p in news),
        ]
        for s in series:
            y = s.at(year)
            single = next((f for f in s.one_flow if f.year == year), None)
            if single is not None:  # one flow reported: shown in its column, never as a total
                value = format_usd(single.value) + (" (e)" if single.estimated else "")
                row += [value, "", "one flow only"] if single.flow == "X" else ["", value, "one flow only"]
            elif y is None:
                row += ["", "", ""]
            else:
                mark = " (e)" if y.estimated else ""
                row += [format_usd(y.exports), format_usd(y.imports), format_usd(y.total) + mark]
        rows.append(row)
    return columns, rows


class OfficialTablePanel(QtWidgets.QWidget):
    """One relationship's official figures and the choice of the dataset drawn."""

    def __init__(self, view: PairView, chosen: str | None, on_chosen: Callable[[str | None], None]) -> None:
        super().__init__()
        self.view = view
        self.choice = QtWidgets.QComboBox()
        datasets = list(dict.fromkeys(s.dataset for s in view.official if s.years or s.one_flow))
        default = shown_series(view.official, view.asked)
        most = _dataset_label(default[0].dataset) if default else "none"
        self.choice.addItem(f"The most complete ({most})", None)
        for dataset in datasets:
            self.choice.addItem(_dataset_label(dataset), dataset)
        index = self.choice.findData(chosen) if chosen else 0
        self.choice.setCurrentIndex(max(0, index))
        self.choice.currentIndexChanged.connect(lambda _i: on_chosen(self.choice.currentData()))
        columns, rows = table_rows(view)
        self.table = QtWidgets.QTableWidget(len(rows), len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QtWidgets.QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        form = QtWidgets.QFormLayout()
        form.addRow("Draw and compare the news with:", self.choice)
        note = QtWidgets.QLabel(
            "Each reporter's two-way total is its exports (FOB) plus its imports (CIF); the two reporters' totals "
            "are kept apart, never averaged. (e): the figure is an estimate."
        )
        note.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        if not view.official:
            empty = QtWidgets.QLabel(
                f"No official statistics for {view_name(view)} yet: File ▸ Import official statistics…"
            )
            empty.setWordWrap(True)
            layout.addWidget(empty)


def _for_side(on_chosen: Callable[[int, str | None], None], side: int) -> Callable[[str | None], None]:
    def chosen(dataset: str | None) -> None:
        on_chosen(side, dataset)

    return chosen


class OfficialTableDialog(QtWidgets.QDialog):
    def __init__(
        self,
        views: list[PairView | None],
        chosen: list[str | None],
        on_chosen: Callable[[int, str | None], None],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Official statistics, year by year")
        self.tabs = QtWidgets.QTabWidget()
        self.panels: list[OfficialTablePanel] = []
        for side, view in enumerate(views):
            if view is None:
                continue
            panel = OfficialTablePanel(view, chosen[side], _for_side(on_chosen, side))
            self.panels.append(panel)
            self.tabs.addTab(panel, f"{'AB'[side]}: {view_name(view)}")
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
