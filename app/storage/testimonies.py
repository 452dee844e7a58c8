"""Storing testimonies: each function takes its session and does one part of a unit of work.

A testimony is kept as canonical JSON, one row per version. Saving validates first, so
nothing invalid is ever written; a changed document becomes a new version, the old versions
stay as they were. Every write appends to the audit trail in the same transaction.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import bindparam, func, insert, inspect, select
from sqlalchemy import delete as sa_delete
from sqlalchemy import update as sa_update
from sqlalchemy.orm import Session

from app.domain import facts
from app.domain.canonical import canonical_bytes, parse_strict
from app.domain.record import strip_provenance, validate_testimony
from app.domain.upgrade import upgrade
from app.domain.vocabulary import VocabularySet
from app.storage import audit, persons_registry, search, testimony_versions
from app.storage.clock import utc_now
from app.storage.errors import NotFound
from app.storage.models import Attachment, Draft, Testimony, TestimonyVersion, live_row_by_row

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Provenance:
    id: str
    version: int
    created_at: str
    updated_at: str
    saved_at: str
    author_key: str
    vocabulary_version: str
    sha256: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "saved_at": self.saved_at,
            "author_key": self.author_key,
            "vocabulary_version": self.vocabulary_version,
            "sha256": self.sha256,
        }


@dataclass(frozen=True)
class StoredTestimony:
    document: dict[str, Any]
    provenance: Provenance

    def with_provenance(self) -> dict[str, Any]:
        """The JSON the user added, plus the vault's provenance (output only)."""
        return {**self.document, "provenance": self.provenance.as_json()}


@dataclass(frozen=True)
class TestimonySummary:
    id: str
    version: int
    display_name: str
    interview_date: str
    status: str
    flags: tuple[str, ...]
    created_at: str
    updated_at: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "name": self.display_name,
            "interview_date": self.interview_date,
            "status": self.status,
            "flags": list(self.flags),
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


@dataclass(frozen=True)
class VersionInfo:
    version: int
    saved_at: str
    author_key: str
    sha256: str
    vocabulary_version: str


class DuplicateTestimony(ValueError):
    position: int | None = None  # which one of a batch (testimony_batches)


def _checked(doc: Any, vocab: VocabularySet) -> Any:
    # A document in an older schema (an old export edited by hand) is saved in the current one.
    # A current one is the caller's, shallow-copied (upgrade copies nothing): only read below.
    document = upgrade(strip_provenance(doc)) if isinstance(doc, dict) else doc
    validate_testimony(document, vocab)
    return document


def _summary(document: dict[str, Any]) -> dict[str, str]:
    """The list columns of a testimony row: name, interview date, status, flags, facts_until."""
    today = date.today()
    until = facts.facts_valid_until(document, today)
    return {
        "display_name": facts.display_name(document),
        "interview_date": facts.interview_date(document) or "",
        "status": str(document.get("status", "")),
        "flags": ",".join(sorted(facts.flags(document, today))),
        "facts_until": until.isoformat() if until else "",
    }


# A save's new version and summaries in one statement (the columns of _summary).
_SUMMARY_COLUMNS = ("display_name", "interview_date", "status", "flags", "facts_until")
_RESUMMARISE = (
    sa_update(Testimony)
    .where(Testimony.id == bindparam("saved_id"))
    .values(
        {
            column: bindparam(column)
            for column in (*_SUMMARY_COLUMNS, "current_version", "updated_at")
        }
    )
)


def _summarise(row: Testimony, document: dict[str, Any]) -> None:
    for column, value in _summary(document).items():
        setattr(row, column, value)


