"""The store on a temporary SQLite file: schema, ingest, repositories, review."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain.facts import ReviewStatus
from app.paths import migrations_dir
from app.store.engine import SCHEMA_HEAD, StoreError, open_store
from app.store.ingest import ingest_paths
from app.store.repositories import ArticleRepository, ConflictError, FactRepository, PairRepository
from tests.conftest import SEEDS
from tests.store.conftest import NewUrl


def test_schema_head_matches_the_migrations() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_an_older_store_gains_the_states_of_history(db_url: str) -> None:
    store = open_store(db_url)
    with store.engine.begin() as conn:  # as a store made before Dyad knew the Soviet Union
        conn.execute(text("DELETE FROM country_aliases WHERE code IN ('SUN', 'YUG')"))
        conn.execute(text("DELETE FROM countries WHERE code IN ('SUN', 'YUG')"))
    store.close()
    store = open_store(db_url)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM countries WHERE code = 'SUN'")).scalar() == "Soviet Union"
        assert conn.execute(text("SELECT count(*) FROM countries")).scalar() == 261
    store.close()


def test_a_new_store_holds_every_country(db_url: str) -> None:
    store = open_store(db_url)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM countries")).scalar() == 261  # with SUN, YUG, CSK, ANT, BLX…
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        if store.is_sqlite:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_seeds_ingest_with_real_values(seeded_store) -> None:  # type: ignore[no-untyped-def]
    facts = FactRepository(seeded_store).trade_totals(("VNM", "MEX"))
    by_year = {(int(r.year), bool(r.derived)): r for r in facts.itertuples()}
    assert by_year[(2019, False)].value_usd == 6.275e9
    assert by_year[(1993, False)].value_usd == 10_700
    assert by_year[(2023, True)].value_usd == pytest.approx(11.7647e9, rel=1e-4)
    assert len(by_year[(2023, True)].derived_from) == 2
    peru = FactRepository(seeded_store).trade_totals(("PER", "VNM"))
    partial = peru[peru.partial_period.notna()]
    assert list(zip(partial.year, partial.value_usd, strict=True)) == [(2024, 289.6e6)]


def test_spans_round_trip_through_the_store(seeded_store) -> None:  # type: ignore[no-untyped-def]
    articles = ArticleRepository(seeded_store)
    facts = FactRepository(seeded_store).facts()
    assert len(facts) == 44
    for row in facts.itertuples():
        article = articles.get(int(row.article_id))
        assert article is not None
        assert article.text[row.span_start : row.span_end] == row.sentence


def test_reingest_is_a_no_op_and_keeps_reviews(seeded_store) -> None:  # type: ignore[no-untyped-def]
    repo = FactRepository(seeded_store)
    fact_id = int(repo.trade_totals(("VNM", "MEX")).id.iloc[0])
    repo.set_status(fact_id, ReviewStatus.REJECTED)
    report = ingest_paths(seeded_store, [SEEDS])
    assert (report.count("new"), report.count("present")) == (0, 5)
    facts = repo.facts()
    assert len(facts) == 44
    assert facts.set_index("id").loc[fact_id, "status"] == "rejected"


def test_stale_review_edit_is_detected(seeded_store) -> None:  # type: ignore[no-untyped-def]
    repo = FactRepository(seeded_store)
    fact_id = int(repo.trade_totals(("VNM", "MEX")).id.iloc[0])
    version = repo.set_status(fact_id, ReviewStatus.ACCEPTED, expected_version=1)
    assert version == 2
    with pytest.raises(ConflictError):
        repo.set_status(fact_id, ReviewStatus.EDITED, expected_version=1, value_usd=1.0)


def test_pairs_and_counts(seeded_store) -> None:  # type: ignore[no-untyped-def]
    table = PairRepository(seeded_store).pairs().set_index(["country_a", "country_b"])
    assert table.loc[("MEX", "VNM"), "articles"] == 3
    assert table.loc[("MEX", "VNM"), "trade_total"] == 7
    assert table.loc[("PER", "VNM"), "relations_established"] == 1
    stats = PairRepository(seeded_store).stats()
    assert (stats.articles, stats.facts, stats.pairs) == (5, 44, 3)


def test_bad_files_fail_alone(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "nocountry.txt").write_text("Markets rose 2 per cent on Tuesday.", encoding="utf-8")
    (folder / "good.txt").write_text("Trade between Chile and Korea reached US$9 billion in 2021.", encoding="utf-8")
    (folder / "good-copy.txt").write_text(
        "Trade between Chile and Korea  reached US$9 billion in 2021.\n", encoding="utf-8"
    )
    store = open_store(db_url)
    report = ingest_paths(store, [folder])
    reasons = {Path(r.path).name: r.reason for r in report.failures}
    assert reasons == {
        "empty.txt": "empty file",
        "photo.txt": "binary file (a PNG image), not text",
        "nocountry.txt": "names no country, so it belongs to no relationship",
    }
    assert (report.count("new"), report.count("present")) == (1, 1)
    assert FactRepository(store).trade_totals(("KOR", "CHL")).value_usd.tolist() == [9e9]


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer Dyad"):
        open_store(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(StoreError, match="not a Dyad store"):
        open_store(f"sqlite:///{path}")


def test_garbage_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="not a Dyad store"):
        open_store(f"sqlite:///{path}")


def test_parallel_ingest_matches_serial(tmp_path: Path, new_db_url: NewUrl) -> None:
    from bench.corpus import write_corpus

    write_corpus(tmp_path / "corpus", 80)
    serial = open_store(new_db_url())
    parallel = open_store(new_db_url())
    one = ingest_paths(serial, [tmp_path / "corpus"], workers=1)
    two = ingest_paths(parallel, [tmp_path / "corpus"], workers=2)
    assert (one.count("new"), two.count("new")) == (80, 80)
    assert one.facts_added == two.facts_added > 400
    first = FactRepository(serial).facts().drop(columns=["id", "article_id", "reviewed_at", "derived_from"])
    second = FactRepository(parallel).facts().drop(columns=["id", "article_id", "reviewed_at", "derived_from"])
    assert first.equals(second)


def test_cancel_keeps_only_whole_articles(tmp_path: Path, db_url: str) -> None:
    from app.store.ingest import CancelToken
    from bench.corpus import write_corpus

    write_corpus(tmp_path / "corpus", 20)
    store = open_store(db_url)
    token = CancelToken()

    def progress(done: int, total: int, name: str) -> None:
        if done == 7:
            token.cancel()

    report = ingest_paths(store, [tmp_path / "corpus"], progress=progress, cancel=token, workers=1)
    assert report.cancelled
    assert report.count("new") == 7
    stored = FactRepository(store).facts().groupby("article_id").size()
    assert sorted(stored.index.tolist()) == sorted(r.article_id for r in report.results)
    assert stored.sum() == report.facts_added


@pytest.mark.parametrize("how", ["cancel", "ctrl-c"])
def test_stopping_a_parallel_import_terminates_its_workers(tmp_path: Path, db_url: str, how: str) -> None:
    """Cancel (the window) and Ctrl-C (the command line) end the import with what was stored whole,
    and leave no extraction worker running."""
    import multiprocessing

    from app.store.ingest import PARALLEL_FROM, CancelToken
    from bench.corpus import write_corpus

    write_corpus(tmp_path / "corpus", PARALLEL_FROM + 16)
    store = open_store(db_url)
    token = CancelToken()

    def progress(done: int, total: int, name: str) -> None:
        if done == 5 and name:  # the last call (no name) only reports the count
            if how == "cancel":
                token.cancel()
            else:
                raise KeyboardInterrupt

    report = ingest_paths(store, [tmp_path / "corpus"], progress=progress, cancel=token, workers=2)
    assert report.cancelled and report.summary().endswith("(cancelled)")
    assert report.count("new") == 5
    assert FactRepository(store).facts().article_id.nunique() == 5
    assert multiprocessing.active_children() == []


def test_a_cancelled_article_stops_between_sentences(tmp_path: Path) -> None:
    from app.extract.pipeline import ExtractionStopped
    from app.store.reading import prepare
    from bench.pathological import article

    path = tmp_path / "dump.txt"
    path.write_text(article("numbered sentences", 200_000), encoding="utf-8")
    with pytest.raises(ExtractionStopped):
        prepare(path, stop=lambda: True)


def test_ingest_text_from_outside_a_file(db_url: str) -> None:
    from app.extract.sources import text_from_bytes
    from app.store.ingest import ingest_source

    store = open_store(db_url)
    source = text_from_bytes(b"Trade between Chile and Korea reached US$9 billion in 2021.", "clipboard.txt")
    result = ingest_source(store, source, "clipboard.txt")
    assert (result.status, result.facts) == ("new", 1)
    assert ingest_source(store, source, "clipboard.txt").status == "present"


def test_articles_for_a_pair_with_fact_counts(seeded_store) -> None:  # type: ignore[no-untyped-def]
    articles = ArticleRepository(seeded_store).for_pair("VNM", "MEX")
    counts = dict(zip(articles.source_name.str[:3], articles.facts, strict=True))
    assert counts == {"000": 6, "001": 6, "002": 17}
    assert articles.source_name.iloc[0].startswith("000")  # newest (2025-05-20) first; undated last


def test_the_fast_writers_store_what_core_stores(new_db_url, engine_name: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Imports write through the raw connection (sqlite3, or psycopg pipelined); every stored value equals
    what the same import through SQLAlchemy Core stores, on each engine."""
    from sqlalchemy import text

    from app.store import ingest

    def dump(url: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
        store = open_store(url)
        with store.engine.connect() as conn:
            articles = [dict(r) for r in conn.execute(text("SELECT * FROM articles ORDER BY id")).mappings()]
            facts = [dict(r) for r in conn.execute(text("SELECT * FROM facts ORDER BY id")).mappings()]
        store.close()
        for article in articles:  # the time of import differs between two imports, and only it
            assert str(article.pop("imported_at")).startswith("20")
        return articles, facts

    fast, core = new_db_url(), new_db_url()
    fast_writer = {"sqlite": ingest.RawSQLiteWriter, "postgresql": ingest.RawPostgresWriter}[engine_name]
    used: list[str] = []
    chosen = ingest._writer

    def tracked(conn):  # type: ignore[no-untyped-def]
        writer = chosen(conn)
        used.append(type(writer).__name__)
        return writer

    monkeypatch.setattr(ingest, "_writer", tracked)
    for url in (fast, core):
        if url == core:
            monkeypatch.setattr(fast_writer, "fits", staticmethod(lambda conn: False))
        store = open_store(url)
        assert ingest.ingest_paths(store, [SEEDS]).count("new") == 5
        store.close()
    assert set(used) == {fast_writer.__name__, "CoreWriter"}  # each import went the way it was meant to
    fast_rows, core_rows = dump(fast), dump(core)
    assert len(fast_rows[1]) == len(core_rows[1]) > 40
    assert fast_rows == core_rows


def test_a_postgresql_server_that_stops_answering_is_given_up_on_after_the_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`kill -STOP` on the server: `DYAD_DB_TIMEOUT=3 dyad pairs` was still waiting at 60 s. A socket that
    accepts connections and never answers stands in for the stopped server."""
    import socket
    import threading
    import time

    from app.store.engine import StoreError, open_store

    pytest.importorskip("psycopg")
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.append(silent.accept()[0]), daemon=True).start()
    monkeypatch.setenv("DYAD_DB_TIMEOUT", "2")
    start = time.perf_counter()
    try:
        with pytest.raises(StoreError) as refused:
            open_store(f"postgresql+psycopg://dyad@127.0.0.1:{silent.getsockname()[1]}/dyad")
    finally:
        silent.close()
    assert time.perf_counter() - start < 10
    assert "did not answer" in str(refused.value) or "timeout" in str(refused.value).lower()


def _journal(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        conn.close()


def test_a_read_command_leaves_an_empty_foreign_file_as_it_was(tmp_path: Path) -> None:
    """`dyad pairs` on another program's empty SQLite file switched it to WAL and gave it Dyad's schema."""
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 7")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="holds no Dyad store \\(it has no tables\\); it was left untouched"):
        open_store(f"sqlite:///{path}", read_only_ok=True)
    assert path.read_bytes() == before
    assert _journal(path) == "delete"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]


def test_a_read_command_makes_no_store_where_there_is_none(tmp_path: Path) -> None:
    path = tmp_path / "nothing" / "dyad.sqlite"
    with pytest.raises(StoreError, match=f"there is no Dyad store at {path} yet"):
        open_store(f"sqlite:///{path}", read_only_ok=True)
    assert not path.parent.exists()


def test_a_newer_store_keeps_its_journal_mode(tmp_path: Path) -> None:
    """A newer Dyad's store was said to be 'left untouched' after its journal mode had been switched."""
    path = tmp_path / "future.sqlite"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    assert _journal(path) == "delete"
    for reading in (False, True):
        with pytest.raises(StoreError, match="newer Dyad"):
            open_store(f"sqlite:///{path}", read_only_ok=reading)
        assert _journal(path) == "delete"


def test_a_store_in_a_folder_that_cannot_be_written_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a read-only disk a WAL store could not be opened at all (its -shm file cannot be made); it is
    opened as a file that cannot change. (Checked by hand on a read-only bind mount; root, who runs the
    tests, writes through folder permissions, so the folder's state is what the test sets.)"""
    import app.store.engine as engine

    path = tmp_path / "store.sqlite"
    store = open_store(f"sqlite:///{path}")
    ingest_paths(store, [SEEDS], workers=1)
    store.close()
    assert _journal(path) == "wal"
    real_access = engine.os.access
    monkeypatch.setattr(engine.os, "access", lambda p, mode: mode != engine.os.W_OK and real_access(p, mode))
    store = open_store(f"sqlite:///{path}", read_only_ok=True)
    assert store.read_only
    totals = FactRepository(store).trade_totals(("MEX", "VNM"))
    assert 6.275e9 in totals.value_usd.tolist()


def test_a_raw_writers_driver_error_fails_as_a_core_write_does(db_url: str) -> None:
    """A full disk or a server gone during a raw INSERT is said in words like any store failure (the
    driver's own exception would have escaped the import unexplained)."""
    from sqlalchemy.exc import OperationalError

    from app.store.engine import StoreError, store_failure
    from app.store.writers import _wrapped

    store = open_store(db_url)
    dialect = store.engine.dialect
    reason = "database or disk is full" if dialect.name == "sqlite" else "server closed the connection unexpectedly"
    with pytest.raises(OperationalError) as raised, _wrapped(dialect, "INSERT INTO facts …"):
        raise dialect.loaded_dbapi.OperationalError(reason)
    failure = store_failure(store, raised.value)
    assert isinstance(failure, StoreError)
    assert reason in str(failure)
    store.close()


def test_a_pipeline_ending_after_its_raised_error_is_not_said_in_the_terminal(caplog: pytest.LogCaptureFixture) -> None:
    """psycopg logs "error ignored terminating <Pipeline>" when executemany's pipeline ends after a failed
    statement whose error is being raised: around a raw write that line is dropped (the error is raised and
    handled), psycopg's other warnings are not, and outside the write nothing is dropped."""
    from sqlalchemy.dialects import postgresql

    from app.store.writers import _wrapped

    dialect = postgresql.psycopg.dialect()
    psycopg = logging.getLogger("psycopg")
    with caplog.at_level(logging.WARNING), _wrapped(dialect, "INSERT INTO articles …"):
        psycopg.warning("error ignored terminating %r: %s", "<psycopg.Pipeline [IDLE]>", "pipeline aborted")
        psycopg.warning("connection lost")
    psycopg.warning("error ignored terminating %r: %s", "<psycopg.Pipeline [IDLE]>", "pipeline aborted")
    assert [r.getMessage() for r in caplog.records] == [
        "connection lost",
        "error ignored terminating '<psycopg.Pipeline [IDLE]>': pipeline aborted",
    ]
    assert psycopg.filters == []


@pytest.mark.parametrize("blind", [False, True], ids=["as-written", "stored-article-unseen"])
def test_an_import_in_groups_gives_each_file_its_own_fate(
    db_url: str,
    engine_name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    blind: bool,
) -> None:
    """Imports write articles sixteen to a transaction, ids given first; every file keeps the fate
    one-at-a-time writing gives it, in the order found: an article stored before and a second copy within
    the group are 'present' with the first copy's id, an empty file fails alone. When the group cannot go
    in (``blind``: an article stored meanwhile by another process, which the look-up did not see, breaks
    the unique index on content), nothing of it stays and the files are written one by one."""
    from app.store import ingest, writers

    # The files are one group however slowly a loaded machine reads them: the wait that closes a group early
    # has a test of its own (on a loaded shared machine, reading the seven seeds took longer than GROUP_WAIT).
    monkeypatch.setattr(ingest, "GROUP_WAIT", 60.0)
    groups: list[int] = []
    writer = {"sqlite": writers.RawSQLiteWriter, "postgresql": writers.RawPostgresWriter}[engine_name]
    insert_group = writer.insert_group

    def counted(self, group):  # type: ignore[no-untyped-def]
        groups.append(len(group))
        return insert_group(self, group)

    monkeypatch.setattr(writer, "insert_group", counted)
    if blind:
        monkeypatch.setattr(writers, "_RESERVE", writers._RESERVE.replace("= ANY(%s)", "= ANY(%s) AND false"))
        monkeypatch.setattr(writers, "_STORED", writers._STORED.replace("IN ({})", "IN ({}) AND 0"))
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for n, seed in enumerate(seeds):
        (folder / f"{n}.txt").write_bytes(seed.read_bytes())
    (folder / "1-copy.txt").write_bytes(seeds[1].read_bytes() + b"\n\n")  # the same text, other white space
    (folder / "2-empty.txt").write_bytes(b"")
    store = open_store(db_url)
    first = ingest_paths(store, [folder / "0.txt"]).results[0]
    report = ingest_paths(store, [folder])
    fates = [(Path(r.path).name, r.status, r.reason, r.facts) for r in report.results]
    assert fates == [
        ("0.txt", "present", "", 0),
        ("1-copy.txt", "new", "", 6),
        ("1.txt", "present", "", 0),
        ("2-empty.txt", "failed", "empty file", 0),
        ("2.txt", "new", "", 17),
        ("3.txt", "new", "", 11),
        ("4.txt", "new", "", 4),
    ]
    ids = {Path(r.path).name: r.article_id for r in report.results}
    assert ids["0.txt"] == first.article_id
    assert ids["1.txt"] == ids["1-copy.txt"]
    stored = FactRepository(store).facts().groupby("article_id").size().to_dict()
    assert stored == {first.article_id: 6, ids["1.txt"]: 6, ids["2.txt"]: 17, ids["3.txt"]: 11, ids["4.txt"]: 4}
    assert groups == [6]  # the 7 files but the empty one, in one group
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []  # none said in a terminal
    store.close()


@pytest.mark.parametrize("wait", [60.0, -1.0], ids=["group-fills", "articles-come-slowly"])
def test_an_article_waits_for_its_group_only_so_long(db_url: str, monkeypatch: pytest.MonkeyPatch, wait: float) -> None:
    """A group is written when full or when an article arrives GROUP_WAIT seconds after the group's first:
    a slow folder's articles are stored as they come (here every wait is over at once), not held back."""
    from app.store import ingest

    monkeypatch.setattr(ingest, "GROUP_WAIT", wait)
    store = open_store(db_url)
    stored_when_read: list[int] = []

    def progress(done: int, total: int, name: str) -> None:
        with store.engine.connect() as conn:
            stored_when_read.append(conn.execute(text("SELECT count(*) FROM articles")).scalar_one())

    report = ingest_paths(store, [SEEDS], progress=progress, workers=1)
    assert report.count("new") == 5
    # progress is told of each article as it is read, before it is written; the last call gives the count
    assert stored_when_read == ([0, 0, 0, 0, 0, 5] if wait > 0 else [0, 1, 2, 3, 4, 5])
    store.close()
