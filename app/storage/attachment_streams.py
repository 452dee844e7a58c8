"""Attachment bytes streamed out of and into the vault's encrypted blobs, for bundles.

Out: the plaintext of a blob is decrypted straight into a writer (the bundle's tar), checked
against the recorded hash and size. In: bytes arriving from a bundle are encrypted to a fresh
per-attachment identity as they come, into `blobs/<id>.age`; the caller commits the rows in its
own transaction and then calls `release` (which removes the files of a rolled-back import).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, cast

import pyrage

from app.storage.attachments import _decrypt, _in_flight, _in_flight_lock, _Tap
from app.storage.errors import VaultCorrupt, VaultError
from app.storage.files import PRIVATE_FILE, fsync_dir, make_private_dir
from app.storage.models import Attachment
from app.storage.paths import VaultPaths

# Counts, hashes, reports progress and keeps the caller's own read/write errors (pyrage hides
# them); bundles stream through it too.
Tap = _Tap


def stream_plaintext(paths: VaultPaths, row: Attachment, sink: Any) -> None:
    """Decrypt the attachment's blob into `sink`; VaultCorrupt if it does not match its record."""
    damaged = VaultCorrupt(
        f"attachment {row.sha256[:12]} of testimony {row.testimony_id} does not match its "
        "recorded hash (its encrypted file is damaged or was replaced)"
    )
    tap = _Tap(cast(BinaryIO, sink), row.size, None)
    _decrypt(paths.blobs / f"{row.id}.age", tap, row.identity, damaged)
    if tap.sha256.hexdigest() != row.sha256 or tap.size != row.size:
        raise damaged


class Mismatch(VaultError):
    """The streamed bytes were not the announced ones (hash or size)."""


@dataclass(frozen=True)
class ReceivedBlob:
    attachment_id: str
    identity: str


class _ChunkReader:
    """A file-like view of an iterable of chunks. pyrage reads 8 KiB at a time from 1 MiB
    chunks: the current chunk is kept with a position, never copied per read (slicing the rest
    off a bytes buffer on every read made a 1 GiB import quadratic)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks: Iterator[bytes] = iter(chunks)
        self._chunk = memoryview(b"")
        self._pos = 0

    def read(self, size: int = -1) -> bytes:
        out = bytearray()
        while size < 0 or len(out) < size:
            if self._pos >= len(self._chunk):
                chunk = next(self._chunks, None)
                if chunk is None:
                    break
                self._chunk, self._pos = memoryview(chunk), 0
                continue
            wanted = len(self._chunk) - self._pos if size < 0 else size - len(out)
            piece = self._chunk[self._pos : self._pos + wanted]
            out += piece
            self._pos += len(piece)
        return bytes(out)


def receive(
    paths: VaultPaths, chunks: Iterable[bytes], sha256: str, size: int, attachment_id: str
) -> ReceivedBlob:
    """Encrypt `chunks` into a new blob `<attachment_id>.age`; Mismatch unless they are `size`
    bytes hashing to `sha256`. The blob stays marked in flight (safe from garbage collection)
    until `release`."""
    identity = pyrage.x25519.Identity.generate()
    make_private_dir(paths.blobs)
    blob = paths.blobs / f"{attachment_id}.age"
    tmp = blob.with_name(f".{blob.name}.tmp")
    with _in_flight_lock:
        _in_flight.add(attachment_id)
    try:
        tap = _Tap(cast(BinaryIO, _ChunkReader(chunks)), size, None)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as sink:
            try:
                pyrage.encrypt_io(tap, sink, [identity.to_public()])
            except pyrage.EncryptError:
                if tap.error is not None:
                    raise tap.error from None
                raise
            sink.flush()
            os.fsync(sink.fileno())
        if tap.sha256.hexdigest() != sha256 or tap.size != size:
            raise Mismatch(f"blobs/{sha256} does not have the hash and size the manifest lists")
        if blob.exists():
            raise VaultError(f"an attachment with id {attachment_id} exists already")
        os.replace(tmp, blob)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        with _in_flight_lock:
            _in_flight.discard(attachment_id)
        raise
    return ReceivedBlob(attachment_id, str(identity))


def release(paths: VaultPaths, received: Iterable[ReceivedBlob], committed: bool) -> None:
    """After the import's transaction: files of committed rows stay, the others go."""
    removed = False
    for blob in received:
        if not committed:
            with contextlib.suppress(OSError):
                (paths.blobs / f"{blob.attachment_id}.age").unlink()
                removed = True
        with _in_flight_lock:
            _in_flight.discard(blob.attachment_id)
    if removed:
        fsync_dir(paths.blobs)
