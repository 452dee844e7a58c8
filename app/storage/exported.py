"""What an interviewer's vault sent (tables export_bundle, exported_version,
exported_attachment, sent_notice), and what an export reads to decide what is new.

Each organisation numbers its own bundles and has its own record of what it received, so
sending to another organisation leaves no gap in this one's. Rows come back as frozen values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.storage import attachment_streams
from app.storage.models import Attachment, AuditEntry, Testimony, TestimonyVersion
from app.storage.sync_models import (
    EXPORT_ORDER,
    ExportBundle,
    ExportedAttachment,
    ExportedVersion,
    SentNotice,
)


# --- what an export reads ---------------------------------------------------------------
@dataclass(frozen=True)
class LiveTestimony:
    id: str
    current_version: int
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class StoredVersion:
    testimony_id: str
    version: int
    document: bytes  # canonical JSON, as saved
    sha256: str
    saved_at: str
    author_key: str
    vocabulary_version: str


@dataclass(frozen=True)
class AttachmentFile:
    """An attachment as a bundle carries it; `identity` decrypts its blob and never leaves
    the vault (streaming uses it, the manifest does not name it)."""

    id: str
    testimony_id: str
    sha256: str
    size: int
    media_type: str
    filename: str
    description: str
    added_at: str
    author_key: str
    identity: str


def live_testimonies(session: Session) -> list[LiveTestimony]:
    """Testimonies not deleted, by id."""
    query = select(Testimony).where(Testimony.deleted_at.is_(None)).order_by(Testimony.id)
    return [
        LiveTestimony(row.id, row.current_version, row.created_at, row.updated_at)
        for row in session.scalars(query)
    ]


def _version(row: TestimonyVersion) -> StoredVersion:
    return StoredVersion(
        row.testimony_id, row.version, row.document, row.sha256, row.saved_at, row.author_key,
        row.vocabulary_version,
    )  # fmt: skip


def version(session: Session, testimony_id: str, number: int) -> StoredVersion | None:
    row = session.get(TestimonyVersion, (testimony_id, number))
    return None if row is None else _version(row)


def versions_after(session: Session, testimony_id: str, after: int) -> list[StoredVersion]:
    """A testimony's versions newer than `after`, oldest first."""
    query = (
        select(TestimonyVersion)
        .where(TestimonyVersion.testimony_id == testimony_id)
        .where(TestimonyVersion.version > after)
        .order_by(TestimonyVersion.version)
    )
    return [_version(row) for row in session.scalars(query)]


def attachments_of(session: Session, testimony_id: str) -> list[AttachmentFile]:
    """A testimony's attachments, by id."""
    query = select(Attachment).where(Attachment.testimony_id == testimony_id)
    rows = session.scalars(query.order_by(Attachment.id))
    return [AttachmentFile(
        a.id, a.testimony_id, a.sha256, a.size, a.media_type, a.filename, a.description,
        a.added_at, a.author_key, a.identity,
    ) for a in rows]  # fmt: skip


def stream_attachment(paths: Any, attachment: AttachmentFile, sink: Any) -> None:
    """An attachment's plaintext into `sink`, checked against its hash and size on the way."""
    # Never added to a session: it carries only what the stream reads.
    row = Attachment(
        id=attachment.id, testimony_id=attachment.testimony_id, sha256=attachment.sha256,
        size=attachment.size, identity=attachment.identity,
    )  # fmt: skip
    attachment_streams.stream_plaintext(paths, row, sink)


def audit_after(session: Session, seq: int) -> list[dict[str, Any]]:
    """The vault's audit entries after `seq`, as a bundle's audit.json lists them."""
    entries = select(AuditEntry).where(AuditEntry.seq > seq).order_by(AuditEntry.seq)
    fields = ("seq", "at", "actor", "action", "subject", "detail", "prev_hash", "entry_hash")
    return [{name: getattr(e, name) for name in fields} for e in session.scalars(entries)]


