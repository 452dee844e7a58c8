"""Consent notices a coordinator's vault received (table consent_notice), as frozen rows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.sync_models import ConsentNotice


@dataclass(frozen=True)
class NoticeRow:
    testimony_id: str
    sender_key_id: str
    version: int
    kind: str
    at: str
    received_at: str


def received(session: Session, testimony_id: str | None = None) -> list[NoticeRow]:
    """Every notice (or one testimony's), oldest received first."""
    query = select(ConsentNotice).order_by(ConsentNotice.received_at, ConsentNotice.testimony_id)
    if testimony_id is not None:
        query = query.where(ConsentNotice.testimony_id == testimony_id)
    return [
        NoticeRow(n.testimony_id, n.sender_key_id, n.version, n.kind, n.at, n.received_at)
        for n in session.scalars(query)
    ]
