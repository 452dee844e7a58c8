"""Full-text search and structured filters, entirely inside the encrypted database.

The FTS5 index is contentless: it holds tokens, not text. Each testimony contributes two
columns: `body`, its words folded (case, diacritics, ё/е, й/и, ў/у ...), and `keys`, the
cross-script phonetic keys of those words (app.domain.folding), so that "Babaryka" finds
"Бабарыка" and "Бабарико". Queries and results exist only in memory: temp_store is MEMORY on
every connection and nothing about a search is logged or saved.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, text
from sqlalchemy.orm import Session

from app.domain import folding, indexing, name_query
from app.domain.canonical import parse_strict
from app.domain.upgrade import upgrade
from app.domain.vocabulary import VocabularySet
from app.storage.models import (
    Attachment,
    SearchEntry,
    Testimony,
    TestimonyFacet,
    TestimonyVersion,
)

# The filters and the hit live in search_filters; callers import them from here too.
from app.storage.search_filters import DATE_FILTERS as DATE_FILTERS
from app.storage.search_filters import FACET_FILTERS as FACET_FILTERS
from app.storage.search_filters import FLAG_FILTERS as FLAG_FILTERS
from app.storage.search_filters import BadFilter as BadFilter
from app.storage.search_filters import Filters as Filters
from app.storage.search_filters import Hit as Hit
from app.storage.search_match import match_expression as match_expression
from app.storage.search_match import present_forms as present_forms

# Bump when folding or indexing rules change: the index is then rebuilt at unlock.
# 2: Polish / Łacinka orthography in folding (and the criterion facets of indexing).
# 3: testimony schema 2: records read through app.domain.upgrade; facets of its new elements.
# 4: pair tokens of the persons' names (app.domain.name_query.pair_keys) in `keys`.
INDEX_VERSION = "4"
INDEX_VERSION_KEY = "search_index_version"
# Merges every segment of the index, leaving out the entries of deleted rows (scrub_deleted).
SCRUB = text("INSERT INTO testimony_search (testimony_search) VALUES ('optimize')")
# vault_meta row: this vault's index holds no words of testimonies deleted before scrubbing.
SCRUBBED_KEY = "search_index_scrubbed"
# session.info key: the commit left deleted words in WAL frames; the vault checkpoints them away.
CHECKPOINT_AFTER_COMMIT = "checkpoint_after_commit"

# --- indexing --------------------------------------------------------------------------
_DELETE_ROW = text("DELETE FROM testimony_search WHERE rowid = :r")
_INSERT_ROW = text("INSERT INTO testimony_search (rowid, body, keys) VALUES (:r, :body, :keys)")
# A facet no filter names (FACET_FILTERS): the digest of what the testimony's index entry was
# written from. A save that changes no searchable word (a date, a code, a consent) then leaves
# the entry alone: rewriting it cost the folding of every word and a new FTS5 segment at commit.
ENTRY_DIGEST = "entry_sha256"
_GONE_FACET = delete(TestimonyFacet).where(
    TestimonyFacet.testimony_id == bindparam("t"),
    TestimonyFacet.facet == bindparam("f"),
    TestimonyFacet.value == bindparam("v"),
)


def index(
    session: Session,
    testimony_id: str,
    document: Mapping[str, Any],
    vocab: VocabularySet,
    *,
    new: bool = False,
) -> None:
    """(Re)write the index entry and facets of one testimony, inside the caller's unit of work.

    Only what changed is written: the entry when its words did (ENTRY_DIGEST), the facets that
    came or went. `new`: the testimony was inserted in this unit of work, so it has no index
    entry, facets or attachments yet (what `testimonies.add` knows); nothing is then looked up
    or deleted. The rows are written with Core statements on the session's connection:
    building ORM objects for them cost more than the SQL (bench/README.md, bulk).
    """
    session.flush()
    conn = session.connection()
    descriptions: Iterable[str] = ()
    stored: set[tuple[str, str]] = set()
    rowid = None
    if not new:
        descriptions = conn.execute(_DESCRIPTIONS, {"t": testimony_id}).scalars()
        rowid = conn.execute(_ROWID, {"t": testimony_id}).scalar()
        stored = {(facet, value) for facet, value in conn.execute(_FACETS, {"t": testimony_id})}
    searchable, wanted = indexing.searchable_and_facets(document, vocab, date.today(), descriptions)
    names = name_query.person_names(document)
    digest = _entry_digest(searchable, names)
    if rowid is None or (ENTRY_DIGEST, digest) not in stored:
        rowid = _write_entry(conn, testimony_id, rowid, searchable, names)
    wanted.add((ENTRY_DIGEST, digest))
    gone = [{"t": testimony_id, "f": f, "v": v} for f, v in sorted(stored - wanted)]
    if gone:
        conn.execute(_GONE_FACET, gone)
    added = [
        {"facet": facet, "value": value, "testimony_id": testimony_id}
        for facet, value in sorted(wanted - stored)
    ]
    if added:
        conn.execute(_INSERT_FACETS, added)


# What `index` reads of a stored testimony, built once: building the statements again at each
# save cost about as much as running them.
_DESCRIPTIONS = select(Attachment.description).where(Attachment.testimony_id == bindparam("t"))
_ROWID = select(SearchEntry.rowid).where(SearchEntry.testimony_id == bindparam("t"))
_FACETS = select(TestimonyFacet.facet, TestimonyFacet.value).where(
    TestimonyFacet.testimony_id == bindparam("t")
)
_INSERT_FACETS = insert(TestimonyFacet)
_NEW_ENTRY = insert(SearchEntry)


def index_new(
    session: Session, entries: Sequence[tuple[str, Mapping[str, Any]]], vocab: VocabularySet
) -> None:
    """`index(..., new=True)` of many testimonies inserted in this unit of work (a bulk add, an
    import): the same entries, rowids and facets, each kind of row written by one statement for
    all of them instead of three per testimony."""
    session.flush()
    for start in range(0, len(entries), _BATCH):
        _index_new(session.connection(), entries[start : start + _BATCH], vocab)


# Testimonies indexed by one statement of each kind: bounds the statements' parameters.
_BATCH = 500


def _index_new(
    conn: Connection, entries: Sequence[tuple[str, Mapping[str, Any]]], vocab: VocabularySet
) -> None:
    today = date.today()
    columns: list[tuple[str, str]] = []
    facet_rows: list[dict[str, str]] = []
    for testimony_id, document in entries:
        searchable, wanted = indexing.searchable_and_facets(document, vocab, today)
        names = name_query.person_names(document)
        columns.append(entry_columns(searchable, names))
        wanted.add((ENTRY_DIGEST, _entry_digest(searchable, names)))
        facet_rows.extend(
            {"facet": facet, "value": value, "testimony_id": testimony_id}
            for facet, value in sorted(wanted)
        )
    ids = [testimony_id for testimony_id, _ in entries]
    # In the order given, as one `index` after another would: each entry gets the next rowid.
    conn.execute(insert(SearchEntry), [{"testimony_id": testimony_id} for testimony_id in ids])
    query = select(SearchEntry.testimony_id, SearchEntry.rowid).where(
        SearchEntry.testimony_id.in_(ids)
    )
    rowids = {testimony_id: rowid for testimony_id, rowid in conn.execute(query)}
    conn.execute(
        _INSERT_ROW,
        [
            {"r": rowids[testimony_id], "body": body, "keys": keys}
            for testimony_id, (body, keys) in zip(ids, columns, strict=True)
        ],
    )
    conn.execute(insert(TestimonyFacet), facet_rows)


def _entry_digest(searchable: str, names: str) -> str:
    # The rules' version is part of it: a rebuild after they change rewrites every entry. The
    # passages are taken in sorted order: a document read from the vault lists its sections in
    # another order than the one first added (canonical JSON sorts keys), and the same words in
    # another order of passages find the same testimonies (only a phrase straddling two
    # unrelated passages could differ).
    passages = "\n".join(sorted(searchable.split("\n")))
    hashed = "\0".join((INDEX_VERSION, passages, names)).encode("utf-8", "surrogatepass")
    return hashlib.sha256(hashed).hexdigest()


def _write_entry(
    conn: Connection, testimony_id: str, rowid: int | None, searchable: str, names: str
) -> int:
    body, keys = entry_columns(searchable, names)
    if rowid is None:
        created = conn.execute(_NEW_ENTRY, {"testimony_id": testimony_id})
        rowid = int(created.lastrowid)
    else:
        conn.execute(_DELETE_ROW, {"r": rowid})
    conn.execute(_INSERT_ROW, {"r": rowid, "body": body, "keys": keys})
    return rowid


def entry_columns(searchable: str, names: str) -> tuple[str, str]:
    """The index entry's `body` and `keys` (what _write_entry and search_rebuild write)."""
    body, keys = folding.index_columns(searchable)
    # Neighbouring words of the persons' names, paired: the second tier of a search with a
    # given name asks the index for an equivalent beside a surname (app.storage.search_names).
    pairs = name_query.pair_keys(names)
    if pairs:
        keys = f"{keys} {' '.join(pairs)}"
    return body, keys


