"""What a reader would call a layout fault in the window's charts, found from the items as drawn: text
cut by a chart's edge, two texts over each other, a label over a marker, the key over the data, one
milestone's mark hiding another's. ``make screenshots`` reports them for every state it draws, and
tests/ui/test_layout_states.py fails on any."""

from __future__ import annotations

from typing import Any

from app.ui.label_layout import Rect, crosses, inside, intersection, overlapping
from app.ui.plot_labels import data_obstacles, plot_bounds, scene_rect


def layout_problems(window: Any) -> list[str]:
    """Every fault in ``window``'s trade chart and timeline, in words; empty when there is none."""
    return [*_trade_chart(window.plot), *_timeline(window.timeline)]


def _widget_rect(widget: Any) -> Rect:
    return scene_rect(widget.mapToScene(widget.viewport().rect()).boundingRect())


def _key_entries(legend: Any, name: str, widget: Any) -> tuple[list[tuple[str, Rect]], list[str]]:
    entries, problems = [], []
    area = _widget_rect(widget)
    for _, label in legend.items:
        box = scene_rect(label.sceneBoundingRect())
        text_width = label.item.boundingRect().width()
        box = (box[0], box[1], box[0] + text_width, box[3])  # the text, not the cell the layout gives it
        entries.append((f"{name} key “{label.text}”", box))
        if legend.isVisible() and not inside(box, area, slack=1.0):
            problems.append(f"{name}: the key's “{label.text}” is cut by the chart's edge")
    return entries, problems


def _trade_chart(plot: Any) -> list[str]:
    item = plot.getPlotItem()
    bounds = plot_bounds(item)
    problems: list[str] = []
    texts: list[tuple[str, Rect]] = []
    for series in plot.series:
        for label in series.labels:
            if label.isVisible():
                box = scene_rect(label.sceneBoundingRect())
                text = label.textItem.toPlainText()
                texts.append((f"label “{text}”", box))
                if not inside(box, bounds, slack=1.0):
                    problems.append(f"trade chart: label “{text}” is cut by the plot's edge")
    entries, cut = _key_entries(plot.legend, "trade chart", plot)
    problems.extend(cut)
    problems.extend(f"trade chart: {a} and {b} overlap" for a, b in overlapping([*texts, *entries]))
    data = data_obstacles(item)
    for name, box in texts:
        covered = [m for m in data.boxes if intersection(box, m) > 4.0]
        if covered:
            problems.append(f"trade chart: {name} covers {len(covered)} marker(s)")
    if plot.legend.items:
        key = scene_rect(plot.legend.sceneBoundingRect())
        if any(intersection(key, m) > 1.0 for m in data.boxes) or any(crosses(key, s) for s in data.segments):
            problems.append("trade chart: the key covers data")
    return problems


def _timeline(timeline: Any) -> list[str]:
    entries, problems = _key_entries(timeline.legend, "timeline", timeline)
    problems.extend(f"timeline: {a} and {b} overlap" for a, b in overlapping(entries))
    marks = []
    for spot in timeline.points.points():
        at = timeline.points.mapToScene(spot.pos())
        half = spot.size() / 2
        placed = spot.data()
        marks.append((placed, (at.x() - half, at.y() - half, at.x() + half, at.y() + half)))
    lanes = scene_rect(timeline.getPlotItem().vb.sceneBoundingRect())
    for i, (a, box_a) in enumerate(marks):
        if not inside(box_a, lanes, slack=2.0) and lanes[0] <= (box_a[0] + box_a[2]) / 2 <= lanes[2]:
            problems.append(f"timeline: the mark of {_name(a)} is cut by the lanes' edge")
        for b, box_b in marks[i + 1 :]:
            smaller = min(box_a[2] - box_a[0], box_b[2] - box_b[0]) ** 2
            if intersection(box_a, box_b) > 0.3 * smaller:
                problems.append(f"timeline: {_name(a)} and {_name(b)} are drawn over each other")
    return problems


def _name(placed: Any) -> str:
    m = placed.milestone
    return f"{'AB'[placed.side]}'s {m.kind.replace('_', ' ')} of {m.date}"
