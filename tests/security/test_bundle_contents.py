"""security.md's adversarial list, inside the encryption: the tar and the signed manifest.

The attacker here can encrypt to the organisation (its recipient is public) and, where the
attack needs it, holds the sender's signing key (a seized laptop): each bundle is rejected with
a reason and the coordinator's archive is unchanged.
"""

from __future__ import annotations

import gzip
import os
import random
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from app.domain.canonical import canonical_bytes
from app.storage import audit, maintenance
from app.storage.vault import Vault
from app.sync import exporter, importer
from tests.conftest import PASSPHRASE
from tests.security.test_bundle_age_layer import rejected
from tests.sync.conftest import Pair, introduce, make_vault
from tests.sync.forge import Opened, archive, build, encrypt, entry, open_bundle, sign, tar_bytes


@pytest.fixture
def opened(pair: Pair) -> Opened:
    testimony_id = pair.add()
    pair.attach(testimony_id, os.urandom(5000))
    path = Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)
    return open_bundle(path, pair.org_identity)


def sealed(pair: Pair, plaintext: bytes, name: str = "forged.age") -> Path:
    return encrypt(plaintext, pair.tmp / name, pair.org_recipient)


def with_entries(pair: Pair, opened: Opened, extra: list[tuple[tarfile.TarInfo, bytes]],
                 keep: int | None = None) -> Path:  # fmt: skip
    """A validly signed bundle whose members after the signature are `kept + extra`."""

    def entries(manifest: bytes, sig: bytes) -> list[tuple[tarfile.TarInfo, bytes]]:
        members = [entry(n, d) for n, d in opened.members[:keep]]
        return [entry("manifest.json", manifest), entry("manifest.sig", sig), *members, *extra]

    return sealed(pair, build(opened, pair.interviewer, entries=entries))


def test_the_unaltered_rebuild_is_accepted(pair: Pair, opened: Opened) -> None:
    """Control: the forge itself makes bundles the importer accepts."""
    rebuilt = sealed(pair, build(opened, pair.interviewer))
    [outcome] = importer.import_files(pair.coordinator, [rebuilt]).outcomes
    assert outcome.status == importer.IMPORTED, outcome.reason


@pytest.mark.parametrize("name", ["../escape.json", "/etc/cron.d/x", "records/../../x.json"])
def test_path_traversal_names(pair: Pair, opened: Opened, name: str) -> None:
    rejected(pair, with_entries(pair, opened, [entry(name, b"{}")]), "not listed")


@pytest.mark.parametrize("name", ["../escape.json", "/abs/path"])
def test_path_traversal_names_listed_in_the_manifest(pair: Pair, opened: Opened, name: str) -> None:
    opened.members.append((name, b"{}"))
    opened.relist()
    rejected(pair, sealed(pair, build(opened, pair.interviewer)), "member name")


@pytest.mark.parametrize(
    "kind", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.DIRTYPE, tarfile.FIFOTYPE]
)
def test_links_and_special_files(pair: Pair, opened: Opened, kind: bytes) -> None:
    name = opened.members[0][0]
    rejected(pair, with_entries(pair, opened, [entry(name, b"", kind)], keep=0), "regular files")


def test_gzip_inside(pair: Pair, opened: Opened) -> None:
    rejected(pair, sealed(pair, gzip.compress(build(opened, pair.interviewer))), "tar")


def test_member_not_listed_in_the_manifest(pair: Pair, opened: Opened) -> None:
    rejected(pair, with_entries(pair, opened, [entry("records/extra.json", b"{}")]), "not listed")


def test_member_listed_but_missing(pair: Pair, opened: Opened) -> None:
    rejected(pair, with_entries(pair, opened, [], keep=len(opened.members) - 1), "missing")


def test_hash_mismatch(pair: Pair, opened: Opened) -> None:
    index = opened.member("records/")
    name, data = opened.members[index]
    opened.members[index] = (name, data.replace(b'"draft"', b'"drafx"'))
    rejected(pair, sealed(pair, build(opened, pair.interviewer)), "hash")


def test_blob_hash_mismatch(pair: Pair, opened: Opened) -> None:
    index = opened.member("blobs/")
    name, data = opened.members[index]
    opened.members[index] = (name, bytes([data[0] ^ 1]) + data[1:])
    rejected(pair, sealed(pair, build(opened, pair.interviewer)), "hash")


def test_size_mismatch(pair: Pair, opened: Opened) -> None:
    index = opened.member("records/")
    name, data = opened.members[index]
    opened.members[index] = (name, data + b" ")
    rejected(pair, sealed(pair, build(opened, pair.interviewer)), "size")


def test_manifest_altered_after_signing(pair: Pair, opened: Opened) -> None:
    def entries(manifest: bytes, sig: bytes) -> list[tuple[tarfile.TarInfo, bytes]]:
        changed = manifest.replace(b'"sequence":1', b'"sequence":7')
        return [entry("manifest.json", changed), entry("manifest.sig", sig)]

    rejected(pair, sealed(pair, build(opened, pair.interviewer, entries=entries)), "signature")


def test_manifest_over_one_mib(pair: Pair, opened: Opened) -> None:
    big = canonical_bytes(opened.manifest) + b" " * (1024 * 1024)
    rejected(pair, sealed(pair, build(opened, pair.interviewer, manifest_bytes=big)), "larger")


