"""Values SQLite would take but PostgreSQL refuses (over-long strings, NUL characters) are fitted
before they are written, on both engines, so a store behaves the same whichever engine holds it."""

from __future__ import annotations

from app.domain.facts import ReviewStatus
from app.extract.sources import SourceText
from app.store.engine import open_store
from app.store.ingest import ingest_source
from app.store.models import Article, Fact
from app.store.repositories import ArticleRepository, FactRepository


def test_over_long_metadata_is_shortened_not_refused(db_url: str) -> None:
    store = open_store(db_url)
    source = SourceText(
        text="Trade between Chile and Korea reached US$9 billion in 2021.",
        encoding="utf-8",
        fmt="text",
        title="T" * 900,
        outlet="The " + "Very " * 100 + "Long Gazette",
    )
    result = ingest_source(store, source, "n" * 700 + ".txt")
    assert (result.status, result.facts) == ("new", 1)
    article = ArticleRepository(store).get(result.article_id or 0)
    assert article is not None
    limit = Article.__table__.c.outlet.type.length
    assert article.outlet is not None and len(article.outlet) == limit and article.outlet.endswith("…")
    assert len(article.title) == Article.__table__.c.title.type.length
    assert len(article.source_name) == Article.__table__.c.source_name.type.length


def test_review_edits_are_fitted_too(db_url: str) -> None:
    store = open_store(db_url)
    source = SourceText(
        text="Trade between Chile and Korea reached US$9 billion in 2021.", encoding="utf-8", fmt="text"
    )
    ingest_source(store, source, "a.txt")
    repo = FactRepository(store)
    fact_id = int(repo.facts().id.iloc[0])
    repo.set_status(fact_id, ReviewStatus.EDITED, person="Minister\x00 " + "X" * 400, qualifier="about\x00")
    row = repo.facts().set_index("id").loc[fact_id]
    assert row.person.startswith("Minister X") and len(row.person) == Fact.__table__.c.person.type.length
    assert row.qualifier == "about"
