"""Running store work off the GUI thread, with results brought back as signals (superqt, Orange style)."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from app.ui.qt import QtCore


class _Signals(QtCore.QObject):
    finished = QtCore.Signal(object)
    failed = QtCore.Signal(str)


class _Task(QtCore.QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            self.signals.failed.emit(detail)
        else:
            self.signals.finished.emit(result)


class Workers(QtCore.QObject):
    """A thread pool whose results arrive on the GUI thread; a result for a superseded request is dropped."""

    def __init__(self, parent: QtCore.QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QtCore.QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._latest: dict[str, int] = {}
        self._keep: set[_Signals] = set()

    def submit(
        self,
        key: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        serial = self._latest.get(key, 0) + 1
        self._latest[key] = serial
        signals = _Signals()
        self._keep.add(signals)

        def done(result: Any) -> None:
            self._keep.discard(signals)
            if self._latest.get(key) == serial:
                on_done(result)

        def failed(message: str) -> None:
            self._keep.discard(signals)
            if self._latest.get(key) == serial:
                on_error(message)

        signals.finished.connect(done, QtCore.Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, QtCore.Qt.ConnectionType.QueuedConnection)
        self.pool.start(_Task(fn, signals))

    def wait(self, msecs: int = 30000) -> bool:
        return bool(self.pool.waitForDone(msecs))
