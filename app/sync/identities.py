"""Identities and trust, kept inside the vault: the vault's own key, the organisation identity of
a coordinator vault, the organisation card an interviewer trusts, and the senders a coordinator
knows. Each function takes its session and is one part of a unit of work; every change is
recorded in the audit trail (ids and fingerprints only, never a secret).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.storage import audit, held_bundles, keys
from app.storage import senders as stored_senders
from app.storage.clock import utc_now
from app.storage.errors import VaultCorrupt
from app.storage.keys import OrganisationKeys, ReplyKey
from app.storage.senders import SenderKey
from app.storage.unit_of_work import UnitOfWork
from app.sync import minisign
from app.sync.cards import InterviewerCard, OrganisationCard
from app.sync.errors import NotAnOrganisation, OrganisationExists, SenderError


class SenderStatus(StrEnum):
    """What a coordinator knows of an interviewer key (stored as these strings)."""

    PENDING = "pending"  # seen only in held bundles: a claim, not yet trusted
    KNOWN = "known"  # added from the interviewer's card
    APPROVED = "approved"  # a pending key the coordinator approved after the fingerprint
    REVOKED = "revoked"  # stays revoked


PENDING, KNOWN, APPROVED, REVOKED = (
    SenderStatus.PENDING, SenderStatus.KNOWN, SenderStatus.APPROVED, SenderStatus.REVOKED,
)  # fmt: skip
TRUSTED_STATUSES = (KNOWN, APPROVED)


# --- the vault's own key ----------------------------------------------------------------
def own_key(session: UnitOfWork, key_id: str) -> tuple[minisign.PublicKey, bytes]:
    """The vault's public key and its secret (for signing bundles)."""
    row = keys.own_key(session, key_id)
    if row is None:
        raise VaultCorrupt("the vault has no signing key")
    return minisign.PublicKey(row.key_id, row.public), row.secret


def interviewer_card(session: UnitOfWork, key_id: str) -> InterviewerCard:
    return InterviewerCard(own_key(session, key_id)[0])


def reply_identity(session: UnitOfWork, key_id: str) -> ReplyKey:
    """The vault's age identity for receipts, made at its first export."""
    row = keys.reply_key(session, key_id)
    if row is None:
        identity = pyrage.x25519.Identity.generate()
        row = keys.add_reply_key(session, key_id, str(identity), str(identity.to_public()))
    return row


# --- the organisation (coordinator vault) -------------------------------------------------
def organisation(session: UnitOfWork) -> OrganisationKeys:
    row = keys.organisation(session)
    if row is None:
        raise NotAnOrganisation()
    return row


def is_organisation(session: UnitOfWork) -> bool:
    return keys.is_organisation(session)


def create_organisation(session: UnitOfWork, name: str, author: str) -> OrganisationCard:
    if is_organisation(session):
        raise OrganisationExists("this vault already holds an organisation identity")
    name = name.strip()
    if not name or len(name) > 200:
        raise SenderError("give the organisation a name of 1 to 200 characters")
    identity = pyrage.x25519.Identity.generate()
    private = Ed25519PrivateKey.generate()
    key_id = secrets.token_bytes(8).hex().upper()
    row = OrganisationKeys(
        key_id=key_id,
        name=name,
        age_identity=str(identity),
        recipient=str(identity.to_public()),
        signing_secret=private.private_bytes_raw(),
        signing_public=private.public_key().public_bytes_raw(),
        created_at=utc_now(),
    )
    keys.add_organisation(session, row)
    card = organisation_card(row)
    audit.append(
        session, author, "org_init", key_id, {"recipient": row.recipient, "card": card.fingerprint}
    )
    return card


def organisation_card(row: OrganisationKeys) -> OrganisationCard:
    return OrganisationCard(
        row.name, (row.recipient,), minisign.PublicKey(row.key_id, row.signing_public)
    )


def organisation_secret_text(session: UnitOfWork, author: str) -> str:
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


