"""File-system hygiene for the vault: private permissions, atomic whole-file writes, and files
made durable together (SyncBehind)."""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO, Protocol

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_TEMP = ".tmp"
_BUFFER = 1024 * 1024  # a hand-over of the archive is written in many small pieces
_KICK = 16 * 1024 * 1024  # see WriteBehind


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    os.chmod(path, PRIVATE_DIR)  # mkdir's mode is filtered by the umask; be explicit


def write_atomic(path: Path, data: bytes) -> None:
    """Temp file in the same folder, fsync, rename: a crash leaves the old or the new file.

    Only ever used for data that is not testimony in plaintext (keyslots, encrypted files), and
    for a hand-over, which the user writes out of the vault on purpose.
    """
    with atomic_file(path) as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """`write_atomic` for a file written a piece at a time: the pieces go to a temp file
    (`.<name>.<random>.tmp`, mode 0600) in the same folder, which becomes ``path`` only once
    the block ends without an error, fsynced; an error removes it."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=_TEMP, dir=path.parent)
    try:
        with os.fdopen(fd, "wb", buffering=_BUFFER) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, PRIVATE_FILE)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    fsync_dir(path.parent)


def remove_leftovers(path: Path, suffix: str = _TEMP) -> None:
    """Remove what a write of ``path`` through a hidden temp file beside it (`atomic_file`, or
    mkstemp with ``suffix``) left when its process was killed half-way."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*{glob.escape(suffix)}"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Sink(Protocol):
    """Where bytes go: an open file, a pipe, a file written behind."""

    def write(self, data: bytes | memoryview, /) -> int: ...


class WriteBehind:
    """A large file being written, whose pages the kernel is asked to start writing to disk
    every 16 MiB instead of when it is fsynced.

    Linux keeps written pages in memory until a tenth of it is dirty or they are 30 s old: none
    of a 1 GiB attachment reached the disk before its fsync, which then waited for all of it
    after the encryption was done (3 s on a disk that writes 350 MB/s, 2.2 times what `age`
    takes to encrypt the same bytes without an fsync). Asked as it goes, the disk writes while
    pyrage encrypts and the fsync finds little left: 512 MiB encrypted and fsynced in 0.87 s
    instead of 1.13-1.91 s (2026-12-04). The request is posix_fadvise(DONTNEED), which starts
    the writing without waiting for it and then forgets the pages already on disk (PostgreSQL
    asks the same way where sync_file_range is missing). A hint only: where the system has no
    such call or refuses it (a pipe), nothing changes. Written from where the file stands when
    wrapped, onwards, as every file given to it is."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._kicked = self._written = handle.tell() if handle.seekable() else 0
        self._hint = getattr(os, "posix_fadvise", None) if handle.seekable() else None

    def write(self, data: bytes | memoryview) -> int:
        written = self._handle.write(data)
        self._written += len(data)
        if self._written - self._kicked >= _KICK and self._hint is not None:
            self._handle.flush()  # what Python still buffers is not the kernel's yet
            try:
                self._hint(self._handle.fileno(), self._kicked, self._written - self._kicked,
                           os.POSIX_FADV_DONTNEED)  # fmt: skip
            except OSError:
                self._hint = None
            self._kicked = self._written
        return written

    def flush(self) -> None:
        self._handle.flush()


class SyncBehind:
    """fsyncs written files in a thread of its own while the caller goes on writing the next,
    then the folder once (`finish`): for a batch of files that only become worth anything
    together, at a commit that comes after `finish` (an import's blobs). A file fsynced one
    after the other cost a pause per file and a folder fsync each (16 for 8 attachments);
    fsync releases the GIL, so the wait for the disk overlaps with encrypting the next file.

    `add` takes ownership of a file descriptor (closed once synced); `close` waits for the
    thread and closes whatever it did not reach, without raising."""

    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None
        self._pending: list[Future[None]] = []

    def add(self, fd: int) -> None:
        if os.name != "posix":
            # Windows cannot rename a file another handle keeps open: synced and closed now.
            _fsync_and_close(fd)
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fsync-behind")
        try:
            self._pending.append(self._pool.submit(_fsync_and_close, fd))
        except BaseException:
            os.close(fd)
            raise

    def finish(self, folder: Path) -> None:
        """Every file added is on disk, then the folder's entries; the first failure raised.
        Nothing added, nothing to do (the folder may not even exist)."""
        pending, self._pending = self._pending, []
        if not pending:
            return
        errors = [future.exception() for future in pending]  # waits for each in turn
        if (error := next((e for e in errors if e is not None), None)) is not None:
            raise error
        fsync_dir(folder)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)  # every submitted fsync ran and closed its file
            self._pool = None
        self._pending = []


def _fsync_and_close(fd: int) -> None:
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
