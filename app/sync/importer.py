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

from app import logs
from app.storage import attachment_streams, audit, held_bundles, imported, unit_of_work
from app.storage import senders as stored_senders
from app.storage.errors import Cancelled
from app.storage.senders import SenderKey
from app.storage.unit_of_work import UnitOfWork
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.sync import bundle_format as fmt
from app.sync import bundle_members as members
from app.sync import holding, identities, minisign, reasons
from app.sync.bundle_reader import BundleReader
from app.sync.cancel import CancelToken
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
from app.sync.reasons import Reason, Why
from app.sync.verdicts import DUPLICATE_BUNDLE, IMPORT, Decision, Verdict

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


def import_files(
    vault: Vault, files: list[Path], progress: Progress = None, cancel: CancelToken | None = None
) -> ImportReport:
    """Each file in turn; after one is imported, the sender's held bundles are retried (that
    retry runs to its end: `cancel` stops only the reading of the files given)."""
    outcomes: list[BundleOutcome] = []
    for path in files:
        outcome = import_one(vault, Path(path), progress, cancel=cancel)
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
    cancel: CancelToken | None = None,
) -> BundleOutcome:  # fmt: skip
    """One bundle; every failure of the bundle is an outcome, never an exception. A cancel
    (`cancel`, checked between chunks) raises Cancelled, with everything rolled back."""
    name = label or str(path)
    with vault.reading() as session:
        organisation = identities.organisation(session)  # NotAnOrganisation: not the bundle's
        identity, recipient = organisation.age_identity, organisation.recipient
    try:
        with BundleReader(path, [identity], progress, cancel) as reader:
            return _read(vault, reader, path, name, recipient, decisions)
    except BundleRejected as exc:
        return BundleOutcome(name, REJECTED, exc.reason)
    except (Cancelled, OSError):
        # Not the bundle's fault (a cancel, a full disk): everything rolled back, and the
        # caller must not take it for a rejection (a held bundle would be dropped for it).
        raise
    except Exception as exc:  # any failure rolls back and is reported, never half-imported
        logs.failed(__name__, "import.bundle", exc)
        return BundleOutcome(name, REJECTED, Why(Reason.FAILED, kind=type(exc).__name__, error=exc))


def _read(
    vault: Vault, reader: BundleReader, path: Path, name: str, recipient: str,
    decisions: Decisions,
) -> BundleOutcome:  # fmt: skip
    """Steps 3 to 5: the signed manifest, verified over its exact bytes before it is parsed;
    then the sender's standing decides between holding the bundle and reading it whole."""
    manifest_bytes = members.expect(reader, fmt.MANIFEST, fmt.MAX_MANIFEST_BYTES)
    signature_bytes = members.expect(reader, fmt.SIGNATURE, fmt.MAX_SIGNATURE_BYTES)
    try:
        signature = minisign.parse_signature(signature_bytes)
        comment, key_id = signature.trusted_comment, signature.key_id
        bundle_id, named_key = fmt.parse_trusted_comment(comment, key_id)
    except BundleRejected as exc:
        raise reader.reject(exc.reason) from None
    with vault.reading() as session:
        sender = stored_senders.get(session, key_id)
    status = identities.SenderStatus(sender.status) if sender is not None else None
    pinned = minisign.PublicKey(sender.key_id, sender.public) if sender is not None else None
    # A coordinator pinned the key of a known, approved or revoked sender. A pending key was
    # only claimed by an earlier bundle: it must not decide whether this one verifies.
    signer = pinned if pinned is not None and status != identities.PENDING else named_key
    try:
        signature.verify(signer, manifest_bytes)  # the exact bytes, before parsing
    except BundleRejected as exc:
        why = exc.reason
        raise reader.reject(why.prefixed("manifest.sig") if isinstance(why, Why) else why) from None
    manifest = members.parse(reader, manifest_bytes)
    addressed = _addressed(manifest, key_id, bundle_id, recipient)
    if addressed.verdict is Verdict.REJECT:
        raise reader.reject(addressed.reason)
    if status not in identities.TRUSTED_STATUSES:
        return _hold_untrusted(vault, reader, path, name, manifest, signer, pinned, status)
    members.check_members(reader, manifest)
    return _apply(vault, reader, path, name, manifest, manifest_bytes, decisions)


