"""A search hit as the list shows it: the testimony's columns and, for a query, the passage
around the first words found with those words marked. Built in memory from the vault's own
rows; nothing of it is written anywhere."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import and_, select
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


def hit(row: Any, snippet: str = "", highlights: Sequence[str] = ()) -> Hit:
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


def with_snippets(
    session: Session,
    vocab: VocabularySet,
    rows: Sequence[Any],
    query: str,
    also: Mapping[str, frozenset[str]] | None = None,
) -> list[Hit]:
    """The hits of ``rows`` with the passage where ``query`` was found. ``also``: what the
    search found for a query word as whole words (app.domain.name_query.whole_keys), to be
    marked too. The page's current records and attachment descriptions are read by two
    statements, not two per hit (one ORM object per record was a third of a page's time)."""
    if not query.strip():
        return [hit(row) for row in rows]
    ids = [row.id for row in rows]
    current = (
        select(TestimonyVersion.testimony_id, TestimonyVersion.document)
        .join(
            Testimony,
            and_(
                Testimony.id == TestimonyVersion.testimony_id,
                Testimony.current_version == TestimonyVersion.version,
            ),
        )
        .where(TestimonyVersion.testimony_id.in_(ids))
    )
    documents = {testimony_id: stored for testimony_id, stored in session.execute(current)}
    descriptions: dict[str, list[str]] = defaultdict(list)
    for testimony_id, description in session.execute(
        select(Attachment.testimony_id, Attachment.description).where(
            Attachment.testimony_id.in_(ids)
        )
    ):
        descriptions[testimony_id].append(description)
    matcher = snippets.Matcher(query, also)
    hits = []
    for row in rows:
        stored = documents.get(row.id)
        if stored is None:
            hits.append(hit(row))
            continue
        # The vault's own canonical bytes: plain json is enough (and 5x faster). Read in the
        # current schema, as the index was: a schema-1 record's words where it has them.
        document = upgrade(json.loads(stored))
        passage = indexing.searchable_text(document, vocab, descriptions.get(row.id, ()))
        hits.append(hit(row, *snippets.snippet(passage, query, also, matcher)))
    return hits
