"""Adding many new testimonies in one unit of work (a JSON-lines add, a bulk import).

The same rows as `testimonies.add` one after another: the same stored bytes, summaries, audit
entries (one chain, in the order given), index entries and facets, and persons registry rows.
What differs is how they are written: each kind of row by one statement for a batch of
testimonies (the registry's too: `persons_registry.link_many`), the duplicate-id check by one
query per batch. Adding one at a time spent more time preparing and sending statements than
SQLite spent storing the rows (bench/README.md, bulk).

A batch is checked and stored before the next one is checked: with the checked copies of all
testimonies held, every statement was slower (1,000 checked first, then stored: 21 s; checked
and stored 500 at a time: 8.6 s). SQLCipher's memory security locks and unlocks the pages of
each of its allocations (mlock/munlock), and with the larger heap the kernel spent most of
that time splitting and merging the process's memory areas (perf). 2,000 testimonies took
17.7-19.6 s in batches of 200-500, 20.3 s in batches of 100 and 23.9 s in batches of 50.
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.domain.canonical import canonical_bytes
from app.domain.record import InvalidTestimony
from app.domain.vocabulary import VocabularySet
from app.storage import audit, persons_registry, search
from app.storage.clock import utc_now
from app.storage.models import AuditEntry, Testimony, TestimonyVersion, VaultMeta
from app.storage.testimonies import DuplicateTestimony, _checked, _summary

log = logging.getLogger(__name__)

# Testimonies checked, then written by one statement of each kind, before the next ones are
# checked (see above): bounds what is held at once and the statements' parameters.
BATCH = 200


@dataclass(frozen=True)
class Prepared:
    """A new testimony checked and ready to store: valid, with its id and canonical bytes."""

    id: str
    document: dict[str, Any]
    body: bytes


def prepare(doc: Any, vocab: VocabularySet) -> Prepared:
    """Validate a new testimony (InvalidTestimony if it is not) and compute its bytes once."""
    document = _checked(doc, vocab)
    testimony_id = str(document.get("id") or uuid.uuid4())
    document = {**document, "id": testimony_id}
    return Prepared(testimony_id, document, canonical_bytes(document))


def add_many(session: Session, docs: Sequence[Any], vocab: VocabularySet, author: str) -> list[str]:
    """Add new testimonies (version 1 each); returns their ids in the order given.

    Raises what `testimonies.add` raises for the first one refused, InvalidTestimony or
    DuplicateTestimony (an id the vault or an earlier one of them holds), with its `position`
    in `docs`. Earlier batches are then written in the caller's unit of work, which must roll
    back: it stores none of them."""
    ids: list[str] = []
    for start in range(0, len(docs), BATCH):
        batch = [
            _prepared(doc, vocab, start + offset)
            for offset, doc in enumerate(docs[start : start + BATCH])
        ]
        _refuse_duplicates(session, batch, start)
        _store(session, batch, vocab, author)
        ids.extend(record.id for record in batch)
    return ids


def _prepared(doc: Any, vocab: VocabularySet, position: int) -> Prepared:
    try:
        return prepare(doc, vocab)
    except InvalidTestimony as refused:
        refused.position = position
        raise


def _refuse_duplicates(session: Session, batch: Sequence[Prepared], first: int) -> None:
    """DuplicateTestimony for the first of `batch` (at `first` and on in the caller's list)
    whose id the vault, or one before it in the batch, holds. Earlier batches of the same
    add are in the vault already (same connection), so they are found there."""
    session.flush()
    ids = [record.id for record in batch]
    query = select(Testimony.id).where(Testimony.id.in_(ids))
    held = set(session.connection().execute(query).scalars())
    seen: set[str] = set()
    for offset, testimony_id in enumerate(ids):
        if testimony_id in held or testimony_id in seen:
            refused = DuplicateTestimony(f"a testimony with id {testimony_id} already exists")
            refused.position = first + offset
            raise refused
        seen.add(testimony_id)


def _store(session: Session, batch: Sequence[Prepared], vocab: VocabularySet, author: str) -> None:
    session.flush()  # the audit head below is read and written through the session
    conn = session.connection()
    testimonies: list[dict[str, Any]] = []
    versions: list[dict[str, Any]] = []
    details: list[tuple[str, str, str]] = []
    for record in batch:
        now = utc_now()
        digest = hashlib.sha256(record.body).hexdigest()
        testimonies.append(
            {
                "id": record.id,
                "current_version": 1,
                "created_at": now,
                "updated_at": now,
                "author_key": author,
                "deleted_at": None,
                **_summary(record.document),
            }
        )
        versions.append(
            {
                "testimony_id": record.id,
                "version": 1,
                "document": record.body,
                "sha256": digest,
                "saved_at": now,
                "author_key": author,
                "vocabulary_version": vocab.version,
            }
        )
        details.append((record.id, now, digest))
    conn.execute(insert(Testimony), testimonies)
    conn.execute(insert(TestimonyVersion), versions)
    _audit(session, author, details)
    search.index_new(session, [(record.id, record.document) for record in batch], vocab)
    linked = [(record.id, 1, record.document) for record in batch]
    persons_registry.link_many(session, linked, vocab.isans_categories)
    for record in batch:
        log.debug("testimony.saved id=%s version=%d", record.id, 1)


def _audit(session: Session, actor: str, created: Sequence[tuple[str, str, str]]) -> None:
    """The "create" entries of `audit.append`, one per (testimony id, time, sha256), chained
    in order from the vault's head and written by one statement; the head then moves once."""
    head = session.get(VaultMeta, audit.HEAD_KEY)
    seq, prev = (0, audit.GENESIS) if head is None else _parse_head(head.value)
    rows = []
    for subject, at, sha256 in created:
        seq += 1
        detail = json.dumps({"version": 1, "sha256": sha256}, sort_keys=True, separators=(",", ":"))
        digest = audit.entry_hash(prev, seq, at, actor, "create", subject, detail)
        rows.append(
            {
                "seq": seq,
                "at": at,
                "actor": actor,
                "action": "create",
                "subject": subject,
                "detail": detail,
                "prev_hash": prev,
                "entry_hash": digest,
            }
        )
        prev = digest
    if not rows:
        return
    session.connection().execute(insert(AuditEntry), rows)
    if head is None:
        session.add(VaultMeta(name=audit.HEAD_KEY, value=f"{seq}:{prev}"))
    else:
        head.value = f"{seq}:{prev}"


def _parse_head(value: str) -> tuple[int, str]:
    seq, _, digest = value.partition(":")
    return int(seq), digest
