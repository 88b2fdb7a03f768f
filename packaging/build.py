"""Build the standalone bundle: render the icons from resources/dyad.svg, then run PyInstaller.

    python packaging/build.py        # dist/dyad/ (Linux, Windows) or dist/Dyad.app (macOS)

Works the same on Windows and macOS; ICO and ICNS are made from the PNG by Pillow when it is
installed (`pip install pillow`), as PyInstaller expects there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "packaging" / "build-icons"


def render_icons() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtCore, QtGui, QtSvg, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    renderer = QtSvg.QSvgRenderer(str(ROOT / "resources" / "dyad.svg"))
    ICONS.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256, 512):
        image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32)
        image.fill(QtCore.Qt.GlobalColor.transparent)
        painter = QtGui.QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"dyad-{size}.png"))
    del app
    try:  # Windows and macOS want ICO and ICNS
        from PIL import Image

        big = Image.open(ICONS / "dyad-512.png")
        big.save(ICONS / "dyad.ico", sizes=[(s, s) for s in (16, 32, 48, 64, 128, 256)])
        big.save(ICONS / "dyad.icns")
    except ImportError:
        if sys.platform in ("win32", "darwin"):
            raise SystemExit("install Pillow to make the Windows and macOS icons: pip install pillow") from None
    sys.path.insert(0, str(ROOT))
    from app import __version__

    numbers = ", ".join((__version__.split(".") + ["0", "0", "0"])[:4])
    (ICONS / "version.txt").write_text(
        f"""VSVersionInfo(ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})), kids=[
  StringFileInfo([StringTable('040904B0', [StringStruct('ProductName', 'Dyad'),
    StringStruct('FileDescription', 'Dyad: compare two country relationships'),
    StringStruct('ProductVersion', '{__version__}'), StringStruct('FileVersion', '{__version__}')])]),
  VarFileInfo([VarStruct('Translation', [1033, 1200])])])
""",
        encoding="utf-8",
    )


def main() -> int:
    render_icons()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"), str(ROOT / "packaging" / "dyad.spec")]
    status = subprocess.call(command, cwd=ROOT)
    if status == 0:
        strip_python(ROOT / "dist" / "dyad" / "_internal")
    return status


def strip_python(internal: Path) -> None:
    """Strip debug symbols from the interpreter and its standard extension modules (pyenv builds keep
    ~25 MB of them). Wheel-provided libraries are left alone: auditwheel-patched ones break when stripped."""
    strip = shutil.which("strip")
    if strip is None or sys.platform != "linux" or not internal.is_dir():
        return
    targets = [*internal.glob("libpython3*.so*"), *(internal / f"python3.{sys.version_info[1]}").rglob("*.so")]
    for target in targets:
        subprocess.call([strip, "--strip-unneeded", str(target)])


if __name__ == "__main__":
    raise SystemExit(main())
