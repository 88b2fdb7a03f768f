"""A hard-wrapped wire story shown as paragraphs, character for character where the extractor read it."""

from __future__ import annotations

from app.domain.text import reflowed

WIRE = (
    "ARGENTINA-BRAZIL TRADE JUMPED 90 PCT IN 1986\n"
    "    BUENOS AIRES, March 5 - Trade between Argentina and Brazil\n"
    "jumped 90 pct in 1986 versus 1985, Foreign Minister Dante\n"
    "Caputo said.\n"
    "    He said the wide-\n"
    "ranging accord would double trade.\n"
    " Reuter\n"
)


def _spans(text: str) -> tuple[tuple[int, int], ...]:
    first = text.index("    BUENOS")
    second = text.index("    He said")
    return ((first, text.index("said.") + 5), (second, text.index("trade.") + 6))


def test_a_wrapped_paragraph_reads_as_one_and_every_offset_stays() -> None:
    shown = reflowed(WIRE, _spans(WIRE))
    assert shown is not None and len(shown) == len(WIRE)
    first, second = _spans(WIRE)
    assert shown[first[0] : first[1]].strip() == (
        "BUENOS AIRES, March 5 - Trade between Argentina and Brazil jumped 90 pct in 1986 versus 1985, "
        "Foreign Minister Dante Caputo said."
    )
    assert "wide-\u200branging" in shown  # a break after a hyphen joins the halves without a space
    assert shown[second[0] - 1 : second[0] + 1] == "\n\n"  # a blank line between the paragraphs
    start = WIRE.index("1.3") if "1.3" in WIRE else WIRE.index("90 pct")
    assert shown[start : start + 6] == WIRE[start : start + 6]  # a fact's span points at the same words


def test_a_story_without_hard_wrapping_is_left_alone() -> None:
    text = "Trade between Chile and Vietnam reached $1.2 billion in 2023.\n\nIt grew 8 percent."
    assert reflowed(text, ((0, 61), (63, 80))) is None