def add(session: Session, doc: Any, vocab: VocabularySet, author: str) -> str:
    """Add a new testimony (version 1); returns its id. The id in the document is kept."""
    document = _checked(doc, vocab)
    testimony_id = str(document.get("id") or uuid.uuid4())
    document = {**document, "id": testimony_id}
    body = canonical_bytes(document)
    if session.get(Testimony, testimony_id) is not None:
        raise DuplicateTestimony(f"a testimony with id {testimony_id} already exists")
    now = utc_now()
    # Core inserts on the session's connection: the rows of a new testimony need no ORM
    # bookkeeping, and a bulk add spent more time building and flushing objects than writing.
    session.connection().execute(
        insert(Testimony),
        {
            "id": testimony_id,
            "current_version": 1,
            "created_at": now,
            "updated_at": now,
            "author_key": author,
            "deleted_at": None,
            **_summary(document),
        },
    )
    testimony_versions.add(session, testimony_id, 1, body, now, author, vocab.version, "create")
    search.index(session, testimony_id, document, vocab, new=True)
    persons_registry.link(session, testimony_id, 1, document, vocab.isans_categories)
    log.debug("testimony.saved id=%s version=%d", testimony_id, 1)
    return testimony_id


def update(session: Session, testimony_id: str, doc: Any, vocab: VocabularySet, author: str) -> int:
    """Save a changed testimony as a new version; returns the version now current.

    An unchanged document (same canonical bytes) creates no version.
    """
    return update_if_changed(session, testimony_id, doc, vocab, author)[0]


def update_if_changed(
    session: Session, testimony_id: str, doc: Any, vocab: VocabularySet, author: str
) -> tuple[int, bool]:
    """`update`, also saying whether it stored a new version (what the editor tells the user)."""
    # Core statements on the session's connection, as `add`: the ORM's get of the row and its
    # flush cost a save more than the SQL. Whatever the ORM has pending is written first.
    session.flush()
    conn = session.connection()
    state = testimony_versions.stored(conn, testimony_id)
    if state is None or state.deleted_at is not None:
        raise NotFound(f"no testimony with id {testimony_id}")
    document = _checked(doc, vocab)
    claimed = document.get("id", testimony_id)
    document = {**document, "id": testimony_id}
    # Before the id check, as before: a value canonical JSON refuses is reported first.
    body = canonical_bytes(document)
    if str(claimed) != testimony_id:
        raise ValueError("id: the file describes another testimony than the one being edited")
    if testimony_versions.unchanged(state.document, body, document):
        return int(state.current_version), False
    version = int(state.current_version) + 1
    now = utc_now()
    conn.execute(
        _RESUMMARISE,
        {
            "saved_id": testimony_id,
            "current_version": version,
            "updated_at": now,
            **_summary(document),
        },
    )
    loaded = session.identity_map.get(
        inspect(Testimony).identity_key_from_primary_key((testimony_id,))
    )
    if loaded is not None:
        session.expire(loaded)  # read before the save in this unit of work: read it again
    testimony_versions.add(
        session, testimony_id, version, body, now, author, vocab.version, "update"
    )
    search.index(session, testimony_id, document, vocab)
    persons_registry.link(session, testimony_id, version, document, vocab.isans_categories)
    log.debug("testimony.saved id=%s version=%d", testimony_id, version)
    return version, True


def _live(session: Session, testimony_id: str) -> Testimony:
    row = session.get(Testimony, testimony_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"no testimony with id {testimony_id}")
    return row


def get(session: Session, testimony_id: str, version: int | None = None) -> StoredTestimony:
    row = _live(session, testimony_id)
    wanted = version or row.current_version
    stored = session.get(TestimonyVersion, (testimony_id, wanted))
    if stored is None:
        raise NotFound(f"testimony {testimony_id} has no version {wanted}")
    provenance = Provenance(
        id=testimony_id,
        version=stored.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        saved_at=stored.saved_at,
        author_key=stored.author_key,
        vocabulary_version=stored.vocabulary_version,
        sha256=stored.sha256,
    )
    # Read in the current schema; the stored bytes (and the sha256 above) stay as saved.
    return StoredTestimony(document=upgrade(parse_strict(stored.document)), provenance=provenance)


# Orders a list can be sorted by: name -> column. Each has an index or is cheap enough.
SORT_COLUMNS = {
    "updated": Testimony.updated_at,
    "interview_date": Testimony.interview_date,
    "name": Testimony.display_name,
    "status": Testimony.status,
}


