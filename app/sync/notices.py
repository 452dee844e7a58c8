"""Consent notices as the coordinator reads them: a sender reported that a testimony may no
longer be shared with the organisation (bundle-format.md, section 6)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.storage import consent_notices
from app.storage.unit_of_work import UnitOfWork
from app.sync import bundle_format as fmt
from app.sync.outcomes import TestimonyRef, pick


@dataclass(frozen=True)
class NoticeInfo:
    testimony_id: str
    sender: str
    version: int  # the sender's version whose consent no longer allows sharing
    kind: str  # fmt.CONSENT_WITHDRAWN or fmt.SHARING_ENDED
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
        what = "withdrew consent" if self.kind == fmt.CONSENT_WITHDRAWN else (
            "no longer allows sharing with the organisation"
        )  # fmt: skip
        return (
            f"{self.testimony_id}: the informant {what} (sender {self.sender}, their version "
            f"{self.version} of {self.at}, received {self.received_at})"
        )


def notices(session: UnitOfWork, testimony_id: str | None = None) -> list[NoticeInfo]:
    return [
        NoticeInfo(n.testimony_id, n.sender_key_id, n.version, n.kind, n.at, n.received_at)
        for n in consent_notices.received(session, testimony_id)
    ]
