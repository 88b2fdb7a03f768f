"""Make Qt's SVG output draw the same in every reader: coordinates in page units, no data-space transforms.

QSvgGenerator writes each pyqtgraph item under the transform of its view, which for a plot maps years
and log-dollars to the page with factors of 20 and -50, and marks cosmetic pens
``vector-effect="non-scaling-stroke"``. Readers that ignore that attribute (librsvg, many editors) scale
every line by the view's factors, so a 2-pixel line becomes a band 100 pixels high. This rewrites each
transformed group: shapes get their coordinates mapped through the transform, stroke widths of
non-cosmetic pens are scaled by it, and only text and images keep a transform of their own. pyqtgraph's
own SVGExporter does the same (``correctCoordinates``) but fails on Qt 6.12's path syntax (issue 3485);
this parses SVG path data properly.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

SVG_NS = "http://www.w3.org/2000/svg"
_Q = f"{{{SVG_NS}}}"
_MATRIX = re.compile(r"matrix\(\s*([^)]*)\)")
_PATH_TOKEN = re.compile(r"[MLCQSTZHVAmlcqsthvaz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PAIRS = {"M": 1, "L": 1, "T": 1, "C": 3, "S": 2, "Q": 2}

Matrix = tuple[float, float, float, float, float, float]  # a b c d e f, as in SVG's matrix()
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class FlattenError(ValueError):
    """Path data this module does not map (relative commands or arcs); the element keeps its transform."""


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _fmt(v: float) -> str:
    text = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def map_path(d: str, m: Matrix) -> str:
    """SVG path data with every point mapped through ``m`` (absolute commands; H and V become L)."""
    tokens = _PATH_TOKEN.findall(d)
    out: list[str] = []
    i, command = 0, ""
    current = (0.0, 0.0)

    def number() -> float:
        nonlocal i
        if i >= len(tokens) or tokens[i].isalpha():
            raise FlattenError(f"path data ends early: {d[:60]!r}")
        value = float(tokens[i])
        i += 1
        return value

    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "Zz":
                out.append("Z")
                continue
        if command in "mlcqstahvz":
            raise FlattenError(f"relative or arc path command {command!r}")
        if command in "HV":
            value = number()
            current = (value, current[1]) if command == "H" else (current[0], value)
            x, y = _apply(m, *current)
            out.append(f"L{_fmt(x)},{_fmt(y)}")
            continue
        if command == "A":
            raise FlattenError("arc path command")
        if command not in _PAIRS:
            raise FlattenError(f"path data without a command: {d[:60]!r}")
        points = []
        for _ in range(_PAIRS[command]):
            px, py = number(), number()
            current = (px, py)
            x, y = _apply(m, px, py)
            points.append(f"{_fmt(x)},{_fmt(y)}")
        out.append(command + " ".join(points))
        if command == "M":
            command = "L"  # further pairs after a moveto are linetos
    return " ".join(out)


def _map_points(points: str, m: Matrix) -> str:
    numbers = [float(v) for v in re.findall(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", points)]
    pairs = [_apply(m, numbers[k], numbers[k + 1]) for k in range(0, len(numbers) - 1, 2)]
    return " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in pairs)


def _parse_matrix(text: str | None) -> Matrix:
    match = _MATRIX.search(text or "")
    if not match:
        return IDENTITY
    values = [float(v) for v in re.split(r"[\s,]+", match.group(1).strip())]
    if len(values) != 6:
        return IDENTITY
    return (values[0], values[1], values[2], values[3], values[4], values[5])


def _matrix_attr(m: Matrix) -> str:
    return "matrix(" + ",".join(_fmt(v) if abs(v) >= 1e-3 else f"{v:.6g}" for v in m) + ")"


def _float(element: ET.Element, name: str, default: float = 0.0) -> float:
    try:
        return float(element.get(name, default))
    except ValueError:
        return default


def _rect_as_path(element: ET.Element, m: Matrix) -> None:
    x, y = _float(element, "x"), _float(element, "y")
    w, h = _float(element, "width"), _float(element, "height")
    corners = [_apply(m, x, y), _apply(m, x + w, y), _apply(m, x + w, y + h), _apply(m, x, y + h)]
    for name in ("x", "y", "width", "height", "rx", "ry"):
        element.attrib.pop(name, None)
    element.tag = _Q + "path"
    element.set("d", "M" + " L".join(f"{_fmt(px)},{_fmt(py)}" for px, py in corners) + " Z")


def _flatten_child(child: ET.Element, m: Matrix) -> bool:
    """Map one shape into page coordinates; False when it must keep the transform (text, images, arcs)."""
    tag = child.tag.removeprefix(_Q)
    try:
        if tag == "path":
            child.set("d", map_path(child.get("d", ""), m))
        elif tag in ("polyline", "polygon"):
            child.set("points", _map_points(child.get("points", ""), m))
        elif tag == "line":
            x1, y1 = _apply(m, _float(child, "x1"), _float(child, "y1"))
            x2, y2 = _apply(m, _float(child, "x2"), _float(child, "y2"))
            child.set("x1", _fmt(x1))
            child.set("y1", _fmt(y1))
            child.set("x2", _fmt(x2))
            child.set("y2", _fmt(y2))
        elif tag == "rect":
            _rect_as_path(child, m)
        elif tag in ("ellipse", "circle") and abs(m[1]) < 1e-9 and abs(m[2]) < 1e-9:
            cx, cy = _apply(m, _float(child, "cx"), _float(child, "cy"))
            child.set("cx", _fmt(cx))
            child.set("cy", _fmt(cy))
            if tag == "circle" and abs(abs(m[0]) - abs(m[3])) > 1e-9:
                child.tag = _Q + "ellipse"
                r = _float(child, "r")
                child.attrib.pop("r", None)
                child.set("rx", _fmt(r * abs(m[0])))
                child.set("ry", _fmt(r * abs(m[3])))
            elif tag == "circle":
                child.set("r", _fmt(_float(child, "r") * abs(m[0])))
            else:
                child.set("rx", _fmt(_float(child, "rx") * abs(m[0])))
                child.set("ry", _fmt(_float(child, "ry") * abs(m[3])))
        else:
            return False
    except FlattenError:
        return False
    child.attrib.pop("vector-effect", None)  # the width is in page units already
    return True


_SHAPES = {_Q + t for t in ("path", "polyline", "polygon", "line", "rect", "ellipse", "circle")}


def _drop_invisible(group: ET.Element) -> None:
    """Remove shapes drawn with neither fill nor stroke (pyqtgraph's invisible view and legend boxes). They
    show nothing, yet Qt's PDF engine strokes such a path with the previous brush's colour."""
    for child in list(group):
        fill, stroke = child.get("fill", group.get("fill")), child.get("stroke", group.get("stroke"))
        if child.tag in _SHAPES and fill == stroke == "none":
            group.remove(child)


def flatten_tree(root: ET.Element) -> int:
    """Flatten every transformed group under ``root``; returns how many shapes were mapped."""
    mapped = 0
    for group in root.iter(_Q + "g"):
        _drop_invisible(group)
        m = _parse_matrix(group.get("transform"))
        if m == IDENTITY:
            group.attrib.pop("transform", None)
            continue
        cosmetic = any(c.get("vector-effect") == "non-scaling-stroke" for c in group)
        kept: list[ET.Element] = []
        for child in list(group):
            if child.tag == _Q + "g":
                continue  # Qt does not nest state groups; a nested group keeps its own transform
            if _flatten_child(child, m):
                mapped += 1
            else:
                kept.append(child)
        for child in kept:  # text, images and unmappable shapes carry the transform themselves
            own = _parse_matrix(child.get("transform"))
            a, b, c, d, e, f = m
            a2, b2, c2, d2, e2, f2 = own
            child.set(
                "transform",
                _matrix_attr(
                    (
                        a * a2 + c * b2,
                        b * a2 + d * b2,
                        a * c2 + c * d2,
                        b * c2 + d * d2,
                        a * e2 + c * f2 + e,
                        b * e2 + d * f2 + f,
                    )
                ),
            )
        if not cosmetic and group.get("stroke-width"):
            # A scaling pen's width was in the transformed units.
            factor = math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))
            group.set("stroke-width", _fmt(_float(group, "stroke-width", 1.0) * factor))
        group.attrib.pop("transform", None)
    return mapped


def flatten_svg(svg: bytes) -> bytes:
    """An SVG document written by QSvgGenerator, with its shapes in page coordinates."""
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    root = ET.fromstring(svg)
    box = (root.get("viewBox") or "").split()
    if len(box) == 4:  # sized in pixels, as screens and browsers expect; Qt writes millimetres at its dpi
        root.set("width", box[2])
        root.set("height", box[3])
    flatten_tree(root)
    _drop_empty_groups(root)
    declaration = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    return (declaration + ET.tostring(root, encoding="unicode")).encode("utf-8")


def _drop_empty_groups(root: ET.Element) -> None:
    """Qt writes a state group for every change of pen, most of them empty."""
    for parent in root.iter():
        for child in list(parent):
            if child.tag == _Q + "g" and len(child) == 0 and not (child.text or "").strip():
                parent.remove(child)
