"""Build the standalone bundle: render the icons from resources/dyad.svg, then run PyInstaller.

    python packaging/build.py        # dist/dyad/ (Linux, Windows) or dist/Dyad.app (macOS)

Works the same on Windows and macOS; ICO and ICNS are made from the PNG by Pillow when it is
installed (`pip install pillow`), as PyInstaller expects there.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
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
    spec = ROOT / "packaging" / "dyad.spec"
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"), str(spec)]
    status = subprocess.call(command, cwd=ROOT)
    if status == 0 and sys.platform == "linux":
        internal = ROOT / "dist" / "dyad" / "_internal"
        strip_symbols(internal)
        prune_orphans(internal)
        shrink_icu_data(internal)
    return status


def prune_orphans(internal: Path) -> None:
    """Remove the shared libraries that no other file of the bundle links to (Linux).

    PyInstaller collects a plugin's dependencies before the spec leaves the plugin out, so dropping Qt's
    GTK theme plugin leaves GTK's stack behind (cairo, pango, gio…: 8.5 MB) that nothing loads any more.
    Only libraries at the top level and in Qt's lib folder are candidates (a library's name is what
    others link to); Python extensions and Qt plugins, which are loaded by path, are never removed. The
    walk repeats until nothing more is orphaned."""
    elves = _elves(internal)
    needs = {}
    for path in elves:
        dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False).stdout
        needs[path] = set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic))
    qt_libs = internal / "PySide6" / "Qt" / "lib"
    candidates = [
        p
        for p in elves
        if p.parent in (internal, qt_libs) and ".so" in p.name and not p.name.startswith("libpython")
    ]
    removed: set[Path] = set()
    while True:
        used = {lib for path, libs in needs.items() if path not in removed for lib in libs}
        orphans = [p for p in candidates if p not in removed and p.name not in used]
        if not orphans:
            break
        removed.update(orphans)
    for path in sorted(removed):
        path.unlink()
    for link in [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()  # PyInstaller's top-level links to what was just removed
    names = ", ".join(sorted(p.name for p in removed))
    print(f"pruned {len(removed)} libraries nothing in the bundle links to: {names}")


def _elves(internal: Path) -> list[Path]:
    return [p for p in internal.rglob("*") if p.is_file() and not p.is_symlink() and p.read_bytes()[:4] == b"\x7fELF"]


def strip_symbols(internal: Path) -> None:
    """Strip symbol tables from the bundle's binaries that still carry them (the interpreter, SQLAlchemy's
    and numpy's extensions, ICU: 30 MB in all). Libraries that auditwheel vendored into a wheel's *.libs
    folder are left alone: numpy's OpenBLAS breaks when stripped."""
    strip = shutil.which("strip")
    if strip is None:
        print("strip not found: symbols left in the bundle")
        return
    count = 0
    for path in _elves(internal):
        if any(part.endswith(".libs") for part in path.relative_to(internal).parts):
            continue
        sections = subprocess.run(["readelf", "-S", str(path)], capture_output=True, text=True, check=False).stdout
        if ".symtab" in sections:
            subprocess.call([strip, "--strip-unneeded", str(path)])
            count += 1
    print(f"stripped {count} binaries")


# What of ICU's data Qt can reach: QtCore calls ICU only for case mapping, time-zone names, collation and
# legacy text codecs (checked with readelf on libQt6Core: u_strTo*, ucal_*, ucol_*, ucnv_*; no break
# iterators, no transliteration, no number or unit formatting). Dyad reads text with Python's codecs.
_ICU_KEEP_FOLDERS = ("coll/", "zone/")
_ICU_DROP_TOP = (".cnv", ".spp", ".cfu")
_ICU_LOCALES = ("root.res", "res_index.res", "pool.res", "en.res", "en_001.res", "en_GB.res", "en_US.res",
                "en_US_POSIX.res")


def _icu_keep(item: str) -> bool:
    base = item.rsplit("/", 1)[-1]
    if "/" in item:
        folder = item.split("/", 1)[0] + "/"
        return folder in _ICU_KEEP_FOLDERS and (base in _ICU_LOCALES or not base.endswith(".res"))
    if base.endswith(_ICU_DROP_TOP):
        return False
    return base in _ICU_LOCALES or not re.fullmatch(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res", base)


def shrink_icu_data(internal: Path) -> None:
    """Replace Qt's 32 MB ICU data library with one holding only what Qt can use (about 3 MB).

    The data is a package inside libicudata (symbol icudt<N>_dat). It is taken out, the unused items
    (other languages' names, currencies, units, break dictionaries, codec tables…) are removed with ICU's
    own icupkg, and the rest is linked back into a library of the same name. Needs icupkg (Debian:
    icu-devtools) and gcc; without them the data is left whole."""
    libraries = sorted((internal / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
    icupkg, cc = shutil.which("icupkg"), shutil.which("gcc") or shutil.which("cc")
    if not libraries or icupkg is None or cc is None:
        print("ICU data left whole (needs icupkg from icu-devtools, and gcc)")
        return
    library = libraries[0]
    symbols = subprocess.run(["readelf", "-Ws", str(library)], capture_output=True, text=True, check=True).stdout
    found = re.search(r"([0-9a-f]{16})\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+DEFAULT\s+\d+\s+(icudt(\d+)_dat)",
                      symbols)
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True, check=True).stdout
    rodata = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if found is None or rodata is None:
        print(f"ICU data left whole: no data symbol found in {library.name}")
        return
    address, size, symbol, version = int(found.group(1), 16), int(found.group(2), 0), found.group(3), found.group(4)
    offset = int(rodata.group(2), 16) + address - int(rodata.group(1), 16)
    name = f"icudt{version}l"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        (work / "out").mkdir()
        (work / "in" / f"{name}.dat").write_bytes(library.read_bytes()[offset : offset + size])
        items = subprocess.run([icupkg, "-l", str(work / "in" / f"{name}.dat")], capture_output=True, text=True,
                               check=True).stdout.split()
        drop = [item for item in items if not _icu_keep(item)]
        (work / "drop.txt").write_text("\n".join(drop) + "\n", encoding="utf-8")
        subprocess.run([icupkg, "-r", str(work / "drop.txt"), str(work / "in" / f"{name}.dat"),
                        str(work / "out" / f"{name}.dat")], check=True)
        (work / "data.S").write_text(
            f"""    .section .rodata
    .balign 16
    .globl {symbol}
    .type {symbol}, @object
{symbol}:
    .incbin "{work / "out" / f"{name}.dat"}"
    .size {symbol}, .-{symbol}
    .section .note.GNU-stack,"",@progbits
""",
            encoding="utf-8",
        )
        subprocess.run([cc, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(work / library.name),
                        str(work / "data.S")], check=True)
        before = library.stat().st_size
        shutil.copyfile(work / library.name, library)
    print(f"ICU data: kept {len(items) - len(drop)} of {len(items)} items, {before / 1e6:.1f} -> "
          f"{library.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    raise SystemExit(main())