def unindex(session: Session, testimony_id: str) -> None:
    """Take a testimony out of search results. Its words stay in the index's data blocks
    until `scrub_deleted` rewrites them: a deleting caller must call it too."""
    entry = session.scalar(select(SearchEntry).where(SearchEntry.testimony_id == testimony_id))
    if entry is not None:
        session.connection().execute(
            text("DELETE FROM testimony_search WHERE rowid = :r"), {"r": entry.rowid}
        )
        session.delete(entry)
    session.execute(delete(TestimonyFacet).where(TestimonyFacet.testimony_id == testimony_id))


def scrub_deleted(session: Session) -> None:
    """Rewrite the index without the words of deleted testimonies, in the caller's transaction.

    The index is contentless with `contentless_delete=1`: a DELETE only adds a tombstone and the
    words stay in the data blocks until their segment is merged. FTS5's `secure-delete` option
    does not help such a table (measured with SQLite 3.53: DELETE still only writes a tombstone
    and the 'delete' command is refused). 'optimize' merges every segment into one and leaves
    tombstoned entries out; secure_delete=ON zeroes the pages the old segments held. Its cost
    grows with the whole index (about 3.5 s at 3,000 testimonies): call it once per unit of
    work, not once per testimony. The WAL still holds the old pages until a checkpoint: the
    session is marked for the vault to checkpoint after the commit.
    """
    session.connection().execute(SCRUB)
    session.info[CHECKPOINT_AFTER_COMMIT] = True


