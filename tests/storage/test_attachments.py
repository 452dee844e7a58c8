"""Encrypted attachments: byte-identical round trips, nothing readable on disk, crypto-shredding
on removal, refusal of duplicates and overwrites, tamper detection, garbage collection."""

from __future__ import annotations

import hashlib
import os
import secrets
import stat
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import select

from app.storage import attachments, audit, testimonies
from app.storage.attachments import AttachmentRefused, DuplicateAttachment
from app.storage.errors import NotFound, VaultCorrupt
from app.storage.models import Attachment, AuditEntry
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.factories import minimal_testimony
from tests.security.canary import Sentinel, scan_bytes, scan_tree

MIB = 1024 * 1024
AGE_CHUNK = 64 * 1024  # age's STREAM chunk: sizes around it are where off-by-ones hide


def new_testimony(vault: Vault) -> str:
    with vault.transaction() as session:
        return testimonies.add(
            session, minimal_testimony(), vault_vocabulary(session), vault.key_id
        )


@pytest.fixture
def testimony(vault: Vault) -> str:
    return new_testimony(vault)


def random_file(path: Path, size: int) -> bytes:
    data = os.urandom(size)
    path.write_bytes(data)
    return data


def blob_of(vault: Vault, info: attachments.AttachmentInfo) -> Path:
    return vault.paths.blobs / f"{info.id}.age"


def identity_of(vault: Vault, attachment_id: str) -> str | None:
    with vault.reading() as session:
        row = session.get(Attachment, attachment_id)
        return None if row is None else row.identity


def blob_files(vault: Vault) -> list[str]:
    return sorted(os.listdir(vault.paths.blobs))


@pytest.mark.parametrize(
    "size", [0, 1, AGE_CHUNK - 1, AGE_CHUNK, AGE_CHUNK + 1, 3 * AGE_CHUNK, 20 * MIB]
)
def test_round_trip_is_byte_identical(
    vault: Vault, testimony: str, tmp_path: Path, size: int
) -> None:
    data = random_file(tmp_path / "recording.ogg", size)
    calls: list[tuple[int, int]] = []
    info = attachments.add(
        vault, testimony, tmp_path / "recording.ogg", progress=lambda d, t: calls.append((d, t))
    )
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.size == size
    assert info.filename == "recording.ogg"
    assert calls == [] if size == 0 else calls[-1] == (size, size)
    # At most about one call per MiB, never going backwards.
    assert len(calls) <= size // MIB + 1
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)

    out = tmp_path / "out" / "copy.ogg"
    out.parent.mkdir()
    extracted = attachments.extract(vault, testimony, info.sha256, out)
    assert extracted == info
    assert out.read_bytes() == data
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert os.listdir(out.parent) == ["copy.ogg"]  # no temp file left beside it


def test_blob_is_an_age_file_without_plaintext(
    vault: Vault, testimony: str, tmp_path: Path
) -> None:
    sentinel = Sentinel.new()
    body = f"{sentinel.latin} {sentinel.cyrillic}\n".encode() * 5000
    source = tmp_path / "src" / f"court {sentinel.latin} {sentinel.cyrillic}.txt"
    source.parent.mkdir()
    source.write_bytes(body)
    info = attachments.add(vault, testimony, source, description=f"ruling {sentinel.cyrillic}")

    blob = blob_of(vault, info).read_bytes()
    assert blob.startswith(b"age-encryption.org/v1\n")
    assert scan_bytes(body, sentinel)  # negative control: the scanner finds what it seeks
    assert scan_bytes(blob, sentinel) == []
    vault.close()
    # The file name and description live in the encrypted database, nowhere else.
    assert scan_tree([vault.paths.folder], sentinel) == {}
    assert os.listdir(vault.paths.blobs) == [f"{info.id}.age"]
    assert stat.S_IMODE(vault.paths.blobs.stat().st_mode) == 0o700
    assert stat.S_IMODE(blob_of(vault, info).stat().st_mode) == 0o600


