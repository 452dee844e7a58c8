"""What an import indexes (app.storage.imports: new testimonies a batch at a time, each
with its latest version) is what the interviewer's vault indexed for the same testimonies."""

from __future__ import annotations

import os
from pathlib import Path

from app.storage import search
from app.storage.vocabularies import vault_vocabulary
from app.sync import exporter, importer
from tests.sync.conftest import Pair, shared_testimony
from tests.sync.index_views import index_by_testimony, named

INSTANCES = "main, testimony_search, instance"


def test_an_import_indexes_what_the_interviewer_indexed(pair: Pair, import_batches: None) -> None:
    first = pair.add(named("Бабарыка"))
    second = pair.add(named("Калеснікава"))
    pair.add(shared_testimony())
    changed = named("Statkievič")
    changed["id"] = second
    pair.edit(second, changed)  # the bundle brings versions 1 and 2 of it
    attached = pair.add(named("Бяляцкі"))
    pair.attach(attached, os.urandom(1000))
    bundle = Path(exporter.export_bundle(pair.interviewer, pair.outbox, True).path)

    report = importer.import_files(pair.coordinator, [bundle])

    assert report.ok
    expected, got = index_by_testimony(pair.interviewer), index_by_testimony(pair.coordinator)
    assert expected["terms"]
    assert expected["facets"]
    assert got == expected
    with pair.coordinator.reading() as session:
        vocab = vault_vocabulary(session)
        assert {hit.id for hit in search.search(session, vocab, "Babaryka")} == {first}
        assert {hit.id for hit in search.search(session, vocab, "Statkievic")} == {second}
        assert {hit.id for hit in search.search(session, vocab, "Kalesnikava")} == set()
        assert {hit.id for hit in search.search(session, vocab, "запіс")} == {attached}
