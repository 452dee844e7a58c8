"""What an import indexes (app.storage.imports: new testimonies all together at the end, each
with its latest version) is what the interviewer's vault indexed for the same testimonies."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import text

from app.storage import audit, search
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.sync import exporter, importer
from tests.factories import full_testimony
from tests.sync.conftest import Pair, shared_testimony

INSTANCES = "main, testimony_search, instance"


def _named(surname: str) -> dict[str, Any]:
    doc = full_testimony()
    doc["consent"]["scopes"] = ["internal_documentation", "share_organisation"]
    doc["persons"][1]["names"][0]["value"] = f"Алесь {surname}"
    return doc


def _index_of(vault: Vault) -> dict[str, object]:
    """Per testimony id: its FTS5 terms (each as often as it occurs; not where: the interviewer
    indexed the document as given, an import as stored, with its keys sorted), and its facets."""
    with vault.transaction() as session:
        session.execute(
            text(
                "CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, testimony_search, instance)"
            )
        )
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


def test_an_import_indexes_what_the_interviewer_indexed(pair: Pair) -> None:
    first = pair.add(_named("Бабарыка"))
    second = pair.add(_named("Калеснікава"))
    pair.add(shared_testimony())
    changed = _named("Statkievič")
    changed["id"] = second
    pair.edit(second, changed)  # the bundle brings versions 1 and 2 of it
    attached = pair.add(_named("Бяляцкі"))
    pair.attach(attached, os.urandom(1000))
    bundle = Path(exporter.export_bundle(pair.interviewer, pair.outbox, True).path)

    report = importer.import_files(pair.coordinator, [bundle])

    assert report.ok
    expected, got = _index_of(pair.interviewer), _index_of(pair.coordinator)
    assert expected["terms"]
    assert expected["facets"]
    assert got == expected
    with pair.coordinator.reading() as session:
        vocab = vault_vocabulary(session)
        assert {hit.id for hit in search.search(session, vocab, "Babaryka")} == {first}
        assert {hit.id for hit in search.search(session, vocab, "Statkievic")} == {second}
        assert {hit.id for hit in search.search(session, vocab, "Kalesnikava")} == set()
        assert {hit.id for hit in search.search(session, vocab, "запіс")} == {attached}
