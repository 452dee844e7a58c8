"""ORM tables of identities, trust, export state and import bookkeeping (migrations 0004-0006).

Everything here lives inside the SQLCipher database. Secrets (the organisation's age identity
and signing key) never leave it except through `sviedka org export-secret`.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base


class OrgIdentity(Base):
    """A coordinator vault's organisation: its X25519 (age) identity and signing key."""

    __tablename__ = "org_identity"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    age_identity: Mapped[str] = mapped_column(Text)
    recipient: Mapped[str] = mapped_column(Text)
    signing_secret: Mapped[bytes] = mapped_column(LargeBinary)
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(32))


class TrustedOrganisation(Base):
    """The organisation card pinned on an interviewer's vault: whom bundles are encrypted to."""

    __tablename__ = "trusted_organisation"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    recipients: Mapped[str] = mapped_column(Text)  # JSON list of age1... recipients
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    trusted_at: Mapped[str] = mapped_column(String(32))


class Sender(Base):
    """An interviewer key as the coordinator knows it.

    status: pending (seen only in quarantined bundles), known (added from a card), approved
    (a pending key a coordinator approved), revoked.
    """

    __tablename__ = "sender"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    public: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16))
    last_sequence: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[str] = mapped_column(String(32))


class ExportBundle(Base):
    """One bundle this vault wrote: its sequence number (counted per organisation, so sending
    to another organisation leaves no gap in this one's) and the audit head it sent."""

    __tablename__ = "export_bundle"
    organisation_key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    bundle_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[str] = mapped_column(String(32))
    audit_seq: Mapped[int] = mapped_column(Integer)
    manifest_sha256: Mapped[str | None] = mapped_column(String(64))  # what a receipt names
    confirmed_at: Mapped[str | None] = mapped_column(String(32))  # the organisation's receipt


# The bundles this vault wrote, as listed to the interviewer: oldest first.
EXPORT_ORDER = (ExportBundle.created_at, ExportBundle.sequence)


class ExportedVersion(Base):
    """The last version of each testimony that went into a bundle for an organisation."""

    __tablename__ = "exported_version"
    organisation_key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    testimony_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class ExportedAttachment(Base):
    __tablename__ = "exported_attachment"
    organisation_key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    attachment_id: Mapped[str] = mapped_column(String(32), primary_key=True)


class ImportedBundle(Base):
    __tablename__ = "imported_bundle"
    bundle_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sender_key_id: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[str] = mapped_column(String(32))
    reply_to: Mapped[str | None] = mapped_column(Text)  # the sender's age recipient for receipts


class QuarantinedBundle(Base):
    """A bundle held back, still age-encrypted, in `quarantine/<sha256>.age` of the vault."""

    __tablename__ = "quarantined_bundle"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    sender_key_id: Mapped[str] = mapped_column(String(16))
    bundle_id: Mapped[str] = mapped_column(String(32))
    sequence: Mapped[int] = mapped_column(Integer)  # 0 until its manifest was read
    reason: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    received_at: Mapped[str] = mapped_column(String(32))
    # The key that verified the bundle's signature. Two keys may claim one key id (minisign
    # key ids are chosen, not derived): each held bundle remembers its own signer, so a
    # stranger's bundle never decides which key an interviewer's card may pin.
    signer_public: Mapped[bytes | None] = mapped_column(LargeBinary)


class SenderOfTestimony(Base):
    """Which verified sender delivered a testimony first, and so may send its later versions
    and attachments (a coordinator may hand it over to another sender on purpose)."""

    __tablename__ = "testimony_sender"
    testimony_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender_key_id: Mapped[str] = mapped_column(String(16), index=True)
    bundle_id: Mapped[str] = mapped_column(String(32))
    since: Mapped[str] = mapped_column(String(32))


class OwnerConflict(Base):
    """A signed bundle that brought versions or attachments of another sender's testimony."""

    __tablename__ = "owner_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    testimony_id: Mapped[str] = mapped_column(String(36))
    owner_key_id: Mapped[str] = mapped_column(String(16))
    sender_key_id: Mapped[str] = mapped_column(String(16))
    bundle_id: Mapped[str] = mapped_column(String(32))
    detected_at: Mapped[str] = mapped_column(String(32))


class Equivocation(Base):
    """A signed bundle that gave a held (testimony, version) different content."""

    __tablename__ = "equivocation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    testimony_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    held_sha256: Mapped[str] = mapped_column(String(64))
    received_sha256: Mapped[str] = mapped_column(String(64))
    bundle_id: Mapped[str] = mapped_column(String(32))
    sender_key_id: Mapped[str] = mapped_column(String(16))
    detected_at: Mapped[str] = mapped_column(String(32))


class SenderAuditEntry(Base):
    """A sender's own audit trail entries, as received, hash chain checked on import."""

    __tablename__ = "sender_audit_entry"
    sender_key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    bundle_id: Mapped[str] = mapped_column(String(32))


class ReplyIdentity(Base):
    """An interviewer vault's X25519 (age) identity: receipts are encrypted to it, so a receipt
    found on a laptop or in a messenger reveals nothing, like a bundle."""

    __tablename__ = "reply_identity"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    age_identity: Mapped[str] = mapped_column(Text)
    recipient: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))


class ConfirmedVersion(Base):
    """The last version of each testimony the organisation confirmed holding (by receipt)."""

    __tablename__ = "confirmed_version"
    testimony_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class ConfirmedAttachment(Base):
    """An attachment content (by SHA-256) the organisation confirmed holding."""

    __tablename__ = "confirmed_attachment"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)


class SentNotice(Base):
    """The version at which the organisation was told that sharing with it ended."""

    __tablename__ = "sent_notice"
    organisation_key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    testimony_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class ConsentNotice(Base):
    """A sender's notice that a testimony may no longer be shared with the organisation
    (consent withdrawn or its scope narrowed). The content of that version never left the
    interviewer's vault; what the archive held before stays, for the coordinator to act on."""

    __tablename__ = "consent_notice"
    testimony_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sender_key_id: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[str] = mapped_column(String(32))
    received_at: Mapped[str] = mapped_column(String(32))