def _addressed(manifest: fmt.Manifest, key_id: str, bundle_id: str, recipient: str) -> Decision:
    """The manifest says what its signature says, and was meant for this organisation."""
    if manifest.sender != key_id or manifest.bundle_id != bundle_id:
        return Decision.reject(Reason.MANIFEST_OTHER_SIGNER)
    if recipient not in manifest.recipients:
        return Decision.reject(Reason.OTHER_RECIPIENTS)
    return IMPORT


def _hold_untrusted(
    vault: Vault, reader: BundleReader, path: Path, name: str, manifest: fmt.Manifest,
    signer: minisign.PublicKey, pinned: minisign.PublicKey | None,
    status: identities.SenderStatus | None,
) -> BundleOutcome:  # fmt: skip
    """Quarantine a bundle of an unknown, pending or revoked key: nothing of it is read beyond
    its signed manifest, only decrypted to its authenticated end."""
    try:
        holding.check_room(vault, path, signer.key_id, untrusted=True)
    except holding.QuarantineFull as exc:
        raise reader.reject(exc.reason) from None
    members.drain(reader)
    reason = holding.REVOKED if status == identities.REVOKED else holding.UNKNOWN
    detail = f"{signer.key_id}: approve it after comparing its fingerprint with the interviewer"
    if pinned is not None and pinned.raw != signer.raw:
        detail = (
            f"{signer.key_id}: another key claims this key id too; add the interviewer's card "
            "after comparing its fingerprint, rather than approving"
        )
    return _quarantine(vault, path, name, manifest, signer, Decision.hold(reason, detail))


def _apply(
    vault: Vault, reader: BundleReader, path: Path, name: str, manifest: fmt.Manifest,
    manifest_bytes: bytes, decisions: Decisions,
) -> BundleOutcome:  # fmt: skip
    """Steps 6 to 8 in one transaction: admit the bundle (duplicate, replay, gap), stream its
    members (written tentatively only if it is admitted for import), read to the age stream's
    authenticated end, judge what the members brought; only an import is kept."""
    digest = hashlib.sha256(manifest_bytes).hexdigest()
    applier: Applier | None = None
    committed = False
    try:
        with vault.transaction() as session:
            sender = stored_senders.get(session, manifest.sender)
            assert sender is not None  # noqa: S101 - looked up above, senders are never deleted
            before = imported.bundle(session, manifest.bundle_id)
            decision = _admit(manifest, digest, sender, before, decisions)
            if decision.verdict is Verdict.REJECT:
                raise reader.reject(decision.reason)
            applier = Applier(
                session, vault.paths, vault_vocabulary(session), manifest, vault.key_id,
                writing=decision.verdict is Verdict.IMPORT, hand_over=decisions.hand_over,
            )  # fmt: skip
            with unit_of_work.tentative(session) as writes:
                members.stream_members(reader, manifest, applier)
                reader.finish()  # the authenticated end: only now may anything be kept
                decision = _judge(decision, manifest, applier.done, decisions)
                if decision.verdict is Verdict.IMPORT:
                    writes.keep()
            if decision.verdict is Verdict.IMPORT:
                _record_import(session, vault.key_id, manifest, digest, applier)
                applier.durable()  # the blobs the rows name are on disk before the commit
        committed = decision.verdict is Verdict.IMPORT
    finally:
        if applier is not None:
            applier.close()
            attachment_streams.release(vault.paths, applier.done.received, committed)
    signer = minisign.PublicKey(sender.key_id, sender.public)
    base: dict[str, Any] = {"file": name, "bundle_id": manifest.bundle_id,
                            "sender": manifest.sender, "sequence": manifest.sequence}  # fmt: skip
    if decision.verdict is Verdict.DUPLICATE:
        records = sum(m.name.startswith("records/") for m in manifest.members)
        return BundleOutcome(**base, status=DUPLICATE, reason=decision.reason,
                             duplicates=records)  # fmt: skip
    if decision.verdict is Verdict.HOLD:
        return _quarantine(vault, path, name, manifest, signer, decision)
    assert applier is not None  # noqa: S101 - an import streamed its members through it
    return _imported(base, manifest, applier.done)


