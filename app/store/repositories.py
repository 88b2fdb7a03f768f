"""Reading and reviewing the store. Everything returned is a DataFrame or a frozen dataclass."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from app.domain.facts import FactKind, ReviewStatus, pair_key
from app.domain.users import os_user
from app.store.engine import Store
from app.store.models import Article, Fact
from app.store.reviews import ConflictError as ConflictError

if TYPE_CHECKING:
    import pandas as pd

FACT_COLUMNS = (
    "id",
    "article_id",
    "kind",
    "country_a",
    "country_b",
    "origin",
    "destination",
    "year",
    "date",
    "date_precision",
    "partial_period",
    "fiscal_year",
    "amount",
    "currency",
    "value_usd",
    "qualifier",
    "percent",
    "rank",
    "action",
    "person",
    "name",
    "span_start",
    "span_end",
    "sentence",
    "basis",
    "unresolved",
    "flags",
    "confidence",
    "confidence_basis",
    "status",
    "reviewed_at",
    "derived",
    "derivation",
    "derived_from",
    "version",
)


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    title: str
    outlet: str | None
    published: str | None
    text: str
    source_name: str
    source_path: str | None
    countries: tuple[str, str]
    body_spans: tuple[tuple[int, int], ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class StoreStats:
    articles: int
    facts: int
    pairs: int


class ArticleRepository:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, article_id: int) -> ArticleRecord | None:
        with self.store.sessions() as session:
            row = session.get(Article, article_id)
            if row is None:
                return None
            return ArticleRecord(
                row.id,
                row.title,
                row.outlet,
                row.published,
                row.text,
                row.source_name,
                row.source_path,
                (row.country_a, row.country_b),
                tuple((int(a), int(b)) for a, b in row.body_spans),
                tuple(row.warnings),
            )

    def for_pair(self, a: str, b: str) -> pd.DataFrame:
        """Articles with at least one fact about the pair (or about it as a whole), newest first."""
        import pandas as pd

        a, b = pair_key(a, b)
        facts = (
            select(Fact.article_id, func.count(Fact.id).label("facts"))
            .where(Fact.country_a == a, Fact.country_b == b, Fact.status != ReviewStatus.REJECTED.value)
            .group_by(Fact.article_id)
            .subquery()
        )
        query = (
            select(
                Article.id,
                Article.title,
                Article.outlet,
                Article.published,
                Article.source_name,
                func.coalesce(facts.c.facts, 0).label("facts"),
            )
            .outerjoin(facts, facts.c.article_id == Article.id)
            .where((facts.c.facts > 0) | ((Article.country_a == a) & (Article.country_b == b)))
            .order_by(Article.published.desc().nulls_last(), Article.id)
        )
        with self.store.sessions() as session:
            rows = session.execute(query).all()
        return pd.DataFrame(rows, columns=["id", "title", "outlet", "published", "source_name", "facts"])

    def count(self) -> int:
        with self.store.sessions() as session:
            return int(session.execute(select(func.count(Article.id))).scalar() or 0)


class FactRepository:
    def __init__(self, store: Store, user: str = "") -> None:
        self.store = store
        self.user = user or os_user()

    def facts(
        self,
        pair: tuple[str, str] | None = None,
        kinds: list[str] | None = None,
        include_rejected: bool = True,
        article_id: int | None = None,
    ) -> pd.DataFrame:
        import pandas as pd

        columns = [getattr(Fact, c) for c in FACT_COLUMNS]
        query = select(
            *columns,
            Article.source_name.label("file"),
            Article.title.label("article_title"),
            Article.outlet.label("outlet"),
            Article.published.label("published"),
        )
        query = query.join(Article, Article.id == Fact.article_id)
        if pair is not None:
            a, b = pair_key(*pair)
            query = query.where(Fact.country_a == a, Fact.country_b == b)
        if kinds:
            query = query.where(Fact.kind.in_(kinds))
        if not include_rejected:
            query = query.where(Fact.status != ReviewStatus.REJECTED.value)
        if article_id is not None:
            query = query.where(Fact.article_id == article_id)
        query = query.order_by(Fact.kind, Fact.year.nulls_last(), Fact.id)
        with self.store.sessions() as session:
            rows = session.execute(query).all()
        return pd.DataFrame(rows, columns=[*FACT_COLUMNS, "file", "article_title", "outlet", "published"])

    def trade_totals(self, pair: tuple[str, str]) -> pd.DataFrame:
        return self.facts(pair, [FactKind.TRADE_TOTAL.value], include_rejected=False)

    def set_status(
        self, fact_id: int, status: ReviewStatus, expected_version: int | None = None, **changes: Any
    ) -> int:
        """Accept, reject or edit a fact (logged as ``user``'s); returns its new version. Raises ConflictError
        on a stale edit. Reviews with an undo history go through ``app.session.review``."""
        from app.store.reviews import ReviewRepository

        action = {ReviewStatus.ACCEPTED: "accept", ReviewStatus.REJECTED: "reject"}.get(status, "correct")
        change = ReviewRepository(self.store, self.user).review(fact_id, status, expected_version, changes, action)
        assert change.version_after is not None
        return change.version_after


class PairRepository:
    def __init__(self, store: Store) -> None:
        self.store = store

    def pairs(self) -> pd.DataFrame:
        """Every relationship with facts: articles and facts per kind."""
        import pandas as pd

        query = (
            select(
                Fact.country_a,
                Fact.country_b,
                Fact.kind,
                func.count(Fact.id),
                func.count(func.distinct(Fact.article_id)),
            )
            .where(Fact.status != ReviewStatus.REJECTED.value)
            .group_by(Fact.country_a, Fact.country_b, Fact.kind)
        )
        with self.store.sessions() as session:
            rows = session.execute(query).all()
            articles = dict(
                ((a, b), n)
                for a, b, n in session.execute(
                    select(Fact.country_a, Fact.country_b, func.count(func.distinct(Fact.article_id))).group_by(
                        Fact.country_a, Fact.country_b
                    )
                ).all()
            )
        frame = pd.DataFrame(rows, columns=["country_a", "country_b", "kind", "facts", "articles"])
        if frame.empty:
            return pd.DataFrame(columns=["country_a", "country_b", "articles", "facts"])
        table = frame.pivot_table(
            index=["country_a", "country_b"], columns="kind", values="facts", aggfunc="sum", fill_value=0
        )
        table["facts"] = table.sum(axis=1)
        table = table.reset_index()
        table.insert(
            2,
            "articles",
            [articles.get((a, b), 0) for a, b in zip(table.country_a, table.country_b, strict=True)],
        )
        table.columns.name = None
        return table.sort_values(["facts", "country_a"], ascending=[False, True]).reset_index(drop=True)

    def stats(self) -> StoreStats:
        with self.store.sessions() as session:
            articles = session.execute(select(func.count(Article.id))).scalar() or 0
            facts = session.execute(select(func.count(Fact.id))).scalar() or 0
            pairs = (
                session.execute(
                    select(func.count()).select_from(select(Fact.country_a, Fact.country_b).distinct().subquery())
                ).scalar()
                or 0
            )
        return StoreStats(int(articles), int(facts), int(pairs))
