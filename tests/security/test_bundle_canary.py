"""The no-plaintext canary over the bundle flows: export, import with quarantine and approval.
Bundles, quarantined copies and both vaults hold the sentinel only encrypted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.template import example_testimony
from app.storage.vault import Vault
from tests.cli import sviedka
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.security.canary import Sentinel, scan_tree
from tests.security.test_canary import plant, scan_roots


@pytest.mark.slow
def test_bundle_flows_leave_no_plaintext(private_environment: Path) -> None:
    sentinel = Sentinel.new()
    interviewer, coordinator = private_environment / "i", private_environment / "c"
    for folder in (interviewer, coordinator):
        Vault.create(folder, PASSPHRASE, FAST_KDF).close()
    usb = private_environment / "usb"
    usb.mkdir()
    assert sviedka("org", "init", "--name", "Org", vault=coordinator).code == 0
    sviedka("org", "card", "--out", str(usb / "org.card"), vault=coordinator)
    assert sviedka("trust", str(usb / "org.card"), "--yes", vault=interviewer).code == 0

    doc = plant(example_testimony(), sentinel)
    added = sviedka("add", "-", vault=interviewer, stdin=json.dumps(doc, ensure_ascii=False))
    testimony_id = added.out.strip()
    source = private_environment / f"пратакол {sentinel.cyrillic}.txt"
    source.write_text(f"Court record {sentinel.latin} {sentinel.cyrillic}\n" * 2000)
    attach = ("attach", testimony_id, str(source), "--description", sentinel.cyrillic)
    assert sviedka(*attach, vault=interviewer).code == 0
    source.unlink()  # the user's own plaintext file

    exported = sviedka("export", "--out", str(usb), vault=interviewer)
    assert exported.code == 0, exported.err
    bundle = exported.out.splitlines()[0]
    assert sviedka("import", bundle, vault=coordinator).code == 1  # quarantined: unknown sender
    key_id = sviedka("senders", "list", vault=coordinator).out.split()[0]
    approved = sviedka("senders", "approve", key_id, "--yes", vault=coordinator)
    assert approved.code == 0, approved.out
    shown = sviedka("show", testimony_id, "--json", vault=coordinator)
    assert sentinel.latin in shown.out  # it did arrive

    assert scan_tree(scan_roots(private_environment), sentinel) == {}
    assert Path(bundle).stat().st_size > 60_000
