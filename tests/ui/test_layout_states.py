"""One layout rule, checked in every state ``make screenshots`` draws (issue 24, item 8): no two texts of
the trade chart, its key or the timeline over each other, none cut by a chart's edge, no label over a
marker, the key over no data, no milestone's mark hiding another's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.ui.layout_check import layout_problems
from tests.official.test_readers import FIXTURES

SIZES = [(1600, 1000), (1400, 900), (1024, 640), (760, 475)]  # 760×475: a 1600×1000 screen at 200 %

NLG_1986 = (
    "DUTCH-WEST GERMAN TRADE ROSE IN 1986\n"
    "    AMSTERDAM, March 27 - Trade between the Netherlands and West\n"
    "Germany rose to 110,000,000,000 guilders in 1986, the Economics\n"
    "Ministry said.\n"
    " Reuter\n"
)
LONG_NAMES = (
    "Saint Vincent and the Grenadines and the United Kingdom signed an air services agreement on "
    "March 3, 2021, the two governments said."
)


def _settle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: all(window._loaded), timeout=15000)
    window.workers.wait()
    qtbot.wait(300)  # the labels and the timeline's rows are laid out again once a change settles


def _load(qtbot, window, side: int, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.pair_loaded, timeout=10000):
        window.selectors[side].set_pair(*pair)


def _paste(window, text: str, published: str) -> None:  # type: ignore[no-untyped-def]
    from app.session.imports import store_pasted_article

    result = store_pasted_article(window.store, {"title": "", "published": published, "outlet": "", "text": text})
    assert result.status == "new", result


def _swapped(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignals([window.pair_loaded, window.pair_loaded], timeout=10000):
        window.commands["swap"].trigger()


def _aligned(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.align_toggle.setChecked(True)


def _official(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.importer.official_finished, timeout=20000):
        assert window.official.start(sorted(FIXTURES.glob("*.csv")))


def _no_trade(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _load(qtbot, window, 1, ("JPN", "MEX"))


def _long_names_and_a_foreign_currency(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _paste(window, NLG_1986, "1987-03-27")
    _paste(window, LONG_NAMES, "2021-03-04")
    _load(qtbot, window, 0, ("VCT", "GBR"))
    _load(qtbot, window, 1, ("NLD", "DEU"))


def _zoomed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.plot.getPlotItem().vb.setXRange(2000, 2026, padding=0)


STATES: dict[str, Callable[..., None]] = {
    "first start": lambda qtbot, window: None,
    "swapped": _swapped,
    "aligned": _aligned,
    "official statistics": _official,
    "a pair with no trade figure": _no_trade,
    "long names, a foreign currency": _long_names_and_a_foreign_currency,
    "zoomed to 2000-2026": _zoomed,
}


@pytest.mark.parametrize("state", list(STATES))
def test_no_text_or_mark_is_cut_or_drawn_over_another(qtbot, window, state: str) -> None:  # type: ignore[no-untyped-def]
    STATES[state](qtbot, window)
    _settle(qtbot, window)
    found = {}
    for width, height in SIZES:
        window.resize(width, height)
        _settle(qtbot, window)
        problems = layout_problems(window)
        if problems:
            found[f"{width}×{height}"] = problems
    assert found == {}
