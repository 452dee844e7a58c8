"""Attachment bytes streamed out of and into the vault's blob store (app/storage/blobs), for
bundles and for previews.

Out: the plaintext of a blob is decrypted straight into a writer (the bundle's tar), checked
against the recorded hash and size. In: bytes arriving from a bundle are encrypted to a fresh
per-attachment identity as they come, into `blobs/<id>.age`; the caller commits the rows in its
own transaction and then calls `release` (which removes the files of a rolled-back import).
An import fsyncs its blobs behind the stream (app.storage.files.SyncBehind) and the folder once,
before its commit, instead of pausing for each blob and its folder entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, BinaryIO, cast

from app.storage.blobs import BlobStore, Tap
from app.storage.errors import VaultCorrupt, VaultError
from app.storage.files import SyncBehind
from app.storage.models import Attachment
from app.storage.paths import VaultPaths

__all__ = [
    "Mismatch", "ReceivedBlob", "SyncBehind", "Tap", "receive", "release", "stream_plaintext",
]  # fmt: skip


def stream_plaintext(paths: VaultPaths, row: Attachment, sink: Any) -> None:
    """Decrypt the attachment's blob into `sink`; VaultCorrupt if it does not match its record."""
    damaged = VaultCorrupt(
        f"attachment {row.sha256[:12]} of testimony {row.testimony_id} does not match its "
        "recorded hash (its encrypted file is damaged or was replaced)"
    )
    expected = (row.sha256, row.size)
    BlobStore(paths.blobs).read(row.id, row.identity, cast(BinaryIO, sink), expected, damaged)


class Mismatch(VaultError):
    """The streamed bytes were not the announced ones (hash or size)."""


@dataclass(frozen=True)
class ReceivedBlob:
    attachment_id: str
    identity: str


def receive(
    paths: VaultPaths, chunks: Iterable[bytes], sha256: str, size: int, attachment_id: str,
    behind: SyncBehind | None = None,
) -> ReceivedBlob:  # fmt: skip
    """Encrypt `chunks` into a new blob `<attachment_id>.age`; Mismatch unless they are `size`
    bytes hashing to `sha256`. The blob stays marked in flight (safe from garbage collection)
    until `release`. With `behind` (all the blobs of one import), the blob is on disk only
    once `behind.finish(paths.blobs)` returned: call it before committing the rows."""

    def announced(actual_sha256: str, actual_size: int) -> None:
        if actual_sha256 != sha256 or actual_size != size:
            raise Mismatch(f"blobs/{sha256} does not have the hash and size the manifest lists")

    pieces = iter(chunks)  # taken as they come: BlobStore hashes each piece once
    written = BlobStore(paths.blobs).write_chunks(
        attachment_id, lambda: next(pieces, b""), size, None, announced, behind
    )
    return ReceivedBlob(attachment_id, written.identity)


def release(paths: VaultPaths, received: Iterable[ReceivedBlob], committed: bool) -> None:
    """After the import's transaction: files of committed rows stay, the others go."""
    store = BlobStore(paths.blobs)
    ids = [blob.attachment_id for blob in received]
    if committed:
        store.settle(ids)
    else:
        store.remove(ids)
