"""A process's own peak memory.

``getrusage``'s ru_maxrss is no measure in a child process on Linux: a process started by fork and exec
keeps the peak of the parent it was forked from (a child of the 250 MB `make bench` process said 253 MB
for an import that peaks at 87 MB in a small parent, and at less in fact). The kernel's VmHWM of the
process's own memory map starts afresh at exec."""

from __future__ import annotations

import resource
import sys


def own_peak_mb() -> float:
    """This process's peak resident memory in MB since it started its program (VmHWM), where the system
    says it; else getrusage's figure (macOS gives bytes, Linux kilobytes)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
