"""Bundles a coordinator's vault holds back (table quarantined_bundle) and the conflicts
recorded against them (equivocation, owner_conflict), as frozen rows. The files themselves,
`quarantine/<sha256>.age`, are app.sync.holding's; the reasons are its words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.storage.clock import utc_now
from app.storage.sync_models import Equivocation, OwnerConflict, QuarantinedBundle


@dataclass(frozen=True)
class HeldRow:
    sha256: str  # of the encrypted file, which is named by it
    sender_key_id: str
    bundle_id: str
    sequence: int
    reason: str
    detail: str
    size: int
    received_at: str
    signer_public: bytes | None  # the key whose signature verified


def _frozen(row: QuarantinedBundle) -> HeldRow:
    return HeldRow(
        row.sha256, row.sender_key_id, row.bundle_id, row.sequence, row.reason, row.detail,
        row.size, row.received_at, row.signer_public,
    )  # fmt: skip


def get(session: Session, sha256: str) -> HeldRow | None:
    row = session.get(QuarantinedBundle, sha256)
    return None if row is None else _frozen(row)


def of_sender(session: Session, sender: str | None = None) -> list[HeldRow]:
    """Held bundles by sender and sequence; only `sender`'s if one is given."""
    query = select(QuarantinedBundle).order_by(
        QuarantinedBundle.sender_key_id, QuarantinedBundle.sequence
    )
    if sender is not None:
        query = query.where(QuarantinedBundle.sender_key_id == sender)
    return [_frozen(row) for row in session.scalars(query)]


def counts_by_sender(session: Session) -> dict[str, int]:
    query = select(QuarantinedBundle.sender_key_id, func.count()).group_by(
        QuarantinedBundle.sender_key_id
    )
    return {key: count for key, count in session.execute(query)}


def usage(
    session: Session, reasons: Iterable[str] | None = None, sender: str | None = None
) -> tuple[int, int]:
    """(bundles, bytes) held, for the given reasons and sender if named."""
    query = select(func.count(), func.coalesce(func.sum(QuarantinedBundle.size), 0))
    if reasons is not None:
        query = query.where(QuarantinedBundle.reason.in_(list(reasons)))
    if sender is not None:
        query = query.where(QuarantinedBundle.sender_key_id == sender)
    count, used = session.execute(query).one()
    return int(count), int(used)


def signers(session: Session, sender: str) -> list[bytes]:
    """The keys that signed the bundles held under a key id (a pending id is only a claim)."""
    query = select(QuarantinedBundle.signer_public).where(QuarantinedBundle.sender_key_id == sender)
    return [public for public in session.scalars(query) if public is not None]


def hold(session: Session, held: HeldRow) -> bool:
    """Add the row, or give the one already there the new reason; True if it is new."""
    row = session.get(QuarantinedBundle, held.sha256)
    if row is not None:
        row.reason, row.detail = held.reason, held.detail
        return False
    session.add(QuarantinedBundle(
        sha256=held.sha256, sender_key_id=held.sender_key_id, bundle_id=held.bundle_id,
        sequence=held.sequence, reason=held.reason, detail=held.detail, size=held.size,
        received_at=held.received_at, signer_public=held.signer_public,
    ))  # fmt: skip
    return True


def forget(session: Session, sha256: str) -> None:
    row = session.get(QuarantinedBundle, sha256)
    if row is not None:
        session.delete(row)


# --- conflicts ----------------------------------------------------------------------------
def note_equivocation(
    session: Session, testimony_id: str, version: int, sha256s: tuple[str, str],
    bundle: tuple[str, str],
) -> None:  # fmt: skip
    """A (testimony, version) held with `sha256s[0]` that bundle (id, sender) gave
    `sha256s[1]`; recorded once per bundle."""
    held, received = sha256s
    bundle_id, sender = bundle
    seen = session.scalars(select(Equivocation).filter_by(
        testimony_id=testimony_id, version=version, received_sha256=received, bundle_id=bundle_id,
    )).first()  # fmt: skip
    if seen is None:
        session.add(Equivocation(
            testimony_id=testimony_id, version=version, held_sha256=held,
            received_sha256=received, bundle_id=bundle_id, sender_key_id=sender,
            detected_at=utc_now(),
        ))  # fmt: skip


def note_owner_conflict(
    session: Session, testimony_id: str, owner: str, bundle: tuple[str, str]
) -> None:
    """Bundle (id, sender) brought a testimony that `owner` delivered first; once per bundle."""
    bundle_id, sender = bundle
    known = session.scalars(select(OwnerConflict).filter_by(
        testimony_id=testimony_id, bundle_id=bundle_id,
    )).first()  # fmt: skip
    if known is None:
        session.add(OwnerConflict(
            testimony_id=testimony_id, owner_key_id=owner, sender_key_id=sender,
            bundle_id=bundle_id, detected_at=utc_now(),
        ))  # fmt: skip


def equivocations(session: Session, bundle_id: str) -> list[tuple[str, int]]:
    """(testimony, version) pairs the bundle gave other content than held."""
    query = select(Equivocation).where(Equivocation.bundle_id == bundle_id)
    return [(row.testimony_id, row.version) for row in session.scalars(query)]


def owner_conflicts(session: Session, bundle_id: str) -> list[tuple[str, str]]:
    """(testimony, its sender) pairs of other senders' testimonies the bundle brought."""
    query = select(OwnerConflict).where(OwnerConflict.bundle_id == bundle_id)
    return [(row.testimony_id, row.owner_key_id) for row in session.scalars(query)]
