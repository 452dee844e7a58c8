"""A search hit as the list shows it: the testimony's columns and, for a query, the passage
around the first words found with those words marked. Built in memory from the vault's own
rows; nothing of it is written anywhere."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import indexing, snippets
from app.domain.upgrade import upgrade
from app.domain.vocabulary import VocabularySet
from app.storage.models import Attachment, Testimony, TestimonyVersion
from app.storage.search_filters import Hit

# The testimony's columns a hit shows, read as plain rows (see search.search).
HIT_COLUMNS = (
    Testimony.id,
    Testimony.current_version,
    Testimony.display_name,
    Testimony.interview_date,
    Testimony.flags,
    Testimony.status,
)


def hit(
    session: Session,
    vocab: VocabularySet,
    row: Any,
    query: str,
    also: Mapping[str, frozenset[str]] | None = None,
    matcher: snippets.Matcher | None = None,
) -> Hit:
    """``also``: what the search found for a query word as whole words
    (app.domain.name_query.whole_keys), to be marked in the snippet too; ``matcher``: the
    search's own (app.domain.snippets.Matcher), shared by its hits."""
    snippet, highlights = "", list[str]()
    if query.strip():
        stored = session.get(TestimonyVersion, (row.id, row.current_version))
        if stored is not None:
            # The vault's own canonical bytes: plain json is enough (and 5x faster). Read in
            # the current schema, as the index was: a schema-1 record's words where it has them.
            document = upgrade(json.loads(stored.document))
            passage = passage_of(session, row.id, document, vocab)
            snippet, highlights = snippets.snippet(passage, query, also, matcher)
    return Hit(
        id=row.id,
        version=row.current_version,
        display_name=row.display_name,
        interview_date=row.interview_date,
        flags=tuple(flag for flag in row.flags.split(",") if flag),
        status=row.status,
        snippet=snippet,
        highlights=tuple(highlights),
    )


def passage_of(
    session: Session, testimony_id: str, document: Mapping[str, Any], vocab: VocabularySet
) -> str:
    descriptions = session.scalars(
        select(Attachment.description).where(Attachment.testimony_id == testimony_id)
    )
    return indexing.searchable_text(document, vocab, descriptions)
