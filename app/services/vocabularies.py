"""An organisation's own terms, added to a controlled vocabulary without a code change."""

from __future__ import annotations

from app.domain.vocabulary import LocalTerm, VocabularySet
from app.services.workspace import Workspace
from app.storage.vocabularies import add_local_term


def add_term(workspace: Workspace, term: LocalTerm) -> VocabularySet:
    """Store `term` (recorded in the change log); returns the vocabulary as it is now."""
    with workspace.vault.transaction() as session:
        return add_local_term(session, term, workspace.key_id)
