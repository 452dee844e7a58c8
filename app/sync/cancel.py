"""Stopping long work on request: a token the caller keeps and the core checks.

Whoever starts an import (the desktop's Cancel button, a test) holds the token and calls
`cancel()`; the core checks it each time it reports progress, between chunks of the bundle, and
stops there by raising `Cancelled`, which rolls back the bundle being read. Nothing is asked of
the progress callback: it only reports.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.storage.errors import Cancelled

Progress = Callable[[int, int], None] | None

__all__ = ["CancelToken", "Cancelled"]


class CancelToken:
    """Set once, from any thread; never reset (a new piece of work gets a new token)."""

    def __init__(self) -> None:
        self._asked = threading.Event()

    def cancel(self) -> None:
        self._asked.set()

    @property
    def cancelled(self) -> bool:
        return self._asked.is_set()

    def check(self) -> None:
        """Stop here if asked to (raises Cancelled)."""
        if self._asked.is_set():
            raise Cancelled()

    def watching(self, progress: Progress) -> Callable[[int, int], None]:
        """`progress`, then a check of this token: where long work reports, it may stop."""

        def report(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            self.check()

        return report
