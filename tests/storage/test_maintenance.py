"""Upkeep out of the save path: opening a vault changes nothing, the upkeep after unlock does
what a crash left, saves leave index merging and WAL checkpoints to idle time, and locking
still leaves an empty WAL behind."""

from __future__ import annotations

import random
import secrets
import time
from pathlib import Path

from app.services import vault as vault_service
from app.services.upkeep import IdleUpkeep
from app.storage import maintenance, search, testimonies, testimony_batches
from app.storage.files import make_private_dir
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import minimal_testimony

SAVES = 12  # each its own commit, so each its own index segment; below the crisis merge


def person(name: str) -> dict[str, object]:
    names = [{"value": name, "script": "Cyrl", "language": "be", "kind": "original"}]
    return {"ref": "p1", "names": names, "roles": ["informant"]}


def save_each(vault: Vault, count: int) -> list[str]:
    """`count` testimonies, one commit each, all named Baravik."""
    ids = []
    for n in range(count):
        document = minimal_testimony(persons=[person(f"Ганна Баравік {n}")])
        with vault.transaction() as session:
            ids.append(testimonies.add(session, document, vault_vocabulary(session), "k"))
    return ids


def segments(vault: Vault) -> int:
    """The index's b-tree segments (FTS5 keeps at least one row per segment in its idx table)."""
    with vault.engine.connect() as conn:
        query = "SELECT count(DISTINCT segid) FROM testimony_search_idx"
        return int(conn.exec_driver_sql(query).scalar() or 0)


def found(vault: Vault, query: str) -> set[str]:
    with vault.reading() as session:
        hits = search.search(session, vault_vocabulary(session), query, limit=1000)
        return {hit.id for hit in hits}


def plant_leftovers(folder: Path) -> list[Path]:
    """What an attach killed before its commit leaves: a renamed blob without a row and a
    temp file."""
    blobs = folder / "blobs"
    make_private_dir(blobs)
    orphan = blobs / f"{secrets.token_hex(16)}.age"
    temp = blobs / f".{secrets.token_hex(16)}.age.tmp"
    for path in (orphan, temp):
        path.write_bytes(b"age-encryption.org/v1 (cut short)")
    return [orphan, temp]