# --- what was sent to an organisation -------------------------------------------------
def last_sequence(session: Session, organisation: str) -> int:
    query = select(func.max(ExportBundle.sequence))
    return session.scalar(query.where(ExportBundle.organisation_key_id == organisation)) or 0


def last_audit_seq(session: Session, organisation: str) -> int:
    """The newest of this vault's audit entries the organisation was sent."""
    query = select(func.max(ExportBundle.audit_seq))
    return session.scalar(query.where(ExportBundle.organisation_key_id == organisation)) or 0


def sent_versions(session: Session, organisation: str) -> dict[str, int]:
    """Testimony id -> the last version sent to the organisation."""
    return _by_testimony(session, ExportedVersion, organisation)


def sent_notices(session: Session, organisation: str) -> dict[str, int]:
    """Testimony id -> the version at which the organisation was told sharing ended."""
    return _by_testimony(session, SentNotice, organisation)


def _by_testimony(
    session: Session, table: type[ExportedVersion | SentNotice], organisation: str
) -> dict[str, int]:
    query = select(table.testimony_id, table.version)
    rows = session.execute(query.where(table.organisation_key_id == organisation))
    return {testimony_id: number for testimony_id, number in rows}


def sent_attachments(session: Session, organisation: str) -> set[str]:
    query = select(ExportedAttachment.attachment_id)
    return set(session.scalars(query.where(ExportedAttachment.organisation_key_id == organisation)))


@dataclass(frozen=True)
class SentBundle:
    organisation: str  # the organisation's key id
    sequence: int
    bundle_id: str
    created_at: str
    audit_seq: int
    manifest_sha256: str | None
    confirmed_at: str | None  # when the organisation's receipt was written


def record_bundle(session: Session, bundle: SentBundle) -> None:
    session.add(ExportBundle(
        organisation_key_id=bundle.organisation, sequence=bundle.sequence,
        bundle_id=bundle.bundle_id, created_at=bundle.created_at, audit_seq=bundle.audit_seq,
        manifest_sha256=bundle.manifest_sha256, confirmed_at=bundle.confirmed_at,
    ))  # fmt: skip


def mark_version(session: Session, organisation: str, testimony_id: str, number: int) -> None:
    session.merge(ExportedVersion(
        organisation_key_id=organisation, testimony_id=testimony_id, version=number
    ))  # fmt: skip


def mark_attachment(session: Session, organisation: str, attachment_id: str) -> None:
    session.merge(ExportedAttachment(organisation_key_id=organisation, attachment_id=attachment_id))


def mark_notice(session: Session, organisation: str, testimony_id: str, number: int) -> None:
    session.merge(SentNotice(
        organisation_key_id=organisation, testimony_id=testimony_id, version=number
    ))  # fmt: skip


def _sent(row: ExportBundle) -> SentBundle:
    return SentBundle(
        row.organisation_key_id, row.sequence, row.bundle_id, row.created_at, row.audit_seq,
        row.manifest_sha256, row.confirmed_at,
    )  # fmt: skip


def sent_bundle(session: Session, bundle_id: str) -> SentBundle | None:
    query = select(ExportBundle).where(ExportBundle.bundle_id == bundle_id)
    row = session.scalars(query).first()
    return None if row is None else _sent(row)


def sent_bundles(session: Session) -> list[SentBundle]:
    """Every bundle this vault wrote, oldest first."""
    return [_sent(row) for row in session.scalars(select(ExportBundle).order_by(*EXPORT_ORDER))]


def confirm_up_to(session: Session, organisation: str, sequence: int, at: str) -> None:
    """A receipt answered bundle `sequence`: it and the earlier ones not confirmed yet are."""
    earlier = select(ExportBundle).where(
        ExportBundle.organisation_key_id == organisation,
        ExportBundle.sequence <= sequence,
        ExportBundle.confirmed_at.is_(None),
    )
    for row in session.scalars(earlier):
        row.confirmed_at = at
