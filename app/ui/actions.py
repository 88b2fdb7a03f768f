"""Every menu command of the window, declared once: its menu, words, shortcut and what it calls.

The window only builds and connects them (napari keeps its actions outside its main window the same way:
``napari/_qt/_qapp_model/qactions/``). ``handler`` is a path of attributes on the window, called with no
argument (a checkable action's "checked" flag is not passed on)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import reduce
from typing import Any

from app.ui.qt import QtGui, QtWidgets

Key = str | QtGui.QKeySequence.StandardKey | None
_STD = QtGui.QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    key: str  # how the window and tests name it: window.actions["undo"]
    menu: str
    text: str
    shortcut: Key
    handler: str  # "reviews.undo": window.reviews.undo()
    checkable: bool = False
    tip: str = ""
    separator_before: bool = False


MENUS = ("&File", "&Edit", "&View", "&Help")

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_comparison", "&File", "&Open comparison…", "Ctrl+Shift+O", "comparisons.open_dialog"),
    ActionSpec("save_comparison", "&File", "&Save comparison…", _STD.Save, "comparisons.save_dialog"),
    ActionSpec(
        "import_files", "&File", "&Import articles…", _STD.Open, "importer.import_files_dialog", separator_before=True
    ),
    ActionSpec("import_folder", "&File", "Import a &folder…", "Ctrl+Shift+I", "importer.import_folder_dialog"),
    ActionSpec("paste_article", "&File", "New article from &clipboard…", "Ctrl+Shift+V", "importer.paste_article"),
    ActionSpec("import_official", "&File", "Import official &statistics…", None, "official.import_dialog"),
    ActionSpec("remove_official", "&File", "Remove official statistics &file…", None, "official.remove_dialog"),
    ActionSpec(
        "export_chart", "&File", "&Export chart…", "Ctrl+E", "exports.export_chart_dialog", separator_before=True
    ),
    ActionSpec("export_facts", "&File", "Export &facts as CSV…", None, "exports.export_facts_dialog"),
    ActionSpec("export_report", "&File", "Export &report (PDF or HTML)…", None, "comparisons.export_report_dialog"),
    ActionSpec("quit", "&File", "&Quit", _STD.Quit, "close", separator_before=True),
    ActionSpec("undo", "&Edit", "&Undo", _STD.Undo, "reviews.undo"),
    ActionSpec("redo", "&Edit", "&Redo", _STD.Redo, "reviews.redo"),
    ActionSpec("copy_trade", "&Edit", "&Copy trade chart", "Ctrl+Shift+C", "exports.copy_trade", separator_before=True),
    ActionSpec("copy_milestones", "&Edit", "Copy &milestones timeline", None, "exports.copy_milestones"),
    ActionSpec("copy_both", "&Edit", "Copy &both charts", None, "exports.copy_both"),
    ActionSpec("copy_text", "&Edit", "Copy selected &text", _STD.Copy, "help.copy_text"),
    ActionSpec("log", "&View", "&Log scale", "Ctrl+L", "log_toggle.toggle"),
    ActionSpec("align", "&View", "&Align on relations established", "Ctrl+Shift+A", "align_toggle.toggle"),
    ActionSpec(
        "official",
        "&View",
        "&Official statistics",
        None,
        "official.toggled_by_menu",
        checkable=True,
        tip="Official two-way totals under the news figures; differing news totals ringed",
    ),
    ActionSpec("tolerance", "&View", "Official statistics &tolerance…", None, "official.tolerance_dialog"),
    ActionSpec(
        "official_table", "&View", "Official statistics &year by year…", "Ctrl+Shift+T", "official.table_dialog"
    ),
    ActionSpec(
        "rates",
        "&View",
        "E&xchange rates…",
        None,
        "official.rates_dialog",
        tip="Rates to US dollars for figures stated in other currencies, each with its source",
    ),
    ActionSpec(
        "notes", "&View", "&Notes on this comparison", "Ctrl+Shift+N", "comparisons.toggle_notes", checkable=True
    ),
    ActionSpec("swap", "&View", "&Swap A and B", "Ctrl+Shift+S", "swap_sides", separator_before=True),
    ActionSpec("reset_zoom", "&View", "&Reset zoom", "Ctrl+0", "plot.reset_view"),
    ActionSpec("guide", "&Help", "&User guide", _STD.HelpContents, "help.show_guide"),
    ActionSpec("about", "&Help", "&About Dyad", None, "help.about"),
)


def handler(window: Any, path: str) -> Callable[[], object]:
    target: Callable[[], object] = reduce(getattr, path.split("."), window)
    return target


def install_actions(window: QtWidgets.QMainWindow) -> tuple[dict[str, QtGui.QAction], set[str]]:
    """The window's menus built from ``ACTIONS``; returns the actions by key and Dyad's own shortcut keys
    (the standard ones, copy and undo, stay the text fields' own)."""
    menus = {title: window.menuBar().addMenu(title) for title in MENUS}
    actions: dict[str, QtGui.QAction] = {}
    own: set[str] = set()
    for spec in ACTIONS:
        menu = menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        action = menu.addAction(spec.text)
        if spec.shortcut is not None:
            action.setShortcut(QtGui.QKeySequence(spec.shortcut))
            if isinstance(spec.shortcut, str):
                own.add(QtGui.QKeySequence(spec.shortcut).toString())
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setToolTip(spec.tip)
        # Resolved when triggered: the controllers that own some commands are built after the menus.
        action.triggered.connect(lambda _checked=False, path=spec.handler: handler(window, path)())
        actions[spec.key] = action
    redo = actions["redo"]
    if "Ctrl+Shift+Z" not in redo.shortcut().toString():  # Windows' Redo is Ctrl+Y alone
        redo.setShortcuts([*redo.shortcuts(), QtGui.QKeySequence("Ctrl+Shift+Z")])
    for key in ("undo", "redo"):
        actions[key].setEnabled(False)
    return actions, own
