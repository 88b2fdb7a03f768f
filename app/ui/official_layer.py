"""The official statistics under one relationship's news points: a thin line per reporter, and a ring
round every news total that differs from them by more than the tolerance."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np

from app.analysis.official import (
    FlowYear,
    OfficialSeries,
    OfficialYear,
    Verdict,
    compare,
    shown_one_flow,
    shown_series,
)
from app.analysis.series import TradePoint
from app.domain.countries import country_name
from app.session.records import PairView
from app.ui.qt import QtCore, pg
from app.ui.theme import Theme

# The first country's report is a thin solid line, the partner's a thin dotted one (both in the pair's colour).
_STYLES = (QtCore.Qt.PenStyle.SolidLine, QtCore.Qt.PenStyle.DotLine)


@dataclass(frozen=True)
class OfficialSpot:
    """A hoverable official figure on the chart."""

    side: int
    series: OfficialSeries
    year: OfficialYear | FlowYear

    def describe(self, pair_name: str) -> str:
        if isinstance(self.year, FlowYear):
            return f"{pair_name}: {self.series.describe_flow(self.year)}"
        return f"{pair_name}: {self.series.describe(self.year)}"


class OfficialLayer:
    """The official items of one side of the trade chart, created once and updated with setData."""

    def __init__(self, plot: pg.PlotItem, side: int) -> None:
        self.plot, self.side = plot, side
        # The items are made the first time there is something to draw: most relationships have no official
        # figures, and a window's start made five empty items a side before its first paint (6.5 ms in all).
        self.lines: list[pg.PlotDataItem] = []
        self.flow_lines: list[pg.PlotDataItem] = []  # a reporter's one flow: dash-dotted, never a total
        self.rings: pg.PlotDataItem | None = None
        self.one_flow: tuple[OfficialSeries, ...] = ()
        self.shown: tuple[OfficialSeries, ...] = ()
        self.verdicts: dict[int, Verdict] = {}

    def _make_items(self) -> pg.PlotDataItem:
        """The lines of the official series and their one-flow lines, under the news; the rings over it."""
        if self.rings is None:
            for lines in (self.lines, self.flow_lines):
                for _ in _STYLES:
                    line = pg.PlotDataItem()
                    line.setZValue(-5)  # under the news line and points
                    line.scatter.opts["hoverable"] = True
                    line.scatter.opts["tip"] = None
                    self.plot.addItem(line)
                    lines.append(line)
            # A PlotDataItem follows the plot's log scale; rings are markers: not rebuilt at each change of
            # the y range (see the news markers in trade_plot._Series).
            self.rings = pg.PlotDataItem(pen=None, dynamicRangeLimit=None)
            self.rings.setZValue(5)
            self.plot.addItem(self.rings)
        return self.rings

    def update(
        self,
        view: PairView | None,
        points: list[TradePoint],
        offset: float,
        theme: Theme,
        visible: bool,
        tolerance: float,
        dataset: str | None = None,
    ) -> None:
        """Draw ``view``'s official series (``dataset``'s, or the most complete; when ``visible``) and ring the
        ``points`` that differ from them."""
        self.shown = shown_series(view.official, view.asked, dataset) if view is not None and visible else ()
        self.verdicts = compare(points, self.shown, tolerance) if self.shown else {}
        self.one_flow = shown_one_flow(view.official, view.asked, dataset) if view is not None and visible else ()
        if self.rings is None and not (self.shown or self.one_flow):
            return  # nothing drawn yet, and nothing to draw
        rings = self._make_items()
        color = theme.pair_colors[self.side]
        for i, line in enumerate(self.lines):
            if i >= len(self.shown):
                line.setData([], [])
                continue
            series = self.shown[i]
            drawn = [y for y in series.years if math.isfinite(y.total) and y.total > 0]  # one bad value: not drawn
            xs = [y.year - offset for y in drawn]
            ys = [y.total for y in drawn]
            joined = [b - a <= 1 for a, b in itertools.pairwise(xs)] + [False]  # a missing year breaks it
            pen = pg.mkPen(color, width=1.4, style=_STYLES[i])
            line.setData(
                xs,
                ys,
                connect=np.array(joined, dtype=bool),
                pen=pen,
                symbol="s",
                symbolSize=5,
                symbolPen=pg.mkPen(color, width=1),
                symbolBrush=pg.mkBrush(theme.background),
                data=[OfficialSpot(self.side, series, y) for y in drawn],
            )
        for i, line in enumerate(self.flow_lines):
            if i >= len(self.one_flow):
                line.setData([], [])
                continue
            series = self.one_flow[i]
            xs = [y.year - offset for y in series.one_flow]
            joined = [b - a <= 1 for a, b in itertools.pairwise(xs)] + [False]
            line.setData(
                xs,
                [y.value for y in series.one_flow],
                connect=np.array(joined, dtype=bool),
                pen=pg.mkPen(color, width=1.2, style=QtCore.Qt.PenStyle.DashDotLine),
                symbol="t",
                symbolSize=7,
                symbolPen=pg.mkPen(color, width=1),
                symbolBrush=pg.mkBrush(theme.background),
                data=[OfficialSpot(self.side, series, y) for y in series.one_flow],
            )
        ringed = [p for p in points if (v := self.verdicts.get(p.fact_id)) is not None and v.disagrees]
        rings.setData(
            [p.year - offset for p in ringed],
            [p.value_usd for p in ringed],
            pen=None,
            symbol="o",
            symbolSize=26,
            symbolPen=pg.mkPen(theme.disagree, width=2.2),
            symbolBrush=None,
        )
        rings.setVisible(bool(ringed))

    def legend_entries(self) -> list[tuple[pg.PlotDataItem, str]]:
        """ "official, Mexico's report": the colour says which relationship, the caption which dataset."""
        return [
            (line, f"official, {country_name(s.reporter)}’s report")
            for line, s in zip(self.lines, self.shown, strict=False)
        ] + [
            (line, f"official, {country_name(s.reporter)}’s {s.one_flow_words} (not two-way)")
            for line, s in zip(self.flow_lines, self.one_flow, strict=False)
        ]

    def spots_at(self, scene_pos: QtCore.QPointF) -> list[OfficialSpot]:
        found: list[OfficialSpot] = []
        for line in (*self.lines[: len(self.shown)], *self.flow_lines[: len(self.one_flow)]):
            scatter = line.scatter
            found.extend(spot.data() for spot in scatter.pointsAt(scatter.mapFromScene(scene_pos)))
        return found

    def values_between(self, low: float, high: float, offset: float) -> list[float]:
        """Official totals whose (offset) year lies in [low, high]: the view's vertical range includes them."""
        totals = [
            y.total for s in self.shown for y in s.years if low <= y.year - offset <= high and math.isfinite(y.total)
        ]
        return totals + [y.value for s in self.one_flow for y in s.one_flow if low <= y.year - offset <= high]

    def ring_key(self) -> bool:
        return any(v.disagrees for v in self.verdicts.values())
