"""A bundle from an interviewer whose records are still schema 1 (saved before schema 2) imports:
its versions are kept byte for byte (their hashes are what receipts confirm), and the archive
reads, lists and searches them as schema 2."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any
from unittest import mock

from sqlalchemy import select

from app.domain.canonical import canonical_bytes
from app.domain.upgrade import CURRENT, SCHEMA_1
from app.storage import models, search, testimonies
from app.storage.vocabularies import vault_vocabulary
from app.sync import exporter, importer
from tests.sync.conftest import Pair

OLD_EXAMPLE = Path(__file__).parents[1] / "unit" / "data" / "testimony-1-example.json"


def old_record() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(OLD_EXAMPLE.read_text("utf-8"))
    assert doc["schema"] == SCHEMA_1
    return doc


def saved_as_before_schema_2(pair: Pair, doc: dict[str, Any]) -> str:
    """Save ``doc`` as the app did before schema 2: as given, without reading it as schema 2."""
    with (
        mock.patch.object(testimonies, "upgrade", lambda record: record),
        pair.interviewer.transaction() as session,
    ):
        return testimonies.add(session, doc, vault_vocabulary(session), pair.interviewer.key_id)


def stored_bytes(vault: Any, testimony_id: str) -> bytes:
    with vault.reading() as session:
        row = session.scalars(
            select(models.TestimonyVersion).where(
                models.TestimonyVersion.testimony_id == testimony_id
            )
        ).one()
        return bytes(row.document)


def test_a_bundle_of_schema_1_records_imports_unchanged_and_reads_as_schema_2(pair: Pair) -> None:
    testimony_id = saved_as_before_schema_2(pair, old_record())
    sent = stored_bytes(pair.interviewer, testimony_id)
    assert json.loads(sent)["schema"] == SCHEMA_1  # the fixture is what an old vault holds

    bundle = Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)
    report = importer.import_files(pair.coordinator, [bundle])

    assert report.ok
    [outcome] = report.outcomes
    assert outcome.accepted == (testimony_id,)
    received = stored_bytes(pair.coordinator, testimony_id)
    assert received == sent
    with pair.coordinator.reading() as session:
        shown = testimonies.get(session, testimony_id)
        assert shown.provenance.sha256 == hashlib.sha256(sent).hexdigest()
        assert shown.document["schema"] == CURRENT
        assert [entry["list"] for entry in shown.document["list_entries"]] == [
            "extremist",
            "terrorist",
        ]
        hits = search.search(session, vault_vocabulary(session), "Baravik")
        assert [hit.id for hit in hits] == [testimony_id]


def test_an_edit_of_a_schema_1_record_is_saved_as_schema_2_beside_the_old_version(
    pair: Pair,
) -> None:
    testimony_id = saved_as_before_schema_2(pair, old_record())
    first = stored_bytes(pair.interviewer, testimony_id)
    with pair.interviewer.reading() as session:
        document = testimonies.get(session, testimony_id).document
    # Saving what was read, unchanged, is no new version: the testimony is the same.
    assert pair.edit(testimony_id, document) == 1
    document["status"] = "reviewed"
    assert pair.edit(testimony_id, document) == 2
    with pair.interviewer.reading() as session:
        versions = session.scalars(
            select(models.TestimonyVersion)
            .where(models.TestimonyVersion.testimony_id == testimony_id)
            .order_by(models.TestimonyVersion.version)
        ).all()
        assert bytes(versions[0].document) == first
        assert json.loads(versions[1].document)["schema"] == CURRENT
        assert canonical_bytes(testimonies.get(session, testimony_id, 1).document) != first
