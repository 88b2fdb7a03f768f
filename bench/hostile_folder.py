"""A folder of 100 articles holding every hostile shape the red team tried, among innocent articles.

``write_hostile_folder`` builds it and says what each file must become; the test asserts the outcome (every
innocent article stored whole, every hostile file refused or read with a reason, nothing else lost) and
``make bench`` times ``dyad ingest`` of it on SQLite and, when a server is given, PostgreSQL.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.pathological import DENSE, MARKDOWN, dense

ROOT = Path(__file__).resolve().parents[1]
PAIRS = [("Chile", "Peru"), ("Vietnam", "Mexico"), ("Kenya", "India"), ("Norway", "Japan"), ("Ghana", "Brazil")]
MB = 1_000_000


def innocent(n: int) -> str:
    a, b = PAIRS[n % len(PAIRS)]
    return (
        f"{a} and {b} trade news number {n}.\n\n"
        f"Two-way trade between {a} and {b} reached US${n + 1}.25 billion in {1990 + n % 30}.\n"
    )


def write_hostile_folder(folder: Path, files: int = 100) -> dict[str, str]:
    """Write the folder of ``files`` files, innocent articles after the hostile ones; return {file name:
    "stored" | "failed" | "skipped"} for each."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def put(name: str, data: str | bytes, outcome: str) -> None:
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        expected[name] = outcome

    lead = "Two-way trade between Chile and Peru reached US$3.5 billion in 2021.\n"
    for n, opener in enumerate(MARKDOWN.values()):  # the link openers that were quadratic
        put(f"h-markdown-{n}.md", lead + opener * (MB // len(opener)) + "\n", "stored")
    for n, shape in enumerate(DENSE):  # dense pages of figures, read within the budget
        put(f"h-dense-{n}.txt", f"Page {n}.\n" + dense(shape, MB), "stored")
    put("h-nested.html", "<html><body><p>" + lead + "</p>" + "<div><span>" * (MB // 11) + "</body></html>", "stored")
    put("h-embed.html", f'<html><body><p>{lead}</p><embed src="x.swf"><p>{innocent(0)}</p></body></html>', "stored")
    put("h-script.html", f"<html><script>alert('x')</script><body><p>Scripted. {lead}</p></body></html>", "stored")
    put("h-zero-width.txt", "Zero\u200bwidth.\n" + lead.replace("3.5", "3.\u200b5"), "stored")
    put("h-digits.txt", lead + "1" * MB + "\n", "stored")
    put("h-utf16.txt", ("Wide.\n" + lead).encode("utf-16"), "stored")
    put("h-cp1252.txt", ("Chile and Peru, São Paulo café.\n" + lead).encode("cp1252"), "stored")
    put("h-empty.txt", "", "failed")
    put("h-binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100, "failed")
    put("h-no-country.txt", "Trade reached US$3 billion in 2021 between the two sides.\n", "failed")
    put("h-huge.txt", "Chile and Peru.\n" + "a " * (11 * MB), "failed")  # over the 20 MB article limit
    os.mkfifo(folder / "h-fifo.txt")
    expected["h-fifo.txt"] = "skipped"
    os.symlink("/dev/zero", folder / "h-zero-link.txt")
    expected["h-zero-link.txt"] = "skipped"
    for n in range(files - len(expected)):
        put(f"i-{n:03}.txt", innocent(n), "stored")
    return expected


def bench_hostile_folder() -> None:
    """``dyad ingest`` of the hostile folder, on SQLite and (with DYAD_BENCH_PG_URL) PostgreSQL."""
    engines = {"SQLite": None, "PostgreSQL": os.environ.get("DYAD_BENCH_PG_URL")}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "hostile"
        expected = write_hostile_folder(folder)
        for engine, url in engines.items():
            if engine == "PostgreSQL" and not url:
                print("  hostile folder on PostgreSQL: not timed (set DYAD_BENCH_PG_URL to an empty database)")
                continue
            db = url or f"sqlite:///{Path(tmp) / 'hostile.sqlite'}"
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "app", "--db", db, "ingest", str(folder)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                env={**os.environ, "DYAD_DATA_DIR": str(Path(tmp) / "data")},
                check=False,
            )
            elapsed = time.perf_counter() - start
            summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()[-200:]
            print(f"hostile folder of {len(expected)} files on {engine}: {elapsed:.1f} s ({summary})  [target: < 60 s]")
