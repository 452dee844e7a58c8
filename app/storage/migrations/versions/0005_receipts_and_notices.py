"""Receipts (the interviewer's reply identity, confirmed versions) and consent notices.

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
    with op.batch_alter_table("export_bundle") as batch:
        batch.add_column(sa.Column("manifest_sha256", sa.String(64), nullable=True))
        batch.add_column(sa.Column("confirmed_at", sa.String(32), nullable=True))
    with op.batch_alter_table("imported_bundle") as batch:
        batch.add_column(sa.Column("reply_to", sa.Text(), nullable=True))
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
    with op.batch_alter_table("imported_bundle") as batch:
        batch.drop_column("reply_to")
    with op.batch_alter_table("export_bundle") as batch:
        batch.drop_column("confirmed_at")
        batch.drop_column("manifest_sha256")
