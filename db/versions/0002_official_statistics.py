"""Official statistics: the files imported and their figures.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "official_files",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("path", sa.Text),
        sa.Column("layout", sa.String(60), nullable=False),
        sa.Column("dataset", sa.String(20), nullable=False),
        sa.Column("encoding", sa.String(20)),
        sa.Column("retrieved", sa.String(10)),
        sa.Column("rows", sa.Integer, nullable=False),
        sa.Column("figures", sa.Integer, nullable=False),
        sa.Column("skipped", sa.Text),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "official_figures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "file_id", sa.Integer, sa.ForeignKey("official_files.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("dataset", sa.String(20), nullable=False),
        sa.Column("reporter", sa.String(3), nullable=False),
        sa.Column("partner", sa.String(3), nullable=False),
        sa.Column("flow", sa.String(1), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("value_usd", sa.Float, nullable=False),
        sa.Column("valuation", sa.String(3), nullable=False),
        sa.Column("estimated", sa.Boolean, nullable=False),
        sa.Column("line", sa.Integer, nullable=False),
        sa.UniqueConstraint("dataset", "reporter", "partner", "flow", "year", name="uq_official_figures_key"),
    )
    op.create_index("ix_official_figures_file_id", "official_figures", ["file_id"])
    op.create_index("ix_official_figures_pair", "official_figures", ["reporter", "partner"])


def downgrade() -> None:
    op.drop_table("official_figures")
    op.drop_table("official_files")
