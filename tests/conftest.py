"""Shared fixtures: every test gets its own data folder and store; Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def window_environment(tmp_path: Path) -> dict[str, str]:
    """For a `dyad` window run in a child process: offscreen, with its own data folder and settings."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DYAD_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    env.pop("DYAD_DB", None)
    return env


@pytest.fixture(autouse=True)
def _isolated_user_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch the developer's data folder, store or settings."""
    data = tmp_path / "userdata"
    monkeypatch.setenv("DYAD_DATA_DIR", str(data))
    monkeypatch.setenv("DYAD_DB", f"sqlite:///{data / 'dyad.sqlite'}")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


@pytest.fixture
def seeded_store(db_url: str):  # type: ignore[no-untyped-def]
    from app.store.engine import open_store
    from app.store.ingest import ingest_paths

    store = open_store(db_url)
    report = ingest_paths(store, [SEEDS])
    assert report.count("new") == 5, report.results
    yield store
    store.close()
