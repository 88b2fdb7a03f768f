"""``make bench``: every figure the issues set targets for, printed.

python -m bench [real|ingest|pathological (with the hostile folder)|startup|window|scale|official|bundle] [COUNT]
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import write_corpus


def bench_ingest(count: int = 2000) -> None:
    from app.store.engine import open_store
    from app.store.ingest import ingest_paths

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, count)
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        start = time.perf_counter()
        report = ingest_paths(store, [folder])
        elapsed = time.perf_counter() - start
        store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    new, facts = report.count("new"), report.facts_added
    print(
        f"ingest {count} synthetic articles into SQLite: {elapsed:.1f} s, {new / elapsed:.0f} articles/s, "
        f"{facts / elapsed:.0f} facts/s ({new} new, {report.count('failed')} failed, {facts} facts); "
        f"peak memory {peak_mb:.0f} MB in the writing process (extraction workers not included)  "
        "[target: >= 1,000 articles/s of real length on this 2-core machine]"
    )


def main() -> int:
    from bench.startup import bench_bundle, bench_startup

    args = sys.argv[1:]
    what = args[0] if args and not args[0].isdigit() else "all"
    count = int(next((a for a in args if a.isdigit()), "2000"))
    if what in ("all", "ingest", "real"):
        from bench.real import bench_real

        bench_real()
    if what in ("all", "ingest"):
        bench_ingest(count)
    if what in ("all", "pathological"):
        from bench.hostile_folder import bench_hostile_folder
        from bench.pathological import bench_pathological

        bench_pathological()
        bench_hostile_folder()
    if what in ("all", "startup"):
        bench_startup()
    if what in ("all", "window"):
        from bench.window import bench_window

        bench_window()
    if what in ("all", "scale"):
        from bench.scale import bench_scale

        bench_scale(int(next((a for a in args if a.isdigit()), "20000")))
    if what in ("all", "official"):
        from bench.official import bench_official, bench_workbooks

        bench_official()
        bench_workbooks()
    if what in ("all", "bundle"):
        bench_bundle()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
