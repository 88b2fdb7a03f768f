"""Opening the window's store off the GUI thread, and what to do when a store cannot be used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.qt import QtCore, QtWidgets, message_box

if TYPE_CHECKING:
    from app.session.records import ArticleView
    from app.session.startup import Opened
    from app.ui.host import WindowHost


class StoreOpener(QtCore.QObject):
    failed = QtCore.Signal(str)  # the store could not be used: the reason in words

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.window())
        self.window = window

    def open_url(self, url: str) -> None:
        """Open (and on first use seed) a store off the GUI thread; show it, or say why not."""
        from app.session.startup import open_and_seed

        def opened(result: Opened) -> None:
            self.window.set_store(result.store, result.counts, result.country_counts)

        self.window.workers.submit("store", lambda: open_and_seed(url), opened, self.offer_another)

    def offer_another(self, message: str) -> None:
        """The store cannot be used (not a Dyad store, read-only, damaged, gone): say why, in plain words,
        and offer to open another. Without a store to go back to, Close closes the window."""
        window = self.window
        self.failed.emit(message)
        window.statusBar().showMessage(message)
        if not window.interactive or not window.isVisible():
            return  # nobody to ask: a closed window's late result must not raise a modal dialog
        choice = message_box(
            window.window(),
            QtWidgets.QMessageBox.Icon.Critical,
            "Cannot use the store",
            f"{message}\n\nOpen another database file?",
            QtWidgets.QMessageBox.StandardButton.Open | QtWidgets.QMessageBox.StandardButton.Close,
        )
        if choice == QtWidgets.QMessageBox.StandardButton.Open:
            name, _ = QtWidgets.QFileDialog.getOpenFileName(
                window.window(), "Open a Dyad store", "", "SQLite (*.sqlite *.db)"
            )
            if name:
                self.open_url(f"sqlite:///{name}")
                return
        if window.store is None:
            window.close()


class ArticleLoader:
    """An article's text and facts for the viewers: one row by its key, read (never written) on the GUI
    thread because the viewer needs it at once; kept until the store changes."""

    def __init__(self, window: WindowHost, opener: StoreOpener) -> None:
        self.window = window
        self.opener = opener
        self.cache: dict[int, ArticleView] = {}

    def __call__(self, article_id: int) -> ArticleView | None:
        if article_id in self.cache:
            return self.cache[article_id]
        store = self.window.store
        if store is None:
            return None
        from app.session.views import article_view
        from app.ui.workers import describe_failure

        try:
            return article_view(store, article_id)
        except Exception as exc:
            message, store_failed = describe_failure(exc, store.describe())
            if not store_failed:
                raise
            QtCore.QTimer.singleShot(0, self.window.window(), lambda: self.opener.offer_another(message))
            return None
