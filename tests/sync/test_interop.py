"""Bundles against independent tools (Debian's `age` and `minisign`): the organisation can
recover without Sviedka, and Sviedka reads what the age CLI wrote."""

from __future__ import annotations

import hashlib
import json
import secrets
import shutil
import subprocess
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.sync import exporter, identities, importer, minisign
from tests.sync.conftest import Pair
from tests.sync.forge import decrypt


def run(*command: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(command, input=stdin, capture_output=True, check=False, timeout=60)


def test_recovery_without_sviedka(pair: Pair, debian_tools: dict[str, str], tmp_path: Path) -> None:
    testimony_id = pair.add()
    pair.attach(testimony_id, b"court record " * 5000)
    bundle = exporter.export_bundle(pair.interviewer, pair.outbox).path
    key = tmp_path / "org.key"
    with pair.coordinator.transaction() as session:
        key.write_text(identities.organisation_secret_text(session, pair.coordinator.key_id))

    plaintext = run(debian_tools["age"], "-d", "-i", str(key), bundle)
    assert plaintext.returncode == 0, plaintext.stderr
    listing = run("tar", "tf", "-", stdin=plaintext.stdout)
    names = listing.stdout.decode().split()
    assert names[:3] == ["manifest.json", "manifest.sig", "audit.json"]
    out = tmp_path / "x"
    out.mkdir()
    assert run("tar", "xf", "-", "-C", str(out), stdin=plaintext.stdout).returncode == 0

    with pair.interviewer.reading() as session:
        public = identities.own_key(session, pair.interviewer.key_id)[0].to_base64()
    verified = run(
        debian_tools["minisign"], "-V", "-P", public,
        "-m", str(out / "manifest.json"), "-x", str(out / "manifest.sig"),
    )  # fmt: skip
    assert verified.returncode == 0, verified.stderr
    assert b"Trusted comment: sviedka-bundle/1 bundle:" in verified.stdout
    manifest = json.loads((out / "manifest.json").read_text())
    checksums = "".join(f"{m['sha256']}  {m['name']}\n" for m in manifest["members"])
    sha256sum = shutil.which("sha256sum") or "sha256sum"
    checked = subprocess.run(
        [sha256sum, "-c", "-"], input=checksums.encode(), cwd=out, capture_output=True, check=False
    )
    assert checked.returncode == 0, checked.stdout


def test_bundle_whose_age_layer_the_age_cli_wrote_is_imported(
    pair: Pair, debian_tools: dict[str, str], tmp_path: Path
) -> None:
    testimony_id = pair.add()
    ours = exporter.export_bundle(pair.interviewer, pair.outbox).path
    plaintext = tmp_path / "bundle.tar"
    plaintext.write_bytes(decrypt(Path(ours), pair.org_identity))
    theirs = tmp_path / "by-age-cli.age"
    made = run(debian_tools["age"], "-r", pair.org_recipient, "-o", str(theirs), str(plaintext))
    assert made.returncode == 0, made.stderr
    plaintext.unlink()
    [outcome] = importer.import_files(pair.coordinator, [theirs]).outcomes
    assert (outcome.status, outcome.accepted) == (importer.IMPORTED, (testimony_id,))


def test_minisign_verifies_our_signatures_and_refuses_altered_ones(
    debian_tools: dict[str, str], tmp_path: Path
) -> None:
    private = Ed25519PrivateKey.generate()
    key_id = secrets.token_bytes(8).hex().upper()
    public = minisign.PublicKey(key_id, private.public_key().public_bytes_raw())
    message = tmp_path / "m"
    message.write_bytes(hashlib.sha256(b"x").digest() * 1000)
    signature = minisign.sign(private.private_bytes_raw(), key_id, message.read_bytes(), "c o m")
    (tmp_path / "m.minisig").write_text(signature.text())
    (tmp_path / "key.pub").write_text(public.file_text())
    ok = run(debian_tools["minisign"], "-V", "-p", str(tmp_path / "key.pub"), "-m", str(message))
    assert ok.returncode == 0, ok.stderr
    assert b"Trusted comment: c o m" in ok.stdout
    message.write_bytes(message.read_bytes() + b"!")
    bad = run(debian_tools["minisign"], "-V", "-P", public.to_base64(), "-m", str(message))
    assert bad.returncode != 0
