"""How the comparison window is laid out, and how its size and splitters are kept between sessions."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from app.ui.article_viewer import ArticleViewerPanel
from app.ui.fact_table import FactsPanel
from app.ui.pair_selector import PairSelector
from app.ui.plot_axes import LEFT_AXIS_WIDTH
from app.ui.qt import QtCore, QtGui, QtWidgets
from app.ui.settings import Settings
from app.ui.splitters import SharedSplitter
from app.ui.summary_strip import SummaryStrip
from app.ui.theme import Theme
from app.ui.timeline_view import TimelineView
from app.ui.trade_plot import TradePlotView

ROOMY_HEIGHT = 760  # logical pixels of content when the window scrolls: both charts at a readable size
SPLITTERS = ("upper", "lower", "charts")
DEFAULT_SIZE = (1400, 900)  # logical pixels, fitted to a smaller screen
MIN_RESTORED = (800, 560)  # a saved window smaller than this (or than 90 % of the screen) opens at the default
UPPER_SHARES = (0.54, 0.46)  # charts, then the articles and facts
CHART_SHARES = (0.62, 0.38)  # trade plot, then the timeline (two lanes of up to three rows of marks)
CHARTS_AT_LEAST = 440  # pixels for both charts in a short window, before the articles get more than their minimum


@dataclass(frozen=True)
class Parts:
    """The window's views, as the frame places them."""

    selectors: tuple[PairSelector, PairSelector]
    align_toggle: QtWidgets.QCheckBox
    log_toggle: QtWidgets.QCheckBox
    plot: TradePlotView
    timeline: TimelineView
    summary: SummaryStrip
    viewers: tuple[ArticleViewerPanel, ArticleViewerPanel]
    facts_panels: tuple[FactsPanel, FactsPanel]


