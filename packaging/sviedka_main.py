"""The frozen application's entry point: exactly what the `sviedka` console script runs.

PyInstaller needs a script, not an `entry_points` reference, so this file stands in for the
`sviedka = app.cli.main:main` line of pyproject.toml (tests/packaging checks that both name the
same function).

SVIEDKA_EXIT_AFTER_FIRST_PAINT=1 makes the desktop print one line, `painted {json}`, and leave as
soon as its first window has been painted. It exists so that a machine without a screen can
prove the packaged desktop really starts (tests/packaging) and time that start
(bench/package_start.py). It only ever makes the app quit sooner; it reads no other input.
"""

from __future__ import annotations

import json
import os
import sys

PROBE = "SVIEDKA_EXIT_AFTER_FIRST_PAINT"


def _peak_kib() -> int:
    """The process's peak resident memory so far (Linux; 0 elsewhere), for the benchmark."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return 0


def _exit_after_first_paint() -> None:
    # run() in app.ui.main reuses an existing QApplication, so the filter sees its first paint.
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QApplication.instance().removeEventFilter(self)
                QTimer.singleShot(0, leave)  # after the whole repaint this paint belongs to
            return False

    def leave() -> None:
        sys.stdout.write(f"painted {json.dumps({'peak_kib': _peak_kib()})}\n")
        sys.stdout.flush()
        os._exit(0)  # tearing Qt down is not part of a start

    application = QApplication(sys.argv[:1])
    application.installEventFilter(FirstPaint(application))


def start() -> int:
    if os.environ.get(PROBE) == "1":
        _exit_after_first_paint()
    from app.cli.main import main

    return main()


if __name__ == "__main__":
    sys.exit(start())
