"""The store's tests run on every engine Dyad supports: SQLite always, PostgreSQL when
DYAD_TEST_PG_URL names a server (``tools/pg_test_server.sh start`` prints one; ``.ci/run`` sets it).

Each test gets fresh databases: SQLite files in its tmp_path, or new PostgreSQL databases created
on that server and dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

PG_URL = os.environ.get("DYAD_TEST_PG_URL", "")
# Without a server the PostgreSQL cases are still collected, and skipped with the reason: a run shows
# what it did not test.
ENGINES = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(
            not PG_URL, reason="PostgreSQL not tested: DYAD_TEST_PG_URL is unset (tools/pg_test_server.sh start)"
        ),
    ),
]

NewUrl = Callable[[], str]


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def new_db_url(engine_name: str, tmp_path: Path) -> Iterator[NewUrl]:
    """A factory of empty databases on the engine under test. FORCE drops them even while a store
    the test left open still holds connections."""
    made: list[str] = []

    def make() -> str:
        name = f"dyad_t_{uuid.uuid4().hex[:12]}"
        if engine_name == "sqlite":
            return f"sqlite:///{tmp_path / f'{name}.sqlite'}"
        _admin(f'CREATE DATABASE "{name}"')
        made.append(name)
        return _with_database(name)

    yield make
    for name in made:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def db_url(new_db_url: NewUrl) -> str:
    return new_db_url()


def _with_database(name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


def _admin(statement: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()
