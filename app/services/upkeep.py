"""Upkeep at idle: the search index merge and the WAL checkpoint that a save no longer pays for
(app/storage/maintenance.py), run on a background thread once the vault has had no commit for
a moment, and stopped (waiting for the current step only) when the vault is locked.

Started by app/services/vault.py for every vault a face unlocks; the first commit starts the
thread, so a vault only read starts none.
"""

from __future__ import annotations

import logging
import threading
import time

from app.storage import maintenance
from app.storage.vault import Vault

log = logging.getLogger(__name__)

IDLE_SECONDS = 2.0  # an interviewer typing between saves; a bulk import between its batches
# Without idle time (an import of many bundles), the WAL is still folded in, in the background,
# once it holds this much: it never grows without bound while the vault stays unlocked.
WAL_LIMIT = 64 * 1024 * 1024


class IdleUpkeep:
    def __init__(
        self, vault: Vault, idle_seconds: float = IDLE_SECONDS, wal_limit: int = WAL_LIMIT
    ) -> None:
        self._vault = vault
        self._idle = idle_seconds
        self._wal_limit = wal_limit
        self._wal = vault.paths.database.with_name(vault.paths.database.name + "-wal")
        self._last_commit = time.monotonic()
        self._committed = threading.Event()
        self._stopping = threading.Event()
        self._guard = threading.Lock()
        self._thread: threading.Thread | None = None
        self.rounds = 0  # completed rounds of upkeep, for tests and the debug log
        self.busy_checkpoints = 0  # checkpoints made before idle time came (WAL_LIMIT)
        self.caught_up = True  # nothing left to merge or fold in since the last commit

    @classmethod
    def attach(
        cls, vault: Vault, idle_seconds: float = IDLE_SECONDS, wal_limit: int = WAL_LIMIT
    ) -> IdleUpkeep:
        upkeep = cls(vault, idle_seconds, wal_limit)
        vault.on_commit(upkeep.note_commit)
        vault.on_close(upkeep.stop)
        return upkeep

    def note_commit(self) -> None:
        """Called on the committing thread: takes note and returns at once."""
        with self._guard:
            self.caught_up = False
            self._last_commit = time.monotonic()
            self._committed.set()
            if self._thread is None and not self._stopping.is_set():
                self._thread = threading.Thread(target=self._run, name="upkeep", daemon=True)
                self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._committed.set()  # wake the thread if it waits for a commit
        with self._guard:
            thread = self._thread
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        while True:
            self._committed.wait()
            if not self._wait_until_idle():
                return
            self._committed.clear()
            self._work()
            if self._stopping.is_set():
                return

    def _wait_until_idle(self) -> bool:
        """False when the vault is being locked."""
        while not self._stopping.is_set():
            if self._wal_bytes() > self._wal_limit:
                maintenance.checkpoint_wal(self._vault)  # passive: no writer waits for it
                self.busy_checkpoints += 1
            quiet_for = time.monotonic() - self._last_commit
            if quiet_for >= self._idle:
                return True
            self._stopping.wait(min(self._idle - quiet_for, 0.5))
        return False

    def _wal_bytes(self) -> int:
        try:
            return self._wal.stat().st_size
        except OSError:
            return 0

    def _work(self) -> None:
        """Merge step by step while nobody commits, then fold the WAL in. A failure (the disk
        is full, a long writer kept the lock) is left for the next round or for the lock."""
        try:
            merged, more = 0, True
            while more and not self._stopping.is_set() and not self._committed.is_set():
                more = maintenance.merge_step(self._vault)
                merged += more
            maintenance.checkpoint_wal(self._vault)
            with self._guard:
                self.rounds += 1
                self.caught_up = not more and not self._committed.is_set()
            log.debug("vault.idle_upkeep merge_steps=%d", merged)
        except Exception as exc:  # never content: SQLAlchemy hides bound values
            log.warning("vault.idle_upkeep_failed error=%s", type(exc).__name__)
