"""The desktop's one task runner: progress and results arrive on the GUI thread, cancel stops
the work at its next progress report, and a failure reaches the dialog as one line while the
log says only its type and where (app.unexpected), never its message."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.ui.parts import error_text
from app.ui.workers import Task, TaskRunner, is_cancel, progress_bar

SECRET = "Алесь Бяляцкі said it in the café"


def test_progress_and_result_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[int, int, bool]] = []
    gui = QApplication.instance().thread()  # type: ignore[union-attr]
    task = Task(lambda progress: [progress(n, 3) for n in range(1, 4)] and "done")
    task.progress.connect(lambda d, t: seen.append((d, t, QThread.currentThread() is gui)))
    with qtbot.waitSignal(task.finished, timeout=10_000) as finished:
        task.start()
    assert finished.args == ["done"]
    assert seen == [(1, 3, True), (2, 3, True), (3, 3, True)]
    assert not Task.busy()


def test_cancel_stops_the_work_at_its_next_report(qtbot: QtBot) -> None:
    started, reached = threading.Event(), []

    def work(progress: object) -> None:
        for n in range(1000):
            started.set()
            progress(n, 1000)  # type: ignore[operator]
            reached.append(n)
            threading.Event().wait(0.005)

    task = Task(work)
    with qtbot.waitSignal(task.failed, timeout=10_000) as failed:
        task.start()
        assert started.wait(5)
        task.cancel()
    assert is_cancel(failed.args[0])
    assert len(reached) < 1000  # stopped, not run to its end
    assert not Task.busy()


def test_a_failure_is_one_line_for_the_person_and_no_content_in_the_log(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    bar = progress_bar()
    runner = TaskRunner(bar, owner)
    shown: list[str] = []

    def work(_progress: object) -> None:
        raise ValueError(SECRET)

    with caplog.at_level(logging.DEBUG, logger="app"):
        runner.start(
            work, lambda _r: shown.append("finished"), lambda e: shown.append(error_text(e))
        )
        qtbot.waitUntil(lambda: not runner.running, timeout=10_000)
    assert shown == ["Something went wrong (ValueError); nothing was changed."]
    assert bar.isHidden()
    logged = [record.getMessage() for record in caplog.records]
    assert any("unexpected ValueError" in line for line in logged)
    assert not any("Бяляцкі" in line or "café" in line for line in logged)
