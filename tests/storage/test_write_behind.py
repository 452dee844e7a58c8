"""Files written behind (app.storage.files.WriteBehind): the kernel is asked to start writing a
large file's pages to disk as they are written, so that its fsync finds little left. Whether it
is faster is the benchmarks' to say (bench/attach.py, bench/bundle.py); here: it is only a hint,
so what is written is exactly what was given, wherever it goes."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from app.storage.files import WriteBehind

MIB = 1024 * 1024


def _pieces() -> list[bytes]:
    """40 MiB in pieces of odd sizes: the 16 MiB marks fall inside a piece."""
    return [os.urandom(size) for size in (3 * MIB + 7, 8 * 1024, 13 * MIB + 1, 24 * MIB - 1)]


def test_a_file_written_behind_holds_every_byte_in_order(tmp_path: Path) -> None:
    pieces = _pieces()
    target = tmp_path / "blob.age"
    with target.open("wb") as handle:
        handle.write(b"head")  # written behind from where the file stands
        behind = WriteBehind(handle)
        for piece in pieces:
            assert behind.write(memoryview(piece)) == len(piece)
        behind.flush()
        os.fsync(handle.fileno())
    assert target.read_bytes() == b"head" + b"".join(pieces)


def test_a_pipe_cannot_be_written_behind_and_is_written_all_the_same() -> None:
    """A bundle's tar goes through a pipe: the hint does not apply and nothing changes."""
    pieces = _pieces()
    read_end, write_end = os.pipe()
    received: list[bytes] = []

    def drain() -> None:
        with os.fdopen(read_end, "rb") as reader:
            while chunk := reader.read(MIB):
                received.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    with os.fdopen(write_end, "wb") as writer:
        behind = WriteBehind(writer)
        for piece in pieces:
            behind.write(piece)
        behind.flush()
    reader.join(timeout=60)
    assert b"".join(received) == b"".join(pieces)
