"""A bundle that breaks after some of its records were applied (cut short in transit: the
attachment that follows them fails its authentication) leaves the coordinator's index exactly
as it was: the index entries written at the end of an import (imports.index_received) go with
the rows they describe, never half."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from app.storage import imports, search
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.sync import exporter, importer
from tests.sync.conftest import Pair
from tests.sync.index_views import index_exactly, named


def _found(vault: Vault, query: str) -> set[str]:
    with vault.reading() as session:
        return {hit.id for hit in search.search(session, vault_vocabulary(session), query)}


def test_a_bundle_cut_short_after_its_records_leaves_the_index_as_it_was(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = pair.add(named("Бабарыка"))
    first = Path(exporter.export_bundle(pair.interviewer, pair.outbox, True).path)
    assert importer.import_files(pair.coordinator, [first]).ok
    before = index_exactly(pair.coordinator)

    changed = named("Statkievič")
    changed["id"] = held
    pair.edit(held, changed)  # a changed testimony (indexed again at the end)
    new = pair.add(named("Калеснікава"))  # and a new one (indexed all together)
    pair.attach(new, os.urandom(512 * 1024))  # read after the records
    second = Path(exporter.export_bundle(pair.interviewer, pair.outbox, True).path)
    data = second.read_bytes()
    second.write_bytes(data[: len(data) - 70_000])

    received: list[str] = []
    receive = imports.receive_version

    def noted(*args: Any, **kwargs: Any) -> str:
        received.append(receive(*args, **kwargs))
        return received[-1]

    monkeypatch.setattr(imports, "receive_version", noted)
    report = importer.import_files(pair.coordinator, [second])

    assert received.count(imports.NEW) == 2  # both records were applied before the break

    assert not report.ok
    assert index_exactly(pair.coordinator) == before
    assert _found(pair.coordinator, "Babaryka") == {held}
    assert _found(pair.coordinator, "Statkievic") == set()
    assert _found(pair.coordinator, "Kalesnikava") == set()
