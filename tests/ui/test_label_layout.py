"""The label placement rule on its own, in pixels."""

from __future__ import annotations

from app.ui.label_layout import LabelRequest, Obstacles, crosses, inside, intersection, overlapping, place

BOUNDS = (0.0, 0.0, 400.0, 200.0)


def test_a_label_goes_above_its_point_when_that_is_free() -> None:
    (box,) = place([LabelRequest(200, 100, 60, 20, radius=6)], Obstacles(), BOUNDS)
    assert box == (170, 100 - 6 - 3 - 20, 230, 100 - 6 - 3)
    (below,) = place([LabelRequest(200, 100, 60, 20, radius=6, below=True)], Obstacles(), BOUNDS)
    assert below[1] == 100 + 6 + 3  # relationship B's labels go below first


def test_labels_avoid_each_other_markers_lines_and_the_edge() -> None:
    marker = (190.0, 60.0, 210.0, 80.0)  # right above the first point
    line = (0.0, 85.0, 400.0, 85.0)  # a line just above it
    labels = [LabelRequest(200, 100, 60, 20), LabelRequest(205, 100, 60, 20), LabelRequest(395, 10, 80, 20)]
    boxes = place(labels, Obstacles([marker], [line]), BOUNDS)
    assert overlapping([(str(i), b) for i, b in enumerate(boxes)]) == []
    assert all(intersection(b, marker) == 0 and not crosses(b, line) for b in boxes)
    assert all(inside(b, BOUNDS) for b in boxes)  # the one at the right edge turns inwards


def test_when_nothing_is_free_the_least_covered_place_wins_and_stays_inside() -> None:
    wall = [(0.0, 0.0, 400.0, 95.0), (0.0, 105.0, 400.0, 200.0)]  # only a thin band around the point
    (box,) = place([LabelRequest(200, 100, 60, 20)], Obstacles(list(wall)), BOUNDS)
    assert inside(box, BOUNDS)
    assert sum(intersection(box, w) for w in wall) <= 60 * 20


def test_a_segment_crosses_a_box_only_where_it_passes() -> None:
    box = (10.0, 10.0, 20.0, 20.0)
    assert crosses(box, (0, 15, 30, 15)) and crosses(box, (0, 0, 30, 30))
    assert not crosses(box, (0, 25, 30, 25)) and not crosses(box, (21, 0, 40, 40))
