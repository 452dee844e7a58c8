"""A vault's search index as plain rows, to compare two vaults' indexes (the interviewer's and
the coordinator's) or one vault's before and after an import; and the testimony those tests
tell apart by a surname."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.storage import audit
from app.storage.vault import Vault
from tests.factories import full_testimony


def named(surname: str) -> dict[str, Any]:
    """A full testimony, shareable with the organisation, whose victim is Алесь <surname>."""
    doc = full_testimony()
    doc["consent"]["scopes"] = ["internal_documentation", "share_organisation"]
    doc["persons"][1]["names"][0]["value"] = f"Алесь {surname}"
    return doc


def _words(session: Session) -> None:
    """temp.words: every term of the index with the row, column and offset it stands at."""
    session.execute(
        text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words"
            " USING fts5vocab(main, testimony_search, instance)"
        )
    )


def index_by_testimony(vault: Vault) -> dict[str, object]:
    """Per testimony id: its FTS5 terms (each as often as it occurs; not where: the interviewer
    indexed the document as given, an import as stored, with its keys sorted), and its facets."""
    with vault.transaction() as session:
        _words(session)
        terms = session.execute(
            text(
                "SELECT e.testimony_id, w.term, w.col, count(*) FROM temp.words w"
                " JOIN search_entry e ON e.rowid = w.doc GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
            )
        ).all()
        facets = session.execute(
            text("SELECT testimony_id, facet, value FROM testimony_facet ORDER BY 1, 2, 3")
        ).all()
        rows = session.execute(
            text(
                "SELECT id, current_version, display_name, interview_date, status, flags,"
                " facts_until FROM testimony ORDER BY id"
            )
        ).all()
        assert audit.verify(session).ok
    return {"terms": terms, "facets": facets, "rows": rows}


def index_exactly(vault: Vault) -> dict[str, object]:
    """The index as stored, to the row id and offset of each term, with its entries, facets
    and the testimonies' current versions: one vault before and after must be the same."""
    with vault.transaction() as session:
        _words(session)
        query = "SELECT term, doc, col, offset FROM temp.words ORDER BY 1, 2, 3, 4"
        return {
            "terms": session.execute(text(query)).all(),
            "entries": session.execute(text("SELECT * FROM search_entry ORDER BY 1")).all(),
            "facets": session.execute(text("SELECT * FROM testimony_facet ORDER BY 1, 2, 3")).all(),
            "rows": session.execute(text("SELECT id, current_version FROM testimony")).all(),
        }
