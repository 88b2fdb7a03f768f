"""Exporting the charts as PNG, SVG or PDF, or to the clipboard, with a caption naming their sources:
the trade chart, the milestones timeline, or both on one time axis (trade above, milestones below).

pyqtgraph 0.14's SVGExporter fails with Qt 6.12 (pyqtgraph issue 3485), so vector output paints the
scene through a QPainter onto QSvgGenerator or QPdfWriter; PNG paints onto a QImage.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.analysis.official import DEFAULT_TOLERANCE, caption, shown_series
from app.paths import written_whole
from app.session.records import PairView
from app.ui.plot_axes import LEFT_AXIS_WIDTH
from app.ui.qt import QtCore, QtGui, QtSvg, QtWidgets, pg
from app.ui.svg_flatten import flatten_svg
from app.ui.timeline_view import TimelineView, established_year
from app.ui.trade_plot import TradePlotView, view_name

_HEADLESS_APP: QtWidgets.QApplication | None = None
CAPTION_HEIGHT = 34  # logical pixels under the chart
FORMATS = (".png", ".svg", ".pdf")
CHARTS = ("trade", "milestones", "both")
_TITLES = {"trade": "Two-way trade", "milestones": "Diplomatic milestones", "both": "Two-way trade and milestones"}
TIMELINE_SHARE = 0.34  # of the height, when both charts are exported together


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


CAPTION_SOURCES = 4  # articles named per relationship in a caption; the rest counted


def caption_text(
    view_a: PairView | None,
    view_b: PairView | None,
    chart: str = "trade",
    official: bool = False,
    datasets: tuple[str | None, str | None] = (None, None),
    aligned: bool = False,
) -> str:
    """What the chart shows and its sources, each relationship's articles by outlet and date (a title when
    no outlet is known); with the official statistics, which dataset and reporters; aligned, the calendar
    year each relationship's year 0 is."""
    chosen = {id(v): d for v, d in zip((view_a, view_b), datasets, strict=True) if v is not None}
    views = [v for v in (view_a, view_b) if v is not None]
    names = " and ".join(view_name(v) for v in views) or "no relationship"
    text = f"{_TITLES[chart]}, {names}."
    sources = [f"{view_name(v)}: {listed}" for v in views if (listed := _sources(v))]
    text += f" Sources (read by Dyad): {'; '.join(sources)}." if sources else " No article states a fact of these."
    if official and chart != "milestones":
        stats = [
            f"{view_name(v)}, {caption(shown)}"
            for v in views
            if (shown := shown_series(v.official, v.asked, chosen.get(id(v))))
        ]
        if stats:
            text += " " + "; ".join(stats) + "."
    if aligned:
        years = [f"{view_name(v)} {v.established}" for v in views if established_year(v) is not None]
        unaligned = [view_name(v) for v in views if established_year(v) is None]
        if years:
            text += f" Years counted from relations established (year 0): {', '.join(years)}."
        if unaligned:
            text += f" {' and '.join(unaligned)}: no establishment date, drawn by calendar year."
    return text


def _sources(view: PairView) -> str:
    """ "Viet Nam News, 2025-05-20, “Looking ahead to robust ties…” (undated) and 2 more"."""
    from app.analysis.series import source_label

    stating = [a for a in view.articles if a.facts]
    named = [
        source_label({"outlet": a.outlet, "published": a.published, "title": a.title})
        for a in stating[:CAPTION_SOURCES]
    ]
    more = len(stating) - len(named)
    return "; ".join(named) + (f" and {more} more" if more else "")


@dataclass(frozen=True)
class Charts:
    """What to draw: which chart, on which scale, aligned on relations established or not."""

    chart: str = "trade"
    log: bool = True
    aligned: bool = False
    official: bool = True  # the official statistics under the news, and rings where they differ
    tolerance: float = DEFAULT_TOLERANCE
    datasets: tuple[str | None, str | None] = (None, None)  # the official dataset drawn for A and B

    def __post_init__(self) -> None:
        if self.chart not in CHARTS:
            raise ValueError(f"no chart called {self.chart!r}: choose one of {', '.join(CHARTS)}")


def _offscreen(widget: pg.PlotWidget, width: float, height: float) -> None:
    widget.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.resize(round(width), round(height))


def _caption_font() -> QtGui.QFont:
    font = QtGui.QFont(QtWidgets.QApplication.font())
    font.setPointSizeF(9.5)
    return font


def caption_height(caption: str, width: float) -> float:
    """The caption's band under the chart: one line, or as many as it wraps to (the official sources)."""
    metrics = QtGui.QFontMetricsF(_caption_font())
    flags = int(QtCore.Qt.TextFlag.TextWordWrap.value)
    needed = metrics.boundingRect(QtCore.QRectF(0, 0, width - 24, 10_000), flags, caption).height()
    return float(max(CAPTION_HEIGHT, round(needed + 16)))


