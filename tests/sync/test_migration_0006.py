"""Migration 0006 on vaults that exchanged bundles under 0005: the archive learns which sender
delivered each testimony from its own audit trail, and the interviewer's export state becomes
the trusted organisation's, so nothing is sent twice and no gap appears."""

from __future__ import annotations

from pathlib import Path

from app.storage import migrate, testimonies
from app.storage.sync_models import SenderOfTestimony
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.sync import exporter, importer
from tests.conftest import PASSPHRASE
from tests.sync.conftest import introduce, make_vault, shared_testimony


def add(vault: Vault) -> str:
    with vault.transaction() as session:
        return testimonies.add(session, shared_testimony(), vault_vocabulary(session), vault.key_id)


def test_0006_keeps_who_sent_what_and_what_was_sent(tmp_path: Path) -> None:
    interviewer, coordinator = make_vault(tmp_path / "i"), make_vault(tmp_path / "c")
    introduce(interviewer, coordinator)
    first = add(interviewer)
    bundle = exporter.export_bundle(interviewer, tmp_path)
    assert importer.import_files(coordinator, [Path(bundle.path)]).ok
    for vault in (interviewer, coordinator):
        migrate.downgrade(vault.engine, "0005")
        vault.close()

    with Vault.open(tmp_path / "c", PASSPHRASE) as archive, archive.reading() as session:
        owner = session.get(SenderOfTestimony, first)
        assert owner is not None
        assert (owner.sender_key_id, owner.bundle_id) == (interviewer.key_id, bundle.bundle_id)
    with Vault.open(tmp_path / "i", PASSPHRASE) as reopened:
        second = add(reopened)
        later = exporter.export_bundle(reopened, tmp_path)
    assert later.sequence == 2
    assert later.testimonies == (second,)
