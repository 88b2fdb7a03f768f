"""A work function whose module cannot be loaded in a worker process, as a script that calls Dyad without an
``if __name__ == "__main__":`` guard cannot: every worker started for it dies before it can answer."""

from __future__ import annotations

import multiprocessing

if getattr(multiprocessing.current_process(), "_inheriting", False):  # being loaded by a new worker
    raise SystemExit("this module refuses to load in a worker process")


def double(n: int) -> int:
    return 2 * n
