"""The name and interview date the testimony list shows, for results that name testimonies."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.models import Testimony


def names(session: Session, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """Testimony id -> (display name, interview date), for those of `ids` the vault holds."""
    if not ids:
        return {}
    query = select(Testimony.id, Testimony.display_name, Testimony.interview_date)
    return {
        row.id: (row.display_name, row.interview_date)
        for row in session.execute(query.where(Testimony.id.in_(ids)))
    }
