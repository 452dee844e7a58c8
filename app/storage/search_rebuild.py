"""Rebuilding the whole search index at once, when its rules changed (search.INDEX_VERSION).

Rewriting it testimony by testimony through `search.index` looked up and deleted each old entry
and read each record with two ORM lookups: 10,000 testimonies took about 1,150 s on a loaded
2-core machine. Here the old index goes in three statements, the records are read in batches
and every entry is written as new. It all runs in the caller's one transaction: a crash
half-way leaves the old index and the old version marker, and the next unlock starts again.

The old entries' words do not survive: 'delete-all' drops every data block of the FTS5 table
(a contentless one keeps no other copy) and secure_delete zeroes the pages they were on; the
session is marked for the vault to checkpoint the WAL, which still holds them, after the commit.
Merging the new segments is left to the idle upkeep (maintenance.merge_step): the crisis merge
bounds their number meanwhile.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text
from sqlalchemy.orm import Session

from app.domain import indexing, name_query
from app.domain.canonical import parse_strict
from app.domain.upgrade import upgrade
from app.domain.vocabulary import VocabularySet
from app.storage import search
from app.storage.models import Attachment, SearchEntry, Testimony, TestimonyFacet, TestimonyVersion

# progress(done, total): testimonies indexed so far, of how many. Called once with done=0
# before any work, so that a face can say why the unlock takes long.
Progress = Callable[[int, int], None]

# Records read per query: large enough that the query costs nothing per testimony, small
# enough that a 50k-testimony vault is never all in memory.
BATCH = 500
# How often progress is told (testimonies): often enough for a bar to move smoothly.
REPORT_EVERY = 50
_EMPTY_INDEX = text("INSERT INTO testimony_search (testimony_search) VALUES ('delete-all')")


def rebuild(session: Session, vocab: VocabularySet, progress: Progress | None = None) -> int:
    """Write the index anew for every testimony not deleted; returns how many."""
    conn = session.connection()
    ids = list(
        session.scalars(
            select(Testimony.id).where(Testimony.deleted_at.is_(None)).order_by(Testimony.id)
        )
    )
    total = len(ids)
    if progress is not None:
        progress(0, total)
    _empty(conn)
    # Every entry's rowid before any word: an insert that checks a foreign key opens a
    # statement savepoint, and FTS5 writes its pending words out as a new segment at each one
    # (one segment per testimony when the two alternated).
    conn.execute(
        insert(SearchEntry), [{"rowid": n, "testimony_id": t} for n, t in enumerate(ids, 1)]
    )
    rowids = {testimony_id: n for n, testimony_id in enumerate(ids, 1)}
    descriptions = _descriptions(conn)
    today = date.today()
    done = 0
    for batch in _batches(ids):
        entries: list[dict[str, object]] = []
        facets: list[dict[str, str]] = []
        for testimony_id, document in _current_documents(conn, batch):
            searchable = indexing.searchable_text(
                document, vocab, descriptions.get(testimony_id, ())
            )
            names = name_query.person_names(document)
            body, keys = search.entry_columns(searchable, names)
            entries.append({"r": rowids[testimony_id], "body": body, "keys": keys})
            wanted = indexing.facets(document, today)
            wanted.add((search.ENTRY_DIGEST, search._entry_digest(searchable, names)))
            facets += [
                {"facet": facet, "value": value, "testimony_id": testimony_id}
                for facet, value in sorted(wanted)
            ]
            done += 1
            if progress is not None and done % REPORT_EVERY == 0:
                progress(done, total)
        if entries:
            conn.execute(search._INSERT_ROW, entries)
        if facets:
            conn.execute(insert(TestimonyFacet), facets)
    if progress is not None and done % REPORT_EVERY:
        progress(done, total)
    session.info[search.CHECKPOINT_AFTER_COMMIT] = True
    return done


def _empty(conn: Connection) -> None:
    """The old index, its entries' rowids and every facet, in three statements."""
    conn.execute(_EMPTY_INDEX)
    conn.execute(delete(SearchEntry))
    conn.execute(delete(TestimonyFacet))


def _descriptions(conn: Connection) -> dict[str, list[str]]:
    """Each testimony's attachment descriptions, in the order `search.index` reads them."""
    found: dict[str, list[str]] = defaultdict(list)
    rows = conn.execute(
        select(Attachment.testimony_id, Attachment.description).order_by(
            Attachment.testimony_id, Attachment.sha256
        )
    )
    for testimony_id, description in rows:
        found[testimony_id].append(description)
    return found


def _batches(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def _current_documents(conn: Connection, ids: Sequence[str]) -> Iterator[tuple[str, Any]]:
    """(id, record upgraded to the current schema) of each testimony's current version."""
    rows = conn.execute(
        select(Testimony.id, TestimonyVersion.document)
        .join(
            TestimonyVersion,
            (TestimonyVersion.testimony_id == Testimony.id)
            & (TestimonyVersion.version == Testimony.current_version),
        )
        .where(Testimony.id.in_(ids))
    ).all()
    for testimony_id, stored in rows:
        yield testimony_id, upgrade(parse_strict(stored))
