"""The seed articles read as an analyst reads them."""

from __future__ import annotations

import pytest

from app.domain.facts import FactKind
from app.extract.pipeline import ExtractionError, extract_article
from app.extract.sources import read_source
from tests.conftest import SEEDS


def _extract(prefix: str):  # type: ignore[no-untyped-def]
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    source = read_source(path)
    return source, extract_article(source.text, source.published, source.title)


def test_seed_000_total_growth_and_derived_2023() -> None:
    _, ex = _extract("000")
    assert ex.pair == ("MEX", "VNM")
    assert ex.published is not None and ex.published.iso() == "2025-05-20"
    totals = {(f.year, f.derived): f for f in ex.facts if f.kind == FactKind.TRADE_TOTAL}
    assert totals[(2024, False)].value_usd == 15e9
    derived = totals[(2023, True)]
    assert derived.value_usd == pytest.approx(15e9 / 1.275)
    established = [f for f in ex.facts if f.kind == FactKind.RELATIONS_ESTABLISHED]
    assert [(f.date, f.basis) for f in established] == [("1975", "anniversary range 1975–2025")]


def test_seed_001_boilerplate_is_not_read() -> None:
    source, ex = _extract("001")
    assert ex.title == "Looking ahead to robust ties between Mexico and Vietnam"
    body_end = max(end for _, end in ex.body)
    assert source.text.index("Reactions:") >= body_end
    assert all(f.end <= body_end for f in ex.facts)
    totals = sorted((f.year, f.value_usd) for f in ex.facts if f.kind == FactKind.TRADE_TOTAL)
    assert totals == [(1993, 10_700), (2019, 6.275e9)]
    established = [f for f in ex.facts if f.kind == FactKind.RELATIONS_ESTABLISHED]
    assert [f.date for f in established] == ["1975"]


def test_seed_002_dates_keep_their_precision() -> None:
    _, ex = _extract("002")
    assert ex.published is None
    rel = next(f for f in ex.facts if f.kind == FactKind.RELATIONS_ESTABLISHED)
    assert rel.date == "1975-05-19"
    embassies = [(f.date, f.action) for f in ex.facts if f.kind == FactKind.EMBASSY]
    assert embassies == [("1975", "opened"), ("1976", "opened"), ("1980", "closed"), ("2000-07", "reopened")]
    visits = sorted(f.date or "" for f in ex.facts if f.kind == FactKind.VISIT)
    assert visits == ["1975", "1979-09", "1985-04", "1988", "1996", "2001-12", "2002-08", "2002-10"]
    totals = [(f.year, f.value_usd, f.qualifier) for f in ex.facts if f.kind == FactKind.TRADE_TOTAL]
    assert totals == [(2004, 187e6, None), (2005, 227e6, None), (2006, 300e6, "over")]


def test_seed_003_partial_year_and_inconsistent_growth() -> None:
    _, ex = _extract("003")
    assert ex.pair == ("PER", "VNM")
    partial = [f for f in ex.facts if f.kind == FactKind.TRADE_TOTAL and f.partial_period]
    assert [(f.year, f.value_usd, f.partial_period) for f in partial] == [(2024, 289.6e6, "first nine months")]
    growth = next(f for f in ex.facts if f.kind == FactKind.TRADE_GROWTH)
    assert (growth.year, growth.percent) == (2022, 79.1)
    assert "69.6 %" in growth.flags[0]
    rel = next(f for f in ex.facts if f.kind == FactKind.RELATIONS_ESTABLISHED)
    assert rel.date == "1994-11-14"


def test_every_fact_quote_is_its_span() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        source = read_source(path)
        for fact in extract_article(source.text).facts:
            assert source.text[fact.start : fact.end] == fact.quote


def test_an_article_naming_no_country_is_refused() -> None:
    with pytest.raises(ExtractionError, match="names no country"):
        extract_article("The weather was fine and markets rose 2 per cent on Tuesday.")


def test_an_article_naming_one_country_is_refused_with_its_name() -> None:
    with pytest.raises(ExtractionError, match=r"only one country \(Peru\)"):
        extract_article("Peru's economy grew 3 per cent in 2023.")


@pytest.mark.parametrize(
    ("text", "pair", "kind", "note"),
    [
        # a second country named only through its leader: the pair, and a note that says so
        (
            " date 2023-06-22 \nModi in Washington\nWASHINGTON - Prime Minister Narendra Modi arrived in Washington "
            "on Wednesday on a state visit to the United States.\n",
            ("IND", "USA"),
            FactKind.VISIT,
            "India through Narendra Modi",
        ),
        (
            " date 2023-09-08 \nYoon in Jakarta\nJAKARTA, Sept. 8 - President Yoon Suk Yeol held talks with Indonesian "
            "President Joko Widodo on Friday. Trade between the two countries reached $26.3 billion in 2022.\n",
            ("IDN", "KOR"),
            FactKind.TRADE_TOTAL,
            "South Korea through Yoon Suk Yeol",
        ),
        (
            " date 2024-02-15 \nTalks\nPresident Recep Tayyip Erdogan and President Abdel Fattah el-Sisi signed a "
            "trade agreement in Cairo on Wednesday.\n",
            ("EGY", "TUR"),
            FactKind.AGREEMENT,
            "Türkiye through Recep Tayyip Erdogan",
        ),
    ],
)
def test_a_country_named_only_through_its_leader_makes_the_pair(
    text: str, pair: tuple[str, str], kind: FactKind, note: str
) -> None:
    ex = extract_article(text)
    assert [f.countries for f in ex.facts if f.kind == kind] == [pair]
    assert any(note in w for w in ex.warnings)


def test_a_surname_alone_is_no_leader() -> None:
    # near miss: "Albanese" alone is not Australia's prime minister (a UN rapporteur, a footballer, a surname)
    with pytest.raises(ExtractionError, match=r"only one country \(Peru\)"):
        extract_article("Peru's trade grew 3 per cent in 2023, Albanese said in Lima.")
