"""The one owner of the vault's `blobs/` folder: the encrypted files of attachments and which
of them are still being written.

On disk (unchanged): `blobs/<id>.age`, an age v1 file encrypted to the attachment's own X25519
identity, which is kept only in the attachment's row inside the SQLCipher database; while it is
written, `blobs/.<id>.age.tmp`. A write encrypts to the temp file, fsyncs it, renames it and
fsyncs the folder; only then may the caller commit the row. A crash before that commit leaves
a file whose key died with the process: `collect` removes it at the next unlock.

In flight: an id is marked from the moment its temp file is created until the caller calls
`settle` (its row committed or its file removed). One process holds the vault (lock file), but
a worker thread may attach or import while another collects garbage: without the mark, a
renamed but not yet committed blob would look orphaned and be deleted.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyrage

from app.storage.blobs.tap import CHUNK, ChunkSource, Gathering, GatheringBehind, Progress, Tap
from app.storage.errors import VaultCorrupt, VaultError
from app.storage.files import (
    PRIVATE_FILE,
    Sink,
    SyncBehind,
    WriteBehind,
    fsync_dir,
    make_private_dir,
)

_BLOB_NAME = re.compile(r"^(\.?)([0-9a-f]{32})\.age(\.tmp)?$")

# Process-wide on purpose: ids are 128 random bits, and every BlobStore of a folder must see
# the marks of the others (a service and a sync import each make their own).
_in_flight: set[str] = set()
_in_flight_lock = threading.Lock()


@dataclass(frozen=True)
class Written:
    identity: str  # the age secret key: goes into the row, nowhere else
    sha256: str
    size: int


class BlobStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, attachment_id: str) -> Path:
        return self.folder / f"{attachment_id}.age"

    # --- writing ---------------------------------------------------------------------------
    def write(
        self,
        attachment_id: str,
        source: BinaryIO,
        total: int = 0,
        progress: Progress = None,
        check: Callable[[str, int], None] | None = None,
    ) -> Written:
        """Encrypt `source` into `<id>.age` under a new identity; the id stays in flight until
        `settle`. `check(sha256, size)` may refuse the bytes before the file takes its name.
        On any failure nothing is left behind and the id is settled."""
        return self.write_chunks(attachment_id, lambda: source.read(CHUNK), total, progress, check)

    def write_chunks(
        self,
        attachment_id: str,
        next_chunk: Callable[[], bytes],
        total: int = 0,
        progress: Progress = None,
        check: Callable[[str, int], None] | None = None,
        behind: SyncBehind | None = None,
    ) -> Written:
        """As `write`, from `next_chunk()`, which returns b"" at the end. With `behind`, the
        file is fsynced in its thread and the folder is not: the caller's `behind.finish` must
        return before any row naming the blob commits (until then it is an orphan if we die)."""
        identity = pyrage.x25519.Identity.generate()
        blob = self.path(attachment_id)
        tmp = blob.with_name(f".{blob.name}.tmp")
        with _in_flight_lock:
            _in_flight.add(attachment_id)
        try:
            make_private_dir(self.folder)
            tap = ChunkSource(next_chunk, total, progress)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
            with os.fdopen(fd, "wb") as sink:
                # A full disk must surface as itself (Tap); the disk writes as pyrage encrypts.
                written = Tap(WriteBehind(sink), 0, None, hashed=False)
                try:
                    pyrage.encrypt_io(tap, written, [identity.to_public()])
                except pyrage.EncryptError:
                    if (error := tap.error or written.error) is not None:
                        raise error from None
                    raise
                sink.flush()
                if behind is None:
                    os.fsync(sink.fileno())
                else:
                    behind.add(os.dup(sink.fileno()))
            sha256 = tap.sha256.hexdigest()
            if check is not None:
                check(sha256, tap.size)
            if blob.exists():  # ids are random: only a forged or replayed one gets here
                raise VaultError(f"an attachment with id {attachment_id} exists already")
            os.replace(tmp, blob)
            if behind is None:
                fsync_dir(self.folder)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            self.settle([attachment_id])
            raise
        tap.finish()
        return Written(str(identity), sha256, tap.size)

    def settle(self, attachment_ids: Iterable[str]) -> None:
        """These ids are no longer in flight: their rows committed, or their files are gone."""
        with _in_flight_lock:
            _in_flight.difference_update(attachment_ids)

    # --- reading ---------------------------------------------------------------------------
    def read(
        self,
        attachment_id: str,
        identity: str,
        sink: Sink,
        expected: tuple[str, int],
        damaged: VaultCorrupt,
        progress: Progress = None,
        behind: bool = False,
    ) -> None:
        """Decrypt into `sink`; `damaged` unless the plaintext is `expected` (SHA-256, size).
        Errors of `sink` itself (a full disk) are raised as they are. ``behind``: hash and
        write in a thread of their own (GatheringBehind), for a sink that is a file."""
        sha256, size = expected
        try:
            handle = self.path(attachment_id).open("rb", buffering=0)
        except FileNotFoundError:
            raise VaultCorrupt(
                f"the encrypted file {attachment_id}.age of an attachment is missing"
            ) from None
        # pyrage writes 8 KiB at a time: gathered into 1 MiB, hashed and passed on once.
        tap = (GatheringBehind if behind else Gathering)(sink, size, progress)
        with handle:
            # 1 MiB per read from the disk, not 8 KiB; a read error is not a failed MAC either
            source = ChunkSource(lambda: handle.read(CHUNK), 0, None, hashed=False)
            try:
                pyrage.decrypt_io(source, tap, [pyrage.x25519.Identity.from_str(identity)])
                tap.flush()
            except (pyrage.DecryptError, OSError):
                tap.close()
                if tap.error is not None:
                    raise tap.error from None
                if source.error is not None:
                    raise source.error from None
                raise damaged from None
            except BaseException:
                tap.close()
                raise
        tap.close()
        if tap.error is not None:  # the last chunk's write, behind
            raise tap.error
        if tap.sha256.hexdigest() != sha256 or tap.size != size:
            raise damaged
        tap.finish()

    # --- removing --------------------------------------------------------------------------
    def remove(self, attachment_ids: Iterable[str]) -> None:
        """Unlink without overwriting (their keys are gone already), then settle them."""
        ids = list(attachment_ids)
        removed = False
        for attachment_id in ids:
            with contextlib.suppress(OSError):
                self.path(attachment_id).unlink()
                removed = True
        if removed:
            fsync_dir(self.folder)
        self.settle(ids)

    def shred(self, attachment_id: str) -> None:
        """Overwrite, then unlink. Best effort: SSDs and copy-on-write file systems may keep
        old blocks; the key deleted with the row is what protects the content."""
        path = self.path(attachment_id)
        with contextlib.suppress(OSError):
            with path.open("r+b") as handle:
                remaining = os.fstat(handle.fileno()).st_size
                zeros = memoryview(bytes(CHUNK))
                while remaining > 0:
                    step = min(CHUNK, remaining)
                    handle.write(zeros[:step])
                    remaining -= step
                handle.flush()
                os.fsync(handle.fileno())
            path.unlink()
            fsync_dir(self.folder)

    def collect(self, live_ids: Callable[[], set[str]]) -> int:
        """Remove temp files and blobs whose id is neither in flight nor in `live_ids()` (the
        committed rows); returns how many went. Orphans are unlinked, not overwritten: their
        keys are gone already, and overwriting gigabytes would make unlocking slow."""
        if not self.folder.is_dir():
            return 0
        # Order matters: list, then see what is in flight, then read the rows. A listed blob
        # was renamed before the listing; if its write is no longer in flight, it has committed
        # (the rows read after see it) or removed its own file.
        names = os.listdir(self.folder)
        with _in_flight_lock:
            busy = set(_in_flight)
        live = live_ids()
        removed = 0
        for name in names:
            match = _BLOB_NAME.match(name)
            if match is None or match[2] in busy:
                continue  # not ours, or still being written
            dotted, attachment_id, temp = match.groups()
            if (dotted and temp) or (not dotted and not temp and attachment_id not in live):
                with contextlib.suppress(FileNotFoundError):
                    (self.folder / name).unlink()
                    removed += 1
        if removed:
            fsync_dir(self.folder)
        return removed
