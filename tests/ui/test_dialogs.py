"""Dialogs refuse what cannot be stored and say why, without closing."""

from __future__ import annotations

from app.session.records import FactRow
from app.ui.qt import QtWidgets

ROW = FactRow(
    id=1,
    article_id=1,
    kind="trade_total",
    when="2019",
    value="$6.275B",
    qualifier="",
    file="x.txt",
    status="proposed",
    derived=False,
    version=1,
    sentence="in 2019 it reached US$6.275 billion",
    description="",
    value_usd=6.275e9,
    year=2019,
    date=None,
    percent=None,
)


def test_edit_dialog_parses_and_refuses_bad_numbers(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.fact_table import FactEditDialog

    dialog = FactEditDialog(ROW)
    qtbot.addWidget(dialog)
    dialog.value.setText("7,000,000,000")
    assert dialog.changes() == {"value_usd": 7e9, "amount": 7e9, "currency": "USD", "year": 2019}
    dialog.value.setText("seven")
    dialog._on_save()
    assert dialog.error.text() == (
        "cannot read 'seven' as an amount: write it as 6.275 billion, $600 million or 1,200,000"
    )
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted


def test_new_fact_dialog_needs_a_value_and_year_for_a_trade_total(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.domain.facts import FactKind
    from app.ui.fact_table import NewFactDialog

    dialog = NewFactDialog("US$2.5 billion in 2010")
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("trade_total"))
    dialog._on_save()
    assert dialog.error.text() == "a trade total needs a value and a year"
    dialog.date.setText("2010")
    dialog.value.setText("2500000000")
    kind, values = dialog.result_values()
    assert (kind, values["year"], values["value_usd"]) == (FactKind.TRADE_TOTAL, 2010, 2.5e9)


def test_clipboard_dialog_refuses_a_bad_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.importing import ClipboardArticleDialog

    dialog = ClipboardArticleDialog("Chile and Vietnam trade grew.")
    qtbot.addWidget(dialog)
    dialog.date.setText("May 2024")
    dialog._on_save()
    assert dialog.error.text().startswith("“May 2024” is not a date Dyad can keep")
    assert dialog.values()["title"] == "Chile and Vietnam trade grew."
