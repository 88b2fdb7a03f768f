from __future__ import annotations

import pytest

from app.store.views import article_view, countries_with_facts, pair_view, store_counts


def test_pair_view_points_and_articles(seeded_store) -> None:  # type: ignore[no-untyped-def]
    view = pair_view(seeded_store, "VNM", "MEX")
    assert view.pair == ("MEX", "VNM")
    stated = {(p.year, p.value_usd) for p in view.points if not p.derived}
    assert stated == {(1993, 10_700), (2004, 187e6), (2005, 227e6), (2006, 300e6), (2019, 6.275e9), (2024, 15e9)}
    derived = [p for p in view.points if p.derived]
    assert [(p.year, round(p.value_usd / 1e6)) for p in derived] == [(2023, 11765)]
    assert [a.source_name[:3] for a in view.articles] == ["000", "001", "002"]
    assert view.facts == 29


def test_article_view_has_every_fact_span(seeded_store) -> None:  # type: ignore[no-untyped-def]
    peru = pair_view(seeded_store, "PER", "VNM")
    article = article_view(seeded_store, peru.articles[0].id)
    assert article is not None
    assert len(article.facts) == 11
    partial = next(f for f in article.facts if "first nine months" in f.description)
    assert article.text[partial.start : partial.end] == "and $289.6 million in the first nine months of this year"
    assert partial.description.startswith("Trade total: $289.6M in 2024 (first nine months) — Peru–Vietnam")


def test_counts(seeded_store) -> None:  # type: ignore[no-untyped-def]
    counts = countries_with_facts(seeded_store)
    assert counts["VNM"] == 40
    assert counts["JPN"] == 4
    assert store_counts(seeded_store) == pytest.approx(store_counts(seeded_store))
    assert (store_counts(seeded_store).articles, store_counts(seeded_store).facts) == (5, 44)
