"""Where a chart's text labels go: beside their point, clear of each other, of the key, of every marker and
line, and inside the plot. Pure geometry in pixels (no Qt), so the rule is tested on its own and the same
rule checks every screenshot state (``app.ui.layout_check``).

Greedy, as cartographers place names: the labels that matter most first; for each, a ring of candidate
places around its point, nearest first, on the side its relationship's labels prefer (A above, B below);
the first free place wins, else the one overlapping least (a marker or the key counts far more than a
line crossed), and a placed label becomes an obstacle for the next.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

Rect = tuple[float, float, float, float]  # left, top, right, bottom; y grows downwards, as on screen
Segment = tuple[float, float, float, float]  # x1, y1, x2, y2

GAP = 3.0  # pixels between a marker's edge and its label


@dataclass(frozen=True)
class LabelRequest:
    x: float  # the labelled point, in pixels
    y: float
    width: float  # the label's box
    height: float
    radius: float = 6.0  # the point's marker, half its size
    below: bool = False  # relationship B's labels go below their points first


@dataclass
class Obstacles:
    boxes: list[Rect] = field(default_factory=list)  # markers, the key, labels placed
    segments: list[Segment] = field(default_factory=list)  # lines of data


def intersection(a: Rect, b: Rect) -> float:
    """The area two boxes share (0 when they only touch)."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def inside(box: Rect, bounds: Rect, slack: float = 0.5) -> bool:
    left, top, right, bottom = bounds
    return box[0] >= left - slack and box[1] >= top - slack and box[2] <= right + slack and box[3] <= bottom + slack


