"""`sviedka import`: the import order of security.md, one bundle at a time.

1. size limit (bundle_reader); 2. stream-decrypt into tarfile `r|`; 3. manifest.json then
manifest.sig; 4. verify the signature over the exact bytes, before parsing: with the pinned key
of a known, approved or revoked sender, else with the key the bundle names itself (a pending
key id is only a claim: another bundle claiming it is checked against its own key); 5. parse
strictly; the manifest's sender must be the signer, its bundle id the signed one, this
organisation one of its recipients; an unknown, pending or revoked signer -> quarantine, within
its limits, after the age stream authenticated; 6. an imported bundle id -> duplicate, after
full verification; 7. one transaction: each member in the manifest's order, hashes and sizes,
nothing missing or extra, every record and attachment by its signer and of a testimony that is
the signer's (or new), zeros after the tar, the age stream's authenticated end, then commit;
8. another sender's testimony or an equivocation -> quarantine. Step 9, the organisation's
signed receipt for each bundle imported (or already held), is written by app.sync.receipts from
what this vault holds.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import logs
from app.storage import attachment_streams, audit
from app.storage.clock import utc_now
from app.storage.errors import Cancelled
from app.storage.sync_models import ConsentNotice, ImportedBundle, QuarantinedBundle, Sender
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.sync import bundle_format as fmt
from app.sync import holding, identities, minisign
from app.sync.bundle_reader import BundleReader
from app.sync.errors import BundleRejected
from app.sync.holding import quarantine_file
from app.sync.import_apply import Applied, Applier
from app.sync.outcomes import (
    DUPLICATE,
    IMPORTED,
    QUARANTINE_LABEL,
    QUARANTINED,
    REJECTED,
    BundleOutcome,
    ImportReport,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None] | None


@dataclass(frozen=True)
class Decisions:
    """What a coordinator decided for a held bundle: accept a gap before it, keep the
    archive's content of versions it conflicts with (equivocations, another sender's
    testimonies), or hand the other sender's testimonies it brings over to its sender."""

    accept_gap: bool = False
    keep_held: bool = False
    hand_over: bool = False


class _Held(Exception):
    """Roll back and quarantine instead (a sequence gap, an equivocation)."""

    def __init__(self, reason: str, detail: str, applied: Applied | None = None) -> None:
        super().__init__(detail)
        self.reason, self.detail, self.applied = reason, detail, applied


class _Unchanged(Exception):
    pass


def import_files(vault: Vault, files: list[Path], progress: Progress = None) -> ImportReport:
    outcomes: list[BundleOutcome] = []
    for path in files:
        outcome = import_one(vault, Path(path), progress)
        log.debug(
            "import.bundle status=%s bundle=%s sender=%s accepted=%d versions=%d",
            outcome.status, outcome.bundle_id or None, outcome.sender or None,
            len(outcome.accepted), len(outcome.new_versions),
        )  # fmt: skip
        outcomes.append(outcome)
        if outcome.status == IMPORTED:
            outcomes += retry_quarantined(vault, outcome.sender, progress=progress)
    return ImportReport(tuple(outcomes))


def import_one(
    vault: Vault, path: Path, progress: Progress = None, label: str | None = None,
    decisions: Decisions = Decisions(),  # frozen: one shared default is safe
) -> BundleOutcome:  # fmt: skip
    """One bundle; every failure of the bundle is an outcome, never an exception."""
    name = label or str(path)
    with vault.reading() as session:
        organisation = identities.organisation(session)  # NotAnOrganisation: not the bundle's
        identity, recipient = organisation.age_identity, organisation.recipient
    try:
        with BundleReader(path, [identity], progress) as reader:
            return _read(vault, reader, path, name, recipient, decisions)
    except BundleRejected as exc:
        return BundleOutcome(name, REJECTED, exc.reason)
    except (Cancelled, OSError):
        # Not the bundle's fault (a cancel, a full disk): everything rolled back, and the
        # caller must not take it for a rejection (a held bundle would be dropped for it).
        raise
    except Exception as exc:  # any failure rolls back and is reported, never half-imported
        logs.failed(__name__, "import.bundle", exc)
        return BundleOutcome(name, REJECTED, f"{type(exc).__name__}: {exc}")