def wal_size(vault: Vault) -> int:
    wal = vault.paths.database.with_name(vault.paths.database.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_opening_changes_nothing_and_upkeep_clears_what_a_crash_left(closed_vault: Path) -> None:
    leftovers = plant_leftovers(closed_vault)
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        assert all(path.exists() for path in leftovers)
        done = maintenance.after_unlock(vault)
        assert done.blobs_removed == 2
        assert not any(path.exists() for path in leftovers)
        assert maintenance.after_unlock(vault).blobs_removed == 0  # nothing twice


def test_unlocking_through_the_services_runs_the_upkeep(closed_vault: Path) -> None:
    leftovers = plant_leftovers(closed_vault)
    with vault_service.unlock(closed_vault, PASSPHRASE) as workspace:
        assert workspace.count() == 0
        assert not any(path.exists() for path in leftovers)


def test_saves_without_idle_time_are_still_bounded_by_the_crisis_merge(vault: Vault) -> None:
    maintenance.after_unlock(vault)
    before = segments(vault)
    ids = save_each(vault, maintenance.CRISISMERGE + 4)
    # Not one segment per save: a level that reached CRISISMERGE segments was merged.
    assert segments(vault) < before + maintenance.CRISISMERGE
    assert found(vault, "Baravik") == set(ids)


def test_saves_leave_merging_to_idle_time_and_every_word_stays_findable(vault: Vault) -> None:
    maintenance.after_unlock(vault)
    with vault.engine.connect() as conn:  # kept in the index itself, for every later commit
        rows = conn.exec_driver_sql("SELECT k, v FROM testimony_search_config").all()
    settings: dict[str, object] = {row[0]: row[1] for row in rows}
    assert (settings["automerge"], settings["crisismerge"]) == (0, maintenance.CRISISMERGE)
    before = segments(vault)
    ids = save_each(vault, SAVES)
    assert segments(vault) >= before + SAVES  # one per save: no commit merged any
    steps = 0
    while maintenance.merge_step(vault):
        steps += 1
        assert steps < 1000, "merging never ends"
    assert steps > 0
    assert segments(vault) < SAVES // 2
    assert found(vault, "Baravik") == set(ids)
    assert found(vault, "Баравік") == set(ids)


def test_saves_do_not_checkpoint_but_locking_empties_the_wal(vault_folder: Path) -> None:
    vault = Vault.create(vault_folder, PASSPHRASE, FAST_KDF)
    maintenance.after_unlock(vault)
    before = wal_size(vault)
    ids = save_each(vault, SAVES)
    assert wal_size(vault) > before  # the saves are in the WAL, none folded in at commit
    vault.close()
    assert wal_size(vault) == 0
    with Vault.open(vault_folder, PASSPHRASE) as reopened:
        assert found(reopened, "Baravik") == set(ids)


def test_idle_upkeep_merges_and_checkpoints_and_stops_at_lock(vault: Vault) -> None:
    maintenance.after_unlock(vault)
    upkeep = IdleUpkeep.attach(vault, idle_seconds=0.05)
    ids = save_each(vault, SAVES)
    deadline = time.monotonic() + 60
    while not upkeep.caught_up:  # a wait for the background thread, not a timing assertion
        assert time.monotonic() < deadline, "no complete upkeep round after the saves"
        time.sleep(0.02)
    assert upkeep.rounds >= 1
    assert not maintenance.merge_step(vault)  # merged already
    with vault.engine.connect() as conn:
        busy, frames, folded = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
    assert (busy, frames) == (0, folded)  # everything in the WAL is in the database
    assert found(vault, "Baravik") == set(ids)
    thread = upkeep._thread
    vault.close()
    assert thread is not None
    assert not thread.is_alive()


def test_without_idle_time_a_growing_wal_is_still_folded_in(vault: Vault) -> None:
    maintenance.after_unlock(vault)
    upkeep = IdleUpkeep.attach(vault, idle_seconds=3600, wal_limit=1)
    save_each(vault, 3)
    deadline = time.monotonic() + 30
    while upkeep.busy_checkpoints == 0:  # waits for the background thread
        assert time.monotonic() < deadline, "the WAL was never checkpointed"
        time.sleep(0.02)
    assert upkeep.rounds == 0  # no idle time came
    vault.close()


def test_a_vault_filled_without_the_services_is_not_rebuilt_at_its_first_unlock(
    vault_folder: Path,
) -> None:
    """Its index was written by the current rules: reindexing every testimony at the first
    unlock would cost minutes on a large archive for nothing."""
    with Vault.create(vault_folder, PASSPHRASE, FAST_KDF) as vault:
        save_each(vault, 3)
    with Vault.open(vault_folder, PASSPHRASE) as vault:
        done = maintenance.after_unlock(vault)
        assert (done.reindexed, done.scrubbed) == (0, False)
        assert len(found(vault, "Baravik")) == 3


def _long_interview(number: int, rng: random.Random) -> dict[str, object]:
    """A testimony whose narrative holds ~3,000 words of its own (as a long interview does)."""
    letters = "абвгдзеёжйклмнопрстуўфхцчшыьэюя"
    words = ("".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(3000))
    document = minimal_testimony(persons=[person(f"Ганна Баравік {number}")])
    interview = document["interview"]
    assert isinstance(interview, dict)
    interview["narrative"] = {"text": " ".join(words), "language": "be"}
    return document


def test_a_large_batch_is_written_to_the_index_as_one_segment(vault: Vault) -> None:
    # FTS5 writes what it keeps in memory as a new segment once it passes `hashsize`; at its
    # default (1 MiB) a bulk add of long interviews wrote one every few testimonies and merged
    # them over and over. The vault's setting keeps a batch like this in one.
    maintenance.after_unlock(vault)
    with vault.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT k, v FROM testimony_search_config").all()
    assert dict((str(k), v) for k, v in rows)["hashsize"] == maintenance.HASHSIZE
    rng = random.Random(7)
    documents = [_long_interview(n, rng) for n in range(40)]
    before = segments(vault)
    with vault.transaction() as session:
        ids = testimony_batches.add_many(session, documents, vault_vocabulary(session), "k")
    assert segments(vault) == before + 1
    assert found(vault, "Baravik") == set(ids)
