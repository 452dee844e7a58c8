"""Step 9 of the import order: the organisation's signed receipt, and reading it back.

Coordinator: `issue` writes a receipt for a bundle this vault imported, listing every version
and attachment it holds from that sender (cumulative). Interviewer: `accept` decrypts it with the
vault's reply identity, verifies the organisation's signature with the key of the trusted card,
checks that it answers a bundle this vault wrote, and records which versions the organisation
confirmed holding, so the interviewer knows what may be deleted from the laptop before a border.
A version the organisation holds with other content than ours is reported, never hidden.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.domain.canonical import canonical_bytes
from app.storage import audit, confirmations, exported, imported, keys
from app.storage.clock import utc_now
from app.storage.unit_of_work import UnitOfWork
from app.storage.vault import Vault
from app.sync import identities, minisign
from app.sync import receipt_format as rf
from app.sync.bundle_reader import BundleReader
from app.sync.bundle_writer import bytes_member, discard, publish, write_pending
from app.sync.errors import BundleRejected, SyncError
from app.sync.outcomes import TestimonyRef, pick
from app.sync.reasons import Reason, Why, code_of

log = logging.getLogger(__name__)


# --- the coordinator's side ---------------------------------------------------------------
def issue(vault: Vault, bundle_id: str, out_dir: Path) -> Path:
    """Write the receipt for an imported bundle into `out_dir`; returns its path."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise SyncError(f"{out_dir} is not a folder")
    with vault.transaction() as session:
        organisation = identities.organisation(session)
        row = imported.bundle(session, bundle_id)
        if row is None:
            raise SyncError(f"no imported bundle {bundle_id}")
        if not row.reply_to:
            raise SyncError(f"bundle {bundle_id} names no reply recipient: it cannot be answered")
        # What the archive holds of this sender's testimonies: the sender as verified when
        # each testimony first arrived, never the author a record claims.
        versions, held = imported.sender_holdings(session, row.sender_key_id)
        receipt = rf.Receipt(
            receipt_id=secrets.token_hex(16),
            organisation=organisation.key_id,
            sender=row.sender_key_id,
            recipient=row.reply_to,
            bundle_id=row.bundle_id,
            sequence=row.sequence,
            manifest_sha256=row.manifest_sha256,
            created_at=utc_now(),
            versions=tuple(rf.HeldVersion(*v) for v in versions),
            attachments=tuple(held),
        )
        secret = organisation.signing_secret
        detail = {"receipt": receipt.receipt_id, "versions": len(receipt.versions)}
        audit.append(session, vault.key_id, "receipt_issue", bundle_id, detail)
    data = canonical_bytes(receipt.as_json())
    comment = rf.trusted_comment(receipt.receipt_id, receipt.bundle_id)
    signature = minisign.sign(secret, receipt.organisation, data, comment)
    target = out_dir / f"{receipt.receipt_id}.age"
    members = [
        bytes_member(rf.RECEIPT, data),
        bytes_member(rf.RECEIPT_SIG, signature.text().encode("ascii")),
    ]
    write_pending(target, [receipt.recipient], members)
    try:
        publish(target)
    except BaseException:
        discard(target)
        raise
    return target


# --- the interviewer's side ---------------------------------------------------------------
class ReceiptStatus(StrEnum):
    """What became of a receipt file (compares equal to the plain words)."""

    READ = "read"
    REJECTED = "rejected"  # `reason` says why: nothing recorded from it
    CANCELLED = "cancelled"  # not read: the reading was stopped first


READ, REJECTED, CANCELLED = ReceiptStatus.READ, ReceiptStatus.REJECTED, ReceiptStatus.CANCELLED


@dataclass(frozen=True)
class ReceiptReport:
    """One receipt file, read or not: the one result `receipt read` prints and the desktop's
    Receipts window shows."""

    file: str
    status: ReceiptStatus = READ
    reason: str = ""
    organisation: str = ""  # its name, from the trusted card
    bundle_id: str = ""
    sequence: int = 0
    received_at: str = ""  # when the organisation wrote the receipt
    confirmed: int = 0  # versions the organisation holds with exactly our content
    conflicts: tuple[str, ...] = ()  # "id@version" it holds with other content: investigate
    unconfirmed: tuple[str, ...] = ()  # exported, not (yet) confirmed, after this receipt
    names: tuple[TestimonyRef, ...] = field(default=(), compare=False)  # see app.sync.outcomes

    @property
    def conflicting(self) -> tuple[tuple[TestimonyRef, int], ...]:
        """The conflicts as (testimony, version), named."""
        split = [c.rsplit("@", 1) for c in self.conflicts]
        refs = pick(self.names, [testimony_id for testimony_id, _ in split])
        return tuple((ref, int(version)) for ref, (_, version) in zip(refs, split, strict=True))

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "organisation": self.organisation,
                "bundle_id": self.bundle_id, "sequence": self.sequence,
                "received_at": self.received_at, "confirmed": self.confirmed,
                "conflicts": list(self.conflicts),
                "unconfirmed": list(self.unconfirmed)}  # fmt: skip