def _read(
    vault: Vault, reader: BundleReader, path: Path, name: str, recipient: str,
    decisions: Decisions,
) -> BundleOutcome:  # fmt: skip
    manifest_bytes = _expect(reader, fmt.MANIFEST, fmt.MAX_MANIFEST_BYTES)
    signature_bytes = _expect(reader, fmt.SIGNATURE, fmt.MAX_SIGNATURE_BYTES)
    try:
        signature = minisign.parse_signature(signature_bytes)
        comment, key_id = signature.trusted_comment, signature.key_id
        bundle_id, named_key = fmt.parse_trusted_comment(comment, key_id)
    except BundleRejected as exc:
        raise reader.reject(exc.reason) from None
    with vault.reading() as session:
        sender = session.get(Sender, key_id)
        status = sender.status if sender is not None else None
        pinned = minisign.PublicKey(sender.key_id, sender.public) if sender is not None else None
    # A coordinator pinned the key of a known, approved or revoked sender. A pending key was
    # only claimed by an earlier bundle: it must not decide whether this one verifies.
    signer = pinned if pinned is not None and status != identities.PENDING else named_key
    try:
        signature.verify(signer, manifest_bytes)  # the exact bytes, before parsing
    except BundleRejected as exc:
        raise reader.reject(f"manifest.sig: {exc.reason}") from None
    manifest = _parse(reader, manifest_bytes)
    if manifest.sender != key_id or manifest.bundle_id != bundle_id:
        raise reader.reject("manifest.json names another sender or bundle than its signature")
    if recipient not in manifest.recipients:
        raise reader.reject(
            "the bundle was signed for other recipients than this organisation "
            "(re-encrypted or forwarded)"
        )
    if status not in identities.TRUSTED_STATUSES:
        return _hold_untrusted(vault, reader, path, name, manifest, signer, pinned, status)
    _check_members(reader, manifest)
    return _apply(vault, reader, path, name, manifest, manifest_bytes, decisions)


def _hold_untrusted(
    vault: Vault, reader: BundleReader, path: Path, name: str, manifest: fmt.Manifest,
    signer: minisign.PublicKey, pinned: minisign.PublicKey | None, status: str | None,
) -> BundleOutcome:  # fmt: skip
    """Quarantine a bundle of an unknown, pending or revoked key: nothing of it is read beyond
    its signed manifest, only decrypted to its authenticated end."""
    try:
        holding.check_room(vault, path, signer.key_id, untrusted=True)
    except holding.QuarantineFull as exc:
        raise reader.reject(exc.reason) from None
    _drain(reader)
    reason = holding.REVOKED if status == identities.REVOKED else holding.UNKNOWN
    detail = f"{signer.key_id}: approve it after comparing its fingerprint with the interviewer"
    if pinned is not None and pinned.raw != signer.raw:
        detail = (
            f"{signer.key_id}: another key claims this key id too; add the interviewer's card "
            "after comparing its fingerprint, rather than approving"
        )
    return _quarantine(vault, path, name, manifest, signer, (reason, detail))


