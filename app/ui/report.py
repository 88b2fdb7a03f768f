"""Writing a comparison's report: HTML with the charts drawn inline as SVG, or PDF printed by Qt.

The document itself is the session layer's (``app.session.report``); here the charts are drawn (as the
exports draw them: trade and milestones on one time axis) and the file written whole."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from app.paths import written_whole
from app.ui.export import Charts, ExportSize, pdf_is_whole, render_image, render_svg
from app.ui.qt import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from app.session.comparison import Comparison
    from app.session.records import PairView

CHART_SIZE = ExportSize(1100, 825)  # both charts, 4:3, in layout pixels
# In the PDF the charts are 480 points wide: inside the 15 mm margins of an A4 (510 pt) or Letter page.
_REPORT_APP: QtWidgets.QApplication | None = None


def charts_for(comparison: Comparison) -> Charts:
    return Charts(
        "both",
        log=comparison.log_scale,
        aligned=comparison.aligned,
        official=comparison.official,
        tolerance=comparison.tolerance,
        datasets=comparison.datasets,
    )


def page_size() -> QtGui.QPageSize:
    """Letter where the locale measures in inches (the United States), A4 elsewhere."""
    imperial = QtCore.QLocale().measurementSystem() == QtCore.QLocale.MeasurementSystem.ImperialUSSystem
    return QtGui.QPageSize(QtGui.QPageSize.PageSizeId.Letter if imperial else QtGui.QPageSize.PageSizeId.A4)


def write_report(
    comparison: Comparison,
    views: tuple[PairView, PairView],
    path: Path,
    generated: str,
    changes: str = "",
    name: str = "",
) -> Path:
    """The report of ``comparison`` as ``path`` (.pdf or .html), written whole or not at all."""
    from app.session.report import report_html

    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):
        raise ValueError(f"cannot write a report to {path.name}: use a .pdf or .html file name")
    charts = charts_for(comparison)
    try:
        with written_whole(path) as part:
            if suffix == ".pdf":
                image = render_image(views[0], views[1], ExportSize(CHART_SIZE.width, CHART_SIZE.height, 2.0), charts)
                document = report_html(
                    comparison, views, generated, "<img src='dyad:charts.png' width='480'>", changes, name
                )
                _print_pdf(document, image, part)
            else:
                svg = render_svg(views[0], views[1], CHART_SIZE, charts).decode("utf-8")
                svg = re.sub(r"^<\?xml[^>]*>\s*", "", svg)  # inline: no XML declaration inside HTML
                svg = re.sub(r"<svg\b", "<svg style='max-width:100%;height:auto'", svg, count=1)
                part.write_text(report_html(comparison, views, generated, svg, changes, name), encoding="utf-8")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise OSError(f"could not write {path}: {reason[0].lower() + reason[1:]}") from exc
    return path


_FONT_SIZE = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)pt")


def in_layout_points(document_html: str) -> str:
    """``document_html`` with its font sizes given in the units of a page laid out in points. A document turns
    a font's points into pixels of the screen's dots an inch (96 on most screens, 72 on a Mac), and on a page
    measured in points a pixel prints as a point: 10 pt text printed at 13.3 pt, the facts table's 8 pt at
    10.7, which broke its figures across lines ("$10,70" above "0"). (Laying the page out in pixels instead
    prints the same page drawn scaled down: its text is then 13.3 pt text shrunk, and a PDF reader says so.)"""
    font = QtGui.QFont()
    font.setPointSizeF(72.0)
    per_point = QtGui.QFontInfo(font).pixelSize() / 72.0  # 4/3 at 96 dots an inch
    return _FONT_SIZE.sub(lambda m: f"{m.group(1)}{float(m.group(2)) / per_point:.4g}pt", document_html)


def _sized_as_styled(document: QtGui.QTextDocument) -> None:
    """Headings at the sizes the style gives them: Qt sizes an <h1> or <h2> by a step of its own that overrides
    the style's (the title printed at 24 pt for 17, the sections' headings at 18 for 13)."""
    step = QtGui.QTextFormat.Property.FontSizeAdjustment
    fragments = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().hasProperty(step) and fragment.charFormat().fontPointSize() > 0:
                fragments.append((fragment.position(), fragment.length(), fragment.charFormat()))
            it += 1
        block = block.next()
    for position, length, styled in fragments:
        cursor = QtGui.QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QtGui.QTextCursor.MoveMode.KeepAnchor)
        styled.clearProperty(step)
        cursor.setCharFormat(styled)


def _print_pdf(document_html: str, charts: QtGui.QImage, path: Path) -> None:
    writer = QtGui.QPdfWriter(str(path))
    writer.setPageSize(page_size())
    writer.setPageMargins(QtCore.QMarginsF(15, 15, 15, 15), QtGui.QPageLayout.Unit.Millimeter)
    document = QtGui.QTextDocument()
    # Laid out on the page's printable area in points, so that tables fill it and the charts are 480 pt wide.
    printable = writer.pageLayout().paintRect(QtGui.QPageLayout.Unit.Point)
    document.setPageSize(printable.size())
    document.setDocumentMargin(0)
    document.addResource(QtGui.QTextDocument.ResourceType.ImageResource, QtCore.QUrl("dyad:charts.png"), charts)
    document.setHtml(in_layout_points(document_html))
    _sized_as_styled(document)
    writer.setTitle(document.metaInformation(QtGui.QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("Dyad")
    document.print_(writer)
    del writer  # closes the file
    if not pdf_is_whole(path):
        raise OSError("the PDF was not written whole (is the disk full?)")


def write_report_headless(
    comparison: Comparison, views: tuple[PairView, PairView], path: Path, generated: str, changes: str, name: str
) -> Path:
    """`dyad report`: the report without a window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _REPORT_APP
    if QtWidgets.QApplication.instance() is None:
        _REPORT_APP = QtWidgets.QApplication(["dyad"])  # kept alive for the rest of the process
    return write_report(comparison, views, path, generated, changes, name)
