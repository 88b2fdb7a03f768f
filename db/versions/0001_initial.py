"""The first schema: countries, aliases, articles and facts.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "countries",
        sa.Column("code", sa.String(3), primary_key=True),
        sa.Column("alpha2", sa.String(2), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("official_name", sa.String(200), nullable=False),
    )
    op.create_table(
        "country_aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(3), sa.ForeignKey("countries.code", ondelete="CASCADE"), nullable=False),
        sa.Column("alias", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
    )
    op.create_index("ix_country_aliases_code", "country_aliases", ["code"])
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("outlet", sa.String(200)),
        sa.Column("published", sa.String(10)),
        sa.Column("published_precision", sa.String(5)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("source_name", sa.String(500), nullable=False),
        sa.Column("source_path", sa.Text),
        sa.Column("source_format", sa.String(10), nullable=False),
        sa.Column("encoding", sa.String(20)),
        sa.Column("country_a", sa.String(3), sa.ForeignKey("countries.code"), nullable=False),
        sa.Column("country_b", sa.String(3), sa.ForeignKey("countries.code"), nullable=False),
        sa.Column("body_spans", sa.JSON, nullable=False),
        sa.Column("warnings", sa.JSON, nullable=False),
        sa.Column("extractor_version", sa.String(20), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_pair", "articles", ["country_a", "country_b"])
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("country_a", sa.String(3), sa.ForeignKey("countries.code"), nullable=False),
        sa.Column("country_b", sa.String(3), sa.ForeignKey("countries.code"), nullable=False),
        sa.Column("origin", sa.String(3)),
        sa.Column("destination", sa.String(3)),
        sa.Column("year", sa.Integer),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(5)),
        sa.Column("partial_period", sa.String(60)),
        sa.Column("amount", sa.Float),
        sa.Column("currency", sa.String(3)),
        sa.Column("value_usd", sa.Float),
        sa.Column("qualifier", sa.String(40)),
        sa.Column("percent", sa.Float),
        sa.Column("rank", sa.Integer),
        sa.Column("action", sa.String(20)),
        sa.Column("person", sa.String(200)),
        sa.Column("name", sa.String(300)),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("basis", sa.Text),
        sa.Column("unresolved", sa.String(100)),
        sa.Column("flags", sa.JSON, nullable=False),
        sa.Column("extractor_version", sa.String(20), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True)),
        sa.Column("derived", sa.Boolean, nullable=False),
        sa.Column("derivation", sa.Text),
        sa.Column("derived_from", sa.JSON, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_facts_article_id", "facts", ["article_id"])
    op.create_index("ix_facts_pair_kind", "facts", ["country_a", "country_b", "kind"])


def downgrade() -> None:
    op.drop_table("facts")
    op.drop_table("articles")
    op.drop_table("country_aliases")
    op.drop_table("countries")
