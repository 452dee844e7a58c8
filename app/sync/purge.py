"""What may leave the laptop for good: testimonies the organisation confirmed holding.

A testimony qualifies when a receipt confirmed its current version with our exact content and
every one of its attachments, and no unsaved draft of it waits in the editor. Deleting is the
vault's ordinary delete (versions overwritten, its words scrubbed from the search index,
attachment keys destroyed, a tombstone and an audit entry); it is never sent to the
organisation, whose copy stays.
"""

from __future__ import annotations

from app.storage import confirmations, testimonies
from app.storage.unit_of_work import UnitOfWork


def delivered(session: UnitOfWork) -> list[str]:
    """Ids of live testimonies that are safe at the organisation, in id order."""
    return confirmations.delivered(session)


def purge(session: UnitOfWork, ids: list[str], author: str) -> None:
    # One unit: the search index is rewritten once for all of them, not once per testimony.
    testimonies.delete_many(session, ids, author)
