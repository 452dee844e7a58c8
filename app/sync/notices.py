"""Consent notices as the coordinator reads them: a sender reported that a testimony may no
longer be shared with the organisation (bundle-format.md, section 6)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.sync_models import ConsentNotice
from app.sync.outcomes import TestimonyRef, pick


@dataclass(frozen=True)
class NoticeInfo:
    testimony_id: str
    sender: str
    version: int  # the sender's version whose consent no longer allows sharing
    kind: str  # consent_withdrawn or sharing_ended
    at: str  # when the sender saved that version
    received_at: str
    names: tuple[TestimonyRef, ...] = field(default=(), compare=False)  # see app.sync.outcomes

    @property
    def testimony(self) -> TestimonyRef:
        return pick(self.names, [self.testimony_id])[0]

    def as_json(self) -> dict[str, Any]:
        return {"testimony_id": self.testimony_id, "sender": self.sender,
                "version": self.version, "kind": self.kind, "at": self.at,
                "received_at": self.received_at}  # fmt: skip

    def sentence(self) -> str:
        what = "withdrew consent" if self.kind == "consent_withdrawn" else (
            "no longer allows sharing with the organisation"
        )  # fmt: skip
        return (
            f"{self.testimony_id}: the informant {what} (sender {self.sender}, their version "
            f"{self.version} of {self.at}, received {self.received_at})"
        )


def notices(session: Session, testimony_id: str | None = None) -> list[NoticeInfo]:
    query = select(ConsentNotice).order_by(ConsentNotice.received_at, ConsentNotice.testimony_id)
    if testimony_id is not None:
        query = query.where(ConsentNotice.testimony_id == testimony_id)
    return [
        NoticeInfo(n.testimony_id, n.sender_key_id, n.version, n.kind, n.at, n.received_at)
        for n in session.scalars(query)
    ]
