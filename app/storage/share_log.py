"""Hand-overs as the audit trail records them (action ``share``): what `sviedka shares` lists.

A hand-over is recorded in the hash-chained trail itself, not in a table of its own, so that a
hand-over cannot be taken off the list without breaking the chain.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage import audit
from app.storage.models import AuditEntry

__all__ = ["ACTION", "LoggedShare", "logged", "record"]

ACTION = "share"


@dataclass(frozen=True)
class LoggedShare:
    seq: int
    at: str
    actor: str
    scope: str
    detail: dict[str, Any]


def record(session: Session, actor: str, scope: str, detail: Mapping[str, object]) -> None:
    audit.append(session, actor, ACTION, scope, detail)


def logged(session: Session) -> list[LoggedShare]:
    """Every hand-over, oldest first."""
    rows = session.scalars(
        select(AuditEntry).where(AuditEntry.action == ACTION).order_by(AuditEntry.seq)
    )
    return [LoggedShare(r.seq, r.at, r.actor, r.subject, json.loads(r.detail)) for r in rows]