def crosses(box: Rect, segment: Segment) -> bool:
    """Whether a line segment passes through a box (Liang–Barsky clipping)."""
    x1, y1, x2, y2 = segment
    dx, dy = x2 - x1, y2 - y1
    low, high = 0.0, 1.0
    for p, q in ((-dx, x1 - box[0]), (dx, box[2] - x1), (-dy, y1 - box[1]), (dy, box[3] - y1)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def candidates(label: LabelRequest, levels: int = 6) -> list[Rect]:
    """Places for a label around its point, nearest first: straight above (or below), then diagonally,
    then beside, then the other side; each ring a line further out."""
    w, h, r = label.width, label.height, label.radius
    x, y = label.x, label.y
    out: list[Rect] = []
    for level in range(levels):
        lift = r + GAP + level * (h + 2)
        above = [
            (x - w / 2, y - lift - h),  # centred above
            (x + r * 0.5, y - lift - h),  # above, to the right
            (x - w - r * 0.5, y - lift - h),  # above, to the left
        ]
        below = [(left, y + lift) for left, _ in above]
        side = [(x + r + GAP + level * 14, y - h / 2), (x - r - GAP - w - level * 14, y - h / 2)]
        first, second = (below, above) if label.below else (above, below)
        out.extend((left, top, left + w, top + h) for left, top in (*first, *side, *second))
    return out


class PlacedBoxes:
    """Boxes placed so far, in one numpy array: how much of each asked box they cover is worked out for all of
    them at once (a relationship of 600 milestones compared each mark's rows with the marks placed one by
    one, in Python)."""

    def __init__(self, capacity: int = 64) -> None:
        self.boxes = np.empty((max(capacity, 1), 4))
        self.count = 0

    def add(self, box: Rect) -> None:
        if self.count == len(self.boxes):
            self.boxes = np.concatenate((self.boxes, np.empty_like(self.boxes)))
        self.boxes[self.count] = box
        self.count += 1

    def extend(self, boxes: Sequence[Rect]) -> None:
        """``add`` each of ``boxes``, in one copy (a chart's ~600 markers one by one cost a switch 0.3 ms)."""
        if not boxes:
            return
        end = self.count + len(boxes)
        if end > len(self.boxes):
            grown = np.empty((max(end, 2 * len(self.boxes)), 4))
            grown[: self.count] = self.boxes[: self.count]
            self.boxes = grown
        self.boxes[self.count : end] = np.array(boxes, dtype=float).reshape(-1, 4)
        self.count = end

    def covered(self, asked: Sequence[Rect]) -> np.ndarray:
        """For each box asked, the area of it the placed boxes cover (overlaps between them counted twice)."""
        return _covered(np.array(asked, dtype=float).reshape(-1, 4), self.boxes[: self.count])

    def covered_on_grid(self, asked: Sequence[Rect]) -> np.ndarray:
        """``covered`` for boxes that share their edges, as a label's candidate places do (48 places on 15
        spans across and 13 down). The area two boxes share is the overlap of their spans across times that
        of their spans down, so each placed box is measured against each distinct span once and the
        products are summed for every place by one matrix product: a third of the time on a crowded chart,
        equal to ``covered`` but for the rounding of the sum's order (a few parts in 10^16)."""
        across: dict[tuple[float, float], int] = {}
        down: dict[tuple[float, float], int] = {}
        pick_x = [across.setdefault((left, right), len(across)) for left, _, right, _ in asked]
        pick_y = [down.setdefault((top, bottom), len(down)) for _, top, _, bottom in asked]
        boxes = self.boxes[: self.count]
        xs, ys = np.array(list(across)).reshape(-1, 2), np.array(list(down)).reshape(-1, 2)
        wide = np.minimum(xs[:, 1:2], boxes[:, 2]) - np.maximum(xs[:, 0:1], boxes[:, 0])
        tall = np.minimum(ys[:, 1:2], boxes[:, 3]) - np.maximum(ys[:, 0:1], boxes[:, 1])
        np.fmax(wide, 0.0, out=wide)  # fmax: a box with a NaN edge covers nothing, as in ``covered``
        np.fmax(tall, 0.0, out=tall)
        areas: np.ndarray = (wide @ tall.T)[pick_x, pick_y]
        return areas


Mark = tuple[int, float, float, float]  # lane, left edge (its point), right edge of its bar, half its size


def stack_rows(
    marks: Sequence[Mark], rows_y: dict[int, list[float]], bar_half: float, forget_every: int = 8
) -> list[int]:
    """For each mark in the order given, the row of its lane (an index into ``rows_y[lane]``, the rows' centres
    in pixels, nearest first) where its square and its bar (when its right edge is past its left) cover the
    least of those placed before: the first row covering nothing, else the least covered (the nearest of
    rows covering alike).

    A mark's boxes can only meet boxes whose rows lie within the two boxes' heights, so the boxes placed are
    kept by row and a row is weighed against its neighbours' only (a relationship of 300 milestones weighed
    each of a mark's rows (up to 7) against ~40 boxes, in numpy, one call a mark: 5.5 ms of a switch). Every
    ``forget_every`` marks, the boxes ending left of every mark still to come are dropped: they cover none."""
    lanes = list(rows_y)
    tallest = max([bar_half, *(half for *_, half in marks)])
    placed: dict[tuple[int, int], list[Rect]] = {(lane, n): [] for lane in lanes for n in range(len(rows_y[lane]))}
    near = {
        (lane, n): [
            placed[(other, m)]
            for other in lanes
            for m, there in enumerate(rows_y[other])
            if abs(there - y) < 2 * tallest
        ]
        for lane in lanes
        for n, y in enumerate(rows_y[lane])
    }
    # Where every mark from the k-th on starts, at the leftmost.
    reach = list(itertools.accumulate(reversed([x - half for _, x, _, half in marks]), min))[::-1]
    chosen: list[int] = []
    for k, (lane, x, end, half) in enumerate(marks):
        if k % forget_every == 0:
            _forget(placed.values(), reach[k])
        least: tuple[float, int] | None = None
        for n, y in enumerate(rows_y[lane]):
            covered = _row_covered(near[(lane, n)], x, end, y, half, bar_half)
            if covered == 0.0:
                least = (0.0, n)
                break  # nothing covered: no later row can do better
            if least is None or (covered, n) < least:
                least = (covered, n)
        n = least[1] if least is not None else 0
        y = rows_y[lane][n]
        placed[(lane, n)].append((x - half, y - half, x + half, y + half))
        if end > x:
            placed[(lane, n)].append((x, y - bar_half, end, y + bar_half))
        chosen.append(n)
    return chosen


def _forget(rows: Iterable[list[Rect]], limit: float) -> None:
    """Drop the boxes whose right edge is at or left of ``limit`` from each row, in the order placed: they
    cover nothing of a box right of it (a NaN edge covers nothing and goes too)."""
    for boxes in rows:
        boxes[:] = [box for box in boxes if box[2] > limit]


def _row_covered(near: list[list[Rect]], x: float, end: float, y: float, half: float, bar_half: float) -> float:
    """The area a mark's square at (``x``, ``y``) and its bar to ``end`` (if any) share with the boxes of
    ``near``: ``intersection`` of each, the square's summed, then the bar's. (Written out: min() and max()
    were most of a switch's time here.)"""
    left, top, right, bottom = x - half, y - half, x + half, y + half
    bar = end > x
    bar_top, bar_bottom = y - bar_half, y + bar_half
    reach = end if bar and end > right else right  # no box left of ``left`` or right of this covers either
    square = strip = 0.0
    for boxes in near:
        for b_left, b_top, b_right, b_bottom in boxes:
            if b_right <= left or b_left >= reach:
                continue
            w = (right if right < b_right else b_right) - (left if left > b_left else b_left)
            h = (bottom if bottom < b_bottom else b_bottom) - (top if top > b_top else b_top)
            if w > 0 and h > 0:
                square += w * h
            if bar:
                w = (end if end < b_right else b_right) - (x if x > b_left else b_left)
                h = (bar_bottom if bar_bottom < b_bottom else b_bottom) - (bar_top if bar_top > b_top else b_top)
                if w > 0 and h > 0:
                    strip += w * h
    return square + strip


def penalty(box: Rect, obstacles: Obstacles, bounds: Rect) -> float:
    """What a label placed at ``box`` costs: cut by the plot's edge, never; else ten for every square pixel
    of a marker, the key or a label it covers and fifty for every line it crosses. (``place`` works this
    out for many places at once.)"""
    if not inside(box, bounds):
        return 1e9  # cut by the plot's edge: never, while any other place is left
    covered = sum(intersection(box, other) for other in obstacles.boxes)
    crossed = sum(1 for s in obstacles.segments if crosses(box, s))
    return covered * 10 + crossed * 50


def place(labels: Sequence[LabelRequest], obstacles: Obstacles, bounds: Rect) -> list[Rect]:
    """A box for each label, in the order given (the most important first).

    The rule of ``penalty``, worked out for all of a label's candidate places against every box and line at
    once (numpy): a chart of 600 points compared each of 30 labels' 48 places with hundreds of markers one
    by one, a quarter of a second for every relationship switched to."""
    placed: list[Rect] = []
    boxes = PlacedBoxes(len(obstacles.boxes) + len(labels))
    boxes.extend(obstacles.boxes)
    segments = np.array(obstacles.segments, dtype=float).reshape(-1, 4)
    for label in labels:
        places = candidates(label)
        cost = _costs(places, boxes, segments, bounds)
        free = np.flatnonzero(cost == 0)
        best = places[int(free[0]) if len(free) else int(np.argmin(cost))]  # the first free place, else the least bad
        placed.append(best)
        obstacles.boxes.append(best)
        boxes.add(best)
    return placed


def _costs(places: list[Rect], boxes: PlacedBoxes, segments: np.ndarray, bounds: Rect) -> np.ndarray:
    """``penalty`` of each place among the boxes placed and ``segments``."""
    cost = boxes.covered_on_grid(places) * 10 + _crossings(np.array(places, dtype=float), segments) * 50
    within = np.array([inside(place, bounds) for place in places])
    return np.where(within, cost, 1e9)


def _covered(asked: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """``intersection`` of each asked box (rows) with every one of ``boxes``, summed per asked box."""
    left, top, right, bottom = (asked[:, i : i + 1] for i in range(4))
    w = np.minimum(right, boxes[:, 2]) - np.maximum(left, boxes[:, 0])
    h = np.minimum(bottom, boxes[:, 3]) - np.maximum(top, boxes[:, 1])
    areas: np.ndarray = np.where((w > 0) & (h > 0), w * h, 0.0).sum(axis=1)
    return areas


def _crossings(places: np.ndarray, segments: np.ndarray) -> np.ndarray:
    """How many of ``segments`` pass through each place: ``crosses`` (Liang–Barsky) for every pair at once.

    A side's ``p`` is a segment's own (``-dx``, ``dx``, ``-dy``, ``dy``), so which of an axis's two sides
    bounds where the segment enters (``p < 0``) and which where it leaves is known per segment, not per
    place: one ``where`` each, where the four sides' turns took three operations each (a label's 48 places
    against ~40 lines: 57 -> 42 µs). A side with ``p == 0`` (an upright or level segment) bounds neither and
    misses where its ``q < 0``; every ``t`` is ``q / p`` as ``crosses`` computes it."""
    if len(segments) == 0:
        return np.zeros(len(places))
    x1, y1, x2, y2 = (segments[:, i] for i in range(4))
    entry: np.ndarray | float = 0.0
    leave: np.ndarray | float = 1.0
    missed: np.ndarray | bool = False
    with np.errstate(divide="ignore", invalid="ignore"):
        for d, start, low, high in (
            (x2 - x1, x1, places[:, 0:1], places[:, 2:3]),
            (y2 - y1, y1, places[:, 1:2], places[:, 3:4]),
        ):
            q_low, q_high = start - low, high - start  # the two sides' q: p is -d for the first, d for the second
            t_low, t_high = q_low / -d, q_high / d
            forward = d > 0  # the first side is where it enters (p = -d < 0), the second where it leaves
            enters, leaves = np.where(forward, t_low, t_high), np.where(forward, t_high, t_low)
            idle = ~(forward | (d < 0))  # p == 0 (or undefined): neither side bounds it
            if idle.any():
                enters[:, idle], leaves[:, idle] = -np.inf, np.inf
                missed = missed | ((d == 0) & ((q_low < 0) | (q_high < 0)))
            entry, leave = np.maximum(entry, enters), np.minimum(leave, leaves)
    crossed: np.ndarray = (~np.asarray(missed) & (entry <= leave)).sum(axis=1)
    return crossed


def overlapping(boxes: Iterable[tuple[str, Rect]], tolerance: float = 1.0) -> list[tuple[str, str]]:
    """Pairs of named boxes sharing more than ``tolerance`` square pixels."""
    listed = list(boxes)
    return [
        (name_a, name_b)
        for i, (name_a, a) in enumerate(listed)
        for name_b, b in listed[i + 1 :]
        if intersection(a, b) > tolerance
    ]
