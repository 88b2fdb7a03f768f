"""The house's shape holds: layers import only downward, nothing imports in a circle, Qt lives in the
window alone, and the window's first paint needs neither SQLAlchemy nor pandas."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp
import pytest

from tests.conftest import ROOT, window_environment

NO_QT = """
import sys
class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'pyqtgraph', 'shiboken6'):
            raise ImportError('Qt is not allowed in ' + name)
sys.meta_path.insert(0, _NoQt())
import app.domain.countries, app.extract.pipeline, app.store.ingest, app.store.repositories
import app.official.reader, app.store.official, app.analysis.official
import app.session.compare, app.session.review, app.session.imports, app.session.exports, app.session.startup
import app.cli
print('ok')
"""

# What `dyad` imports before the window paints from its snapshot: none of it may load SQLAlchemy or
# pandas (0.7 s of start-up between them).
FIRST_PAINT = """
import os, sys
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
class _Blocked:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('sqlalchemy', 'pandas'):
            raise ImportError(name + ' is not allowed before the first paint')
sys.meta_path.insert(0, _Blocked())
from app.ui.app import make_application
from app.ui import snapshot
from app.ui.main_window import MainWindow
application = make_application()
window = MainWindow()
window.show()
application.processEvents()
print('ok')
"""


# What an import's extraction workers load (their forkserver imports the work's module, each worker forks
# from it): the readers and the extractor, not the store. With app.store.ingest it was 0.43 s before the
# first file could be read, against 0.20 s.
WORKER = """
import sys
class _Blocked:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('sqlalchemy', 'alembic', 'pandas', 'PySide6', 'pyqtgraph'):
            raise ImportError(name + ' is not needed to read a file')
sys.meta_path.insert(0, _Blocked())
from pathlib import Path
import app.store.worker_start  # imported where workers are forked from (forkserver or importer): tables built
import app.extract.mentions
from app.domain.countries import country_index
print(country_index.cache_info().currsize, app.extract.mentions._finder is not None)
from app.store.reading import prepare_found
prepared = prepare_found((Path(sys.argv[1]), None))
facts = prepared.extraction.facts
print(prepared.extraction.pair, [(f.kind.value, f.date or f.value_usd) for f in facts if f.year in (1975, 2024)][:2])
"""


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT)


def test_core_layers_do_not_need_qt() -> None:
    result = _run(NO_QT)
    assert result.stdout.strip() == "ok", result.stderr


def test_the_first_paint_needs_neither_sqlalchemy_nor_pandas() -> None:
    result = _run(FIRST_PAINT)
    assert result.stdout.strip() == "ok", result.stderr


def test_the_extraction_workers_load_neither_the_store_nor_the_window() -> None:
    seed = ROOT / "seeds" / "000_c54453131e963e29.txt"  # Vietnam–Mexico: relations in 1975, $15B in 2024
    result = subprocess.run(
        [sys.executable, "-c", WORKER, str(seed)], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == [
        "1 True",  # the country index and finder, built before any worker is forked
        "('MEX', 'VNM') [('relations_established', '1975'), ('trade_total', 15000000000.0)]",
    ]


def test_the_bundle_holds_every_module_the_workers_are_named() -> None:
    """A module named to WorkerPool's preload is imported by its name only: PyInstaller's analysis cannot see
    it, so the bundle lists it, or a forked import's warm-up (and a forkserver's) is silently skipped there."""
    import ast

    from app.store import ingest

    named = set()
    for node in ast.walk(ast.parse(Path(ingest.__file__).read_text(encoding="utf-8"))):
        if isinstance(node, ast.keyword) and node.arg == "preload" and isinstance(node.value, ast.List):
            named.update(e.value for e in node.value.elts if isinstance(e, ast.Constant))
    assert named == {"app.store.worker_start"}
    spec = (ROOT / "packaging" / "dyad.spec").read_text(encoding="utf-8")
    assert all(f'"{module}"' in spec for module in named)


def test_the_import_contracts_hold() -> None:
    """import-linter's layers and forbidden contracts (pyproject.toml): an upward import fails here."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], capture_output=True, text=True, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:]


def test_no_module_imports_in_a_circle() -> None:
    """Not even through an import made only for type checking: a circle is a circle to a reader."""
    graph = grimp.build_graph("app", exclude_type_checking_imports=False)
    circles = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported != module and not module.startswith(imported + ".") and graph.chain_exists(imported, module):
                circles.append(f"{module} -> {imported} -> … -> {module}")
    assert circles == []


# `dyad` painting from its snapshot, up to date or of a store changed since (then marked "Loading…"): the
# first paint loads neither SQLAlchemy and pandas nor pycountry (the country index: the snapshot names the
# countries it shows).
PAINTED = """
import sys
class _Blocked:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('sqlalchemy', 'pandas', 'pycountry'):
            raise ImportError(name + ' is not allowed before the first paint')
sys.meta_path.insert(0, _Blocked())
from app.ui.app import run_window
code = run_window(None, exit_when_painted=True)
print('painted', code)
"""


def _dyad(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, cwd=ROOT, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("official", [False, True], ids=["news only", "with official statistics"])
def test_the_first_paint_from_a_snapshot_opens_no_store(tmp_path: Path, official: bool) -> None:
    import json
    import os

    env = window_environment(tmp_path)
    seeded = _dyad(env, "--exit-when-ready")
    assert seeded.returncode == 0, seeded.stderr  # the store seeded, read, and its snapshot kept
    if official:  # the official lines, their key and the news ringed against them are painted too
        from tests.official.test_readers import FIXTURES

        files = [str(p) for p in sorted(FIXTURES.glob("*.csv"))]
        assert _dyad(env, "official", "import", *files).returncode == 0
        again = _dyad(env, "--exit-when-ready")
        assert again.returncode == 0, again.stderr
        kept = json.loads((tmp_path / "data" / "view-snapshot.json").read_text(encoding="utf-8"))["payload"]
        assert [len(view["official"]) for view in kept["views"]] == [7, 6]  # a series per dataset and reporter
    store = tmp_path / "data" / "dyad.sqlite"
    for changed in (False, True):
        if changed:
            later = store.stat().st_mtime_ns + 5_000_000_000
            os.utime(store, ns=(later, later))
        result = subprocess.run(
            [sys.executable, "-c", PAINTED], env=env, cwd=ROOT, capture_output=True, text=True, check=False
        )
        said = result.stdout.strip().splitlines()
        assert said and said[-1] == "painted 0", (changed, result.stderr)
        assert said[0].startswith("first painted at "), said  # when, for the bench's timer