def _offscreen_charts(
    view_a: PairView | None, view_b: PairView | None, size: ExportSize, charts: Charts, caption: str = ""
) -> list[tuple[pg.PlotWidget, QtCore.QRectF]]:
    """The charts asked for, each with the rectangle it is painted into. Both together share one time
    axis, as in the window; one alone fits its own data."""
    chart_height = size.height - caption_height(caption, size.width)
    # Whole pixels: a chart placed at a fractional offset blurs its axis lines over two rows of pixels.
    trade_height = {"trade": chart_height, "milestones": 0.0, "both": round(chart_height * (1 - TIMELINE_SHARE))}[
        charts.chart
    ]
    label = "Years since relations were established" if charts.aligned else "Year"
    placed: list[tuple[pg.PlotWidget, QtCore.QRectF]] = []
    if trade_height:
        plot = TradePlotView()
        _offscreen(plot, size.width, trade_height)
        offsets = tuple((established_year(v) or 0.0) if charts.aligned else 0.0 for v in (view_a, view_b))
        plot.set_log_scale(charts.log)
        plot.set_official(charts.official, charts.tolerance)
        plot.datasets = list(charts.datasets)
        plot.set_offsets((offsets[0], offsets[1]), label)
        plot.set_views(view_a, view_b)
        placed.append((plot, QtCore.QRectF(0, 0, size.width, trade_height)))
    if chart_height > trade_height:
        timeline = TimelineView(static=True)
        _offscreen(timeline, size.width, chart_height - trade_height)
        timeline.set_aligned(charts.aligned)
        timeline.set_views(view_a, view_b)
        placed.append((timeline, QtCore.QRectF(0, trade_height, size.width, chart_height - trade_height)))
    if len(placed) == 2:  # one time axis: both plot areas start at the same x, labelled once
        plot.set_shared_x_extent(timeline.x_extent())  # fitted (and limited) as in the window
        plot.reset_view()
        low, high = plot.getPlotItem().vb.viewRange()[0]
        for widget in (plot, timeline):
            widget.getPlotItem().getAxis("left").setWidth(LEFT_AXIS_WIDTH)
        timeline.getPlotItem().setXRange(low, high, padding=0)
        plot.year_title = False
        plot.getPlotItem().getAxis("bottom").showLabel(False)
    for widget, _ in placed:
        widget.show()
    QtWidgets.QApplication.processEvents()
    if trade_height:  # the key and the labels for the plot's final size, as the window does after a resize
        plot.update_key()
        QtWidgets.QApplication.processEvents()
        plot.place_labels()
    if chart_height > trade_height:
        timeline.lay_out_marks()
    return placed


def _paint(
    painter: QtGui.QPainter, placed: list[tuple[pg.PlotWidget, QtCore.QRectF]], size: ExportSize, caption: str
) -> None:
    theme = placed[0][0].theme
    painter.fillRect(QtCore.QRectF(0, 0, size.width, size.height), QtGui.QColor(theme.background))
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
    for widget, rect in placed:
        _render_scene(painter, widget, rect, size.scale)
    painter.setPen(QtGui.QColor(theme.foreground))
    painter.setFont(_caption_font())
    height = caption_height(caption, size.width)
    text_rect = QtCore.QRectF(12, size.height - height, size.width - 24, height)
    flags = QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.TextFlag.TextWordWrap
    painter.drawText(text_rect, int(flags.value), caption)


def _render_scene(painter: QtGui.QPainter, widget: pg.PlotWidget, rect: QtCore.QRectF, scale: float) -> None:
    """Paint one chart's scene into ``rect`` in export mode, as pyqtgraph's exporters do: markers are drawn
    as shapes rather than copied from a cache of pixmaps, which vector devices cannot place."""
    scene = widget.scene()
    items = [item for item in scene.items() if hasattr(item, "setExportMode")]
    options = {"antialias": True, "background": widget.backgroundBrush().color(), "resolutionScale": 1.0}
    for item in items:
        item.setExportMode(True, options)
    try:
        scene.render(painter, rect, QtCore.QRectF(widget.viewport().rect()))
    finally:
        for item in items:
            item.setExportMode(False)


def vector_dpi() -> int:
    """The dots per inch vector pages are laid out at: the resolution QPicture records at. pyqtgraph
    draws its axes through QPictures, which a painter replays scaled by the ratio of the two resolutions
    (a 72-dpi page drew the axes at three quarters of their size against full-size data)."""
    return QtGui.QPicture().logicalDpiX()


def _discard(placed: list[tuple[pg.PlotWidget, QtCore.QRectF]]) -> None:
    for widget, _ in placed:
        widget.deleteLater()


