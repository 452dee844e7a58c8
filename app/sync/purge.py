"""What may leave the laptop for good: testimonies the organisation confirmed holding.

A testimony qualifies when a receipt confirmed its current version with our exact content and
every one of its attachments, and no unsaved draft of it waits in the editor. Deleting is the
vault's ordinary delete (versions overwritten, its words scrubbed from the search index,
attachment keys destroyed, a tombstone and an audit entry); it is never sent to the
organisation, whose copy stays.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage import testimonies
from app.storage.models import Attachment, Draft, Testimony
from app.storage.sync_models import ConfirmedAttachment, ConfirmedVersion


def delivered(session: Session) -> list[str]:
    """Ids of live testimonies that are safe at the organisation, in id order."""
    confirmed = {r.testimony_id: r.version for r in session.scalars(select(ConfirmedVersion))}
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


def purge(session: Session, ids: list[str], author: str) -> None:
    # One unit: the search index is rewritten once for all of them, not once per testimony.
    testimonies.delete_many(session, ids, author)
