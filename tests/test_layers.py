"""The core layers import without Qt (napari enforces the same with import-linter)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'pyqtgraph', 'shiboken6'):
            raise ImportError('Qt is not allowed in ' + name)
sys.meta_path.insert(0, _NoQt())
import app.domain.countries, app.extract.pipeline, app.store.ingest, app.store.repositories, app.session.compare
import app.official.reader, app.store.official, app.analysis.official
import app.cli
print('ok')
"""


def test_core_layers_do_not_need_qt() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "ok", result.stderr
