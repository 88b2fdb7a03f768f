"""``make screenshots``: the real window driven through its main states, each written as a PNG to look at.

    python tools/screenshots.py OUT_FOLDER [--scale 2]

Runs on a fresh temporary store ingested from the bundled seeds, with fresh settings, on whatever Qt
platform the environment names (offscreen by default). Each picture is the window as the user sees it,
with any tooltip or dialog it has open painted where it stands. Look at every one before calling a
screen finished: tests check numbers, these show clipping, overlap and wrong pictures.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import app.ui.qt  # noqa: F401  (PySide6 before pyqtgraph)
from app.ui.qt import QtCore, QtGui, QtWidgets


def _settle(app: QtWidgets.QApplication, ms: int = 150) -> None:
    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def _composite(window: QtWidgets.QWidget) -> QtGui.QImage:
    """The window with the other visible top-level widgets (tooltips, dialogs) painted where they stand."""
    image = window.grab().toImage()
    painter = QtGui.QPainter(image)
    origin = window.frameGeometry().topLeft()
    for widget in QtWidgets.QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible() or widget.width() < 5:
            continue
        at = widget.pos() - origin
        painter.drawPixmap(at, widget.grab())
    painter.end()
    return image


def _wait_loaded(app: QtWidgets.QApplication, window: object, side: int | None = None) -> None:
    loaded = window._loaded
    for _ in range(200):
        _settle(app, 25)
        if all(loaded) if side is None else loaded[side]:
            break
    _settle(app)


def main(argv: list[str]) -> int:  # noqa: PLR0915 - one state per picture; reworked with the window pass (issue 24)
    out = Path(argv[0]) if argv else Path("build/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    suffix = "" if scale in ("", "1") else f"-scale{scale}"
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DYAD_DATA_DIR"] = tmp
        from app.paths import seeds_dir
        from app.session.views import countries_with_facts, store_counts
        from app.store.engine import open_store
        from app.store.ingest import ingest_paths
        from app.ui.app import make_application
        from app.ui.export_dialog import ExportDialog
        from app.ui.main_window import MainWindow
        from app.ui.settings import Settings

        app = make_application()
        store = open_store(f"sqlite:///{Path(tmp) / 'dyad.sqlite'}")
        ingest_paths(store, [seeds_dir()], workers=1)
        window = MainWindow(Settings(Path(tmp) / "settings.ini"))
        window.interactive = False
        window.resize(1600, 1000)
        window.show()
        window.set_store(store, store_counts(store), countries_with_facts(store))
        _wait_loaded(app, window)
        shots: list[str] = []

        def shot(name: str, prepare: Callable[[], None] | None = None) -> None:
            if prepare is not None:
                prepare()
            _settle(app, 250)
            path = out / f"{name}{suffix}.png"
            _composite(window).save(str(path))
            shots.append(str(path))

        shot("01-first-start-1600x1000")
        window.resize(1024, 640)
        shot("02-first-start-1024x640")
        window.resize(1600, 1000)

        plot = window.plot
        series = plot.series[0]
        spot = next(s for s in series.markers.scatter.points() if s.data().point.year == 2019)
        scene_pos = series.markers.scatter.mapToScene(spot.pos())
        view_pos = plot.mapFromScene(scene_pos)

        def hover() -> None:  # the ToolTip event Qt sends after the pointer rests on the point
            global_pos = plot.viewport().mapToGlobal(view_pos)
            event = QtGui.QHelpEvent(QtCore.QEvent.Type.ToolTip, view_pos, global_pos)
            QtWidgets.QApplication.sendEvent(plot.viewport(), event)

        shot("03-hover-a-trade-point", hover)
        QtWidgets.QToolTip.hideText()

        def click() -> None:
            point = spot.data().point
            window._on_point_activated(0, point.article_id, point.fact_id)

        shot("04-click-to-source", click)
        shot("05-aligned", lambda: window.align_toggle.setChecked(True))
        window.align_toggle.setChecked(False)

        def review() -> None:
            window.tabs[0].setCurrentIndex(1)
            window.tabs[1].setCurrentIndex(1)

        shot("06-review-facts", review)
        window.tabs[0].setCurrentIndex(0)
        window.tabs[1].setCurrentIndex(0)

        def no_data() -> None:
            window.selectors[1].set_pair("CHL", "KEN")
            _wait_loaded(app, window, 1)

        shot("07-a-pair-with-no-data", no_data)

        def imported() -> None:
            folder = Path(tmp) / "import"
            folder.mkdir()
            (folder / "chile.txt").write_text(
                "Trade between Chile and Kenya reached US$180 million in 2023.", encoding="utf-8"
            )
            (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
            window.importer.import_paths([folder])
            for _ in range(200):
                _settle(app, 25)
                if window.importer.last_import is not None:
                    break
            _wait_loaded(app, window)

        shot("08-import-result", imported)
        for widget in QtWidgets.QApplication.topLevelWidgets():
            if isinstance(widget, QtWidgets.QDialog):
                widget.close()
        window.selectors[1].set_pair("VNM", "PER")
        _wait_loaded(app, window, 1)

        dialog = ExportDialog(window.exports.export_size(), tmp, window)
        shot("09-export-dialog", dialog.show)
        dialog.close()
        shot("10-user-guide", window.help.show_guide)
        for widget in QtWidgets.QApplication.topLevelWidgets():
            if isinstance(widget, QtWidgets.QDialog):
                widget.close()
        window.resize(1024, 640)
        shot("11-review-facts-1024x640", review)
        window.workers.wait()
        window.close()
        store.close()
    print("\n".join(shots))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
