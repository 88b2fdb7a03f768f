"""``make screenshots``: the real window driven through its main states, each written as a PNG to look at.

    python tools/screenshots.py OUT_FOLDER            (QT_SCALE_FACTOR=2 for 200 %)

Runs on a fresh temporary store ingested from the bundled seeds, with fresh settings, on whatever Qt
platform the environment names (offscreen by default). Each picture is the window as the user sees it,
with any tooltip or dialog it has open painted where it stands, taken once the window has loaded (never
during "Loading…"). At 100 % the window is 1600×1000 (and 1024×640 for two states); at 200 % it is what a
1600×1000 screen leaves at that scale, 760×475 logical pixels. Every picture's charts are checked by
``app.ui.layout_check`` (text cut or drawn over other text, a label over a marker, the key over the data,
a milestone hidden by another): the faults are listed and the run fails. Look at every picture before
calling a screen finished: tests check numbers, these show what a reader sees.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import app.ui.qt  # noqa: E402, F401  (PySide6 before pyqtgraph)
from app.ui.qt import QtCore, QtGui, QtWidgets  # noqa: E402

OFFICIAL_FILES = ROOT / "tests/fixtures/official"
NLG_1986 = (
    "DUTCH-WEST GERMAN TRADE ROSE IN 1986\n"
    "    AMSTERDAM, March 27 - Trade between the Netherlands and West\n"
    "Germany rose to 110,000,000,000 guilders in 1986, the Economics\n"
    "Ministry said. West Germany is the Netherlands' largest single trading\n"
    "partner, taking 28 pct of Dutch exports.\n"
    " Reuter\n"
)
LONG_NAMES = (
    "Saint Vincent and the Grenadines and the United Kingdom signed an air services agreement on March 3, "
    "2021, the two governments said. Trade between the two countries reached US$45 million in 2020."
)


def _settle(ms: int = 150) -> None:
    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QtWidgets.QApplication.processEvents()


def _composite(window: QtWidgets.QWidget) -> QtGui.QImage:
    """The window with the other visible top-level widgets (tooltips, dialogs) painted where they stand."""
    image = window.grab().toImage()
    painter = QtGui.QPainter(image)
    origin = window.frameGeometry().topLeft()
    for widget in QtWidgets.QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible() or widget.width() < 5:
            continue
        painter.drawPixmap(widget.pos() - origin, widget.grab())
    painter.end()
    return image


@dataclass
class Session:
    window: Any
    store: Any
    tmp: Path
    size: tuple[int, int]  # the window's usual size in this run

    def loaded(self) -> None:
        """Both relationships loaded and drawn, no "Loading…" left, the labels placed for the last change."""
        for _ in range(400):
            _settle(25)
            if all(self.window._loaded) and not self.window.statusBar().currentMessage().startswith("Loading"):
                break
        self.window.workers.wait()
        _settle(300)

    def pick(self, side: int, pair: tuple[str, str]) -> None:
        self.window.selectors[side].set_pair(*pair)
        self.loaded()

    def paste(self, text: str, published: str) -> None:
        from app.session.imports import store_pasted_article

        store_pasted_article(self.store, {"title": "", "published": published, "outlet": "", "text": text})

    def close_dialogs(self) -> None:
        QtWidgets.QToolTip.hideText()
        for widget in QtWidgets.QApplication.topLevelWidgets():
            if isinstance(widget, QtWidgets.QDialog) and widget.isVisible():
                widget.close()
        _settle(50)


def _hover(s: Session, side: int, year: int) -> None:
    """The ToolTip event Qt sends after the pointer rests on side's point of ``year``."""
    plot = s.window.plot
    scatter = plot.series[side].markers.scatter
    spot = next(p for p in scatter.points() if p.data().point.year == year)
    view_pos = plot.mapFromScene(scatter.mapToScene(spot.pos()))
    event = QtGui.QHelpEvent(QtCore.QEvent.Type.ToolTip, view_pos, plot.viewport().mapToGlobal(view_pos))
    QtWidgets.QApplication.sendEvent(plot.viewport(), event)


