"""Step 9: the organisation's signed receipt, issued by the coordinator, read by the interviewer.

Each attack is tried on a real receipt: it must be refused with a reason and change nothing."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from app.domain.canonical import canonical_bytes
from app.storage import audit, testimonies
from app.storage.models import Draft
from app.storage.sync_models import ConfirmedVersion, ExportBundle, ReplyIdentity
from app.storage.vocabularies import vault_vocabulary
from app.sync import exporter, identities, importer, minisign, purge, receipts
from app.sync import receipt_format as rf
from app.sync.errors import BundleRejected, SyncError
from tests.sync.conftest import Pair, introduce, make_vault, shared_testimony
from tests.sync.forge import decrypt, encrypt, tar_bytes
from tests.sync.forge import entry as tar_entry


def deliver(pair: Pair) -> tuple[str, Path]:
    """Export what is new, import it; returns the bundle id and the receipt the organisation
    wrote for it."""
    report = exporter.export_bundle(pair.interviewer, pair.outbox)
    assert importer.import_files(pair.coordinator, [Path(report.path)]).ok
    inbox = pair.tmp / "receipts"
    inbox.mkdir(exist_ok=True)
    return report.bundle_id, receipts.issue(pair.coordinator, report.bundle_id, inbox)


def confirmed(pair: Pair) -> dict[str, int]:
    with pair.interviewer.reading() as session:
        return {r.testimony_id: r.version for r in session.scalars(select(ConfirmedVersion))}


def reply_identity(pair: Pair) -> ReplyIdentity:
    with pair.interviewer.reading() as session:
        row = session.get(ReplyIdentity, pair.interviewer.key_id)
        assert row is not None
        return row


def opened_receipt(pair: Pair, path: Path) -> tuple[dict[str, object], bytes]:
    with tarfile.open(fileobj=io.BytesIO(decrypt(path, reply_identity(pair).age_identity))) as t:
        names = t.getnames()
        assert names == [rf.RECEIPT, rf.RECEIPT_SIG]
        data = t.extractfile(rf.RECEIPT).read()  # type: ignore[union-attr]
        return json.loads(data), t.extractfile(rf.RECEIPT_SIG).read()  # type: ignore[union-attr]


def resign(pair: Pair, document: dict[str, object], secret: bytes | None = None) -> Path:
    """receipt.json changed, signed again (by the organisation unless `secret` is given)."""
    with pair.coordinator.reading() as session:
        org = identities.organisation(session)
        key_id, org_secret = org.key_id, org.signing_secret
    data = canonical_bytes(document)
    comment = rf.trusted_comment(str(document["receipt_id"]), str(document["bundle_id"]))
    signature = minisign.sign(secret or org_secret, key_id, data, comment)
    plain = tar_bytes([tar_entry(rf.RECEIPT, data),
                       tar_entry(rf.RECEIPT_SIG, signature.text().encode())])  # fmt: skip
    return encrypt(plain, pair.tmp / "forged.age", reply_identity(pair).recipient)


def test_receipt_confirms_what_the_organisation_holds(pair: Pair) -> None:
    first, second = pair.add(), pair.add()
    pair.edit(first, shared_testimony(status="complete", id=first))
    bundle_id, receipt = deliver(pair)
    assert confirmed(pair) == {}
    report = receipts.accept(pair.interviewer, receipt)
    assert (report.organisation, report.bundle_id, report.sequence) == (
        "Test organisation", bundle_id, 1,
    )  # fmt: skip
    assert report.confirmed == 3
    assert report.conflicts == ()
    assert report.unconfirmed == ()
    assert confirmed(pair) == {first: 2, second: 1}
    with pair.interviewer.reading() as session:
        [sent] = session.scalars(select(ExportBundle)).all()
        assert sent.confirmed_at is not None


def test_later_edit_is_unconfirmed_until_its_receipt(pair: Pair) -> None:
    testimony_id = pair.add()
    _, receipt = deliver(pair)
    receipts.accept(pair.interviewer, receipt)
    pair.edit(testimony_id, shared_testimony(status="complete", id=testimony_id))
    exporter.export_bundle(pair.interviewer, pair.outbox)  # bundle 2 lost on the way
    report = receipts.accept(pair.interviewer, receipt)  # reading an old receipt again: harmless
    assert report.unconfirmed == (testimony_id,)
    assert confirmed(pair) == {testimony_id: 1}


def test_receipts_are_cumulative_so_a_lost_one_costs_nothing(pair: Pair) -> None:
    one = pair.add()
    deliver(pair)  # its receipt never reaches the interviewer
    two = pair.add()
    _, receipt = deliver(pair)
    assert receipts.accept(pair.interviewer, receipt).unconfirmed == ()
    assert confirmed(pair) == {one: 1, two: 1}
    with pair.interviewer.reading() as session:
        assert all(b.confirmed_at for b in session.scalars(select(ExportBundle)))


def test_receipt_reveals_nothing_and_only_the_interviewer_can_open_it(pair: Pair) -> None:
    testimony_id = pair.add()
    bundle_id, receipt = deliver(pair)
    data = receipt.read_bytes()
    with pair.coordinator.reading() as session:
        org_key = identities.organisation(session).key_id
    for secret in (testimony_id, bundle_id, pair.interviewer.key_id, org_key, "Test organisation"):
        assert secret.encode() not in data
        assert secret.lower().encode() not in data
    assert receipt.name != f"{bundle_id}.age"
    assert len(data) > 64 * 1024  # padded to a bundle's smallest size bucket
    with pytest.raises(Exception, match="No matching keys"):
        decrypt(receipt, pair.org_identity)


def test_flipped_byte_is_refused_and_changes_nothing(pair: Pair) -> None:
    pair.add()
    _, receipt = deliver(pair)
    data = bytearray(receipt.read_bytes())
    data[len(data) // 2] ^= 0x01
    receipt.write_bytes(bytes(data))
    with pytest.raises(BundleRejected, match=r"^the receipt is damaged"):
        receipts.accept(pair.interviewer, receipt)
    assert confirmed(pair) == {}


def test_receipt_signed_by_another_key_is_refused(pair: Pair) -> None:
    pair.add()
    _, receipt = deliver(pair)
    document, _ = opened_receipt(pair, receipt)
    stranger = Ed25519PrivateKey.generate().private_bytes_raw()
    with pytest.raises(BundleRejected, match="signature"):
        receipts.accept(pair.interviewer, resign(pair, document, stranger))
    assert confirmed(pair) == {}


def test_altered_receipt_json_breaks_the_signature(pair: Pair) -> None:
    pair.add()
    _, receipt = deliver(pair)
    document, signature = opened_receipt(pair, receipt)
    document["sequence"] = 7
    data = canonical_bytes(document)
    plain = tar_bytes([tar_entry(rf.RECEIPT, data), tar_entry(rf.RECEIPT_SIG, signature)])
    forged = encrypt(plain, pair.tmp / "altered.age", reply_identity(pair).recipient)
    with pytest.raises(BundleRejected, match="signature"):
        receipts.accept(pair.interviewer, forged)
    assert confirmed(pair) == {}


def test_receipt_for_a_bundle_never_written_is_refused(pair: Pair) -> None:
    pair.add()
    _, receipt = deliver(pair)
    document, _ = opened_receipt(pair, receipt)
    document["manifest_sha256"] = "0" * 64
    with pytest.raises(BundleRejected, match="did not write"):
        receipts.accept(pair.interviewer, resign(pair, document))
    assert confirmed(pair) == {}


def test_other_content_at_the_organisation_is_reported_not_confirmed(pair: Pair) -> None:
    testimony_id = pair.add()
    _, receipt = deliver(pair)
    document, _ = opened_receipt(pair, receipt)
    [held] = document["versions"]  # type: ignore[misc]
    held["sha256"] = "f" * 64
    report = receipts.accept(pair.interviewer, resign(pair, document))
    assert report.conflicts == (f"{testimony_id}@1",)
    assert report.unconfirmed == (testimony_id,)
    assert confirmed(pair) == {}
    with pair.interviewer.reading() as session:
        [sent] = session.scalars(select(ExportBundle)).all()
        assert sent.confirmed_at is None  # a receipt that contradicts us confirms nothing


def test_another_interviewer_cannot_use_the_receipt(pair: Pair) -> None:
    pair.add()
    _, receipt = deliver(pair)
    other = make_vault(pair.tmp / "other")
    try:
        introduce(other, pair.coordinator)
        with other.transaction() as session:
            testimonies.add(session, shared_testimony(), vault_vocabulary(session), other.key_id)
        exporter.export_bundle(other, pair.outbox)  # it has a reply identity of its own
        with pytest.raises(BundleRejected, match="not encrypted to this vault"):
            receipts.accept(other, receipt)
    finally:
        other.close()


def test_receipt_without_export_or_trust_is_a_clear_error(pair: Pair) -> None:
    with pytest.raises(SyncError, match="never exported"):
        receipts.accept(pair.interviewer, pair.tmp / "whatever.age")
    with pytest.raises(SyncError, match="no imported bundle"):
        receipts.issue(pair.coordinator, "0" * 32, pair.outbox)


def delivered(pair: Pair) -> list[str]:
    with pair.interviewer.reading() as session:
        return purge.delivered(session)


def test_purge_deletes_only_what_the_organisation_confirmed(pair: Pair) -> None:
    safe, edited, later_file, drafted = pair.add(), pair.add(), pair.add(), pair.add()
    pair.attach(safe, b"voice memo")
    _, receipt = deliver(pair)
    receipts.accept(pair.interviewer, receipt)
    assert delivered(pair) == sorted([safe, edited, later_file, drafted])
    pair.edit(edited, shared_testimony(status="complete", id=edited))
    pair.attach(later_file, b"a photo added after the export")
    with pair.interviewer.transaction() as session:
        session.add(Draft(key="k1", testimony_id=drafted, document=b"{}", saved_at="x"))
    assert delivered(pair) == [safe]
    with pair.interviewer.transaction() as session:
        purge.purge(session, delivered(pair), pair.interviewer.key_id)
    with pair.interviewer.reading() as session:
        assert sorted(s.id for s in testimonies.summaries(session)) == sorted(
            [edited, later_file, drafted]
        )
        assert audit.verify(session).ok
    with pair.coordinator.reading() as session:
        assert (
            testimonies.get(session, safe).provenance.version == 1
        )  # the organisation's copy stays
