"""The vault core: meta, signing key, testimonies with versions, the audit trail.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vault_meta",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_vault_meta"),
    )
    op.create_table(
        "signing_key",
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("secret", sa.LargeBinary(), nullable=False),
        sa.Column("public", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name="pk_signing_key"),
    )
    op.create_table(
        "testimony",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("author_key", sa.String(16), nullable=False),
        sa.Column("deleted_at", sa.String(32), nullable=True),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("interview_date", sa.String(10), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("flags", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_testimony"),
    )
    op.create_index("ix_testimony_updated_at", "testimony", ["updated_at"])
    op.create_table(
        "testimony_version",
        sa.Column("testimony_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("document", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("saved_at", sa.String(32), nullable=False),
        sa.Column("author_key", sa.String(16), nullable=False),
        sa.Column("vocabulary_version", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["testimony_id"],
            ["testimony.id"],
            name="fk_testimony_version_testimony_id_testimony",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("testimony_id", "version", name="pk_testimony_version"),
    )
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(16), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_entry"),
    )
    op.create_index("ix_audit_entry_subject", "audit_entry", ["subject"])
    # The trail is append-only inside the database too: a bug or a careless script that tries
    # to rewrite history fails loudly. (Someone with the key can drop the triggers; the hash
    # chain is what detects that.)
    op.execute(
        "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER audit_entry_no_delete")
    op.execute("DROP TRIGGER audit_entry_no_update")
    op.drop_index("ix_audit_entry_subject", "audit_entry")
    op.drop_table("audit_entry")
    op.drop_table("testimony_version")
    op.drop_index("ix_testimony_updated_at", "testimony")
    op.drop_table("testimony")
    op.drop_table("signing_key")
    op.drop_table("vault_meta")