def _click(s: Session) -> None:
    point = next(p.point for p in s.window.plot.plotted(0) if p.point.year == 2019)
    s.window._on_point_activated(0, point.article_id, point.fact_id)


def _review(s: Session) -> None:
    for tabs in s.window.tabs:
        tabs.setCurrentIndex(1)


def _articles(s: Session) -> None:
    for tabs in s.window.tabs:
        tabs.setCurrentIndex(0)


def _official(s: Session) -> None:
    s.close_dialogs()
    s.window.official.start(sorted(OFFICIAL_FILES.glob("*.csv")))
    for _ in range(400):
        _settle(25)
        if s.window.official.last_import is not None:
            break
    s.loaded()


def _foreign_and_long(s: Session) -> None:
    s.paste(NLG_1986, "1987-03-27")
    s.paste(LONG_NAMES, "2021-03-04")
    s.window.refresh()
    s.loaded()
    s.pick(0, ("VCT", "GBR"))
    s.pick(1, ("NLD", "DEU"))


def _import_result(s: Session) -> None:
    folder = s.tmp / "import"
    folder.mkdir(exist_ok=True)
    (folder / "chile.txt").write_text("Trade between Chile and Kenya reached US$180 million in 2023.", encoding="utf-8")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    s.window.importer.import_paths([folder])
    for _ in range(400):
        _settle(25)
        if s.window.importer.last_import is not None:
            break
    s.loaded()


def _sized(width: int, height: int) -> Callable[[Session], None]:
    def resize(s: Session) -> None:
        s.window.resize(width, height)

    return resize


def _usual(s: Session) -> None:
    s.close_dialogs()
    s.window.resize(*s.size)


# Each state: its file name, what puts the window in it, and at 100 % only (a second size) or not.
STATES: list[tuple[str, Callable[[Session], None], bool]] = [
    ("01-first-start", lambda s: None, False),
    ("02-first-start-1024x640", _sized(1024, 640), True),
    ("03-hover-a-trade-point", lambda s: (_usual(s), _hover(s, 0, 2019)), False),
    ("04-click-to-source", lambda s: (s.close_dialogs(), _click(s)), False),
    ("05-aligned", lambda s: s.window.align_toggle.setChecked(True), False),
    ("06-swapped", lambda s: (s.window.align_toggle.setChecked(False), s.window.commands["swap"].trigger()), False),
    ("07-review-facts", lambda s: (s.window.commands["swap"].trigger(), _review(s)), False),
    ("08-official-statistics", lambda s: (_articles(s), _official(s)), False),
    ("09-official-tooltip", lambda s: _hover(s, 0, 2024), False),
    ("10-official-year-by-year", lambda s: (s.close_dialogs(), s.window.commands["official_table"].trigger()), False),
    ("11-a-pair-with-no-trade-figure", lambda s: (s.close_dialogs(), s.pick(1, ("JPN", "MEX"))), False),
    ("12-a-pair-with-no-data", lambda s: s.pick(1, ("CHL", "KEN")), False),
    ("13-import-result", _import_result, False),
    ("14-long-names-and-a-foreign-currency", lambda s: (s.close_dialogs(), _foreign_and_long(s)), False),
    ("15-exchange-rates", lambda s: s.window.commands["rates"].trigger(), False),
    ("16-wire-story-as-paragraphs", lambda s: (s.close_dialogs(), _wire_as_paragraphs(s)), False),
    ("17-export-dialog", lambda s: (s.pick(0, ("VNM", "MEX")), s.pick(1, ("VNM", "PER")), _export_dialog(s)), False),
    ("18-user-guide", lambda s: (s.close_dialogs(), s.window.help.show_guide()), False),
    ("19-review-facts-1024x640", lambda s: (s.close_dialogs(), _sized(1024, 640)(s), _review(s)), True),
    ("20-notes-on-a-comparison", lambda s: _notes(s), False),
    ("21-notes-on-a-comparison-1024x640", lambda s: (_sized(1024, 640)(s), _notes(s)), True),
]


