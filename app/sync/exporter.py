"""`sviedka export`: everything new or changed since the last export, as signed bundles.

What is sent, and how it is cut into several bundles when it is too much for one, is decided
in export_plan. Records are built in memory (testimony JSON is small); attachment bytes stream
from the vault's encrypted blobs into the encrypted bundles. Every bundle of an export is
written beside its final name first; then the export state of all of them is committed in one
transaction, and only then are the files published. A cancel or a failure before the commit
leaves nothing behind; a crash between the commit and the publication leaves `.<name>.pending`
files and sequence numbers the coordinator will see as a gap.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.canonical import canonical_bytes
from app.storage import audit, exported
from app.storage.clock import utc_now
from app.storage.exported import AttachmentFile
from app.storage.paths import VaultPaths
from app.storage.vault import Vault
from app.sync import bundle_format as fmt
from app.sync import identities, minisign
from app.sync.bundle_writer import (
    OutMember,
    Progress,
    bytes_member,
    discard,
    plaintext_size,
    publish,
    write_pending,
)
from app.sync.cancel import CancelToken
from app.sync.errors import ExportRefused, NothingToExport, NoTrustedOrganisation
from app.sync.export_plan import SHARE_SCOPE, Part, Plan, plan_export, split
from app.sync.outcomes import TestimonyRef, pick

log = logging.getLogger(__name__)

__all__ = ["SHARE_SCOPE", "ExportReport", "WrittenBundle", "export_bundle"]


@dataclass(frozen=True)
class WrittenBundle:
    path: str
    bundle_id: str
    sequence: int
    size: int
    versions: int
    attachments: int

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class ExportReport:
    bundles: tuple[WrittenBundle, ...]  # in sequence order; usually one
    testimonies: tuple[str, ...]  # testimonies with new versions
    versions: int
    attachments: int
    audit_entries: int
    notices: tuple[str, ...]  # testimonies the organisation is told it may no longer use
    withheld: tuple[str, ...]  # no consent to share with the organisation
    names: tuple[TestimonyRef, ...] = field(default=(), compare=False)  # see app.sync.outcomes

    @classmethod
    def nothing_new(cls, withheld: tuple[str, ...]) -> ExportReport:
        """No bundle: nothing new since the last one (the desktop shows what was withheld;
        the command line fails with NothingToExport)."""
        return cls((), (), 0, 0, 0, (), withheld)

    def named(self, ids: tuple[str, ...]) -> tuple[TestimonyRef, ...]:
        """`withheld` or `notices` with the names the list shows."""
        return pick(self.names, ids)

    # The first bundle's, for the common case of one.
    @property
    def path(self) -> str:
        return self.bundles[0].path

    @property
    def bundle_id(self) -> str:
        return self.bundles[0].bundle_id

    @property
    def sequence(self) -> int:
        return self.bundles[0].sequence

    @property
    def size(self) -> int:
        return sum(b.size for b in self.bundles)

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "bundle_id": self.bundle_id,
            "sequence": self.sequence,
            "size": self.size,
            "bundles": [b.as_json() for b in self.bundles],
            "testimonies": list(self.testimonies),
            "versions": self.versions,
            "attachments": self.attachments,
            "audit_entries": self.audit_entries,
            "notices": list(self.notices),
            "withheld": list(self.withheld),
        }


@dataclass(frozen=True)
class _Signed:
    target: Path
    manifest: fmt.Manifest
    manifest_sha256: str
    members: list[OutMember]
    part: Part


def export_bundle(
    vault: Vault, out_dir: Path, everything: bool = False, progress: Progress = None,
    cancel: CancelToken | None = None,
) -> ExportReport:  # fmt: skip
    """Plan, sign, write and record the bundles. `cancel` (checked as the bundles are
    written) stops the export before its state is recorded: no file, no change remains."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise ExportRefused(f"{out_dir} is not a folder")
    with vault.transaction() as session:  # short: the reply identity may be new
        reply_to = identities.reply_identity(session, vault.key_id).recipient
    with vault.reading() as session:  # planning reads the whole vault: no write lock held
        organisation = identities.trusted(session)
        if organisation is None:
            raise NoTrustedOrganisation()
        public, secret = identities.own_key(session, vault.key_id)
        plan = plan_export(session, organisation.key_id, everything)
    if plan.empty:
        raise NothingToExport(tuple(plan.withheld))
    signed = []
    for number, part in enumerate(split(plan), start=plan.last_sequence + 1):
        members = _members(vault.paths, part)
        manifest = fmt.Manifest(
            bundle_id=secrets.token_hex(16),
            sender=vault.key_id,
            recipients=organisation.recipients,
            created_at=utc_now(),
            sequence=number,
            members=tuple(entry for entry, _ in members),
            attachments=tuple(_entry(row) for row in part.attachments),
            reply_to=reply_to,
            notices=tuple(part.notices),
        )
        data = canonical_bytes(manifest.as_json())
        if len(data) > fmt.MAX_MANIFEST_BYTES:  # export_plan keeps well below; never written
            raise ExportRefused("a bundle's manifest would pass 1 MiB")
        comment = fmt.trusted_comment(manifest.bundle_id, public)
        signature = minisign.sign(secret, vault.key_id, data, comment)
        out = [
            bytes_member(fmt.MANIFEST, data),
            bytes_member(fmt.SIGNATURE, signature.text().encode("ascii")),
            *(member for _, member in members),
        ]
        target = out_dir / f"{manifest.bundle_id}.age"
        signed.append(_Signed(target, manifest, hashlib.sha256(data).hexdigest(), out, part))
    watched = cancel.watching(progress) if cancel is not None else progress
    sizes = _write_all(signed, organisation.recipients, watched)
    try:
        _record(vault, organisation.key_id, plan, signed)
        for bundle in signed:
            publish(bundle.target)
            log.debug(
                "export.written bundle=%s sequence=%d records=%d attachments=%d",
                bundle.manifest.bundle_id, bundle.manifest.sequence,
                len(bundle.part.records), len(bundle.part.attachments),
            )  # fmt: skip
    except BaseException:
        for bundle in signed:
            discard(bundle.target)
        raise
    return ExportReport(
        bundles=tuple(
            WrittenBundle(
                str(b.target),
                b.manifest.bundle_id,
                b.manifest.sequence,
                size,
                len(b.part.records),
                len(b.part.attachments),
            )
            for b, size in zip(signed, sizes, strict=True)
        ),
        testimonies=tuple(s.testimony_id for s in plan.shipments if s.latest),
        versions=sum(len(s.records) for s in plan.shipments),
        attachments=sum(len(s.attachments) for s in plan.shipments),
        audit_entries=len(plan.audit),
        notices=tuple(n.testimony_id for n in plan.notices),
        withheld=tuple(plan.withheld),
    )


