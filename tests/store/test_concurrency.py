"""Several writers on one store, and a writer killed part-way: nothing is lost, nothing is doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from app.extract.pipeline import extract_article
from app.store.engine import open_store
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def _dyad(db_url: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--db", db_url, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _article_shas(db_url: str) -> list[str]:
    store = open_store(db_url)
    try:
        with store.engine.connect() as conn:
            return [row[0] for row in conn.execute(text("SELECT sha256 FROM articles"))]
    finally:
        store.close()


def test_two_ingests_of_the_same_folder_at_once(tmp_path: Path, db_url: str) -> None:
    from bench.corpus import write_corpus

    write_corpus(tmp_path / "corpus", 120)
    open_store(db_url).close()  # both processes find the schema made; racing to create it is another test
    first, second = _dyad(db_url, "ingest", str(tmp_path / "corpus")), _dyad(db_url, "ingest", str(tmp_path / "corpus"))
    outputs = [p.communicate(timeout=300) for p in (first, second)]
    for process, (out, err) in zip((first, second), outputs, strict=True):
        assert process.returncode == 0, err
        assert "locked" not in err + out
    new = [int(out.split(" new,")[0].split()[-1]) for out, _ in outputs]
    assert sum(new) == 120  # every article stored by exactly one of them; the other found it present
    shas = _article_shas(db_url)
    assert len(shas) == len(set(shas)) == 120


def test_two_new_processes_create_one_schema(tmp_path: Path, db_url: str) -> None:
    (tmp_path / "a.txt").write_text("Trade between Chile and Korea reached US$9 billion in 2021.", encoding="utf-8")
    processes = [_dyad(db_url, "ingest", str(tmp_path / "a.txt")) for _ in range(2)]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    assert len(_article_shas(db_url)) == 1


def test_an_ingest_killed_part_way_leaves_whole_articles(tmp_path: Path, db_url: str) -> None:
    from bench.corpus import write_corpus

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 1000)
    open_store(db_url).close()
    store = open_store(db_url)
    process = _dyad(db_url, "ingest", str(corpus))
    stored = 0
    deadline = time.monotonic() + 240
    while stored < 150 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        with store.engine.connect() as conn:
            stored = int(conn.execute(text("SELECT count(*) FROM articles")).scalar() or 0)
    assert process.poll() is None, "the ingest ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    store.close()

    store = open_store(db_url)
    with store.engine.connect() as conn:
        if store.is_sqlite:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        articles = conn.execute(text("SELECT id, text, published FROM articles")).all()
        counts = dict(conn.execute(text("SELECT article_id, count(*) FROM facts GROUP BY article_id")).all())
    assert 150 <= len(articles) < 1000
    for article_id, body, _published in articles:
        # Extraction is deterministic: a whole article has as many facts as extracting it again gives.
        assert counts.get(article_id, 0) == len(extract_article(body).facts), article_id
    store.close()

    again = _dyad(db_url, "ingest", str(corpus))
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert f"{1000 - len(articles)} new, {len(articles)} already present, 0 failed" in out
    shas = _article_shas(db_url)
    assert len(shas) == len(set(shas)) == 1000


def test_concurrent_reviews_of_one_fact_conflict_only_when_stale(tmp_path: Path, db_url: str) -> None:
    """Twelve analysts accept or reject one fact at once: each change is applied in turn (none is a
    lost update, so none is refused), and the version counts them all."""
    from app.cli import main
    from tests.conftest import SEEDS

    assert main(["ingest", "--db", db_url, str(SEEDS)]) == 0
    runs = [_dyad(db_url, "review", "accept" if n % 2 else "reject", "1") for n in range(12)]
    outputs = [p.communicate(timeout=120) for p in runs]
    assert [p.returncode for p in runs] == [0] * 12, [err for _, err in outputs]
    store = open_store(db_url)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM facts WHERE id = 1")).scalar() == 13
    store.close()
    # A change that expects the version before those twelve is stale: refused, and the fact is unchanged.
    stale = _dyad(db_url, "review", "accept", "1", "--expect-version", "12")
    _, err = stale.communicate(timeout=60)
    assert stale.returncode == 1
    assert err == (
        "dyad: fact 1 was changed by someone else (now version 13); nothing changed "
        "(see it with `dyad facts`, then review it again)\n"
    )
    current = _dyad(db_url, "review", "reject", "1", "--expect-version", "13")
    out, _ = current.communicate(timeout=60)
    assert (current.returncode, out) == (0, "fact 1: rejected (version 14)\n")