def _apply(
    vault: Vault, reader: BundleReader, path: Path, name: str, manifest: fmt.Manifest,
    manifest_bytes: bytes, decisions: Decisions,
) -> BundleOutcome:  # fmt: skip
    digest = hashlib.sha256(manifest_bytes).hexdigest()
    applier: Applier | None = None
    committed = False
    base: dict[str, Any] = {"file": name, "bundle_id": manifest.bundle_id,
                            "sender": manifest.sender, "sequence": manifest.sequence}  # fmt: skip
    try:
        with vault.transaction() as session:
            sender = session.get(Sender, manifest.sender)
            assert sender is not None  # noqa: S101 - looked up above, senders are never deleted
            signer = minisign.PublicKey(sender.key_id, sender.public)
            held = session.get(ImportedBundle, manifest.bundle_id)
            if held is not None and held.manifest_sha256 != digest:
                raise reader.reject("a different bundle with an id already imported")
            gap = False
            if held is None:
                if manifest.sequence <= sender.last_sequence:
                    raise reader.reject(
                        f"sequence {manifest.sequence} is not after {sender.last_sequence}, the "
                        "last imported from this sender: a replayed or out-of-date bundle"
                    )
                gap = manifest.sequence > sender.last_sequence + 1 and not decisions.accept_gap
            applier = Applier(
                session, vault.paths, vault_vocabulary(session), manifest, vault.key_id,
                writing=held is None and not gap, hand_over=decisions.hand_over,
            )  # fmt: skip
            _stream_members(reader, manifest, applier)
            reader.finish()  # the authenticated end: only now may anything be committed
            done = applier.done
            if held is not None:
                raise _Unchanged()
            if gap:
                raise _Held(
                    holding.GAP,
                    f"bundles {sender.last_sequence + 1} to "
                    f"{manifest.sequence - 1} from {manifest.sender} have not arrived",
                )
            if done.foreign and not decisions.keep_held:
                raise _Held(holding.FOREIGN, _foreign_detail(manifest.sender, done), done)
            if done.equivocations and not decisions.keep_held:
                raise _Held(holding.EQUIVOCATION, "a record version differs from the one held",
                            done)  # fmt: skip
            holding.note_conflicts(session, manifest, done)
            applier.reindex()
            session.add(ImportedBundle(
                bundle_id=manifest.bundle_id, sender_key_id=manifest.sender,
                sequence=manifest.sequence, manifest_sha256=digest, imported_at=utc_now(),
                reply_to=manifest.reply_to,
            ))  # fmt: skip
            for notice in manifest.notices:
                session.merge(ConsentNotice(
                    testimony_id=notice.testimony_id, bundle_id=manifest.bundle_id,
                    sender_key_id=manifest.sender, version=notice.version, kind=notice.kind,
                    at=notice.at, received_at=utc_now(),
                ))  # fmt: skip
            sender.last_sequence = manifest.sequence
            audit.append(session, vault.key_id, "import_bundle", manifest.bundle_id,
                         {"sender": manifest.sender, "sequence": manifest.sequence,
                          "versions": len(done.new_versions)})  # fmt: skip
        committed = True
    except _Unchanged:
        records = sum(m.name.startswith("records/") for m in manifest.members)
        return BundleOutcome(**base, status=DUPLICATE, reason="bundle already imported",
                             duplicates=records)  # fmt: skip
    except _Held as held_back:
        why = (held_back.reason, held_back.detail)
        return _quarantine(vault, path, name, manifest, signer, why, held_back.applied)
    finally:
        if applier is not None:
            attachment_streams.release(vault.paths, applier.done.received, committed)
    done = applier.done
    kept, skipped = len(done.equivocations), len(done.foreign)
    reason = "; ".join(
        [f"kept the archive's content of {kept} conflicting versions"] * bool(kept)
        + [f"left out {skipped} testimonies of other senders"] * bool(skipped)
    )
    return BundleOutcome(
        **base, status=IMPORTED, accepted=tuple(done.accepted), reason=reason,
        new_versions=tuple(done.new_versions), duplicates=done.duplicates,
        attachments=done.attachments, notices=tuple(n.testimony_id for n in manifest.notices),
    )  # fmt: skip


def _foreign_detail(sender: str, done: Applied) -> str:
    testimony_id, owner = next(iter(done.foreign.items()))
    others = f" and {len(done.foreign) - 1} more" if len(done.foreign) > 1 else ""
    return (
        f"testimony {testimony_id}{others} came first from {owner}, not from {sender}, the "
        "sender of this bundle; ask both interviewers before handing it over"
    )


def _expect(reader: BundleReader, wanted: str, limit: int) -> bytes:
    info = reader.next()
    if info is None or info.name != wanted:
        raise reader.reject(f"the bundle does not begin with {fmt.MANIFEST} and {fmt.SIGNATURE}")
    return reader.read_member(info, limit)


def _parse(reader: BundleReader, data: bytes) -> fmt.Manifest:
    try:
        return fmt.parse_manifest(data)
    except BundleRejected as exc:
        raise reader.reject(exc.reason) from None