def test_listing_shows_metadata_but_never_the_key(
    vault: Vault, testimony: str, tmp_path: Path
) -> None:
    random_file(tmp_path / "page1.jpg", 100)
    random_file(tmp_path / "notes.unknownext", 100)
    first = attachments.add(vault, testimony, tmp_path / "page1.jpg", description="verdict p.1")
    second = attachments.add(vault, testimony, tmp_path / "notes.unknownext", media_type=None)
    third_path = tmp_path / "third.bin"
    random_file(third_path, 10)
    third = attachments.add(vault, testimony, third_path, media_type="audio/ogg")
    assert first.media_type == "image/jpeg"
    assert second.media_type == "application/octet-stream"
    assert third.media_type == "audio/ogg"

    with vault.reading() as session:
        listed = attachments.list_for(session, testimony)
    assert {info.id for info in listed} == {first.id, second.id, third.id}
    assert next(i for i in listed if i.id == first.id).description == "verdict p.1"
    assert all(info.author_key == vault.key_id for info in listed)
    for info in listed:
        assert "identity" not in info.as_json()
        assert "AGE-SECRET-KEY" not in repr(info)


def test_remove_shreds_the_key_and_the_file(vault: Vault, testimony: str, tmp_path: Path) -> None:
    data = random_file(tmp_path / "audio.wav", 300_000)
    info = attachments.add(vault, testimony, tmp_path / "audio.wav")
    # A remnant of the file that survives elsewhere (an SSD block, a backup of the folder).
    remnant = blob_of(vault, info).read_bytes()
    identity = identity_of(vault, info.id)
    assert identity is not None
    key = pyrage.x25519.Identity.from_str(identity)
    assert pyrage.decrypt(remnant, [key]) == data  # control: the stored key opens it

    attachments.remove(vault, testimony, info.sha256)

    assert not blob_of(vault, info).exists()
    assert identity_of(vault, info.id) is None
    with vault.reading() as session:
        assert attachments.list_for(session, testimony) == []
        identities = list(session.scalars(select(Attachment.identity)))
    # Every key the vault still holds fails on the remnant.
    for other in identities:
        with pytest.raises(pyrage.DecryptError):
            pyrage.decrypt(remnant, [pyrage.x25519.Identity.from_str(other)])
    with pytest.raises(NotFound):
        attachments.extract(vault, testimony, info.sha256, tmp_path / "again.wav")
    with pytest.raises(NotFound):
        attachments.remove(vault, testimony, info.sha256)


def test_duplicate_is_refused_and_leaves_no_file(
    vault: Vault, testimony: str, tmp_path: Path
) -> None:
    data = random_file(tmp_path / "a.jpg", 5000)
    (tmp_path / "b.jpg").write_bytes(data)
    first = attachments.add(vault, testimony, tmp_path / "a.jpg")
    with pytest.raises(DuplicateAttachment, match=r"b\.jpg is already attached"):
        attachments.add(vault, testimony, tmp_path / "b.jpg")
    assert blob_files(vault) == [f"{first.id}.age"]
    # The same file may belong to another testimony.
    other = attachments.add(vault, new_testimony(vault), tmp_path / "b.jpg")
    assert other.sha256 == first.sha256
    assert other.id != first.id


def test_extract_never_overwrites(vault: Vault, testimony: str, tmp_path: Path) -> None:
    random_file(tmp_path / "a.pdf", 1000)
    info = attachments.add(vault, testimony, tmp_path / "a.pdf")
    existing = tmp_path / "existing.pdf"
    existing.write_bytes(b"keep me")
    with pytest.raises(AttachmentRefused, match="already exists"):
        attachments.extract(vault, testimony, info.sha256, existing)
    assert existing.read_bytes() == b"keep me"
    dangling = tmp_path / "link.pdf"
    dangling.symlink_to(tmp_path / "nowhere")
    with pytest.raises(AttachmentRefused, match="already exists"):
        attachments.extract(vault, testimony, info.sha256, dangling)
    with pytest.raises(AttachmentRefused, match="does not exist"):
        attachments.extract(vault, testimony, info.sha256, tmp_path / "no" / "such.pdf")


