"""Writing a bundle: a PAX tar from hand-made headers, padded, age-encrypted, written atomically.

The tar is produced in a thread into a pipe that pyrage's `encrypt_io` reads, so attachment
bytes flow from the vault's encrypted blobs to the encrypted bundle without ever being whole in
memory or on disk in plaintext.
"""

from __future__ import annotations

import contextlib
import os
import tarfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyrage

from app.storage.attachment_streams import Tap
from app.storage.files import PRIVATE_FILE, WriteBehind, fsync_dir
from app.sync.bundle_format import padded_size
from app.sync.pipes import PushPipe

BLOCK = tarfile.BLOCKSIZE
_ZEROS = bytes(64 * 1024)

Progress = Callable[[int, int], None] | None


class Writable(Protocol):
    def write(self, data: bytes) -> int: ...


@dataclass(frozen=True)
class OutMember:
    """A member to write: its name, size, and a function that writes exactly `size` bytes."""

    name: str
    size: int
    fill: Callable[[Writable], None]


def bytes_member(name: str, data: bytes) -> OutMember:
    def fill(sink: Writable) -> None:
        sink.write(data)

    return OutMember(name, len(data), fill)


def tar_header(name: str, size: int) -> bytes:
    """A header with nothing of the machine in it: mtime 0, uid/gid 0, no user or group names."""
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = 0
    info.mode = 0o644
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.type = tarfile.REGTYPE
    return info.tobuf(format=tarfile.PAX_FORMAT, encoding="utf-8", errors="strict")


class _Counting:
    def __init__(self, sink: Writable) -> None:
        self._sink = sink
        self.count = 0

    def write(self, data: bytes) -> int:
        self._sink.write(data)
        self.count += len(data)
        return len(data)


def write_tar(sink: Writable, members: Iterable[OutMember], pad: bool = True) -> int:
    """The uncompressed tar, then zeros up to the size bucket; returns the bytes written."""
    out = _Counting(sink)
    for member in members:
        out.write(tar_header(member.name, member.size))
        before = out.count
        member.fill(out)
        if out.count - before != member.size:
            raise ValueError(f"member {member.name} did not have its announced size")
        out.write(_ZEROS[: -member.size % BLOCK])
    out.write(_ZEROS[: 2 * BLOCK])  # end of archive
    remaining = padded_size(out.count) - out.count if pad else 0
    while remaining > 0:
        out.write(_ZEROS[: min(remaining, len(_ZEROS))])
        remaining -= min(remaining, len(_ZEROS))
    return out.count


def plaintext_size(members: Iterable[OutMember], pad: bool = True) -> int:
    """The bytes `write_tar` will write: headers, data to whole blocks, the end, the padding."""
    size = sum(len(tar_header(m.name, m.size)) + m.size + (-m.size % BLOCK) for m in members)
    size += 2 * BLOCK
    return padded_size(size) if pad else size


def _produce(sink: Writable, members: list[OutMember], pad: bool) -> None:
    write_tar(sink, members, pad)


def pending_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.pending")


def write_pending(
    target: Path,
    recipients: Iterable[str],
    members: list[OutMember],
    progress: Progress = None,
    pad: bool = True,
) -> int:
    """Write the bundle, fsynced, to `.<target>.pending` beside `target`; returns its size.

    The caller `publish`es it once its own bookkeeping is committed, or `discard`s it.
    """
    parsed = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    total = plaintext_size(members, pad)  # the ciphertext is a little larger
    pending = pending_path(target)
    fd = os.open(pending, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as raw:
            # Written behind: the disk (a USB stick) writes while pyrage encrypts.
            sink = Tap(WriteBehind(raw), total, progress, hashed=False)
            with PushPipe(lambda out: _produce(out, members, pad), "bundle-tar") as pipe:
                # On an error here, leaving the block closes the pipe: the producer stops.
                try:
                    pyrage.encrypt_io(pipe, sink, parsed)
                except Exception:
                    # pyrage re-raises our own write failure (a full disk, a cancelled progress
                    # callback) as EncryptError or a bare OSError with only its text: raise the
                    # real one, so the caller can tell a cancel from a failure.
                    if sink.error is not None:
                        raise sink.error from None
                    raise
                error = pipe.wait()
            if error is not None:
                raise error
            raw.flush()
            os.fsync(raw.fileno())
    except BaseException:
        discard(target)
        raise
    sink.finish()
    return sink.size


def publish(target: Path) -> None:
    """Move the finished bundle to its name; never replaces an existing file."""
    pending = pending_path(target)
    try:
        os.link(pending, target)
        pending.unlink()
    except FileExistsError:
        raise
    except OSError:  # no hard links (FAT USB sticks)
        if target.exists():
            raise FileExistsError(target) from None
        os.replace(pending, target)
    fsync_dir(target.parent)


def discard(target: Path) -> None:
    with contextlib.suppress(OSError):
        pending_path(target).unlink()
