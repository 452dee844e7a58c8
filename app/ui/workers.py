"""The desktop's one way to run work off the GUI thread: a `Task` runs a plain function in a
QThread and reports back through signals, which Qt delivers on the GUI thread (electrum's
TaskThread idea); a `TaskRunner` shows one task at a time in a dialog's progress bar.

The core reports progress through plain callbacks (`progress(done, total)`); the task turns
them into a signal, and raises `Cancelled` from that callback once cancel() was asked. A
failure reaches `failed` as the exception, for the dialog to say in one line
(app.ui.parts.error_text), and is logged as app.unexpected's line: its type and where,
never its message. Every thread is quit and joined: at lock, at shutdown, in test fixtures.
Nothing in app/ui starts a thread any other way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressBar

from app import logs
from app.services.before_unlock import Cancelled as CoreCancelled


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


def is_cancel(error: object) -> bool:
    return isinstance(error, CoreCancelled)


def progress_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName("progress")
    bar.setRange(0, 1000)
    bar.setTextVisible(False)
    bar.hide()
    return bar


class TaskRunner(QObject):
    """One background task at a time, shown in a progress bar; detach() when the dialog goes
    (cancels it and stops listening, so a late result never reaches a deleted dialog)."""

    def __init__(self, bar: QProgressBar, parent: QObject) -> None:
        super().__init__(parent)
        self._bar = bar
        self._task: Task | None = None
        self._handlers: tuple[Callable[[Any], None], Callable[[Any], None]] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def task(self) -> Task | None:
        return self._task

    def start(
        self,
        work: Callable[[Callable[[int, int], None]], Any],
        done: Callable[[Any], None],
        failed: Callable[[Any], None],
    ) -> Task:
        task = Task(work)
        self._task, self._handlers = task, (done, failed)
        task.progress.connect(self._progress)
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        self._bar.setRange(0, 0)  # busy until the first report
        self._bar.show()
        task.start()
        return task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def detach(self) -> None:
        task, self._task, self._handlers = self._task, None, None
        if task is not None:
            task.cancel()
            for signal, slot in (
                (task.progress, self._progress),
                (task.finished, self._finished),
                (task.failed, self._failed),
            ):
                signal.disconnect(slot)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self._bar.setRange(0, 1000)
            self._bar.setValue(min(1000, int(done * 1000 / total)))

    def _end(self) -> tuple[Callable[[Any], None], Callable[[Any], None]] | None:
        handlers, self._task, self._handlers = self._handlers, None, None
        self._bar.hide()
        return handlers

    def _finished(self, result: object) -> None:
        handlers = self._end()
        if handlers is not None:
            handlers[0](result)

    def _failed(self, error: object) -> None:
        handlers = self._end()
        if handlers is not None:
            handlers[1](error)
