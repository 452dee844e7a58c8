"""What the organisation confirmed holding, by its receipts, in an interviewer's vault (tables
confirmed_version, confirmed_attachment), and what may therefore leave the laptop."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.storage.models import Attachment, Draft, Testimony, TestimonyVersion
from app.storage.sync_models import ConfirmedAttachment, ConfirmedVersion, ExportedVersion


def versions_by(session: Session, author: str) -> dict[tuple[str, int], str]:
    """(testimony, version) -> sha256 of every version `author` saved."""
    query = select(
        TestimonyVersion.testimony_id, TestimonyVersion.version, TestimonyVersion.sha256
    ).where(TestimonyVersion.author_key == author)
    return {(testimony, version): sha256 for testimony, version, sha256 in session.execute(query)}


def attachment_hashes(session: Session) -> set[str]:
    return set(session.scalars(select(Attachment.sha256)))


def confirm_version(session: Session, testimony_id: str, version: int) -> None:
    """The organisation holds `version` (and so the ones before it): never lowered."""
    row = session.get(ConfirmedVersion, testimony_id)
    if row is None:
        session.add(ConfirmedVersion(testimony_id=testimony_id, version=version))
    elif row.version < version:
        row.version = version


def confirm_attachments(session: Session, sha256s: Iterable[str]) -> None:
    for sha256 in sha256s:
        session.merge(ConfirmedAttachment(sha256=sha256))


def _confirmed(session: Session) -> dict[str, int]:
    return {r.testimony_id: r.version for r in session.scalars(select(ConfirmedVersion))}


def unconfirmed(session: Session) -> list[str]:
    """Testimonies exported in a version the organisation has not confirmed holding yet."""
    confirmed = _confirmed(session)
    # Exported to more than one organisation: the newest version sent anywhere counts.
    exported = select(ExportedVersion.testimony_id, func.max(ExportedVersion.version))
    return [
        testimony_id
        for testimony_id, version in session.execute(
            exported.group_by(ExportedVersion.testimony_id).order_by(ExportedVersion.testimony_id)
        )
        if confirmed.get(testimony_id, 0) < version
    ]


def delivered(session: Session) -> list[str]:
    """Ids of live testimonies whose current version and every attachment the organisation
    confirmed, with no unsaved draft waiting, in id order."""
    confirmed = _confirmed(session)
    held = set(session.scalars(select(ConfirmedAttachment.sha256)))
    drafted = set(session.scalars(select(Draft.testimony_id)))
    files: dict[str, set[str]] = {}
    for testimony_id, sha256 in session.execute(select(Attachment.testimony_id, Attachment.sha256)):
        files.setdefault(testimony_id, set()).add(sha256)
    live = select(Testimony.id, Testimony.current_version).where(Testimony.deleted_at.is_(None))
    return [
        testimony_id
        for testimony_id, current in session.execute(live.order_by(Testimony.id))
        if confirmed.get(testimony_id, 0) >= current
        and files.get(testimony_id, set()) <= held
        and testimony_id not in drafted
    ]