def summaries(
    session: Session,
    offset: int = 0,
    limit: int | None = None,
    order: str = "updated",
    descending: bool = True,
) -> list[TestimonySummary]:
    """One page of the live testimonies, for lists that fetch lazily."""
    column = SORT_COLUMNS[order]
    rows = session.scalars(
        select(Testimony)
        .where(live_row_by_row())  # the page through the sort column's index: see there
        .order_by(column.desc() if descending else column.asc(), Testimony.id)
        .offset(offset)
        .limit(limit)
    )
    return [
        TestimonySummary(
            id=row.id,
            version=row.current_version,
            display_name=row.display_name,
            interview_date=row.interview_date,
            status=row.status,
            flags=tuple(flag for flag in row.flags.split(",") if flag),
            created_at=row.created_at,
            updated_at=row.updated_at,
        )
        for row in rows
    ]


def count(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(Testimony).where(Testimony.deleted_at.is_(None))
        )
        or 0
    )


def history(session: Session, testimony_id: str) -> list[VersionInfo]:
    _live(session, testimony_id)
    rows = session.scalars(
        select(TestimonyVersion)
        .where(TestimonyVersion.testimony_id == testimony_id)
        .order_by(TestimonyVersion.version)
    )
    return [
        VersionInfo(r.version, r.saved_at, r.author_key, r.sha256, r.vocabulary_version)
        for r in rows
    ]


def refresh_aged_facts(session: Session, vocab: VocabularySet) -> int:
    """Recompute the list flags and search facets that time alone changed (someone turned 60
    since they were computed); returns how many testimonies were refreshed."""
    today = date.today().isoformat()
    # Found through the facts_until index: the few testimonies due by today. With
    # "deleted_at IS NULL" in the query SQLite walked the index of live testimonies instead,
    # reading every row at every unlock (~150 ms at 100,000). A tombstone keeps no facts
    # (facts_until ""), so it is never due; one is skipped here all the same.
    found = session.scalars(
        select(Testimony).where(Testimony.facts_until > "", Testimony.facts_until <= today)
    ).all()
    due = [row for row in found if row.deleted_at is None]
    for row in due:
        stored = session.get(TestimonyVersion, (row.id, row.current_version))
        if stored is None:
            continue
        document = upgrade(parse_strict(stored.document))
        _summarise(row, document)
        search.index(session, row.id, document, vocab)
    return len(due)


def delete(session: Session, testimony_id: str, author: str) -> None:
    """Delete one testimony for good (see delete_many)."""
    delete_many(session, [testimony_id], author)


def delete_many(session: Session, ids: Iterable[str], author: str) -> None:
    """Delete testimonies for good, keeping a tombstone of each: their versions, summaries,
    facets, drafts and attachment keys are removed (overwritten on disk: secure_delete), then
    the search index is rewritten once without their words."""
    deleted = 0
    for testimony_id in ids:
        _delete_one(session, testimony_id, author)
        deleted += 1
    if deleted:
        search.scrub_deleted(session)


def _delete_one(session: Session, testimony_id: str, author: str) -> None:
    row = _live(session, testimony_id)
    for stored in session.scalars(
        select(TestimonyVersion).where(TestimonyVersion.testimony_id == testimony_id)
    ):
        session.delete(stored)
    now = utc_now()
    row.deleted_at = now
    row.updated_at = now
    row.display_name = ""
    row.flags = ""
    row.facts_until = ""
    row.status = ""
    row.interview_date = ""
    search.unindex(session, testimony_id)
    persons_registry.unlink(session, testimony_id)
    # The editor's autosaved work on it holds the same words: nobody may resume it now.
    session.execute(sa_delete(Draft).where(Draft.testimony_id == testimony_id))
    # The attachment rows hold each file's only key: deleting them (overwritten on disk)
    # makes the encrypted files undecryptable at once; collect_garbage removes the files.
    attachments = len(
        session.scalars(select(Attachment.id).where(Attachment.testimony_id == testimony_id)).all()
    )
    session.execute(sa_delete(Attachment).where(Attachment.testimony_id == testimony_id))
    audit.append(
        session,
        author,
        "delete",
        testimony_id,
        {"versions": row.current_version, "attachments": attachments},
    )
