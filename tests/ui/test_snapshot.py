"""The view snapshot: used only for an unchanged store and the same pairs; never trusted otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui import snapshot
from tests.conftest import ROOT, SEEDS


@pytest.fixture
def taken(window, tmp_path: Path):  # type: ignore[no-untyped-def]
    shot = window.snapshot()
    assert shot is not None
    url = shot.url
    window.workers.wait()
    window.store.close()
    assert snapshot.save(shot, tmp_path / "snap.json")
    return url, tmp_path / "snap.json", shot


def test_round_trip_gives_the_same_comparison(taken) -> None:  # type: ignore[no-untyped-def]
    url, path, shot = taken
    loaded = snapshot.load(url, (("VNM", "MEX"), ("VNM", "PER")), path)
    assert loaded is not None
    assert loaded.views == shot.views
    assert loaded.articles == shot.articles
    assert (loaded.counts.articles, loaded.counts.facts) == (5, 44)


def test_a_changed_store_invalidates_it(taken, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.store.engine import open_store
    from app.store.ingest import ingest_paths

    url, path, _ = taken
    extra = tmp_path / "new.txt"
    extra.write_text("Trade between Chile and Korea reached US$9 billion in 2021.", encoding="utf-8")
    store = open_store(url)
    ingest_paths(store, [extra])
    store.close()
    assert snapshot.load(url, (("VNM", "MEX"), ("VNM", "PER")), path) is None


def test_other_pairs_or_a_damaged_file_are_ignored(taken) -> None:  # type: ignore[no-untyped-def]
    url, path, _ = taken
    assert snapshot.load(url, (("VNM", "MEX"), ("JPN", "MEX")), path) is None
    written = path.read_text(encoding="utf-8")
    payload = json.loads(written)["payload"]
    payload["version"] = "0.0.0"
    path.write_text(json.dumps(payload), encoding="utf-8")
    assert snapshot.load(url, (("VNM", "MEX"), ("VNM", "PER")), path) is None
    path.write_text("{not json", encoding="utf-8")
    assert snapshot.load(url, (("VNM", "MEX"), ("VNM", "PER")), path) is None
    path.write_text(written, encoding="utf-8")
    assert snapshot.load(url, (("VNM", "MEX"), ("VNM", "PER")), path) is not None


def test_a_snapshot_not_as_dyad_wrote_it_is_never_painted(taken) -> None:  # type: ignore[no-untyped-def]
    """A field of another type (an article's id as "NaN", a point's confidence as null) was rebuilt and
    failed in the painting: 10 of 60 such snapshots stopped the window at start-up. Each of these edits,
    made with the file's shape kept, now leaves the snapshot unused."""
    url, path, _ = taken
    written = path.read_text(encoding="utf-8")
    pairs = (("VNM", "MEX"), ("VNM", "PER"))
    assert written.startswith('{"sha256": "')  # 12 characters, then the digest
    head, body = written.split('"payload": ', 1)
    payload = json.loads(body[:-1])
    payload["views"][0]["points"][0]["confidence"] = None
    for damaged in (
        head + '"payload": ' + json.dumps(payload, ensure_ascii=False) + "}",  # the payload edited
        written[:12] + ("1" if written[12] == "0" else "0") + written[13:],  # one digit of the digest
        written[:-1],  # cut short
    ):
        path.write_text(damaged, encoding="utf-8")
        assert snapshot.load(url, pairs, path) is None


def test_only_sqlite_files_are_stamped() -> None:
    assert snapshot.store_stamp("postgresql+psycopg://u@h/db") is None
    assert snapshot.store_stamp("sqlite:///:memory:") is None


def test_window_painted_from_a_snapshot_refreshes_from_the_store(qtbot, taken, seeded_store) -> None:  # type: ignore[no-untyped-def]
    from app.session.views import countries_with_facts, store_counts
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    url, path, _ = taken
    loaded = snapshot.load(url, (("VNM", "MEX"), ("VNM", "PER")), path)
    assert loaded is not None
    win = MainWindow(Settings(path.with_name("s2.ini")))
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=10000):
        win.show_snapshot(loaded)
    assert win.plot.line_data(0)[0] == [2004, 2005, 2006, 2019, 2024]
    assert win.snapshot() is None  # nothing read from the store yet: nothing new to keep
    with qtbot.waitSignals([win.pair_loaded, win.pair_loaded], timeout=10000):
        win.set_store(seeded_store, store_counts(seeded_store), countries_with_facts(seeded_store))
    assert win.countries.rowCount() == 261  # 249 of ISO 3166-1 and twelve states and areas of history
    assert win.snapshot() is not None
    win.workers.wait()


