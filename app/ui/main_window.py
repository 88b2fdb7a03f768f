"""The comparison window: two relationships side by side, with their sources.

The window lays out its views and keeps them in step with the store. Its commands live elsewhere:
menus and shortcuts in ``actions``, reviews in ``review_controller``, imports in ``importing``, official
statistics in ``official_controller``, exports in ``export_controller``. Nothing here writes to the
store: every write runs on the workers' writer thread, and the views follow its ``changed`` signal."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.analysis.official import counts_text
from app.analysis.series import counted
from app.session.records import PairView, StoreCounts
from app.ui.actions import install_actions
from app.ui.article_viewer import ArticleViewerPanel
from app.ui.comparison_controller import ComparisonController
from app.ui.export_controller import ExportController
from app.ui.fact_table import FactsPanel
from app.ui.help_commands import HelpCommands
from app.ui.importing import ImportController
from app.ui.official_controller import OfficialController
from app.ui.paint_watch import PaintWatch
from app.ui.pair_selector import CountryListModel, PairSelector
from app.ui.qt import QtCore, QtGui, QtWidgets
from app.ui.review_controller import ReviewController
from app.ui.settings import DEFAULT_PAIRS, Settings
from app.ui.shortcuts import ShortcutsFirst
from app.ui.snapshot import Snapshot
from app.ui.store_opener import ArticleLoader, StoreOpener
from app.ui.summary_strip import SummaryStrip
from app.ui.theme import current_theme
from app.ui.timeline_view import TimelineView
from app.ui.trade_plot import TradePlotView, view_name
from app.ui.window_layout import Parts, WindowFrame
from app.ui.workers import Workers

if TYPE_CHECKING:
    from app.store.engine import Store


_SAME_PAIR = "A and B are the same relationship"


class MainWindow(QtWidgets.QMainWindow):
    """Relationship A and B: trade over time, and the articles behind every figure."""

    pair_loaded = QtCore.Signal(int)  # side
    first_painted = QtCore.Signal()  # a comparison painted: the store's or a snapshot's (see PaintWatch)
    ready = QtCore.Signal()  # both relationships painted with their data
    error_reported = QtCore.Signal(str)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Dyad")
        self.settings = settings or Settings()
        self.store: Store | None = None
        self.workers = Workers(self)
        self.interactive = True  # False under --exit-when-ready: report problems, never wait on a dialog
        self.views: list[PairView | None] = [None, None]
        self.theme = current_theme()
        self._loaded = [False, False]
        self._from_store = [False, False]
        self._counts: StoreCounts | None = None
        self.opener = StoreOpener(self)
        self.opener.failed.connect(self.error_reported)
        self.articles = ArticleLoader(self, self.opener)
        self.workers.on_store_failure = self.opener.offer_another
        self._build_views()
        self.frame = WindowFrame(self, self.settings, self._parts())
        self.opener.failed.connect(self.frame.store_failed)
        self.tabs = self.frame.tabs
        self.importer = ImportController(self, self.workers)
        self.exports = ExportController(self)
        self.comparisons = ComparisonController(self)
        self.help = HelpCommands(self)
        self.commands, own_keys = install_actions(self)
        self.comparisons.install(self.commands)
        self.reviews = ReviewController(self, self.workers, self.commands["undo"], self.commands["redo"])
        self.official = OfficialController(self, self.commands["official"], self.importer)
        self.shortcuts_first = ShortcutsFirst(own_keys, self)  # watches whichever of its widgets has focus
        self._connect()
        self.status = QtWidgets.QLabel("Opening the store…")
        self.statusBar().addWidget(self.status, 1)
        self.log_toggle.setChecked(self.settings.log_scale())
        self.plot.set_log_scale(self.settings.log_scale())
        self.plot.show_official, self.plot.tolerance = self.settings.official(), self.settings.tolerance()
        self.commands["official"].setChecked(self.plot.show_official)
        self.frame.restore_geometry()
        self.painting = PaintWatch(
            self.plot.viewport(),
            lambda: None not in self.views,
            lambda: all(self._loaded),
            self.first_painted,
            self.ready,
        )
        self.setAcceptDrops(True)

    def _build_views(self) -> None:
        self.countries = CountryListModel(self)
        colors = self.theme.pair_colors
        self.selectors = (PairSelector("A", colors[0], self.countries), PairSelector("B", colors[1], self.countries))
        self.log_toggle = QtWidgets.QCheckBox("Log scale")
        self.log_toggle.setToolTip("Logarithmic money axis (Ctrl+L): small and large relationships both readable")
        self.align_toggle = QtWidgets.QCheckBox("Align on relations established")
        self.align_toggle.setToolTip(
            "Put both relationships on 'years since relations were established' (Ctrl+Shift+A), so a 30-year "
            "relationship compares with a 50-year one"
        )
        self.plot = TradePlotView()
        self.timeline = TimelineView()
        self.summary = SummaryStrip()
        self.viewers = (ArticleViewerPanel(0), ArticleViewerPanel(1))
        self.facts_panels = (FactsPanel(), FactsPanel())
        for viewer in self.viewers:
            viewer.loader = self.articles

    def _parts(self) -> Parts:
        views = (self.plot, self.timeline, self.summary, self.viewers, self.facts_panels)
        return Parts(self.selectors, self.align_toggle, self.log_toggle, *views)

    def _connect(self) -> None:
        for side, selector in enumerate(self.selectors):
            selector.pair_changed.connect(lambda a, b, side=side: self.load_pair(side, (a, b)))
            selector.not_found.connect(
                lambda text, side=side: self.statusBar().showMessage(
                    f"No country matches “{text}” (relationship {'AB'[side]} is unchanged)", 8000
                )
            )
        self.log_toggle.toggled.connect(self._on_log_toggled)
        self.align_toggle.toggled.connect(self._apply_alignment)
        self.timeline.milestone_activated.connect(self._on_point_activated)
        self.plot.point_activated.connect(self._on_point_activated)
        for side in (0, 1):
            self.viewers[side].import_requested.connect(self.importer.import_files_dialog)
            self.facts_panels[side].fact_activated.connect(
                lambda article, fact, side=side: self._on_point_activated(side, article, fact)
            )
            self.facts_panels[side].review_requested.connect(self.reviews.review)
            self.facts_panels[side].history_requested.connect(self.reviews.show_history)
            self.viewers[side].text.add_fact_requested.connect(
                lambda article, start, end, side=side: self._add_from_selection(side, article, start, end)
            )
        self.reviews.changed.connect(self._reload_pair_everywhere)
        self.importer.official_finished.connect(self.official.on_finished)
        app = QtGui.QGuiApplication.instance()
        if isinstance(app, QtGui.QGuiApplication):
            app.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    # -- data ---------------------------------------------------------------------------------------------------------

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Paint the comparison last shown on this store, before the store is opened: marked "Loading…" when
        the store has changed since, and then ``ready`` only once the store's own data is painted."""
        self.articles.cache.update({a.id: a for a in snapshot.articles if a is not None})
        for side, view in enumerate(snapshot.views):
            names = view.name.split("–")
            if len(names) == 2:
                self.countries.seed([(view.asked[0], names[0]), (view.asked[1], names[1])])
            self.selectors[side].set_pair(*view.asked, emit=False)
        counts = snapshot.counts
        self.status.setText(f"{counted(counts.articles, 'article')}, {counted(counts.facts, 'fact')} · {snapshot.url}")
        with self.timeline.one_layout(), self.plot.one_layout():
            self.plot.set_views(*snapshot.views)
            self.timeline.set_views(*snapshot.views)
            self.frame.share_time_axis()
            for side, view in enumerate(snapshot.views):
                self._on_pair_loaded(side, view, from_store=False, plot=False)
        if not snapshot.current:
            self._loaded = [False, False]
            self.frame.mark_loading()

    def snapshot(self) -> Snapshot | None:
        """What to show first next time: only views read from the store in this session."""
        a, b = self.views
        if self.store is None or not all(self._from_store) or a is None or b is None or self._counts is None:
            return None
        articles = (self.viewers[0].text.article, self.viewers[1].text.article)
        return Snapshot(self.store.url, self._counts, (a, b), articles)

    def set_store(self, store: Store, counts: StoreCounts, country_counts: dict[str, int]) -> None:
        self.store = store
        self.reviews.set_store(store)  # steps on another store cannot be undone on this one
        self.workers.store_name = store.describe()
        self.articles.cache.clear()
        self._set_countries(country_counts)
        self.update_status(counts)
        pairs = self.settings.pairs()
        for side, selector in enumerate(self.selectors):
            selector.set_recent(self.settings.recent())
            # a pair kept with a code the list lacks would leave the side unloaded: its default pair instead
            selector.set_pair(*(pairs[side] if selector.can_show(*pairs[side]) else DEFAULT_PAIRS[side]))

    def _set_countries(self, country_counts: dict[str, int]) -> None:
        pickers = [picker for selector in self.selectors for picker in (selector.first, selector.second)]
        blockers = [QtCore.QSignalBlocker(picker) for picker in pickers]  # refilling is not picking
        self.countries.set_counts(country_counts)
        del blockers

    def update_status(self, counts: StoreCounts) -> None:
        self._counts = counts
        where = self.store.describe() if self.store else ""
        self.status.setText(f"{counted(counts.articles, 'article')}, {counted(counts.facts, 'fact')} · {where}")

    def load_pair(self, side: int, pair: tuple[str, str]) -> None:
        """Query the relationship off the GUI thread; the views update when the result arrives."""
        if self.store is None:  # still opening: the pair it loads for this side once open
            self.settings.set_pair(side, pair)
            return
        store = self.store
        self._loaded[side] = False
        if not self.statusBar().currentMessage():  # a message the analyst must read is not overwritten
            # Named as the pickers show them (the full country list is not needed to say so).
            names = [
                picker.currentText().rsplit(" (", 1)[0]
                for picker in (self.selectors[side].first, self.selectors[side].second)
            ]
            self.statusBar().showMessage(f"Loading {'–'.join(names)}…", 5000)

        facts_shown = self.facts_panels[side].isVisible()  # its Facts tab open: the rows are wanted at once

        def work() -> PairView:
            from app.session.views import pair_view

            view = pair_view(store, *pair)
            if facts_shown:
                len(view.fact_rows)  # built here, on the worker, not by the table on the GUI thread
            return view

        self.workers.submit(f"pair{side}", work, lambda view: self._on_pair_loaded(side, view), self._on_error)

    def _on_pair_loaded(self, side: int, view: PairView, from_store: bool = True, plot: bool = True) -> None:
        self._from_store[side] = from_store
        self.views[side] = view
        self.plot.datasets[side] = self.settings.dataset(view.pair)  # the official dataset chosen for it
        # Each chart laid out once, for the range it ends with (the plot's first: the timeline follows it).
        with self.timeline.one_layout(), self.plot.one_layout():
            if plot:  # the plot takes the timeline's offset and years for this side: drawn and fitted once
                self.timeline.set_view(side, view)
                self.frame.share_time_axis(fit=False)  # the fit of the plot's redraw covers the milestones
                self.plot.set_view(side, view, self.timeline.offset(side))
                self._report_unaligned()
            else:
                self.frame.share_time_axis()
            self.facts_panels[side].set_rows(view.fact_rows)
            self._show_official(side)
        self.viewers[side].set_view(view, f"{'AB'[side]}: {view_name(view)}", self.theme.pair_colors[side])
        self.settings.set_pair(side, view.asked)
        self.settings.add_recent(view.asked)
        # Measured against what the other picker holds, not the view it last loaded: during a swap the
        # other side's view is still the pair this side is about to take.
        if set(self.selectors[1 - side].pair()) == set(view.pair):
            self.statusBar().showMessage(
                f"{_SAME_PAIR} ({view_name(view)}): pick another country for one of them", 10000
            )
        elif self.statusBar().currentMessage().startswith(_SAME_PAIR):
            self.statusBar().clearMessage()  # no longer so: it stayed its ten seconds after another pair was picked
        for selector in self.selectors:
            selector.set_recent(self.settings.recent())
        for chart in (self.plot, self.timeline):
            # Settle ranges and transforms now: left to the paint, they move items, which asks for a
            # second paint of each chart (measured: two paints a switch, now one).
            chart.scene().prepareForPaint()
        self._loaded[side] = True
        if all(self._from_store):
            self.frame.mark_current()  # the store's own data, on both sides
        if all(self._loaded) and self.statusBar().currentMessage().startswith("Loading "):
            self.statusBar().clearMessage()  # loaded: no longer "Loading …"
        self.pair_loaded.emit(side)
        if all(self._loaded):
            self.painting.both_loaded()

    def _on_error(self, message: str) -> None:
        self.statusBar().showMessage(f"Could not load: {message}", 10000)
        self.error_reported.emit(message)

    def refresh(self) -> None:
        """Re-read counts, the country list and both relationships after the store changed."""
        if self.store is None:
            return
        store = self.store

        def work() -> tuple[StoreCounts, dict[str, int]]:
            from app.session.views import countries_with_facts, store_counts

            return store_counts(store), countries_with_facts(store)

        self.workers.submit("counts", work, self._on_counts, self._on_error)

    def _on_counts(self, result: tuple[StoreCounts, dict[str, int]]) -> None:
        counts, country_counts = result
        self.update_status(counts)
        pairs = [selector.pair() for selector in self.selectors]
        self._set_countries(country_counts)
        self.articles.cache.clear()
        for side, pair in enumerate(pairs):
            self.selectors[side].set_pair(*pair)  # reloads the relationship

    def _reload_pair_everywhere(self, pair: tuple[str, str] | None) -> None:
        """The store changed for ``pair`` (None: for any): show it again wherever it is shown."""
        self.articles.cache.clear()
        self.refresh_counts_only()
        for side, view in enumerate(self.views):
            if view is not None and (pair is None or view.pair == pair):
                self.viewers[side].forget_article()
                self.load_pair(side, view.asked)

    def refresh_counts_only(self) -> None:
        if self.store is None:
            return
        store = self.store

        def work() -> StoreCounts:
            from app.session.views import store_counts

            return store_counts(store)

        self.workers.submit("status-counts", work, self.update_status, self._on_error)

    # -- interaction ----------------------------------------------------------------------------------------------

    def _on_point_activated(self, side: int, article_id: int, fact_id: int) -> None:
        self.viewers[side].show_article(article_id, fact_id)

    def _add_from_selection(self, side: int, article_id: int, start: int, end: int) -> None:
        view = self.views[side]
        if view is None:
            return
        from app.ui.fact_table import NewFactDialog

        dialog = NewFactDialog(self.viewers[side].text.toPlainText()[start:end], self)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            kind, values = dialog.result_values()
            self.reviews.add(article_id, (start, end), kind, view.pair, values)

    def _apply_alignment(self) -> None:
        aligned = self.align_toggle.isChecked()
        self.timeline.set_aligned(aligned)
        offsets = (self.timeline.offset(0), self.timeline.offset(1))
        self.plot.set_offsets(offsets, "Years since relations were established" if aligned else "Year")
        self.frame.share_time_axis()
        self._report_unaligned()

    def _report_unaligned(self) -> None:
        if not self.align_toggle.isChecked():
            return
        missing = [v.name for v in self.views if v is not None and not v.established]
        if missing:
            self.statusBar().showMessage(f"No establishment date for {', '.join(missing)}: shown unaligned", 8000)

    def _show_official(self, side: int) -> None:
        """The summary strip's and the Facts table's account of how side's news compares with official data."""
        view = self.views[side]
        verdicts = self.plot.verdicts(side)  # the chart compared them when it drew this view
        self.facts_panels[side].set_verdicts(verdicts)
        self.summary.set_view(
            side, view, self.theme.pair_colors[side], counts_text(verdicts.values()) if verdicts else ""
        )

    def show_official_verdicts(self) -> None:
        for side in (0, 1):
            self._show_official(side)

    def _on_log_toggled(self, checked: bool) -> None:
        self.plot.set_log_scale(checked)
        self.settings.set_log_scale(checked)

    def swap_sides(self) -> None:
        """A takes B's relationship and B takes A's: both pickers change before either side loads."""
        a, b = self.selectors[0].pair(), self.selectors[1].pair()
        self.selectors[0].set_pair(*b, emit=False)
        self.selectors[1].set_pair(*a, emit=False)
        for side, pair in enumerate((b, a)):
            self.load_pair(side, pair)

    def _on_color_scheme_changed(self, *_args: object) -> None:
        self.theme = current_theme()
        self.frame.apply_theme(self.theme)

    # -- the window itself ------------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self.importer.import_paths(paths):
            event.acceptProposedAction()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self.frame.place_toggles()
        self.frame.roomy_when_scrolling()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.frame.save_geometry()
        if self.importer.token is not None:
            self.importer.token.cancel()  # what was fully stored stays; nothing half-stored
        self.workers.wait()
        super().closeEvent(event)
