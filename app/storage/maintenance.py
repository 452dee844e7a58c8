"""Upkeep of an open vault, out of the save path: once after unlock, at idle, before lock.

Opening a `Vault` only keys the database and brings its schema up to date, so that it is cheap
and the same every time. Everything that may take long on some vaults is named here and run by
the services (app/services/vault.py at unlock, app/services/workspace.py at idle and lock):

- `after_unlock`: what a crash, an older release or the passing of time left to do (old backups,
  deleted words still in the index, index rules changed, list flags aged, files of attachments
  whose row never committed);
- `merge_step`: a bounded slice of the search index's segment merging, which a save no longer
  pays for (FTS5 `automerge` is off; a crisis merge still bounds the number of segments);
- `checkpoint_wal`: folding the WAL into the database, which a commit no longer pays for
  either (`wal_autocheckpoint` is 0 on every connection, app/storage/engine.py).

All of it runs inside SQLCipher on the vault's own keyed connections (temp_store MEMORY):
merging and checkpointing write nothing outside the encrypted database and its encrypted WAL.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

import sqlcipher3
from sqlalchemy import Connection, text
from sqlalchemy.exc import SQLAlchemyError

from app.storage import attachments, migrate, search, search_rebuild, testimonies
from app.storage.engine import checkpoint, passive_checkpoint, writer
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary

log = logging.getLogger(__name__)

# FTS5 settings (stored in the index's own config table, so set once per vault and kept):
# no merging inside a writer's commit (measured: it made the p95 of a save 72 ms instead of 16
# at 10k), except the crisis merge that keeps a level from holding more than this many segments
# when no idle time came for a long while (saves back to back, a bulk import): searches stay
# bounded too. Each save adds one segment, so saves without idle time between them pay a
# crisis merge once in CRISISMERGE: measured at 10k (load 6-7, 150 saves back to back), 16 put
# a ~50-90 ms merge on every 16th save, which made the commit's p95 (51 ms, p50 23); 32 halves
# how often (3% of saves, under the p95: 33 ms, p50 19) for merges about twice as long. 4
# cascaded into the large levels (one commit took 14 s). The idle upkeep merges long before.
AUTOMERGE = 0
CRISISMERGE = 32
# Bytes of new index data FTS5 keeps in memory before writing them out as a segment (its
# default is 1 MiB). A save writes far less and flushes at its commit either way; a bulk add,
# an import or a rebuild wrote a segment every few testimonies of 20 KiB and merged them over
# and over: 2,000 testimonies added 10-15% faster with 32 MiB (less kernel time: SQLCipher locks
# each allocation), interleaved runs at load 1.5-2 (2026-12-04). The pending words live in
# SQLite's memory, as those of any write, only while the transaction lasts.
HASHSIZE = 32 * 1024 * 1024
# Pages of merge work per step: a few milliseconds, so that a save arriving meanwhile waits
# for one step at most.
MERGE_PAGES = 64
_FTS_CONFIG = "INSERT INTO testimony_search (testimony_search, rank) VALUES (:name, :value)"


@dataclass(frozen=True)
class UnlockUpkeep:
    """What `after_unlock` did, in counts (for the debug log; never content)."""

    backups_pruned: int
    scrubbed: bool
    reindexed: int
    refreshed: int
    blobs_removed: int


def after_unlock(vault: Vault, progress: search_rebuild.Progress | None = None) -> UnlockUpkeep:
    """Once per unlock (and after creating), before the vault is handed to a face.

    `progress(done, total)` hears of a rebuild of the search index (its rules changed with a
    new release): the one part of it that can take minutes, so that a face can say why."""
    pruned = migrate.prune_backups(vault.paths.backups)
    with vault.transaction() as session:
        connection = session.connection()
        tune_search_index(connection)
        scrubbed = search.scrub_deleted_once(connection)
        vocab = vault_vocabulary(session)
        reindexed = search_rebuild.rebuild_if_stale(session, vocab, progress)
        refreshed = testimonies.refresh_aged_facts(session, vocab)
    removed = attachments.collect_garbage(vault)
    done = UnlockUpkeep(pruned, scrubbed, reindexed, refreshed, removed)
    log.debug(
        "vault.upkeep backups=%d scrubbed=%s reindexed=%d refreshed=%d blobs=%d",
        done.backups_pruned,
        done.scrubbed,
        done.reindexed,
        done.refreshed,
        done.blobs_removed,
    )
    return done


def tune_search_index(connection: Connection) -> None:
    """Merge and flush settings of the search index: see AUTOMERGE, CRISISMERGE, HASHSIZE."""
    connection.execute(text(_FTS_CONFIG), {"name": "automerge", "value": AUTOMERGE})
    connection.execute(text(_FTS_CONFIG), {"name": "crisismerge", "value": CRISISMERGE})
    connection.execute(text(_FTS_CONFIG), {"name": "hashsize", "value": HASHSIZE})


def merge_step(vault: Vault, pages: int = MERGE_PAGES) -> bool:
    """One bounded slice of index merging in its own short write transaction; True while there
    is more to merge. FTS5 tells by the change count: 2 or more means it did work."""
    with writer(vault.engine).begin() as conn:
        before = conn.exec_driver_sql("SELECT total_changes()").scalar() or 0
        conn.execute(
            text("INSERT INTO testimony_search (testimony_search, rank) VALUES ('merge', :n)"),
            {"n": pages},
        )
        after = conn.exec_driver_sql("SELECT total_changes()").scalar() or 0
    return after - before >= 2


def checkpoint_wal(vault: Vault, truncate: bool = False) -> None:
    """Fold the WAL into the database. Passive (never waits for, nor blocks, a reader or a
    writer) at idle; `truncate` before lock, to leave an empty WAL behind. A checkpoint that
    fails loses nothing: the WAL is replayed at the next open."""
    with contextlib.suppress(SQLAlchemyError, sqlcipher3.Error):
        if truncate:
            checkpoint(vault.engine)
        else:
            passive_checkpoint(vault.engine)
