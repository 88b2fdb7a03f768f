"""A pyqtgraph plot's labels laid out by ``app.ui.label_layout``: what is in the plot, in pixels."""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from app.ui.label_layout import LabelRequest, Obstacles, Rect, place
from app.ui.qt import QtCore, QtGui, pg


@dataclass(frozen=True)
class Labelled:
    """A label to place: its item, words and colour, and the point it speaks of (view coordinates)."""

    item: pg.TextItem
    text: str
    color: str
    x: float
    y: float
    radius: float
    below: bool


def scene_rect(rect: QtCore.QRectF) -> Rect:
    return rect.left(), rect.top(), rect.right(), rect.bottom()


def plot_bounds(plot: pg.PlotItem) -> Rect:
    """The plot area (the view box) in scene pixels: a label must stay inside it."""
    return scene_rect(plot.vb.sceneBoundingRect())


def data_obstacles(plot: pg.PlotItem) -> Obstacles:
    """Every marker (as its box) and every drawn line segment of the plot's data items, in scene pixels."""
    vb = plot.vb
    found = Obstacles()
    for item in plot.listDataItems():
        if not isinstance(item, pg.PlotDataItem) or not item.isVisible():
            continue
        xs, ys = item.getData()
        if xs is None or ys is None or len(xs) == 0:
            continue
        xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        finite = np.isfinite(xs) & np.isfinite(ys)
        points = list(zip(*view_to_scene(vb, xs[finite], ys[finite]), strict=True))
        if item.opts.get("symbol") is not None:
            sizes = item.opts.get("symbolSize", 10)
            for i, (x, y) in enumerate(points):
                size = float(sizes[i] if isinstance(sizes, (list, tuple, np.ndarray)) else sizes)
                half = size / 2 + 1
                found.boxes.append((x - half, y - half, x + half, y + half))
        if item.opts.get("pen") is not None and len(points) > 1:
            found.segments.extend(_segments(points, item.opts.get("connect", "all")))
    return found


def view_to_scene(vb: pg.ViewBox, xs: np.ndarray, ys: np.ndarray) -> tuple[list[float], list[float]]:
    """``vb.mapViewToScene`` of every point at once: the view's two affine transforms (into the view box,
    then into the scene) applied as Qt applies them, term by term, so each pixel is the one Qt's own
    mapping gives (a test compares them); one Qt call a point cost a switch 4 ms of a 600-point plot."""
    vb.updateMatrix()
    inner, outer = vb.childTransform(), vb.sceneTransform()
    if QtGui.QTransform.TransformationType.TxProject in (inner.type(), outer.type()):  # never for a plot
        mapped = [vb.mapViewToScene(QtCore.QPointF(float(x), float(y))) for x, y in zip(xs, ys, strict=True)]
        return [p.x() for p in mapped], [p.y() for p in mapped]
    for t in (inner, outer):
        xs, ys = t.m11() * xs + t.m21() * ys + t.dx(), t.m12() * xs + t.m22() * ys + t.dy()
    return xs.tolist(), ys.tolist()


def _segments(points: list[tuple[float, float]], connect: object) -> list[tuple[float, float, float, float]]:
    pairs: list[tuple[int, int]]
    if isinstance(connect, str) and connect == "pairs":
        pairs = [(i, i + 1) for i in range(0, len(points) - 1, 2)]
    elif isinstance(connect, np.ndarray):
        pairs = [(i, i + 1) for i in range(len(points) - 1) if i < len(connect) and bool(connect[i])]
    else:
        pairs = [(i, i + 1) for i in range(len(points) - 1)]
    return [(*points[a], *points[b]) for a, b in pairs]


