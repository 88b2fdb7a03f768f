"""A random walk through the window: pairs picked, filters typed (regular-expression characters included),
charts clicked and wheeled, keys pressed, rows chosen, tabs and checkboxes switched, the window resized and
menu commands run, with every dialog dismissed. Nothing may raise or print. Seeded, so a failure repeats;
``DYAD_WALK_SEED`` and ``DYAD_WALK_STEPS`` walk further (3,300 steps over six seeds passed when it was
written)."""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Callable
from typing import Any

from app.ui.qt import QtCore, QtGui, QtWidgets

CODES = ["VNM", "MEX", "PER", "JPN", "CHN", "USA", "SUN", "BUR", "FRA"]
TEXTS = ["", "2019", "(", "[", "\\", "*", ".*", "visit", "Viet", "zzzz", "é", "<b>x</b>", "%", "$6"]
KEYS = ["Z", "Y", "Down", "Up", "Delete", "Escape", "Tab", "Return", "F5", "Home"]


def _pick_pair(window: Any, rng: random.Random, qtbot: Any) -> str:
    a, b = rng.sample(CODES, 2)
    window.selectors[rng.randrange(2)].set_pair(a, b)
    return f"pair {a}-{b}"


def _type_filter(window: Any, rng: random.Random, qtbot: Any) -> str:
    text = rng.choice(TEXTS)
    window.facts_panels[rng.randrange(2)].filter.setText(text)
    return f"filter {text!r}"


def _pick_kind(window: Any, rng: random.Random, qtbot: Any) -> str:
    kind = window.facts_panels[rng.randrange(2)].kind
    kind.setCurrentIndex(rng.randrange(kind.count()))
    return "kind"


def _click_chart(window: Any, rng: random.Random, qtbot: Any) -> str:
    chart = rng.choice([window.plot, window.timeline])
    where = QtCore.QPoint(rng.randrange(max(1, chart.width())), rng.randrange(max(1, chart.height())))
    qtbot.mouseClick(chart.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=where)
    return "click a chart"


def _wheel_chart(window: Any, rng: random.Random, qtbot: Any) -> str:
    chart = rng.choice([window.plot, window.timeline])
    where = QtCore.QPointF(rng.randrange(max(1, chart.width())), rng.randrange(max(1, chart.height())))
    turn = QtCore.QPoint(0, rng.choice([-360, 120, 720]))
    none, plain = QtCore.Qt.MouseButton.NoButton, QtCore.Qt.KeyboardModifier.NoModifier
    wheel = QtGui.QWheelEvent(
        where, chart.mapToGlobal(where), QtCore.QPoint(), turn, none, plain, QtCore.Qt.ScrollPhase.NoScrollPhase, False
    )
    QtWidgets.QApplication.sendEvent(chart.viewport(), wheel)
    return "wheel on a chart"


def _press_key(window: Any, rng: random.Random, qtbot: Any) -> str:
    key = getattr(QtCore.Qt.Key, f"Key_{rng.choice(KEYS)}")
    modifier = rng.choice([QtCore.Qt.KeyboardModifier.NoModifier, QtCore.Qt.KeyboardModifier.ControlModifier])
    qtbot.keyClick(QtWidgets.QApplication.focusWidget() or window, key, modifier)
    return f"key {key} {modifier}"


def _switch_tab(window: Any, rng: random.Random, qtbot: Any) -> str:
    tabs = rng.choice(window.findChildren(QtWidgets.QTabWidget))
    tabs.setCurrentIndex(rng.randrange(tabs.count()))
    return "tab"


def _choose_row(window: Any, rng: random.Random, qtbot: Any) -> str:
    view = rng.choice(window.findChildren(QtWidgets.QAbstractItemView))
    model = view.model()
    if model is not None and model.rowCount() > 0:
        index = model.index(rng.randrange(model.rowCount()), 0)
        view.setCurrentIndex(index)
        if rng.random() < 0.3:
            qtbot.mouseDClick(view.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    return "row"


def _resize(window: Any, rng: random.Random, qtbot: Any) -> str:
    window.resize(rng.randrange(400, 1800), rng.randrange(300, 1200))
    return "resize"


def _run_command(window: Any, rng: random.Random, qtbot: Any) -> str:
    key = rng.choice([k for k in window.commands if k != "quit"])
    if window.commands[key].isEnabled():
        window.commands[key].trigger()
    return f"command {key}"


def _toggle_box(window: Any, rng: random.Random, qtbot: Any) -> str:
    box = rng.choice(window.findChildren(QtWidgets.QCheckBox))
    box.setChecked(not box.isChecked())
    return f"checkbox {box.text()}"


STEPS: list[tuple[float, Callable[[Any, random.Random, Any], str]]] = [
    (0.15, _pick_pair),
    (0.10, _type_filter),
    (0.07, _pick_kind),
    (0.10, _click_chart),
    (0.08, _wheel_chart),
    (0.08, _press_key),
    (0.08, _switch_tab),
    (0.08, _choose_row),
    (0.06, _resize),
    (0.06, _run_command),
    (0.06, _toggle_box),
]


def _dismiss() -> None:
    """A modal dialog or a menu opened by a step runs its own loop: closed from a timer inside it."""
    for top in QtWidgets.QApplication.topLevelWidgets():
        if top.isVisible() and isinstance(top, QtWidgets.QDialog):
            top.reject()
        elif top.isVisible() and isinstance(top, QtWidgets.QMenu):
            top.close()


def test_a_random_walk_of_the_window_raises_and_prints_nothing(window, qtbot, capfd, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, error, _tb: errors.append(repr(error)))
    timer = QtCore.QTimer()
    timer.timeout.connect(_dismiss)
    timer.start(40)
    rng = random.Random(int(os.environ.get("DYAD_WALK_SEED", "1")))
    weights, steps = zip(*STEPS, strict=True)
    walked: list[str] = []
    for _ in range(int(os.environ.get("DYAD_WALK_STEPS", "300"))):
        step = rng.choices(steps, weights)[0]
        walked.append(step(window, rng, qtbot))
        qtbot.wait(rng.choice([0, 5, 30]))
        if errors:
            break
    timer.stop()
    window.workers.wait()
    qtbot.wait(300)
    out = capfd.readouterr()
    printed = [line for line in (out.out + out.err).splitlines() if line.strip() and "propagateSizeHints" not in line]
    assert not errors, (errors, walked[-8:])
    assert not printed, printed[:10]
    assert len(walked) == int(os.environ.get("DYAD_WALK_STEPS", "300"))
