"""Start-up: `dyad --exit-when-ready` against a bare PySide6 + pyqtgraph window, timed side by side."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = Path(__file__).with_name("bare_window.py")


def _time(command: list[str], env: dict[str, str], paints: list[float] | None = None) -> float:
    """Seconds from launch to exit; with ``paints``, also from launch to the first paint the process printed."""
    launched = time.time()
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {result.returncode}: {result.stderr[-500:]}")
    if paints is not None:
        found = re.search(r"first painted at ([0-9.]+)", result.stdout)
        if found is None:
            raise RuntimeError(f"{' '.join(command)} did not say when it first painted")
        paints.append(float(found.group(1)) - launched)
    return elapsed


def _environment(data_dir: str) -> dict[str, str]:
    """Children start as on an analyst's machine: their own data folder, and Python's bytecode cache on.
    (Some shells here set PYTHONDONTWRITEBYTECODE, which would have every start compile Dyad's modules
    from source, 40 ms that no installed Dyad pays; the bare window's packages come precompiled.)"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DYAD_DATA_DIR": data_dir}
    env.pop("DYAD_DB", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(data_dir) / "pycache")  # outside the source tree
    return env


def _touch(store: Path) -> None:
    """The store written to since the window last closed (only its stamp is compared): the snapshot is stale."""
    later = store.stat().st_mtime_ns + 1_000_000_000
    os.utime(store, ns=(later, later))


def bench_startup(runs: int = 11, dyad: list[str] | None = None) -> tuple[float, float]:
    dyad = dyad or [sys.executable, "-m", "app", "--exit-when-ready"]
    painted = [*dyad[:-1], "--exit-when-painted"]
    with tempfile.TemporaryDirectory() as tmp:
        env = _environment(tmp)
        store = Path(tmp) / "dyad.sqlite"
        _time([sys.executable, str(BARE)], env)  # both sides with their bytecode cached
        first = _time(dyad, env)  # first start: ingests the seeds; reported, not part of the ratio
        cold_env = {**env, "DYAD_VIEW_SNAPSHOT": "0"}
        times: dict[str, list[float]] = {k: [] for k in ("bare", "ours", "stale", "stale_ready", "cold")}
        paints: dict[str, list[float]] = {k: [] for k in ("bare", "ours", "stale")}
        for _ in range(runs):  # interleaved, so all of them see the same machine load
            times["bare"].append(_time([sys.executable, str(BARE)], env, paints["bare"]))
            _touch(store)
            # the first paint, marked Loading…; the store not read
            times["stale"].append(_time(painted, env, paints["stale"]))
            _touch(store)
            times["stale_ready"].append(_time(dyad, env))  # then the store read and painted (snapshot kept anew)
            times["ours"].append(_time(dyad, env))  # an unchanged store: painted from the snapshot
            _time(painted, env, paints["ours"])  # the same, to its first paint
            times["cold"].append(_time(dyad, cold_env))
        official = _with_official(dyad, painted, env, runs)
    bare, ours, stale, stale_ready, cold = (statistics.median(times[k]) for k in times)
    bare_paint, ours_paint, stale_paint = (statistics.median(paints[k]) for k in paints)
    name = " ".join(Path(c).name for c in dyad[-3:])
    print(
        f"start-up, median of {runs} (offscreen, each a whole process, start to exit): bare PySide6 + pyqtgraph "
        f"window {bare:.2f} s; `{name}` on an unchanged store (painted from its snapshot) {ours:.2f} s, ratio "
        f"{ours / bare:.2f} [target: <= 1.15]; after the store changed, first paint (the last comparison marked "
        f"Loading…) {stale:.2f} s, ratio {stale / bare:.2f} [target: <= 1.3], the store's data painted "
        f"{stale_ready:.2f} s; without any snapshot (store opened and queried before the comparison is painted) "
        f"{cold:.2f} s, ratio {cold / bare:.2f}; first start with seeding {first:.2f} s"
    )
    print(
        f"start-up to the first paint, median of {runs} (launch to the paint each process printed; the exits left "
        f"out): bare window {bare_paint:.3f} s; Dyad on an unchanged store {ours_paint:.3f} s, ratio "
        f"{ours_paint / bare_paint:.2f}; after the store changed {stale_paint:.3f} s, ratio "
        f"{stale_paint / bare_paint:.2f}"
    )
    if official is not None:
        bare_paint, official_paint = official
        print(
            f"start-up to the first paint with official statistics imported (the six fixture files: their lines, "
            f"key and rings painted too), median of {runs}: bare window {bare_paint:.3f} s; Dyad on an unchanged "
            f"store {official_paint:.3f} s, ratio {official_paint / bare_paint:.2f}"
        )
    return bare, ours


OFFICIAL_FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "official"


def _with_official(dyad: list[str], painted: list[str], env: dict[str, str], runs: int) -> tuple[float, float] | None:
    """(bare, Dyad) medians to the first paint once official figures are imported, as an analyst's store has
    them; None when the fixtures are not beside the bench (an installed copy)."""
    files = sorted(OFFICIAL_FIXTURES.glob("*.csv"))
    if not files:
        return None
    command = [*dyad[:-1], "official", "import", *map(str, files)]
    if subprocess.run(command, env=env, capture_output=True, check=False).returncode != 0:
        return None
    _time(dyad, env)  # read the store again: the snapshot now holds the official series
    bare: list[float] = []
    ours: list[float] = []
    for _ in range(runs):
        _time([sys.executable, str(BARE)], env, bare)
        _time(painted, env, ours)
    return statistics.median(bare), statistics.median(ours)


BUNDLE = Path(__file__).resolve().parents[1] / "dist" / "dyad" / "dyad"


def bench_bundle(runs: int = 11) -> None:
    """The standalone bundle's size, and its start-up against the source run's, timed side by side."""
    if not BUNDLE.exists():
        print("bundle: dist/dyad/dyad not built (make dist); size and start-up not measured")
        return
    size = sum(f.stat().st_size for f in BUNDLE.parent.rglob("*") if f.is_file() and not f.is_symlink())
    with tempfile.TemporaryDirectory() as tmp:
        env = _environment(tmp)
        source = [sys.executable, "-m", "app", "--exit-when-ready"]
        frozen = [str(BUNDLE), "--exit-when-ready"]
        _time(frozen, env)  # first start seeds the store
        source_times, frozen_times = [], []
        for _ in range(runs):
            source_times.append(_time(source, env))
            frozen_times.append(_time(frozen, env))
    src, frz = statistics.median(source_times), statistics.median(frozen_times)
    print(
        f"bundle: dist/dyad {size / 1e6:.2f} MB unpacked [target: < 160 MB]; start-up median of {runs}: "
        f"bundle {frz:.2f} s, source {src:.2f} s, ratio {frz / src:.2f} [target: <= 1.3]"
    )
