"""Storing what a bundle brought: testimony versions and attachments exactly as received.

Unlike `testimonies.add/update`, nothing is re-stamped: id, version numbers, saved_at, author
key, vocabulary version, content hash, and the testimony's created/updated times are the
sender's, so the coordinator's `show --json` equals the interviewer's. Each version appends an
"import" audit entry (version and sha256, as audit.verify expects, plus the bundle id).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.domain.upgrade import upgrade
from app.domain.vocabulary import VocabularySet
from app.storage import audit, search
from app.storage.clock import utc_now
from app.storage.errors import VaultError
from app.storage.models import Attachment, Testimony, TestimonyVersion
from app.storage.sync_models import SenderOfTestimony
from app.storage.testimonies import Provenance, _summarise, _summary

NEW, DUPLICATE, EQUIVOCATION = "new", "duplicate", "equivocation"


class ImportConflict(VaultError):
    """What a bundle brings cannot be stored beside what the archive holds."""


def held_sha256(session: Session, testimony_id: str, version: int) -> str | None:
    row = session.get(TestimonyVersion, (testimony_id, version))
    return None if row is None else row.sha256


def owner(session: Session, testimony_id: str, archive_key: str) -> str | None:
    """The key id that may send versions of a testimony: the sender that delivered it first
    (or was handed it), `archive_key` for one written in this vault, None for one unknown."""
    row = session.get(SenderOfTestimony, testimony_id)
    if row is not None:
        return row.sender_key_id
    return archive_key if session.get(Testimony, testimony_id) is not None else None


def hand_over(session: Session, testimony_id: str, sender: str, bundle_id: str, actor: str) -> None:
    """A coordinator's decision: from now on `sender` may send this testimony's versions."""
    row = session.get(SenderOfTestimony, testimony_id)
    before = row.sender_key_id if row is not None else actor
    if row is None:
        row = SenderOfTestimony(testimony_id=testimony_id)
        session.add(row)
    row.sender_key_id, row.bundle_id, row.since = sender, bundle_id, utc_now()
    detail = {"from": before, "to": sender, "bundle": bundle_id}
    audit.append(session, actor, "hand_over", testimony_id, detail)


@dataclass
class ToIndex:
    """The testimonies a bundle brought current versions of, indexed once at the end of the
    import (`index_received`) rather than at every version: each with its latest version read,
    and those new to the archive all together (search.index_new)."""

    new: dict[str, dict[str, Any]] = field(default_factory=dict)
    changed: dict[str, dict[str, Any]] = field(default_factory=dict)


def receive_version(
    session: Session,
    provenance: Provenance,
    body: bytes,
    document: dict[str, Any],
    vocab: VocabularySet,
    actor: str,
    bundle: tuple[str, str],
    to_index: ToIndex | None = None,
    unknown: bool = False,
) -> str:
    """Store one version as received: NEW, or DUPLICATE / EQUIVOCATION (nothing written).

    `bundle` is (its id, its verified sender): a testimony new to the archive becomes that
    sender's. The caller has checked that the sender may send this testimony. With `to_index`
    the index is written by `index_received` later in the same unit of work; without, now.
    `unknown`: the caller knows the archive holds nothing of this testimony (it asked for
    all of a bundle's at once), so neither a held version nor its row is looked up."""
    bundle_id, sender = bundle
    held = None if unknown else held_sha256(session, provenance.id, provenance.version)
    if held is not None:
        return DUPLICATE if held == provenance.sha256 else EQUIVOCATION
    row = None if unknown else session.get(Testimony, provenance.id)
    if row is not None and row.deleted_at is not None:
        raise ImportConflict(f"testimony {provenance.id} was deleted in this archive")
    # Stored as received (body); listed and indexed as read in the current schema.
    readable = upgrade(document)
    current = row is None or provenance.version > row.current_version
    conn = session.connection()
    if row is None:
        # Core inserts, as testimonies.add: a new testimony's rows need no ORM bookkeeping.
        conn.execute(insert(Testimony), {
            "id": provenance.id, "current_version": provenance.version,
            "created_at": provenance.created_at, "updated_at": provenance.updated_at,
            "author_key": provenance.author_key, "deleted_at": None, **_summary(readable),
        })  # fmt: skip
        conn.execute(insert(SenderOfTestimony), {
            "testimony_id": provenance.id, "sender_key_id": sender, "bundle_id": bundle_id,
            "since": utc_now(),
        })  # fmt: skip
    elif current:
        row.current_version = provenance.version
        row.created_at = provenance.created_at
        row.updated_at = provenance.updated_at
        _summarise(row, readable)
    conn.execute(insert(TestimonyVersion), {
        "testimony_id": provenance.id, "version": provenance.version, "document": body,
        "sha256": provenance.sha256, "saved_at": provenance.saved_at,
        "author_key": provenance.author_key,
        "vocabulary_version": provenance.vocabulary_version,
    })  # fmt: skip
    detail = {"version": provenance.version, "sha256": provenance.sha256, "bundle": bundle_id}
    audit.append(session, actor, "import", provenance.id, detail)
    if not current:
        return NEW  # an older version than the one held: stored, neither listed nor indexed
    if to_index is None:
        search.index(session, provenance.id, readable, vocab, new=row is None)
    elif row is None or provenance.id in to_index.new:
        to_index.new[provenance.id] = readable  # (a later version of one new to the archive)
    else:
        to_index.changed[provenance.id] = readable
    return NEW


def index_received(session: Session, to_index: ToIndex, vocab: VocabularySet) -> None:
    """Write the index entries of what `receive_version` left `to_index`."""
    search.index_new(session, list(to_index.new.items()), vocab)
    for testimony_id, readable in to_index.changed.items():
        search.index(session, testimony_id, readable, vocab)
    to_index.new.clear()
    to_index.changed.clear()


def holds_attachment(session: Session, testimony_id: str, sha256: str) -> bool:
    query = select(Attachment.id).where(
        Attachment.testimony_id == testimony_id, Attachment.sha256 == sha256
    )
    return session.scalar(query) is not None


def receive_attachment(session: Session, row: Attachment, actor: str, bundle_id: str) -> None:
    """Record an attachment whose blob was already received (attachment_streams.receive)."""
    testimony = session.get(Testimony, row.testimony_id)
    if testimony is None or testimony.deleted_at is not None:
        raise ImportConflict(
            f"an attachment belongs to testimony {row.testimony_id}, which this archive "
            "does not hold"
        )
    session.add(row)
    detail = {"attachment": row.id, "sha256": row.sha256, "size": row.size, "bundle": bundle_id}
    audit.append(session, actor, "attach", row.testimony_id, detail)
