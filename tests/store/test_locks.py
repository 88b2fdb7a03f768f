"""A lock another session holds never means an endless wait: the command gives up after the timeout
($DYAD_DB_TIMEOUT, 30 s by default) and says in one line what waited on what."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, text

from app.cli import main
from app.store.engine import open_store
from tests.conftest import SEEDS


@pytest.fixture
def seeded_url(db_url: str) -> str:
    assert main(["ingest", "--db", db_url, str(SEEDS)]) == 0
    return db_url


def test_a_held_table_lock_ends_in_one_line(
    seeded_url: str, engine_name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DYAD_DB_TIMEOUT", "1")
    capsys.readouterr()
    where = open_store(seeded_url).describe()
    if engine_name == "postgresql":
        holder = create_engine(seeded_url).connect()
        holder.execute(text("LOCK TABLE facts IN ACCESS EXCLUSIVE MODE"))
        expected = f"dyad: {where}: reading facts waited 1 s for a lock another session holds (held by pid "
    else:
        holder_db = sqlite3.connect(where, isolation_level=None)
        holder_db.execute("BEGIN EXCLUSIVE")  # no reader gets in while this transaction lasts
        expected = f"dyad: {where} stayed locked by another program for over 1 s; try again when it is done\n"
    try:
        assert main(["pairs", "--db", seeded_url]) == 2
    finally:
        if engine_name == "postgresql":
            holder.close()
        else:
            holder_db.close()
    err = capsys.readouterr().err
    assert err.startswith(expected)
    assert err.count("\n") == 1


def test_an_import_under_a_held_lock_gives_up_and_says_what_went_in(
    seeded_url: str, engine_name: str, tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DYAD_DB_TIMEOUT", "1")
    article = tmp_path / "new.txt"
    article.write_text("Trade between Chile and Peru reached US$2 billion in 2021.", encoding="utf-8")
    capsys.readouterr()
    where = open_store(seeded_url).describe()
    if engine_name == "postgresql":
        holder = create_engine(seeded_url).connect()
        holder.execute(text("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE"))
        close = holder.close
    else:
        holder_db = sqlite3.connect(where, isolation_level=None)
        holder_db.execute("BEGIN IMMEDIATE")  # another writer
        close = holder_db.close
    try:
        status = main(["ingest", "--db", seeded_url, str(article)])
    finally:
        close()
    captured = capsys.readouterr()
    if engine_name == "sqlite":  # SQLite's lock covers the whole file: opening the store (a no-op write) waits
        assert status == 2
        assert (
            captured.err == f"dyad: {where} stayed locked by another program for over 1 s; try again when it is done\n"
        )
        return
    assert status == 3
    assert captured.out == "0 new, 0 already present, 0 failed; 0 facts added before it failed\n"
    assert captured.err.startswith(
        f"dyad: the store failed during the import: {where}: writing to articles waited 1 s for a lock another "
        "session holds (held by pid "
    )


def test_a_timeout_that_is_not_a_number_is_a_usage_error(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DYAD_DB_TIMEOUT", "soon")
    assert main(["pairs", "--db", f"sqlite:///{tmp_path / 's.sqlite'}"]) == 2
    assert capsys.readouterr().err == (
        "dyad: DYAD_DB_TIMEOUT must be a number of seconds between 0 and 86400, not 'soon'\n"
    )
