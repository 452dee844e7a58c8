"""The registry remembers a digest of what it last wrote for each testimony (its entries and
facts, app/storage/persons_registry.py), so that a save which changes nothing the registry
keeps (a narrative, a note, a consent: most saves) skips reading and rewriting its rows.

Existing links get an empty digest, which no save matches: the next save of each testimony
writes its rows as before and stores the digest.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("persons_linked") as batch:
        batch.add_column(sa.Column("digest", sa.String(64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("persons_linked") as batch:
        batch.drop_column("digest")
