"""The window's review commands: accept, reject, correct, add, undo and redo, run off the GUI thread.

Each is an operation (Anki's ``CollectionOp``): the application layer's review service runs it on the
window's writer thread, then ``changed`` tells every view which relationship to show again, and
``finished`` says what came of it (the fact's id, or 0 when it was refused)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.ui.qt import QtCore, QtGui, QtWidgets, message_box
from app.ui.workers import Workers

if TYPE_CHECKING:
    from app.domain.facts import FactKind
    from app.session.records import FactRow
    from app.session.review import Outcome, ReviewService
    from app.store.engine import Store


class ReviewController(QtCore.QObject):
    finished = QtCore.Signal(int)  # the fact's id, or 0 when the change was refused
    changed = QtCore.Signal(object)  # the relationship to show again (sorted codes), or None for all

    def __init__(
        self, window: QtWidgets.QMainWindow, workers: Workers, undo: QtGui.QAction, redo: QtGui.QAction
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workers = workers
        self.undo_action, self.redo_action = undo, redo
        self.service: ReviewService | None = None
        self.interactive = True

    def set_store(self, store: Store | None) -> None:
        """Reviews go to ``store`` from now on; the history of another store cannot be undone on it."""
        from app.session.review import ReviewService

        self.service = ReviewService(store) if store is not None else None
        self._update_actions()

    def review(self, row: FactRow, status: str, changes: dict[str, Any]) -> None:
        """Accept, reject or correct ``row`` at the version it was shown with."""
        self._run(lambda service: service.review(row.id, status, row.version, changes), "Changed meanwhile")

    def add(
        self, article_id: int, span: tuple[int, int], kind: FactKind, pair: tuple[str, str], values: dict[str, Any]
    ) -> None:
        self._run(lambda service: service.add(article_id, span, kind, pair, values), "Fact not added")

    def undo(self) -> None:
        if self.service is not None and self.service.history.done:
            self._run(lambda service: service.undo(), "Cannot undo")

    def redo(self) -> None:
        if self.service is not None and self.service.history.undone:
            self._run(lambda service: service.redo(), "Cannot redo")

    def show_history(self, row: FactRow) -> None:
        """The fact's versions, read off the GUI thread, then shown with the choice to restore one."""
        service = self.service
        if service is None:
            return
        from app.ui.fact_history import FactHistoryDialog

        def shown(versions: list[Any]) -> None:
            self.history_dialog = FactHistoryDialog(row, versions, self.restore, self.window.window())
            self.history_dialog.show()

        def failed(message: str) -> None:
            self.window.statusBar().showMessage(f"Could not read the history: {message}", 10000)

        self.workers.submit("fact-history", lambda: service.versions(row.id), shown, failed)

    def restore(self, fact_id: int, version: int, expected_version: int) -> None:
        self._run(lambda service: service.restore(fact_id, version, expected_version), "Cannot restore")

    def _run(self, change: Callable[[ReviewService], Outcome], title: str) -> None:
        service = self.service
        if service is None:
            return
        from app.session.review import ReviewRefused

        def work() -> Outcome | ReviewRefused:
            try:
                return change(service)
            except ReviewRefused as refused:
                return refused

        def failed(message: str) -> None:
            self.window.statusBar().showMessage(f"Could not save the change: {message}", 10000)
            self.finished.emit(0)

        self.workers.write(work, lambda result: self._on_done(result, title), failed)

    def _on_done(self, result: Any, title: str) -> None:
        from app.session.review import ReviewRefused

        self._update_actions()
        if isinstance(result, ReviewRefused):
            if self.interactive:
                detail = str(result)
                message_box(
                    self.window.window(),
                    QtWidgets.QMessageBox.Icon.Warning,
                    title,
                    f"{detail}. The facts were reloaded.",
                )
            self.changed.emit(result.pair)
            self.finished.emit(0)
            return
        self.window.statusBar().showMessage(result.message, 4000)
        self.changed.emit(result.pair)
        self.finished.emit(result.fact_id)

    def _update_actions(self) -> None:
        history = self.service.history if self.service is not None else None
        undo = history.undo_label if history else None
        redo = history.redo_label if history else None
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        self.undo_action.setText(f"&Undo {undo}" if undo else "&Undo")
        self.redo_action.setText(f"&Redo {redo}" if redo else "&Redo")