def accept(vault: Vault, path: Path) -> ReceiptReport:
    """Verify a receipt and record what it confirms; BundleRejected says why one is refused."""
    with vault.reading() as session:
        reply = keys.reply_key(session, vault.key_id)
        organisation = identities.trusted(session)
    if reply is None:
        raise SyncError("this vault has never exported a bundle: there is nothing to confirm")
    if organisation is None:
        raise SyncError("no organisation is trusted on this vault, so no receipt can be checked")
    receipt = _read(Path(path), reply.age_identity, organisation.signing_key)
    if receipt.sender != vault.key_id or receipt.recipient != reply.recipient:
        raise BundleRejected(Reason.RECEIPT_OTHER_VAULT)
    with vault.transaction() as session:
        sent = exported.sent_bundle(session, receipt.bundle_id)
        if sent is None or (sent.sequence, sent.manifest_sha256) != (
            receipt.sequence,
            receipt.manifest_sha256,
        ):
            raise BundleRejected(Reason.RECEIPT_NOT_SENT)
        confirmed, conflicts = _confirm(session, receipt)
        if not conflicts:
            # Receipts are cumulative and the organisation imports a sender's bundles in
            # sequence order: this one confirms the earlier ones whose own receipt was lost.
            exported.confirm_up_to(session, sent.organisation, sent.sequence, receipt.created_at)
        audit.append(session, vault.key_id, "receipt", receipt.bundle_id,
                     {"receipt": receipt.receipt_id, "confirmed": confirmed,
                      "conflicts": len(conflicts)})  # fmt: skip
        waiting = unconfirmed(session)
    log.debug(
        "receipt.read bundle=%s confirmed=%d conflicts=%d unconfirmed=%d",
        receipt.bundle_id, confirmed, len(conflicts), len(waiting),
    )  # fmt: skip
    return ReceiptReport(
        str(path), organisation=organisation.name, bundle_id=receipt.bundle_id,
        sequence=receipt.sequence, received_at=receipt.created_at, confirmed=confirmed,
        conflicts=tuple(conflicts), unconfirmed=tuple(waiting),
    )  # fmt: skip


def _read(path: Path, identity: str, key: minisign.PublicKey) -> rf.Receipt:
    try:
        return _verified(path, identity, key)
    except BundleRejected as exc:
        if code_of(exc.reason) is Reason.NOT_ADDRESSED:
            raise BundleRejected(Reason.RECEIPT_NOT_ADDRESSED) from None
        # The reader is the bundles' and words its reasons for the organisation.
        reason = exc.reason
        if isinstance(reason, Why):
            reason = reason.reworded("the bundle", "the receipt")
            reason = reason.reworded("this organisation", "this vault")
        raise BundleRejected(reason) from None


def _verified(path: Path, identity: str, key: minisign.PublicKey) -> rf.Receipt:
    with BundleReader(path, [identity]) as reader:
        first = reader.next()
        if first is None or first.name != rf.RECEIPT:
            raise reader.reject(Reason.RECEIPT_NOT_RECEIPT)
        data = reader.read_member(first, rf.MAX_RECEIPT_BYTES)
        second = reader.next()
        if second is None or second.name != rf.RECEIPT_SIG:
            raise reader.reject(Reason.RECEIPT_UNSIGNED)
        signature_bytes = reader.read_member(second, minisign.MAX_SIGNATURE_BYTES)
        if reader.next() is not None:
            raise reader.reject(Reason.RECEIPT_EXTRA)
        reader.finish()
    signature = minisign.parse_signature(signature_bytes)
    if signature.key_id != key.key_id:
        raise BundleRejected(Reason.RECEIPT_OTHER_SIGNER)
    signature.verify(key, data)
    receipt = rf.parse_receipt(data)
    receipt_id, bundle_id = rf.parse_trusted_comment(signature.trusted_comment)
    if (receipt_id, bundle_id, receipt.organisation) != (
        receipt.receipt_id,
        receipt.bundle_id,
        key.key_id,
    ):
        raise BundleRejected(Reason.RECEIPT_DISAGREES)
    return receipt


def _confirm(session: UnitOfWork, receipt: rf.Receipt) -> tuple[int, list[str]]:
    ours = confirmations.versions_by(session, receipt.sender)
    confirmed, conflicts, best = 0, [], dict[str, int]()
    for held in receipt.versions:
        mine = ours.get((held.testimony_id, held.version))
        if mine is None:
            continue  # deleted here since, or never ours
        if mine != held.sha256:
            conflicts.append(f"{held.testimony_id}@{held.version}")
            continue
        confirmed += 1
        best[held.testimony_id] = max(best.get(held.testimony_id, 0), held.version)
    for testimony_id, version in best.items():
        confirmations.confirm_version(session, testimony_id, version)
    attached = confirmations.attachment_hashes(session)
    confirmations.confirm_attachments(session, set(receipt.attachments) & attached)
    return confirmed, conflicts


def unconfirmed(session: UnitOfWork) -> list[str]:
    """Testimonies exported in a version the organisation has not confirmed holding yet."""
    return confirmations.unconfirmed(session)
