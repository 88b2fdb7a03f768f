"""Where Dyad finds its bundled files (seeds, migrations, resources) and keeps the user's data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]


def _bundled(name: str) -> Path:
    """A top-level folder of the project: in a PyInstaller bundle, a wheel install or the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / name] if frozen else []
    candidates += [Path(__file__).resolve().parent / "_bundled" / name, _ROOT / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def seeds_dir() -> Path:
    return _bundled("seeds")


def migrations_dir() -> Path:
    return _bundled("db")


def resources_dir() -> Path:
    return _bundled("resources")


def data_dir() -> Path:
    """The user's data directory (``DYAD_DATA_DIR`` overrides it, for tests and portable installs)."""
    override = os.environ.get("DYAD_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Dyad", appauthor=False))


def default_db_url() -> str:
    """``--db`` beats ``DYAD_DB``, which beats an SQLite file in the user's data directory."""
    env = os.environ.get("DYAD_DB")
    if env:
        return env
    return f"sqlite:///{data_dir() / 'dyad.sqlite'}"