def lay_out(
    plot: pg.PlotItem,
    labels: Sequence[Labelled],
    keep_clear: Sequence[Rect] = (),
    leaders: dict[str, pg.PlotCurveItem] | None = None,
) -> list[Rect]:
    """Place ``labels`` (the most important first) clear of each other, of ``keep_clear`` (the key), of
    the data's markers and lines, and inside the plot; a label that had to go further than beside its
    point gets a thin leader line to it. A colour's leaders are one line item of separate segments (from the
    ``leaders`` pool, by colour): an item each had cost a switch of ~25 leaders ~2 ms in setting, bounding and
    painting them one by one. Returns the labels' boxes in scene pixels."""
    vb = plot.vb
    obstacles = data_obstacles(plot)
    obstacles.boxes.extend(keep_clear)
    requests = []
    for label in labels:
        label.item.setText(label.text, color=label.color)
        label.item.setAnchor((0, 0))
        size = label.item.boundingRect()
        at = vb.mapViewToScene(QtCore.QPointF(label.x, label.y))
        requests.append(LabelRequest(at.x(), at.y(), size.width(), size.height(), label.radius, label.below))
    boxes = place(requests, obstacles, plot_bounds(plot))
    lines: dict[str, tuple[list[float], list[float]]] = {}  # colour -> each leader's two ends, in order
    for label, request, box in zip(labels, requests, boxes, strict=True):
        label.item.setPos(vb.mapSceneToView(QtCore.QPointF(box[0], box[1])))
        label.item.show()
        near = (min(max(request.x, box[0]), box[2]), min(max(request.y, box[1]), box[3]))  # the box's nearest point
        if leaders is not None and math.dist(near, (request.x, request.y)) > request.radius + LEADER_AFTER:
            start = vb.mapSceneToView(QtCore.QPointF(request.x, request.y))
            end = vb.mapSceneToView(QtCore.QPointF(*near))
            xs, ys = lines.setdefault(label.color, ([], []))
            xs += [start.x(), end.x()]
            ys += [start.y(), end.y()]
    if leaders is not None:
        for color, (xs, ys) in lines.items():
            if color not in leaders:
                leaders[color] = pg.PlotCurveItem()
                plot.addItem(leaders[color], ignoreBounds=True)
            leaders[color].setData(xs, ys, connect="pairs", pen=pg.mkPen(color, width=1))
            leaders[color].show()
        for color, leader in leaders.items():
            if color not in lines:
                leader.hide()
    return boxes


LEADER_AFTER = 12.0  # pixels between a marker's edge and its label past which a leader line joins them


KEY_SAMPLE_WIDTH = 34  # pixels of a key entry's sample line or marker, with its spacing
KEY_COLUMN_GAP = 12


class LayoutOnce:
    """A chart's layout (its labels, its rows of marks) done for the range and size the chart ends up at.

    Inside ``once()`` (nested, as deep) asking for the layout does nothing; at the outermost end ``settle``
    runs (the chart's own pending layout and refit) and then the layout, once: a switch draws the data, fits
    the view and widens it to the milestones' years, each of which would lay the chart out again. After a
    resize or a zoom, ``if_moved`` lays it out only when the range or size differ from those it was done for."""

    def __init__(self, vb: pg.ViewBox, lay_out: Callable[[], None], settle: Callable[[], None] = lambda: None) -> None:
        self.vb, self._lay_out, self._settle = vb, lay_out, settle
        self._depth = 0
        self._done_for: tuple[float, ...] | None = None

    def _geometry(self) -> tuple[float, ...]:
        (x0, x1), (y0, y1) = self.vb.viewRange()
        return (x0, x1, y0, y1, *scene_rect(self.vb.sceneBoundingRect()))

    def begin(self) -> bool:
        """Called first by the layout: False inside ``once()`` (not now), else True, noting the geometry."""
        if self._depth:
            return False
        self._done_for = self._geometry()
        return True

    def if_moved(self) -> None:
        if self._geometry() != self._done_for:
            self._lay_out()

    @contextlib.contextmanager
    def once(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        if not self._depth:  # the outermost: an inner one leaves the layout to it
            self._settle()
            self._lay_out()


def fit_key(legend: pg.LegendItem, plot: pg.PlotItem, width: float) -> float:
    """A key standing in a margin above ``plot``: as many columns as ``width`` pixels hold (entry k in
    column k % columns, as pyqtgraph fills them), then the margin as tall as its rows. Returns it."""
    entries = [label for _, label in legend.items]
    if entries:
        metrics = QtGui.QFontMetricsF(entries[0].item.font())
        widths = [KEY_SAMPLE_WIDTH + metrics.horizontalAdvance(label.text) + KEY_COLUMN_GAP for label in entries]
        columns = 1
        for count in range(2, min(5, len(entries)) + 1):
            if sum(max(widths[i::count]) for i in range(count)) <= width:
                columns = count
        if legend.columnCount != columns:
            legend.setColumnCount(columns)
    height = 0.0
    if entries:  # counted, not the layout's size hint: that lags a rebuild of the key
        row = max(max(label.boundingRect().height(), 12.0) for label in entries)
        rows = math.ceil(len(entries) / max(1, legend.columnCount))
        height = rows * row + (rows - 1) * legend.layout.verticalSpacing() + 6
    if abs(plot.layout.getContentsMargins()[1] - height) > 0.5:
        plot.layout.setContentsMargins(0, height, 0, 0)
    return height