def test_what_a_killed_extraction_left_goes_with_the_next(
    vault: Vault, testimony: str, tmp_path: Path
) -> None:
    """A killed extraction leaves its hidden part file (plaintext) beside the name it was
    writing; the next extraction to that name removes it. Another file's is not touched."""
    random_file(tmp_path / "a.pdf", 1000)
    info = attachments.add(vault, testimony, tmp_path / "a.pdf")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / ".a.pdf.k1ll3d00.part").write_bytes(b"half of it")
    (folder / ".b.pdf.k1ll3d00.part").write_bytes(b"not ours")
    attachments.extract(vault, testimony, info.sha256, folder / "a.pdf")
    assert sorted(p.name for p in folder.iterdir()) == [".b.pdf.k1ll3d00.part", "a.pdf"]
    assert (folder / "a.pdf").read_bytes() == (tmp_path / "a.pdf").read_bytes()


@pytest.mark.parametrize("damage", ["flip-middle", "flip-header", "truncate", "swap"])
def test_damaged_blob_is_refused_and_writes_nothing(
    vault: Vault, testimony: str, tmp_path: Path, damage: str
) -> None:
    random_file(tmp_path / "a.bin", 2 * MIB)
    random_file(tmp_path / "b.bin", 2 * MIB)
    info = attachments.add(vault, testimony, tmp_path / "a.bin")
    other = attachments.add(vault, testimony, tmp_path / "b.bin")
    blob = blob_of(vault, info)
    raw = bytearray(blob.read_bytes())
    if damage == "flip-middle":
        raw[len(raw) // 2] ^= 0x01
    elif damage == "flip-header":
        raw[40] ^= 0x01
    elif damage == "truncate":
        del raw[-1000:]
    else:  # a validly encrypted file, but another attachment's (its own key cannot open it)
        raw = bytearray(blob_of(vault, other).read_bytes())
    blob.write_bytes(bytes(raw))

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(VaultCorrupt, match="does not match its recorded hash"):
        attachments.extract(vault, testimony, info.sha256, out_dir / "a.bin")
    assert os.listdir(out_dir) == []  # neither the output nor released plaintext


def test_missing_blob_is_reported(vault: Vault, testimony: str, tmp_path: Path) -> None:
    random_file(tmp_path / "a.bin", 10)
    info = attachments.add(vault, testimony, tmp_path / "a.bin")
    blob_of(vault, info).unlink()
    with pytest.raises(VaultCorrupt, match="missing"):
        attachments.extract(vault, testimony, info.sha256, tmp_path / "out.bin")
    assert not (tmp_path / "out.bin").exists()


def test_hash_prefixes(vault: Vault, testimony: str, tmp_path: Path) -> None:
    random_file(tmp_path / "a.bin", 10)
    info = attachments.add(vault, testimony, tmp_path / "a.bin")
    attachments.extract(vault, testimony, info.sha256[:8].upper(), tmp_path / "by-prefix.bin")
    assert (tmp_path / "by-prefix.bin").exists()
    wrong = "0" * 64 if not info.sha256.startswith("0" * 8) else "f" * 64
    with pytest.raises(attachments.AttachmentNotFound):
        attachments.extract(vault, testimony, wrong[:12], tmp_path / "x.bin")
    with pytest.raises(AttachmentRefused, match="at least 8"):
        attachments.extract(vault, testimony, info.sha256[:7], tmp_path / "x.bin")
    with pytest.raises(AttachmentRefused):
        attachments.extract(vault, testimony, "not-a-hash-at-all", tmp_path / "x.bin")
    # Two attachments sharing the first 8 digits (made directly: finding a real pair takes
    # 2^32 tries) cannot be named by those 8 digits.
    with vault.transaction() as session:
        row = session.get(Attachment, info.id)
        assert row is not None
        twin_sha = info.sha256[:8] + "0" * 56
        session.add(
            Attachment(
                id=secrets.token_hex(16),
                testimony_id=testimony,
                sha256=twin_sha if twin_sha != info.sha256 else info.sha256[:8] + "1" * 56,
                size=1,
                media_type="x/y",
                filename="twin",
                description="",
                identity=row.identity,
                added_at=row.added_at,
                author_key=row.author_key,
            )
        )
    with pytest.raises(AttachmentRefused, match="several"):
        attachments.extract(vault, testimony, info.sha256[:8], tmp_path / "x.bin")
    assert not (tmp_path / "x.bin").exists()


def test_testimony_must_exist_and_be_live(vault: Vault, testimony: str, tmp_path: Path) -> None:
    random_file(tmp_path / "a.bin", 10)
    with pytest.raises(NotFound):
        attachments.add(vault, "no-such-testimony", tmp_path / "a.bin")
    with vault.reading() as session, pytest.raises(NotFound):
        attachments.list_for(session, "no-such-testimony")
    with vault.transaction() as session:
        testimonies.delete(session, testimony, vault.key_id)
    with pytest.raises(NotFound):
        attachments.add(vault, testimony, tmp_path / "a.bin")
    assert not vault.paths.blobs.exists() or blob_files(vault) == []


def test_unreadable_source_is_clear(vault: Vault, testimony: str, tmp_path: Path) -> None:
    with pytest.raises(AttachmentRefused, match=r"missing\.bin"):
        attachments.add(vault, testimony, tmp_path / "missing.bin")
    with pytest.raises(AttachmentRefused, match="not a readable file"):
        attachments.add(vault, testimony, tmp_path)
    assert blob_files(vault) == []


class Cancelled(Exception):
    pass


def test_interrupted_attach_leaves_nothing(vault: Vault, testimony: str, tmp_path: Path) -> None:
    random_file(tmp_path / "big.bin", 8 * MIB)

    def cancel(done: int, _total: int) -> None:
        if done >= 3 * MIB:
            raise Cancelled

    # The original exception comes back, not pyrage's EncryptError carrying only its text.
    with pytest.raises(Cancelled):
        attachments.add(vault, testimony, tmp_path / "big.bin", progress=cancel)
    assert blob_files(vault) == []
    with vault.reading() as session:
        assert attachments.list_for(session, testimony) == []


def test_garbage_collection_spares_live_and_in_flight_blobs(
    vault: Vault, testimony: str, tmp_path: Path
) -> None:
    data = random_file(tmp_path / "live.bin", 3 * MIB)
    live = attachments.add(vault, testimony, tmp_path / "live.bin")
    blobs = vault.paths.blobs
    orphan = blobs / f"{secrets.token_hex(16)}.age"
    leftover = blobs / f".{secrets.token_hex(16)}.age.tmp"
    foreign = blobs / "README.txt"
    for path in (orphan, leftover, foreign):
        path.write_bytes(b"x")

    assert attachments.collect_garbage(vault) == 2
    assert sorted(os.listdir(blobs)) == sorted([f"{live.id}.age", "README.txt"])
    assert attachments.collect_garbage(vault) == 0

    # A collection while another attach is still encrypting (a GUI worker) spares its file.
    random_file(tmp_path / "second.bin", 3 * MIB)
    collected: list[int] = []

    def collect_midway(done: int, _total: int) -> None:
        if not collected and done >= MIB:
            collected.append(attachments.collect_garbage(vault))

    second = attachments.add(vault, testimony, tmp_path / "second.bin", progress=collect_midway)
    assert collected == [0]
    for info, expected in ((live, data), (second, (tmp_path / "second.bin").read_bytes())):
        out = tmp_path / f"out-{info.id}"
        attachments.extract(vault, testimony, info.sha256, out)
        assert out.read_bytes() == expected


def test_deleted_testimony_loses_its_attachment_keys(
    vault: Vault, testimony: str, tmp_path: Path
) -> None:
    random_file(tmp_path / "a.bin", 1000)
    info = attachments.add(vault, testimony, tmp_path / "a.bin")
    with vault.transaction() as session:
        testimonies.delete(session, testimony, vault.key_id)
    assert attachments.collect_garbage(vault) == 1
    assert identity_of(vault, info.id) is None
    assert not blob_of(vault, info).exists()
    with vault.reading() as session:
        assert audit.verify(session).ok


def test_audit_records_attach_and_detach_without_names(
    vault: Vault, testimony: str, tmp_path: Path
) -> None:
    random_file(tmp_path / "secret-name.bin", 1000)
    info = attachments.add(vault, testimony, tmp_path / "secret-name.bin", description="words")
    attachments.remove(vault, testimony, info.sha256[:10])
    with vault.reading() as session:
        report = audit.verify(session)
        assert report.ok, report.problems
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
    assert [e.action for e in entries][-2:] == ["attach", "detach"]
    for entry in entries[-2:]:
        assert entry.subject == testimony
        assert info.sha256 in entry.detail
        assert "secret-name" not in entry.detail
        assert "words" not in entry.detail
