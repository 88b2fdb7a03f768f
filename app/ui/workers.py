"""Running store work off the GUI thread, with results brought back as signals (superqt, Orange style)."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from app.ui.qt import QtCore


class _Signals(QtCore.QObject):
    finished = QtCore.Signal(object)
    failed = QtCore.Signal(str, bool)  # the message, and whether the store itself failed


def describe_failure(exc: Exception, where: str = "") -> tuple[str, bool]:
    """A failed task in words, and whether it was the store that failed (damaged, read-only, gone)
    rather than the task: those messages name the store and say what to do, with no SQL in them."""
    import sys

    if "sqlalchemy" in sys.modules:
        from app.store.engine import store_failure

        failure = store_failure(where or None, exc)
        if failure is not None:
            return str(failure), True
    return "".join(traceback.format_exception_only(type(exc), exc)).strip(), False


class _Task(QtCore.QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals, where: str) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.where = where

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:
            self.signals.failed.emit(*describe_failure(exc, self.where))
        else:
            self.signals.finished.emit(result)


class Workers(QtCore.QObject):
    """Thread pools whose results arrive on the GUI thread. Reads run on two threads, and a result for a
    superseded request (the same key asked again) is dropped; writes run one at a time, in the order
    asked, on a thread of their own, and every result arrives (Anki's ``CollectionOp`` runs the same way)."""

    def __init__(self, parent: QtCore.QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QtCore.QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.writer = QtCore.QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self._latest: dict[str, int] = {}
        self._keep: set[_Signals] = set()
        # Where failures of the store itself go (the window offers to open another); on_error otherwise.
        self.on_store_failure: Callable[[str], None] | None = None
        self.store_name = ""  # the open store, as messages name it
        self._writes = 0

    def submit(
        self,
        key: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        on_end: Callable[[], None] | None = None,
    ) -> None:
        """Run ``fn`` on the pool. ``on_end`` runs on the GUI thread when it ends, however it ended (a
        store failure goes to ``on_store_failure`` rather than ``on_error``, and still ends the task)."""
        self._start(self.pool, key, fn, on_done, on_error, on_end)

    def write(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        """Run a store write off the GUI thread, after every write asked before it; its result always arrives."""
        self._writes += 1
        self._start(self.writer, f"write{self._writes}", fn, on_done, on_error, None)

    def _start(
        self,
        pool: QtCore.QThreadPool,
        key: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        on_end: Callable[[], None] | None,
    ) -> None:
        serial = self._latest.get(key, 0) + 1
        self._latest[key] = serial
        signals = _Signals()
        self._keep.add(signals)

        def done(result: Any) -> None:
            self._keep.discard(signals)
            if pool is self.writer:
                self._latest.pop(key, None)
                on_done(result)
                return
            if on_end is not None:
                on_end()
            if self._latest.get(key) == serial:
                on_done(result)

        def failed(message: str, store_failed: bool) -> None:
            self._keep.discard(signals)
            if on_end is not None:
                on_end()
            if self._latest.get(key) != serial:
                return
            if pool is self.writer:
                self._latest.pop(key, None)
            if store_failed and self.on_store_failure is not None:
                self.on_store_failure(message)
            else:
                on_error(message)

        signals.finished.connect(done, QtCore.Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, QtCore.Qt.ConnectionType.QueuedConnection)
        pool.start(_Task(fn, signals, self.store_name))

    def wait(self, msecs: int = 30000) -> bool:
        return bool(self.writer.waitForDone(msecs)) and bool(self.pool.waitForDone(msecs))
