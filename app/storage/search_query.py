"""Querying the full-text index: a page of hits, best first, with their filters and snippets.

The index itself (what a save writes) is app.storage.search; callers reach `search` through it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, and_, column, exists, func, select, table, text
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import ColumnElement

from app.domain import given_names as given_name_table
from app.domain import name_query
from app.domain.vocabulary import VocabularySet
from app.storage import figures, search_names
from app.storage.models import SearchEntry, Testimony, TestimonyFacet, live_row_by_row
from app.storage.search_filters import Filters, Hit
from app.storage.search_hits import HIT_COLUMNS, hit, with_snippets
from app.storage.search_match import Forms, match_expression, no_forms, present_forms

NO_FILTERS = Filters()

# The contentless index as a Core table, for the filtered query (see _ranked_rowids).
_INDEX = table("testimony_search", column("rowid", Integer))
# Words as written weigh twice the cross-script keys. Constant SQL: the user's words only
# ever reach FTS5 as the bound :match parameter.
_BM25 = text("bm25(testimony_search, 2.0, 1.0)")
RANKED_PAGE = text(
    "SELECT rowid FROM testimony_search WHERE testimony_search MATCH :match "
    "ORDER BY bm25(testimony_search, 2.0, 1.0) LIMIT :limit OFFSET :offset"
)


def _facet_conditions(
    testimony_id: InstrumentedAttribute[str], filters: Filters
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    for facet, value in filters.facets:
        if facet == "figure":  # about a person counted in it today (the persons registry)
            conditions.append(testimony_id.in_(figures.counted_testimonies(value)))
            continue
        conditions.append(
            testimony_id.in_(
                select(TestimonyFacet.testimony_id).where(
                    and_(TestimonyFacet.facet == facet, TestimonyFacet.value == value)
                )
            )
        )
    return conditions


def _date_conditions(filters: Filters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filters.date_from:
        conditions.append(Testimony.interview_date >= filters.date_from)
    if filters.date_to:
        # "to 2024-03" includes every day of March: compare on the prefix.
        conditions.append(
            func.substr(Testimony.interview_date, 1, len(filters.date_to)) <= filters.date_to
        )
    return conditions


def _conditions(filters: Filters) -> list[ColumnElement[bool]]:
    narrowing = [*_facet_conditions(Testimony.id, filters), *_date_conditions(filters)]
    # Unfiltered, a page walks the updated_at index and stops after it (live_row_by_row: the
    # first page at 100,000 took 0.4-1 s, now 1 ms). With a filter, SQLite's own choice was
    # as fast or faster at 100,000 (a flag every testimony has, a date range): kept.
    live = Testimony.deleted_at.is_(None) if narrowing else live_row_by_row()
    return [live, *narrowing]


def _allowed(filters: Filters) -> ColumnElement[bool]:
    """Whether the filters allow an index row: asked per full-text match, by the row's entry
    and facets' primary keys, so it costs what the matches cost; reading every allowed row
    first cost 130 ms for a flag every testimony has. A deleted testimony has neither an index
    entry nor facets (search.unindex), so only dates need the testimony table."""
    entry = select(SearchEntry.rowid).where(SearchEntry.rowid == _INDEX.c.rowid)
    for facet, value in filters.facets:
        if facet == "figure":  # about a person counted in it today (the persons registry)
            entry = entry.where(SearchEntry.testimony_id.in_(figures.counted_testimonies(value)))
            continue
        entry = entry.where(
            exists().where(
                TestimonyFacet.facet == facet,
                TestimonyFacet.value == value,
                TestimonyFacet.testimony_id == SearchEntry.testimony_id,
            )
        )
    dates = _date_conditions(filters)
    if dates:
        entry = entry.join(Testimony, Testimony.id == SearchEntry.testimony_id).where(*dates)
    return entry.exists()


def _ranked_rowids(
    session: Session, match: str, filters: Filters, limit: int, offset: int
) -> list[int]:
    """The page of index rowids, best first. FTS5 ranks and limits by itself (joining every
    match to the testimony table before sorting was measured 10x slower).  With filters, every
    match is checked (:func:`_allowed`) and only those allowed are ranked, in one statement."""
    if filters == NO_FILTERS:
        params = {"match": match, "limit": limit, "offset": offset}
        return list(session.scalars(RANKED_PAGE, params))
    ranked = (
        select(_INDEX.c.rowid)
        .where(text("testimony_search MATCH :match"), _allowed(filters))
        .order_by(_BM25)
        .limit(limit)
        .offset(offset)
    )
    return list(session.scalars(ranked, {"match": match}))


def _rowids(
    session: Session,
    vocab: VocabularySet,
    query: str,
    match: str,
    filters: Filters,
    limit: int,
    offset: int,
    forms: Forms,
) -> list[int]:
    """Exact-form matches first; below them, when the page is not full, the testimonies found
    only through a given name's equivalents (app.storage.search_names)."""
    rowids = _ranked_rowids(session, match, filters, limit, offset)
    if len(rowids) == limit:
        return rowids
    table = given_name_table.for_vocabulary(vocab)
    equivalent = search_names.equivalent_match(query, table, forms)
    if equivalent is None:
        return rowids
    # The first tier ran out on this page, so it is small and whole: left out here, in Python,
    # rather than by a NOT in the MATCH, which made FTS5 read its doclists again.
    first = rowids if not offset else _ranked_rowids(session, match, filters, offset + limit, 0)
    skip, wanted = max(0, offset - len(first)), limit - len(rowids)
    seen = set(first)
    found = _ranked_rowids(session, equivalent, filters, len(seen) + skip + wanted, 0)
    second = [rowid for rowid in found if rowid not in seen]
    return rowids + second[skip : skip + wanted]


def search(
    session: Session,
    vocab: VocabularySet,
    query: str,
    filters: Filters = NO_FILTERS,
    limit: int = 50,
    offset: int = 0,
    snippets: bool = True,
    given_names: bool = True,
    inflected: bool = True,
) -> list[Hit]:
    """A page of hits; ``given_names=False`` leaves out what only a given name's equivalents
    find, ``inflected=False`` the declined forms of a name (the references the tests and the
    bench measure them against)."""
    forms = present_forms(session) if inflected else no_forms
    match = match_expression(query, forms)
    if match is None:
        statement = (
            select(*HIT_COLUMNS)
            .where(*_conditions(filters))
            .order_by(Testimony.updated_at.desc(), Testimony.id)
        )
        rows: list[Any] = list(session.execute(statement.limit(limit).offset(offset)))
    else:
        # Plain columns, not ORM objects: building 50 mapped objects cost more than the
        # full-text query itself. No condition on deleted_at: a deleted testimony has no index
        # entry (search.unindex), and one made SQLite walk every live testimony (220 ms at 10k).
        if given_names:
            rowids = _rowids(session, vocab, query, match, filters, limit, offset, forms)
        else:
            rowids = _ranked_rowids(session, match, filters, limit, offset)
        found = {
            row.rowid: row
            for row in session.execute(
                select(SearchEntry.rowid, *HIT_COLUMNS)
                .join(Testimony, Testimony.id == SearchEntry.testimony_id)
                .where(SearchEntry.rowid.in_(rowids))
            )
        }
        rows = [found[rowid] for rowid in rowids if rowid in found]
    if not snippets:
        return [hit(row) for row in rows]
    also = name_query.whole_keys(query, given_name_table.for_vocabulary(vocab))
    return with_snippets(session, vocab, rows, query, also)
