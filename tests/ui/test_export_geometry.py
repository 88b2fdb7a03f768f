"""Exported charts read back from their pixels: every known point lands where the axes say it should, in
every format and from every reader.

The SVG is rasterised by Qt's renderer and by resvg, the PDF by PDFium, the PNG is read as it is (at
scale 1 and 2). From the pixels alone the test finds the axis lines and their major ticks, ties the ticks
to the numbers printed under them, fits pixel ↔ year (and pixel ↔ log dollars), and checks that the
markers of known facts sit at their year and value within a few pixels. An exporter that draws the axes
at another scale than the data, draws a marker twice, or shifts a lane off its label fails here.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tests.ui.chart_reading import (
    READERS,
    Axis,
    Label,
    Scale,
    blobs,
    horizontal_axes,
    labelled_ticks,
    labels_left,
    labels_under,
    svg_labels,
    vertical_axis,
)

WIDTH = 1600  # layout pixels of the exported chart, and pixels of every rendering read back
HEIGHT = 900
TOLERANCE = 3.0  # pixels

# Vietnam–Mexico (A, blue) and Vietnam–Peru (B, orange): the full-year totals of the seeds, drawn filled;
# a flagged figure is a red warning triangle instead: A's US$10,700 in 1993 (17,000 times below the trend)
# and B's US$600 million in 2022 (its article's growth rate, 79.1 %, contradicts its own figures).
TRADE_A = {2004: 187e6, 2005: 227e6, 2006: 300e6, 2019: 6.275e9, 2024: 15e9}
TRADE_B = {2016: 353.78e6, 2023: 486e6}
FLAGGED = {1993: 10_700, 2022: 600e6}
BLUE, ORANGE, RED = "#1565c0", "#e07800", "#ad1457"  # RED: the flagged crimson
VISIT, EMBASSY, ESTABLISHED = "#6a1b9a", "#00796b", "#2e7d32"


def _year(date: str) -> float:
    from app.ui.timeline_view import span_of

    return span_of(date)[0]


@pytest.fixture
def exports(qtbot, seeded_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Export one chart in every format; returns (chart) -> {reader name: pixels} and the SVG's labels."""
    from app.session.views import pair_view
    from app.ui.export import Charts, ExportSize, export_chart

    views = (pair_view(seeded_store, "VNM", "MEX"), pair_view(seeded_store, "VNM", "PER"))

    def make(chart: str) -> tuple[dict[str, object], list]:  # type: ignore[type-arg]
        rendered: dict[str, object] = {}
        files = {}
        for suffix, scale in (("svg", 1.0), ("pdf", 1.0), ("png", 1.0), ("png", 2.0)):
            path = tmp_path / f"{chart}-{scale:g}x.{suffix}"
            export_chart(*views, path, ExportSize(WIDTH, HEIGHT, scale), Charts(chart))
            files[(suffix, scale)] = path
        rendered["png"] = READERS["png"](files[("png", 1.0)], WIDTH)
        rendered["png 2×"] = READERS["png"](files[("png", 2.0)], WIDTH)
        rendered["svg (Qt)"] = READERS["svg (Qt)"](files[("svg", 1.0)], WIDTH)
        rendered["svg (resvg)"] = READERS["svg (resvg)"](files[("svg", 1.0)], WIDTH)
        rendered["pdf (PDFium)"] = READERS["pdf (PDFium)"](files[("pdf", 1.0)], WIDTH)
        return rendered, svg_labels(files[("svg", 1.0)])

    return make


def _x_scale(axis: Axis, labels: list[Label], name: str) -> Scale:
    scale = labelled_ticks(axis, labels_under(labels, axis), vertical=False)
    assert scale.fit()[2] < 1.5, f"{name}: the labelled ticks are not evenly spaced: {scale.ticks} for {scale.values}"
    return scale


def _check_trade(pixels, labels, axis: Axis, top: int, name: str) -> dict[str, list[tuple[float, float]]]:  # type: ignore[no-untyped-def]
    x = _x_scale(axis, labels, name)
    y_axis = vertical_axis(pixels, (top, axis.position))
    y = labelled_ticks(y_axis, labels_left(labels, y_axis), vertical=True)
    assert y.fit()[2] < 1.5, f"{name}: the decades of the money axis are not evenly spaced: {y.ticks}"
    region = (y_axis.position + 2, top, pixels.shape[1], axis.position - 1)
    found = {}
    for color, expected, side, core in (
        (BLUE, TRADE_A, "A", 7),
        (ORANGE, TRADE_B, "B", 7),
        (RED, FLAGGED, "flagged", 5),
    ):
        centres = blobs(pixels, color, core, region)
        if side == "flagged":  # the legend's key shows a red triangle too: keep those near a flagged figure
            near = [(x.pixel_of(year), y.pixel_of(math.log10(value))) for year, value in expected.items()]
            centres = [c for c in centres if any(abs(c[0] - px) < 20 and abs(c[1] - py) < 20 for px, py in near)]
        assert len(centres) == len(expected), f"{name}: {len(centres)} filled {side} markers, expected {len(expected)}"
        for (cx, cy), (year, value) in zip(centres, sorted(expected.items()), strict=True):
            assert abs(cx - x.pixel_of(year)) <= TOLERANCE, (
                f"{name}: {side}'s {year} marker is at x={cx:.1f}, which the axis reads as {x.value_at(cx):.2f}"
            )
            # A triangle's solid core sits a sixth of its height (2.7 px at 16 px) below the point it marks.
            lift = 2.7 if side == "flagged" else 0.0
            assert abs(cy - lift - y.pixel_of(math.log10(value))) <= TOLERANCE, (
                f"{name}: {side}'s {year} marker is at y={cy:.1f}, the axis reads {10 ** y.value_at(cy):,.0f}"
            )
        found[side] = centres
    return found


