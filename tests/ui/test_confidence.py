"""Doubtful facts (confidence under 0.8) are drawn so, listed first for review, and say why."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.ui.conftest import open_window


@pytest.fixture
def doubtful_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from app.store.engine import open_store
    from app.store.ingest import ingest_paths
    from app.ui.settings import Settings

    article = tmp_path / "chile-peru.txt"
    article.write_text(
        " date 2018-04-12 Chile and Peru held talks in Lima.\n\n"
        "Peru's trade with Chile, Bolivia and Ecuador reached US$5 billion, US$2 billion and US$1 billion in 2017, "
        "respectively.\n\n"
        "Two-way trade between Chile and Peru stood at US$4.1 billion in 2016.\n\n"
        "The visiting delegation left on Monday after a two-day visit.",
        encoding="utf-8",
    )
    store = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    ingest_paths(store, [SEEDS, article], workers=1)
    settings = Settings(tmp_path / "settings.ini")
    settings.set_pair(1, ("CHL", "PER"))
    window = open_window(qtbot, settings, store)
    yield window
    window.workers.wait()
    store.close()


def test_a_doubtful_point_is_faded_keyed_and_says_why(doubtful_window) -> None:  # type: ignore[no-untyped-def]
    plot = doubtful_window.plot
    points = {p.point.year: p for p in plot.plotted(1)}
    assert points[2017].point.doubtful and not points[2016].point.doubtful
    brushes = plot.series[1].markers.scatter.data["brush"]
    by_year = {p.point.year: brushes[i] for i, p in enumerate(plot.series[1].plotted)}
    assert by_year[2017].color().alphaF() == pytest.approx(0.35, abs=0.01)
    assert by_year[2016].color().alphaF() == 1.0
    labels = [label.text for _, label in plot.legend.items]
    assert "doubtful: confidence under 0.8 (hover: why)" in labels
    tip = plot.describe(points[2017])
    assert "doubtful (confidence 0.75): the sentence names 4 countries" in tip


def test_the_review_queue_lists_doubtful_facts_first_with_their_reasons(doubtful_window) -> None:  # type: ignore[no-untyped-def]
    from app.ui.fact_table import COLUMNS
    from app.ui.qt import QtCore

    panel = doubtful_window.facts_panels[1]
    first = panel.model.rows[0]
    assert first.doubtful and first.value == "$5B"
    sure = COLUMNS.index("Sure")
    assert panel.model.index(0, sure).data() == "? 0.75"
    tip = panel.model.index(0, sure).data(QtCore.Qt.ItemDataRole.ToolTipRole)
    assert "doubtful (confidence 0.75): the sentence names 4 countries" in tip
    panel.doubtful_first.setChecked(False)
    assert [r.when for r in panel.model.rows if r.kind == "trade_total"] == ["2016", "2017"]


def test_a_doubtful_milestone_is_faded_and_keyed(doubtful_window) -> None:  # type: ignore[no-untyped-def]
    timeline = doubtful_window.timeline
    visits = [p for p in timeline.placed if p.side == 1 and p.milestone.kind == "visit"]
    assert len(visits) == 1 and visits[0].milestone.doubtful
    assert "doubtful (confidence 0.55): pair from the story" in visits[0].milestone.description
    index = list(timeline.points.data["data"]).index(visits[0])  # as drawn (establishments last, on top)
    assert timeline.points.data["brush"][index].color().alphaF() == pytest.approx(0.3, abs=0.01)
    assert "doubtful (hover: why)" in [label.text for _, label in timeline.legend.items]


def test_each_milestone_bar_is_drawn_in_its_kind_colour_dotted_and_faded_when_doubtful(window) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from app.ui.qt import QtCore
    from app.ui.timeline_view import _KIND_COLORS_LIGHT

    timeline = window.timeline
    view = window.views[0]  # Vietnam–Mexico, every other milestone made doubtful
    doubted = tuple(replace(m, doubtful=i % 2 == 1) for i, m in enumerate(view.milestones))
    timeline.set_view(0, replace(view, milestones=doubted))
    bars = [p for p in timeline.placed if p.end > p.start]
    pens, brushes = timeline.spans.opts["pens"], timeline.spans.opts["brushes"]
    assert len(bars) == len(pens) == len(brushes) > 5
    for bar, pen, brush in zip(bars, pens, brushes, strict=True):
        kind = _KIND_COLORS_LIGHT[bar.milestone.kind]
        dotted = pen.style() == QtCore.Qt.PenStyle.DotLine
        assert pen.color().name() == kind and dotted == bar.milestone.doubtful
        if bar.milestone.doubtful:  # the kind's colour, faded
            assert brush.color().name() == kind and round(brush.color().alphaF(), 1) == 0.3
        else:  # the kind's colour, lighter
            assert brush.color().alphaF() == 1.0 and brush.color().lightness() > pen.color().lightness()
    assert {b.milestone.doubtful for b in bars} == {True, False}
