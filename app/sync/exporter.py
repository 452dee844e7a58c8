"""`sviedka export`: everything new or changed since the last bundle, as one signed bundle.

Only testimonies whose current consent includes `share_organisation` leave the vault; the
report names the others. Records are built in memory (testimony JSON is small); attachment
bytes stream from the vault's encrypted blobs into the encrypted bundle. The bundle is written
beside its final name, the export state committed, and only then is the file published; a
crash in between leaves a `.<name>.pending` file and a sequence number the coordinator will
see as a gap.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import facts
from app.domain.canonical import canonical_bytes, parse_strict
from app.storage import audit
from app.storage.attachment_streams import stream_plaintext
from app.storage.clock import utc_now
from app.storage.models import Attachment, AuditEntry, Testimony, TestimonyVersion
from app.storage.paths import VaultPaths
from app.storage.sync_models import ExportBundle, ExportedAttachment, ExportedVersion
from app.storage.testimonies import Provenance
from app.storage.vault import Vault
from app.sync import bundle_format as fmt
from app.sync import identities, minisign
from app.sync.bundle_writer import (
    OutMember,
    Progress,
    bytes_member,
    discard,
    publish,
    write_pending,
)
from app.sync.errors import ExportRefused, NoTrustedOrganisation

SHARE_SCOPE = "share_organisation"


@dataclass(frozen=True)
class ExportReport:
    path: str
    bundle_id: str
    sequence: int
    size: int
    testimonies: tuple[str, ...]
    versions: int
    attachments: int
    audit_entries: int
    withheld: tuple[str, ...]  # no consent to share with the organisation

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "testimonies": list(self.testimonies),
                "withheld": list(self.withheld)}  # fmt: skip


@dataclass
class _Plan:
    last_sequence: int
    records: list[tuple[str, bytes]] = field(default_factory=list)  # (member name, bytes)
    testimonies: list[str] = field(default_factory=list)
    latest: dict[str, int] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)


def export_bundle(
    vault: Vault, out_dir: Path, everything: bool = False, progress: Progress = None
) -> ExportReport:
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise ExportRefused(f"{out_dir} is not a folder")
    with vault.reading() as session:
        organisation = identities.trusted(session)
        if organisation is None:
            raise NoTrustedOrganisation()
        public, secret = identities.own_key(session, vault.key_id)
        plan = _plan(session, everything)
    if not plan.records and not plan.attachments:
        raise ExportRefused(
            "nothing new to export since the last bundle "
            f"({len(plan.withheld)} testimonies withheld for lack of consent); "
            "`--all` exports everything again"
        )
    bundle_id = secrets.token_hex(16)
    members = _members(vault.paths, plan)
    manifest = fmt.Manifest(
        bundle_id=bundle_id,
        sender=vault.key_id,
        recipients=organisation.recipients,
        created_at=utc_now(),
        sequence=plan.last_sequence + 1,
        members=tuple(entry for entry, _ in members),
        attachments=tuple(_entry(row) for row in plan.attachments),
    )
    manifest_bytes = canonical_bytes(manifest.as_json())
    if len(manifest_bytes) > fmt.MAX_MANIFEST_BYTES:
        raise ExportRefused("too many items for one bundle (the manifest would pass 1 MiB)")
    signature = minisign.sign(
        secret, vault.key_id, manifest_bytes, fmt.trusted_comment(bundle_id, public)
    )
    target = out_dir / f"{bundle_id}.age"
    everything_out = [
        bytes_member(fmt.MANIFEST, manifest_bytes),
        bytes_member(fmt.SIGNATURE, signature.text().encode("ascii")),
        *(member for _, member in members),
    ]
    size = write_pending(target, organisation.recipients, everything_out, progress)
    try:
        _record(vault, manifest, plan)
        publish(target)
    except BaseException:
        discard(target)
        raise
    return ExportReport(
        path=str(target),
        bundle_id=bundle_id,
        sequence=manifest.sequence,
        size=size,
        testimonies=tuple(plan.testimonies),
        versions=len(plan.records),
        attachments=len(plan.attachments),
        audit_entries=len(plan.audit),
        withheld=tuple(plan.withheld),
    )


def _plan(session: Session, everything: bool) -> _Plan:
    last = session.scalar(select(func.max(ExportBundle.sequence))) or 0
    plan = _Plan(last_sequence=last)
    sent: dict[str, int] = {}
    sent_attachments: set[str] = set()
    audit_from = 0
    if not everything:
        sent = {row.testimony_id: row.version for row in session.scalars(select(ExportedVersion))}
        sent_attachments = set(session.scalars(select(ExportedAttachment.attachment_id)))
        audit_from = session.scalar(select(func.max(ExportBundle.audit_seq))) or 0
    live = select(Testimony).where(Testimony.deleted_at.is_(None)).order_by(Testimony.id)
    for row in session.scalars(live):
        current = session.get(TestimonyVersion, (row.id, row.current_version))
        if current is None or SHARE_SCOPE not in facts.consent_scopes(
            parse_strict(current.document)
        ):
            plan.withheld.append(row.id)
            continue
        versions = session.scalars(
            select(TestimonyVersion)
            .where(TestimonyVersion.testimony_id == row.id)
            .where(TestimonyVersion.version > sent.get(row.id, 0))
            .order_by(TestimonyVersion.version)
        ).all()
        for version in versions:
            plan.records.append(_record_member(row, version))
        if versions:
            plan.testimonies.append(row.id)
            plan.latest[row.id] = versions[-1].version
        attached = select(Attachment).where(Attachment.testimony_id == row.id)
        plan.attachments += [a for a in session.scalars(attached.order_by(Attachment.id))
                             if a.id not in sent_attachments]  # fmt: skip
    entries = select(AuditEntry).where(AuditEntry.seq > audit_from).order_by(AuditEntry.seq)
    plan.audit = [_audit_entry(entry) for entry in session.scalars(entries)]
    return plan


def _record_member(row: Testimony, version: TestimonyVersion) -> tuple[str, bytes]:
    provenance = Provenance(
        id=row.id,
        version=version.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        saved_at=version.saved_at,
        author_key=version.author_key,
        vocabulary_version=version.vocabulary_version,
        sha256=version.sha256,
    )
    record = {
        "format": fmt.RECORD_FORMAT,
        "provenance": provenance.as_json(),
        "document": parse_strict(version.document),
    }
    return f"records/{row.id}.{version.version}.json", canonical_bytes(record)


def _audit_entry(entry: AuditEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "at": entry.at,
        "actor": entry.actor,
        "action": entry.action,
        "subject": entry.subject,
        "detail": entry.detail,
        "prev_hash": entry.prev_hash,
        "entry_hash": entry.entry_hash,
    }


def _members(paths: VaultPaths, plan: _Plan) -> list[tuple[fmt.Member, OutMember]]:
    members = []
    audit_bytes = canonical_bytes(plan.audit)
    for name, data in [(fmt.AUDIT, audit_bytes), *plan.records]:
        digest = hashlib.sha256(data).hexdigest()
        members.append((fmt.Member(name, digest, len(data)), bytes_member(name, data)))
    seen: set[str] = set()
    for row in plan.attachments:
        if row.sha256 in seen:
            continue
        seen.add(row.sha256)
        name = f"blobs/{row.sha256}"

        def fill(sink: Any, row: Attachment = row) -> None:
            stream_plaintext(paths, row, sink)

        members.append((fmt.Member(name, row.sha256, row.size), OutMember(name, row.size, fill)))
    return members


def _entry(row: Attachment) -> fmt.AttachmentEntry:
    return fmt.AttachmentEntry(
        id=row.id,
        testimony_id=row.testimony_id,
        sha256=row.sha256,
        size=row.size,
        media_type=row.media_type,
        filename=row.filename,
        description=row.description,
        added_at=row.added_at,
        author_key=row.author_key,
    )


def _record(vault: Vault, manifest: fmt.Manifest, plan: _Plan) -> None:
    with vault.transaction() as session:
        last = session.scalar(select(func.max(ExportBundle.sequence))) or 0
        if last != plan.last_sequence:
            raise ExportRefused("another export finished meanwhile; export again")
        head = plan.audit[-1]["seq"] if plan.audit else 0
        previous = session.scalar(select(func.max(ExportBundle.audit_seq))) or 0
        session.add(
            ExportBundle(
                sequence=manifest.sequence,
                bundle_id=manifest.bundle_id,
                created_at=manifest.created_at,
                audit_seq=max(head, previous),
            )
        )
        for testimony_id, version in plan.latest.items():
            session.merge(ExportedVersion(testimony_id=testimony_id, version=version))
        for row in plan.attachments:
            session.merge(ExportedAttachment(attachment_id=row.id))
        detail = {
            "bundle": manifest.bundle_id,
            "sequence": manifest.sequence,
            "versions": len(plan.records),
            "attachments": len(plan.attachments),
            "recipients": json.dumps(list(manifest.recipients)),
        }
        audit.append(session, vault.key_id, "export", manifest.bundle_id, detail)
