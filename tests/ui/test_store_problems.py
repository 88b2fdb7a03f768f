"""A store Dyad cannot use (damaged, read-only, not a Dyad store) is a clear message everywhere: the
command line, an import, and the window, which offers to open another. Never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.cli import main
from app.store.engine import StoreError, open_store
from app.store.ingest import ingest_paths
from tests.conftest import SEEDS


@pytest.fixture
def good_store(tmp_path: Path) -> Path:
    path = tmp_path / "good.sqlite"
    store = open_store(f"sqlite:///{path}")
    ingest_paths(store, [SEEDS], workers=1)
    store.close()
    return path


def _damage(path: Path) -> None:
    """Overwrite part of every third page past the schema: the file still opens, reading the facts fails."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for offset in range(4096 * 4, size, 4096 * 3):
            handle.seek(offset + 8)
            handle.write(bytes(range(64)))


def test_a_damaged_store_is_named_and_explained(good_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _damage(good_store)
    for command in (["pairs"], ["compare", "VNM-MEX", "VNM-PER"], ["facts", "--pair", "VNM-MEX"]):
        assert main([*command, "--db", f"sqlite:///{good_store}"]) == 2
        err = capsys.readouterr().err
        assert err == (
            f"dyad: {good_store} is damaged (SQLite: database disk image is malformed); "
            "restore it from a backup or open another store\n"
        )


def test_a_read_only_store_is_refused_for_writing_and_read_for_reading(
    good_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///file:{good_store}?mode=ro&uri=true"  # read-only even for root, who ignores file modes
    with pytest.raises(StoreError, match="is read-only: Dyad needs to write to its store"):
        open_store(url)
    assert main(["ingest", str(SEEDS), "--db", url]) == 2
    assert capsys.readouterr().err == f"dyad: {good_store} is read-only: Dyad needs to write to its store\n"
    assert main(["review", "--db", url, "accept", "1"]) == 2
    capsys.readouterr()
    note = f"dyad: {good_store} is read-only: opened for reading only\n"
    assert main(["pairs", "--db", url]) == 0
    out, err = capsys.readouterr()
    assert err == note and out.splitlines()[1].startswith("MEX-VNM")
    assert main(["facts", "--db", url, "--pair", "VNM-MEX", "--kind", "trade_total", "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert err == note and 6.275e9 in [json.loads(line)["value_usd"] for line in out.splitlines()]


def test_another_programs_database_is_left_as_it_was(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    path = tmp_path / "notes.db"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    assert main(["pairs", "--db", f"sqlite:///{path}"]) == 2
    assert capsys.readouterr().err == f"dyad: {path} is not a Dyad store (it holds other tables: notes)\n"
    with sqlite3.connect(path) as other:
        assert other.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # not switched to WAL for good


def test_a_store_that_fails_during_an_import_stops_it_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    import app.store.ingest

    store = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    real = app.store.ingest.store_article
    stored = 0

    def store_two_then_fail(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal stored
        if stored == 2:  # the disk went read-only under us
            raise OperationalError("INSERT INTO articles", {}, Exception("attempt to write a readonly database"))
        stored += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(app.store.ingest, "store_article", store_two_then_fail)
    monkeypatch.setattr(app.store.ingest, "GROUP", 1)  # one article at a time
    went_in = r"Stored before it failed: 2 new, 0 already present, 0 failed; \d+ facts added$"
    with pytest.raises(StoreError, match=r"s\.sqlite is read-only: Dyad needs to write to its store\. " + went_in):
        ingest_paths(store, [SEEDS], workers=1)  # not five "failed" files with SQL in their reasons
    monkeypatch.setattr(app.store.ingest, "store_article", real)
    report = ingest_paths(store, [SEEDS], workers=1)
    assert (report.count("new"), report.count("present")) == (3, 2)


def test_the_window_offers_another_store(qtbot, tmp_path: Path, good_store: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.ui.store_opener
    from app.ui.main_window import MainWindow
    from app.ui.qt import QtWidgets
    from app.ui.settings import Settings

    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"not a database " * 400)
    messages: list[str] = []

    def answer(parent, icon, title, text, buttons):  # type: ignore[no-untyped-def]
        messages.append(text)
        return QtWidgets.QMessageBox.StandardButton.Open

    monkeypatch.setattr(app.ui.store_opener, "message_box", answer)
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: (str(good_store), ""))
    window = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=15000):
        window.opener.open_url(f"sqlite:///{damaged}")
    assert messages == [f"{damaged} is not a Dyad store (not an SQLite database)\n\nOpen another database file?"]
    assert window.store is not None and window.store.describe() == str(good_store)
    assert window.plot.line_data(0)[1][-1] == 15e9
    window.workers.wait()


def test_a_store_failing_mid_session_is_explained_not_dumped(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import OperationalError

    import app.ui.store_opener
    from app.ui.qt import QtWidgets

    messages: list[str] = []

    def answer(parent, icon, title, text, buttons):  # type: ignore[no-untyped-def]
        messages.append(text)
        return QtWidgets.QMessageBox.StandardButton.Close

    monkeypatch.setattr(app.ui.store_opener, "message_box", answer)

    def fail() -> None:
        raise OperationalError("SELECT facts.id FROM facts", {}, Exception("database disk image is malformed"))

    window.workers.submit("view-0", fail, lambda _: None, lambda _: None)
    window.workers.wait()
    QtWidgets.QApplication.processEvents()  # the failure arrives as a queued signal
    where = window.store.describe()
    assert messages == [
        f"{where} is damaged (SQLite: database disk image is malformed); restore it from a backup or open "
        "another store\n\nOpen another database file?"
    ]
    assert "SELECT" not in messages[0]
    assert window.isVisible()  # a store is still open: Close only dismisses the message
    assert os.path.exists(where)
