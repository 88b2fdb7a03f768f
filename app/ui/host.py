"""What the window's commands (reviews, imports, exports, official statistics, the store) use of the
window: they depend on this, not on the window's module, so the window can import them and no circle
forms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from app.ui.qt import QtCore, QtWidgets

if TYPE_CHECKING:
    from app.session.records import PairView, StoreCounts
    from app.store.engine import Store
    from app.ui.fact_table import FactsPanel
    from app.ui.pair_selector import PairSelector
    from app.ui.settings import Settings
    from app.ui.trade_plot import TradePlotView
    from app.ui.workers import Workers


class WindowHost(Protocol):
    settings: Settings
    workers: Workers
    plot: TradePlotView
    align_toggle: QtWidgets.QCheckBox
    log_toggle: QtWidgets.QCheckBox
    selectors: tuple[PairSelector, PairSelector]
    facts_panels: tuple[FactsPanel, FactsPanel]
    pair_loaded: QtCore.SignalInstance  # side
    store: Store | None
    views: list[PairView | None]
    interactive: bool  # False under --exit-when-ready and in scripts: report, never wait on a dialog

    def window(self) -> QtWidgets.QWidget: ...  # the parent of the commands' dialogs

    def statusBar(self) -> QtWidgets.QStatusBar: ...

    def isVisible(self) -> bool: ...

    def devicePixelRatioF(self) -> float: ...

    def close(self) -> bool: ...

    def refresh(self) -> None: ...

    def load_pair(self, side: int, pair: tuple[str, str]) -> None: ...

    def addDockWidget(self, area: QtCore.Qt.DockWidgetArea, dock: QtWidgets.QDockWidget) -> None: ...

    def show_official_verdicts(self) -> None: ...

    def set_store(self, store: Store, counts: StoreCounts, country_counts: dict[str, int]) -> None: ...
