"""The search index merges its segments in larger, rarer steps: FTS5 `automerge` 8 (was 4).

FTS5 writes each committed transaction as a new segment and, with `automerge` N, merges a
level's segments once N of them exist, part of that work at the end of every write
transaction: a save paid for merges at its commit. Measured on the 10k bench vault (bench/save.py,
200 saves, two runs each): commit p95 61-79 ms with 4, 32-38 ms with 8 (16 and 0 gave the same),
p50 about 5 ms either way; queries were not measurably slower. 0 (no automatic merging) would
leave every merge to `crisismerge` (16 segments at a level) unless something merged at idle.
The value lives in the index's own config table, so it is a schema revision.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# FTS5 keeps the value in testimony_search_config; 4 is its built-in default.
SET_AUTOMERGE = "INSERT INTO testimony_search (testimony_search, rank) VALUES ('automerge', 8)"
RESET_AUTOMERGE = "INSERT INTO testimony_search (testimony_search, rank) VALUES ('automerge', 4)"


def upgrade() -> None:
    op.execute(SET_AUTOMERGE)


def downgrade() -> None:
    op.execute(RESET_AUTOMERGE)
