"""Full-text search index, structured facets, encrypted attachments, editor drafts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Contentless FTS5: the index holds tokens, not a second copy of the text (snippets are
# made from the decrypted testimony). `body` holds folded words as written, `keys` the
# cross-script phonetic keys. Everything lives inside the SQLCipher file.
CREATE_FTS = (
    "CREATE VIRTUAL TABLE testimony_search USING fts5("
    "body, keys, content='', contentless_delete=1, "
    "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
)


def upgrade() -> None:
    op.create_table(
        "search_entry",
        sa.Column("rowid", sa.Integer(), nullable=False),
        sa.Column("testimony_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(
            ["testimony_id"],
            ["testimony.id"],
            name="fk_search_entry_testimony_id_testimony",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("rowid", name="pk_search_entry"),
        sa.UniqueConstraint("testimony_id", name="uq_search_entry_testimony_id"),
    )
    op.execute(CREATE_FTS)
    op.create_table(
        "testimony_facet",
        sa.Column("facet", sa.String(32), nullable=False),
        sa.Column("value", sa.String(64), nullable=False),
        sa.Column("testimony_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(
            ["testimony_id"],
            ["testimony.id"],
            name="fk_testimony_facet_testimony_id_testimony",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("facet", "value", "testimony_id", name="pk_testimony_facet"),
    )
    op.create_index("ix_testimony_facet_testimony_id", "testimony_facet", ["testimony_id"])
    op.create_index("ix_testimony_interview_date", "testimony", ["interview_date"])
    # The index starts empty: make the vault rebuild it from the testimonies at unlock.
    op.execute("DELETE FROM vault_meta WHERE name = 'search_index_version'")
    op.create_table(
        "attachment",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("testimony_id", sa.String(36), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(128), nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("identity", sa.Text(), nullable=False),
        sa.Column("added_at", sa.String(32), nullable=False),
        sa.Column("author_key", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(
            ["testimony_id"],
            ["testimony.id"],
            name="fk_attachment_testimony_id_testimony",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_attachment"),
        sa.UniqueConstraint("testimony_id", "sha256", name="uq_attachment_testimony_id"),
    )
    # The editor's autosave: unvalidated work in progress, kept in the vault and nowhere else.
    op.create_table(
        "draft",
        sa.Column("key", sa.String(36), nullable=False),
        sa.Column("testimony_id", sa.String(36), nullable=True),
        sa.Column("document", sa.LargeBinary(), nullable=False),
        sa.Column("saved_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_draft"),
    )


def downgrade() -> None:
    op.drop_table("draft")
    op.drop_table("attachment")
    op.drop_index("ix_testimony_interview_date", "testimony")
    op.drop_index("ix_testimony_facet_testimony_id", "testimony_facet")
    op.drop_table("testimony_facet")
    op.execute("DROP TABLE testimony_search")
    op.execute("DELETE FROM vault_meta WHERE name = 'search_index_version'")
    op.drop_table("search_entry")
