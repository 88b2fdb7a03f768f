"""Every review change kept (who, when, the state before and after), so any earlier version of a fact can
be restored and ``dyad review --undo`` can undo the last change its user made; and a fact's confidence
keeps its reasons.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fact_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        # No foreign key: the log outlives a fact the analyst added and then took back.
        sa.Column("fact_id", sa.Integer, nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("version_before", sa.Integer),
        sa.Column("version_after", sa.Integer),
        sa.Column("before", sa.JSON),
        sa.Column("after", sa.JSON),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(100), nullable=False),
        sa.Column("undoes", sa.Integer),
    )
    op.create_index("ix_fact_changes_fact_id", "fact_changes", ["fact_id"])
    op.create_index("ix_fact_changes_changed_by", "fact_changes", ["changed_by"])
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("confidence_basis", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("confidence_basis")
    op.drop_table("fact_changes")
