"""Rebuilding the whole search index at once, when its rules changed (search.INDEX_VERSION).

Rewriting it testimony by testimony through `search.index` looked up and deleted each old entry
and read each record with two ORM lookups (10,000 testimonies: 135 s at load ~2, this path
117 s; ~1,150 s was seen at load 8). Most of what is left is folding the words in Python.
Here the old index goes in one statement ('delete-all'), only the facets that
changed are rewritten, each testimony keeps its entry's rowid, records and facets are read 500
to a query, and everything is written by executemany, with no lookup or delete per testimony.
It all runs in the caller's one transaction: a crash half-way leaves the old index and the
old version marker, and the next unlock starts again.

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

from sqlalchemy import Connection, delete, func, insert, select, text
from sqlalchemy.orm import Session

from app.domain import indexing, name_query
from app.domain.canonical import parse_strict
from app.domain.upgrade import upgrade
from app.domain.vocabulary import VocabularySet
from app.storage import search
from app.storage.models import (
    Attachment,
    SearchEntry,
    Testimony,
    TestimonyFacet,
    TestimonyVersion,
    VaultMeta,
)

# progress(done, total): testimonies indexed so far, of how many. Called once with done=0
# before any work, so that a face can say why the unlock takes long.
Progress = Callable[[int, int], None]

# Records read per query: large enough that the query costs nothing per testimony, small
# enough that a 50k-testimony vault is never all in memory.
BATCH = 500
# How often progress is told (testimonies): often enough for a bar to move smoothly.
REPORT_EVERY = 50
_EMPTY_INDEX = text("INSERT INTO testimony_search (testimony_search) VALUES ('delete-all')")


def rebuild_if_stale(
    session: Session,
    vocab: VocabularySet,
    progress: Progress | None = None,
) -> int:
    """Rebuild the whole index when the indexing rules changed; returns testimonies indexed.
    `progress(done, total)` is told before the first and as the work goes."""
    marker = session.get(VaultMeta, search.INDEX_VERSION_KEY)
    if marker is not None and marker.value == search.INDEX_VERSION:
        return 0
    count = rebuild(session, vocab, progress)
    if marker is None:
        session.add(VaultMeta(name=search.INDEX_VERSION_KEY, value=search.INDEX_VERSION))
    else:
        marker.value = search.INDEX_VERSION
    return count


def rebuild(session: Session, vocab: VocabularySet, progress: Progress | None = None) -> int:
    """Write the index anew for every testimony not deleted; returns how many."""
    conn = session.connection()
    rowids = _entry_rowids(conn)
    ids = sorted(rowids, key=rowids.__getitem__)  # as before: equal ranks keep their order
    total = len(ids)
    if not total:
        progress = None  # nothing worth a word to the user
    if progress is not None:
        progress(0, total)
    conn.execute(_EMPTY_INDEX)
    descriptions = _descriptions(conn)
    today = date.today()
    done = 0
    for batch in _batches(ids):
        entries: list[dict[str, object]] = []
        facets: list[dict[str, str]] = []
        gone: list[dict[str, str]] = []
        stored = _stored_facets(conn, batch)
        for testimony_id, document in _current_documents(conn, batch):
            searchable, wanted = indexing.searchable_and_facets(
                document, vocab, today, descriptions.get(testimony_id, ())
            )
            names = name_query.person_names(document)
            body, keys = search.entry_columns(searchable, names)
            entries.append({"r": rowids[testimony_id], "body": body, "keys": keys})
            wanted.add((search.ENTRY_DIGEST, search._entry_digest(searchable, names)))
            # Only the facets that changed: most rules changes leave nearly all of them (a
            # rewrite of every facet, 50 a testimony, made the rebuild 1.5x slower at 10k).
            had = stored.get(testimony_id, set())
            gone += [{"t": testimony_id, "f": f, "v": v} for f, v in sorted(had - wanted)]
            facets += [
                {"facet": facet, "value": value, "testimony_id": testimony_id}
                for facet, value in sorted(wanted - had)
            ]
            done += 1
            if progress is not None and done % REPORT_EVERY == 0:
                progress(done, total)
        if entries:
            conn.execute(search._INSERT_ROW, entries)
        if gone:
            conn.execute(search._GONE_FACET, gone)
        if facets:
            conn.execute(insert(TestimonyFacet), facets)
    if progress is not None and done % REPORT_EVERY:
        progress(done, total)
    session.info[search.CHECKPOINT_AFTER_COMMIT] = True
    return done


def _entry_rowids(conn: Connection) -> dict[str, int]:
    """Each testimony not deleted -> the rowid of its index entry, kept from the old index (so
    that testimonies ranked equal come in the same order as before); one statement gives the
    testimonies without an entry theirs, and one removes the entries of deleted ones."""
    live = select(Testimony.id).where(Testimony.deleted_at.is_(None))
    conn.execute(delete(SearchEntry).where(SearchEntry.testimony_id.not_in(live)))
    rowids = {t: r for t, r in conn.execute(select(SearchEntry.testimony_id, SearchEntry.rowid))}
    missing = [t for t in conn.execute(live.order_by(Testimony.id)).scalars() if t not in rowids]
    if missing:
        first = (conn.execute(select(func.max(SearchEntry.rowid))).scalar() or 0) + 1
        new = {testimony_id: first + n for n, testimony_id in enumerate(missing)}
        conn.execute(insert(SearchEntry), [{"rowid": r, "testimony_id": t} for t, r in new.items()])
        rowids.update(new)
    return rowids


def _stored_facets(conn: Connection, ids: Sequence[str]) -> dict[str, set[tuple[str, str]]]:
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    rows = conn.execute(
        select(TestimonyFacet.testimony_id, TestimonyFacet.facet, TestimonyFacet.value).where(
            TestimonyFacet.testimony_id.in_(ids)
        )
    )
    for testimony_id, facet, value in rows:
        found[testimony_id].add((facet, value))
    return found


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
