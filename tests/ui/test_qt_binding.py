"""The Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did, on every void call)."""

from __future__ import annotations

import gc
import sys

from app.ui.qt import QtWidgets


def test_void_calls_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QtWidgets.QLabel()
    qtbot.addWidget(label)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(3000):
        label.setText("x")
        label.update()
    gc.collect()
    assert sys.getrefcount(None) >= before - 50  # the buggy wheel loses 6000 here
