"""Delete means gone: after a delete or a purge, nothing of the testimony is readable with the
passphrase. The attacker here holds the passphrase (coerced at a border) and decrypts every
page of the database, of its WAL and of the pre-migration backups (tests/security/decrypted).

The testimony carries a per-run sentinel in every free-text field, in an edited version, an
attachment description and an autosaved draft, among other testimonies (so the search index
has several segments). The negative control runs the same scan without deleting: it must find
every form of the sentinel, or a clean result would mean nothing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.domain.template import example_testimony
from app.services.receipts import Receipts
from app.services.workspace import Workspace
from app.storage import attachments, testimonies
from app.storage.engine import checkpoint
from app.storage.models import Testimony as TestimonyRow
from app.storage.sync_models import ConfirmedAttachment, ConfirmedVersion
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.cli import sviedka
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import minimal_testimony
from tests.security.canary import Sentinel, plant
from tests.security.decrypted import leaks, sentinel_forms

SURNAMES = ("Бабарыка", "Калеснікава", "Лосік", "Статкевіч", "Бяляцкі", "Svied", "Zaleski")


@dataclass
class Planted:
    vault: Vault
    testimony_id: str
    sentinel: Sentinel
    scratch: Path

    @property
    def folder(self) -> Path:
        return self.vault.paths.folder

    def leaks(self) -> dict[str, set[str]]:
        return leaks(self.folder, self.sentinel, self.scratch)


def _others(vault: Vault, start: int, count: int) -> None:
    with vault.transaction() as session:
        vocab = vault_vocabulary(session)
        for number in range(start, start + count):
            name = f"{SURNAMES[number % len(SURNAMES)]} Sved{number}"
            person = {
                "ref": "p1",
                "names": [{"value": name, "script": "Cyrl", "language": "be", "kind": "original"}],
                "roles": ["informant"],
            }
            testimonies.add(session, minimal_testimony(persons=[person]), vocab, vault.key_id)


def _premigration_backup(vault: Vault) -> None:
    """The copy migrate_at_unlock makes before a migration: the encrypted file, checkpointed."""
    checkpoint(vault.engine)
    backups = vault.paths.backups
    backups.mkdir(mode=0o700, exist_ok=True)
    shutil.copyfile(vault.paths.database, backups / "vault-0005-20260101T000000Z.db")


def plant_testimony(folder: Path, scratch: Path, with_draft: bool = True) -> Planted:
    sentinel = Sentinel.new()
    vault = Vault.create(folder, PASSPHRASE, FAST_KDF)
    _others(vault, 0, 12)
    document = plant(example_testimony(), sentinel)
    with vault.transaction() as session:
        testimony_id = testimonies.add(session, document, vault_vocabulary(session), vault.key_id)
    # A second version: the first one's index entry stays behind in an older segment.
    document["interview"]["narrative"]["text"] += f" {sentinel.latin} {sentinel.cyrillic}"
    with vault.transaction() as session:
        testimonies.update(session, testimony_id, document, vault_vocabulary(session), vault.key_id)
    source = scratch / "protocol.txt"
    scratch.mkdir(parents=True, exist_ok=True)
    source.write_text("court record\n")
    attachments.add(vault, testimony_id, source, f"пратакол {sentinel.cyrillic} {sentinel.latin}")
    source.unlink()
    if with_draft:
        Workspace(vault).save_draft("draft-1", document, testimony_id)
    _others(vault, 12, 12)
    _premigration_backup(vault)
    return Planted(vault, testimony_id, sentinel, scratch)


@pytest.fixture
def planted(vault_folder: Path, tmp_path: Path) -> Iterator[Planted]:
    found = plant_testimony(vault_folder, tmp_path / "scratch")
    yield found
    found.vault.close()


def test_negative_control_every_form_is_found_when_not_deleted(planted: Planted) -> None:
    everything = set(sentinel_forms(planted.sentinel))
    assert len(everything) >= 6  # as written, folded, at least one key, for each word
    while_open = planted.leaks()
    assert while_open["tables"] == everything
    assert while_open["backups/vault-0005-20260101T000000Z.db"] == everything
    planted.vault.close()
    closed = planted.leaks()
    assert closed["tables"] == everything
    assert closed["vault.db"] == everything  # the page scan sees the index's words too


def test_desktop_delete_leaves_nothing_readable(planted: Planted) -> None:
    workspace = Workspace(planted.vault)
    removed_backups = workspace.delete(planted.testimony_id)
    assert removed_backups == 1
    assert workspace.drafts() == []
    # Still open, as after a delete in the app: the WAL must not hold the old pages either.
    assert planted.leaks() == {}
    planted.vault.close()
    assert planted.leaks() == {}


def test_purge_leaves_nothing_readable(vault_folder: Path, tmp_path: Path) -> None:
    planted = plant_testimony(vault_folder, tmp_path / "scratch", with_draft=False)
    vault = planted.vault
    try:
        with vault.transaction() as session:  # what a receipt confirming it records
            row = session.get(TestimonyRow, planted.testimony_id)
            assert row is not None
            session.add(ConfirmedVersion(testimony_id=row.id, version=row.current_version))
            for info in attachments.list_for(session, row.id):
                session.add(ConfirmedAttachment(sha256=info.sha256))
        result = Receipts(vault).purge([planted.testimony_id])
        assert result.deleted == (planted.testimony_id,)
        assert planted.leaks() == {}
    finally:
        vault.close()
    assert planted.leaks() == {}


def test_cli_delete_leaves_nothing_readable_and_says_what_it_removed(planted: Planted) -> None:
    planted.vault.close()
    result = sviedka("delete", planted.testimony_id, "--yes", vault=planted.folder)
    assert result.code == 0, result.err
    assert "1 pre-migration backup" in result.out
    assert planted.leaks() == {}
    with Vault.open(planted.folder, PASSPHRASE) as vault:
        assert Workspace(vault).drafts() == []