def _check_timeline(pixels, labels, axis: Axis, top: int, name: str) -> dict[str, list[tuple[float, float]]]:  # type: ignore[no-untyped-def]
    x = _x_scale(axis, labels, name)
    lanes_axis = vertical_axis(pixels, (top, axis.position))
    lane_labels = [(lab, 1.0 if lab.text.startswith("A:") else 0.0) for lab in labels if lab.text[:2] in ("A:", "B:")]
    lanes = labelled_ticks(lanes_axis, sorted(lane_labels, key=lambda item: item[0].y), vertical=True)
    lane_a, lane_b = lanes.pixel_of(1.0), lanes.pixel_of(0.0)
    region = (lanes_axis.position + 2, top, pixels.shape[1], axis.position - 1)
    found = {}
    for color, date, lane, core, what in (
        (VISIT, "1985-04", lane_a, 5, "Vietnam–Mexico's 1985 visit"),
        (EMBASSY, "2000-07", lane_a, 5, "Mexico's embassy reopened in 2000"),
        (ESTABLISHED, "1994-11-14", lane_b, 3, "Vietnam–Peru's relations established"),
    ):
        half_lane = abs(lane_a - lane_b) / 2  # the key's samples stand above lane A, outside its half
        centres = [
            c
            for c in blobs(pixels, color, core, region)
            if abs(c[0] - x.pixel_of(_year(date))) < 20 and abs(c[1] - lane) < half_lane
        ]
        assert len(centres) == 1, f"{name}: {what}: {len(centres)} markers near {date} ({centres})"
        cx, cy = centres[0]
        assert abs(cx - x.pixel_of(_year(date))) <= TOLERANCE, (
            f"{name}: {what} drawn at {x.value_at(cx):.2f}, not {_year(date):.2f}"
        )
        assert abs(cy - lane) <= TOLERANCE, f"{name}: {what} is {cy - lane:+.1f} px off its lane's label"
        found[what] = centres
    return found


def _agree(results: dict[str, dict[str, list[tuple[float, float]]]]) -> None:
    """Every reader of every format finds each marker at the same place (within two pixels)."""
    names = list(results)
    first = results[names[0]]
    for name in names[1:]:
        for key, centres in results[name].items():
            for (ax, ay), (bx, by) in zip(first[key], centres, strict=True):
                assert abs(ax - bx) <= 2 and abs(ay - by) <= 2, (
                    f"{key}: {names[0]} has ({ax:.1f}, {ay:.1f}), {name} has ({bx:.1f}, {by:.1f})"
                )


def _one_chart(exports, chart: str, check) -> None:  # type: ignore[no-untyped-def]
    """Each format of a one-chart export: one time axis, the markers where it says, all formats agreeing."""
    rendered, labels = exports(chart)
    results = {}
    for name, pixels in rendered.items():
        axes = horizontal_axes(pixels)
        assert len(axes) == 1, f"{name}: {len(axes)} x axes"
        results[name] = check(pixels, labels, axes[0], 0, name)
    _agree(results)


def test_trade_chart_points_land_where_its_axes_say(exports) -> None:  # type: ignore[no-untyped-def]
    _one_chart(exports, "trade", _check_trade)


def test_milestones_land_on_their_dates_and_lanes(exports) -> None:  # type: ignore[no-untyped-def]
    _one_chart(exports, "milestones", _check_timeline)


def test_both_charts_share_one_time_axis(exports) -> None:  # type: ignore[no-untyped-def]
    rendered, labels = exports("both")
    results = {}
    for name, pixels in rendered.items():
        axes = horizontal_axes(pixels)
        assert len(axes) == 2, f"{name}: {len(axes)} x axes"
        trade, timeline = axes
        assert abs(trade.start - timeline.start) <= 2 and abs(trade.end - timeline.end) <= 2, (
            f"{name}: the two time axes span {trade.start}–{trade.end} and {timeline.start}–{timeline.end}"
        )
        assert _x_scale(trade, labels, name).ticks == pytest.approx(_x_scale(timeline, labels, name).ticks, abs=1.5)
        found = _check_trade(pixels, labels, trade, 0, name)
        found.update(_check_timeline(pixels, labels, timeline, trade.position + 30, name))
        results[name] = found
    _agree(results)


def test_the_flagged_colour_never_reads_as_either_relationship_at_any_blend() -> None:
    """A rasterised PDF blends marker edges with the page: with a red flag colour those pink edges read as
    relationship B's orange (orange started at 1976, the key's triangle, in the PDF only). Every blend of
    the flag colour with white must stay neither blue nor orange by the readers' tests."""
    from app.ui.theme import light_theme

    flagged = light_theme().flagged
    r, g, b = (int(flagged[i : i + 2], 16) for i in (1, 3, 5))
    for step in range(101):
        a = step / 100
        pr, pg_, pb = (round(255 - (255 - c) * a) for c in (r, g, b))
        assert not (pr > pb + 80 and pr > 150 and pg_ > 60), f"reads as orange at {a:.2f}: {(pr, pg_, pb)}"
        assert not (pb > pr + 80 and pb > 120), f"reads as blue at {a:.2f}"