def _check_members(reader: BundleReader, manifest: fmt.Manifest) -> None:
    names = [m.name for m in manifest.members]
    kinds = [0 if n == fmt.AUDIT else 1 if n.startswith("records/") else 2 for n in names]
    if len(set(names)) != len(names) or kinds != sorted(kinds) or kinds.count(0) > 1:
        raise reader.reject("manifest.json lists members twice or out of their order")
    blobs = {m.sha256: m for m in manifest.members if m.name.startswith("blobs/")}
    for member in blobs.values():
        if member.name != f"blobs/{member.sha256}":
            raise reader.reject(f"{member.name} is not named by its SHA-256")
    if any(a.author_key != manifest.sender for a in manifest.attachments):
        raise reader.reject("manifest.json names another author than its signer for an attachment")
    attached = {a.sha256 for a in manifest.attachments}
    if attached != set(blobs) or any(a.size != blobs[a.sha256].size for a in manifest.attachments):
        raise reader.reject("manifest.json's attachments and blobs do not match")


def _stream_members(reader: BundleReader, manifest: fmt.Manifest, applier: Applier) -> None:
    for member in manifest.members:
        info = reader.next()
        if info is None:
            raise reader.reject(f"{member.name} is listed in the manifest but missing")
        if info.name != member.name:
            raise reader.reject(f"member {info.name[:80]!r} is not the next one the manifest lists")
        if info.size != member.size:
            raise reader.reject(f"{member.name} does not have the size the manifest lists")
        try:
            if member.name.startswith("blobs/"):
                applier.blob(member, reader.chunks(info))
                continue
            limit = fmt.MAX_AUDIT_BYTES if member.name == fmt.AUDIT else fmt.MAX_RECORD_BYTES
            data = reader.read_member(info, limit)
            if hashlib.sha256(data).hexdigest() != member.sha256:
                raise BundleRejected(f"{member.name} does not have the hash the manifest lists")
            if member.name == fmt.AUDIT:
                applier.audit(data)
            else:
                applier.record(member.name, data)
        except BundleRejected as exc:
            raise reader.reject(exc.reason) from None
    extra = reader.next()
    if extra is not None:
        raise reader.reject(f"member {extra.name[:80]!r} is not listed in the manifest")


def _drain(reader: BundleReader) -> None:
    """Read to the authenticated end of the age stream without keeping anything."""
    while (info := reader.next()) is not None:
        for _ in reader.chunks(info):
            pass
    reader.finish()


# --- quarantine -------------------------------------------------------------------------
def _quarantine(
    vault: Vault, path: Path, name: str, manifest: fmt.Manifest, signer: minisign.PublicKey,
    why: tuple[str, str], applied: Applied | None = None,
) -> BundleOutcome:  # fmt: skip
    base = (name, QUARANTINED, f"{why[0]}: {why[1]}", manifest.bundle_id, manifest.sender)
    try:
        holding.keep(vault, path, manifest, signer, why, applied)
    except holding.QuarantineFull as exc:
        return BundleOutcome(name, REJECTED, exc.reason, manifest.bundle_id, manifest.sender)
    return BundleOutcome(*base, manifest.sequence)


def retry_quarantined(
    vault: Vault, key_id: str, accept_gaps: bool = False, progress: Progress = None
) -> list[BundleOutcome]:
    """Import a trusted sender's quarantined bundles, in sequence order; each one that is
    imported, a duplicate or rejected leaves the quarantine, the others stay."""
    with vault.reading() as session:
        sender = session.get(Sender, key_id)
        if sender is None or sender.status not in identities.TRUSTED_STATUSES:
            return []
        query = select(QuarantinedBundle).where(QuarantinedBundle.sender_key_id == key_id)
        rows = list(session.scalars(query.order_by(QuarantinedBundle.sequence)))
    outcomes = []
    for row in rows:
        path = quarantine_file(vault, row.sha256)
        label = f"{QUARANTINE_LABEL}{row.sha256[:16]}"
        outcome = import_one(vault, path, progress, label, Decisions(accept_gap=accept_gaps))
        if outcome.status == QUARANTINED and outcome.reason.startswith(row.reason):
            continue  # still held for the same reason: not news
        outcomes.append(outcome)
        if outcome.status != QUARANTINED:
            with vault.transaction() as session:
                held = session.get(QuarantinedBundle, row.sha256)
                if held is not None:
                    session.delete(held)
            path.unlink(missing_ok=True)
    return outcomes
