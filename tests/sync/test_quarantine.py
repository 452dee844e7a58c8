"""The coordinator decides on an equivocating bundle: import the rest and keep the archive's
content of the conflicting versions, or discard the bundle unread. The conflict stays recorded."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from app.domain.canonical import canonical_bytes
from app.storage import audit
from app.storage.errors import Cancelled
from app.storage.sync_models import Equivocation, QuarantinedBundle, Sender
from app.sync import exporter, identities, importer, quarantine
from app.sync.errors import SyncError
from tests.cli import sviedka
from tests.sync.conftest import Pair
from tests.sync.forge import archive, build, encrypt, open_bundle


def equivocating(pair: Pair) -> tuple[str, str, Path]:
    """Bundle 1 delivered; bundle 2 brings a new testimony and, forged with the sender's own
    key, other content for the first one's version 1."""
    first = pair.add()
    one = Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)
    assert importer.import_files(pair.coordinator, [one]).ok
    second = pair.add()
    two = Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)
    name, data = open_bundle(one, pair.org_identity).members[1]
    record = json.loads(data)
    record["document"]["status"] = "complete"
    digest = hashlib.sha256(canonical_bytes(record["document"])).hexdigest()
    record["provenance"]["sha256"] = digest
    opened = open_bundle(two, pair.org_identity)
    opened.members.insert(1, (name, canonical_bytes(record)))
    opened.relist()
    forged = encrypt(build(opened, pair.interviewer), pair.tmp / "eq.age", pair.org_recipient)
    two.unlink()
    [outcome] = importer.import_files(pair.coordinator, [forged]).outcomes
    assert outcome.status == importer.QUARANTINED
    return first, second, forged


def versions(pair: Pair) -> dict[tuple[str, int], str]:
    return {(v[0], v[1]): v[2] for v in archive(pair.coordinator)["versions"]}


def test_keep_held_imports_the_rest_and_keeps_our_version(pair: Pair) -> None:
    first, second, _ = equivocating(pair)
    ours = versions(pair)[(first, 1)]
    [held] = quarantine.held(pair.coordinator)
    assert held.reason == "equivocation"
    assert held.conflicts == (f"{first}@1",)
    outcome = quarantine.keep_held(pair.coordinator, held.id[:12])
    assert outcome.status == importer.IMPORTED
    assert outcome.accepted == (second,)
    assert "1 conflicting" in outcome.reason
    assert versions(pair)[(first, 1)] == ours
    assert quarantine.held(pair.coordinator) == []
    assert not importer.quarantine_file(pair.coordinator, held.id).exists()
    with pair.coordinator.reading() as session:
        assert len(session.scalars(select(Equivocation)).all()) == 1  # still on record
        assert audit.verify(session).ok


def test_discard_deletes_unread_and_changes_no_testimony(pair: Pair) -> None:
    equivocating(pair)
    before = archive(pair.coordinator)
    [held] = quarantine.held(pair.coordinator)
    quarantine.discard(pair.coordinator, held.id[:8])
    assert archive(pair.coordinator) == before
    assert not importer.quarantine_file(pair.coordinator, held.id).exists()
    with pair.coordinator.reading() as session:
        assert session.scalars(select(QuarantinedBundle)).first() is None


def test_names_must_be_unambiguous_and_reasons_right(pair: Pair) -> None:
    with pytest.raises(SyncError, match="8 hex digits"):
        quarantine.find(pair.coordinator, "abc")
    with pytest.raises(SyncError, match="no quarantined bundle"):
        quarantine.find(pair.coordinator, "0" * 8)


def test_commands(pair: Pair) -> None:
    first, _, _ = equivocating(pair)
    folder = pair.coordinator.paths.folder
    pair.coordinator.close()  # the command opens the vault itself
    listed = sviedka("quarantine", "list", vault=folder)
    assert listed.code == 0
    assert "equivocation" in listed.out
    assert f"conflicting version: {first}@1" in listed.out
    held_id = listed.out.split()[0]
    asked = sviedka("quarantine", "keep-held", held_id, vault=folder)
    assert asked.code == 1  # no terminal to confirm on, and nothing changed
    done = sviedka("quarantine", "keep-held", held_id, "--yes", vault=folder)
    assert done.code == 0, done.out + done.err
    assert "imported" in done.out
    assert sviedka("quarantine", "list", vault=folder).out == ""


def test_a_cancel_or_a_full_disk_is_never_taken_for_a_bad_bundle(pair: Pair) -> None:
    """A held bundle retried after its sender was approved must stay held when the retry is
    stopped by the user or fails locally: only the bundle's own faults reject (and drop) it."""
    pair.add()
    with pair.coordinator.transaction() as session:  # the sender becomes unknown again
        session.execute(delete(Sender))
    bundle = Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)
    [held] = importer.import_files(pair.coordinator, [bundle]).outcomes
    assert held.status == importer.QUARANTINED
    before = archive(pair.coordinator)

    def stop(_done: int, _total: int) -> None:
        raise Cancelled

    with pair.coordinator.transaction() as session:
        identities.set_status(session, pair.interviewer.key_id, identities.APPROVED, "x" * 16)
    with pytest.raises(Cancelled):
        importer.retry_quarantined(pair.coordinator, pair.interviewer.key_id, progress=stop)
    assert archive(pair.coordinator) == before
    assert len(quarantine.held(pair.coordinator)) == 1

    def disk_full(_done: int, _total: int) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        importer.retry_quarantined(pair.coordinator, pair.interviewer.key_id, progress=disk_full)
    assert len(quarantine.held(pair.coordinator)) == 1
    [outcome] = importer.retry_quarantined(pair.coordinator, pair.interviewer.key_id)
    assert outcome.status == importer.IMPORTED
    assert quarantine.held(pair.coordinator) == []
