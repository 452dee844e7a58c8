"""Long work off the GUI thread: a task runs a plain function in a QThread and reports back
through signals, which Qt delivers on the GUI thread (electrum's TaskThread idea).

The core reports progress through plain callbacks (`progress(done, total)`); the task turns
them into a signal. Every thread is quit and joined: at shutdown and in test fixtures.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app import logs
from app.storage.errors import Cancelled as CoreCancelled


class Cancelled(CoreCancelled):
    """Raised inside a task's function when its cancel flag is set."""


class _Worker(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self, fn: Callable[..., Any], cancel: threading.Event) -> None:
        super().__init__()
        self._fn = fn
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        def report(done: int, total: int) -> None:
            if self._cancel.is_set():
                raise Cancelled()
            self.progress.emit(done, total)

        try:
            result = self._fn(report)
        except Exception as exc:
            logs.failed(__name__, "task", exc)
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class Task(QObject):
    """Run `fn(progress)` in a thread. Connect to finished/failed/progress, then start()."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    _running: ClassVar[set[Task]] = set()  # keeps tasks alive until their thread has ended

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(fn, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._error)
        self._worker.progress.connect(self.progress)

    def start(self) -> None:
        Task._running.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
        Task._running.discard(self)

    @Slot(object)
    def _done(self, result: object) -> None:
        self._stop()
        self.finished.emit(result)

    @Slot(object)
    def _error(self, error: object) -> None:
        self._stop()
        self.failed.emit(error)

    @classmethod
    def busy(cls) -> bool:
        """Whether any task is still running (auto-lock waits for it, see MainWindow)."""
        return bool(cls._running)

    @classmethod
    def join_all(cls) -> None:
        for task in list(cls._running):
            task.cancel()
            task._thread.quit()
            task._thread.wait()
        cls._running.clear()