def _admit(
    manifest: fmt.Manifest, digest: str, sender: SenderKey, before: imported.ImportedRow | None,
    decisions: Decisions,
) -> Decision:  # fmt: skip
    """Before reading the members: this very bundle again (a duplicate, still verified to its
    end), another bundle under an imported id, a replay, or bundles missing before it."""
    if before is not None:
        if before.manifest_sha256 != digest:
            return Decision.reject(Reason.ID_REUSED)
        return DUPLICATE_BUNDLE
    if manifest.sequence <= sender.last_sequence:
        return Decision.reject(
            Reason.REPLAYED, sequence=manifest.sequence, last=sender.last_sequence
        )
    if manifest.sequence > sender.last_sequence + 1 and not decisions.accept_gap:
        return Decision.hold(
            holding.GAP,
            f"bundles {sender.last_sequence + 1} to "
            f"{manifest.sequence - 1} from {manifest.sender} have not arrived",
        )
    return IMPORT


def _judge(
    admitted: Decision, manifest: fmt.Manifest, done: Applied, decisions: Decisions
) -> Decision:
    """After the members: a bundle admitted for import that brings another sender's
    testimonies or equivocates is held instead, unless the coordinator decided already."""
    if admitted.verdict is not Verdict.IMPORT or decisions.keep_held:
        return admitted
    if done.foreign:
        return Decision.hold(holding.FOREIGN, _foreign_detail(manifest.sender, done), done)
    if done.equivocations:
        return Decision.hold(
            holding.EQUIVOCATION, "a record version differs from the one held", done
        )
    return admitted


def _record_import(
    session: UnitOfWork, actor: str, manifest: fmt.Manifest, digest: str, applier: Applier
) -> None:
    done = applier.done
    holding.note_conflicts(session, manifest, done)
    applier.reindex()
    imported.record_bundle(
        session, manifest.bundle_id, manifest.sender, manifest.sequence, digest, manifest.reply_to
    )
    for notice in manifest.notices:
        imported.record_notice(
            session, notice.testimony_id, (manifest.bundle_id, manifest.sender), notice.version,
            notice.kind, notice.at,
        )  # fmt: skip
    stored_senders.set_last_sequence(session, manifest.sender, manifest.sequence)
    audit.append(session, actor, "import_bundle", manifest.bundle_id,
                 {"sender": manifest.sender, "sequence": manifest.sequence,
                  "versions": len(done.new_versions)})  # fmt: skip


def _imported(base: dict[str, Any], manifest: fmt.Manifest, done: Applied) -> BundleOutcome:
    kept, skipped = len(done.equivocations), len(done.foreign)
    reason = reasons.joined(
        [Why(Reason.KEPT_ARCHIVE, count=kept)] * bool(kept)
        + [Why(Reason.LEFT_OUT, count=skipped)] * bool(skipped)
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


# --- quarantine -------------------------------------------------------------------------
def _quarantine(
    vault: Vault, path: Path, name: str, manifest: fmt.Manifest, signer: minisign.PublicKey,
    decision: Decision,
) -> BundleOutcome:  # fmt: skip
    why = (decision.reason, decision.detail)
    held = Why(Reason(why[0]), detail=why[1])  # a hold's code is its stored reason
    base = (name, QUARANTINED, held, manifest.bundle_id, manifest.sender)
    try:
        holding.keep(vault, path, manifest, signer, why, decision.applied)
    except holding.QuarantineFull as exc:
        return BundleOutcome(name, REJECTED, exc.reason, manifest.bundle_id, manifest.sender)
    return BundleOutcome(*base, manifest.sequence)


def retry_quarantined(
    vault: Vault, key_id: str, accept_gaps: bool = False, progress: Progress = None
) -> list[BundleOutcome]:
    """Import a trusted sender's quarantined bundles, in sequence order; each one that is
    imported, a duplicate or rejected leaves the quarantine, the others stay."""
    with vault.reading() as session:
        if identities.status_of(session, key_id) not in identities.TRUSTED_STATUSES:
            return []
        rows = held_bundles.of_sender(session, key_id)
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
                held_bundles.forget(session, row.sha256)
            path.unlink(missing_ok=True)
    return outcomes
