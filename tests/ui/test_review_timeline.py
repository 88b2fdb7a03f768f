"""Milestones on the timeline, alignment, and fact review reflected at once in the charts."""

from __future__ import annotations

import pytest


def _reloaded(qtbot, window, action):  # type: ignore[no-untyped-def]
    """Run a review command and wait until it is stored and the relationship shown again: its result is
    the fact's id (0 when the change was refused)."""
    with (
        qtbot.waitSignal(window.pair_loaded, timeout=10000),
        qtbot.waitSignal(window.reviews.finished, timeout=10000) as done,
    ):
        action()
    return done.args[0]


def test_timeline_places_establishment_by_its_precision(window) -> None:  # type: ignore[no-untyped-def]
    mexico = window.timeline.positions(0, "relations_established")
    assert ("1975-05-19", pytest.approx(1975 + 138 / 365), pytest.approx(1975 + 138 / 365)) in mexico  # a day: a point
    # Three articles state the establishment (one to the day, two the year): one milestone, three sources.
    assert len(mexico) == 1
    established = next(m for m in window.views[0].milestones if m.kind == "relations_established")
    assert "stated by 3 articles: Viet Nam News, 2025-05-20; " in established.description
    assert established.description.startswith("Relations established: 1975-05-19 — Vietnam–Mexico")
    embassies = window.timeline.positions(0, "embassy")
    assert ("1976", 1976.0, 1977.0) in embassies  # a year: spans the year
    peru = window.timeline.positions(1, "relations_established")
    assert peru == [("1994-11-14", pytest.approx(1994 + 317 / 365), pytest.approx(1994 + 317 / 365))]
    embassies = {date: (start, end) for date, start, end in window.timeline.positions(0, "embassy")}
    assert embassies["2000-07"] == (pytest.approx(2000 + 182 / 366), pytest.approx(2000 + 213 / 366))  # a month


def test_alignment_moves_both_establishments_to_zero(window) -> None:  # type: ignore[no-untyped-def]
    window.align_toggle.setChecked(True)
    mexico = dict((d, s) for d, s, _ in window.timeline.positions(0, "relations_established"))
    peru = dict((d, s) for d, s, _ in window.timeline.positions(1, "relations_established"))
    assert mexico["1975-05-19"] == pytest.approx(0.0)
    assert peru["1994-11-14"] == pytest.approx(0.0)
    years, _ = window.plot.line_data(0)
    assert years[0] == pytest.approx(2004 - (1975 + 138 / 365))  # the trade plot shifts with the timeline
    assert window.plot.getPlotItem().getAxis("bottom").labelText == "Years since relations were established"
    window.commands["align"].trigger()
    assert window.plot.line_data(0)[0][0] == 2004


