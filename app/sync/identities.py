"""Identities and trust, kept inside the vault: the vault's own key, the organisation identity of
a coordinator vault, the organisation card an interviewer trusts, and the senders a coordinator
knows. Each function takes its session and is one part of a unit of work; every change is
recorded in the audit trail (ids and fingerprints only, never a secret).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage import audit
from app.storage.clock import utc_now
from app.storage.errors import VaultCorrupt
from app.storage.models import SigningKey
from app.storage.sync_models import (
    OrgIdentity,
    QuarantinedBundle,
    ReplyIdentity,
    Sender,
    TrustedOrganisation,
)
from app.sync import minisign
from app.sync.cards import InterviewerCard, OrganisationCard
from app.sync.errors import NotAnOrganisation, OrganisationExists, SenderError

PENDING, KNOWN, APPROVED, REVOKED = "pending", "known", "approved", "revoked"
TRUSTED_STATUSES = (KNOWN, APPROVED)


# --- the vault's own key ----------------------------------------------------------------
def own_key(session: Session, key_id: str) -> tuple[minisign.PublicKey, bytes]:
    """The vault's public key and its secret (for signing bundles)."""
    row = session.get(SigningKey, key_id)
    if row is None:
        raise VaultCorrupt("the vault has no signing key")
    return minisign.PublicKey(row.key_id, row.public), row.secret


def interviewer_card(session: Session, key_id: str) -> InterviewerCard:
    return InterviewerCard(own_key(session, key_id)[0])


def reply_identity(session: Session, key_id: str) -> ReplyIdentity:
    """The vault's age identity for receipts, made at its first export."""
    row = session.get(ReplyIdentity, key_id)
    if row is None:
        identity = pyrage.x25519.Identity.generate()
        row = ReplyIdentity(
            key_id=key_id,
            age_identity=str(identity),
            recipient=str(identity.to_public()),
            created_at=utc_now(),
        )
        session.add(row)
    return row


# --- the organisation (coordinator vault) -------------------------------------------------
def organisation(session: Session) -> OrgIdentity:
    row = session.scalars(select(OrgIdentity)).first()
    if row is None:
        raise NotAnOrganisation()
    return row


def is_organisation(session: Session) -> bool:
    return session.scalars(select(OrgIdentity.key_id)).first() is not None


def create_organisation(session: Session, name: str, author: str) -> OrganisationCard:
    if is_organisation(session):
        raise OrganisationExists("this vault already holds an organisation identity")
    name = name.strip()
    if not name or len(name) > 200:
        raise SenderError("give the organisation a name of 1 to 200 characters")
    identity = pyrage.x25519.Identity.generate()
    private = Ed25519PrivateKey.generate()
    key_id = secrets.token_bytes(8).hex().upper()
    row = OrgIdentity(
        key_id=key_id,
        name=name,
        age_identity=str(identity),
        recipient=str(identity.to_public()),
        signing_secret=private.private_bytes_raw(),
        signing_public=private.public_key().public_bytes_raw(),
        created_at=utc_now(),
    )
    session.add(row)
    card = organisation_card(row)
    audit.append(
        session, author, "org_init", key_id, {"recipient": row.recipient, "card": card.fingerprint}
    )
    return card


def organisation_card(row: OrgIdentity) -> OrganisationCard:
    return OrganisationCard(
        row.name, (row.recipient,), minisign.PublicKey(row.key_id, row.signing_public)
    )


def organisation_secret_text(session: Session, author: str) -> str:
    """The age identity as `age-keygen` writes it, for `age -d -i FILE` without Sviedka."""
    row = organisation(session)
    audit.append(session, author, "org_export_secret", row.key_id, {"recipient": row.recipient})
    return f"# created: {row.created_at}\n# public key: {row.recipient}\n{row.age_identity}\n"


# --- the trusted organisation (interviewer vault) ---------------------------------------------
@dataclass(frozen=True)
class Trusted:
    name: str
    recipients: tuple[str, ...]
    key_id: str
    fingerprint: str
    signing_key: minisign.PublicKey  # verifies the organisation's receipts


