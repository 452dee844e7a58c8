"""The blob store's streaming in 1 MiB pieces (app/storage/blobs/tap.py ChunkSource and
Gathering): hashes and sizes are those of the very bytes, whatever the pieces; a blob changed in
the vault is refused, past the first MiB too; a full disk, a cancel or a failed source surface as
themselves and leave nothing behind."""

from __future__ import annotations

import hashlib
import io
import os
import secrets
from pathlib import Path

import pytest

from app.storage.blobs import BlobStore
from app.storage.errors import VaultCorrupt

MIB = 1024 * 1024
DATA = os.urandom(2 * MIB + 12_345)


class Stop(Exception):
    """A cancel raised from a progress callback."""


def _pieces(data: bytes) -> list[bytes]:
    sizes, out, pos = [1, 8192, MIB + 7, 0, 300_000], [], 0
    while pos < len(data):
        size = sizes[len(out) % len(sizes)] or 1
        out.append(data[pos : pos + size])
        pos += size
    return out


def _stored(tmp_path: Path) -> tuple[BlobStore, str, str]:
    store = BlobStore(tmp_path / "blobs")
    attachment_id = secrets.token_hex(16)
    pieces = iter(_pieces(DATA))
    written = store.write_chunks(attachment_id, lambda: next(pieces, b""), len(DATA))
    store.settle([attachment_id])
    assert (written.sha256, written.size) == (hashlib.sha256(DATA).hexdigest(), len(DATA))
    return store, attachment_id, written.identity


def test_pieces_of_any_size_round_trip_with_progress_to_the_end(tmp_path: Path) -> None:
    store, attachment_id, identity = _stored(tmp_path)
    out, seen = io.BytesIO(), []
    expected = (hashlib.sha256(DATA).hexdigest(), len(DATA))
    store.read(
        attachment_id,
        identity,
        out,
        expected,
        VaultCorrupt("damaged"),
        lambda done, total: seen.append((done, total)),
    )
    assert out.getvalue() == DATA
    assert seen[-1] == (len(DATA), len(DATA))


def test_a_blob_changed_past_its_first_mebibyte_is_refused(tmp_path: Path) -> None:
    store, attachment_id, identity = _stored(tmp_path)
    blob = bytearray(store.path(attachment_id).read_bytes())
    blob[MIB + 100] ^= 1
    store.path(attachment_id).write_bytes(bytes(blob))
    expected = (hashlib.sha256(DATA).hexdigest(), len(DATA))
    with pytest.raises(VaultCorrupt, match="damaged"):
        store.read(attachment_id, identity, io.BytesIO(), expected, VaultCorrupt("damaged"))


def test_bytes_that_are_not_the_recorded_ones_are_refused(tmp_path: Path) -> None:
    """The last, partial MiB counts: a recorded hash or size of other bytes is refused."""
    store, attachment_id, identity = _stored(tmp_path)
    for expected in [
        (hashlib.sha256(DATA[:-1]).hexdigest(), len(DATA)),
        (hashlib.sha256(DATA).hexdigest(), len(DATA) - 1),
    ]:
        with pytest.raises(VaultCorrupt, match="damaged"):
            store.read(attachment_id, identity, io.BytesIO(), expected, VaultCorrupt("damaged"))


class _FullDisk(io.BytesIO):
    def write(self, data: object) -> int:
        raise OSError(28, "No space left on device")


def test_a_full_disk_and_a_cancel_on_reading_surface_as_themselves(tmp_path: Path) -> None:
    store, attachment_id, identity = _stored(tmp_path)
    expected = (hashlib.sha256(DATA).hexdigest(), len(DATA))
    damaged = VaultCorrupt("damaged")
    with pytest.raises(OSError, match="No space") as caught:
        store.read(attachment_id, identity, _FullDisk(), expected, damaged)
    assert not isinstance(caught.value, VaultCorrupt)

    def cancel(_done: int, _total: int) -> None:
        raise Stop()

    with pytest.raises(Stop):
        store.read(attachment_id, identity, io.BytesIO(), expected, damaged, cancel)


def test_a_failing_source_or_cancel_on_writing_leaves_nothing(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    pieces = iter(_pieces(DATA))

    def source() -> bytes:
        piece = next(pieces, b"")
        if len(piece) > MIB:
            raise Stop()  # as a rejected bundle stops its member's pieces
        return piece

    with pytest.raises(Stop):
        store.write_chunks(secrets.token_hex(16), source, len(DATA))

    def cancel(_done: int, _total: int) -> None:
        raise Stop()

    with pytest.raises(Stop):
        store.write(secrets.token_hex(16), io.BytesIO(DATA), len(DATA), cancel)
    assert os.listdir(store.folder) == []
