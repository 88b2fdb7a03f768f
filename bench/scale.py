"""20,000 synthetic articles into SQLite and into PostgreSQL: ingest rate, peak memory, and the window's
pair switch on the resulting stores. PostgreSQL is a throwaway server (tools/pg_test_server.sh) with
fsync on, so both engines make their writes durable."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import COUNTRIES, write_corpus

ROOT = Path(__file__).resolve().parents[1]
PG_SCRIPT = ROOT / "tools" / "pg_test_server.sh"

# Run in a child process: the ingest as `dyad ingest` runs it, then its own and its workers' peaks.
_CHILD = """
import sys, time
from pathlib import Path
from app.store.engine import open_store
from app.store.ingest import ingest_paths
store = open_store(sys.argv[1])
began = time.perf_counter()
report = ingest_paths(store, [Path(sys.argv[2])])
elapsed = time.perf_counter() - began
store.close()
from bench.memory import own_peak_mb
own = own_peak_mb()
print(report.count("new"), report.count("failed"), report.facts_added, f"{elapsed:.3f}", f"{own:.0f}")
"""


def _tree_rss_mb(root: int) -> tuple[float, float]:
    """Resident memory of a process and all its descendants (its extraction workers, or the forkserver and
    its workers), from /proc: (the sum of their resident sets, their proportional sets). A worker forked
    from the writer shares the writer's pages until either writes them: the resident sets count those in
    each process, the proportional sets (Pss, smaps_rollup) once, split between the processes sharing them."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [p for p, parent in parents.items() if parent == pid and p not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(p, 0) for p in tree) / 1e6, sum(_pss(p) for p in tree) / 1e6


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


def _ingest(url: str, corpus: Path) -> tuple[int, int, int, float, float, float, float]:
    """Ingest in a child process; returns (new, failed, facts, seconds, writer's peak MB, the tree's peak MB
    resident and proportional)."""
    process = subprocess.Popen(
        [sys.executable, "-c", _CHILD, url, str(corpus)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    tree_peak = tree_pss = 0.0
    while process.poll() is None:
        resident, proportional = _tree_rss_mb(process.pid)
        tree_peak, tree_pss = max(tree_peak, resident), max(tree_pss, proportional)
        time.sleep(0.2)
    out = process.stdout.read() if process.stdout else ""
    if process.returncode != 0:
        raise RuntimeError(f"the ingest failed (exit {process.returncode})")
    new, failed, facts, elapsed, own = out.split()
    return int(new), int(failed), int(facts), float(elapsed), float(own), tree_peak, tree_pss


PG_DIR = "/tmp/dyad-pg-bench"  # not inside a private temporary folder: the server runs as its own user


def _start_postgres() -> str | None:
    env = {**os.environ, "DYAD_PG_DIR": PG_DIR, "DYAD_PG_PORT": "54339", "DYAD_PG_FSYNC": "on"}
    try:
        out = subprocess.run(["bash", str(PG_SCRIPT), "start"], env=env, capture_output=True, text=True, check=True)
    except (subprocess.CalledProcessError, OSError) as exc:
        reason = getattr(exc, "stderr", "") or exc
        print(f"PostgreSQL could not be started, so it was not measured: {reason}")
        return None
    return out.stdout.strip().splitlines()[-1]


def _stop_postgres() -> None:
    env = {**os.environ, "DYAD_PG_DIR": PG_DIR, "DYAD_PG_PORT": "54339"}
    subprocess.run(["bash", str(PG_SCRIPT), "stop"], env=env, check=False)


def bench_scale(count: int = 20_000, switches: int = 30) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.domain.countries import country_index
    from app.store.engine import open_store
    from app.ui.app import make_application
    from bench.window import measure_switches, open_window

    workers = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        write_corpus(tmp / "corpus", count)
        urls = {"SQLite": f"sqlite:///{tmp / 'scale.sqlite'}"}
        pg = _start_postgres()
        if pg is not None:
            urls["PostgreSQL"] = pg
        try:
            seconds: dict[str, float] = {}
            for engine, url in urls.items():
                open_store(url).close()  # the schema, outside the timing
                new, failed, facts, elapsed, own, tree, pss = _ingest(url, tmp / "corpus")
                seconds[engine] = elapsed
                print(
                    f"scale: ingest {count:,} articles into {engine}: {elapsed:.1f} s, {new / elapsed:.0f} articles/s "
                    f"({new} new, {failed} failed, {facts} facts); peak memory {own:.0f} MB in the writer, "
                    f"{tree:.0f} MB for it with its {workers} extraction workers, their resident sets summed "
                    f"({pss:.0f} MB proportional: the pages they share counted once; sampled every 0.2 s)  "
                    "[target: peak <= 300 MB]"
                )
            if "PostgreSQL" in seconds:
                ratio = seconds["PostgreSQL"] / seconds["SQLite"]
                print(f"scale: PostgreSQL ingest time / SQLite's = {ratio:.2f}  [target: <= 1.5]")
            app = make_application()
            index = country_index()
            codes = [c.code for n in COUNTRIES if (c := index.lookup(n))]
            for engine, url in urls.items():
                store = open_store(url)
                began = time.perf_counter()
                window = open_window(store, tmp / f"{engine}.ini")
                opened = time.perf_counter() - began
                median, worst, done, facts = measure_switches(window, codes, switches)
                print(
                    f"scale: switch relationship B on the {count:,}-article {engine} store ({done} switches, "
                    f"~{facts} facts a pair): median {median * 1000:.0f} ms, slowest {worst * 1000:.0f} ms; "
                    f"first paint {opened:.2f} s  [target: median <= 50 ms]"
                )
                window.workers.wait()
                window.close()
                window.deleteLater()
                store.close()
            del app
        finally:
            if pg is not None:
                _stop_postgres()
