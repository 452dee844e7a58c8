"""The blob store: a file written but not yet committed survives garbage collection until it is
settled, a refused or failed write leaves nothing, and a rolled-back import loses its files."""

from __future__ import annotations

import hashlib
import io
import os
import secrets
from pathlib import Path

import pytest

from app.storage.attachment_streams import Mismatch, receive, release
from app.storage.blobs import BlobStore
from app.storage.errors import VaultCorrupt
from app.storage.paths import VaultPaths

DATA = os.urandom(200_000)


def test_written_blob_is_spared_until_settled_then_collected_without_a_row(
    tmp_path: Path,
) -> None:
    store = BlobStore(tmp_path / "blobs")
    attachment_id = secrets.token_hex(16)
    written = store.write(attachment_id, io.BytesIO(DATA), len(DATA))
    assert (written.sha256, written.size) == (hashlib.sha256(DATA).hexdigest(), len(DATA))
    assert os.listdir(store.folder) == [f"{attachment_id}.age"]
    assert DATA[:64] not in store.path(attachment_id).read_bytes()

    assert store.collect(set) == 0  # renamed, not yet committed: in flight
    out = io.BytesIO()
    damaged = VaultCorrupt("damaged")
    store.read(attachment_id, written.identity, out, (written.sha256, written.size), damaged)
    assert out.getvalue() == DATA

    store.settle([attachment_id])
    assert store.collect(lambda: {attachment_id}) == 0  # its row committed: it stays
    assert store.collect(set) == 1  # no row: an orphan
    assert os.listdir(store.folder) == []


def test_a_blob_read_with_another_key_or_tampered_is_damaged(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    first, second = secrets.token_hex(16), secrets.token_hex(16)
    one = store.write(first, io.BytesIO(DATA), len(DATA))
    store.write(second, io.BytesIO(DATA), len(DATA))
    store.settle([first, second])
    damaged = VaultCorrupt("damaged")
    os.replace(store.path(second), store.path(first))  # swapped in: another key
    with pytest.raises(VaultCorrupt, match=r"^damaged$"):
        store.read(first, one.identity, io.BytesIO(), (one.sha256, one.size), damaged)


def test_refused_import_leaves_nothing_and_a_rollback_loses_its_files(tmp_path: Path) -> None:
    paths = VaultPaths(tmp_path)
    digest = hashlib.sha256(DATA).hexdigest()
    chunks = [DATA[i : i + 65536] for i in range(0, len(DATA), 65536)]
    with pytest.raises(Mismatch):
        receive(paths, chunks, digest, len(DATA) + 1, secrets.token_hex(16))
    assert os.listdir(paths.blobs) == []

    received = [receive(paths, chunks, digest, len(DATA), secrets.token_hex(16))]
    store = BlobStore(paths.blobs)
    assert store.collect(set) == 0  # in flight until the import's transaction ends
    release(paths, received, committed=False)
    assert os.listdir(paths.blobs) == []

    kept = [receive(paths, chunks, digest, len(DATA), secrets.token_hex(16))]
    release(paths, kept, committed=True)
    assert os.listdir(paths.blobs) == [f"{kept[0].attachment_id}.age"]
