"""The comparison window: two relationships side by side, with their sources."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app import __version__
from app.analysis.official import Verdict, counts_text
from app.analysis.series import counted
from app.store.records import ArticleView, FactRow, PairView, StoreCounts
from app.ui.article_viewer import ArticleViewerPanel
from app.ui.fact_table import FactsPanel
from app.ui.importing import ClipboardArticleDialog, FailuresDialog, ImportController, store_clipboard_article
from app.ui.pair_selector import CountryListModel, PairSelector
from app.ui.qt import QtCore, QtGui, QtWidgets, message_box
from app.ui.settings import Settings
from app.ui.snapshot import Snapshot
from app.ui.summary_strip import SummaryStrip
from app.ui.theme import current_theme
from app.ui.timeline_view import TimelineView
from app.ui.trade_plot import LEFT_AXIS_WIDTH, TradePlotView, view_name
from app.ui.workers import Workers

T = TypeVar("T")

if TYPE_CHECKING:
    from app.store.engine import Store
    from app.ui.export import Charts, ExportSize


class MainWindow(QtWidgets.QMainWindow):
    """Relationship A and B: trade over time, and the articles behind every figure."""

    pair_loaded = QtCore.Signal(int)  # side
    ready = QtCore.Signal()  # both relationships painted with their data
    error_reported = QtCore.Signal(str)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Dyad")
        self.settings = settings or Settings()
        self.store: Store | None = None
        self.workers = Workers(self)
        self.workers.on_store_failure = self.offer_another_store
        self.interactive = True  # False under --exit-when-ready: report problems, never wait on a dialog
        self.views: list[PairView | None] = [None, None]
        self.theme = current_theme()
        self._loaded = [False, False]
        self._from_store = [False, False]
        self._ready_sent = False
        self._counts: StoreCounts | None = None
        self._article_cache: dict[int, ArticleView] = {}

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
            viewer.loader = self._load_article
        self._build_layout()
        self._own_shortcuts: set[str] = set()
        from app.ui.undo import History

        self.history = History()
        self._build_menus()
        self._shortcuts_first = _ShortcutsFirst(self._own_shortcuts, self)
        for editor in (*self.findChildren(QtWidgets.QLineEdit), *self.findChildren(QtWidgets.QPlainTextEdit)):
            editor.installEventFilter(self._shortcuts_first)
        self._connect()
        self.status = QtWidgets.QLabel("Opening the store…")
        self.statusBar().addWidget(self.status, 1)
        self.log_toggle.setChecked(self.settings.log_scale())
        self.plot.set_log_scale(self.settings.log_scale())
        self.plot.show_official, self.plot.tolerance = self.settings.official(), self.settings.tolerance()
        self.official_action.setChecked(self.plot.show_official)
        self._restore_geometry()
        self.plot.viewport().installEventFilter(self)
        self.last_import: object | None = None  # the last IngestReport, for the status bar and tests
        self.importer = ImportController(self, self.workers)
        self.importer.import_finished.connect(self._on_import_finished)
        self.importer.official_finished.connect(self._on_official_finished)
        self.last_official: list[Any] = []  # what the last official statistics import did, for tests
        self.setAcceptDrops(True)

    # -- layout -------------------------------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        bar = QtWidgets.QWidget()
        self.bar = QtWidgets.QGridLayout(bar)
        self.bar.setContentsMargins(8, 6, 8, 2)
        self.bar.setHorizontalSpacing(24)
        self.bar.setVerticalSpacing(2)
        self.bar.addWidget(self.selectors[0], 0, 0)
        self.bar.addWidget(self.selectors[1], 0, 1)
        self.bar.setColumnStretch(0, 1)
        self.bar.setColumnStretch(1, 1)
        self.toggles = QtWidgets.QWidget()
        toggles = QtWidgets.QHBoxLayout(self.toggles)
        toggles.setContentsMargins(0, 0, 0, 0)
        toggles.addWidget(self.align_toggle)
        toggles.addWidget(self.log_toggle)
        self._toggles_row = -1
        self._place_toggles()
        self.lower = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        self.tabs: list[QtWidgets.QTabWidget] = []
        for side in (0, 1):
            tabs = QtWidgets.QTabWidget()
            tabs.addTab(self.viewers[side], "Articles")
            tabs.addTab(self.facts_panels[side], "Facts")
            tabs.setDocumentMode(True)
            self.tabs.append(tabs)
            self.lower.addWidget(tabs)
        # One time axis for trade and milestones: linked views align by screen position, so both left axes
        # get the same width.
        self.timeline.setXLink(self.plot)
        for chart in (self.plot, self.timeline):
            chart.getPlotItem().getAxis("left").setWidth(LEFT_AXIS_WIDTH)
        self.charts = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        self.charts.addWidget(self.plot)
        self.charts.addWidget(self.timeline)
        # Neither chart is ever squashed to nothing: the trade plot keeps its decades readable and the
        # timeline its key and both lanes; a window too short for them scrolls the lower panes instead.
        self.plot.setMinimumHeight(140)
        self.timeline.setMinimumHeight(100)
        self.charts.setChildrenCollapsible(False)
        self.charts.setStretchFactor(0, 3)
        self.charts.setStretchFactor(1, 1)
        self.charts.setSizes([300, 120])
        self.upper = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        self.upper.addWidget(self.charts)
        self.upper.addWidget(self.lower)
        self.upper.setStretchFactor(0, 3)  # the charts first: in a short window they keep the larger share
        self.upper.setStretchFactor(1, 2)
        central = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.upper, 1)
        # A window smaller than the layout needs (a small screen at 200 %) scrolls rather than crushing
        # the charts: the content keeps its minimum size and the scroll bars appear.
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(central)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.setCentralWidget(scroll)
        # Keyboard order: A's countries, B's countries, the scale, the plot, then each side's list and text.
        chain: list[QtWidgets.QWidget] = [
            self.selectors[0].first,
            self.selectors[0].second,
            self.selectors[1].first,
            self.selectors[1].second,
            self.align_toggle,
            self.log_toggle,
            self.plot,
            self.timeline,
            self.viewers[0].list,
            self.viewers[0].text,
            self.viewers[1].list,
            self.viewers[1].text,
        ]
        for before, after in pairwise(chain):
            QtWidgets.QWidget.setTabOrder(before, after)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self._action(file_menu, "&Import articles…", QtGui.QKeySequence.StandardKey.Open, self.import_files_dialog)
        self._action(file_menu, "Import a &folder…", "Ctrl+Shift+O", self.import_folder_dialog)
        self._action(file_menu, "New article from &clipboard…", "Ctrl+Shift+V", self.new_article_from_clipboard)
        self._action(file_menu, "Import official &statistics…", None, self.import_official_dialog)
        file_menu.addSeparator()
        self.export_action = self._action(file_menu, "&Export chart…", "Ctrl+E", self.export_chart_dialog)
        self._action(file_menu, "Export &facts as CSV…", None, self.export_facts_dialog)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QtGui.QKeySequence.StandardKey.Quit, self.close)
        edit_menu = menu.addMenu("&Edit")
        self.undo_action = self._action(edit_menu, "&Undo", QtGui.QKeySequence.StandardKey.Undo, self.undo)
        self.redo_action = self._action(edit_menu, "&Redo", QtGui.QKeySequence.StandardKey.Redo, self.redo)
        if "Ctrl+Shift+Z" not in self.redo_action.shortcut().toString():  # Windows' Redo is Ctrl+Y alone
            self.redo_action.setShortcuts([*self.redo_action.shortcuts(), QtGui.QKeySequence("Ctrl+Shift+Z")])
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        edit_menu.addSeparator()
        # triggered(bool) would pass its "checked" flag as the chart: name the chart in every slot.
        self.copy_action = self._action(
            edit_menu, "&Copy trade chart", "Ctrl+Shift+C", lambda: self.copy_chart("trade")
        )
        self._action(edit_menu, "Copy &milestones timeline", None, lambda: self.copy_chart("milestones"))
        self._action(edit_menu, "Copy &both charts", None, lambda: self.copy_chart("both"))
        self._action(edit_menu, "Copy selected &text", QtGui.QKeySequence.StandardKey.Copy, self._copy_text)
        view_menu = menu.addMenu("&View")
        self.log_action = self._action(view_menu, "&Log scale", "Ctrl+L", self.log_toggle.toggle)
        self.align_action = self._action(
            view_menu, "&Align on relations established", "Ctrl+Shift+A", self.align_toggle.toggle
        )
        self.official_action = self._action(view_menu, "&Official statistics", None, self._on_official_toggled)
        self.official_action.setCheckable(True)
        self.official_action.setToolTip("Official two-way totals under the news figures; differing news totals ringed")
        self._action(view_menu, "Official statistics &tolerance…", None, self.tolerance_dialog)
        view_menu.addSeparator()
        self._action(view_menu, "&Swap A and B", "Ctrl+Shift+S", self.swap_sides)
        self._action(view_menu, "&Reset zoom", "Ctrl+0", self.plot.reset_view)
        help_menu = menu.addMenu("&Help")
        self._action(help_menu, "&User guide", QtGui.QKeySequence.StandardKey.HelpContents, self.show_guide)
        self._action(help_menu, "&About Dyad", None, self.about)

    def _action(
        self, menu: QtWidgets.QMenu, text: str, shortcut: str | QtGui.QKeySequence.StandardKey | None, slot: object
    ) -> QtGui.QAction:
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(QtGui.QKeySequence(shortcut))
            if isinstance(shortcut, str):  # Dyad's own keys; standard ones (copy, undo) stay the editors'
                self._own_shortcuts.add(QtGui.QKeySequence(shortcut).toString())
        action.triggered.connect(slot)
        return action

    def _connect(self) -> None:
        for side, selector in enumerate(self.selectors):
            selector.pair_changed.connect(lambda a, b, side=side: self.load_pair(side, (a, b)))
            selector.not_found.connect(
                lambda text, side=side: self.statusBar().showMessage(
                    f"No country matches “{text}” (relationship {'AB'[side]} is unchanged)", 8000
                )
            )
        self.log_toggle.toggled.connect(self._on_log_toggled)
        self.align_toggle.toggled.connect(self._on_align_toggled)
        self.timeline.milestone_activated.connect(self._on_point_activated)
        for viewer in self.viewers:
            viewer.import_requested.connect(self.import_files_dialog)
        for side in (0, 1):
            self.facts_panels[side].fact_activated.connect(
                lambda article, fact, side=side: self._on_point_activated(side, article, fact)
            )
            self.facts_panels[side].review_requested.connect(
                lambda row, status, changes, side=side: self.review(side, row, status, changes)
            )
            self.viewers[side].text.add_fact_requested.connect(
                lambda article, start, end, side=side: self.add_fact_dialog(side, article, start, end)
            )
        self.plot.point_activated.connect(self._on_point_activated)
        app = QtGui.QGuiApplication.instance()
        if isinstance(app, QtGui.QGuiApplication):
            app.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    # -- data ---------------------------------------------------------------------------------------------------------

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Paint the comparison last shown on this unchanged store, before the store is opened."""
        for article in snapshot.articles:
            if article is not None:
                self._article_cache[article.id] = article
        for side, view in enumerate(snapshot.views):
            names = view.name.split("–")
            if len(names) == 2:
                self.countries.seed([(view.asked[0], names[0]), (view.asked[1], names[1])])
            self.selectors[side].set_pair(*view.asked, emit=False)
        counts = snapshot.counts
        self.status.setText(f"{counted(counts.articles, 'article')}, {counted(counts.facts, 'fact')} · {snapshot.url}")
        self.plot.set_views(*snapshot.views)
        self.timeline.set_views(*snapshot.views)
        self._share_x_range()
        for side, view in enumerate(snapshot.views):
            self._on_pair_loaded(side, view, from_store=False, plot=False)

    def snapshot(self) -> Snapshot | None:
        """What to show first next time: only views read from the store in this session."""
        if self.store is None or not all(self._from_store) or None in self.views or self._counts is None:
            return None
        views = (self.views[0], self.views[1])
        assert views[0] is not None and views[1] is not None
        articles = (self.viewers[0].text.article, self.viewers[1].text.article)
        return Snapshot(self.store.url, self._counts, views, articles)

    def set_store(self, store: Store, counts: StoreCounts, country_counts: dict[str, int]) -> None:
        self.store = store
        self.history.clear()  # steps on another store cannot be undone on this one
        self._update_undo_actions()
        self.workers.store_name = store.describe()
        self._article_cache.clear()
        pickers = [picker for selector in self.selectors for picker in (selector.first, selector.second)]
        blockers = [QtCore.QSignalBlocker(picker) for picker in pickers]  # refilling is not picking
        self.countries.set_counts(country_counts)
        del blockers
        self.update_status(counts)
        pairs = self.settings.pairs()
        for side, selector in enumerate(self.selectors):
            selector.set_recent(self.settings.recent())
            selector.set_pair(*pairs[side])

    def update_status(self, counts: StoreCounts) -> None:
        self._counts = counts
        where = self.store.describe() if self.store else ""
        self.status.setText(f"{counted(counts.articles, 'article')}, {counted(counts.facts, 'fact')} · {where}")

    def load_pair(self, side: int, pair: tuple[str, str]) -> None:
        """Query the relationship off the GUI thread; the views update when the result arrives."""
        if self.store is None:
            return
        store = self.store
        self._loaded[side] = False
        if not self.statusBar().currentMessage():  # a message the analyst must read is not overwritten
            self.statusBar().showMessage(f"Loading {pair[0]}–{pair[1]}…", 2000)

        def work() -> PairView:
            from app.store.views import pair_view

            return pair_view(store, *pair)

        self.workers.submit(f"pair{side}", work, lambda view: self._on_pair_loaded(side, view), self._on_error)

    def _on_pair_loaded(self, side: int, view: PairView, from_store: bool = True, plot: bool = True) -> None:
        self._from_store[side] = from_store
        self.views[side] = view
        if plot:
            # The timeline knows the alignment; the plot takes its offset for this side, so each chart
            # draws the new relationship once, already aligned.
            self.timeline.set_view(side, view)
            self.plot.set_view(side, view, self.timeline.offset(side))
            self._report_unaligned()
        self.facts_panels[side].set_rows(view.fact_rows)
        self._show_official(side)
        self._share_x_range()
        self.viewers[side].set_view(view, f"{'AB'[side]}: {view_name(view)}", self.theme.pair_colors[side])
        self.settings.set_pair(side, view.asked)
        self.settings.add_recent(view.asked)
        other = self.views[1 - side]
        if other is not None and set(other.pair) == set(view.pair):
            self.statusBar().showMessage(
                f"A and B are the same relationship ({view_name(view)}): pick another country for one of them",
                10000,
            )
        for selector in self.selectors:
            selector.set_recent(self.settings.recent())
        for chart in (self.plot, self.timeline):
            # Settle ranges and transforms now: left to the paint, they move items, which asks for a
            # second paint of each chart (measured: two paints a switch, now one).
            chart.scene().prepareForPaint()
        self._loaded[side] = True
        self.pair_loaded.emit(side)
        if all(self._loaded) and not self._ready_sent:
            self.plot.viewport().update()  # `ready` follows the paint this schedules

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        # Ready means the plot has painted with both relationships' data, not merely that data arrived.
        if (
            event.type() == QtCore.QEvent.Type.Paint
            and watched is self.plot.viewport()
            and all(self._loaded)
            and not self._ready_sent
        ):
            self._ready_sent = True
            QtCore.QTimer.singleShot(0, self.ready.emit)
        return super().eventFilter(watched, event)

    def _load_article(self, article_id: int) -> ArticleView | None:
        # One row by its key: fast enough for the GUI thread, and the viewer needs it at once.
        if article_id in self._article_cache:
            return self._article_cache[article_id]
        if self.store is None:
            return None
        from app.store.views import article_view

        store = self.store
        return self._store_call(lambda: article_view(store, article_id), None)

    def _store_call(self, work: Callable[[], T], failed: T) -> T:
        """``work()`` with the store, on the GUI thread; ``failed`` if the store itself failed (see below)."""
        try:
            return work()
        except Exception as exc:
            if self._store_failed(exc):
                return failed
            raise

    def _store_failed(self, exc: Exception) -> bool:
        """For store work done on the GUI thread: if the store itself failed (damaged, read-only, gone), offer
        another store once the current slot has returned, rather than let the exception escape a Qt slot and
        leave the view half updated. False for any other error, which the caller re-raises."""
        from app.ui.workers import describe_failure

        message, store_failed = describe_failure(exc, self.store.describe() if self.store else "")
        if store_failed:
            QtCore.QTimer.singleShot(0, self, lambda: self.offer_another_store(message))  # not if closed and gone
        return store_failed

    def _on_error(self, message: str) -> None:
        self.statusBar().showMessage(f"Could not load: {message}", 10000)
        self.error_reported.emit(message)

    # -- the store ------------------------------------------------------------------------------------------------

    def open_store_url(self, url: str) -> None:
        """Open (and on first use seed) a store off the GUI thread; show it, or say why not."""
        from app.ui.app import Opened, open_and_seed

        def opened(result: Opened) -> None:
            self.set_store(result.store, result.counts, result.country_counts)  # type: ignore[arg-type]

        self.workers.submit("store", lambda: open_and_seed(url), opened, self.offer_another_store)

    def offer_another_store(self, message: str) -> None:
        """The store cannot be used (not a Dyad store, read-only, damaged, gone): say why, in plain words,
        and offer to open another. Without a store to go back to, Close closes the window."""
        self.error_reported.emit(message)
        self.statusBar().showMessage(message)
        if not self.interactive or not self.isVisible():
            return  # nobody to ask: a closed window's late result must not raise a modal dialog
        choice = message_box(
            self,
            QtWidgets.QMessageBox.Icon.Critical,
            "Cannot use the store",
            f"{message}\n\nOpen another database file?",
            QtWidgets.QMessageBox.StandardButton.Open | QtWidgets.QMessageBox.StandardButton.Close,
        )
        if choice == QtWidgets.QMessageBox.StandardButton.Open:
            name, _ = QtWidgets.QFileDialog.getOpenFileName(self, "Open a Dyad store", "", "SQLite (*.sqlite *.db)")
            if name:
                self.open_store_url(f"sqlite:///{name}")
                return
        if self.store is None:
            self.close()

    # -- interaction ----------------------------------------------------------------------------------------------

    def _on_point_activated(self, side: int, article_id: int, fact_id: int) -> None:
        self.viewers[side].show_article(article_id, fact_id)

    def _on_align_toggled(self, _checked: bool) -> None:
        self._apply_alignment()

    def _apply_alignment(self) -> None:
        aligned = self.align_toggle.isChecked()
        self.timeline.set_aligned(aligned)
        offsets = (self.timeline.offset(0), self.timeline.offset(1))
        self.plot.set_offsets(offsets, "Years since relations were established" if aligned else "Year")
        self._share_x_range()
        self._report_unaligned()

    def _report_unaligned(self) -> None:
        if not self.align_toggle.isChecked():
            return
        missing = [v.name for v in self.views if v is not None and not v.established]
        if missing:
            self.statusBar().showMessage(f"No establishment date for {', '.join(missing)}: shown unaligned", 8000)

    def _share_x_range(self) -> None:
        """Trade and milestones on one time axis (the views are linked): every fit of the trade plot, by a
        new pair, the scale, Reset zoom or its A button, covers the milestones too."""
        self.plot.set_shared_x_extent(self.timeline.x_extent())
        self.plot.reset_view()

    def review(self, side: int, row: FactRow, status: str, changes: dict[str, Any]) -> bool:
        """Accept, reject or correct a fact; the charts and tables refresh from the store at once."""
        if self.store is None:
            return False
        from app.domain.facts import ReviewStatus
        from app.store.repositories import ConflictError, FactRepository
        from app.ui.undo import ReviewStep

        repo = FactRepository(self.store)
        try:
            before, _ = repo.review_state(row.id)
            repo.set_status(row.id, ReviewStatus(status), expected_version=row.version, **changes)
            after, version = repo.review_state(row.id)
        except ConflictError as exc:
            message_box(
                self,
                QtWidgets.QMessageBox.Icon.Warning,
                "Changed meanwhile",
                f"{exc}. The facts were reloaded: check the fact again and redo the change.",
            )
            ok = False
        except Exception as exc:
            if self._store_failed(exc):
                return False
            raise
        else:
            self.statusBar().showMessage(f"Fact {row.id}: {status}", 4000)
            verb = {"accepted": "accept", "rejected": "reject"}.get(status, "correct")
            pair = self.views[side].pair if self.views[side] else ("", "")  # type: ignore[union-attr]
            self.history.push(ReviewStep(row.id, pair, f"{verb} fact {row.id}", before, after, version))
            self._update_undo_actions()
            ok = True
        view = self.views[side]
        self._reload_pair_everywhere(view.pair if view else None)
        return ok

    def add_fact_dialog(self, side: int, article_id: int, start: int, end: int) -> None:
        view = self.views[side]
        if self.store is None or view is None:
            return
        from app.ui.fact_table import NewFactDialog

        dialog = NewFactDialog(self.viewers[side].text.toPlainText()[start:end], self)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        kind, values = dialog.result_values()
        self.add_fact(side, article_id, start, end, kind, values)

    def add_fact(self, side: int, article_id: int, start: int, end: int, kind: Any, values: dict[str, Any]) -> int:
        view = self.views[side]
        assert self.store is not None and view is not None
        from app.store.repositories import add_fact

        store = self.store
        fact_id = self._store_call(lambda: add_fact(store, article_id, start, end, kind, view.pair, **values), 0)
        if not fact_id:
            return 0
        self.statusBar().showMessage(f"Fact {fact_id} added to {view.name}", 4000)
        from app.ui.undo import AddStep

        step = AddStep(fact_id, view.pair, f"add fact {fact_id}", article_id, start, end, kind, dict(values))
        self.history.push(step)
        self._update_undo_actions()
        self._reload_pair_everywhere(view.pair)
        return fact_id

    def undo(self) -> bool:
        """Undo the last review step (Ctrl+Z); False when there is none or the fact changed meanwhile."""
        return self._step(self.history.done, self.history.undone, "Undone", "undo")

    def redo(self) -> bool:
        """Redo the last undone step (Ctrl+Shift+Z)."""
        return self._step(self.history.undone, self.history.done, "Redone", "redo")

    def _step(self, source: list[Any], target: list[Any], done_word: str, how: str) -> bool:
        if not source or self.store is None:
            return False
        from app.store.repositories import ConflictError

        step = source.pop()
        store = self.store
        try:
            getattr(step, how)(store)
        except (ConflictError, KeyError) as exc:
            message_box(
                self,
                QtWidgets.QMessageBox.Icon.Warning,
                f"Cannot {how}",
                f"Cannot {how} “{step.label}”: {str(exc).strip(chr(39))}. The facts were reloaded.",
            )
            self._update_undo_actions()
            self._reload_pair_everywhere(step.pair)
            return False
        except Exception as exc:
            source.append(step)
            if self._store_failed(exc):
                return False
            raise
        target.append(step)
        self.statusBar().showMessage(f"{done_word}: {step.label}", 4000)
        self._update_undo_actions()
        self._reload_pair_everywhere(step.pair)
        return True

    def _update_undo_actions(self) -> None:
        done, undone = self.history.done, self.history.undone
        self.undo_action.setEnabled(bool(done))
        self.redo_action.setEnabled(bool(undone))
        self.undo_action.setText(f"&Undo {done[-1].label}" if done else "&Undo")
        self.redo_action.setText(f"&Redo {undone[-1].label}" if undone else "&Redo")

    def _reload_pair_everywhere(self, pair: tuple[str, str] | None) -> None:
        self._article_cache.clear()
        for side, view in enumerate(self.views):
            if view is not None and (pair is None or view.pair == pair):
                self.viewers[side].forget_article()
                self.load_pair(side, view.asked)

    def _show_official(self, side: int) -> None:
        """The summary strip's and the Facts table's account of how side's news compares with official data."""
        view = self.views[side]
        verdicts = self.plot.verdicts(side)  # the chart compared them when it drew this view
        self.facts_panels[side].set_verdicts(verdicts)
        self.summary.set_view(
            side, view, self.theme.pair_colors[side], counts_text(verdicts.values()) if verdicts else ""
        )

    def _on_official_toggled(self, checked: bool) -> None:
        self.settings.set_official(checked)
        self.plot.set_official(checked)
        for side in (0, 1):
            self._show_official(side)

    def set_tolerance(self, percent: float) -> None:
        """News totals differing from every official figure for their year by more than this are ringed."""
        self.settings.set_tolerance(percent)
        self.plot.set_official(self.plot.show_official, percent)
        for side in (0, 1):
            self._show_official(side)

    def tolerance_dialog(self) -> None:
        value, ok = QtWidgets.QInputDialog.getDouble(
            self,
            "Official statistics tolerance",
            "Ring a news trade total that differs from every official figure\nfor its year by more than (per cent):",
            self.plot.tolerance,
            0.0,
            1000.0,
            1,
        )
        if ok:
            self.set_tolerance(value)

    def import_official_dialog(self) -> None:
        names, _ = QtWidgets.QFileDialog.getOpenFileNames(
            self,
            "Import official statistics (UN Comtrade, IMF, WITS)",
            self.settings.last_folder(),
            "CSV files (*.csv *.txt);;All files (*)",
        )
        if names:
            self.settings.set_last_folder(str(Path(names[0]).parent))
            self.import_official([Path(n) for n in names])

    def import_official(self, paths: list[Path]) -> bool:
        """Import official statistics files off the GUI thread; the views refresh when it ends."""
        if self.store is None:
            self.statusBar().showMessage("The store is not open yet", 5000)
            return False
        return self.importer.start_official(self.store, paths)

    def _on_official_finished(self, results: list[Any]) -> None:
        self.last_official = results
        done = [r for r in results if r.ok]
        added = sum(r.added for r in done)
        self.statusBar().showMessage(
            f"Official statistics: {counted(len(done), 'file')} read, {counted(added, 'new figure')}", 10000
        )
        failed = [r.message for r in results if not r.ok]
        if failed and self.interactive:
            message_box(
                self,
                QtWidgets.QMessageBox.Icon.Warning,
                "Some files were not imported",
                "\n".join(failed) + "\n\nNothing of these files was stored.",
            )
        if not self.plot.show_official and added:
            self.official_action.setChecked(True)
            self._on_official_toggled(True)
        self.refresh()

    def _on_log_toggled(self, checked: bool) -> None:
        self.plot.set_log_scale(checked)
        self.settings.set_log_scale(checked)

    def swap_sides(self) -> None:
        a, b = self.selectors[0].pair(), self.selectors[1].pair()
        self.selectors[0].set_pair(*b)
        self.selectors[1].set_pair(*a)

    def _export_size(self) -> ExportSize:
        from app.ui.export import ExportSize

        ratio = self.devicePixelRatioF() if self.isVisible() else 1.0
        return ExportSize(max(self.plot.width(), 640), max(self.plot.height(), 360) + 34, 2.0 * ratio)

    def export_chart_dialog(self) -> None:
        dialog = ExportDialog(self._export_size(), self.settings.last_folder(), self)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        path, size = dialog.result_path(), dialog.result_size()
        from app.ui.export import export_chart

        try:
            export_chart(self.views[0], self.views[1], path, size, self.chart_options(dialog.result_chart()))
        except (OSError, ValueError) as exc:
            message_box(self, QtWidgets.QMessageBox.Icon.Warning, "Export failed", f"{path.name}: {exc}")
            return
        self.settings.set_last_folder(str(path.parent))
        self.statusBar().showMessage(f"Chart written to {path}", 5000)

    def export_facts_dialog(self) -> None:
        folder = self.settings.last_folder()
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, "Export facts", str(Path(folder) / "dyad-facts.csv"), "CSV files (*.csv)"
        )
        if name:
            self.export_facts(Path(name))

    def export_facts(self, path: Path) -> int:
        """Both relationships' facts as CSV, with the relationship each belongs to. Returns rows written."""
        if self.store is None:
            return 0
        from app.analysis.series import records
        from app.analysis.spreadsheet import facts_table, write_rows
        from app.store.repositories import FactRepository

        store = self.store
        rows: list[dict[str, object]] = []
        verdicts: dict[int, Verdict] = {}
        for side, view in enumerate(self.views):
            if view is not None:
                facts = self._store_call(lambda pair=view.pair: FactRepository(store).facts(pair), None)
                if facts is None:
                    return 0
                rows += [{"relationship": f"{'AB'[side]}: {view_name(view)}", **r} for r in records(facts)]
                verdicts.update(self.plot.verdicts(side))
        columns, table = facts_table(rows, verdicts if self.plot.show_official else None)
        with open(path, "w", encoding="utf-8", newline="") as stream:
            count = write_rows(stream, columns, table)
        self.statusBar().showMessage(f"{counted(count, 'fact')} written to {path}", 5000)
        return count

    def chart_options(self, chart: str = "trade") -> Charts:
        """What an export draws: ``chart`` as the window shows it (scale, alignment)."""
        from app.ui.export import Charts

        return Charts(
            chart,
            log=self.plot.log_scale,
            aligned=self.align_toggle.isChecked(),
            official=self.plot.show_official,
            tolerance=self.plot.tolerance,
        )

    def copy_chart(self, chart: str = "trade") -> None:
        from app.ui.export import copy_chart

        copy_chart(self.views[0], self.views[1], self._export_size(), self.chart_options(chart))
        what = {"trade": "Trade chart", "milestones": "Milestones timeline", "both": "Both charts"}[chart]
        self.statusBar().showMessage(f"{what} copied to the clipboard", 3000)

    def _copy_text(self) -> None:
        focus = QtWidgets.QApplication.focusWidget()
        if isinstance(focus, QtWidgets.QPlainTextEdit):
            focus.copy()

    def show_guide(self) -> None:
        from app.ui.guide import GuideDialog

        GuideDialog(self).show()

    def about(self) -> None:
        QtWidgets.QMessageBox.about(
            self,
            "About Dyad",
            f"Dyad {__version__}\n\nCompare the trade and diplomatic histories of two country relationships, "
            "side by side, with every figure traced to the sentence it came from.\n\n"
            f"Store: {self.store.describe() if self.store else 'none'}",
        )

    def _on_color_scheme_changed(self, *_args: object) -> None:
        self.theme = current_theme()
        self.plot.apply_theme(self.theme)
        self.timeline.apply_theme(self.theme)
        for side, viewer in enumerate(self.viewers):
            viewer.apply_theme(self.theme)
            self.selectors[side].set_color(self.theme.pair_colors[side])

    # -- bringing articles in ------------------------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        names, _ = QtWidgets.QFileDialog.getOpenFileNames(
            self, "Import articles", self.settings.last_folder(), "Articles (*.txt *.md *.html *.htm);;All files (*)"
        )
        if names:
            self.settings.set_last_folder(str(Path(names[0]).parent))
            self.import_paths([Path(n) for n in names])

    def import_folder_dialog(self) -> None:
        folder = QtWidgets.QFileDialog.getExistingDirectory(
            self, "Import a folder of articles", self.settings.last_folder()
        )
        if folder:
            self.settings.set_last_folder(folder)
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> bool:
        """Import files and folders off the GUI thread; the views refresh when it ends."""
        if self.store is None:
            self.statusBar().showMessage("The store is not open yet", 5000)
            return False
        return self.importer.start(self.store, paths)

    def new_article_from_clipboard(self) -> None:
        if self.store is None:
            return
        dialog = ClipboardArticleDialog(QtGui.QGuiApplication.clipboard().text(), self)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        store = self.store
        result = self._store_call(lambda: store_clipboard_article(store, dialog.values()), None)
        if result is None:
            return
        if result.status == "failed":
            message_box(
                self, QtWidgets.QMessageBox.Icon.Warning, "Article not stored", f"The pasted article {result.reason}."
            )
            return
        self.statusBar().showMessage(
            f"Article stored with {counted(result.facts, 'fact')}"
            if result.status == "new"
            else "That article is already stored",
            5000,
        )
        self.refresh()

    def _on_import_finished(self, report: object) -> None:
        from app.store.ingest import IngestReport

        assert isinstance(report, IngestReport)
        self.statusBar().showMessage(f"Import: {report.summary()}", 10000)
        self.last_import = report
        if report.failures or report.skipped:
            FailuresDialog(report, self).open()
        self.refresh()

    def refresh(self) -> None:
        """Re-read counts, the country list and both relationships after the store changed."""
        if self.store is None:
            return
        store = self.store

        def work() -> tuple[StoreCounts, dict[str, int]]:
            from app.store.views import countries_with_facts, store_counts

            return store_counts(store), countries_with_facts(store)

        self.workers.submit("counts", work, self._on_counts, self._on_error)

    def _on_counts(self, result: tuple[StoreCounts, dict[str, int]]) -> None:
        counts, country_counts = result
        self.update_status(counts)
        pairs = [selector.pair() for selector in self.selectors]
        pickers = [picker for selector in self.selectors for picker in (selector.first, selector.second)]
        blockers = [QtCore.QSignalBlocker(picker) for picker in pickers]
        self.countries.set_counts(country_counts)
        del blockers
        self._article_cache.clear()
        for side, pair in enumerate(pairs):
            self.selectors[side].set_pair(*pair)  # reloads the relationship

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self.import_paths(paths):
            event.acceptProposedAction()

    # -- state --------------------------------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        self._fit_to_screen()
        for name, splitter in (("upper", self.upper), ("lower", self.lower), ("charts", self.charts)):
            state = self.settings.splitter(name)
            if state is not None:
                splitter.restoreState(state)

    def _fit_to_screen(self) -> None:
        """Never larger than the screen's free area, nor placed off it: a first start at 200 % scale, or
        a geometry saved on a larger monitor, still opens whole on this one."""
        screen = self.screen() or QtGui.QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        width = min(self.width(), int(free.width() * 0.95))
        height = min(self.height(), int(free.height() * 0.95))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        x = min(max(self.x(), free.left()), max(free.left(), free.right() - width + 1))
        y = min(max(self.y(), free.top()), max(free.top(), free.bottom() - height + 1))
        if (x, y) != (self.x(), self.y()):
            self.move(x, y)

    def _place_toggles(self) -> None:
        """The scale and alignment toggles beside the pickers when the window is wide enough for both
        pickers whole, else on a line of their own under them (1024 pixels is not wide enough)."""
        needed = sum(s.minimumSizeHint().width() for s in self.selectors) + self.toggles.sizeHint().width() + 64
        row = 0 if self.width() >= needed else 1
        if row == self._toggles_row:
            return
        self.bar.removeWidget(self.toggles)
        if row == 0:
            self.bar.addWidget(self.toggles, 0, 2)
        else:
            self.bar.addWidget(self.toggles, 1, 0, 1, 2, QtCore.Qt.AlignmentFlag.AlignRight)
        self._toggles_row = row

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_toggles()
        self._roomy_when_scrolling()

    def _roomy_when_scrolling(self) -> None:
        """Once the window is shorter than the layout's minimum it scrolls anyway: then lay the content out
        at a comfortable height (the 1024×640 layout's), so the trade chart is not held at its minimum with
        its key over its labels."""
        scroll = self.centralWidget()
        if not isinstance(scroll, QtWidgets.QScrollArea) or scroll.widget() is None:
            return
        content = scroll.widget()
        content.setMinimumHeight(0)
        needed = content.minimumSizeHint().height()
        if scroll.viewport().height() < needed:
            content.setMinimumHeight(max(needed, ROOMY_HEIGHT))

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_splitter("upper", self.upper.saveState())
        self.settings.set_splitter("lower", self.lower.saveState())
        self.settings.set_splitter("charts", self.charts.saveState())
        self.settings.sync()
        if self.importer.token is not None:
            self.importer.token.cancel()  # what was fully stored stays; nothing half-stored
        self.workers.wait()
        super().closeEvent(event)