def scrub_deleted_once(connection: Connection) -> bool:
    """Scrub, once, a vault that deleted testimonies before deleting scrubbed the index.

    Plain SQL on a connection: it also runs before a migration's backup copy (so the copy holds
    no deleted words), on a schema that may be older than the models. True if it scrubbed.
    """
    has_index = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE name = 'testimony_search'")
    ).first()
    done = connection.execute(
        text("SELECT 1 FROM vault_meta WHERE name = :name"), {"name": SCRUBBED_KEY}
    ).first()
    if has_index is None or done is not None:
        return False
    deleted = connection.execute(
        text("SELECT 1 FROM testimony WHERE deleted_at IS NOT NULL LIMIT 1")
    ).first()
    if deleted is not None:
        connection.execute(SCRUB)
    connection.execute(
        text("INSERT INTO vault_meta (name, value) VALUES (:name, '1')"), {"name": SCRUBBED_KEY}
    )
    return deleted is not None


def reindex(session: Session, testimony_id: str, vocab: VocabularySet) -> None:
    """Rebuild one testimony's entry from its current version (e.g. after an attachment)."""
    row = session.get(Testimony, testimony_id)
    if row is None or row.deleted_at is not None:
        return
    stored = session.get(TestimonyVersion, (testimony_id, row.current_version))
    if stored is not None:
        index(session, testimony_id, upgrade(parse_strict(stored.document)), vocab)


# The querying side lives in search_query; callers reach it through this module.
from app.storage.search_query import NO_FILTERS as NO_FILTERS  # noqa: E402
from app.storage.search_query import search as search  # noqa: E402
