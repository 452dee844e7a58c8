"""Each person entry keeps its names as written (a JSON array, original first), so that the
archive's persons are listed from the registry alone: reading and parsing every testimony
for its names made `persons list` of a large archive one query per testimony. An index finds
the facts of one person entry.

Existing entries get an empty value; the registry's rules version (3) makes the next catch-up
relink every testimony once, which writes the names.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person_entry") as batch:
        batch.add_column(sa.Column("names", sa.Text(), nullable=False, server_default=""))
    # The facts of one person entry, found directly: by the testimony alone, listing persons
    # read every fact of a testimony for each of its persons.
    op.create_index("ix_person_fact_entry", "person_fact", ["testimony_id", "person_ref", "figure"])


def downgrade() -> None:
    op.drop_index("ix_person_fact_entry", table_name="person_fact")
    with op.batch_alter_table("person_entry") as batch:
        batch.drop_column("names")