ROOMY_HEIGHT = 760  # logical pixels of content when the window scrolls: both charts at a readable size


class _ShortcutsFirst(QtCore.QObject):
    """Dyad's shortcuts work whatever has focus: a text field (a picker, a filter, an article) would
    otherwise take Ctrl+E as "end of line" on X11, and the window's action would never run."""

    def __init__(self, keys: set[str], parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self.keys = keys

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            event.type() == QtCore.QEvent.Type.ShortcutOverride
            and isinstance(event, QtGui.QKeyEvent)
            and QtGui.QKeySequence(event.keyCombination()).toString() in self.keys
        ):
            event.ignore()  # not claimed by the editor: the key goes to the window's action
            return True
        return False


class ExportDialog(QtWidgets.QDialog):
    """Where to write the chart, in which format and at what size."""

    def __init__(self, size: ExportSize, folder: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export chart")
        self.path_edit = QtWidgets.QLineEdit(str(Path(folder) / "dyad-trade.png"))
        self.chart_box = QtWidgets.QComboBox()
        for key, label in (
            ("trade", "Trade"),
            ("milestones", "Milestones timeline"),
            ("both", "Trade and milestones, one time axis"),
        ):
            self.chart_box.addItem(label, key)
        self.chart_box.currentIndexChanged.connect(self._rename_for_chart)
        browse = QtWidgets.QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        self.width_box = QtWidgets.QSpinBox()
        self.height_box = QtWidgets.QSpinBox()
        for box, value in ((self.width_box, size.width), (self.height_box, size.height)):
            box.setRange(200, 8000)
            box.setValue(value)
            box.setSuffix(" px")
        self.scale_box = QtWidgets.QDoubleSpinBox()
        self.scale_box.setRange(1.0, 4.0)
        self.scale_box.setSingleStep(0.5)
        self.scale_box.setValue(size.scale)
        self.scale_box.setSuffix(" ×")
        self.scale_box.setToolTip("PNG pixels per layout pixel; the default is twice the screen's pixel ratio")
        form = QtWidgets.QFormLayout(self)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow("Chart:", self.chart_box)
        form.addRow("File (.png, .svg, .pdf):", row)
        form.addRow("Width:", self.width_box)
        form.addRow("Height:", self.height_box)
        form.addRow("PNG scale:", self.scale_box)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, "Export chart", self.path_edit.text(), "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"
        )
        if name:
            self.path_edit.setText(name)

    def _rename_for_chart(self) -> None:
        """Keep the suggested name in step with the chart while it is still a suggestion."""
        path = Path(self.path_edit.text())
        if path.stem in ("dyad-trade", "dyad-milestones", "dyad-both"):
            self.path_edit.setText(str(path.with_stem(f"dyad-{self.result_chart()}")))

    def result_chart(self) -> str:
        return str(self.chart_box.currentData())

    def result_path(self) -> Path:
        return Path(self.path_edit.text()).expanduser()

    def result_size(self) -> ExportSize:
        from app.ui.export import ExportSize

        return ExportSize(self.width_box.value(), self.height_box.value(), self.scale_box.value())
