"""What a coordinator's vault received from senders beside the testimonies themselves (those
are app.storage.imports'): the bundles imported, the senders' own audit trails, the consent
notices they sent, and what the archive holds of a sender's testimonies (what a receipt
lists). Rows come back as frozen values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage import imports
from app.storage.clock import utc_now
from app.storage.exported import AttachmentFile
from app.storage.models import Attachment, Testimony, TestimonyVersion
from app.storage.sync_models import (
    ConsentNotice,
    ImportedBundle,
    SenderAuditEntry,
    SenderOfTestimony,
)


# --- bundles ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportedRow:
    bundle_id: str
    sender_key_id: str
    sequence: int
    manifest_sha256: str
    imported_at: str
    reply_to: str | None  # the sender's age recipient for receipts


def bundle(session: Session, bundle_id: str) -> ImportedRow | None:
    row = session.get(ImportedBundle, bundle_id)
    if row is None:
        return None
    return ImportedRow(
        row.bundle_id, row.sender_key_id, row.sequence, row.manifest_sha256, row.imported_at,
        row.reply_to,
    )  # fmt: skip


def record_bundle(
    session: Session, bundle_id: str, sender: str, sequence: int, manifest_sha256: str,
    reply_to: str | None,
) -> None:  # fmt: skip
    session.add(ImportedBundle(
        bundle_id=bundle_id, sender_key_id=sender, sequence=sequence,
        manifest_sha256=manifest_sha256, imported_at=utc_now(), reply_to=reply_to,
    ))  # fmt: skip


def record_notice(
    session: Session, testimony_id: str, bundle: tuple[str, str], version: int, kind: str,
    at: str,
) -> None:  # fmt: skip
    """A consent notice of bundle (id, sender); the same notice again replaces itself."""
    bundle_id, sender = bundle
    session.merge(ConsentNotice(
        testimony_id=testimony_id, bundle_id=bundle_id, sender_key_id=sender, version=version,
        kind=kind, at=at, received_at=utc_now(),
    ))  # fmt: skip


# --- a sender's audit trail ---------------------------------------------------------------
def add_sender_audit(session: Session, sender: str, bundle_id: str, entry: dict[str, Any]) -> None:
    """One checked entry of a sender's audit.json (its eight fields)."""
    session.add(SenderAuditEntry(sender_key_id=sender, bundle_id=bundle_id, **entry))


# --- testimonies and attachments as received ----------------------------------------------
def holds_testimony(session: Session, testimony_id: str) -> bool:
    """Whether the archive knows the testimony (deleted ones included)."""
    return session.get(Testimony, testimony_id) is not None


def attachment_id_taken(session: Session, attachment_id: str) -> bool:
    return session.get(Attachment, attachment_id) is not None


def receive_attachment(
    session: Session, attachment: AttachmentFile, actor: str, bundle_id: str
) -> None:
    """Record an attachment a bundle brought, its blob already received under its
    `identity` (imports.ImportConflict when its testimony is not held)."""
    row = Attachment(
        id=attachment.id, testimony_id=attachment.testimony_id, sha256=attachment.sha256,
        size=attachment.size, media_type=attachment.media_type, filename=attachment.filename,
        description=attachment.description, identity=attachment.identity,
        added_at=attachment.added_at, author_key=attachment.author_key,
    )  # fmt: skip
    imports.receive_attachment(session, row, actor, bundle_id)


# --- what a receipt lists -----------------------------------------------------------------
def sender_holdings(session: Session, sender: str) -> tuple[list[tuple[str, int, str]], list[str]]:
    """What the archive holds of the testimonies `sender` delivered (as verified when each
    first arrived, never the author a record claims): (testimony, version, sha256) in order,
    and the SHA-256 of their attachments, sorted and each once."""
    theirs = select(SenderOfTestimony.testimony_id).where(SenderOfTestimony.sender_key_id == sender)
    versions = session.execute(
        select(TestimonyVersion.testimony_id, TestimonyVersion.version, TestimonyVersion.sha256)
        .where(TestimonyVersion.testimony_id.in_(theirs))
        .order_by(TestimonyVersion.testimony_id, TestimonyVersion.version)
    ).all()
    held = select(Attachment.sha256).where(Attachment.testimony_id.in_(theirs))
    return [(t, v, s) for t, v, s in versions], sorted(set(session.scalars(held)))
