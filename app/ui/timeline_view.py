"""Diplomatic milestones on a timeline, a lane per relationship.

A fact known only to the year spans the year; one known to the month spans the month; one known to the
day is a point. With alignment on, each lane is shifted so that 0 is the year its relations were
established, so a 30-year relationship compares with a 50-year one on the same footing.
"""

from __future__ import annotations

import calendar
import contextlib
import functools
import re
from dataclasses import dataclass

from app.domain.facts import MILESTONE_KINDS, FactKind
from app.session.records import Milestone, PairView
from app.ui.label_layout import stack_rows
from app.ui.plot_axes import LEFT_AXIS_WIDTH, YearAxis
from app.ui.plot_labels import LayoutOnce, fit_key
from app.ui.qt import QtCore, QtGui, QtWidgets, pg, show_tooltip
from app.ui.theme import Theme, current_theme

_SYMBOLS = {"relations_established": "star", "embassy": "s", "visit": "o", "agreement": "d"}
_KIND_COLORS_LIGHT = {
    "relations_established": "#2e7d32",
    "embassy": "#00796b",
    "visit": "#6a1b9a",
    "agreement": "#1565c0",
}
_KIND_COLORS_DARK = {
    "relations_established": "#81c784",
    "embassy": "#4db6ac",
    "visit": "#ce93d8",
    "agreement": "#64b5f6",
}


def _faded(color: str) -> QtGui.QColor:
    faded = QtGui.QColor(color)
    faded.setAlphaF(0.3)
    return faded


def _lighter(color: str) -> QtGui.QColor:
    return QtGui.QColor(color).lighter(140)


def wrapped(name: str, metrics: QtGui.QFontMetricsF, width: float, lines: int = 3) -> str:
    """A lane's name on as many lines as it needs to fit ``width`` (a label wider than the axis is not drawn
    at all), broken after a space or a dash; a name longer than ``lines`` lines ends with an ellipsis."""
    halves = name.split("–", 1)
    if len(halves) == 2 and metrics.horizontalAdvance(name) > width:  # at the dash between the two countries first
        first, second = halves[0] + "–", halves[1]
        if max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)) <= width:
            return f"{first}\n{second}"
    words = re.findall(r"[^\s–-]+(?:[–-]|\s+|$)", name)
    out: list[str] = []
    line = ""
    for word in words:
        if line and metrics.horizontalAdvance((line + word).rstrip()) > width:
            out.append(line.rstrip())
            line = ""
        line += word
    if line:
        out.append(line.rstrip())
    if len(out) > lines:
        out = [*out[: lines - 1], " ".join(out[lines - 1 :])]
    return "\n".join(metrics.elidedText(part, QtCore.Qt.TextElideMode.ElideRight, width) for part in out)


