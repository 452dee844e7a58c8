"""`sviedka import --json` gives each bundle's reason as a code beside the English sentence,
so that a script telling a tampered bundle from a held one does not parse English."""

from __future__ import annotations

import json
from pathlib import Path

from app.sync import exporter
from tests.cli import sviedka
from tests.sync.conftest import Pair


def test_a_tampered_bundle_is_rejected_with_its_code(pair: Pair) -> None:
    pair.add()
    original = Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)
    data = bytearray(original.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit changed on the way
    tampered = pair.tmp / "tampered.age"
    tampered.write_bytes(bytes(data))
    folder = pair.coordinator.paths.folder
    pair.coordinator.close()  # the command line opens the vault itself

    done = sviedka("import", str(tampered), str(original), "--json", vault=folder)
    assert done.code == 1  # not everything came in
    refused, imported = json.loads(done.out)["bundles"]
    assert refused["status"] == "rejected"
    assert refused["reason_code"] == "not_authentic"
    assert refused["reason_codes"] == ["not_authentic"]
    assert refused["reason"]  # the English sentence stays, for people
    assert imported["status"] == "imported"
    assert imported["reason_code"] is None  # nothing to say
    assert imported["reason_codes"] == []
