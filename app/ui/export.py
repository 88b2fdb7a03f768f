"""Exporting the trade chart as PNG, SVG or PDF, or to the clipboard, with a caption naming its sources.

pyqtgraph 0.14's SVGExporter fails with Qt 6.12 (pyqtgraph issue 3485), so vector output paints the
scene through a QPainter onto QSvgGenerator or QPdfWriter; PNG paints onto a QImage.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.store.records import PairView
from app.ui.qt import QtCore, QtGui, QtSvg, QtWidgets
from app.ui.trade_plot import TradePlotView, view_name

_HEADLESS_APP: QtWidgets.QApplication | None = None
CAPTION_HEIGHT = 34  # logical pixels under the chart
FORMATS = (".png", ".svg", ".pdf")


@dataclass(frozen=True)
class ExportSize:
    """The chart's layout size in logical pixels and the pixel ratio of a PNG (PNG pixels = size × scale)."""

    width: float
    height: float
    scale: float = 2.0

    @classmethod
    def from_pixels(cls, width_px: int, height_px: int | None = None, scale: float = 2.0) -> ExportSize:
        height_px = height_px or round(width_px * 9 / 16)
        if width_px < 200 or height_px < 150:
            raise ValueError(f"an image of {width_px}×{height_px} pixels is too small for the chart (min 200×150)")
        if width_px > 20000 or height_px > 20000:
            raise ValueError(f"an image of {width_px}×{height_px} pixels is too large (max 20000)")
        return cls(width_px / scale, height_px / scale, scale)


def caption_text(view_a: PairView | None, view_b: PairView | None) -> str:
    views = [v for v in (view_a, view_b) if v is not None]
    names = " and ".join(view_name(v) for v in views) or "no relationship"
    articles = {a.id for v in views for a in v.articles if a.facts}
    return f"Two-way trade, {names}. Source: Dyad, {len(articles)} article{'s' if len(articles) != 1 else ''}"


def _offscreen_plot(view_a: PairView | None, view_b: PairView | None, size: ExportSize, log: bool) -> TradePlotView:
    plot = TradePlotView()
    plot.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen)
    plot.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    plot.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    plot.resize(round(size.width), round(size.height - CAPTION_HEIGHT))
    plot.set_log_scale(log)
    plot.set_views(view_a, view_b)
    plot.show()
    QtWidgets.QApplication.processEvents()
    return plot


def _paint(painter: QtGui.QPainter, plot: TradePlotView, size: ExportSize, caption: str) -> None:
    chart = QtCore.QRectF(0, 0, size.width, size.height - CAPTION_HEIGHT)
    painter.fillRect(QtCore.QRectF(0, 0, size.width, size.height), QtGui.QColor(plot.theme.background))
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
    plot.scene().render(painter, chart, QtCore.QRectF(plot.viewport().rect()))
    painter.setPen(QtGui.QColor(plot.theme.foreground))
    font = painter.font()
    font.setPointSizeF(9.5)
    painter.setFont(font)
    text_rect = QtCore.QRectF(12, size.height - CAPTION_HEIGHT, size.width - 24, CAPTION_HEIGHT)
    painter.drawText(text_rect, QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft, caption)


def render_image(view_a: PairView | None, view_b: PairView | None, size: ExportSize, log: bool = True) -> QtGui.QImage:
    """The chart and its caption as an image of (width × scale) by (height × scale) pixels."""
    plot = _offscreen_plot(view_a, view_b, size, log)
    try:
        image = QtGui.QImage(
            round(size.width * size.scale), round(size.height * size.scale), QtGui.QImage.Format.Format_ARGB32
        )
        image.setDevicePixelRatio(size.scale)
        painter = QtGui.QPainter(image)
        try:
            _paint(painter, plot, size, caption_text(view_a, view_b))
        finally:
            painter.end()
        return image
    finally:
        plot.deleteLater()


def export_chart(
    view_a: PairView | None, view_b: PairView | None, path: Path, size: ExportSize, log: bool = True
) -> Path:
    """Write the chart to ``path``: the format follows the suffix (.png, .svg or .pdf)."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot export to {path.name}: use a .png, .svg or .pdf file name")
    caption = caption_text(view_a, view_b)
    if suffix == ".png":
        image = render_image(view_a, view_b, size, log)
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        return path
    plot = _offscreen_plot(view_a, view_b, size, log)
    try:
        if suffix == ".svg":
            generator = QtSvg.QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(QtCore.QSize(round(size.width), round(size.height)))
            generator.setViewBox(QtCore.QRectF(0, 0, size.width, size.height))
            generator.setTitle("Dyad trade chart")
            generator.setDescription(caption)
            painter = QtGui.QPainter(generator)
        else:
            writer = QtGui.QPdfWriter(str(path))
            writer.setResolution(72)  # one logical pixel is one point
            writer.setPageSize(QtGui.QPageSize(QtCore.QSizeF(size.width, size.height), QtGui.QPageSize.Unit.Point))
            writer.setPageMargins(QtCore.QMarginsF(0, 0, 0, 0))
            writer.setTitle(caption)
            writer.setCreator("Dyad")
            painter = QtGui.QPainter(writer)
        try:
            _paint(painter, plot, size, caption)
        finally:
            painter.end()
    finally:
        plot.deleteLater()
    if not path.exists():
        raise OSError(f"could not write {path}")
    return path


def copy_chart(view_a: PairView | None, view_b: PairView | None, size: ExportSize, log: bool = True) -> None:
    QtGui.QGuiApplication.clipboard().setImage(render_image(view_a, view_b, size, log))


def export_comparison_headless(
    store: object, pair_a: tuple[str, str], pair_b: tuple[str, str], path: Path, width_px: int
) -> Path:
    """`dyad compare A B --export FILE`: the same chart, rendered without a window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.store.engine import Store
    from app.store.views import pair_view

    assert isinstance(store, Store)
    global _HEADLESS_APP
    if QtWidgets.QApplication.instance() is None:
        _HEADLESS_APP = QtWidgets.QApplication(["dyad"])  # kept alive for the rest of the process
    size = ExportSize.from_pixels(width_px)
    return export_chart(pair_view(store, *pair_a), pair_view(store, *pair_b), path, size)
