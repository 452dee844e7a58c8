"""security.md's adversarial list, the age layer and the sender: each attack on a fresh bundle
is rejected (or held in quarantine) with a reason, and the coordinator's archive is unchanged."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import select

from app.storage.sync_models import Equivocation
from app.sync import exporter, identities, importer
from tests.sync.conftest import Pair, introduce, make_vault
from tests.sync.forge import archive, build, decrypt, encrypt, open_bundle

CHUNK = 64 * 1024 + 16


@pytest.fixture
def bundle(pair: Pair) -> Path:
    testimony_id = pair.add()
    pair.attach(testimony_id, os.urandom(200_000))
    return Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)


def payload_start(data: bytes) -> int:
    """Offset of the payload nonce: after the header's `--- <MAC>` line."""
    mac_line = data.index(b"\n--- ") + 1
    return data.index(b"\n", mac_line) + 1


def rejected(pair: Pair, path: Path, *words: str) -> str:
    before = archive(pair.coordinator)
    [outcome] = importer.import_files(pair.coordinator, [path]).outcomes
    assert outcome.status == importer.REJECTED, outcome
    assert outcome.reason
    for word in words:
        assert word in outcome.reason
    assert archive(pair.coordinator) == before
    return outcome.reason


def altered(bundle: Path, change: object) -> Path:
    data = bytearray(bundle.read_bytes())
    data = change(data)  # type: ignore[operator]
    out = bundle.with_name("altered.age")
    out.write_bytes(bytes(data))
    return out


def flip(offset_of: object) -> object:
    def change(data: bytearray) -> bytearray:
        at = offset_of(data)  # type: ignore[operator]
        data[at] ^= 0x01
        return data

    return change


@pytest.mark.parametrize(
    ("where", "offset_of"),
    [
        ("header", lambda d: 30),
        ("mac", lambda d: payload_start(d) - 5),
        ("nonce", lambda d: payload_start(d) + 3),
        ("payload", lambda d: payload_start(d) + 16 + 100),
        ("last chunk", lambda d: len(d) - 20),
        ("last tag", lambda d: len(d) - 1),
    ],
)
def test_bit_flip(pair: Pair, bundle: Path, where: str, offset_of: object) -> None:
    rejected(pair, altered(bundle, flip(offset_of)))


@pytest.mark.parametrize(
    ("where", "cut"),
    [
        ("mid-chunk", lambda d: payload_start(d) + 16 + CHUNK + 1000),
        ("chunk boundary", lambda d: payload_start(d) + 16 + 2 * CHUNK),
        ("mid-header", lambda d: 40),
        ("last byte", lambda d: len(d) - 1),
    ],
)
def test_truncation(pair: Pair, bundle: Path, where: str, cut: object) -> None:
    rejected(pair, altered(bundle, lambda d: d[: cut(d)]))  # type: ignore[operator]


def test_chunk_swap(pair: Pair, bundle: Path) -> None:
    def swap(d: bytearray) -> bytearray:
        first = payload_start(d) + 16
        one, two = d[first : first + CHUNK], d[first + CHUNK : first + 2 * CHUNK]
        return d[:first] + two + one + d[first + 2 * CHUNK :]

    rejected(pair, altered(bundle, swap), "authenticate")


def test_chunk_spliced_from_another_bundle(pair: Pair, bundle: Path) -> None:
    pair.attach(pair.add(), os.urandom(200_000), "other.wav")
    other = Path(exporter.export_bundle(pair.interviewer, pair.outbox).path).read_bytes()

    def splice(d: bytearray) -> bytearray:
        at, theirs = payload_start(d) + 16 + CHUNK, payload_start(other) + 16 + CHUNK
        return d[:at] + other[theirs : theirs + CHUNK] + d[at + CHUNK :]

    rejected(pair, altered(bundle, splice))


def test_appended_junk(pair: Pair, bundle: Path) -> None:
    rejected(pair, altered(bundle, lambda d: d + b"junk after the age file"))


def test_trailing_data_after_the_tar_end(pair: Pair, bundle: Path) -> None:
    plaintext = decrypt(bundle, pair.org_identity) + b"smuggled after the archive"
    out = encrypt(plaintext, pair.tmp / "trailing.age", pair.org_recipient)
    rejected(pair, out, "after the end of the tar")


def test_encrypted_to_another_organisation(pair: Pair, bundle: Path) -> None:
    stranger = str(pyrage.x25519.Identity.generate().to_public())
    out = encrypt(decrypt(bundle, pair.org_identity), pair.tmp / "elsewhere.age", stranger)
    rejected(pair, out, "not encrypted to this organisation")


def test_re_encrypted_from_another_recipient(pair: Pair, tmp_path: Path) -> None:
    """Signed for organisation B; B decrypts and forwards it to us: refused."""
    with make_vault(tmp_path / "org-b") as other_org:
        introduce(pair.interviewer, other_org)  # the interviewer now trusts B's card
        pair.add()
        for_b = Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)
        with other_org.reading() as session:
            b_identity = identities.organisation(session).age_identity
        forwarded = encrypt(decrypt(for_b, b_identity), tmp_path / "fwd.age", pair.org_recipient)
        rejected(pair, forwarded, "other recipients")


@pytest.mark.parametrize("content", [b"", b"\x00" * 1000, b"not an age file at all\n"])
def test_empty_or_non_age_input(pair: Pair, content: bytes) -> None:
    path = pair.tmp / "input.age"
    path.write_bytes(content)
    rejected(pair, path)


def test_tampered_copy_of_an_imported_bundle_is_rejected_not_duplicate(
    pair: Pair, bundle: Path
) -> None:
    assert importer.import_files(pair.coordinator, [bundle]).ok
    rejected(pair, altered(bundle, flip(lambda d: len(d) - 20)))


