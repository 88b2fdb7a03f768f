"""`dyad --self-test`: prove an installation works, without a screen and without touching the user's store."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path


class SelfTestError(Exception):
    pass


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestError(what)
    print(f"  ok  {what}")


def run_self_test() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="dyad-selftest-") as tmp:
            _run(Path(tmp))
    except Exception as exc:
        print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"self-test passed in {time.perf_counter() - started:.1f} s")
    return 0


def _run(tmp: Path) -> None:
    from app.paths import seeds_dir
    from app.session.views import pair_view
    from app.store.engine import open_store
    from app.store.ingest import ingest_paths

    print(f"Dyad self-test in {tmp}")
    store = open_store(f"sqlite:///{tmp / 'selftest.sqlite'}")
    report = ingest_paths(store, [seeds_dir()], workers=1)
    _check(report.count("new") == 5 and not report.failures, f"ingested the bundled seeds: {report.summary()}")
    _check_worker_imports(tmp)
    mexico = pair_view(store, "VNM", "MEX")
    totals = {p.year: p.value_usd for p in mexico.points if not p.derived}
    _check(totals.get(2019) == 6.275e9, "Vietnam–Mexico 2019 total is US$6.275 billion")

    from app.ui.app import make_application
    from app.ui.export import ExportSize, export_chart
    from app.ui.main_window import MainWindow
    from app.ui.qt import QtCore
    from app.ui.settings import Settings

    app = make_application()
    window = MainWindow(Settings(tmp / "settings.ini"))
    window.show()
    loop = QtCore.QEventLoop()
    window.ready.connect(loop.quit)
    window.error_reported.connect(lambda message: loop.quit())
    QtCore.QTimer.singleShot(30000, loop.quit)
    from app.session.views import countries_with_facts, store_counts

    window.set_store(store, store_counts(store), countries_with_facts(store))
    loop.exec()
    _check(window.views[0] is not None and window.views[1] is not None, "the window rendered the comparison")
    years, _ = window.plot.line_data(0)
    _check(2019.0 in years, "the trade plot shows Vietnam–Mexico's 2019 total")
    size = ExportSize.from_pixels(1200)
    png = export_chart(window.views[0], window.views[1], tmp / "chart.png", size)
    header = png.read_bytes()[:24]
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    _check(header.startswith(b"\x89PNG") and (width, height) == (1200, 675), f"exported a PNG of {width}×{height}")
    svg = export_chart(window.views[0], window.views[1], tmp / "chart.svg", size)
    paths = [e for e in ET.parse(svg).iter() if e.tag.endswith("path")]
    _check(len(paths) > 0, f"exported an SVG that parses, with {len(paths)} paths")
    differing = _differing_share(png, svg)
    _check(differing < 0.01, f"the SVG drawn by Qt matches the PNG ({differing:.2%} of pixels differ)")
    pdf = export_chart(window.views[0], window.views[1], tmp / "chart.pdf", size)
    _check(pdf.read_bytes()[:5] == b"%PDF-", "exported a PDF")
    window.close()
    window.deleteLater()
    app.processEvents()
    store.close()


def _differing_share(png: Path, svg: Path) -> float:
    """The share of the PNG's pixels that the SVG, rendered by Qt at the same size, draws otherwise."""
    from app.ui.qt import QtCore, QtGui, QtSvg

    expected = QtGui.QImage(str(png)).convertToFormat(QtGui.QImage.Format.Format_RGB32)
    drawn = QtGui.QImage(expected.size(), QtGui.QImage.Format.Format_RGB32)
    drawn.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(drawn)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    QtSvg.QSvgRenderer(str(svg)).render(painter, QtCore.QRectF(0, 0, drawn.width(), drawn.height()))
    painter.end()
    step = 3  # every third pixel of every third row is plenty
    differ = total = 0
    for y in range(0, expected.height(), step):
        for x in range(0, expected.width(), step):
            a, b = expected.pixel(x, y), drawn.pixel(x, y)
            total += 1
            if max(abs(((a >> s) & 255) - ((b >> s) & 255)) for s in (0, 8, 16)) > 64:
                differ += 1
    return differ / total


def _check_worker_imports(tmp: Path) -> None:
    """Articles read in worker processes, as `dyad ingest` reads them (forked from this process where it may)
    and as the window does (from a forkserver)."""
    from app.paths import seeds_dir
    from app.store.engine import open_store
    from app.store.extraction_pool import single_threaded
    from app.store.ingest import ingest_paths

    folder = tmp / "articles"
    folder.mkdir()
    for n in range(64):  # enough for worker processes (PARALLEL_FROM)
        text = f"Chile and Peru trade news\n\nTrade between Chile and Peru reached US${n}.5 billion in 2019.\n"
        (folder / f"{n:02}.txt").write_text(text, encoding="utf-8")
    how = "forked from this process" if single_threaded() else "from a forkserver"
    forked = open_store(f"sqlite:///{tmp / 'forked.sqlite'}")
    report = ingest_paths(forked, [folder], workers=2)  # as `dyad ingest` imports
    _check(
        (report.count("new"), report.facts_added, report.failures) == (64, 64, []),
        f"read 64 articles in worker processes {how}, as `dyad ingest` does: {report.summary()}",
    )
    forked.close()
    again = open_store(f"sqlite:///{tmp / 'workers.sqlite'}")
    report = ingest_paths(again, [seeds_dir()], workers=2, isolate=True)  # as the window imports
    _check(report.count("new") == 5 and not report.failures, f"read the seeds in worker processes: {report.summary()}")
    again.close()
