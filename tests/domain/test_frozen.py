from __future__ import annotations

import dataclasses

import pytest

from app.analysis.series import TradePoint
from app.domain.frozen import built, changed
from app.session.records import FactRow


def _fact_row_fields() -> dict[str, object]:
    return dict(
        id=7, article_id=2, kind="trade_total", when="2019", value="$6.275B", qualifier="", file="000.txt",
        status="proposed", derived=False, version=1, sentence="Trade reached $6.275 billion in 2019.",
        description="Trade total: $6.275B in 2019 — Vietnam–Mexico", value_usd=6.275e9, year=2019, date=None,
        percent=None, flags=(), person=None, source="VnExpress, 2020-01-02", confidence=0.95,
        confidence_basis="stated", also=(),
    )  # fmt: skip


def test_a_record_built_is_the_record_its_init_builds() -> None:
    fields = _fact_row_fields()
    row = built(FactRow, **fields)
    assert row == FactRow(**fields)  # type: ignore[arg-type]
    assert hash(row) == hash(FactRow(**fields))  # type: ignore[arg-type]
    assert row.value_usd == 6.275e9 and row.doubtful is False
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.value_usd = 1.0  # type: ignore[misc]


def test_a_record_built_without_every_field_is_refused() -> None:
    fields = _fact_row_fields()
    del fields["also"]  # FactRow would default it; built must not leave it unset
    with pytest.raises(TypeError, match="FactRow built without also"):
        built(FactRow, **fields)


def test_the_relationships_records_are_those_their_init_builds(seeded_store) -> None:  # type: ignore[no-untyped-def]
    from app.session.views import pair_view

    view = pair_view(seeded_store, "VNM", "MEX")
    assert (len(view.fact_rows), len(view.points)) == (27, 7)  # 29 facts, two statements folded
    for record in (*view.fact_rows, *view.points):
        assert isinstance(record, (FactRow, TradePoint))
        assert vars(record).keys() == {f.name for f in dataclasses.fields(record)}
        assert dataclasses.replace(record) == record  # rebuilt field by field through __init__
    total = next(p for p in view.points if p.year == 2019)
    assert (total.value_usd, total.source) == (6.275e9, dataclasses.replace(total).source)


def test_a_record_changed_is_the_record_replace_makes() -> None:
    from app.extract.pipeline import extract_article

    text = "HANOI, May 20 (VNA) - Two-way trade between Vietnam and Mexico reached 6.275 billion USD in 2019."
    fact = extract_article(text).facts[0]
    assert (fact.kind, fact.value_usd, fact.year) == ("trade_total", 6.275e9, 2019)
    new = changed(fact, confidence=0.5, confidence_basis="asked")
    assert new == dataclasses.replace(fact, confidence=0.5, confidence_basis="asked")
    assert (new.confidence, fact.confidence) == (0.5, dataclasses.replace(fact).confidence)
    assert new.value_usd == 6.275e9 and new is not fact
    with pytest.raises(TypeError, match="Fact has no field confidense"):
        changed(fact, confidense=0.5)
