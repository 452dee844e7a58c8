"""Export on the interviewer's vault, import on the coordinator's: what arrives is what left."""

from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path

import pytest
from sqlalchemy import select

from app.storage import attachments, audit, testimonies
from app.storage.sync_models import SenderAuditEntry
from app.sync import bundle_format as fmt
from app.sync import exporter, identities, importer
from app.sync.errors import BundleRejected, ExportRefused, NotAnOrganisation, NoTrustedOrganisation
from tests.factories import minimal_testimony
from tests.sync.conftest import Pair, make_vault, shared_testimony
from tests.sync.forge import archive, decrypt


def export(pair: Pair, everything: bool = False) -> Path:
    return Path(exporter.export_bundle(pair.interviewer, pair.outbox, everything).path)


def shown(vault: object, testimony_id: str) -> dict[str, object]:
    with vault.reading() as session:  # type: ignore[attr-defined]
        return testimonies.get(session, testimony_id).with_provenance()


def test_imported_testimony_equals_the_interviewers(pair: Pair) -> None:
    testimony_id = pair.add()
    sha = pair.attach(testimony_id, os.urandom(200_000))
    report = importer.import_files(pair.coordinator, [export(pair)])
    assert report.ok
    [outcome] = report.outcomes
    assert outcome.status == importer.IMPORTED
    assert outcome.accepted == (testimony_id,)
    assert outcome.attachments == 1
    assert shown(pair.coordinator, testimony_id) == shown(pair.interviewer, testimony_id)
    out = pair.tmp / "copy.wav"
    attachments.extract(pair.coordinator, testimony_id, sha, out)
    assert hashlib_of(out) == sha
    with pair.coordinator.reading() as session:
        assert audit.verify(session).ok
        assert session.scalars(select(SenderAuditEntry)).first() is not None
        [info] = attachments.list_for(session, testimony_id)
        assert (info.filename, info.description) == ("rec.wav", "запіс")


