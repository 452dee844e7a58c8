"""What an import asks the archive about a whole bundle at once, before its members stream.

The records of a bundle name their testimonies up front (the manifest), and its audit trail is
one consecutive run of a sender's entries: asking about each one as it arrives cost a lookup
(and an ORM autoflush before it) per record and per entry, about a quarter of an import of
testimonies new to the archive (bench/README.md, bundle records). Here it is one query per
batch of ids, or one for the whole run of entries.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.models import Testimony
from app.storage.sync_models import SenderAuditEntry, SenderOfTestimony

# Ids asked about by one statement: bounds the statement's parameters.
BATCH = 500


def unknown_testimonies(session: Session, ids: Iterable[str]) -> set[str]:
    """The ids the archive knows nothing of: no testimony (deleted ones count as known) and no
    sender that delivered it. Such a testimony has no owner and nothing held to compare."""
    session.flush()  # rows the ORM still holds count as known
    wanted = list(dict.fromkeys(ids))
    known: set[str] = set()
    conn = session.connection()
    for start in range(0, len(wanted), BATCH):
        batch = wanted[start : start + BATCH]
        known.update(conn.execute(select(Testimony.id).where(Testimony.id.in_(batch))).scalars())
        known.update(
            conn.execute(
                select(SenderOfTestimony.testimony_id).where(
                    SenderOfTestimony.testimony_id.in_(batch)
                )
            ).scalars()
        )
    return set(wanted) - known


def sender_audit_hashes(session: Session, sender: str, first: int, last: int) -> dict[int, str]:
    """The entry hashes of a sender's audit entries held with seq from `first` to `last`."""
    session.flush()
    query = select(SenderAuditEntry.seq, SenderAuditEntry.entry_hash).where(
        SenderAuditEntry.sender_key_id == sender,
        SenderAuditEntry.seq >= first,
        SenderAuditEntry.seq <= last,
    )
    return {seq: digest for seq, digest in session.connection().execute(query)}
