"""View ▸ Exchange rates: the rates the analyst gave, and a new one for a currency and year, with its source.

A figure stated in a currency with no rate in its text or the ECB's series is drawn once a rate is given;
every figure it converts says so, with the rate and its source."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.ui.dialogs import FormDialog
from app.ui.qt import QtWidgets

if TYPE_CHECKING:
    from app.store.rates import Rate


class RatesDialog(FormDialog):
    def __init__(
        self,
        given: list[Rate],
        missing: list[str],
        save: Callable[[str, int, float, str], None],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__("Exchange rates", parent)
        self._save = save
        listing = QtWidgets.QPlainTextEdit("\n".join(r.described for r in given) or "No rate given yet.")
        listing.setReadOnly(True)
        listing.setMaximumHeight(120)
        needed = QtWidgets.QLabel(
            "Figures with no rate to US dollars: " + ("; ".join(missing) if missing else "none in the pairs shown")
        )
        needed.setWordWrap(True)
        self.currency = QtWidgets.QLineEdit(missing[0].split()[0] if missing else "")
        self.currency.setPlaceholderText("ISO code, as NLG or CNY")
        self.year = QtWidgets.QSpinBox()
        self.year.setRange(1800, 2100)
        first_year = next((m.rsplit("(", 1)[-1].rstrip(")") for m in missing if m.endswith(")")), "")
        self.year.setValue(int(first_year) if first_year.isdigit() else 2000)
        self.rate = QtWidgets.QDoubleSpinBox()
        self.rate.setDecimals(6)
        self.rate.setRange(0.000001, 1_000_000.0)
        self.rate.setValue(1.0)
        self.rate.setSuffix(" US$ per unit")
        self.source = QtWidgets.QLineEdit()
        self.source.setPlaceholderText("where the rate comes from: IMF IFS, the central bank, a yearbook…")
        self.form.addRow("Given:", listing)
        self.form.addRow(needed)
        self.form.addRow("Currency:", self.currency)
        self.form.addRow("Year:", self.year)
        self.form.addRow("Rate:", self.rate)
        self.form.addRow("Source:", self.source)
        self.finish()
        self.resize(620, 420)

    def check(self) -> None:
        code = self.currency.text().strip().upper()
        if len(code) != 3 or not code.isalpha():
            raise ValueError("Write the currency as its three-letter code, as NLG or CNY")
        if not self.source.text().strip():
            raise ValueError("Say where the rate comes from: every figure it converts cites it")

    def accept(self) -> None:  # FormDialog checks the input before it accepts
        self._save(self.currency.text().strip().upper(), self.year.value(), self.rate.value(), self.source.text())
        super().accept()