def test_a_relationship_picked_while_aligned_is_drawn_aligned(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.align_toggle.setChecked(True)
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[1].set_pair("VNM", "MEX")  # B now shows Vietnam–Mexico too, established 1975-05-19
    assert window.plot.line_data(1)[0][0] == pytest.approx(2004 - (1975 + 138 / 365))
    b = dict((d, s) for d, s, _ in window.timeline.positions(1, "relations_established"))
    assert b["1975-05-19"] == pytest.approx(0.0)


def test_rejecting_a_trade_fact_removes_its_point(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in window.views[0].fact_rows if r.kind == "trade_total" and r.year == 2019)
    assert _reloaded(qtbot, window, lambda: window.reviews.review(row, "rejected", {}))
    assert 2019 not in window.plot.line_data(0)[0]
    status = {r.id: r.status for r in window.views[0].fact_rows}
    assert status[row.id] == "rejected"
    assert "28 unreviewed facts" in window.summary.lines[0].text()


def test_an_edited_value_shows_and_survives_a_restart(qtbot, window, seeded_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.session.views import countries_with_facts, store_counts
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    row = next(r for r in window.views[0].fact_rows if r.kind == "trade_total" and r.year == 2019)
    assert _reloaded(qtbot, window, lambda: window.reviews.review(row, "edited", {"value_usd": 7.0e9, "amount": 7.0e9}))
    years, values = window.plot.line_data(0)
    assert values[years.index(2019)] == 7.0e9
    window.close()
    again = MainWindow(Settings(tmp_path / "again.ini"))
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.ready, timeout=15000):
        again.set_store(seeded_store, store_counts(seeded_store), countries_with_facts(seeded_store))
    years, values = again.plot.line_data(0)
    assert values[years.index(2019)] == 7.0e9
    assert next(r for r in again.views[0].fact_rows if r.id == row.id).status == "edited"
    again.workers.wait()


def test_a_stale_edit_is_refused(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.ui.review_controller

    warnings: list[str] = []
    monkeypatch.setattr(app.ui.review_controller, "message_box", lambda *args: warnings.append(args[3]))
    row = next(r for r in window.views[0].fact_rows if r.kind == "trade_total" and r.year == 2004)
    assert _reloaded(qtbot, window, lambda: window.reviews.review(row, "accepted", {}))
    assert not _reloaded(qtbot, window, lambda: window.reviews.review(row, "rejected", {}))  # row.version is stale
    assert warnings and "changed by someone else" in warnings[0]


def test_a_fact_added_from_a_selection_shows_at_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from app.domain.facts import FactKind

    text = window.viewers[0].text
    article = text.article
    start = article.text.index("Political and diplomatic relations")
    end = start + len("Political and diplomatic relations")
    values = {"year": 2010, "date": None, "value_usd": 2.5e9, "amount": 2.5e9, "currency": "USD"}
    fact_id = _reloaded(
        qtbot,
        window,
        lambda: window.reviews.add(article.id, (start, end), FactKind.TRADE_TOTAL, window.views[0].pair, values),
    )
    years, values_ = window.plot.line_data(0)
    assert values_[years.index(2010)] == 2.5e9
    added = next(r for r in window.views[0].fact_rows if r.id == fact_id)
    assert (added.status, added.sentence) == ("accepted", "Political and diplomatic relations")


def test_summary_strip_and_fact_filters(window) -> None:  # type: ignore[no-untyped-def]
    line = window.summary.lines[0].text()
    assert line.startswith("Vietnam–Mexico: established 1975-05-19 · latest full-year trade $15B (2024)")
    assert "8 visits · 4 agreements" in line
    assert "investment over $1B" in window.summary.lines[1].text()
    panel = window.facts_panels[1]
    panel.kind.setCurrentIndex(panel.kind.findData("trade_total"))
    assert [r.when for r in panel.model.rows] == ["2016", "2022", "2023", "2024 (first nine months)"]
    panel.filter.setText("nine months")
    assert len(panel.model.rows) == 1


def test_the_edit_dialog_reads_amounts_as_typed_and_corrects_the_visitor(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from app.ui.fact_table import FactEditDialog

    total = next(r for r in window.views[0].fact_rows if r.kind == "trade_total" and r.year == 1993)
    dialog = FactEditDialog(total)
    qtbot.addWidget(dialog)
    assert dialog.value.text() == "10,700"
    for typed, value in (("10.7 million", 10.7e6), ("$1.2 billion", 1.2e9), ("1,200,000", 1.2e6)):
        dialog.value.setText(typed)
        assert dialog.changes()["value_usd"] == pytest.approx(value)
    dialog.value.setText("ten million")
    with pytest.raises(ValueError, match="cannot read 'ten million' as an amount"):
        dialog.changes()

    visit = next(r for r in window.views[0].fact_rows if r.kind == "visit" and r.person)
    edit = FactEditDialog(visit)
    qtbot.addWidget(edit)
    assert edit.person.text() == visit.person
    edit.person.setText("Deputy Prime Minister  Pham Binh Minh")
    changes = edit.changes()
    assert changes["person"] == "Deputy Prime Minister Pham Binh Minh"
    assert _reloaded(qtbot, window, lambda: window.reviews.review(visit, "edited", changes))
    stored = next(r for r in window.views[0].fact_rows if r.id == visit.id)
    assert (stored.status, stored.person) == ("edited", "Deputy Prime Minister Pham Binh Minh")


def test_the_facts_table_flags_suspect_figures_and_names_sources_by_outlet(window) -> None:  # type: ignore[no-untyped-def]
    from app.ui.fact_table import COLUMNS
    from app.ui.qt import QtCore

    panel = window.facts_panels[0]
    model = panel.model
    flag, source = COLUMNS.index("Flag"), COLUMNS.index("Source")
    shown = {
        model.rows[i].when: (model.index(i, flag).data(), model.index(i, source).data())
        for i in range(model.rowCount())
        if model.rows[i].kind == "trade_total"
    }
    assert shown["1993"][0] == "⚠ implausible"
    assert shown["2019"][0] == ""
    assert shown["2024"][1] == "Viet Nam News, 2025-05-20"
    row = next(i for i in range(model.rowCount()) if model.rows[i].when == "1993")
    tip = model.index(row, flag).data(QtCore.Qt.ItemDataRole.ToolTipRole)
    assert "implausible: 1,400× below the trend" in tip


def test_undo_and_redo_accept_correct_and_add(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.ui.review_controller
    from app.domain.facts import FactKind

    def rows():  # type: ignore[no-untyped-def]
        return {r.id: r for r in window.views[0].fact_rows}

    total = next(r for r in window.views[0].fact_rows if r.kind == "trade_total" and r.year == 2019)
    assert _reloaded(qtbot, window, lambda: window.reviews.review(total, "accepted", {}))
    assert window.commands["undo"].text() == f"&Undo accept fact {total.id}"
    assert _reloaded(qtbot, window, window.reviews.undo)
    assert rows()[total.id].status == "proposed"
    assert window.statusBar().currentMessage() == f"Undone: accept fact {total.id}"
    assert _reloaded(qtbot, window, window.reviews.redo)
    assert rows()[total.id].status == "accepted"

    current = rows()[total.id]
    assert _reloaded(qtbot, window, lambda: window.reviews.review(current, "edited", {"value_usd": 7e9, "amount": 7e9}))
    years, values = window.plot.line_data(0)
    assert values[years.index(2019)] == 7e9
    assert _reloaded(qtbot, window, window.reviews.undo)
    years, values = window.plot.line_data(0)
    assert values[years.index(2019)] == 6.275e9 and rows()[total.id].status == "accepted"

    article = window.viewers[0].text.article
    start = article.text.index("Political and diplomatic relations")
    values = {"year": 2010, "value_usd": 2.5e9, "amount": 2.5e9, "currency": "USD"}
    added = _reloaded(
        qtbot,
        window,
        lambda: window.reviews.add(article.id, (start, start + 10), FactKind.TRADE_TOTAL, window.views[0].pair, values),
    )
    assert added in rows()
    assert _reloaded(qtbot, window, window.reviews.undo)
    assert added not in rows() and 2010 not in window.plot.line_data(0)[0]
    assert _reloaded(qtbot, window, window.reviews.redo)
    assert 2010 in window.plot.line_data(0)[0]

    # Another analyst changes the fact: undoing our change would overwrite theirs, so it is refused.
    from app.domain.facts import ReviewStatus
    from app.store.repositories import FactRepository

    warnings: list[str] = []
    monkeypatch.setattr(app.ui.review_controller, "message_box", lambda *args: warnings.append(args[3]))
    current = rows()[total.id]
    assert _reloaded(qtbot, window, lambda: window.reviews.review(current, "rejected", {}))
    FactRepository(window.store).set_status(total.id, ReviewStatus.ACCEPTED)
    assert not _reloaded(qtbot, window, window.reviews.undo)
    assert warnings and warnings[0].startswith(f"Cannot undo “reject fact {total.id}”: fact {total.id} was changed")
    assert rows()[total.id].status == "accepted"


def test_two_changes_to_one_fact_undo_one_after_the_other(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Edit "190 million", Save, Edit "195 million", Save, Undo, Undo: the second undo was refused as
    "changed by someone else (now version 4)" with only this window open."""

    def row():  # type: ignore[no-untyped-def]
        return next(r for r in window.views[0].fact_rows if r.kind == "trade_total" and r.year == 2019)

    assert _reloaded(qtbot, window, lambda: window.reviews.review(row(), "edited", {"value_usd": 190e6}))
    assert _reloaded(qtbot, window, lambda: window.reviews.review(row(), "edited", {"value_usd": 195e6}))
    assert _reloaded(qtbot, window, window.reviews.undo)
    assert row().value_usd == 190e6
    assert _reloaded(qtbot, window, window.reviews.undo)
    assert (row().value_usd, row().status) == (6.275e9, "proposed")
    assert _reloaded(qtbot, window, lambda: window.reviews.review(row(), "rejected", {}))
    rejected = next(r for r in window.views[0].fact_rows if r.id == row().id)
    assert _reloaded(qtbot, window, lambda: window.reviews.review(rejected, "accepted", {}))
    assert _reloaded(qtbot, window, window.reviews.undo)
    assert _reloaded(qtbot, window, window.reviews.undo)
    assert row().status == "proposed"


def test_a_facts_history_lists_every_version_and_restores_one(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DYAD_USER", "ana")
    window.reviews.set_store(window.store)  # the service takes the user name when the store is set

    def row():  # type: ignore[no-untyped-def]
        return next(r for r in window.views[0].fact_rows if r.kind == "trade_total" and r.year == 2019)

    assert _reloaded(qtbot, window, lambda: window.reviews.review(row(), "edited", {"value_usd": 7e9}))
    assert _reloaded(qtbot, window, lambda: window.reviews.review(row(), "rejected", {}))
    with qtbot.waitSignal(window.facts_panels[0].history_requested, timeout=5000):
        window.facts_panels[0].select_fact(row().id)
        window.facts_panels[0].history.click()
    qtbot.waitUntil(lambda: getattr(window.reviews, "history_dialog", None) is not None, timeout=5000)
    dialog = window.reviews.history_dialog
    cells = [[dialog.table.item(r, c).text() for c in (0, 2, 3, 4, 5)] for r in range(dialog.table.rowCount())]
    assert cells == [
        ["1", "", "as read", "proposed", "$6.275B"],
        ["2", "ana", "correct", "edited", "$7B"],
        ["3", "ana", "reject", "rejected", "$7B"],
    ]
    dialog.table.selectRow(1)
    assert _reloaded(qtbot, window, dialog.restore_button.click)
    assert (row().status, row().value_usd) == ("edited", 7e9)
    assert window.commands["undo"].text() == f"&Undo restore fact {row().id} to version 2"


@pytest.mark.parametrize(
    ("pair_a", "pair_b"),
    [(("VNM", "AUS"), ("CAN", "USA")), (("FRA", "YUG"), ("DEU", "NLD")), (("COD", "CAF"), ("GBR", "SUN"))],
)
def test_long_lane_names_are_drawn_whole(qtbot, window, pair_a, pair_b) -> None:  # type: ignore[no-untyped-def]
    """ "B: Vietnam–Australia", "A: Canada–United States" disappeared (a label wider than the axis is not
    drawn) and "A: France–Yugoslavia" was clipped."""
    from app.ui.qt import QtGui

    for side, pair in enumerate((pair_a, pair_b)):
        with qtbot.waitSignal(window.pair_loaded, timeout=10000):
            window.selectors[side].set_pair(*pair)
    axis = window.timeline.getPlotItem().getAxis("left")
    image = QtGui.QImage(400, 400, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(image)
    _, _, texts = axis.generateDrawSpecs(painter)
    painter.end()
    drawn = sorted(" ".join(text.split()) for _, _, text in texts)
    names = sorted(f"{'AB'[side]}: {window.views[side].name}" for side in (0, 1))
    assert [d.replace("– ", "–") for d in drawn] == names
    for rect, _, _ in texts:
        assert rect.left() >= 0 and rect.right() <= axis.width()


@pytest.mark.parametrize("aligned", [False, True])
def test_marks_stand_on_the_rows_they_had_when_every_box_placed_was_weighed(window, monkeypatch, aligned) -> None:  # type: ignore[no-untyped-def]
    # A mark's rows are weighed only against the boxes that can still reach it: those ending left of every
    # mark still to come are forgotten. The rows must be those of weighing every box placed.
    import random
    from collections.abc import Iterable

    import app.ui.label_layout as label_layout
    import app.ui.timeline_view as timeline_view
    from app.session.records import Milestone, PairView
    from app.ui.label_layout import Rect

    rng = random.Random(7)
    kinds = ["embassy", "visit", "agreement"]

    def view(pair: tuple[str, str], established: str) -> PairView:
        marks = [Milestone(0, 0, "relations_established", established, "established")]
        for n in range(150):  # crowded: most in the last fifteen years, to the year, the month or the day
            year = rng.choice([rng.randint(1975, 2024), rng.randint(2010, 2024)])
            date = rng.choice([f"{year}", f"{year}-{rng.randint(1, 12):02d}", f"{year}-{rng.randint(1, 12):02d}-15"])
            marks.append(Milestone(n + 1, 0, rng.choice(kinds), date, f"mark {n}"))
        return PairView(pair, (), (), len(marks), pair, "–".join(pair), tuple(marks), established=established)

    timeline = window.timeline
    timeline.set_aligned(aligned)
    timeline.set_views(view(("MEX", "VNM"), "1975-05-19"), view(("PER", "VNM"), "1994-11"))
    forgotten: list[int] = []
    forget = label_layout._forget

    def counted(rows: Iterable[list[Rect]], limit: float) -> None:
        rows = list(rows)
        before = sum(len(boxes) for boxes in rows)
        forget(rows, limit)
        forgotten.append(before - sum(len(boxes) for boxes in rows))

    monkeypatch.setattr(label_layout, "_forget", counted)
    rows = timeline._rows()
    # Of the boxes placed (302 marks, and a bar for each known to the year or the month), most are forgotten.
    boxes = len(timeline.placed) + sum(1 for p in timeline.placed if p.end > p.start)
    assert sum(forgotten) > boxes / 2
    monkeypatch.setattr(timeline_view, "FORGET_EVERY", 10**9)  # none forgotten: every box placed is weighed
    assert timeline._rows() == rows
    assert len(set(rows)) >= 5  # crowded enough that marks stand on rows above and below their lane's line
