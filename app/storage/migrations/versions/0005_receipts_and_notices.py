"""Receipts (the interviewer's reply identity, confirmed versions) and consent notices;
the day a testimony's age-dependent facts expire.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, never a batch copy: dropping and recreating `testimony` would cascade
    # to its versions (foreign keys are on). Existing rows get "": refreshed at their next save.
    op.add_column(
        "testimony", sa.Column("facts_until", sa.String(10), nullable=False, server_default="")
    )
    op.create_index("ix_testimony_facts_until", "testimony", ["facts_until"])
    op.create_index(
        "ix_testimony_live", "testimony", ["deleted_at"], sqlite_where=sa.text("deleted_at IS NULL")
    )
    op.add_column("export_bundle", sa.Column("manifest_sha256", sa.String(64), nullable=True))
    op.add_column("export_bundle", sa.Column("confirmed_at", sa.String(32), nullable=True))
    op.add_column("imported_bundle", sa.Column("reply_to", sa.Text(), nullable=True))
    op.create_table(
        "reply_identity",
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("age_identity", sa.Text(), nullable=False),
        sa.Column("recipient", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name="pk_reply_identity"),
    )
    op.create_table(
        "confirmed_version",
        sa.Column("testimony_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("testimony_id", name="pk_confirmed_version"),
    )
    op.create_table(
        "confirmed_attachment",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_confirmed_attachment"),
    )
    op.create_table(
        "sent_notice",
        sa.Column("testimony_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("testimony_id", name="pk_sent_notice"),
    )
    op.create_table(
        "consent_notice",
        sa.Column("testimony_id", sa.String(36), nullable=False),
        sa.Column("bundle_id", sa.String(32), nullable=False),
        sa.Column("sender_key_id", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("testimony_id", "bundle_id", name="pk_consent_notice"),
    )


def downgrade() -> None:
    for table in (
        "consent_notice",
        "sent_notice",
        "confirmed_attachment",
        "confirmed_version",
        "reply_identity",
    ):
        op.drop_table(table)
    op.drop_column("imported_bundle", "reply_to")
    op.drop_column("export_bundle", "confirmed_at")
    op.drop_column("export_bundle", "manifest_sha256")
    op.drop_index("ix_testimony_live", "testimony")
    op.drop_index("ix_testimony_facts_until", "testimony")
    op.drop_column("testimony", "facts_until")
