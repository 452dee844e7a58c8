"""The interviewer keys a coordinator's vault knows (table `sender`), as frozen rows.

The status strings are app.sync.identities' (pending, known, approved, revoked); storage keeps
them and does not judge them. Changes here are part of the caller's unit of work, which also
writes the audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.clock import utc_now
from app.storage.sync_models import Sender


@dataclass(frozen=True)
class SenderKey:
    key_id: str
    public: bytes  # the raw Ed25519 key pinned under key_id
    status: str
    last_sequence: int  # the last bundle imported from it
    added_at: str


def _frozen(row: Sender) -> SenderKey:
    return SenderKey(row.key_id, row.public, row.status, row.last_sequence, row.added_at)


def get(session: Session, key_id: str) -> SenderKey | None:
    row = session.get(Sender, key_id)
    return None if row is None else _frozen(row)


def every(session: Session) -> list[SenderKey]:
    """All senders, by key id."""
    return [_frozen(row) for row in session.scalars(select(Sender).order_by(Sender.key_id))]


def add(session: Session, key_id: str, public: bytes, status: str) -> SenderKey:
    row = Sender(key_id=key_id, public=public, status=status, last_sequence=0, added_at=utc_now())
    session.add(row)
    return _frozen(row)


def _row(session: Session, key_id: str) -> Sender:
    row = session.get(Sender, key_id)
    if row is None:  # the callers looked it up in the same unit of work
        raise KeyError(key_id)
    return row


def set_status(session: Session, key_id: str, status: str) -> SenderKey:
    row = _row(session, key_id)
    row.status = status
    return _frozen(row)


def replace_key(session: Session, key_id: str, public: bytes) -> None:
    """A pending key (only claimed by a bundle) replaced by the one of a confirmed card."""
    _row(session, key_id).public = public


def set_last_sequence(session: Session, key_id: str, sequence: int) -> None:
    _row(session, key_id).last_sequence = sequence
