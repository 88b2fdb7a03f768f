"""Where a chart's text labels go: beside their point, clear of each other, of the key, of every marker and
line, and inside the plot. Pure geometry in pixels (no Qt), so the rule is tested on its own and the same
rule checks every screenshot state (``app.ui.layout_check``).

Greedy, as cartographers place names: the labels that matter most first; for each, a ring of candidate
places around its point, nearest first, on the side its relationship's labels prefer (A above, B below);
the first free place wins, else the one overlapping least (a marker or the key counts far more than a
line crossed), and a placed label becomes an obstacle for the next.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

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


class BoxIndex:
    """Boxes filed by the cells of a grid they cover, so a box is compared only with those near it: a chart
    of 400 points and 1,400 milestones compared every label with every box (3.4 million tests, 5 s to draw
    a relationship). A box over more than ``WIDE`` cells (a key, a long bar) is compared always."""

    WIDE = 64

    def __init__(self, boxes: Iterable[Rect] = (), cell: float = 32.0) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[Rect]] = {}
        self.wide: list[Rect] = []
        for box in boxes:
            self.add(box)

    def _cells(self, box: Rect) -> list[tuple[int, int]]:
        c = self.cell
        columns = range(math.floor(box[0] / c), math.floor(box[2] / c) + 1)
        rows = range(math.floor(box[1] / c), math.floor(box[3] / c) + 1)
        if len(columns) * len(rows) > self.WIDE:
            return []
        return [(x, y) for x in columns for y in rows]

    def add(self, box: Rect) -> None:
        cells = self._cells(box)
        if not cells:
            self.wide.append(box)
        for cell in cells:
            self.cells.setdefault(cell, []).append(box)

    def near(self, box: Rect) -> list[Rect]:
        """Every box filed that may overlap ``box`` (each once)."""
        cells = self._cells(box)
        if not cells:  # a wide query: everything
            found = {id(b): b for boxes in self.cells.values() for b in boxes}
            return [*found.values(), *self.wide]
        near: dict[int, Rect] = {}
        for cell in cells:
            for other in self.cells.get(cell, ()):
                near.setdefault(id(other), other)
        return [*near.values(), *self.wide]

    def covered(self, box: Rect) -> float:
        """The area of ``box`` the boxes filed cover (overlaps between them counted twice)."""
        return sum(intersection(box, other) for other in self.near(box))


def penalty(box: Rect, obstacles: Obstacles, bounds: Rect, index: BoxIndex | None = None) -> float:
    if not inside(box, bounds):
        return 1e9  # cut by the plot's edge: never, while any other place is left
    index = index if index is not None else BoxIndex(obstacles.boxes)
    covered = index.covered(box)
    crossed = sum(1 for s in obstacles.segments if crosses(box, s))
    return covered * 10 + crossed * 50


def place(labels: Sequence[LabelRequest], obstacles: Obstacles, bounds: Rect) -> list[Rect]:
    """A box for each label, in the order given (the most important first)."""
    placed: list[Rect] = []
    index = BoxIndex(obstacles.boxes)
    for label in labels:
        best, best_cost = None, float("inf")
        for box in candidates(label):
            cost = penalty(box, obstacles, bounds, index)
            if cost == 0:
                best = box
                break
            if cost < best_cost:
                best, best_cost = box, cost
        assert best is not None
        placed.append(best)
        obstacles.boxes.append(best)
        index.add(best)
    return placed


def overlapping(boxes: Iterable[tuple[str, Rect]], tolerance: float = 1.0) -> list[tuple[str, str]]:
    """Pairs of named boxes sharing more than ``tolerance`` square pixels."""
    listed = list(boxes)
    return [
        (name_a, name_b)
        for i, (name_a, a) in enumerate(listed)
        for name_b, b in listed[i + 1 :]
        if intersection(a, b) > tolerance
    ]
