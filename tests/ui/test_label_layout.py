"""The label placement rule on its own, in pixels."""

from __future__ import annotations

import random

import pytest

from app.ui.label_layout import (
    LabelRequest,
    Obstacles,
    PlacedBoxes,
    Rect,
    _crossings,
    candidates,
    crosses,
    inside,
    intersection,
    overlapping,
    penalty,
    place,
    stack_rows,
)

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


def test_every_place_is_crossed_by_the_segments_that_cross_it_one_by_one() -> None:
    """``_crossings`` counts what ``crosses`` says, pair by pair, for segments of every slope and none
    (upright, level, a point), places touched at a corner or an edge, and an undefined end."""
    import numpy as np

    rng = random.Random(7)
    grid = [0.0, -0.0, 5.0, 10.0, 15.0, 20.0]
    for _ in range(400):

        def at() -> float:
            return rng.choice(grid) if rng.random() < 0.6 else rng.uniform(-5, 25)

        places = [(x, y, x + rng.choice((0.0, 10.0, rng.uniform(0, 12))), y + 10.0) for x, y in [(at(), at())] * 2]
        places += [(at(), at(), 30.0, 30.0) for _ in range(4)]
        segments = [(at(), at(), at(), at()) for _ in range(rng.randint(1, 8))]
        segments.append((segments[0][0], at(), segments[0][0], at()))  # upright
        segments.append((at(), segments[0][1], at(), segments[0][1]))  # level
        if rng.random() < 0.1:
            segments[0] = (segments[0][0], segments[0][1], float("nan"), segments[0][3])
        counted = _crossings(np.array(places), np.array(segments)).tolist()
        assert counted == [sum(crosses(p, s) for s in segments) for p in places], (places, segments)


def _scene(seed: int) -> tuple[list[LabelRequest], Obstacles]:
    """A crowded chart: markers in columns, lines through them, labels near them (and some on the edge)."""
    rng = random.Random(seed)
    boxes = []
    for _ in range(rng.randint(0, 120)):
        x, y, r = rng.uniform(-10, 410), rng.uniform(-10, 210), rng.choice((6.0, 7.0, 9.0))
        boxes.append((x - r, y - r, x + r, y + r))
    segments = [
        (rng.uniform(0, 400), rng.uniform(0, 200), rng.uniform(0, 400), rng.uniform(0, 200))
        for _ in range(rng.randint(0, 30))
    ]
    segments += [(50.0, 20.0, 50.0, 180.0), (0.0, 100.0, 400.0, 100.0)]  # upright and level: p == 0 on one axis
    labels = [
        LabelRequest(
            rng.uniform(0, 400),
            rng.uniform(0, 200),
            rng.uniform(20, 90),
            16,
            rng.choice((6.0, 8.0)),
            rng.random() < 0.5,
        )
        for _ in range(rng.randint(1, 30))
    ]
    return labels, Obstacles(boxes, segments)


def _place_one_by_one(labels: list[LabelRequest], obstacles: Obstacles) -> list[Rect]:
    """The greedy rule as stated, a candidate and an obstacle at a time."""
    placed = []
    for label in labels:
        best, best_cost = None, float("inf")
        for box in candidates(label):
            cost = penalty(box, obstacles, BOUNDS)
            if cost == 0:
                best = box
                break
            if cost < best_cost:
                best, best_cost = box, cost
        assert best is not None
        placed.append(best)
        obstacles.boxes.append(best)
    return placed


def test_placing_all_places_at_once_chooses_what_the_rule_does_one_by_one() -> None:
    for seed in range(40):
        labels, obstacles = _scene(seed)
        reference = _place_one_by_one(labels, Obstacles(list(obstacles.boxes), list(obstacles.segments)))
        assert place(labels, obstacles, BOUNDS) == reference, seed


def _stacked_box_by_box(
    marks: list[tuple[int, float, float, float]], rows_y: dict[int, list[float]], bar_half: float
) -> list[int]:
    """The timeline's rule as it was first written: each mark's boxes on every row weighed against every box
    placed, and the least covered row taken ((covered > 2, covered, row), the first row on a tie)."""
    placed: list[Rect] = []
    chosen = []
    for lane, x, end, half in marks:
        covered = []
        for y in rows_y[lane]:
            asked = [(x - half, y - half, x + half, y + half)] + (
                [(x, y - bar_half, end, y + bar_half)] if end > x else []
            )
            covered.append(sum(sum(intersection(box, other) for other in placed) for box in asked))
        row = min(range(len(covered)), key=lambda n: (covered[n] > 2.0, covered[n], n))
        y = rows_y[lane][row]
        placed.append((x - half, y - half, x + half, y + half))
        if end > x:
            placed.append((x, y - bar_half, end, y + bar_half))
        chosen.append(row)
    return chosen


