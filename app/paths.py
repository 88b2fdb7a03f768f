"""Where Dyad finds its bundled files (seeds, migrations, resources) and keeps the user's data."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
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


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_NEW_FILE_MODE = 0o666 & ~_umask()  # read once, while the program is single-threaded


@contextlib.contextmanager
def written_whole(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` for the block to write; it takes ``path``'s place only when the block
    ends without an error and its bytes are on the disk. A full disk, a crash or a failed writer leaves the
    file that was there before (or none), never part of one; the temporary file is removed."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    part = Path(name)
    try:
        yield part
        with open(part, "rb+") as written:
            os.fsync(written.fileno())
        try:
            mode = path.stat().st_mode & 0o7777  # a file replaced keeps its permissions
        except OSError:
            mode = _NEW_FILE_MODE
        os.chmod(part, mode)
        os.replace(part, path)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
