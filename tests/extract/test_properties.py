"""The extractor never raises on arbitrary text, and every span points at its quote."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.domain.facts import Fact
from app.extract.pipeline import ExtractionError, extract_article
from app.extract.sources import SourceError, text_from_bytes

_GENRE = st.sampled_from(
    [
        "Vietnam",
        "Mexico",
        "Peru",
        "Việt Nam",
        "US$15 billion",
        " in 2024",
        "per cent",
        "first nine months of",
        "this year",
        "(1975–2025)",
        "50th anniversary of diplomatic ties",
        "embassy",
        "visit",
        "May 19th, 1975",
        "signed",
        "Agreement",
        ", ",
        ". ",
        "\n",
        "largest trading partner",
        "$",
        "-",
        "2023",
        "invested",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=40), _GENRE), max_size=40).map("".join))
def test_extractor_never_raises_and_spans_hold(text: str) -> None:
    extracted_with_spans_holding(text)


def extracted_with_spans_holding(text: str) -> list[Fact]:
    """The facts of ``text`` (none when it is refused), each checked to quote the text at its span."""
    try:
        extraction = extract_article(text)
    except ExtractionError:
        return []
    for fact in extraction.facts:
        assert text[fact.start : fact.end] == fact.quote
        assert fact.countries[0] <= fact.countries[1]
    return list(extraction.facts)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_read_or_refused_with_a_reason(data: bytes) -> None:
    try:
        source = text_from_bytes(data, "x.txt")
    except SourceError as exc:
        assert str(exc)
        return
    assert "\x00" not in source.text


_TABLE_PARTS = st.sampled_from(
    [
        "Bilateral trade between Vietnam and Chile (US$ million)",
        "Two-way trade (in USD billion):",
        "Year",
        "Total",
        "Exports",
        "2021",
        "2020-21",
        "2019-2021",
        "1,620",
        "212.5",
        "0",
        " | ",
        "\t",
        ": ",
        "- ",
        "\n",
        "\n\n",
        "Vietnam",
        "(",
        ")",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=12), _TABLE_PARTS), max_size=60).map("".join))
@example("Two-way trade (in USD billion):\n- 2021: 212.5\n2020-21 | 1,620\n")
@example("Bilateral trade between Vietnam and Chile (US$ million)\nYear\nTotal\n2021\n1,620\n2019-2021\n0\n")
def test_a_trade_table_of_any_shape_never_raises_and_its_rows_are_its_quotes(body: str) -> None:
    for fact in extracted_with_spans_holding(" date 2024-03-01 \nVietnam and Chile\n" + body):
        if fact.basis and fact.basis.startswith("a row of the table"):
            assert fact.value_usd is not None and fact.year is not None
