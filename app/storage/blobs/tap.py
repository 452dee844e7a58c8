"""A pass-through for the bytes pyrage reads or writes: counts them, hashes them (SHA-256 on the
very bytes encrypted or decrypted, no second pass), reports progress, and keeps any exception
raised inside read/write. pyrage re-raises those as EncryptError or a bare OSError with only
the text (even KeyboardInterrupt), so without it a full disk would pass for a damaged file.
Bundles (app/sync) stream through it too."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import BinaryIO

Progress = Callable[[int, int], None] | None  # (done bytes, total bytes)

PROGRESS_STEP = 1024 * 1024


class Tap:
    def __init__(self, raw: BinaryIO, total: int, progress: Progress, hashed: bool = True) -> None:
        self._stream, self._total, self._progress, self._hashed = raw, total, progress, hashed
        self._reported = self.size = 0
        self.sha256 = hashlib.sha256()
        self.error: BaseException | None = None

    def read(self, size: int = -1) -> bytes:
        try:
            return self._seen(self._stream.read(size))
        except BaseException as exc:
            self.error = exc
            raise

    def write(self, data: bytes) -> int:
        try:
            self._stream.write(data)
            return len(self._seen(data))
        except BaseException as exc:
            self.error = exc
            raise

    def finish(self) -> None:
        """The last progress report (100 %), once the bytes are known to be right."""
        if self._progress is not None and self._reported != self.size:
            self._progress(self.size, max(self._total, self.size))

    def _seen(self, data: bytes) -> bytes:
        if self._hashed:
            self.sha256.update(data)
        self.size += len(data)
        if self._progress is not None and self.size - self._reported >= PROGRESS_STEP:
            self._reported = self.size
            self._progress(self.size, max(self._total, self.size))
        return data
