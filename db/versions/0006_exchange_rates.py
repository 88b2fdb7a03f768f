"""Exchange rates the analyst gives for a currency and year, with their source: a figure stated in guilders
or yuan, with no rate in the text or the ECB's series, is then drawn and compared in US dollars.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_rates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("usd_per_unit", sa.Float, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("entered_by", sa.String(100), nullable=False),
        sa.UniqueConstraint("currency", "year", name="uq_exchange_rates_currency_year"),
    )


def downgrade() -> None:
    op.drop_table("exchange_rates")
