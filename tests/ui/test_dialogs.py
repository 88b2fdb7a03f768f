"""Dialogs refuse what cannot be stored and say why, without closing."""

from __future__ import annotations

import pytest

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
    dialog.date.setText("Mai 2024")
    dialog._on_save()
    assert dialog.error.text() == "cannot read 'Mai 2024' as a date: write 2024, March 2024 or March 25, 2024"
    dialog.date.setText("May 2024")  # a month is a date Dyad keeps, as a month
    assert dialog.values()["published"] == "2024-05"
    assert dialog.values()["title"] == "Chile and Vietnam trade grew."


VNA_STORY = (
    "Hà Nội, September 20, 2019 (VNA) – Vietnam and Mexico should make better use of the Comprehensive and "
    "Progressive Agreement for Trans-Pacific Partnership to raise two-way trade, officials said.\n\n"
    "Two-way trade reached US$6.275 billion in 2019."
)
WIRE_STORY = (
    "ARGENTINA-BRAZIL TRADE JUMPED 90 PCT IN 1986\n"
    "    BUENOS AIRES, March 5 - Trade between Argentina and Brazil\n"
    "jumped 90 pct in 1986 versus 1985, Foreign Minister Dante\n"
    "Caputo said.\n"
    " Reuter\n"
)


def test_clipboard_dialog_fills_title_date_and_outlet_from_the_story(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The title was the first 120 characters, cut mid-word; Published and Outlet were left empty though
    the dateline said "September 20, 2019 (VNA)"."""
    from app.session.imports import pasted_header
    from app.ui.importing import ClipboardArticleDialog

    dialog = ClipboardArticleDialog(VNA_STORY, pasted_header(VNA_STORY))
    qtbot.addWidget(dialog)
    values = dialog.values()
    assert values["outlet"] == "Vietnam News Agency"
    assert values["published"] == "2019-09-20"
    title = values["title"]
    body = VNA_STORY.split("– ", 1)[1]  # the dateline is not the title
    assert len(title) <= 120 and title.endswith("…")
    assert body.startswith(title[:-1]) and body[len(title) - 1] in " ,"  # cut between words
    assert title.startswith("Vietnam and Mexico should make better use of the Comprehensive")

    wire = ClipboardArticleDialog(WIRE_STORY, pasted_header(WIRE_STORY))
    qtbot.addWidget(wire)
    assert wire.values()["title"] == "ARGENTINA-BRAZIL TRADE JUMPED 90 PCT IN 1986"
    assert wire.values()["outlet"] == "Reuters"
    assert wire.values()["published"] == ""  # "March 5" has no year: asked, not guessed
    assert "March 5" in wire.date.placeholderText()


def test_add_a_fact_shows_the_fields_of_the_kind_chosen_and_reads_dates_in_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A visit had no visitor field; every kind showed value and percent; "March 25, 2024" was refused."""
    from app.domain.facts import FactKind
    from app.ui.fact_table import NewFactDialog

    dialog = NewFactDialog("President Lương Cường paid a state visit to Peru on March 25, 2024")
    qtbot.addWidget(dialog)
    dialog.show()

    def shown() -> set[str]:
        return {key for key, widget in dialog.fields.items() if widget.isVisible()}

    expected = {
        "visit": {"person"},
        "trade_total": {"value"},
        "trade_growth": {"percent"},
        "agreement": {"name"},
        "embassy": {"action"},
        "relations_established": set(),
        "investment": {"value"},
        "partner_rank": {"rank"},
    }
    for kind, fields in expected.items():
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        assert shown() == fields, kind
    dialog.kind.setCurrentIndex(dialog.kind.findData("visit"))
    dialog.date.setText("March 25, 2024")
    dialog._on_save()
    assert dialog.error.text() == "a visit needs the visitor's name"
    dialog.person.setText("  President   Lương Cường ")
    dialog.value.setText("2.5 billion")  # typed under another kind, then the kind changed: not stored
    kind, values = dialog.result_values()
    assert kind == FactKind.VISIT
    assert values == {"year": 2024, "date": "2024-03-25", "date_precision": "day", "person": "President Lương Cường"}
    dialog.date.setText("February 30, 2024")
    dialog._on_save()
    assert dialog.error.text() == "February 2024 has no day 30"
    dialog.kind.setCurrentIndex(dialog.kind.findData("agreement"))
    dialog.date.setText("March 2024")
    dialog.name.setText("Memorandum of understanding on rice trade")
    assert dialog.result_values()[1] == {
        "year": 2024,
        "date": "2024-03",
        "date_precision": "month",
        "name": "Memorandum of understanding on rice trade",
    }


@pytest.mark.parametrize("typed", ["nan", "inf", "-Infinity", "1e400"])
def test_a_growth_rate_typed_as_no_number_is_refused(qtbot, typed: str) -> None:  # type: ignore[no-untyped-def]
    """float() reads these as numbers, and they were stored as a fact's percentage."""
    from app.ui.fact_table import NewFactDialog

    dialog = NewFactDialog("Trade grew 12.5 % in 2019")
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("trade_growth"))
    dialog.date.setText("2019")
    dialog.percent.setText(typed)
    dialog._on_save()
    assert dialog.error.text() == f"{typed!r} is no percentage: write it as 12.5"
    dialog.percent.setText("12.5 %")
    assert dialog.result_values()[1]["percent"] == 12.5