class WindowFrame:
    """The layout of the window around its views: pickers and toggles, the summary strip, both charts on
    one time axis above each side's articles and facts; and the window's size kept between sessions."""

    def __init__(self, window: QtWidgets.QMainWindow, settings: Settings, parts: Parts) -> None:
        """The pickers, the summary strip, both charts on one time axis and each side's articles and facts."""
        self.window, self.settings, self.parts = window, settings, parts
        p = parts
        bar = self._bar()
        self._panes_and_charts()
        central = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        # Over a comparison shown from a snapshot of the store as it was: "Loading…" until the store has spoken.
        self.out_of_date = QtWidgets.QLabel()
        self.out_of_date.setWordWrap(True)
        self.out_of_date.setContentsMargins(10, 5, 10, 5)
        self.out_of_date.hide()
        self._style_out_of_date(p.plot.theme)
        layout.addWidget(self.out_of_date)
        layout.addWidget(p.summary)
        layout.addWidget(self.upper, 1)
        # A window smaller than the layout needs (a small screen at 200 %) scrolls rather than crushing
        # the charts: the content keeps its minimum size and the scroll bars appear.
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(central)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.window.setCentralWidget(scroll)
        # Keyboard order as read: A's countries, swap and recent pairs, B's, the toggles, the plot, the
        # timeline, then each side's list and text.
        chain: list[QtWidgets.QWidget] = [
            *(w for s in p.selectors for w in (s.first, s.second, s.swap, s.recent)),
            p.align_toggle,
            p.log_toggle,
            p.plot,
            p.timeline,
            p.viewers[0].list,
            p.viewers[0].text,
            p.viewers[1].list,
            p.viewers[1].text,
        ]
        for before, after in pairwise(chain):
            QtWidgets.QWidget.setTabOrder(before, after)

    def share_time_axis(self, fit: bool = True) -> None:
        """Trade and milestones on one time axis (the views are linked): every fit of the trade plot, by a
        new pair, the scale, Reset zoom or its A button, covers the milestones too. Without ``fit`` the plot
        only learns the milestones' years, for a fit about to come (a new relationship's drawing)."""
        self.parts.plot.set_shared_x_extent(self.parts.timeline.x_extent())
        if fit:
            self.parts.plot.reset_view()

    def mark_loading(self) -> None:
        """Over a comparison shown from a snapshot of the store as it was: it is being brought up to date."""
        self._notice(
            "Loading…",
            "The store has changed since Dyad last closed: shown below is the comparison as it was then, until "
            "the store is read (a moment).",
        )

    def store_failed(self, message: str) -> None:
        """The store could not be read: a comparison shown as it was stays marked so, with why."""
        if self.out_of_date.isVisible():
            self._notice(
                "Not up to date.",
                f"The store could not be read ({message}): shown below is the comparison as it was when Dyad "
                "last closed.",
            )

    def mark_current(self) -> None:
        """The views show the store as it is."""
        self.out_of_date.hide()

    def _notice(self, headline: str, text: str) -> None:
        import html  # only for a notice: kept off the first paint of an unchanged store

        self.out_of_date.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.out_of_date.setText(f"<b>{headline}</b> {html.escape(text)}")
        self.out_of_date.show()

    def _style_out_of_date(self, theme: Theme) -> None:
        colours = ("#4d3b00", "#ffe8a3") if theme.dark else ("#fff3cd", "#664d03")  # amber: a notice, not an error
        self.out_of_date.setStyleSheet(f"background: {colours[0]}; color: {colours[1]}; border-radius: 3px;")

    def apply_theme(self, theme: Theme) -> None:
        """Every view in the colours of ``theme`` (the system's light or dark scheme changed)."""
        p = self.parts
        self._style_out_of_date(theme)
        p.plot.apply_theme(theme)
        p.timeline.apply_theme(theme)
        for side, viewer in enumerate(p.viewers):
            viewer.apply_theme(theme)
            p.selectors[side].set_color(theme.pair_colors[side])

    def _bar(self) -> QtWidgets.QWidget:
        p = self.parts
        bar = QtWidgets.QWidget()
        self.bar = QtWidgets.QGridLayout(bar)
        self.bar.setContentsMargins(8, 6, 8, 2)
        self.bar.setHorizontalSpacing(24)
        self.bar.setVerticalSpacing(2)
        self.bar.addWidget(p.selectors[0], 0, 0)
        self.bar.addWidget(p.selectors[1], 0, 1)
        self.bar.setColumnStretch(0, 1)
        self.bar.setColumnStretch(1, 1)
        self.toggles = QtWidgets.QWidget()
        toggles = QtWidgets.QHBoxLayout(self.toggles)
        toggles.setContentsMargins(0, 0, 0, 0)
        toggles.addWidget(p.align_toggle)
        toggles.addWidget(p.log_toggle)
        self._arrangement = ""
        self.place_toggles()
        return bar

    def _panes_and_charts(self) -> None:
        p = self.parts
        self.panes = SharedSplitter(QtCore.Qt.Orientation.Horizontal, (0.5, 0.5))
        self.tabs: list[QtWidgets.QTabWidget] = []
        for side in (0, 1):
            tabs = QtWidgets.QTabWidget()
            tabs.addTab(p.viewers[side], "Articles")
            tabs.addTab(p.facts_panels[side], "Facts")
            tabs.setDocumentMode(True)
            self.tabs.append(tabs)
            self.panes.addWidget(tabs)
        # One time axis for trade and milestones: linked views align by screen position, so both left axes
        # get the same width.
        p.timeline.setXLink(p.plot)
        p.plot.year_title = False  # the timeline right below names the shared axis
        p.plot.getPlotItem().getAxis("bottom").showLabel(False)
        p.plot.x_followers.append(p.timeline.getPlotItem().vb)
        for chart in (p.plot, p.timeline):
            chart.getPlotItem().getAxis("left").setWidth(LEFT_AXIS_WIDTH)
        self.charts = SharedSplitter(QtCore.Qt.Orientation.Vertical, CHART_SHARES)
        self.charts.addWidget(p.plot)
        self.charts.addWidget(p.timeline)
        # Neither chart is ever squashed to nothing: the trade plot keeps its decades readable and the
        # timeline its key and both lanes; a window too short for them scrolls the lower panes instead.
        p.plot.setMinimumHeight(220)  # the key above it and a plot area of 120 pixels at least
        p.timeline.setMinimumHeight(140)
        self.charts.setChildrenCollapsible(False)
        # By default the charts take a little over half the height and the articles and facts the rest,
        # each at least its minimum: the charts first, as a short window gives them their minimum.
        self.upper = SharedSplitter(QtCore.Qt.Orientation.Vertical, UPPER_SHARES, CHARTS_AT_LEAST)
        self.upper.addWidget(self.charts)
        self.upper.addWidget(self.panes)

    def restore_geometry(self) -> None:
        """The window as the analyst left it, on the same screen at the same scale; else (a first start,
        another monitor, another scale factor) the default size fitted to this screen. Qt's own restore
        onto a changed screen shrank a 1400×900 window to 504×377."""
        geometry = self.settings.geometry()
        restored = (
            geometry is not None
            and self.settings.geometry_screen() == self.screen_signature()
            and self.window.restoreGeometry(geometry)
        )
        if restored and not self.window.isMaximized() and not self._usable_size():
            restored = False
        if not restored:
            self.window.resize(*DEFAULT_SIZE)
        self.fit_to_screen()
        if not restored:
            return  # the panes take their default shares of a window of another size
        for name, splitter in zip(SPLITTERS, (self.upper, self.panes, self.charts), strict=True):
            state = self.settings.splitter(name)
            if state is not None:
                splitter.restore(state)

    def screen_signature(self) -> str:
        """The screen's free area in logical pixels and its scale: "1600x1000@2"."""
        screen = self.window.screen() or QtGui.QGuiApplication.primaryScreen()
        if screen is None:
            return ""
        free = screen.availableGeometry()
        return f"{free.width()}x{free.height()}@{screen.devicePixelRatio():g}"

    def _usable_size(self) -> bool:
        """At least MIN_RESTORED, or nearly the whole screen where that is smaller."""
        screen = self.window.screen() or QtGui.QGuiApplication.primaryScreen()
        if screen is None:
            return True
        free = screen.availableGeometry()
        least_w = min(MIN_RESTORED[0], int(free.width() * 0.9))
        least_h = min(MIN_RESTORED[1], int(free.height() * 0.9))
        return self.window.width() >= least_w and self.window.height() >= least_h

    def fit_to_screen(self) -> None:
        """Never larger than the screen's free area, nor placed off it: a first start at 200 % scale, or
        a geometry saved on a larger monitor, still opens whole on this one."""
        screen = self.window.screen() or QtGui.QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        width = min(self.window.width(), int(free.width() * 0.95))
        height = min(self.window.height(), int(free.height() * 0.95))
        if (width, height) != (self.window.width(), self.window.height()):
            self.window.resize(width, height)
        x = min(max(self.window.x(), free.left()), max(free.left(), free.right() - width + 1))
        y = min(max(self.window.y(), free.top()), max(free.top(), free.bottom() - height + 1))
        if (x, y) != (self.window.x(), self.window.y()):
            self.window.move(x, y)

    def place_toggles(self) -> None:
        """The pickers and toggles in as few lines as the window's width allows, never wider than it:
        A, B and the toggles on one line; else the toggles on a line of their own (1024 pixels); else A
        above B above the toggles (a 1600-pixel screen at 200 %), so the window never scrolls sideways."""
        selectors = [s.minimumSizeHint().width() for s in self.parts.selectors]
        spacing = self.bar.horizontalSpacing()
        margins = self.bar.contentsMargins().left() + self.bar.contentsMargins().right() + 24
        width = self.window.width()
        if width >= sum(selectors) + self.toggles.sizeHint().width() + 2 * spacing + margins:
            arrangement = "one line"
        elif width >= sum(selectors) + spacing + margins:
            arrangement = "toggles below"
        else:
            arrangement = "stacked"
        if arrangement == self._arrangement:
            return
        a, b = self.parts.selectors
        for widget in (a, b, self.toggles):
            self.bar.removeWidget(widget)
        right = QtCore.Qt.AlignmentFlag.AlignRight
        if arrangement == "stacked":
            self.bar.addWidget(a, 0, 0)
            self.bar.addWidget(b, 1, 0)
            self.bar.addWidget(self.toggles, 2, 0, right)
        else:
            self.bar.addWidget(a, 0, 0)
            self.bar.addWidget(b, 0, 1)
            if arrangement == "one line":
                self.bar.addWidget(self.toggles, 0, 2)
            else:
                self.bar.addWidget(self.toggles, 1, 0, 1, 2, right)
        self.bar.setColumnStretch(1, 0 if arrangement == "stacked" else 1)
        self._arrangement = arrangement

    def roomy_when_scrolling(self) -> None:
        """Once the window is shorter than the layout's minimum it scrolls anyway: then lay the content out
        at a comfortable height (the 1024×640 layout's), so the trade chart is not held at its minimum with
        its key over its labels."""
        scroll = self.window.centralWidget()
        if not isinstance(scroll, QtWidgets.QScrollArea) or (content := scroll.widget()) is None:
            return
        content.setMinimumHeight(0)
        needed = content.minimumSizeHint().height()
        if scroll.viewport().height() < needed:
            content.setMinimumHeight(max(needed, ROOMY_HEIGHT))

    def save_geometry(self) -> None:
        self.settings.set_geometry(self.window.saveGeometry(), self.screen_signature())
        for name, splitter in zip(SPLITTERS, (self.upper, self.panes, self.charts), strict=True):
            self.settings.set_splitter(name, splitter.saveState())
        self.settings.sync()
