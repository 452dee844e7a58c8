"""The sync commands end to end, as scripts and people run them."""

from __future__ import annotations

import json
from pathlib import Path

from app.storage.vault import Vault
from tests.cli import sviedka
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sync.conftest import shared_testimony


def test_interviewer_to_coordinator(tmp_path: Path) -> None:
    interviewer, coordinator = tmp_path / "interviewer", tmp_path / "coordinator"
    for folder in (interviewer, coordinator):
        Vault.create(folder, PASSPHRASE, FAST_KDF).close()
    outbox = tmp_path / "usb"
    outbox.mkdir()

    keys = sviedka("keys", "--card", str(tmp_path / "me.card"), vault=interviewer)
    assert keys.code == 0, keys.err
    key_line, public_line = keys.out.splitlines()[:2]
    key_id = key_line.split()[-1]
    assert public_line.split()[-1].startswith("RW")

    assert sviedka("org", "card", "--out", str(tmp_path / "x"), vault=coordinator).code == 1
    created = sviedka("org", "init", "--name", "Вясна", vault=coordinator)
    assert created.code == 0, created.err
    card = sviedka("org", "card", "--out", str(tmp_path / "org.card"), vault=coordinator)
    assert card.code == 0
    assert "age1" in card.out
    assert '"signing_key": "RW' in card.out
    fingerprint = card.out.splitlines()[-1]

    add = sviedka("add", "-", vault=interviewer, stdin=json.dumps(shared_testimony()))
    testimony_id = add.out.strip()
    refused = sviedka("export", "--out", str(outbox), vault=interviewer)
    assert refused.code == 1
    assert "sviedka trust" in refused.err

    unconfirmed = sviedka("trust", str(tmp_path / "org.card"), vault=interviewer)
    assert unconfirmed.code == 1
    assert fingerprint in unconfirmed.out
    assert sviedka("trust", str(tmp_path / "org.card"), "--yes", vault=interviewer).code == 0

    exported = sviedka("export", "--out", str(outbox), vault=interviewer)
    assert exported.code == 0, exported.err
    bundle = exported.out.splitlines()[0]

    held = sviedka("import", bundle, vault=coordinator)
    assert held.code == 1
    assert "quarantined" in held.out
    listed = sviedka("senders", "list", vault=coordinator)
    assert listed.out.startswith(f"{key_id}  pending")
    approved = sviedka("senders", "approve", key_id, "--yes", vault=coordinator)
    assert approved.code == 0, approved.out + approved.err
    assert "imported" in approved.out

    receipts = tmp_path / "receipts"
    receipts.mkdir()
    assert "no receipt yet" in sviedka("exports", vault=interviewer).out
    again = sviedka("import", bundle, "--json", "--receipts", str(receipts), vault=coordinator)
    assert again.code == 0
    document = json.loads(again.out)
    assert document["bundles"][0]["status"] == "duplicate"
    [receipt] = receipts.iterdir()
    assert document["receipts"] == {document["bundles"][0]["bundle_id"]: str(receipt)}
    read = sviedka("receipt", "read", str(receipt), vault=interviewer)
    assert read.code == 0, read.out + read.err
    assert "Вясна received bundle 1" in read.out
    assert "Everything you exported is confirmed received." in read.out
    assert "confirmed 20" in sviedka("exports", vault=interviewer).out
    refused = sviedka("receipt", "read", bundle, vault=interviewer)
    assert refused.code == 1
    assert "rejected: the receipt is not encrypted to this vault" in refused.out
    mine = sviedka("show", testimony_id, "--json", vault=interviewer)
    theirs = sviedka("show", testimony_id, "--json", vault=coordinator)
    assert json.loads(mine.out) == json.loads(theirs.out)
    listed = sviedka("purge", vault=interviewer)
    assert listed.code == 1
    assert testimony_id in listed.out
    assert "Nothing deleted" in listed.out
    purged = sviedka("purge", "--yes", vault=interviewer)
    assert purged.code == 0, purged.err
    assert sviedka("show", testimony_id, vault=interviewer).code == 1
    assert sviedka("show", testimony_id, vault=coordinator).code == 0
    assert "Nothing to delete" in sviedka("purge", vault=interviewer).out

    secret = tmp_path / "org.key"
    written = sviedka("org", "export-secret", "--out", str(secret), "--yes", vault=coordinator)
    assert written.code == 0
    assert "WARNING" in written.err
    assert secret.read_text().strip().splitlines()[-1].startswith("AGE-SECRET-KEY-1")
    assert secret.stat().st_mode & 0o077 == 0

    assert sviedka("senders", "revoke", key_id, vault=coordinator).code == 0
    assert "revoked" in sviedka("senders", "list", vault=coordinator).out
    assert sviedka("audit", "verify", vault=coordinator).code == 0
    assert sviedka("audit", "verify", vault=interviewer).code == 0


def test_senders_add_card_then_import(tmp_path: Path) -> None:
    interviewer, coordinator = tmp_path / "i", tmp_path / "c"
    for folder in (interviewer, coordinator):
        Vault.create(folder, PASSPHRASE, FAST_KDF).close()
    sviedka("org", "init", "--name", "Org", vault=coordinator)
    sviedka("org", "card", "--out", str(tmp_path / "org.card"), vault=coordinator)
    sviedka("trust", str(tmp_path / "org.card"), "--yes", vault=interviewer)
    sviedka("keys", "--card", str(tmp_path / "me.card"), vault=interviewer)
    wrong = sviedka("senders", "add", str(tmp_path / "org.card"), "--yes", vault=coordinator)
    assert wrong.code == 1
    assert (
        sviedka("senders", "add", str(tmp_path / "me.card"), "--yes", vault=coordinator).code == 0
    )
    sviedka("add", "-", vault=interviewer, stdin=json.dumps(shared_testimony()))
    bundle = sviedka("export", "--out", str(tmp_path), vault=interviewer).out.splitlines()[0]
    done = sviedka("import", bundle, vault=coordinator)
    assert done.code == 0, done.out
    assert "imported" in done.out
    assert "1 new testimonies" in done.out
