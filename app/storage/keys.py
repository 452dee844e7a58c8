"""The keys a vault keeps for exchanging bundles, as frozen rows: its own signing key, its
reply identity (receipts are encrypted to it), a coordinator vault's organisation identity,
and the organisation card an interviewer's vault trusts. Secrets leave the database only in
these values, for the caller to sign or decrypt with; never in a message or a log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.clock import utc_now
from app.storage.models import SigningKey
from app.storage.sync_models import OrgIdentity, ReplyIdentity, TrustedOrganisation


@dataclass(frozen=True)
class OwnKey:
    key_id: str
    public: bytes
    secret: bytes


def own_key(session: Session, key_id: str) -> OwnKey | None:
    row = session.get(SigningKey, key_id)
    return None if row is None else OwnKey(row.key_id, row.public, row.secret)


@dataclass(frozen=True)
class ReplyKey:
    key_id: str
    age_identity: str
    recipient: str


def reply_key(session: Session, key_id: str) -> ReplyKey | None:
    row = session.get(ReplyIdentity, key_id)
    return None if row is None else ReplyKey(row.key_id, row.age_identity, row.recipient)


def add_reply_key(session: Session, key_id: str, age_identity: str, recipient: str) -> ReplyKey:
    session.add(ReplyIdentity(
        key_id=key_id, age_identity=age_identity, recipient=recipient, created_at=utc_now()
    ))  # fmt: skip
    return ReplyKey(key_id, age_identity, recipient)


@dataclass(frozen=True)
class OrganisationKeys:
    key_id: str
    name: str
    age_identity: str
    recipient: str
    signing_secret: bytes
    signing_public: bytes
    created_at: str


def organisation(session: Session) -> OrganisationKeys | None:
    row = session.scalars(select(OrgIdentity)).first()
    if row is None:
        return None
    return OrganisationKeys(
        row.key_id, row.name, row.age_identity, row.recipient, row.signing_secret,
        row.signing_public, row.created_at,
    )  # fmt: skip


def is_organisation(session: Session) -> bool:
    return session.scalars(select(OrgIdentity.key_id)).first() is not None


def add_organisation(session: Session, keys: OrganisationKeys) -> None:
    session.add(OrgIdentity(
        key_id=keys.key_id, name=keys.name, age_identity=keys.age_identity,
        recipient=keys.recipient, signing_secret=keys.signing_secret,
        signing_public=keys.signing_public, created_at=keys.created_at,
    ))  # fmt: skip


@dataclass(frozen=True)
class TrustedCard:
    key_id: str
    name: str
    recipients: tuple[str, ...]
    signing_public: bytes
    fingerprint: str


def trusted_card(session: Session) -> TrustedCard | None:
    row = session.scalars(select(TrustedOrganisation)).first()
    if row is None:
        return None
    return TrustedCard(
        row.key_id, row.name, tuple(json.loads(row.recipients)), row.signing_public,
        row.fingerprint,
    )  # fmt: skip


def pin_card(session: Session, card: TrustedCard) -> None:
    """The one trusted card: any pinned before is removed in the same unit of work."""
    for row in session.scalars(select(TrustedOrganisation)):
        session.delete(row)
    session.flush()
    session.add(TrustedOrganisation(
        key_id=card.key_id, name=card.name, recipients=json.dumps(list(card.recipients)),
        signing_public=card.signing_public, fingerprint=card.fingerprint, trusted_at=utc_now(),
    ))  # fmt: skip
