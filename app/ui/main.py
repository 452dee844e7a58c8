"""Start the desktop application on a vault folder."""

from __future__ import annotations

import contextlib
import importlib
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.hardening import harden_process
from app.ui import i18n, settings, unexpected_error
from app.ui.window import MainWindow
from app.ui.workers import Task


def run(folder: Path) -> int:
    harden_process()  # already done by `sviedka`; again here for any other way in
    unexpected_error.install()  # before anything else can raise
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Sviedka")
    app.setOrganizationName("Sviedka")
    i18n.install(settings.language())
    window = MainWindow(folder)
    window.show()
    QTimer.singleShot(PRELOAD_AFTER_MS, _preload)
    try:
        return int(app.exec())
    finally:
        Task.join_all()  # a thread still running when Qt tears down aborts the process


# The unlock window paints before the vault's stack is imported (app.ui.window); the stack
# then loads in the background while the passphrase is typed, so unlocking waits for nothing.
PRELOAD_AFTER_MS = 300
_STACK = ("app.services.vault", "app.services.exchange")  # and what they import


def _preload() -> Task:
    def load(_progress: object) -> None:
        for name in _STACK:
            with contextlib.suppress(Exception):  # a real failure shows at unlock, with a message
                importlib.import_module(name)
        with contextlib.suppress(Exception):  # loading it takes ~30 ms (its code is generated)
            importlib.import_module("app.domain.schema").compiled()

    # The one task runner, like all background work: joined at lock and at exit.
    task = Task(load)
    task.start()
    return task
