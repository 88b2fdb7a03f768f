"""Both relationships' two-way trade totals on one pyqtgraph plot.

Stated full-year totals are joined by a line. A figure for part of a year is drawn hollow and labelled,
never joined; a derived figure is a diamond; two sources that disagree about a year both show, ringed.
"""

from __future__ import annotations

import contextlib
import itertools
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from app.analysis.official import DEFAULT_TOLERANCE, Verdict
from app.analysis.series import TradePoint, counted, full_year_line
from app.domain.countries import country_name
from app.session.records import PairView
from app.ui.official_layer import OfficialLayer, OfficialSpot
from app.ui.plot_axes import LEFT_AXIS_WIDTH, GridLines, MoneyAxis, YearAxis
from app.ui.plot_labels import Labelled, LayoutOnce, fit_key, lay_out, scene_rect
from app.ui.qt import QtCore, QtGui, QtWidgets, pg, show_tooltip
from app.ui.theme import Theme, current_theme


@dataclass(frozen=True)
class PlottedPoint:
    side: int  # 0 for relationship A, 1 for B
    point: TradePoint
    on_line: bool


def pair_name(pair: tuple[str, str]) -> str:
    return f"{country_name(pair[0])}–{country_name(pair[1])}"


def view_name(view: PairView) -> str:
    return view.name or pair_name(view.asked if view.asked[0] else view.pair)


MAX_LABELS = 30  # words beside points, at most, on one chart


class _Series:
    """The items of one relationship, created once and updated with setData."""

    def __init__(self, plot: pg.PlotItem, side: int) -> None:
        self.side = side
        self.line = pg.PlotDataItem()
        self.gaps = pg.PlotDataItem(connect="pairs")  # dashed: the line over years with no figure
        # No dynamic range limit: pyqtgraph's default rebuilt every marker (pens, brushes, symbols) at each
        # change of the y range, to clip points a million view heights away, and a scatter culls the points
        # out of view when it paints anyway. The lines keep it: a dashed line that long is slow to draw.
        self.markers = pg.PlotDataItem(pen=None, dynamicRangeLimit=None)
        self.markers.scatter.opts["hoverable"] = True
        self.markers.scatter.opts["tip"] = None  # the view shows its own tooltip
        plot.addItem(self.line)
        plot.addItem(self.gaps)
        plot.addItem(self.markers)
        self.labels: list[pg.TextItem] = []
        self.labelled: list[tuple[TradePoint, str, float]] = []  # point, words, x on the axis
        self.plotted: list[PlottedPoint] = []


KEY_MAX_SHARE = 0.4  # of the chart's height: a key of the markers too that needs more is left out
SELF_LABELLED = ("part of a year", "derived", "flagged")  # key entries whose points carry a label saying so
ZOOM_MARGIN_YEARS = 3  # the time axis zooms out to the data's years and this many more each side (or a quarter)
LABEL_ROOM = 34  # pixels kept above the highest point and below the lowest for their labels
GAP_YEARS = 2  # figures further apart than this are joined by a dashed line: years with no figure between


