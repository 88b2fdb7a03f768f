"""Facts stated for a fiscal year ("2018-19") say so: recorded under the year it starts in, and marked.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("fiscal_year", sa.String(9)))


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("fiscal_year")
