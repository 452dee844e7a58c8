"""Organisation-local vocabulary terms.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "local_term",
        sa.Column("vocabulary", sa.String(64), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("en", sa.Text(), nullable=False),
        sa.Column("ru", sa.Text(), nullable=False),
        sa.Column("be", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("added_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("vocabulary", "code", name="pk_local_term"),
    )


def downgrade() -> None:
    op.drop_table("local_term")