@pytest.mark.parametrize(
    ("label", "mutate", "word"),
    [
        ("duplicate keys", lambda m: m[:-1] + b',"sequence":2}', "duplicate key"),
        ("malformed", lambda m: m[:-2], "malformed"),
        ("NaN", lambda m: m.replace(b'"sequence":1', b'"sequence":NaN'), "NaN"),
        ("float", lambda m: m.replace(b'"sequence":1', b'"sequence":1.0'), "floating"),
        ("deep nesting", lambda m: m[:-1] + b',"x":' + b"[" * 40 + b"]" * 40 + b"}", "nesting"),
        ("unknown field", lambda m: m[:-1] + b',"x":1}', "invalid"),
    ],
)
def test_malformed_signed_manifest(
    pair: Pair, opened: Opened, label: str, mutate: object, word: str
) -> None:
    manifest = mutate(canonical_bytes(opened.manifest))  # type: ignore[operator]
    plaintext = build(opened, pair.interviewer, manifest_bytes=manifest)
    rejected(pair, sealed(pair, plaintext), word)


@pytest.mark.parametrize("field", ["member name", "testimony id"])
def test_non_nfc_identifiers(pair: Pair, opened: Opened, field: str) -> None:
    decomposed = "e\u0301"  # é as e + combining acute: not NFC
    if field == "member name":
        opened.manifest["members"][1]["name"] = f"records/{decomposed}.1.json"
    else:
        opened.manifest["attachments"][0]["testimony_id"] = decomposed * 18
    rejected(pair, sealed(pair, build(opened, pair.interviewer)), "manifest.json is invalid")


def test_oversized_pax_header(pair: Pair, opened: Opened) -> None:
    info, data = entry(*opened.members[0])
    info.pax_headers = {"comment": "x" * 100_000}
    rejected(pair, with_entries(pair, opened, [(info, data)], keep=0), "PAX header")


def test_hundred_thousand_members(pair: Pair, opened: Opened) -> None:
    flood = [entry(f"blobs/{n:064x}") for n in range(100_000)]
    rejected(pair, with_entries(pair, opened, flood), "not listed")


def test_hundred_thousand_members_listed(pair: Pair, opened: Opened) -> None:
    opened.manifest["members"] += [
        {"name": f"blobs/{n:064x}", "sha256": f"{n:064x}", "size": 0} for n in range(100_000)
    ]
    rejected(pair, sealed(pair, build(opened, pair.interviewer)), "larger")


def test_unsigned_garbage_tar(pair: Pair, opened: Opened) -> None:
    plaintext = tar_bytes([entry("manifest.json", b"{}"), entry("manifest.sig", b"no")])
    rejected(pair, sealed(pair, plaintext), "manifest.sig")


def test_signature_by_the_right_key_over_another_bundle_id(pair: Pair, opened: Opened) -> None:
    def entries(manifest: bytes, _sig: bytes) -> list[tuple[tarfile.TarInfo, bytes]]:
        other = sign(pair.interviewer, manifest, "f" * 32)
        return [entry("manifest.json", manifest), entry("manifest.sig", other),
                *[entry(n, d) for n, d in opened.members]]  # fmt: skip

    rejected(pair, sealed(pair, build(opened, pair.interviewer, entries=entries)), "another")


def test_names_with_rtl_and_zero_width_characters_are_kept(pair: Pair) -> None:
    testimony_id = pair.add()
    name = "\u202eвав.exe\u200b.wav"
    pair.attach(testimony_id, b"evidence", name)
    path = Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)
    assert importer.import_files(pair.coordinator, [path]).ok
    from app.storage import attachments

    with pair.coordinator.reading() as session:
        [info] = attachments.list_for(session, testimony_id)
    assert info.filename == name


@pytest.mark.slow
def test_import_killed_midway(tmp_path: Path) -> None:
    interviewer, coordinator = make_vault(tmp_path / "i"), make_vault(tmp_path / "c")
    introduce(interviewer, coordinator)
    pair = Pair(interviewer, coordinator, tmp_path, tmp_path)
    for _ in range(3):
        pair.attach(pair.add(), os.urandom(20 * 1024 * 1024))
    bundle = Path(exporter.export_bundle(interviewer, tmp_path).path)
    interviewer.close()
    coordinator.close()
    command = [
        sys.executable,
        "-m",
        "app.cli",
        "--vault",
        str(tmp_path / "c"),
        "import",
        str(bundle),
    ]
    env = {**os.environ, "SVIEDKA_PASSPHRASE": PASSPHRASE}
    started = time.perf_counter()
    subprocess.run([*command[:-2], "audit", "verify"], env=env, check=True, capture_output=True)
    unlock = time.perf_counter() - started
    rng = random.Random(int.from_bytes(os.urandom(4)))
    for _ in range(3):
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(unlock + rng.uniform(0.0, 1.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        with Vault.open(tmp_path / "c", PASSPHRASE) as reopened:
            with reopened.reading() as session:
                assert audit.verify(session).ok
            state = archive(reopened)
            assert len(state["testimonies"]) in (0, 3)
            assert len(state["attachments"]) == len(state["testimonies"])
    with Vault.open(tmp_path / "c", PASSPHRASE) as reopened:
        # As every face unlocks: the upkeep after unlock collects a blob a killed import left.
        maintenance.after_unlock(reopened)
        [outcome] = importer.import_files(reopened, [bundle]).outcomes
        assert outcome.status in (importer.IMPORTED, importer.DUPLICATE)
        assert len(archive(reopened)["attachments"]) == 3
        blobs = {p.name for p in reopened.paths.blobs.iterdir()}
        assert blobs == {f"{a[0]}.age" for a in archive(reopened)["attachments"]}
