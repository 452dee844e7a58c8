"""Testimonies bound to the sender that delivered them; export state per organisation; each
quarantined bundle remembers the key that signed it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TRUSTED_NOW = "coalesce((SELECT key_id FROM trusted_organisation LIMIT 1), '')"


def _export_tables() -> dict[str, list[sa.Column]]:
    """The export-state tables as 0005 left them, their primary key's column first."""
    return {
        "export_bundle": [
            sa.Column("sequence", sa.Integer(), nullable=False, autoincrement=False),
            sa.Column("bundle_id", sa.String(32), nullable=False),
            sa.Column("created_at", sa.String(32), nullable=False),
            sa.Column("audit_seq", sa.Integer(), nullable=False),
            sa.Column("manifest_sha256", sa.String(64), nullable=True),
            sa.Column("confirmed_at", sa.String(32), nullable=True),
        ],
        "exported_version": [
            sa.Column("testimony_id", sa.String(36), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False),
        ],
        "exported_attachment": [sa.Column("attachment_id", sa.String(32), nullable=False)],
        "sent_notice": [
            sa.Column("testimony_id", sa.String(36), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False),
        ],
    }


def upgrade() -> None:
    _export_state_per_organisation()
    op.add_column("quarantined_bundle", sa.Column("signer_public", sa.LargeBinary(), nullable=True))
    op.execute(
        "UPDATE quarantined_bundle SET signer_public = "
        "(SELECT public FROM sender WHERE sender.key_id = quarantined_bundle.sender_key_id)"
    )
    op.create_table(
        "testimony_sender",
        sa.Column("testimony_id", sa.String(36), nullable=False),
        sa.Column("sender_key_id", sa.String(16), nullable=False),
        sa.Column("bundle_id", sa.String(32), nullable=False),
        sa.Column("since", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("testimony_id", name="pk_testimony_sender"),
    )
    op.create_index("ix_testimony_sender_sender_key_id", "testimony_sender", ["sender_key_id"])
    # The sender of the first bundle that brought each testimony, from the archive's own
    # audit trail ("import" entries name their bundle).
    op.execute(
        """
        INSERT INTO testimony_sender (testimony_id, sender_key_id, bundle_id, since)
        SELECT entry.subject, bundle.sender_key_id, bundle.bundle_id, entry.at
        FROM audit_entry AS entry
        JOIN imported_bundle AS bundle
          ON bundle.bundle_id = json_extract(entry.detail, '$.bundle')
        WHERE entry.action = 'import' AND entry.seq = (
            SELECT min(first.seq) FROM audit_entry AS first
            WHERE first.action = 'import' AND first.subject = entry.subject
        )
        """
    )
    op.create_table(
        "owner_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("testimony_id", sa.String(36), nullable=False),
        sa.Column("owner_key_id", sa.String(16), nullable=False),
        sa.Column("sender_key_id", sa.String(16), nullable=False),
        sa.Column("bundle_id", sa.String(32), nullable=False),
        sa.Column("detected_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_owner_conflict"),
    )


def _export_state_per_organisation() -> None:
    """Each export-state table gains `organisation_key_id` as the first part of its primary
    key. What was exported before belongs to the organisation trusted now (a vault trusts one
    at a time); "" when none is. Nobody's parent, so copying these tables cascades nothing."""
    for table, columns in _export_tables().items():
        organisation = sa.Column("organisation_key_id", sa.String(16), nullable=False)
        _rebuild(table, [organisation, *columns], [organisation.name, columns[0].name],
                 f"{TRUSTED_NOW}, ")  # fmt: skip


def _rebuild(table: str, columns: list[sa.Column], key: list[str], prefix: str = "") -> None:
    """Copy `table` into a new layout: the columns both layouts share are copied, and
    `prefix` gives the values of the new columns placed before them."""
    op.rename_table(table, f"{table}_old")
    op.create_table(table, *columns, sa.PrimaryKeyConstraint(*key, name=f"pk_{table}"))
    kept = ", ".join(c.name for c in columns if c.name != "organisation_key_id")
    target = f"organisation_key_id, {kept}" if prefix else kept
    op.execute(
        f"INSERT INTO {table} ({target}) SELECT {prefix}{kept} FROM {table}_old"  # noqa: S608
    )
    op.drop_table(f"{table}_old")


def downgrade() -> None:
    op.drop_table("owner_conflict")
    op.drop_index("ix_testimony_sender_sender_key_id", table_name="testimony_sender")
    op.drop_table("testimony_sender")
    op.drop_column("quarantined_bundle", "signer_public")
    for table, columns in _export_tables().items():
        # Back to one organisation: keep the rows of the one trusted now.
        op.execute(
            f"DELETE FROM {table} WHERE organisation_key_id != {TRUSTED_NOW}"  # noqa: S608
        )
        _rebuild(table, columns, [columns[0].name])