def test_replay_changes_nothing(pair: Pair, bundle: Path) -> None:
    assert importer.import_files(pair.coordinator, [bundle]).ok
    pair.add()
    assert importer.import_files(pair.coordinator, [Path(exporter.export_bundle(
        pair.interviewer, pair.outbox).path)]).ok  # fmt: skip
    before = archive(pair.coordinator)
    [outcome] = importer.import_files(pair.coordinator, [bundle]).outcomes
    assert (outcome.status, outcome.reason) == (importer.DUPLICATE, "bundle already imported")
    assert archive(pair.coordinator) == before


def test_lower_sequence_is_rejected(pair: Pair, bundle: Path) -> None:
    assert importer.import_files(pair.coordinator, [bundle]).ok
    opened = open_bundle(bundle, pair.org_identity)  # sequence 1, signed anew, new id
    out = encrypt(build(opened, pair.interviewer), pair.tmp / "old.age", pair.org_recipient)
    rejected(pair, out, "replayed or out-of-date")


def test_gapped_sequence_is_held(pair: Pair, bundle: Path) -> None:
    opened = open_bundle(bundle, pair.org_identity)
    opened.manifest["sequence"] = 3
    out = encrypt(build(opened, pair.interviewer), pair.tmp / "gap.age", pair.org_recipient)
    before = archive(pair.coordinator)
    [outcome] = importer.import_files(pair.coordinator, [out]).outcomes
    assert outcome.status == importer.QUARANTINED
    assert "bundles 1 to 2" in outcome.reason
    assert archive(pair.coordinator) == before


@pytest.mark.parametrize("status", [None, identities.REVOKED])
def test_unknown_or_revoked_key_is_quarantined(
    pair: Pair, tmp_path: Path, status: str | None
) -> None:
    with make_vault(tmp_path / "someone") as someone:
        introduce(someone, pair.coordinator, approve=status is not None)
        if status is not None:
            with pair.coordinator.transaction() as session:
                identities.set_status(session, someone.key_id, status, "0" * 16)
        opened_by = someone
        from tests.sync.conftest import Pair as _Pair

        other = _Pair(opened_by, pair.coordinator, pair.outbox, tmp_path)
        other.add()
        path = Path(exporter.export_bundle(someone, pair.outbox).path)
        before = archive(pair.coordinator)
        [outcome] = importer.import_files(pair.coordinator, [path]).outcomes
        assert outcome.status == importer.QUARANTINED
        assert ("revoked" if status else "unknown") in outcome.reason
        assert archive(pair.coordinator) == before


def test_forged_signature_from_unknown_key_is_rejected(pair: Pair, bundle: Path) -> None:
    opened = open_bundle(bundle, pair.org_identity)
    plaintext = build(opened, pair.interviewer)
    # Claim a stranger's key id in the signature: it verifies under no key it names.
    forged = plaintext.replace(pair.interviewer.key_id.encode(), b"0123456789ABCDEF", 1)
    out = encrypt(forged, pair.tmp / "forged.age", pair.org_recipient)
    rejected(pair, out)


def test_equivocated_record_version_is_quarantined(pair: Pair, bundle: Path) -> None:
    assert importer.import_files(pair.coordinator, [bundle]).ok
    opened = open_bundle(bundle, pair.org_identity)
    index = opened.member("records/")
    name, data = opened.members[index]
    import json

    from app.domain.canonical import canonical_bytes

    record = json.loads(data)
    record["document"]["status"] = "complete"
    import hashlib

    record["provenance"]["sha256"] = hashlib.sha256(canonical_bytes(record["document"])).hexdigest()
    opened.members[index] = (name, canonical_bytes(record))
    opened.relist()
    opened.manifest["sequence"] = 2
    out = encrypt(build(opened, pair.interviewer), pair.tmp / "eq.age", pair.org_recipient)
    before = archive(pair.coordinator)
    [outcome] = importer.import_files(pair.coordinator, [out]).outcomes
    assert outcome.status == importer.QUARANTINED
    assert "equivocation" in outcome.reason
    assert archive(pair.coordinator) == before
    with pair.coordinator.reading() as session:
        [row] = session.scalars(select(Equivocation)).all()
        assert (row.testimony_id, row.version) == (name.split("/")[1].split(".")[0], 1)


def test_concurrent_import_of_the_same_bundle(pair: Pair, bundle: Path) -> None:
    outcomes: list[importer.BundleOutcome] = []

    def run() -> None:
        outcomes.extend(importer.import_files(pair.coordinator, [bundle]).outcomes)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(o.status for o in outcomes) == [importer.DUPLICATE, importer.IMPORTED]
    assert len(archive(pair.coordinator)["versions"]) == 1


def test_damage_after_every_member_was_read_still_commits_nothing(pair: Pair, bundle: Path) -> None:
    """The members all sit in the first chunks, the damage only in the padding's last chunk:
    the tar reader has seen a complete, valid archive before age reports the damage, and the
    importer must still commit nothing (it commits only after the authenticated end)."""
    opened = open_bundle(bundle, pair.org_identity)
    plaintext = build(opened, pair.interviewer, new_id=False) + bytes(4 * CHUNK)
    whole = encrypt(plaintext, pair.tmp / "whole.age", pair.org_recipient).read_bytes()
    damaged = pair.tmp / "damaged.age"
    damaged.write_bytes(whole[:-100])
    rejected(pair, damaged, "did not authenticate")
    [control] = importer.import_files(pair.coordinator, [pair.tmp / "whole.age"]).outcomes
    assert control.status == importer.IMPORTED, control.reason