def trust(session: UnitOfWork, card: OrganisationCard, author: str) -> Trusted | None:
    """Pin `card`, replacing any card pinned before; returns the one replaced, if any."""
    previous = trusted(session)
    keys.pin_card(session, keys.TrustedCard(
        card.signing_key.key_id, card.name, tuple(card.recipients), card.signing_key.raw,
        card.fingerprint,
    ))  # fmt: skip
    detail: dict[str, Any] = {"fingerprint": card.fingerprint}
    if previous is not None:
        detail["replaced"] = previous.fingerprint
    audit.append(session, author, "trust", card.signing_key.key_id, detail)
    return previous


def trusted(session: UnitOfWork) -> Trusted | None:
    row = keys.trusted_card(session)
    if row is None:
        return None
    return Trusted(
        row.name,
        row.recipients,
        row.key_id,
        row.fingerprint,
        minisign.PublicKey(row.key_id, row.signing_public),
    )


# --- senders (coordinator vault) -----------------------------------------------------------
@dataclass(frozen=True)
class SenderInfo:
    key_id: str
    status: SenderStatus
    last_sequence: int
    fingerprint: str
    public_key: str
    added_at: str

    def as_json(self) -> dict[str, Any]:
        return {
            "key_id": self.key_id,
            "status": str(self.status),
            "last_sequence": self.last_sequence,
            "fingerprint": self.fingerprint,
            "public_key": self.public_key,
            "added_at": self.added_at,
        }


def sender_info(row: SenderKey) -> SenderInfo:
    key = minisign.PublicKey(row.key_id, row.public)
    return SenderInfo(
        row.key_id,
        SenderStatus(row.status),
        row.last_sequence,
        InterviewerCard(key).fingerprint,
        key.to_base64(),
        row.added_at,
    )


def senders(session: UnitOfWork) -> list[SenderInfo]:
    return [sender_info(row) for row in stored_senders.every(session)]


def sender(session: UnitOfWork, key_id: str) -> SenderKey | None:
    return stored_senders.get(session, key_id.strip().upper())


def status_of(session: UnitOfWork, key_id: str) -> SenderStatus | None:
    """A key id's status, None for a key never seen."""
    row = stored_senders.get(session, key_id)
    return None if row is None else SenderStatus(row.status)


def add_sender(session: UnitOfWork, card: InterviewerCard, author: str) -> SenderInfo:
    """Pin an interviewer's key from their card, whose fingerprint the coordinator confirmed.

    A pending key was only claimed by a bundle (anyone can choose any key id), so the card
    replaces it; held bundles signed by the other key will then fail their check and leave."""
    key = card.signing_key
    row = stored_senders.get(session, key.key_id)
    detail: dict[str, Any] = {"fingerprint": card.fingerprint}
    public = row.public if row is not None else None
    if row is not None and row.status == PENDING and row.public != key.raw:
        detail["replaced_pending"] = InterviewerCard(
            minisign.PublicKey(row.key_id, row.public)
        ).fingerprint
        stored_senders.replace_key(session, key.key_id, key.raw)
        public = key.raw
    if row is not None and public != key.raw:
        raise SenderError(
            f"key id {key.key_id} is already known with a different public key; "
            "revoke it or ask the interviewer to make a new vault key"
        )
    if row is not None and row.status == REVOKED:
        raise SenderError(f"sender {key.key_id} was revoked; it stays revoked")
    if row is None:
        row = stored_senders.add(session, key.key_id, key.raw, KNOWN)
    else:
        row = stored_senders.set_status(session, key.key_id, KNOWN)
    audit.append(session, author, "sender_add", key.key_id, detail)
    return sender_info(row)


def _claimed_by_others(session: UnitOfWork, row: SenderKey) -> bool:
    """Whether a held bundle under this key id was signed by another key than the row's."""
    return any(public != row.public for public in held_bundles.signers(session, row.key_id))


def note_pending(session: UnitOfWork, key: minisign.PublicKey) -> SenderKey:
    return stored_senders.add(session, key.key_id, key.raw, PENDING)


def set_status(session: UnitOfWork, key_id: str, status: SenderStatus, author: str) -> SenderInfo:
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
    row = stored_senders.set_status(session, row.key_id, status)
    audit.append(session, author, f"sender_{status}", row.key_id, {})
    return sender_info(row)