def test_dyad_exit_when_ready_end_to_end(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DYAD_DATA_DIR": str(tmp_path / "data")}
    env.pop("DYAD_DB", None)
    command = [sys.executable, "-m", "app", "--exit-when-ready"]
    first = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "data" / "view-snapshot.json").exists()
    second = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert second.returncode == 0, second.stderr
    assert len(list(SEEDS.glob("*.txt"))) == 5


def test_a_changed_store_gives_it_only_when_asked_marked_out_of_date(taken) -> None:  # type: ignore[no-untyped-def]
    url, path, shot = taken
    store_file = Path(url.removeprefix("sqlite:///"))
    later = store_file.stat().st_mtime_ns + 5_000_000_000
    os.utime(store_file, ns=(later, later))  # written to since (by anyone: only the stamp is compared)
    pairs = (("VNM", "MEX"), ("VNM", "PER"))
    assert snapshot.load(url, pairs, path) is None
    stale = snapshot.load(url, pairs, path, stale_ok=True)
    assert stale is not None and stale.current is False
    assert stale.views == shot.views
    assert snapshot.load(url, (("VNM", "MEX"), ("JPN", "MEX")), path, stale_ok=True) is None  # other pairs: never


def test_an_out_of_date_snapshot_is_shown_marked_loading_until_the_store_is_read(  # type: ignore[no-untyped-def]
    qtbot, taken, seeded_store
) -> None:
    from app.session.views import countries_with_facts, store_counts
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    _url, path, shot = taken
    stale = snapshot.Snapshot(shot.url, shot.counts, shot.views, shot.articles, current=False)
    win = MainWindow(Settings(path.with_name("s3.ini")))
    qtbot.addWidget(win)
    win.show()
    ready: list[bool] = []
    win.ready.connect(lambda: ready.append(True))
    with qtbot.waitSignal(win.first_painted, timeout=10000):
        win.show_snapshot(stale)
    assert win.plot.line_data(0)[0] == [2004, 2005, 2006, 2019, 2024]  # the comparison as it was, at once
    banner = win.frame.out_of_date
    assert banner.isVisible() and banner.text().startswith("<b>Loading…</b>")
    assert "changed since Dyad last closed" in banner.text()
    qtbot.wait(300)
    assert ready == []  # not ready: what is shown is not the store's yet
    with qtbot.waitSignal(win.ready, timeout=10000):
        win.set_store(seeded_store, store_counts(seeded_store), countries_with_facts(seeded_store))
    assert not banner.isVisible()  # both sides now read from the store
    win.workers.wait()


def test_a_store_that_cannot_be_read_leaves_the_snapshot_marked_with_why(qtbot, taken) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    _url, path, shot = taken
    stale = snapshot.Snapshot(shot.url, shot.counts, shot.views, shot.articles, current=False)
    win = MainWindow(Settings(path.with_name("s4.ini")))
    win.interactive = False
    qtbot.addWidget(win)
    win.show()
    win.show_snapshot(stale)
    win.opener.offer_another("the file is not a Dyad store")
    text = win.frame.out_of_date.text()
    assert win.frame.out_of_date.isVisible() and text.startswith("<b>Not up to date.</b>")
    assert "could not be read (the file is not a Dyad store)" in text


def test_a_pair_picked_while_the_store_is_still_opening_is_the_one_loaded(  # type: ignore[no-untyped-def]
    qtbot, taken, seeded_store
) -> None:
    """Picked during "Loading…" (or the moment after a snapshot's paint), a pair was dropped: the pickers went
    back to the snapshot's pairs once the store opened."""
    from app.session.views import countries_with_facts, store_counts
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    _url, path, shot = taken
    win = MainWindow(Settings(path.with_name("s5.ini")))
    qtbot.addWidget(win)
    win.show()
    win.show_snapshot(snapshot.Snapshot(shot.url, shot.counts, shot.views, shot.articles, current=False))
    win.selectors[1].set_pair("MEX", "PER")  # before the store is open (its countries are those on screen)
    with qtbot.waitSignal(win.ready, timeout=10000):
        win.set_store(seeded_store, store_counts(seeded_store), countries_with_facts(seeded_store))
    assert win.selectors[1].pair() == ("MEX", "PER")
    view = win.views[1]
    assert view is not None and view.asked == ("MEX", "PER")
    win.workers.wait()