def hashlib_of(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_same_bundle_twice_changes_nothing(pair: Pair) -> None:
    pair.add()
    bundle = export(pair)
    assert importer.import_files(pair.coordinator, [bundle]).ok
    before = archive(pair.coordinator)
    [again] = importer.import_files(pair.coordinator, [bundle]).outcomes
    assert again.status == importer.DUPLICATE
    assert archive(pair.coordinator) == before


def test_second_export_carries_only_new_versions(pair: Pair) -> None:
    testimony_id = pair.add()
    assert importer.import_files(pair.coordinator, [export(pair)]).ok
    pair.edit(testimony_id, shared_testimony(status="complete", id=testimony_id))
    second = exporter.export_bundle(pair.interviewer, pair.outbox)
    assert (second.sequence, second.versions) == (2, 1)
    [outcome] = importer.import_files(pair.coordinator, [Path(second.path)]).outcomes
    assert outcome.new_versions == (f"{testimony_id}@2",)
    assert shown(pair.coordinator, testimony_id) == shown(pair.interviewer, testimony_id)
    with pair.coordinator.reading() as session:
        assert [v.version for v in testimonies.history(session, testimony_id)] == [1, 2]
    with pytest.raises(ExportRefused, match="nothing new"):
        exporter.export_bundle(pair.interviewer, pair.outbox)
    everything = exporter.export_bundle(pair.interviewer, pair.outbox, everything=True)
    [again] = importer.import_files(pair.coordinator, [Path(everything.path)]).outcomes
    assert (again.status, again.duplicates, again.new_versions) == (importer.IMPORTED, 2, ())


def test_consent_governs_what_leaves(pair: Pair) -> None:
    shared = pair.add()
    private = pair.add(minimal_testimony())  # consent to internal documentation only
    report = exporter.export_bundle(pair.interviewer, pair.outbox)
    assert report.testimonies == (shared,)
    assert report.withheld == (private,)
    importer.import_files(pair.coordinator, [Path(report.path)])
    with pair.coordinator.reading() as session:
        assert [s.id for s in testimonies.summaries(session)] == [shared]


def test_no_trusted_card_no_export(tmp_path: Path) -> None:
    with make_vault(tmp_path / "alone") as vault:
        with pytest.raises(NoTrustedOrganisation, match="sviedka trust"):
            exporter.export_bundle(vault, tmp_path)
        with pytest.raises(NotAnOrganisation):
            importer.import_files(vault, [tmp_path / "x.age"])


def test_interviewer_cannot_open_own_bundle(pair: Pair) -> None:
    pair.add()
    bundle = export(pair)
    with pair.interviewer.reading() as session:
        assert not identities.is_organisation(session)
    own_keys = [row.identity for row in _attachment_rows(pair)]
    for identity in own_keys:
        with pytest.raises(Exception, match="No matching keys"):
            decrypt(bundle, identity)


def _attachment_rows(pair: Pair) -> list[object]:
    from app.storage.models import Attachment

    testimony_id = pair.add()
    pair.attach(testimony_id, b"x" * 10)
    with pair.interviewer.reading() as session:
        return list(session.scalars(select(Attachment)))


def test_bundle_is_padded_plain_tar_without_machine_details(pair: Pair) -> None:
    pair.add()
    bundle = export(pair)
    plaintext = decrypt(bundle, pair.org_identity)
    assert len(plaintext) == fmt.padded_size(len(plaintext)) == fmt.MIN_BUCKET
    names = []
    with tarfile.open(fileobj=io.BytesIO(plaintext), mode="r|") as tar:
        for info in tar:
            names.append(info.name)
            assert (info.mtime, info.uid, info.gid, info.uname, info.gname) == (0, 0, 0, "", "")
    assert names[:3] == [fmt.MANIFEST, fmt.SIGNATURE, fmt.AUDIT]
    assert names[3].startswith("records/")
    assert sorted(os.listdir(pair.outbox)) == [bundle.name]  # no temp or pending files


def test_unknown_sender_is_quarantined_until_approved(pair: Pair, tmp_path: Path) -> None:
    from tests.sync.conftest import introduce

    with make_vault(tmp_path / "newcomer") as newcomer:
        introduce(newcomer, pair.coordinator, approve=False)
        with newcomer.transaction() as session:
            from app.storage.vocabularies import vault_vocabulary

            testimony_id = testimonies.add(
                session, shared_testimony(), vault_vocabulary(session), newcomer.key_id
            )
        bundle = Path(exporter.export_bundle(newcomer, pair.outbox).path)
        before = archive(pair.coordinator)
        [held] = importer.import_files(pair.coordinator, [bundle]).outcomes
        assert held.status == importer.QUARANTINED
        assert "unknown sender" in held.reason
        assert archive(pair.coordinator) == before
        with pair.coordinator.transaction() as session:
            [pending] = [s for s in identities.senders(session) if s.key_id == newcomer.key_id]
            assert pending.status == identities.PENDING
            identities.set_status(session, newcomer.key_id, identities.APPROVED, "X" * 16)
        [done] = importer.retry_quarantined(pair.coordinator, newcomer.key_id)
        assert (done.status, done.accepted) == (importer.IMPORTED, (testimony_id,))
        assert list((pair.coordinator.paths.quarantine).glob("*.age")) == []


def test_gap_is_held_until_the_missing_bundle_arrives(pair: Pair) -> None:
    pair.add()
    first = export(pair)
    pair.add()
    second = export(pair)
    [held] = importer.import_files(pair.coordinator, [second]).outcomes
    assert held.status == importer.QUARANTINED
    assert "sequence gap" in held.reason
    report = importer.import_files(pair.coordinator, [first])
    assert [o.status for o in report.outcomes] == [importer.IMPORTED, importer.IMPORTED]
    assert len(archive(pair.coordinator)["testimonies"]) == 2


def test_bundle_reader_rejects_what_is_not_a_bundle(pair: Pair) -> None:
    path = pair.tmp / "notes.txt"
    path.write_text("hello")
    [outcome] = importer.import_files(pair.coordinator, [path]).outcomes
    assert outcome.status == importer.REJECTED
    assert "age" in outcome.reason
    with pytest.raises(BundleRejected):
        fmt.parse_manifest(b"[]")
