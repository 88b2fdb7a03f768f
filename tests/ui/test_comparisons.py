"""File ▸ Save comparison… and Open comparison…: the window's state comes back as it was saved, and what
changed in the store since is said."""

from __future__ import annotations

from pathlib import Path


def _x_range(window) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    low, high = window.plot.getPlotItem().vb.viewRange()[0]
    return round(low, 3), round(high, 3)


def test_a_saved_comparison_reopens_with_the_same_state(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.session.comparison import load

    controller = window.comparisons
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[1].set_pair("JPN", "MEX", emit=False)
        window.load_pair(1, ("JPN", "MEX"))
    window.log_toggle.setChecked(False)
    window.plot.getPlotItem().vb.setXRange(2000, 2020, padding=0)
    controller.notes = "Mexico with two partners."
    window.facts_panels[0].filter.setText("2019")
    window.facts_panels[1].kind.setCurrentIndex(window.facts_panels[1].kind.findData("visit"))
    shown = _x_range(window)
    with qtbot.waitSignal(controller.saved, timeout=10000) as saved:
        controller.save(tmp_path / "brief.dyad")
    path = saved.args[0]
    assert load(path).pairs == (("VNM", "MEX"), ("JPN", "MEX"))
    assert load(path).log_scale is False and load(path).notes == "Mexico with two partners."

    with qtbot.waitSignal(window.pair_loaded, timeout=10000):  # the window moves on
        window.selectors[1].set_pair("VNM", "PER", emit=False)
        window.load_pair(1, ("VNM", "PER"))
    window.log_toggle.setChecked(True)
    controller.notes = ""
    window.facts_panels[0].filter.setText("")
    window.facts_panels[1].kind.setCurrentIndex(0)
    window.plot.reset_view()
    assert _x_range(window) != shown

    with qtbot.waitSignal(controller.opened, timeout=10000) as opened:
        controller.open(path)
    qtbot.waitUntil(lambda: _x_range(window) == shown, timeout=10000)
    assert opened.args[0].none
    assert (window.selectors[0].pair(), window.selectors[1].pair()) == (("VNM", "MEX"), ("JPN", "MEX"))
    assert window.views[1] is not None and window.views[1].pair == ("JPN", "MEX")
    assert not window.log_toggle.isChecked() and controller.notes == "Mexico with two partners."
    assert window.facts_panels[0].filter.text() == "2019"
    assert window.facts_panels[1].kind.currentData() == "visit"
    assert load(path).filters == (("2019", ""), ("", "visit"))
    assert "as they were when this comparison was saved" in window.statusBar().currentMessage()


def test_reopening_after_a_review_says_what_changed(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.session.comparison import load
    from app.session.review import ReviewService

    controller = window.comparisons
    window.interactive = False  # the message goes to the status bar only
    with qtbot.waitSignal(controller.saved, timeout=10000) as saved:
        controller.save(tmp_path / "brief")
    path = saved.args[0]
    assert path.name == "brief.dyad"
    first = min(load(path).facts)
    ReviewService(window.store).review(first, "rejected", load(path).facts[first], {})
    with qtbot.waitSignal(controller.opened, timeout=10000) as opened:
        controller.open(path)
    assert opened.args[0].text() == "1 fact edited since this comparison was saved."
    assert window.statusBar().currentMessage() == "brief.dyad: 1 fact edited since this comparison was saved."


def test_a_damaged_comparison_is_one_message_and_changes_nothing(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui import comparison_controller

    said = []
    monkeypatch.setattr(comparison_controller, "message_box", lambda parent, icon, title, text: said.append(text))
    path = tmp_path / "bad.dyad"
    path.write_text("{not json", encoding="utf-8")
    before = (window.selectors[0].pair(), window.selectors[1].pair())
    window.comparisons.open(path)
    assert said == ["bad.dyad: cannot be read: damaged (not JSON)"]
    assert (window.selectors[0].pair(), window.selectors[1].pair()) == before


def test_the_file_menu_offers_save_and_open(window) -> None:  # type: ignore[no-untyped-def]
    from app.ui.qt import QtGui

    assert window.commands["save_comparison"].shortcut() == QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Save)
    assert window.commands["open_comparison"].text() == "&Open comparison…"


def test_notes_live_in_their_pane_and_recent_comparisons_in_the_file_menu(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller = window.comparisons
    assert not controller.notes_pane.isVisible()
    window.commands["notes"].trigger()
    assert controller.notes_pane.isVisible() and window.commands["notes"].isChecked()
    qtbot.keyClicks(controller.notes_edit, "Peru lags.")
    with qtbot.waitSignal(controller.saved, timeout=10000) as saved:
        controller.save(tmp_path / "peru.dyad")
    window.commands["notes"].trigger()
    controller.notes = ""
    assert not controller.notes_pane.isVisible()
    recent = controller.recent_menu
    assert recent is not None and [a.text() for a in recent.actions()] == ["peru.dyad"]
    with qtbot.waitSignal(controller.opened, timeout=10000):
        recent.actions()[0].trigger()
    assert controller.notes == "Peru lags." and controller.notes_pane.isVisible()
    assert saved.args[0] == tmp_path / "peru.dyad"


def test_open_comparison_and_import_folder_have_their_own_keys(window) -> None:  # type: ignore[no-untyped-def]
    keys = {k: a.shortcut().toString() for k, a in window.commands.items() if not a.shortcut().isEmpty()}
    assert keys["open_comparison"] == "Ctrl+Shift+O" and keys["import_folder"] == "Ctrl+Shift+I"
    assert len(set(keys.values())) == len(keys)  # no key does two things


def test_a_reopened_comparison_draws_the_same_chart(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The round trip, judged on the picture: the trade chart exported before saving and after reopening
    (with the window changed in between) is the same image, pixel for pixel."""
    from app.ui.export import ExportSize, export_chart
    from app.ui.qt import QtGui

    controller, exports = window.comparisons, window.exports
    window.align_toggle.setChecked(True)
    window.log_toggle.setChecked(False)
    size = ExportSize(900, 600, 1.0)
    before = export_chart(window.views[0], window.views[1], tmp_path / "before.png", size, exports.chart_options())
    with qtbot.waitSignal(controller.saved, timeout=10000) as saved:
        controller.save(tmp_path / "brief.dyad")
    window.align_toggle.setChecked(False)
    window.log_toggle.setChecked(True)
    with qtbot.waitSignal(controller.opened, timeout=10000):
        controller.open(saved.args[0])
    qtbot.waitUntil(lambda: window.align_toggle.isChecked() and not window.log_toggle.isChecked(), timeout=5000)
    after = export_chart(window.views[0], window.views[1], tmp_path / "after.png", size, exports.chart_options())
    assert QtGui.QImage(str(before)) == QtGui.QImage(str(after))


def test_a_report_as_saved_takes_back_the_reviews_made_since(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.session.comparison import load
    from app.session.review import ReviewService

    controller = window.comparisons
    with qtbot.waitSignal(controller.saved, timeout=10000) as saved:
        controller.save(tmp_path / "brief.dyad")
    comparison = load(saved.args[0])
    total = next(p for p in window.views[0].points if p.year == 2019 and not p.derived)
    ReviewService(window.store).review(total.fact_id, "rejected", comparison.facts[total.fact_id], {})
    with qtbot.waitSignal(controller.report_written, timeout=10000) as written:
        controller.export_report_as_saved(comparison, tmp_path / "then.html")
    then = written.args[0].read_text(encoding="utf-8")
    assert "Shown as the store was when it was saved" in then and ">$6.275B<" in then
    controller.export_report(tmp_path / "now.html")  # the window shows the store as it is now
    window.refresh()
    qtbot.waitUntil(lambda: all(p.year != 2019 or p.derived for p in window.views[0].points), timeout=10000)
    controller.export_report(tmp_path / "now.html")
    assert ">$6.275B<" not in (tmp_path / "now.html").read_text(encoding="utf-8")
