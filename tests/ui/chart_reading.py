"""Reading an exported chart back from its pixels, as a person would: where the axes and their ticks are,
what the tick labels say, where the markers sit, and so what each marker's year and value must be.

Every format is rasterised by a reader other than the exporter's own drawing code: PNG loaded as it
is, SVG by Qt's SVG renderer and by resvg, PDF by PDFium.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SVG = "{http://www.w3.org/2000/svg}"


def _qimage_to_array(image) -> np.ndarray:  # type: ignore[no-untyped-def]
    from app.ui.qt import QtGui

    image = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.bytesPerLine() * height)
    return data.reshape(height, image.bytesPerLine())[:, : width * 3].reshape(height, width, 3).copy()


def raster_png(path: Path, width: int) -> np.ndarray:
    from app.ui.qt import QtCore, QtGui

    image = QtGui.QImage(str(path))
    assert not image.isNull(), f"{path} is not a PNG Qt can read"
    if image.width() != width:
        image = image.scaledToWidth(width, QtCore.Qt.TransformationMode.SmoothTransformation)
    return _qimage_to_array(image)


def raster_svg_qt(path: Path, width: int) -> np.ndarray:
    from app.ui.qt import QtCore, QtGui, QtSvg

    renderer = QtSvg.QSvgRenderer(str(path))
    assert renderer.isValid(), f"Qt cannot read {path}"
    box = renderer.viewBoxF()
    height = round(width * box.height() / box.width())
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_RGB888)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QtCore.QRectF(0, 0, width, height))
    painter.end()
    return _qimage_to_array(image)


def raster_svg_resvg(path: Path, width: int) -> np.ndarray:
    import resvg_py

    from app.ui.qt import QtGui

    png = resvg_py.svg_to_bytes(svg_path=str(path), width=width, background="#ffffff")
    image = QtGui.QImage.fromData(bytes(png), "PNG")
    assert not image.isNull(), f"resvg could not render {path}"
    return _qimage_to_array(image)


def raster_pdf(path: Path, width: int) -> np.ndarray:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        assert len(document) == 1, f"{path} has {len(document)} pages"
        page = document[0]
        bitmap = page.render(scale=width / page.get_width(), rev_byteorder=True)  # RGB(A), not PDFium's BGR(A)
        return bitmap.to_numpy()[:, :, :3].copy()
    finally:
        document.close()


READERS = {
    "png": raster_png,
    "svg (Qt)": raster_svg_qt,
    "svg (resvg)": raster_svg_resvg,
    "pdf (PDFium)": raster_pdf,
}


# -- what the pixels show --------------------------------------------------------------------------------------


def _closed(mask_line: np.ndarray, gap: int = 3) -> np.ndarray:
    """``mask_line`` with gaps of up to ``gap`` pixels filled (a renderer may lighten a pixel of a line)."""
    out = mask_line.copy()
    for start, length in _runs(~mask_line):
        if length <= gap and start > 0 and start + length < len(mask_line):
            out[start : start + length] = True
    return out


def _runs(mask_line: np.ndarray) -> list[tuple[int, int]]:
    """(start, length) of each run of True."""
    padded = np.concatenate([[False], mask_line, [False]])
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return [(int(a), int(b - a)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


@dataclass(frozen=True)
class Axis:
    position: int  # the row of a horizontal axis, the column of a vertical one
    start: int
    end: int
    ticks: tuple[float, ...]  # pixel positions along the axis of every tick mark, major or minor


def _line_rows(pixels: np.ndarray) -> np.ndarray:
    """Dark pixels of horizontal lines, counting a line that falls between two rows (each half grey)."""
    rgb = pixels.astype(int)
    grey = rgb.max(axis=2) - rgb.min(axis=2) < 40
    darkness = np.where(grey, 255 - rgb.max(axis=2), 0)
    pair = darkness[:-1] + darkness[1:]
    return np.vstack([pair >= 145, np.zeros((1, pixels.shape[1]), dtype=bool)])


def horizontal_axes(pixels: np.ndarray, min_share: float = 0.45) -> list[Axis]:
    """Long dark horizontal lines with their tick marks: the x axes, top first."""
    dark = _line_rows(pixels)
    height, width = dark.shape
    axes: list[Axis] = []
    for y in range(height):
        for start, length in _runs(_closed(dark[y])):
            if length >= min_share * width:
                if axes and y - axes[-1].position <= 2:
                    continue  # the same line, two pixels thick
                end = start + length
                below = _ticks(pixels[y + 2 : y + 9, start:end])
                above = _ticks(pixels[max(0, y - 8) : y - 1, start:end][::-1])
                ticks = below if len(below) >= len(above) else above
                axes.append(Axis(y, start, end, tuple(start + t for t in ticks)))
    return axes


def _ticks(strips: np.ndarray) -> list[float]:
    """The tick marks in ``strips`` (rows leading away from an axis, columns along it).

    A tick is a group of columns inked from the axis outwards, for at least two pixels and not all the way
    (a crossing line). A one-pixel tick between two
    pixel columns greys both, so its centre is weighted by ink."""
    grey = np.abs(strips.astype(int).max(axis=2) - strips.astype(int).min(axis=2)) < 40
    darkness = np.where(grey, 255 - strips.astype(float).max(axis=2), 0.0)
    # Half-opaque minor ticks split over two columns are barely darker than a grid line; a tick lying on a
    # grid line (a y axis's ticks point into the plot along its grid) runs on at a low threshold.
    reach = np.zeros(strips.shape[1], dtype=int)
    for level in (30, 70):
        inked = darkness > level
        reach = np.maximum(reach, [int(np.argmin(c)) if not c.all() else 0 for c in inked.T])
    centres = []
    for start, length in _runs(reach >= 2):
        lo, hi = start, start + length
        mass = darkness[: int(reach[lo:hi].max()), lo:hi].sum(axis=0)
        centres.append(lo + float((mass * np.arange(hi - lo)).sum() / mass.sum()))
    return centres


def vertical_axis(pixels: np.ndarray, rows: tuple[int, int]) -> Axis:
    """The longest dark vertical line in the left half between ``rows``, with its tick marks (a y axis)."""
    dark = _line_rows(pixels.transpose(1, 0, 2)).T[rows[0] : rows[1]]
    best = (0, 0, 0)
    for x in range(dark.shape[1] // 2):
        for start, length in _runs(_closed(dark[:, x])):
            if length > best[0]:
                best = (length, x, start)
    length, x, start = best
    band = pixels[rows[0] : rows[1]].transpose(1, 0, 2)  # columns become rows
    left = _ticks(band[max(0, x - 8) : x - 1][::-1])
    right = _ticks(band[x + 2 : x + 9])
    ticks = left if len(left) >= len(right) else right
    return Axis(x, rows[0] + start, rows[0] + start + length, tuple(rows[0] + t for t in ticks))


def blobs(pixels: np.ndarray, color: str, core: int, region: tuple[int, int, int, int]) -> list[tuple[float, float]]:
    """Centres of filled shapes of ``color`` at least ``core`` pixels across, in region (x0, y0, x1, y1).
    Lines and text of the same colour are thinner than ``core`` and drop out."""
    x0, y0, x1, y1 = region
    target = np.array([int(color[i : i + 2], 16) for i in (1, 3, 5)])
    part = pixels[y0:y1, x0:x1].astype(int)
    mask = (np.abs(part - target).max(axis=2) < 60).astype(np.int32)
    # A pixel is core when the core × core square around it is all the colour (a summed-area table).
    table = np.pad(mask, ((1, 0), (1, 0))).cumsum(0).cumsum(1)
    h = core // 2
    inner = np.zeros_like(mask, dtype=bool)
    ys, xs = np.mgrid[h : mask.shape[0] - h, h : mask.shape[1] - h]
    total = (
        table[ys + h + 1, xs + h + 1] - table[ys - h, xs + h + 1] - table[ys + h + 1, xs - h] + table[ys - h, xs - h]
    )
    inner[h : mask.shape[0] - h, h : mask.shape[1] - h] = total == (2 * h + 1) ** 2
    return [(x0 + cx, y0 + cy) for cx, cy in _components(inner)]


def _components(mask: np.ndarray) -> list[tuple[float, float]]:
    seen = np.zeros_like(mask)
    centres = []
    for y, x in zip(*np.nonzero(mask), strict=True):
        if seen[y, x]:
            continue
        stack, points = [(y, x)], []
        seen[y, x] = True
        while stack:
            cy, cx = stack.pop()
            points.append((cy, cx))
            for ny, nx in ((cy + 1, cx), (cy - 1, cx), (cy, cx + 1), (cy, cx - 1)):
                if 0 <= ny < mask.shape[0] and 0 <= nx < mask.shape[1] and mask[ny, nx] and not seen[ny, nx]:
                    seen[ny, nx] = True
                    stack.append((ny, nx))
        ys, xs = zip(*points, strict=True)
        centres.append((sum(xs) / len(xs), sum(ys) / len(ys)))
    return sorted(centres)


# -- what the labels say ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    text: str
    x: float  # where the text starts, in the drawing's units
    y: float  # its baseline
    size: float  # its font size in the drawing's units

    @property
    def centre(self) -> tuple[float, float]:
        """Roughly the middle of the text (digits are about 0.6 em wide, the x-height 0.5 em)."""
        return self.x + 0.3 * self.size * len(self.text), self.y - 0.35 * self.size


def svg_labels(path: Path) -> list[Label]:
    """Every text of an SVG with its position on the page (its transform applied) and its font size."""
    root = ET.parse(path).getroot()
    labels = []

    def visit(element: ET.Element, size: float) -> None:
        size = float(element.get("font-size", size))
        if element.tag == SVG + "text":
            text = "".join(element.itertext()).strip()
            x, y = float(element.get("x", 0)), float(element.get("y", 0))
            scale = 1.0
            match = re.search(r"matrix\(([^)]*)\)", element.get("transform", ""))
            if match:
                a, b, c, d, e, f = (float(v) for v in re.split(r"[\s,]+", match.group(1).strip()))
                x, y = a * x + c * y + e, b * x + d * y + f
                scale = math.sqrt(abs(a * d - b * c))
            if text:
                labels.append(Label(text, x, y, size * scale))
        for child in element:
            visit(child, size)

    visit(root, 12.0)
    return labels


def money_value(text: str) -> float | None:
    match = re.fullmatch(r"\$(\d+(?:\.\d+)?)([KMBT]?)", text)
    if not match:
        return None
    return float(match.group(1)) * {"": 1, "K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}[match.group(2)]


@dataclass(frozen=True)
class Scale:
    """Pixel position ↔ value, fitted through the labelled ticks."""

    ticks: tuple[float, ...]
    values: tuple[float, ...]

    def __post_init__(self) -> None:
        assert len(self.ticks) == len(self.values) >= 2, f"{len(self.ticks)} ticks for labels {self.values}"

    def fit(self) -> tuple[float, float, float]:
        """slope, intercept and the largest distance of a tick from the straight line."""
        t, v = np.array(self.ticks), np.array(self.values)
        slope, intercept = np.polyfit(v, t, 1)
        return float(slope), float(intercept), float(np.abs(slope * v + intercept - t).max())

    def value_at(self, pixel: float) -> float:
        slope, intercept, _ = self.fit()
        return (pixel - intercept) / slope

    def pixel_of(self, value: float) -> float:
        slope, intercept, _ = self.fit()
        return slope * value + intercept


def labelled_ticks(axis: Axis, labels: list[tuple[Label, float]], vertical: bool, factor: float = 1.0) -> Scale:
    """Tie each label to the tick mark nearest its middle and fit pixel ↔ value through them. A label with
    no tick mark within a third of the labels' spacing fails: the axis does not say what it claims."""
    assert len(labels) >= 2, f"only {len(labels)} labels on the axis"
    centres = [(lab.centre[1] if vertical else lab.centre[0]) * factor for lab, _ in labels]
    spacing = min(abs(b - a) for a, b in zip(sorted(centres), sorted(centres)[1:], strict=False))
    ticks = []
    for (label, _), centre in zip(labels, centres, strict=True):
        nearest = min(axis.ticks, key=lambda t: abs(t - centre), default=None)
        assert nearest is not None and abs(nearest - centre) <= spacing / 3, (
            f"no tick mark under the label {label.text!r} (middle at {centre:.1f}; ticks {axis.ticks})"
        )
        ticks.append(nearest)
    return Scale(tuple(ticks), tuple(v for _, v in labels))


def labels_under(labels: list[Label], axis: Axis, factor: float = 1.0) -> list[tuple[Label, float]]:
    """The numbers labelling an x axis: texts just below the axis line, left to right."""
    found = []
    for label in labels:
        if not re.fullmatch(r"-?\d+", label.text):
            continue
        below = 0 < label.y * factor - axis.position < 3 * label.size * factor
        if below and axis.start - 20 <= label.x * factor <= axis.end:
            found.append((label, float(label.text)))
    return sorted(found, key=lambda item: item[0].x)


def labels_left(labels: list[Label], axis: Axis, factor: float = 1.0) -> list[tuple[Label, float]]:
    """The money values labelling a y axis, as log10 dollars, top to bottom."""
    found = []
    for label in labels:
        value = money_value(label.text)
        if value is None:
            continue
        if label.x * factor < axis.position and axis.start - 10 <= label.y * factor <= axis.end + 10:
            found.append((label, math.log10(value)))
    return sorted(found, key=lambda item: item[0].y)