def _out_of_date(s: Session, path: Path) -> list[str]:
    """What a start shows when the store changed since the window closed: the comparison last seen, marked;
    saved to ``path``, then the store read again. Returns its layout faults."""
    from dataclasses import replace

    from app.ui.layout_check import layout_problems

    s.close_dialogs()
    s.window.resize(*s.size)
    shot = s.window.snapshot()
    assert shot is not None  # both relationships read from the store
    s.window.show_snapshot(replace(shot, current=False))
    _settle(300)
    _composite(s.window).save(str(path))
    faults = [f"{path.name}: {problem}" for problem in layout_problems(s.window)]
    s.window.refresh()  # the store read: as it is again
    s.loaded()
    return faults


def _notes(s: Session) -> None:
    s.close_dialogs()
    s.window.comparisons.notes = "For the brief: Mexico's trade with Vietnam grew 24.5 % a year, Peru's 4.6 %.\n"
    s.window.comparisons.show_notes()


def _wire_as_paragraphs(s: Session) -> None:
    s.window.viewers[1].as_written.setChecked(False)


def _export_dialog(s: Session) -> None:
    from app.ui.export_dialog import ExportDialog

    s.dialog = ExportDialog(s.window.exports.export_size(), str(s.tmp), s.window)  # type: ignore[attr-defined]
    s.dialog.show()  # type: ignore[attr-defined]


def _report_pages(window: Any, out: Path) -> list[str]:
    """The comparison's report as PDF and HTML, and the PDF's first two pages rasterised (pdftoppm), to look at."""
    import shutil
    import subprocess

    pdf, page = out / "22-report.pdf", out / "22-report-page"
    window.comparisons.export_report(pdf)
    window.comparisons.export_report(out / "22-report.html")
    if shutil.which("pdftoppm") is None:
        return [str(pdf)]
    subprocess.run(["pdftoppm", "-r", "80", "-f", "1", "-l", "2", "-png", str(pdf), str(page)], check=True)
    return [str(pdf), *sorted(str(p) for p in out.glob("22-report-page*.png"))]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("build/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    doubled = scale not in ("", "1")
    suffix = f"-scale{scale}" if doubled else ""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DYAD_DATA_DIR"] = tmp
        from app.paths import seeds_dir
        from app.session.views import countries_with_facts, store_counts
        from app.store.engine import open_store
        from app.store.ingest import ingest_paths
        from app.ui.app import make_application
        from app.ui.layout_check import layout_problems
        from app.ui.main_window import MainWindow
        from app.ui.settings import Settings

        make_application()
        store = open_store(f"sqlite:///{Path(tmp) / 'dyad.sqlite'}")
        ingest_paths(store, [seeds_dir()], workers=1)
        window = MainWindow(Settings(Path(tmp) / "settings.ini"))
        window.interactive = False
        size = (760, 475) if doubled else (1600, 1000)  # 200 %: what a 1600×1000 screen leaves
        window.resize(*size)
        window.show()
        window.set_store(store, store_counts(store), countries_with_facts(store))
        session = Session(window, store, Path(tmp), size)
        session.loaded()
        shots, faults = [], []
        for name, prepare, second_size in STATES:
            if second_size and doubled:
                continue
            prepare(session)
            session.loaded()
            path = out / f"{name}{suffix}.png"
            _composite(window).save(str(path))
            shots.append(str(path))
            faults.extend(f"{path.name}: {problem}" for problem in layout_problems(window))
            if second_size:
                window.resize(*size)
        path = out / f"22-store-changed-loading{suffix}.png"  # the last comparison, marked, while the store is read
        faults += _out_of_date(session, path)
        shots.append(str(path))
        if not doubled:
            shots += _report_pages(window, out)
        window.workers.wait()
        window.close()
        store.close()
    print("\n".join(shots))
    if faults:
        print("\nLayout faults:\n" + "\n".join(faults), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