class TradePlotView(pg.PlotWidget):
    """Trade over time for relationships A and B."""

    point_activated = QtCore.Signal(int, int, int)  # side, article id, fact id
    point_hovered = QtCore.Signal(str)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        # enableMenu=False: pyqtgraph's view-box menu, which the chart turns off, is never built (2-3 ms a chart
        # at start-up).
        axes = {"left": MoneyAxis("left"), "bottom": YearAxis("bottom")}
        super().__init__(parent, axisItems=axes, enableMenu=False)
        self.theme = current_theme()
        plot = self.getPlotItem()
        plot.setLabel("left", "Two-way trade (USD)")
        plot.setLabel("bottom", "Year")
        for name in ("left", "bottom"):
            plot.getAxis(name).enableAutoSIPrefix(False)
        # Horizontal lines only: on a log money axis they mark the decades; vertical year lines add little.
        self.grid = GridLines(plot)
        plot.setMenuEnabled(False)
        # The key stands in a margin above the plot, never over the data, in as many columns as fit.
        self.legend = plot.addLegend(colCount=2)
        self.legend.setParentItem(plot)
        self.legend.layout.setContentsMargins(0, 2, 0, 0)
        self.legend.setZValue(10)
        self.legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(LEFT_AXIS_WIDTH, 0))
        self.series = (_Series(plot, 0), _Series(plot, 1))
        self.official = (OfficialLayer(plot, 0), OfficialLayer(plot, 1))
        self.show_official = True
        self.tolerance = DEFAULT_TOLERANCE  # per cent a news total may differ from the official figures
        self.datasets: list[str | None] = [None, None]  # the official dataset drawn per side (None: most complete)
        self.views: list[PairView | None] = [None, None]
        self.log_scale = True
        self.offsets = [0.0, 0.0]  # years subtracted per side when aligned on relations established
        self.year_title = True  # "Year" under the axis; not when the timeline below says it for both
        plot.setLogMode(x=False, y=True)
        for s in self.series:
            s.markers.sigPointsClicked.connect(self._on_points_clicked)
        self._key_items: list[pg.ScatterPlotItem] = []
        self._key_heights: dict[tuple[object, ...], float] = {}  # see _key_height
        self._leaders: dict[str, pg.PlotCurveItem] = {}  # by colour: lines from labels away from their points
        self.shared_x: tuple[float, float] | None = None  # the milestones' years, on the same time axis
        self.x_followers: list[pg.ViewBox] = []  # views linked to this time axis (the timeline's)
        # pyqtgraph's "A" button would fit the view to the trade data alone and hide earlier milestones.
        plot.autoBtn.clicked.disconnect(plot.autoBtnClicked)
        plot.autoBtn.clicked.connect(lambda _button: self.reset_view())
        # Labels are stacked for the plot's scale: a resize or a zoom places them again (once it settles).
        self._label_timer = QtCore.QTimer(self)
        self._label_timer.setSingleShot(True)
        self._label_timer.setInterval(30)
        self.labels_layout = LayoutOnce(plot.vb, self.place_labels, self._settle)
        self._label_timer.timeout.connect(self.labels_layout.if_moved)
        plot.vb.sigResized.connect(self._on_view_resized)
        plot.vb.sigRangeChanged.connect(self._on_view_resized)
        # A view the analyst has not zoomed or panned is fitted again when the chart changes size: the key
        # takes a different share of a smaller chart's height.
        self._fitted = True
        self._refit_timer = QtCore.QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(40)
        self._refit_timer.timeout.connect(self._refit)
        plot.vb.sigResized.connect(self._refit_timer.start)
        plot.vb.sigRangeChangedManually.connect(self._on_zoomed)
        self.apply_theme(self.theme)
        self._built = True

    # -- data -----------------------------------------------------------------------------------------------------

    def set_views(self, view_a: PairView | None, view_b: PairView | None) -> None:
        self.views = [view_a, view_b]
        self._redraw()

    def set_view(self, side: int, view: PairView | None, offset: float = 0.0) -> None:
        """Show ``view`` on ``side``, its years less ``offset`` (its establishment year when aligned)."""
        self.views[side] = view
        self.offsets[side] = offset
        self._redraw(only=side)  # the other relationship's items are unchanged

    def set_official(self, visible: bool, tolerance: float | None = None) -> None:
        """Show or hide the official statistics; ring news totals differing by over ``tolerance`` per cent."""
        self.show_official = visible
        if tolerance is not None:
            self.tolerance = tolerance
        self._redraw(keep_zoom=True)

    def set_dataset(self, side: int, dataset: str | None) -> None:
        """Draw and compare side's news with ``dataset``'s official figures (None: the most complete)."""
        self.datasets[side] = dataset
        self._redraw(only=side, keep_zoom=True)

    def verdicts(self, side: int) -> dict[int, Verdict]:
        """How side's news totals compare with the official statistics shown (empty when none are)."""
        return dict(self.official[side].verdicts)

    def set_log_scale(self, log: bool) -> None:
        if log == self.log_scale:
            return  # drawn for it already (the window's start set it twice, each redrawing the chart)
        self.log_scale = log
        self.getPlotItem().setLogMode(x=False, y=log)
        self._redraw()

    def set_offsets(self, offsets: tuple[float, float], label: str = "Year") -> None:
        self.offsets = list(offsets)
        self.getPlotItem().setLabel("bottom", label)
        self.getPlotItem().getAxis("bottom").showLabel(self.year_title)
        self._redraw()

    def x_extent(self) -> tuple[float, float] | None:
        """The years of the news figures; with none, those of the official statistics shown."""
        xs = [p.point.year - self.offsets[p.side] for s in self.series for p in s.plotted]
        if not xs:
            xs = [y.year - self.offsets[o.side] for o in self.official for s in o.shown for y in s.years]
            xs += [y.year - self.offsets[o.side] for o in self.official for s in o.one_flow for y in s.one_flow]
        return (min(xs), max(xs)) if xs else None

    def plotted(self, side: int) -> list[PlottedPoint]:
        return list(self.series[side].plotted)

    def line_data(self, side: int) -> tuple[list[float], list[float]]:
        """The (years, values) joined by side's line, in USD whatever the scale."""
        xs, ys = self.series[side].line.getOriginalDataset()
        if xs is None or ys is None:
            return [], []
        return [float(x) for x in xs], [float(y) for y in ys]

    def set_shared_x_extent(self, extent: tuple[float, float] | None) -> None:
        """Years the time axis must also show (the milestones below): every later fit of the view keeps them."""
        self.shared_x = extent

    def _redraw(self, only: int | None = None, keep_zoom: bool = False) -> None:
        """Draw again; ``keep_zoom``: a view the analyst zoomed or panned keeps its ranges (the official
        statistics shown or hidden, another dataset), while a new relationship is fitted."""
        zoomed = None if self._fitted or not keep_zoom else self.getPlotItem().vb.viewRange()
        for side, series in enumerate(self.series):
            if only is None or side == only:
                self._draw_series(side, series, self.views[side])
        self.update_key()
        self.reset_view()
        if zoomed is not None:
            self.getPlotItem().vb.setRange(xRange=zoomed[0], yRange=zoomed[1], padding=0)
            self._fitted = False
        self.place_labels()  # for the range just set (the timer would do it a moment later)

    def reset_view(self) -> None:
        """Fit the view to both relationships' figures and the shared years (View ▸ Reset zoom, the A button).

        Explicit ranges, not auto-range: pyqtgraph settles auto-range during the first paint, which then
        repaints every axis a second time."""
        plot = self.getPlotItem()
        self._fitted = True
        plotted = [p.point for s in self.series for p in s.plotted]
        extents = [e for e in (self.x_extent(), self.shared_x) if e is not None]
        if extents:
            low, high = min(e[0] for e in extents) - 1, max(e[1] for e in extents) + 2.5  # room for labels
        else:
            this_year = QtCore.QDate.currentDate().year()
            low, high = this_year - 11, this_year + 1  # nothing to show: a plain recent decade
        self._limit_time_axis(low, high)
        plot.setXRange(low, high, padding=0)
        low_x, high_x = plot.vb.viewRange()[0]
        amounts = [p.value_usd for p in plotted] + [
            v for o in self.official for v in o.values_between(low_x, high_x, self.offsets[o.side]) if v > 0
        ]
        if not amounts:
            plot.setYRange(*((3.0, 10.0) if self.log_scale else (0.0, 1e9)), padding=0)
            return
        amounts = [v for v in amounts if math.isfinite(v) and v > 0]  # one bad value never breaks the chart
        if not amounts:
            plot.setYRange(*((3.0, 10.0) if self.log_scale else (0.0, 1e9)), padding=0)
            return
        values = [math.log10(v) if self.log_scale else v for v in amounts]
        low, high = min(values), max(values)
        span = (high - low) or (1.0 if self.log_scale else high or 1.0)
        bottom = low - 0.15 * span if self.log_scale else min(0.0, low - 0.15 * span)  # room for B's labels
        top = high + 0.22 * span  # room for A's labels above its highest point
        # And at least a label's height in pixels above the highest point and below the lowest, however
        # short the chart: a label pushed out of the plot ends up far from its point. With that share r of
        # the height kept at each end, the range is the data's span over (1 - 2r).
        room = min(0.3, LABEL_ROOM / max(1.0, float(plot.vb.height())))
        kept = room * (high - low or span) / (1 - 2 * room)
        top = max(top, high + kept)
        if self.log_scale:
            bottom = min(bottom, low - kept)
        plot.setYRange(bottom, top, padding=0)

    def _limit_time_axis(self, low: float, high: float) -> None:
        """The wheel and the drag keep the time axis within the data's years plus a margin (a quarter of
        the span, at least ZOOM_MARGIN_YEARS each side), and never narrower than a year: zoomed out without
        limit, the axis once ran 1550-2570. The timeline, on the same axis, gets the same limits."""
        margin = max(ZOOM_MARGIN_YEARS, 0.25 * (high - low))
        limits = {"xMin": low - margin, "xMax": high + margin, "minXRange": 1.0, "maxXRange": high - low + 2 * margin}
        for view in (self.getPlotItem().vb, *self.x_followers):
            view.setLimits(**limits)

    def _draw_series(self, side: int, series: _Series, view: PairView | None) -> None:
        for label in series.labels:
            label.hide()
        color = self.theme.pair_colors[side]
        points = [p for p in view.points if p.value_usd > 0] if view is not None else []
        self.official[side].update(
            view, points, self.offsets[side], self.theme, self.show_official, self.tolerance, self.datasets[side]
        )
        if not points:
            series.line.setData([], [], pen=pg.mkPen(color, width=2.5))  # the legend still shows its colour
            series.gaps.setData([], [])
            series.markers.setData([], [])
            series.plotted = []
            series.labelled = []
            return
        line = full_year_line(points)
        on_line = {p.fact_id for p in line}
        off = self.offsets[side]
        # Years more than GAP_YEARS apart are not joined by a confident line: the gap is drawn dashed.
        xs, ys = [p.year - off for p in line], [p.value_usd for p in line]
        joined = [b - a <= GAP_YEARS for a, b in itertools.pairwise(xs)] + [False]
        series.line.setData(xs, ys, connect=np.array(joined, dtype=bool), pen=pg.mkPen(color, width=2.5))
        gap_x = [x for i, ok in enumerate(joined[:-1]) if not ok for x in (xs[i], xs[i + 1])]
        gap_y = [y for i, ok in enumerate(joined[:-1]) if not ok for y in (ys[i], ys[i + 1])]
        series.gaps.setData(
            gap_x, gap_y, connect="pairs", pen=pg.mkPen(color, width=1.5, style=QtCore.Qt.PenStyle.DashLine)
        )
        series.plotted = [PlottedPoint(side, p, p.fact_id in on_line) for p in points]
        # One pen and brush object per style: pyqtgraph renders a symbol once per distinct pen and brush.
        solid, hollow = pg.mkBrush(color), pg.mkBrush(self.theme.background)
        line_pen = pg.mkPen(color, width=2)
        dashed = pg.mkPen(color, width=2, style=QtCore.Qt.PenStyle.DashLine)
        ring = pg.mkPen(self.theme.conflict, width=3)
        warning, warning_fill = pg.mkPen(self.theme.flagged, width=1.5), pg.mkBrush(self.theme.flagged)
        faded = QtGui.QColor(color)
        faded.setAlphaF(0.35)
        doubtful_brush, doubtful_pen = pg.mkBrush(faded), pg.mkPen(color, width=1.5, style=QtCore.Qt.PenStyle.DotLine)
        symbols, brushes, pens, sizes = [], [], [], []
        for p in points:
            symbol, brush, pen = "o", solid, line_pen
            if p.doubtful:
                brush, pen = doubtful_brush, doubtful_pen  # the extractor is not sure: faded, dotted edge
            if p.partial_period:
                brush = hollow  # part of a year
            if p.derived:
                symbol, brush, pen = "d", hollow, dashed
            if p.conflict:
                pen = ring
            if p.suspect:
                symbol, brush, pen = "t1", warning_fill, warning  # flagged: a warning triangle
            symbols.append(symbol)
            brushes.append(brush)
            pens.append(pen)
            sizes.append(16 if p.suspect else 12 if p.fact_id in on_line else 13)
        series.markers.setData(
            [p.year - off for p in points],
            [p.value_usd for p in points],
            symbol=symbols,
            symbolBrush=brushes,
            symbolPen=pens,
            symbolSize=sizes,
            data=series.plotted,
        )
        series.labelled = [(p, text, p.year - off) for p in points if (text := self._label_for(p))]

    def place_labels(self) -> None:
        """Words for the points that need them, both relationships' by one rule (``app.ui.label_layout``):
        beside their point, clear of each other, of the key, of every marker and line, inside the plot; the
        flagged first. A resize or a zoom places them again."""
        if not self.labels_layout.begin():
            return  # inside one_layout(): placed once, at its end
        wanted: list[tuple[int, int, TradePoint, str, float]] = []
        for side, series in enumerate(self.series):
            for label in series.labels:
                label.hide()
            while len(series.labels) < len(series.labelled):  # labels are pooled: creating them is the slow part
                label = pg.TextItem("")
                self.getPlotItem().addItem(label, ignoreBounds=True)
                series.labels.append(label)
            for p, text, x in series.labelled:
                wanted.append((0 if p.suspect else 1, side, p, text, x))
        if not wanted:
            for leader in self._leaders.values():
                leader.hide()
            return
        wanted.sort(key=lambda w: (w[0], w[1], w[4]))
        # Words for the first MAX_LABELS only, the flagged first: more would cover the chart they explain (a
        # 20,000-article relationship asked for 400), and every point keeps its shape and its hover text.
        wanted = wanted[:MAX_LABELS]
        used = [0, 0]
        labels = []
        for _, side, p, text, x in wanted:
            item = self.series[side].labels[used[side]]
            used[side] += 1
            y = math.log10(p.value_usd) if self.log_scale else p.value_usd
            radius = (16 if p.suspect else 13) / 2
            labels.append(Labelled(item, text, self.theme.pair_colors[side], x, y, radius, below=side == 1))
        key = [scene_rect(self.legend.sceneBoundingRect())] if self.legend.items and self.legend.isVisible() else []
        lay_out(self.getPlotItem(), labels, key, self._leaders)

    def _on_view_resized(self, *_args: object) -> None:
        self._label_timer.start()

    def one_layout(self) -> contextlib.AbstractContextManager[None]:
        """Labels placed once, when the changes made inside are all made (``LayoutOnce``)."""
        return self.labels_layout.once()

    def _settle(self) -> None:
        """The chart's own layout settles now, not in a later event: a key of other entries moves the plot,
        and a plot of another size is fitted again."""
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LayoutRequest)
        if self._refit_timer.isActive():
            self._refit_timer.stop()
            self._refit()

    def _on_zoomed(self, *_args: object) -> None:
        self._fitted = False

    def _refit(self) -> None:
        # An export's offscreen chart has its ranges set by the export (one time axis with the timeline).
        if not self._fitted or self.testAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen):
            return
        self.update_key()
        self._set_legend_columns()
        self.reset_view()

    def _set_legend_columns(self) -> None:
        """As many columns as the chart's width holds, then the margin above the plot the key stands in, so
        it never covers the data (it once ran over the 2004-2006 points of an export)."""
        fit_key(self.legend, self.getPlotItem(), self.width() - LEFT_AXIS_WIDTH - 16)

    def resizeEvent(self, event: QtGui.QResizeEvent | None) -> None:
        super().resizeEvent(event)
        if self.__dict__.get("_built"):  # pyqtgraph resizes the view before __init__ has made the key
            self.update_key()

    @staticmethod
    def _label_for(p: TradePoint) -> str:
        """Flagged, part-year and derived points are labelled; disagreeing sources are ringed (the key says so)."""
        if p.suspect:
            return "⚠ " + ("implausible" if p.implausible else "inconsistent")
        if p.partial_period:
            return f"{p.partial_period} {p.period}"
        if p.derived:
            return "derived"
        if p.fiscal_year:
            return p.period
        if p.conversion:
            return "converted at a given rate"
        return ""

    def update_key(self) -> None:
        """The relationships' lines, then a key to the marker styles in use. Rebuilding the legend costs
        a few milliseconds of layout; when the same entries remain only their texts are changed."""
        entries: list[tuple[Any, str]] = []
        for side, view in enumerate(self.views):
            if view is not None:
                suffix = "" if view.points else " (no trade figures)"
                if not view.points and view.unconverted:
                    suffix = f" ({counted(len(view.unconverted), 'figure')} in another currency, no rate)"
                entries.append((self.series[side].line, view_name(view) + suffix))
        for side, view in enumerate(self.views):
            if view is not None:
                entries.extend(self.official[side].legend_entries())
        # The markers' key too, unless it would take over a third of the chart's height: a short chart
        # lists the relationships' lines only (the markers' tooltips and labels still say what each is).
        # Styles no label explains (a ring, a dashed gap, a faded point) come before those every marked
        # point's label names (part of a year, derived, flagged), which a short chart leaves out first.
        markers = self._key_entries()
        unlabelled = [(item, name) for item, name in markers if not name.startswith(SELF_LABELLED)]
        choices: tuple[list[tuple[Any, str]], ...] = (markers, unlabelled, [])
        for n, choice in enumerate(choices):
            if n == len(choices) - 1 or self._key_height(entries + choice) <= KEY_MAX_SHARE * self.height():
                self._show_key(entries + choice)
                break

    def _key_height(self, entries: list[tuple[Any, str]]) -> float:
        """The margin a key of ``entries`` needs at the chart's width: measured by showing it the first time,
        then remembered. The window's start resizes the chart four times, and each fit built the key of the
        markers and then, too tall for a short chart, the key without them: ten rebuilds of about 6 ms."""
        # The key's words are in the application's font at the screen's dots per inch: either changing (a
        # font chosen, the window moved to another screen) makes another height.
        font = (QtWidgets.QApplication.font().key(), self.logicalDpiY())
        known = (self.width(), font, tuple((id(item), text) for item, text in entries))
        height = self._key_heights.get(known)
        if height is None:
            if len(self._key_heights) > 256:  # the names of every relationship looked at: kept bounded
                self._key_heights.clear()
            self._show_key(entries)
            height = self._key_heights[known] = self.getPlotItem().layout.getContentsMargins()[1]
        return height

    def _show_key(self, entries: list[tuple[Any, str]]) -> None:
        """Rebuilding the key costs a few milliseconds of layout: when the same entries remain, only their
        texts change. Then its columns and the margin it stands in follow."""
        shown = [(sample.item, label) for sample, label in self.legend.items]
        if [item for item, _ in shown] == [item for item, _ in entries]:
            for (_, label), (_, text) in zip(shown, entries, strict=True):
                if label.text != text:
                    label.setText(text)
        else:
            self.legend.clear()
            for item, text in entries:
                self.legend.addItem(item, text)
        self._set_legend_columns()

    def _key_entries(self) -> list[tuple[Any, str]]:
        """Legend entries for the marker styles, so hollow and diamond points explain themselves."""
        grey = self.theme.foreground
        if not self._key_items:
            empty = pg.mkBrush(self.theme.background)
            dashed = pg.mkPen(grey, width=1.5, style=QtCore.Qt.PenStyle.DashLine)
            hollow = pg.ScatterPlotItem(symbol="o", size=10, brush=empty, pen=pg.mkPen(grey, width=1.5))
            diamond = pg.ScatterPlotItem(symbol="d", size=11, brush=empty, pen=dashed)
            ring = pg.ScatterPlotItem(symbol="o", size=10, brush=empty, pen=pg.mkPen(self.theme.conflict, width=3))
            red = self.theme.flagged
            flagged = pg.ScatterPlotItem(symbol="t1", size=12, brush=pg.mkBrush(red), pen=pg.mkPen(red, width=1))
            gap = pg.PlotDataItem([0, 1], [0, 0], pen=pg.mkPen(grey, width=1.5, style=QtCore.Qt.PenStyle.DashLine))
            differs = pg.ScatterPlotItem(symbol="o", size=14, brush=empty, pen=pg.mkPen(self.theme.disagree, width=2.2))
            faded = QtGui.QColor(grey)
            faded.setAlphaF(0.35)
            doubtful = pg.ScatterPlotItem(
                symbol="o",
                size=10,
                brush=pg.mkBrush(faded),
                pen=pg.mkPen(grey, width=1.5, style=QtCore.Qt.PenStyle.DotLine),
            )
            self._key_items = [hollow, diamond, ring, flagged, gap, differs, doubtful]
        names = [
            "part of a year (not joined)",
            "derived (computed)",
            "sources disagree",
            "flagged: kept out of growth (hover: why)",
            f"no figure for over {GAP_YEARS} years",
            f"differs from official by over {self.tolerance:g} %",
            "doubtful: confidence under 0.8 (hover: why)",
        ]
        present = [
            any(p.point.partial_period for s in self.series for p in s.plotted),
            any(p.point.derived for s in self.series for p in s.plotted),
            any(p.point.conflict for s in self.series for p in s.plotted),
            any(p.point.suspect for s in self.series for p in s.plotted),
            any(_has_data(s.gaps) for s in self.series),
            any(o.ring_key() for o in self.official),
            any(p.point.doubtful and not p.point.suspect for s in self.series for p in s.plotted),
        ]
        if self.testAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen):  # an export: nothing to hover
            names = [name.replace(" (hover: why)", "") for name in names]
        return [(item, name) for item, name, show in zip(self._key_items, names, present, strict=True) if show]

    # -- interaction ----------------------------------------------------------------------------------------------

    def _on_points_clicked(self, _item: object, points: list[pg.SpotItem], _ev: object) -> None:
        if len(points):
            plotted: PlottedPoint = points[0].data()
            self.point_activated.emit(plotted.side, plotted.point.article_id, plotted.point.fact_id)

    def viewportEvent(self, event: QtCore.QEvent) -> bool:
        # Tooltips the Qt way, on the ToolTip event after the hover delay: shown fresh each time and hidden
        # by a click. Shown from hover signals instead, one stale tip could stay "visible" behind the window
        # and every later tip reused it unseen.
        if event.type() == QtCore.QEvent.Type.ToolTip and isinstance(event, QtGui.QHelpEvent):
            points = self.points_at(event.pos())
            if points:
                text = "\n\n".join(self.describe(p) for p in points)
                show_tooltip(event, text, self.viewport())
                self.point_hovered.emit(text)
            else:
                QtWidgets.QToolTip.hideText()
            return True
        return bool(super().viewportEvent(event))

    def points_at(self, pos: QtCore.QPoint) -> list[PlottedPoint | OfficialSpot]:
        """The markers under a position of the viewport: news figures, then official ones."""
        scene_pos = self.mapToScene(pos)
        found: list[PlottedPoint | OfficialSpot] = []
        for series in self.series:
            scatter = series.markers.scatter
            found.extend(spot.data() for spot in scatter.pointsAt(scatter.mapFromScene(scene_pos)))
        for layer in self.official:
            found.extend(layer.spots_at(scene_pos))
        return found

    def describe(self, plotted: PlottedPoint | OfficialSpot) -> str:
        view = self.views[plotted.side]
        if isinstance(plotted, OfficialSpot):
            return plotted.describe(view_name(view) if view else "")
        p = plotted.point
        lines = [f"{view_name(view) if view else ''}: {p.label}"]
        if p.qualifier:
            lines.append(f"hedged: “{p.qualifier}”")
        if p.derived:
            lines.append(f"derived: {p.derivation}")
        if p.fiscal_year:
            lines.append(f"fiscal year {p.fiscal_year}: drawn at {p.year}, the year it starts in")
        if p.conflict:
            lines.append("another source gives a different figure for this year")
        if p.conversion:
            lines.append(p.conversion)
        if p.doubtful:
            lines.append(f"doubtful (confidence {p.confidence:.2f}): {p.confidence_basis}")
        for flag in p.flags:  # why the figure is flagged, in words (the red triangle's "why")
            lines.append(f"⚠ {flag}" + (" (accepted by the analyst)" if p.accepted else ""))
        verdict = self.official[plotted.side].verdicts.get(p.fact_id)
        if verdict is not None:
            lines.append(("⚠ " if verdict.disagrees else "") + verdict.text)
        lines.append(f"source: {p.source or p.file}")
        lines.append("click to read the sentence")
        return "\n".join(lines)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setBackground(theme.background)
        plot = self.getPlotItem()
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(theme.foreground))
            axis.setTextPen(pg.mkPen(theme.foreground))
        self.legend.setLabelTextColor(theme.foreground)
        self.grid.set_color(theme.foreground, theme.grid_alpha)
        self._key_items = []
        self._key_heights.clear()  # the key's items are made again
        self._redraw()


def _has_data(item: pg.PlotDataItem) -> bool:
    xs, _ = item.getOriginalDataset()
    return xs is not None and len(xs) > 0