def _write_all(signed: list[_Signed], recipients: tuple[str, ...], progress: Progress) -> list[int]:
    """Each bundle to its pending file; one progress over all of them; all or none."""
    sizes_ahead = [plaintext_size(b.members) for b in signed]  # what write_pending counts
    total = sum(sizes_ahead)
    done = 0

    def overall(written: int, _total: int) -> None:
        if progress is not None:
            progress(done + written, total)

    sizes = []
    try:
        for bundle, ahead in zip(signed, sizes_ahead, strict=True):
            sizes.append(write_pending(bundle.target, recipients, bundle.members, overall))
            done += ahead
    except BaseException:
        for bundle in signed:
            discard(bundle.target)
        raise
    return sizes


def _members(paths: VaultPaths, part: Part) -> list[tuple[fmt.Member, OutMember]]:
    members = []
    for name, data in [(fmt.AUDIT, canonical_bytes(part.audit)), *part.records]:
        digest = hashlib.sha256(data).hexdigest()
        members.append((fmt.Member(name, digest, len(data)), bytes_member(name, data)))
    seen: set[str] = set()
    for row in part.attachments:
        if row.sha256 in seen:
            continue
        seen.add(row.sha256)
        name = f"blobs/{row.sha256}"

        def fill(sink: Any, row: AttachmentFile = row) -> None:
            exported.stream_attachment(paths, row, sink)

        members.append((fmt.Member(name, row.sha256, row.size), OutMember(name, row.size, fill)))
    return members


def _entry(row: AttachmentFile) -> fmt.AttachmentEntry:
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


def _record(vault: Vault, organisation: str, plan: Plan, signed: list[_Signed]) -> None:
    with vault.transaction() as session:
        if exported.last_sequence(session, organisation) != plan.last_sequence:
            raise ExportRefused("another export finished meanwhile; export again")
        head = plan.audit[-1]["seq"] if plan.audit else 0
        previous = exported.last_audit_seq(session, organisation)
        for bundle in signed:
            manifest, part = bundle.manifest, bundle.part
            exported.record_bundle(session, exported.SentBundle(
                organisation, manifest.sequence, manifest.bundle_id, manifest.created_at,
                max(head, previous), bundle.manifest_sha256, None,
            ))  # fmt: skip
            for shipment in part.shipments:
                if shipment.latest:
                    exported.mark_version(
                        session, organisation, shipment.testimony_id, shipment.latest
                    )
            for row in part.attachments:
                exported.mark_attachment(session, organisation, row.id)
            for notice in part.notices:
                exported.mark_notice(session, organisation, notice.testimony_id, notice.version)
            detail = {
                "bundle": manifest.bundle_id,
                "sequence": manifest.sequence,
                "versions": len(part.records),
                "attachments": len(part.attachments),
                "notices": len(part.notices),
                "recipients": json.dumps(list(manifest.recipients)),
            }
            audit.append(session, vault.key_id, "export", manifest.bundle_id, detail)
