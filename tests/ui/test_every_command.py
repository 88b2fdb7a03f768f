"""Every menu command, triggered once in the real window on the seeds' store, with the window it opens
dismissed: a command's handler is a path of attributes resolved only when it runs (``app.ui.actions``), so a
renamed method or a failing dialog shows only there. Last round a menu item raised in the terminal while
every test passed; this runs each of them as a user's click would."""

from __future__ import annotations

import sys

import pytest

from app.ui.actions import ACTIONS

# The window each command opens (its class and title); the others change the window in place, and their
# effects have their own tests (undo and redo are enabled here to run with nothing to undo).
OPENS = {
    "open_comparison": "QFileDialog: Open comparison",
    "save_comparison": "QFileDialog: Save comparison",
    "import_files": "QFileDialog: Import articles",
    "import_folder": "QFileDialog: Import a folder of articles",
    "paste_article": "ClipboardArticleDialog: New article from clipboard",
    "import_official": "QFileDialog: Import official statistics (UN Comtrade, IMF, WITS)",
    "export_chart": "ExportDialog: Export chart",
    "export_facts": "QFileDialog: Export facts",
    "export_report": "QFileDialog: Export report",
    "tolerance": "QInputDialog: Official statistics tolerance",
    "official_table": "OfficialTableDialog: Official statistics, year by year",
    "rates": "RatesDialog: Exchange rates",
    "guide": "GuideDialog: Dyad user guide",
    "about": "QMessageBox: About Dyad",
}


@pytest.mark.parametrize("spec", [s for s in ACTIONS if s.key != "quit"], ids=lambda s: s.key)
def test_every_command_runs_without_an_error(window, qtbot, capfd, monkeypatch, spec) -> None:  # type: ignore[no-untyped-def]
    from app.ui.qt import QtCore, QtWidgets

    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, error, _tb: errors.append(error))
    opened: list[str] = []

    def dismiss() -> None:  # a modal window runs its own loop: closed from a timer inside it
        for top in QtWidgets.QApplication.topLevelWidgets():
            if top.isVisible() and isinstance(top, QtWidgets.QDialog):
                opened.append(f"{type(top).__name__}: {top.windowTitle()}")
                top.reject()

    timer = QtCore.QTimer()
    timer.timeout.connect(dismiss)
    timer.start(50)
    capfd.readouterr()
    action = window.commands[spec.key]
    action.setEnabled(True)
    action.trigger()
    qtbot.wait(200)
    dismiss()
    timer.stop()
    window.workers.wait()
    printed = [
        line
        for line in capfd.readouterr().err.splitlines()
        if line.strip() and "does not support propagateSizeHints" not in line  # the offscreen platform's own
    ]
    assert errors == []
    assert printed == []
    assert opened == ([OPENS[spec.key]] if spec.key in OPENS else [])
