"""The facts of the persons registry lose their index on the testimony alone: the index of
0008 on (testimony, person ref, figure) begins with the same column and serves every lookup
and delete by testimony (a save's facts, a deleted testimony's, the catch-up's "never
linked"), while every fact row written (about 70 a testimony: a bulk add, an import, a save
that changes facts) paid one more B-tree insert for it.

Nothing is rewritten: dropping an index leaves the rows as they are.

A vault that reached 0008 before that index was added to it (0008 was changed on
2026-12-03 15:17, after some vaults had run it) has no (testimony, person ref, figure) index:
it gets it here, before the other one goes. Without either, a save that changed facts read
every fact of the archive (245 ms a save at 10,000 testimonies).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_person_fact_entry",
        "person_fact",
        ["testimony_id", "person_ref", "figure"],
        if_not_exists=True,
    )
    op.drop_index("ix_person_fact_testimony_id", table_name="person_fact")


def downgrade() -> None:
    op.create_index("ix_person_fact_testimony_id", "person_fact", ["testimony_id"])
