"""The axes Dyad's charts share: money on a log or linear scale, whole years, and the money grid."""

from __future__ import annotations

import itertools
import math

from app.domain.money import format_usd
from app.ui.qt import QtGui, QtWidgets, pg

LEFT_AXIS_WIDTH = 150  # the trade plot's and the timeline's left axes, so one time axis lines up in both

# On a log axis, the values labelled within each decade, sparsest first.
_LOG_STEPS = ((1,), (1, 3), (1, 2, 5), (1, 2, 3, 4, 5, 6, 7, 8, 9))


class MoneyAxis(pg.AxisItem):
    """Money in readable form on a log or linear axis: $10K, $1M, $6.3B.

    On a log axis pyqtgraph labels every 2×…9× once the view is narrower than a decade, and the labels
    run into each other ($1B over $900M over $800M). Here the labelled values are the richest of 1; 1, 3;
    1, 2, 5; 1…9 (per decade) whose labels stay two text heights apart; whole decades are picked in steps
    of 1, 2, 5, 10… decades when even those crowd."""

    ceiling: float | None = None  # no tick above this (axis units): the key stands there, not data

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        if self.ceiling is not None and self.ceiling < maxVal:
            size *= (self.ceiling - minVal) / (maxVal - minVal) if maxVal > minVal else 1.0
            maxVal = self.ceiling
        if not self.logMode or maxVal <= minVal or size <= 0:
            return list(super().tickValues(minVal, maxVal, size))
        room = 2.0 * QtGui.QFontMetricsF(self.font()).height()  # pixels a label needs
        per_decade = size / (maxVal - minVal)  # pixels per decade
        low, high = math.floor(minVal), math.ceil(maxVal)
        for steps in reversed(_LOG_STEPS):
            values = [math.log10(m) + d for d in range(low, high + 1) for m in steps]
            values = [v for v in values if minVal <= v <= maxVal]
            gaps = [(b - a) * per_decade for a, b in itertools.pairwise(values)]
            if len(values) >= 2 and min(gaps) >= room:
                minor = [math.log10(m) + d for d in range(low, high + 1) for m in range(1, 10)]
                return [(1.0, values), (0.1, [v for v in minor if minVal <= v <= maxVal and v not in values])]
        for every in (1, 2, 5, 10, 20, 50):
            if every * per_decade >= room:
                decades = [float(d) for d in range(low, high + 1) if minVal <= d <= maxVal]
                return [(float(every), [d for d in decades if d % every == 0]), (1.0, decades)]
        return [(1.0, [float(low)])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.logMode:
            if spacing < 1.0:
                return [""] * len(values)  # minor ticks: marks without labels
            return [format_usd(10**v, digits=2) for v in values]
        return [format_usd(v, digits=1) if v >= 0 else "" for v in values]


_YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500)


class YearAxis(pg.AxisItem):
    """Whole years only, labelled however short the span: a view between two years never reads "2009.5",
    and a chart of a year or two (one trade figure, a few milestones) still names its years."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        if maxVal <= minVal or size <= 0:
            return []
        room = QtGui.QFontMetricsF(self.font()).horizontalAdvance("20000") + 12  # a year's label, and a gap
        per_year = size / (maxVal - minVal)
        step = next((s for s in _YEAR_STEPS if s * per_year >= room), _YEAR_STEPS[-1])
        first, last = math.ceil(minVal), math.floor(maxVal)
        major = [float(y) for y in range(first, last + 1) if y % step == 0]
        levels = [(float(step), major)]
        if step > 1 and per_year >= 4:  # a mark for every year between the labels, where they fit
            levels.append((1.0, [float(y) for y in range(first, last + 1) if y % step != 0]))
        return levels

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [str(round(v)) for v in values]


class GridLines(QtWidgets.QGraphicsPathItem):
    """Horizontal lines at the money axis's labelled ticks, as one path in the plot. pyqtgraph's own grid is
    drawn by the axis and costs 10 ms of every paint of the plot (measured); this path costs 0.1 ms."""

    def __init__(self, plot: pg.PlotItem) -> None:
        super().__init__()
        self.plot = plot
        self.setZValue(-100)
        plot.getViewBox().addItem(self, ignoreBounds=True)
        plot.getViewBox().sigRangeChanged.connect(self.rebuild)
        plot.getViewBox().sigResized.connect(self.rebuild)

    def set_color(self, color: str, alpha: float) -> None:
        qcolor = QtGui.QColor(color)
        qcolor.setAlphaF(alpha)
        pen = QtGui.QPen(qcolor)
        pen.setCosmetic(True)
        self.setPen(pen)

    def rebuild(self, *_: object) -> None:
        view = self.plot.getViewBox()
        (x0, x1), (y0, y1) = view.viewRange()
        axis = self.plot.getAxis("left")
        height = max(1.0, float(view.height()))
        path = QtGui.QPainterPath()
        for _spacing, values in axis.tickValues(y0, y1, height)[:1]:
            for y in values:
                # Exactly the view's width: an SVG page has no clipping to trim longer lines.
                path.moveTo(x0, y)
                path.lineTo(x1, y)
        self.setPath(path)