@pytest.mark.parametrize("step", [12.0, 20.0, 9.0])  # rows further apart than a star, as a mark, nearer than a star
def test_marks_stacked_by_row_take_the_rows_the_rule_gives_box_by_box(step: float) -> None:
    # Lane A's rows above lane B's, in pixels growing down: 0, one up, one down, two up, two down.
    rows_y = {side: [centre - r * step for r in (0, 1, -1, 2, -2)] for side, centre in ((0, -100.0), (1, -40.0))}
    for seed in range(30):
        rng = random.Random(seed)
        marks = []
        for _ in range(rng.randint(1, 120)):
            x = rng.uniform(0, 300)
            end = x + rng.choice([0.0, 0.0, rng.uniform(1, 40), rng.uniform(40, 200)])  # most have no bar
            marks.append((rng.randint(0, 1), x, end, rng.choice([5.0, 5.0, 7.0])))
        marks.sort(key=lambda m: m[1])  # placed left to right, as the timeline places them
        marks = [m for m in marks if m[3] == 7.0] + [m for m in marks if m[3] == 5.0]  # the stars first
        expected = _stacked_box_by_box(marks, rows_y, 4.0)
        assert stack_rows(marks, rows_y, 4.0, forget_every=8) == expected, seed
        assert stack_rows(marks, rows_y, 4.0, forget_every=1) == expected, seed


def test_a_mark_takes_the_first_row_nothing_covers_and_else_the_least_covered() -> None:
    rows_y = {0: [0.0, -12.0, 12.0]}
    # Three squares at one place: the lane's line, then the row above, then the row below.
    assert stack_rows([(0, 10.0, 10.0, 5.0)] * 3, rows_y, 2.0) == [0, 1, 2]
    # A fourth, 4 pixels to the right: every row covered (6 × 10 = 60 square pixels each): the line wins the tie.
    assert stack_rows([(0, 10.0, 10.0, 5.0)] * 3 + [(0, 14.0, 14.0, 5.0)], rows_y, 2.0) == [0, 1, 2, 0]
    # Two rows, both taken: a square 6 pixels right of the first covers 40 square pixels of it on the line and
    # 20 of the second's, which stands 2 pixels further left, on the row above: the row above, less covered.
    two = {0: [0.0, -12.0]}
    first, second = (0, 10.0, 10.0, 5.0), (0, 8.0, 8.0, 5.0)
    assert stack_rows([first, second, (0, 16.0, 16.0, 5.0)], two, 2.0) == [0, 1, 1]
    # A bar counts with its square: a mark whose bar runs from x 2 to 30 covers 60 square pixels on the line
    # and 80 on the row above: the line.
    assert stack_rows([first, second, (0, 2.0, 30.0, 5.0)], two, 2.0) == [0, 1, 0]
    assert stack_rows([], rows_y, 2.0) == []


def test_placed_boxes_say_how_much_of_each_asked_box_they_cover() -> None:
    placed = PlacedBoxes(capacity=1)  # grows as boxes come
    for box in [(0.0, 0.0, 10.0, 10.0), (5.0, 5.0, 15.0, 15.0), (100.0, 100.0, 110.0, 110.0)]:
        placed.add(box)
    assert placed.covered([(0.0, 0.0, 10.0, 10.0), (10.0, 0.0, 20.0, 5.0), (4.0, 4.0, 6.0, 6.0)]).tolist() == [
        125.0,  # all of the first (100) and a quarter of it shared with the second (25)
        0.0,  # touching is not covering
        5.0,  # all 4 of it under the first, 1 of it under the second as well: counted in each
    ]


def test_boxes_added_at_once_are_the_boxes_added_one_by_one() -> None:
    boxes = [(float(n), 2.0 * n, n + 10.5, 2.0 * n + 7.25) for n in range(37)]
    one_by_one, at_once = PlacedBoxes(capacity=3), PlacedBoxes(capacity=3)  # both grow past their capacity
    for box in boxes[:5]:
        one_by_one.add(box)
        at_once.add(box)
    for box in boxes[5:]:
        one_by_one.add(box)
    at_once.extend(boxes[5:])
    at_once.extend([])
    assert at_once.count == one_by_one.count == 37
    assert at_once.boxes[:37].tolist() == one_by_one.boxes[:37].tolist() == [list(b) for b in boxes]
    at_once.add((100.0, 0.0, 110.0, 10.0))  # and more come after them
    assert at_once.covered([(105.0, 0.0, 115.0, 10.0), (0.0, 0.0, 1.0, 1.0)]).tolist() == [50.0, 1.0]


def test_a_labels_places_are_weighed_on_their_grid_as_box_by_box() -> None:
    # covered_on_grid weighs a label's 48 places through their 15 spans across and 13 down (one matrix
    # product): the areas must be covered's, but for the rounding of the sum's order.
    import numpy as np

    checked = 0
    for seed in range(40):
        labels, obstacles = _scene(seed)
        placed = PlacedBoxes(capacity=1)
        for box in obstacles.boxes:
            placed.add(box)
        for label in labels:
            places = candidates(label)
            assert len({(p[0], p[2]) for p in places}) == 15 and len({(p[1], p[3]) for p in places}) == 13
            each, grid = placed.covered(places), placed.covered_on_grid(places)
            assert np.allclose(grid, each, rtol=1e-12, atol=1e-9), seed
            assert ((grid == 0) == (each == 0)).all(), seed  # a free place is free on both counts
            checked += int((each > 0).sum())
            placed.add(places[0])
    assert checked > 1000  # most scenes are crowded: places under markers, labels and lines
    empty = PlacedBoxes()
    assert empty.covered_on_grid(candidates(LabelRequest(50, 50, 30, 16))).tolist() == [0.0] * 48
    empty.add((float("nan"), 40.0, 60.0, 60.0))  # a box with an undefined edge covers nothing, both ways
    empty.add((45.0, 20.0, 55.0, 30.0))
    places = candidates(LabelRequest(50, 50, 30, 16))
    assert empty.covered_on_grid(places).tolist() == empty.covered(places).tolist()
    assert PlacedBoxes().covered_on_grid([]).tolist() == []