@functools.lru_cache(maxsize=8192)  # a relationship's hundreds of milestones share their dates
def span_of(date: str) -> tuple[float, float]:
    """The stretch of time a date covers, in fractional years: 1975 → (1975, 1976); 2000-07 → July."""
    parts = [int(p) for p in date.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return float(year), float(year + 1)
    month = parts[1]
    days = 366 if calendar.isleap(year) else 365
    start_day = sum(calendar.monthrange(year, m)[1] for m in range(1, month))
    if len(parts) == 2:
        return year + start_day / days, year + (start_day + calendar.monthrange(year, month)[1]) / days
    position = year + (start_day + parts[2] - 1) / days
    return position, position


def established_year(view: PairView | None) -> float | None:
    """Where a relationship's clock starts: the beginning of its establishment date."""
    if view is None or not view.established:
        return None
    return span_of(view.established)[0]


@dataclass(frozen=True)
class PlacedMilestone:
    side: int
    milestone: Milestone
    start: float  # fractional year, before alignment
    end: float


LEGEND_HEIGHT = 24  # pixels above the lanes for each row of the key
LANE_Y = {0: 1.0, 1: 0.0}  # A's lane above B's
Y_RANGE = (-0.5, 1.5)  # both lanes with their rows above and below
ROW_STEP = 0.16  # lane units at least between rows of marks that would overlap on one line
MARK_SIZE = 10  # pixels; an establishment's star is 14
FORGET_EVERY = 8  # marks placed between two siftings of the boxes that can no longer be covered
BAR_HALF = 0.08  # half a year- or month-long bar's height, in lane units


def _size(p: PlacedMilestone) -> int:
    return 14 if p.milestone.kind == "relations_established" else MARK_SIZE


LEGEND_LEFT = LEFT_AXIS_WIDTH  # the key starts over the lanes, right of their names


class TimelineView(pg.PlotWidget):
    """Milestones of relationships A (upper lane) and B (lower lane)."""

    milestone_activated = QtCore.Signal(int, int, int)  # side, article id, fact id

    def __init__(self, parent: QtWidgets.QWidget | None = None, static: bool = False) -> None:
        super().__init__(parent, axisItems={"bottom": YearAxis("bottom")}, enableMenu=False)  # as the trade plot
        self.theme = current_theme()
        self.views: list[PairView | None] = [None, None]
        self.aligned = False
        self.placed: list[PlacedMilestone] = []
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(y=False)
        plot.getAxis("bottom").enableAutoSIPrefix(False)
        plot.setLabel("bottom", "Year")
        # The key sits in a margin above the lanes, never over them, however short the timeline is.
        self.legend = plot.addLegend(colCount=5)
        self.legend.setParentItem(plot)
        self.legend.layout.setContentsMargins(0, 2, 0, 0)
        self.legend.setZValue(10)  # above the lanes' view box, which paints its background
        self.legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(LEGEND_LEFT, 0))
        plot.layout.setContentsMargins(0, LEGEND_HEIGHT, 0, 0)
        self.static = static  # drawn for an export: nothing to hover
        self.spans = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[])  # year- and month-precision facts
        self.points = pg.ScatterPlotItem(hoverable=True, tip=None)
        plot.addItem(self.spans)
        plot.addItem(self.points)
        self.points.sigClicked.connect(self._on_clicked)
        self._legend_theme: Theme | None = None
        # Which marks share a line depends on the scale: a zoom or a resize lays them out again.
        self._rows_timer = QtCore.QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(30)
        self.marks_layout = LayoutOnce(plot.vb, self._draw_marks)
        self._rows_timer.timeout.connect(self.marks_layout.if_moved)
        plot.vb.sigXRangeChanged.connect(self._rows_timer.start)
        plot.vb.sigResized.connect(self._rows_timer.start)
        self.apply_theme(self.theme)

    def set_views(self, view_a: PairView | None, view_b: PairView | None) -> None:
        self.views = [view_a, view_b]
        self._redraw()

    def set_view(self, side: int, view: PairView | None) -> None:
        self.views[side] = view
        self._redraw()

    def set_aligned(self, aligned: bool) -> None:
        if aligned != self.aligned:
            self.aligned = aligned
            self._redraw()

    def offset(self, side: int) -> float:
        """What is subtracted from side's years: its establishment year when aligned, else 0."""
        if not self.aligned:
            return 0.0
        return established_year(self.views[side]) or 0.0

    def positions(self, side: int, kind: str) -> list[tuple[str, float, float]]:
        """(date, start, end) of side's milestones of a kind, as drawn (after alignment)."""
        off = self.offset(side)
        return [
            (p.milestone.date, p.start - off, p.end - off)
            for p in self.placed
            if p.side == side and p.milestone.kind == kind
        ]

    def _colors(self) -> dict[str, str]:
        return _KIND_COLORS_DARK if self.theme.dark else _KIND_COLORS_LIGHT

    def _redraw(self) -> None:
        colors = self._colors()
        self.placed = []
        for side, view in enumerate(self.views):
            for m in view.milestones if view else ():
                start, end = span_of(m.date)
                self.placed.append(PlacedMilestone(side, m, start, end))
        self._finish_axes(colors)
        self._draw_marks()

    def lay_out_marks(self) -> None:
        """The marks again for the chart's present size and range (an export, after its layout settles)."""
        self._draw_marks()

    def one_layout(self) -> contextlib.AbstractContextManager[None]:
        """The marks laid out once, when the changes made inside are all made (``LayoutOnce``)."""
        return self.marks_layout.once()

    def _draw_marks(self) -> None:
        """The bars and markers, each on the row of its lane that keeps it clear of the others."""
        if not self.marks_layout.begin():
            return  # inside one_layout(): laid out once, at its end
        colors = self._colors()
        rows = self._rows()
        y = {id(p): LANE_Y[p.side] + rows[i] for i, p in enumerate(self.placed)}
        bars = [p for p in self.placed if p.end > p.start]
        if not bars:  # pyqtgraph 0.14's BarGraphItem fails on an empty list of pens
            self.spans.setOpts(x0=[], x1=[], y0=[], y1=[], pens=None, brushes=None, pen=None, brush=None)
        else:
            self._set_bars(bars, colors, y)
        self._set_points(colors, y)

    def _rows(self) -> list[float]:
        """A vertical offset per milestone: marks that would overlap at the chart's current scale stand on
        rows above and below their lane's line, so none hides another (the 1975 establishment star sat under
        a visit and an embassy). Establishments take the lane's line first; each next mark the nearest row
        where its mark and bar, in pixels, cover none placed before."""
        vb = self.getPlotItem().vb
        low, high = vb.viewRange()[0]
        px_per_year = max(1.0, vb.width()) / max(1e-6, high - low)
        px_per_unit = max(1.0, vb.height()) / max(1e-6, Y_RANGE[1] - Y_RANGE[0])
        step = max(ROW_STEP, (MARK_SIZE + 2) / px_per_unit)
        # Within half the distance to the next lane or the edge, less most of a mark's half-height.
        furthest = 0.5 - (MARK_SIZE / 2 - 1) / px_per_unit
        # The lane's line always; under 16 pixels of plot there is no room beside it.
        levels = [r * step for r in (0, 1, -1, 2, -2, 3, -3) if abs(r * step) <= furthest] or [0.0]
        order = sorted(
            range(len(self.placed)),
            key=lambda i: (self.placed[i].milestone.kind != "relations_established", self.placed[i].start),
        )
        rows_y = {side: [-(LANE_Y[side] + lv) * px_per_unit for lv in levels] for side in LANE_Y}  # pixels grow down
        marks = []  # each mark's lane, left and right edges and half-size, in the order placed
        for i in order:
            p = self.placed[i]
            off = self.offset(p.side)
            left, right = (p.start - off - low) * px_per_year, (p.end - off - low) * px_per_year
            marks.append((p.side, left, right, _size(p) / 2))
        offsets = [0.0] * len(self.placed)
        for i, row in zip(order, stack_rows(marks, rows_y, BAR_HALF * px_per_unit, FORGET_EVERY), strict=True):
            offsets[i] = levels[row]
        return offsets

    def _set_bars(self, bars: list[PlacedMilestone], colors: dict[str, str], y: dict[int, float]) -> None:
        # One brush and one pen per kind and doubt, shared by its bars (made per bar, they were most of the
        # bars' cost on a relationship of hundreds of milestones).
        looks = {(p.milestone.kind, p.milestone.doubtful) for p in bars}
        brushes = {
            (kind, doubtful): pg.mkBrush(_faded(colors[kind]) if doubtful else _lighter(colors[kind]))
            for kind, doubtful in looks
        }
        pens = {
            (kind, doubtful): pg.mkPen(
                colors[kind],
                width=1,
                style=QtCore.Qt.PenStyle.DotLine if doubtful else QtCore.Qt.PenStyle.SolidLine,
            )
            for kind, doubtful in looks
        }
        self.spans.setOpts(
            x0=[p.start - self.offset(p.side) for p in bars],
            x1=[p.end - self.offset(p.side) for p in bars],
            y0=[y[id(p)] - BAR_HALF for p in bars],
            y1=[y[id(p)] + BAR_HALF for p in bars],
            brushes=[brushes[(p.milestone.kind, p.milestone.doubtful)] for p in bars],
            pens=[pens[(p.milestone.kind, p.milestone.doubtful)] for p in bars],
        )

    def _set_points(self, colors: dict[str, str], y: dict[int, float]) -> None:
        # Every milestone also gets a marker at its start, so short spans can be hovered and clicked.
        # One brush object per kind: pyqtgraph renders a symbol once per distinct pen and brush.
        brushes = {kind: pg.mkBrush(color) for kind, color in colors.items()}
        faded = {kind: pg.mkBrush(_faded(color)) for kind, color in colors.items()}
        edge = pg.mkPen(self.theme.background, width=1)
        dotted = {kind: pg.mkPen(color, width=1.5, style=QtCore.Qt.PenStyle.DotLine) for kind, color in colors.items()}
        drawn = sorted(self.placed, key=lambda p: p.milestone.kind == "relations_established")  # stars on top
        self.points.setData(
            x=[p.start - self.offset(p.side) for p in drawn],
            y=[y[id(p)] for p in drawn],
            symbol=[_SYMBOLS[p.milestone.kind] for p in drawn],
            brush=[(faded if p.milestone.doubtful else brushes)[p.milestone.kind] for p in drawn],
            pen=[dotted[p.milestone.kind] if p.milestone.doubtful else edge for p in drawn],
            size=[_size(p) for p in drawn],
            data=drawn,
        )

    def _finish_axes(self, colors: dict[str, str]) -> None:
        if self._legend_theme != self.theme:  # the key changes only with the theme
            self._fill_legend(colors)
        plot = self.getPlotItem()
        names = {LANE_Y[0]: self._lane_name(0), LANE_Y[1]: self._lane_name(1)}
        plot.getAxis("left").setTicks([[(y, name) for y, name in names.items()]])
        plot.setYRange(*Y_RANGE, padding=0)
        # Years need no title; years since establishment do.
        plot.setLabel("bottom", "Years since relations were established" if self.aligned else "Year")
        plot.getAxis("bottom").showLabel(self.aligned)
        xs = [p.start - self.offset(p.side) for p in self.placed] + [p.end - self.offset(p.side) for p in self.placed]
        if xs:
            plot.setXRange(min(xs) - 1, max(xs) + 1, padding=0)

    def _fill_legend(self, colors: dict[str, str]) -> None:
        self._legend_theme = self.theme
        self.legend.clear()
        for kind in MILESTONE_KINDS:
            sample = pg.ScatterPlotItem(
                symbol=_SYMBOLS[kind.value],
                size=10,
                brush=pg.mkBrush(colors[kind.value]),
                pen=pg.mkPen(self.theme.background),
            )
            self.legend.addItem(sample, FactKind(kind.value).label)
        grey = self.theme.foreground
        doubtful = pg.ScatterPlotItem(
            symbol="o", size=10, brush=pg.mkBrush(_faded(grey)), pen=pg.mkPen(grey, style=QtCore.Qt.PenStyle.DotLine)
        )
        self.legend.addItem(doubtful, "doubtful" if self.static else "doubtful (hover: why)")
        self._fit_key()

    def _fit_key(self) -> None:
        fit_key(self.legend, self.getPlotItem(), self.width() - LEGEND_LEFT - 16)

    def resizeEvent(self, event: QtGui.QResizeEvent | None) -> None:
        super().resizeEvent(event)
        if self.__dict__.get("static") is not None:  # pyqtgraph resizes the view before __init__ has made the key
            self._fit_key()

    def x_extent(self) -> tuple[float, float] | None:
        """The span of the milestones as drawn, for a shared x range with the trade plot."""
        xs = [x for p in self.placed for x in (p.start - self.offset(p.side), p.end - self.offset(p.side))]
        return (min(xs), max(xs)) if xs else None

    def _lane_name(self, side: int) -> str:
        view = self.views[side]
        name = f"{'AB'[side]}: {view.name}" if view else "AB"[side]
        axis = self.getPlotItem().getAxis("left")  # as wide as LEFT_AXIS_WIDTH wherever the timeline is shown
        return wrapped(name, QtGui.QFontMetricsF(axis.font()), LEFT_AXIS_WIDTH - 14)

    def _on_clicked(self, _item: object, points: list[pg.SpotItem], _ev: object) -> None:
        if len(points):
            placed: PlacedMilestone = points[0].data()
            self.milestone_activated.emit(placed.side, placed.milestone.article_id, placed.milestone.fact_id)

    def viewportEvent(self, event: QtCore.QEvent) -> bool:
        # As in the trade plot: tooltips on the ToolTip event, fresh each time (see TradePlotView).
        if event.type() == QtCore.QEvent.Type.ToolTip and isinstance(event, QtGui.QHelpEvent):
            scene_pos = self.mapToScene(event.pos())
            spots = self.points.pointsAt(self.points.mapFromScene(scene_pos))
            if len(spots):
                text = "\n\n".join(s.data().milestone.description + "\nclick to read the sentence" for s in spots)
                show_tooltip(event, text, self.viewport())
            else:
                QtWidgets.QToolTip.hideText()
            return True
        return bool(super().viewportEvent(event))

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setBackground(theme.background)
        plot = self.getPlotItem()
        for name in ("left", "bottom"):
            plot.getAxis(name).setPen(pg.mkPen(theme.foreground))
            plot.getAxis(name).setTextPen(pg.mkPen(theme.foreground))
        self.legend.setLabelTextColor(theme.foreground)
        self._redraw()
