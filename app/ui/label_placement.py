"""Where to put a point's label so it covers no other label, marker or line, and stays inside the plot.

Plain geometry on screen rectangles, so it is tested without drawing: each label tries positions around
its marker (above, below, then beside) and takes the first that is free; if none is, the least covered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Rect = tuple[float, float, float, float]  # left, top, width, height (screen pixels, y down)
Point = tuple[float, float]

GAP = 4.0  # pixels between a marker's edge and its label


@dataclass(frozen=True)
class LabelRequest:
    at: Point  # the marker's centre
    width: float
    height: float
    marker: float = 7.0  # the marker's radius
    prefer_below: bool = False


def _overlap(a: Rect, b: Rect) -> float:
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _crosses(rect: Rect, start: Point, end: Point) -> bool:
    """Whether the segment passes through the rectangle (sampled: segments are short next to labels)."""
    steps = max(2, int(max(abs(end[0] - start[0]), abs(end[1] - start[1])) / 3))
    left, top, width, height = rect
    for i in range(steps + 1):
        x = start[0] + (end[0] - start[0]) * i / steps
        y = start[1] + (end[1] - start[1]) * i / steps
        if left <= x <= left + width and top <= y <= top + height:
            return True
    return False


def candidates(request: LabelRequest) -> list[Rect]:
    """Positions around the marker, in order of preference."""
    x, y = request.at
    w, h, r = request.width, request.height, request.marker + GAP
    above = [(x - w / 2, y - r - h), (x - w + r, y - r - h), (x - r, y - r - h)]
    below = [(x - w / 2, y + r), (x - w + r, y + r), (x - r, y + r)]
    beside = [(x + r, y - h / 2), (x - r - w, y - h / 2)]
    order = below + above + beside if request.prefer_below else above + below + beside
    return [(left, top, w, h) for left, top in order]


def place_labels(
    requests: Sequence[LabelRequest],
    markers: Sequence[Rect],
    segments: Sequence[tuple[Point, Point]],
    bounds: Rect,
) -> list[Rect]:
    """A rectangle for each label, in the order asked; earlier labels are placed first."""
    placed: list[Rect] = []
    for request in requests:
        best: tuple[float, int, Rect] | None = None
        for order, rect in enumerate(candidates(request)):
            outside = (
                max(0.0, bounds[0] - rect[0])
                + max(0.0, rect[0] + rect[2] - (bounds[0] + bounds[2]))
                + max(0.0, bounds[1] - rect[1])
                + max(0.0, rect[1] + rect[3] - (bounds[1] + bounds[3]))
            )
            cost = 50.0 * outside * rect[3]
            cost += sum(_overlap(rect, other) for other in placed) * 4
            cost += sum(_overlap(rect, marker) for marker in markers) * 2
            cost += 200.0 * sum(_crosses(rect, a, b) for a, b in segments)
            if best is None or (cost, order) < (best[0], best[1]):
                best = (cost, order, rect)
            if cost == 0:
                break
        assert best is not None
        placed.append(best[2])
    return placed
