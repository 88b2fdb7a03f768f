"""The benchmarks' own peak memory of a child process is the child's, not the parent's it was forked from."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the kernel's VmHWM")
def test_a_child_of_a_large_process_reports_its_own_peak() -> None:
    parent = bytearray(200 * 1024 * 1024)
    parent[::4096] = b"\x01" * len(parent[::4096])  # 200 MB resident in this process
    child = "from bench.memory import own_peak_mb; print(round(own_peak_mb()))"
    said = subprocess.run([sys.executable, "-c", child], cwd=ROOT, capture_output=True, text=True, check=True)
    assert int(said.stdout) < 100  # a bare interpreter: getrusage's ru_maxrss said over 200 here
    del parent
