"""The vocabularies a vault uses: the shipped set plus the organisation's local terms."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.shipped_vocabularies import load_shipped
from app.domain.vocabulary import LocalTerm, VocabularySet
from app.storage import audit
from app.storage.clock import utc_now
from app.storage.models import LocalTerm as LocalTermRow


def local_terms(session: Session) -> list[LocalTerm]:
    rows = session.scalars(
        select(LocalTermRow).order_by(LocalTermRow.vocabulary, LocalTermRow.code)
    )
    return [
        LocalTerm(
            vocabulary=row.vocabulary,
            code=row.code,
            en=row.en,
            ru=row.ru,
            be=row.be,
            description=row.description,
        )
        for row in rows
    ]


def vault_vocabulary(session: Session) -> VocabularySet:
    return load_shipped().with_local_terms(local_terms(session))


def add_local_term(session: Session, term: LocalTerm, author: str) -> VocabularySet:
    """Add a term; raises ValueError (from the domain) on an unknown vocabulary or a clash."""
    updated = vault_vocabulary(session).with_local_terms([term])
    session.add(
        LocalTermRow(
            vocabulary=term.vocabulary,
            code=term.code,
            en=term.en,
            ru=term.ru,
            be=term.be,
            description=term.description,
            added_at=utc_now(),
        )
    )
    audit.append(
        session,
        author,
        "add_term",
        f"{term.vocabulary}/{term.code}",
        {"vocabulary_version": updated.version},
    )
    return updated
