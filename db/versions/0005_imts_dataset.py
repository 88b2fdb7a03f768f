"""IMF IMTS figures are their own dataset ("imf_imts"), not IMF Direction of Trade's ("imf"): a chart, a
caption and a CSV that cite them now name the dataset they came from.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    imts = sa.text("SELECT id FROM official_files WHERE layout = 'imf-imts'")
    op.execute(sa.text(f"UPDATE official_figures SET dataset = 'imf_imts' WHERE file_id IN ({imts.text})"))
    op.execute(sa.text("UPDATE official_files SET dataset = 'imf_imts' WHERE layout = 'imf-imts'"))


def downgrade() -> None:
    op.execute(sa.text("UPDATE official_figures SET dataset = 'imf' WHERE dataset = 'imf_imts'"))
    op.execute(sa.text("UPDATE official_files SET dataset = 'imf' WHERE dataset = 'imf_imts'"))