def trust(session: Session, card: OrganisationCard, author: str) -> Trusted | None:
    """Pin `card`, replacing any card pinned before; returns the one replaced, if any."""
    previous = trusted(session)
    for row in session.scalars(select(TrustedOrganisation)):
        session.delete(row)
    session.flush()
    session.add(
        TrustedOrganisation(
            key_id=card.signing_key.key_id,
            name=card.name,
            recipients=json.dumps(list(card.recipients)),
            signing_public=card.signing_key.raw,
            fingerprint=card.fingerprint,
            trusted_at=utc_now(),
        )
    )
    detail: dict[str, Any] = {"fingerprint": card.fingerprint}
    if previous is not None:
        detail["replaced"] = previous.fingerprint
    audit.append(session, author, "trust", card.signing_key.key_id, detail)
    return previous


def trusted(session: Session) -> Trusted | None:
    row = session.scalars(select(TrustedOrganisation)).first()
    if row is None:
        return None
    return Trusted(
        row.name,
        tuple(json.loads(row.recipients)),
        row.key_id,
        row.fingerprint,
        minisign.PublicKey(row.key_id, row.signing_public),
    )


# --- senders (coordinator vault) -----------------------------------------------------------
@dataclass(frozen=True)
class SenderInfo:
    key_id: str
    status: str
    last_sequence: int
    fingerprint: str
    public_key: str
    added_at: str

    def as_json(self) -> dict[str, Any]:
        return {
            "key_id": self.key_id,
            "status": self.status,
            "last_sequence": self.last_sequence,
            "fingerprint": self.fingerprint,
            "public_key": self.public_key,
            "added_at": self.added_at,
        }


def sender_info(row: Sender) -> SenderInfo:
    key = minisign.PublicKey(row.key_id, row.public)
    return SenderInfo(
        row.key_id,
        row.status,
        row.last_sequence,
        InterviewerCard(key).fingerprint,
        key.to_base64(),
        row.added_at,
    )


def senders(session: Session) -> list[SenderInfo]:
    return [sender_info(row) for row in session.scalars(select(Sender).order_by(Sender.key_id))]


def sender(session: Session, key_id: str) -> Sender | None:
    return session.get(Sender, key_id.strip().upper())


def add_sender(session: Session, card: InterviewerCard, author: str) -> SenderInfo:
    """Pin an interviewer's key from their card, whose fingerprint the coordinator confirmed.

    A pending key was only claimed by a bundle (anyone can choose any key id), so the card
    replaces it; held bundles signed by the other key will then fail their check and leave."""
    key = card.signing_key
    row = session.get(Sender, key.key_id)
    detail: dict[str, Any] = {"fingerprint": card.fingerprint}
    if row is not None and row.status == PENDING and row.public != key.raw:
        detail["replaced_pending"] = InterviewerCard(
            minisign.PublicKey(row.key_id, row.public)
        ).fingerprint
        row.public = key.raw
    if row is not None and row.public != key.raw:
        raise SenderError(
            f"key id {key.key_id} is already known with a different public key; "
            "revoke it or ask the interviewer to make a new vault key"
        )
    if row is not None and row.status == REVOKED:
        raise SenderError(f"sender {key.key_id} was revoked; it stays revoked")
    if row is None:
        row = Sender(
            key_id=key.key_id, public=key.raw, status=KNOWN, last_sequence=0, added_at=utc_now()
        )
        session.add(row)
    else:
        row.status = KNOWN
    audit.append(session, author, "sender_add", key.key_id, detail)
    return sender_info(row)


def _claimed_by_others(session: Session, row: Sender) -> bool:
    """Whether a held bundle under this key id was signed by another key than the row's."""
    signers = select(QuarantinedBundle.signer_public).where(
        QuarantinedBundle.sender_key_id == row.key_id
    )
    return any(public is not None and public != row.public for public in session.scalars(signers))


def note_pending(session: Session, key: minisign.PublicKey) -> Sender:
    row = Sender(
        key_id=key.key_id, public=key.raw, status=PENDING, last_sequence=0, added_at=utc_now()
    )
    session.add(row)
    return row


def set_status(session: Session, key_id: str, status: str, author: str) -> SenderInfo:
    row = sender(session, key_id)
    if row is None:
        raise SenderError(f"no sender with key id {key_id.strip().upper()}")
    if row.status == REVOKED and status != REVOKED:
        raise SenderError(f"sender {row.key_id} was revoked; it stays revoked")
    if row.status == PENDING and status == APPROVED and _claimed_by_others(session, row):
        raise SenderError(
            f"more than one key has sent bundles as {row.key_id}: do not approve it; add the "
            "interviewer's card after comparing its fingerprint (senders add CARD)"
        )
    row.status = status
    audit.append(session, author, f"sender_{status}", row.key_id, {})
    return sender_info(row)
