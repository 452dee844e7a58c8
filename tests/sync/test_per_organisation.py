"""An interviewer who sends to two organisations (trusting one card, then another, then the
first again): each organisation numbers its bundles without gaps and receives everything it
has not received, whatever went to the other one meanwhile."""

from __future__ import annotations

from pathlib import Path

from app.sync import exporter, importer
from tests.sync.conftest import Pair, introduce, make_vault
from tests.sync.forge import archive


def test_sending_to_another_organisation_leaves_no_gap(pair: Pair) -> None:
    first = pair.add()
    [one] = importer.import_files(
        pair.coordinator, [Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)]
    ).outcomes
    assert (one.status, one.sequence) == (importer.IMPORTED, 1)

    with make_vault(pair.tmp / "other-organisation") as other:
        introduce(pair.interviewer, other)  # the interviewer now trusts the other card
        second = pair.add()
        to_other = exporter.export_bundle(pair.interviewer, pair.outbox)
        assert to_other.sequence == 1
        [theirs] = importer.import_files(other, [Path(to_other.path)]).outcomes
        assert theirs.status == importer.IMPORTED
        assert {t[0] for t in archive(other)["testimonies"]} == {first, second}

    introduce(pair.interviewer, pair.coordinator)  # back to the first organisation
    third = pair.add()
    back = exporter.export_bundle(pair.interviewer, pair.outbox)
    [two] = importer.import_files(pair.coordinator, [Path(back.path)]).outcomes

    assert (two.status, two.sequence) == (importer.IMPORTED, 2)
    assert set(two.accepted) == {second, third}
    assert {t[0] for t in archive(pair.coordinator)["testimonies"]} == {first, second, third}
