"""The extraction workers: a worker stuck on one file is killed and replaced, a worker that dies fails only
its file, a cancel kills them all, and the command line leaves on SIGTERM whatever a worker does.

Nothing here times the code: each test asserts what a stall would change (an answer for every item, in
order; the process ended; no worker left running)."""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.store.extraction_pool import Stopped, WorkerPool

ROOT = Path(__file__).resolve().parents[2]


def square_or_hang(n: int) -> int:
    """In a worker: -1 holds the interpreter in one regular expression for hours; -2 dies."""
    if n == -1:
        re.match(r"(a+)+b", "a" * 64)  # catastrophic backtracking, in C, with the interpreter held
    if n == -2:
        os._exit(9)
    return n * n


def square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def square_pid_and_parent(n: int) -> tuple[int, int, int]:
    return n * n, os.getpid(), os.getppid()


def collect_and_square(n: int) -> tuple[int, int]:
    import gc

    gc.collect()  # in a worker: would finalise what the worker was forked with, were it not frozen
    return n * n, os.getpid()


def overran(n: int, seconds: float) -> str:
    return f"{n} overran"


def lost(n: int) -> str:
    return f"{n} lost"


def test_a_worker_stuck_in_c_code_is_killed_and_the_files_behind_it_are_answered() -> None:
    pool: WorkerPool[int, int | str] = WorkerPool(2, square_or_hang, overran, lost, patience=1.0)
    items = [1, 2, -1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    answers = list(pool.run(items))
    assert answers == [1, 4, "-1 overran", 9, 16, 25, 36, 49, 64, 81, 100, 121, 144]
    assert pool.replaced == 1
    assert pool.workers == []


def test_a_worker_that_dies_fails_only_the_file_it_was_on() -> None:
    pool: WorkerPool[int, int | str] = WorkerPool(1, square_or_hang, overran, lost, patience=30.0)
    answers = list(pool.run([3, -2, 4, 5]))
    assert answers == [9, "-2 lost", 16, 25]
    assert pool.replaced == 1


def test_workers_that_cannot_start_blame_no_file_and_the_items_are_read_here() -> None:
    """Workers dying before they answer anything (they could not load the work's module) are not the
    files' fault: after two in a row the items are answered in this process, and the pool says why. (Each
    such file was failed as "its worker ended while reading it", one worker start a file: 2,000 files took
    200 s and all failed.)"""
    from tests.store.unstartable import double

    pool: WorkerPool[int, int | str] = WorkerPool(
        2, double, overran, lost, patience=30.0, context=multiprocessing.get_context("spawn")
    )
    answers = list(pool.run(list(range(1, 41))))
    assert answers == [2 * n for n in range(1, 41)]
    assert pool.unable is not None
    assert pool.unable.startswith("extraction worker processes could not start (exit code 1)")
    assert pool.workers == []


def test_a_cancel_kills_every_worker_even_one_stuck_in_c_code() -> None:
    pool: WorkerPool[int, int | str] = WorkerPool(2, square_or_hang, overran, lost, patience=3600.0)
    seen: list[int | str] = []
    started = []

    def stop() -> bool:
        return len(seen) >= 1

    runner = pool.run([2, -1, -1, 3], stop)
    with pytest.raises(Stopped):
        for answer in runner:
            seen.append(answer)
            started.extend(w.process for w in pool.workers)
    assert seen == [4]
    assert started and not any(p.is_alive() for p in started)


def test_until_a_worker_is_ready_the_items_at_the_front_are_worked_here() -> None:
    """A worker takes a new interpreter's start to be ready (~0.15 s with Dyad's imports, a hundred small
    files); this process works the front items meanwhile, as many as ``local`` allows in a row, and the
    workers take the rest. Each answer says which process made it."""
    pool: WorkerPool[int, tuple[int, int] | str] = WorkerPool(
        2,
        square_and_pid,
        overran,
        lost,
        patience=30.0,
        context=multiprocessing.get_context("spawn"),
        local=lambda n: n < 40,
    )
    answers = list(pool.run(list(range(200))))
    assert [a[0] for a in answers if isinstance(a, tuple)] == [n * n for n in range(200)]
    here = [n for n, a in enumerate(answers) if isinstance(a, tuple) and a[1] == os.getpid()]
    assert here and here == list(range(len(here)))  # the front, in order
    assert len(here) <= 40 and pool.worked_here == len(here)
    assert all(isinstance(a, tuple) and a[1] != os.getpid() for a in answers[40:])  # not local: a worker's
    assert pool.workers == []

    isolated: WorkerPool[int, tuple[int, int] | str] = WorkerPool(2, square_and_pid, overran, lost, patience=30.0)
    answers = list(isolated.run(list(range(50))))  # no ``local``: every item in a worker, as the window asks
    assert all(isinstance(a, tuple) and a[1] != os.getpid() for a in answers)
    assert isolated.worked_here == 0


_CYCLE = """
import gc, os, sys
from app.store.extraction_pool import WorkerPool
from tests.store.test_extraction_pool import collect_and_square, lost, overran

class Held:  # as a store connection left in a cycle: closing it from a worker would close it for all
    def __del__(self):
        with open(sys.argv[1], "a") as out:
            out.write(f"{os.getpid()}\\n")

gc.disable()
held = Held()
held.me = held
del held  # unreachable, not yet collected: this process would finalise it at its next collection
gc.enable()
pool = WorkerPool(2, collect_and_square, overran, lost, 30.0, fork=True)
answers = list(pool.run(list(range(20))))
assert pool.forks and [a[0] for a in answers] == [n * n for n in range(20)]
print(os.getpid(), len({a[1] for a in answers} - {os.getpid()}), gc.get_freeze_count())
gc.collect()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a process forks its own workers on Linux only")
def test_a_forked_worker_never_finalises_what_it_was_forked_with(tmp_path: Path) -> None:
    """Each worker collects its garbage, but never the objects of the process it was forked from: those are
    frozen for the fork (gc.freeze), so an object in a cycle there is finalised there, once, not in a copy."""
    marks = tmp_path / "finalised"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", _CYCLE, str(marks)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    pid, workers, frozen_after = result.stdout.split()
    assert int(workers) >= 1 and frozen_after == "0"  # answered by workers; nothing left frozen here
    assert marks.read_text().split() == [pid]  # finalised once, by the process that made it


def test_an_import_asks_its_workers_warmed_up_and_forked_only_from_the_command_line(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Every import's pool imports app.store.worker_start before its workers start, which reads a small
    article, so the readers' tables are built once and not in every worker on its first file (2,000
    articles: 2.05 -> 1.98 s). The command line's import may fork its workers from its own process; the
    window's (``isolate``) never: its Qt threads forbid it."""
    import app.store.ingest as ingest

    asked: list[tuple[object, object]] = []
    real = ingest.WorkerPool

    class Watched(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            asked.append((kwargs.get("preload"), kwargs.get("fork")))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(ingest, "WorkerPool", Watched)
    (tmp_path / "a.txt").write_text("Chile and Peru trade news.\n\nChile and Peru traded $1 billion.\n")
    for isolate in (True, False):
        stream = ingest._prepared_stream([(tmp_path / "a.txt", None)] * 70, 2, lambda: False, isolate, notes=[])
        assert [item.name for item in stream] == ["a.txt"] * 70
    assert asked == [(["app.store.worker_start"], False), (["app.store.worker_start"], True)]


_FORKS = """
import os, sys, threading
from app.store.extraction_pool import WorkerPool, single_threaded
from tests.store.test_extraction_pool import lost, overran, square_pid_and_parent

def run(pool):
    answers = list(pool.run(list(range(40))))
    assert [a[0] for a in answers] == [n * n for n in range(40)], answers
    return pool.forks, sorted({a[2] == os.getpid() for a in answers}), pool.worked_here

print(single_threaded(), "app.store.worker_start" in sys.modules)
warm = ["app.store.worker_start"]
pool = WorkerPool(2, square_pid_and_parent, overran, lost, 30.0, local=lambda n: True, preload=warm, fork=True)
print(*run(pool), "app.store.worker_start" in sys.modules)
held = threading.Event()
threading.Thread(target=held.wait, daemon=True).start()
print(single_threaded())
print(*run(WorkerPool(2, square_pid_and_parent, overran, lost, 30.0, fork=True)))
held.set()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a process forks its own workers on Linux only")
def test_a_process_with_one_thread_forks_its_workers_itself() -> None:
    """The command line's import forks its workers from its own process, after importing what the forkserver
    would (its readers' tables built once): they answer at once, so nothing is read here meanwhile (2,000
    articles: 987-998 -> 1,096-1,117 a second). A process with a second thread (the window: Qt's) never forks:
    its workers come from the forkserver, whose children they are."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", _FORKS], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split("\n")[:4] == [
        "True False",  # one thread; the warm-up not yet imported
        "True [True] 0 True",  # forked: every answer from a child of this process, none read here; warmed here
        "False",  # a second thread
        "False [False] 0",  # from the forkserver's children
    ]


def _descendants(pid: int) -> list[int]:
    found = []
    for child in _children(pid):
        found += [child, *_descendants(child)]
    return found


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for the workers")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_dyad_ingest_leaves_on_a_signal_while_its_workers_read_a_huge_article(tmp_path: Path, sig: int) -> None:
    """SIGTERM left a worker at 100 % CPU and Ctrl-C a process that never exited; now the command
    prints what it stored and exits, and no worker is left."""
    from bench.pathological import dense

    folder = tmp_path / "in"
    folder.mkdir()
    huge = dense("rates and totals", 2_000_000)  # the most an article is read: seconds of work
    for n in range(4):
        (folder / f"huge{n}.txt").write_text(huge, encoding="utf-8")
    for n in range(70):
        (folder / f"a{n:03}.txt").write_text(
            f"Chile and Peru trade news {n}.\n\nTrade between Chile and Peru reached US${n}.5 billion in 2019.\n",
            encoding="utf-8",
        )
    env = {**os.environ, "DYAD_DATA_DIR": str(tmp_path / "data")}
    command = [sys.executable, "-m", "app", "--db", f"sqlite:///{tmp_path / 's.db'}", "ingest", str(folder)]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(_descendants(process.pid)) < 2 and time.monotonic() < deadline:  # the workers (forked, no server)
        time.sleep(0.05)
    time.sleep(0.5)  # the workers are inside the huge articles now
    workers = _descendants(process.pid)
    assert process.poll() is None, "the import ended before it could be interrupted"
    process.send_signal(sig)
    out, err = process.communicate(timeout=20)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert re.search(r"\d+ new", out), out
    time.sleep(0.5)
    assert workers and [w for w in workers if _running(w)] == []


def test_a_script_without_a_main_guard_still_imports_every_file(tmp_path: Path) -> None:
    """A script that calls Dyad at its top level: each worker process re-runs it and dies before it can
    serve. Every file used to fail as "its extraction worker ended while reading it"; now the files are read
    in the script's own process and the report says why."""
    script = tmp_path / "import_seeds.py"
    url = f"sqlite:///{tmp_path / 's.db'}"
    script.write_text(
        "from pathlib import Path\n"
        "from app.store.engine import open_store\n"
        "from app.store.ingest import ingest_paths\n"
        f"store = open_store({url!r})\n"
        f"report = ingest_paths(store, [Path({str(ROOT / 'seeds')!r})], workers=2, isolate=True)\n"
        "print(report.summary())\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DYAD_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == (  # 44 facts, as `dyad ingest seeds` adds
        "5 new, 0 already present, 0 failed; 44 facts added; extraction worker processes could not start "
        "(exit code 1); the files were read in this process"
    )