def render_svg(
    view_a: PairView | None, view_b: PairView | None, size: ExportSize, charts: Charts | None = None
) -> bytes:
    """The charts and their caption as one SVG drawing in page coordinates (see ``svg_flatten``).

    Every format is encoded from this one drawing: the SVG as it is, the PNG and the PDF by rendering it,
    so the three put every point at the same place, and line widths grow with a PNG's scale."""
    charts = charts or Charts()
    caption = caption_text(view_a, view_b, charts.chart, charts.official, charts.datasets, charts.aligned)
    placed = _offscreen_charts(view_a, view_b, size, charts, caption)
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    try:
        generator = QtSvg.QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setResolution(vector_dpi())
        generator.setSize(QtCore.QSize(round(size.width), round(size.height)))
        generator.setViewBox(QtCore.QRectF(0, 0, size.width, size.height))
        generator.setTitle(f"Dyad: {_TITLES[charts.chart].lower()}")
        generator.setDescription(caption)
        painter = QtGui.QPainter(generator)
        try:
            _paint(painter, placed, size, caption)
        finally:
            painter.end()
    finally:
        _discard(placed)
    return flatten_svg(bytes(buffer.data().data()))


def _renderer(svg: bytes) -> QtSvg.QSvgRenderer:
    renderer = QtSvg.QSvgRenderer(QtCore.QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("the chart drawing could not be read back")
    return renderer


def render_image(
    view_a: PairView | None, view_b: PairView | None, size: ExportSize, charts: Charts | None = None
) -> QtGui.QImage:
    """The charts and their caption as an image of (width × scale) by (height × scale) pixels."""
    renderer = _renderer(render_svg(view_a, view_b, size, charts))
    image = QtGui.QImage(
        round(size.width * size.scale), round(size.height * size.scale), QtGui.QImage.Format.Format_ARGB32
    )
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    try:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
        renderer.render(painter, QtCore.QRectF(0, 0, image.width(), image.height()))
    finally:
        painter.end()
    return image


def _write_pdf(svg: bytes, path: Path, size: ExportSize, caption: str) -> None:
    dpi = vector_dpi()
    writer = QtGui.QPdfWriter(str(path))
    writer.setResolution(dpi)  # one layout pixel is one dot of the page
    points = QtCore.QSizeF(size.width * 72 / dpi, size.height * 72 / dpi)
    writer.setPageSize(QtGui.QPageSize(points, QtGui.QPageSize.Unit.Point))
    writer.setPageMargins(QtCore.QMarginsF(0, 0, 0, 0))
    writer.setTitle(caption)
    writer.setCreator("Dyad")
    painter = QtGui.QPainter(writer)
    try:
        _renderer(svg).render(painter, QtCore.QRectF(0, 0, size.width, size.height))
    finally:
        ended = painter.end()
    del writer  # the file is closed here; Qt says nothing of a full disk, so the end of the file is looked for
    if not ended or not pdf_is_whole(path):
        raise OSError("the PDF was not written whole (is the disk full?)")


def pdf_is_whole(path: Path) -> bool:
    """Whether a PDF file ends as a PDF does (its last lines hold %%EOF)."""
    with open(path, "rb") as written:
        written.seek(max(0, path.stat().st_size - 64))
        return b"%%EOF" in written.read()


def export_chart(
    view_a: PairView | None, view_b: PairView | None, path: Path, size: ExportSize, charts: Charts | None = None
) -> Path:
    """Write the charts to ``path``: the format follows the suffix (.png, .svg or .pdf)."""
    charts = charts or Charts()
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot export to {path.name}: use a .png, .svg or .pdf file name")
    try:
        with written_whole(path) as part:
            if suffix == ".png":
                image = render_image(view_a, view_b, size, charts)
                if not image.save(str(part), "PNG"):  # type: ignore[call-overload]  # PySide6 takes the format as str
                    raise OSError("the image was not written whole (is the disk full?)")
            else:
                svg = render_svg(view_a, view_b, size, charts)
                if suffix == ".svg":
                    part.write_bytes(svg)
                else:
                    caption = caption_text(
                        view_a, view_b, charts.chart, charts.official, charts.datasets, charts.aligned
                    )
                    _write_pdf(svg, part, size, caption)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise OSError(f"could not write {path}: {reason[0].lower() + reason[1:]}") from exc
    return path


def copy_chart(
    view_a: PairView | None, view_b: PairView | None, size: ExportSize, charts: Charts | None = None
) -> None:
    QtGui.QGuiApplication.clipboard().setImage(render_image(view_a, view_b, size, charts))


def export_comparison_headless(
    store: object,
    pair_a: tuple[str, str],
    pair_b: tuple[str, str],
    path: Path,
    width_px: int,
    charts: Charts | None = None,
) -> Path:
    """`dyad compare A B --export FILE [--chart trade|milestones|both]`: the charts, without a window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.session.views import pair_view
    from app.store.engine import Store

    assert isinstance(store, Store)
    global _HEADLESS_APP
    if QtWidgets.QApplication.instance() is None:
        _HEADLESS_APP = QtWidgets.QApplication(["dyad"])  # kept alive for the rest of the process
    chart = charts.chart if charts is not None else "trade"
    size = ExportSize.from_pixels(width_px, round(width_px * 3 / 4) if chart == "both" else None)  # two charts: 4:3
    return export_chart(pair_view(store, *pair_a), pair_view(store, *pair_b), path, size, charts)
