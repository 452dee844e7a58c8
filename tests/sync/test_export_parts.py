"""An export too large for one bundle becomes several, all or none; and a testimony whose
consent to share ended sends a notice instead of its new content."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import select

from app.storage import models
from app.storage.sync_models import ConsentNotice, ExportBundle
from app.sync import bundle_format as fmt
from app.sync import export_plan, exporter, importer
from app.sync.errors import ExportRefused
from tests.factories import day
from tests.sync.conftest import Pair, shared_testimony
from tests.sync.forge import open_bundle


def held_ids(pair: Pair) -> set[str]:
    with pair.coordinator.reading() as session:
        return set(session.scalars(select(models.TestimonyVersion.testimony_id)))


@pytest.fixture
def small_bundles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_plan, "MANIFEST_BUDGET", 4096)  # about 15 records a bundle


def test_large_export_is_split_into_consecutive_bundles(pair: Pair, small_bundles: None) -> None:
    ids = {pair.add() for _ in range(40)}
    report = exporter.export_bundle(pair.interviewer, pair.outbox)
    assert len(report.bundles) >= 3
    assert [b.sequence for b in report.bundles] == list(range(1, len(report.bundles) + 1))
    assert sum(b.versions for b in report.bundles) == report.versions == 40
    assert sorted(p.name for p in pair.outbox.iterdir()) == sorted(
        Path(b.path).name for b in report.bundles
    )
    files = [Path(b.path) for b in report.bundles]
    random.Random(7).shuffle(files)  # they may arrive in any order
    importer.import_files(pair.coordinator, files)
    assert held_ids(pair) == ids


def test_cancel_in_a_later_bundle_leaves_nothing(pair: Pair, small_bundles: None) -> None:
    for _ in range(40):
        pair.add()

    class Stop(Exception):
        """What a cancelled task raises from inside its progress callback."""

    calls = 0

    def cancel_late(done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if done > total // 2:
            raise Stop

    with pytest.raises(Stop):
        exporter.export_bundle(pair.interviewer, pair.outbox, progress=cancel_late)
    assert calls
    assert list(pair.outbox.iterdir()) == []
    with pair.interviewer.reading() as session:
        assert session.scalars(select(ExportBundle)).first() is None
    assert exporter.export_bundle(pair.interviewer, pair.outbox).sequence == 1


def test_testimony_too_large_for_any_bundle_is_refused_by_name(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    testimony_id = pair.add()
    monkeypatch.setattr(export_plan, "MANIFEST_BUDGET", 100)
    with pytest.raises(ExportRefused, match=testimony_id):
        exporter.export_bundle(pair.interviewer, pair.outbox)
    assert list(pair.outbox.iterdir()) == []


def withdrawn(testimony_id: str) -> dict[str, object]:
    doc = shared_testimony(id=testimony_id, status="complete")
    doc["consent"]["withdrawal"] = {"date": day("2024-11-01")}  # type: ignore[index]
    return doc


def test_withdrawn_consent_sends_a_notice_not_the_content(pair: Pair) -> None:
    testimony_id = pair.add()
    importer.import_files(
        pair.coordinator, [Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)]
    )
    pair.edit(testimony_id, withdrawn(testimony_id))
    report = exporter.export_bundle(pair.interviewer, pair.outbox)
    assert report.notices == (testimony_id,)
    assert report.withheld == (testimony_id,)
    assert report.versions == 0
    opened = open_bundle(Path(report.path), pair.org_identity)
    assert opened.manifest["notices"] == [
        {
            "testimony_id": testimony_id,
            "version": 2,
            "kind": fmt.CONSENT_WITHDRAWN,
            "at": opened.manifest["notices"][0]["at"],
        }
    ]
    assert not [n for n, _ in opened.members if n.startswith("records/")]
    [outcome] = importer.import_files(pair.coordinator, [Path(report.path)]).outcomes
    assert outcome.status == importer.IMPORTED
    assert outcome.notices == (testimony_id,)
    with pair.coordinator.reading() as session:
        [notice] = session.scalars(select(ConsentNotice)).all()
        assert (notice.testimony_id, notice.version, notice.sender_key_id) == (
            testimony_id, 2, pair.interviewer.key_id,
        )  # fmt: skip
        versions = session.scalars(
            select(models.TestimonyVersion.version).where(
                models.TestimonyVersion.testimony_id == testimony_id
            )
        ).all()
        assert versions == [1]  # the withdrawn version's content never left
    with pytest.raises(ExportRefused, match="nothing new"):
        exporter.export_bundle(pair.interviewer, pair.outbox)  # told once


def test_never_shared_testimony_sends_no_notice(pair: Pair) -> None:
    shared = pair.add()
    private = pair.add(shared_testimony())
    pair.edit(private, withdrawn(private))
    report = exporter.export_bundle(pair.interviewer, pair.outbox)
    assert report.testimonies == (shared,)
    assert report.notices == ()


def test_coordinator_sees_the_notice_in_show_and_notices(pair: Pair) -> None:
    from tests.cli import sviedka

    testimony_id = pair.add()
    first = Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)
    pair.edit(testimony_id, withdrawn(testimony_id))
    second = Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)
    assert importer.import_files(pair.coordinator, [first, second]).ok
    folder = pair.coordinator.paths.folder
    pair.coordinator.close()
    listed = sviedka("notices", vault=folder)
    assert listed.code == 0
    assert f"{testimony_id}: the informant withdrew consent" in listed.out
    shown = sviedka("show", testimony_id, "--json", vault=folder)
    assert shown.code == 0
    assert f"NOTE: {testimony_id}: the informant withdrew consent" in shown.err
    assert '"id"' in shown.out
