"""The persons registry: archive persons, the link of each person entry of each testimony to
one, the facts reports count, and the coordinator's merges.

Empty after the upgrade: the registry is filled from the testimonies by the application (it
derives facts with the domain code, which a migration never imports) the first time persons or
figures are asked for.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "archive_person",
        sa.Column("id", sa.String(16), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("merged_into", sa.String(16), nullable=True),
        sa.Column("political_prisoner_since", sa.String(10), nullable=True),
        sa.Column("political_prisoner_source", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_archive_person"),
    )
    op.create_index("ix_archive_person_merged_into", "archive_person", ["merged_into"])
    op.create_table(
        "person_entry",
        sa.Column("testimony_id", sa.String(36), nullable=False),
        sa.Column("person_ref", sa.String(64), nullable=False),
        sa.Column("person_id", sa.String(16), nullable=False),
        sa.Column("roles", sa.Text(), nullable=False),
        sa.Column("name_keys", sa.Text(), nullable=False),
        sa.Column("birth_lo", sa.String(10), nullable=False),
        sa.Column("birth_hi", sa.String(10), nullable=False),
        sa.Column("birth_precision", sa.String(16), nullable=False),
        sa.Column("case_code", sa.Text(), nullable=False),
        sa.Column("relatives", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("testimony_id", "person_ref", name="pk_person_entry"),
    )
    op.create_index("ix_person_entry_person_id", "person_entry", ["person_id"])
    op.create_table(
        "persons_linked",
        sa.Column("testimony_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("testimony_id", name="pk_persons_linked"),
    )
    op.create_table(
        "person_fact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("testimony_id", sa.String(36), nullable=False),
        sa.Column("person_ref", sa.String(64), nullable=False),
        sa.Column("figure", sa.String(32), nullable=False),
        sa.Column("act", sa.String(16), nullable=False),
        sa.Column("dimension", sa.String(32), nullable=False),
        sa.Column("value", sa.String(64), nullable=False),
        sa.Column("lo", sa.String(10), nullable=False),
        sa.Column("hi", sa.String(10), nullable=False),
        sa.Column("ends", sa.String(10), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_person_fact"),
    )
    op.create_index("ix_person_fact_testimony_id", "person_fact", ["testimony_id"])
    op.create_index("ix_person_fact_figure", "person_fact", ["figure", "dimension"])
    op.create_table(
        "person_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survivor", sa.String(16), nullable=False),
        sa.Column("absorbed", sa.String(16), nullable=False),
        sa.Column("members", sa.Text(), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(16), nullable=False),
        sa.Column("undone_at", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_person_merge"),
    )
    op.create_index("ix_person_merge_survivor", "person_merge", ["survivor"])


def downgrade() -> None:
    op.drop_index("ix_person_merge_survivor", table_name="person_merge")
    op.drop_table("person_merge")
    op.drop_index("ix_person_fact_figure", table_name="person_fact")
    op.drop_index("ix_person_fact_testimony_id", table_name="person_fact")
    op.drop_table("person_fact")
    op.drop_table("persons_linked")
    op.drop_index("ix_person_entry_person_id", table_name="person_entry")
    op.drop_table("person_entry")
    op.drop_index("ix_archive_person_merged_into", table_name="archive_person")
    op.drop_table("archive_person")
