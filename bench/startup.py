"""Start-up: `dyad --exit-when-ready` against a bare PySide6 + pyqtgraph window, timed side by side."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = Path(__file__).with_name("bare_window.py")


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {result.returncode}: {result.stderr[-500:]}")
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


def bench_startup(runs: int = 11, dyad: list[str] | None = None) -> tuple[float, float]:
    dyad = dyad or [sys.executable, "-m", "app", "--exit-when-ready"]
    with tempfile.TemporaryDirectory() as tmp:
        env = _environment(tmp)
        _time([sys.executable, str(BARE)], env)  # both sides with their bytecode cached
        first = _time(dyad, env)  # first start: ingests the seeds; reported, not part of the ratio
        cold_env = {**env, "DYAD_VIEW_SNAPSHOT": "0"}
        bare_times, dyad_times, cold_times = [], [], []
        for _ in range(runs):  # interleaved, so all three see the same machine load
            bare_times.append(_time([sys.executable, str(BARE)], env))
            dyad_times.append(_time(dyad, env))
            cold_times.append(_time(dyad, cold_env))
    bare, ours, cold = (statistics.median(t) for t in (bare_times, dyad_times, cold_times))
    name = " ".join(Path(c).name for c in dyad[-3:])
    print(
        f"start-up, median of {runs} (offscreen): bare PySide6 + pyqtgraph window {bare:.2f} s; `{name}` {ours:.2f} s, "
        f"ratio {ours / bare:.2f} [target: <= 1.3]; without the view snapshot (store opened and queried before "
        f"the first paint) {cold:.2f} s, ratio {cold / bare:.2f}; first start with seeding {first:.2f} s"
    )
    return bare, ours


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
        f"bundle: dist/dyad {size / 1e6:.0f} MB unpacked [target: < 160 MB]; start-up median of {runs}: "
        f"bundle {frz:.2f} s, source {src:.2f} s, ratio {frz / src:.2f} [target: <= 1.3]"
    )
