"""Identities, trust, export state, imported bundles, quarantine, equivocations.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "org_identity",
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("age_identity", sa.Text(), nullable=False),
        sa.Column("recipient", sa.Text(), nullable=False),
        sa.Column("signing_secret", sa.LargeBinary(), nullable=False),
        sa.Column("signing_public", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name="pk_org_identity"),
    )
    op.create_table(
        "trusted_organisation",
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("signing_public", sa.LargeBinary(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("trusted_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name="pk_trusted_organisation"),
    )
    op.create_table(
        "sender",
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("public", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name="pk_sender"),
    )
    op.create_table(
        "export_bundle",
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("bundle_id", sa.String(32), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sequence", name="pk_export_bundle"),
    )
    op.create_table(
        "exported_version",
        sa.Column("testimony_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("testimony_id", name="pk_exported_version"),
    )
    op.create_table(
        "exported_attachment",
        sa.Column("attachment_id", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("attachment_id", name="pk_exported_attachment"),
    )
    op.create_table(
        "imported_bundle",
        sa.Column("bundle_id", sa.String(32), nullable=False),
        sa.Column("sender_key_id", sa.String(16), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("manifest_sha256", sa.String(64), nullable=False),
        sa.Column("imported_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name="pk_imported_bundle"),
    )
    op.create_table(
        "quarantined_bundle",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("sender_key_id", sa.String(16), nullable=False),
        sa.Column("bundle_id", sa.String(32), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_quarantined_bundle"),
    )
    op.create_table(
        "equivocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("testimony_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("held_sha256", sa.String(64), nullable=False),
        sa.Column("received_sha256", sa.String(64), nullable=False),
        sa.Column("bundle_id", sa.String(32), nullable=False),
        sa.Column("sender_key_id", sa.String(16), nullable=False),
        sa.Column("detected_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_equivocation"),
    )
    op.create_table(
        "sender_audit_entry",
        sa.Column("sender_key_id", sa.String(16), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(16), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.Column("bundle_id", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("sender_key_id", "seq", name="pk_sender_audit_entry"),
    )


def downgrade() -> None:
    for table in (
        "sender_audit_entry",
        "equivocation",
        "quarantined_bundle",
        "imported_bundle",
        "exported_attachment",
        "exported_version",
        "export_bundle",
        "sender",
        "trusted_organisation",
        "org_identity",
    ):
        op.drop_table(table)
