"""One process per vault: an exclusive advisory lock on `vault.lock`, held while open.

Two writers on one SQLCipher file would be safe for the data (SQLite locks) but not for the
user: the second would see half-finished work and race on migrations and keyslot changes.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType

from app.storage.errors import VaultLocked
from app.storage.files import PRIVATE_FILE

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt
else:
    import fcntl


class VaultLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        # O_CREAT without truncation: an existing lock file keeps its bytes and its mtime.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        try:
            if sys.platform == "win32":  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise VaultLocked(
                "this vault is already open in another Sviedka window or command; close it first"
            ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            if sys.platform != "win32":
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> VaultLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