def test_the_plot_maps_its_points_to_pixels_as_qt_does_one_by_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    # data_obstacles maps every point at once (one Qt call a point cost a switch 4 ms); each pixel must be
    # the very one Qt's own mapping gives, or a label could move on a tie.
    import numpy as np

    from app.ui.plot_labels import view_to_scene
    from app.ui.qt import QtCore, pg

    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(731, 389)
    widget.show()
    plot = widget.getPlotItem()
    plot.setLogMode(x=False, y=True)
    plot.setXRange(1971.3, 2026.8, padding=0.017)
    plot.setYRange(3.7, 10.4)
    qtbot.waitExposed(widget)
    rng = np.random.default_rng(7)
    xs, ys = rng.uniform(1960, 2030, 500), rng.uniform(2, 12, 500)
    px, py = view_to_scene(plot.vb, xs, ys)
    one_by_one = [plot.vb.mapViewToScene(QtCore.QPointF(float(x), float(y))) for x, y in zip(xs, ys, strict=True)]
    assert px == [p.x() for p in one_by_one] and py == [p.y() for p in one_by_one]
    (low, high), (bottom, top) = plot.vb.viewRange()
    box = plot.vb.sceneBoundingRect()
    shown = [i for i in range(500) if low <= xs[i] <= high and bottom <= ys[i] <= top]
    assert len(shown) > 100  # and those in the view's range land inside the view box, in pixels
    edge = 1e-6
    assert all(box.left() - edge <= px[i] <= box.right() + edge for i in shown)
    assert all(box.top() - edge <= py[i] <= box.bottom() + edge for i in shown)


def test_labels_pushed_from_their_points_get_leaders_one_line_item_a_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A label that had to go further than beside its point gets a leader from its point to the nearest point
    of its box; a colour's leaders are one item of separate segments (an item each had cost a switch ~2 ms),
    hidden when a later layout needs none of that colour."""
    import math

    from app.ui.plot_labels import LEADER_AFTER, Labelled, lay_out
    from app.ui.qt import QtCore, pg

    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(700, 450)
    widget.show()
    plot = widget.getPlotItem()
    plot.setXRange(0, 10, padding=0)
    plot.setYRange(0, 10, padding=0)
    qtbot.waitExposed(widget)
    blue, orange = "#1f77b4", "#ff7f0e"
    points = [(blue, 3.0, 5.0), (orange, 7.0, 5.0), (blue, 5.0, 3.0)]
    labels = [Labelled(pg.TextItem(), f"label {n}", c, x, y, 6.5, False) for n, (c, x, y) in enumerate(points)]
    for label in labels:
        plot.addItem(label.item, ignoreBounds=True)
    vb = plot.vb
    around = []  # the ring of places nearest each point kept clear, as the key would: the labels go further
    for _c, x, y in points:
        at = vb.mapViewToScene(QtCore.QPointF(x, y))
        around.append((at.x() - 60, at.y() - 45, at.x() + 60, at.y() + 45))
    leaders: dict[str, pg.PlotCurveItem] = {}
    boxes = lay_out(plot, labels, around, leaders)
    assert sorted(leaders) == sorted({blue, orange}) and all(item.isVisible() for item in leaders.values())
    expected: dict[str, list[tuple[float, float, float, float]]] = {blue: [], orange: []}
    for (color, x, y), box in zip(points, boxes, strict=True):
        at = vb.mapViewToScene(QtCore.QPointF(x, y))
        near = (min(max(at.x(), box[0]), box[2]), min(max(at.y(), box[1]), box[3]))
        assert math.dist(near, (at.x(), at.y())) > 6.5 + LEADER_AFTER  # pushed out of the kept ring
        end = vb.mapSceneToView(QtCore.QPointF(*near))
        expected[color].append((x, y, end.x(), end.y()))
    for color, item in leaders.items():
        xs, ys = item.getData()
        drawn = [v for i in range(0, len(xs), 2) for v in (xs[i], ys[i], xs[i + 1], ys[i + 1])]
        assert drawn == pytest.approx([v for segment in expected[color] for v in segment])
        assert item.opts["connect"] == "pairs" and len(drawn) == 4 * len(expected[color])
        assert item.opts["pen"].color().name() == color
    lay_out(plot, labels, (), leaders)  # room beside every point: no leader, and the items hidden
    assert not any(item.isVisible() for item in leaders.values())
