"""`sviedka` with no command, in a process of its own, up to the first paint of its window.

    python -m bench.ui_start_child

Runs what the `sviedka` console script runs (`app.cli.main.main` with no arguments: the desktop
application on $SVIEDKA_VAULT, which holds a vault, so the unlock screen) with one addition: a
wrapper around the `MainWindow` that `app.ui.main.run` builds, which watches the unlock screen's
passphrase field. When that field has received its first paint event, and the repaint it was
part of has ended (a zero-time timer after it), the child prints one line,
`painted {json}`, and leaves at once (`os._exit`): the parent's clock stops at that line.
The JSON holds the peak RSS so far (VmHWM, KiB) and the interface language.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

import app.ui.main as ui_main
from app.cli.main import main
from app.ui.lock.unlock_screen import UnlockScreen

MARKER = "painted"


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


class _FirstPaint(QObject):
    def __init__(self, watched: QObject) -> None:
        super().__init__(watched)
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, _report)  # after the whole repaint this paint belongs to
        return False


def _report() -> None:
    from app.ui import settings

    result = {"peak_kib": _status_kib("VmHWM"), "language": settings.language()}
    sys.stdout.write(f"{MARKER} {json.dumps(result)}\n")
    sys.stdout.flush()
    os._exit(0)  # the parent timed us already; tearing Qt down is not part of a start


def _watching(real: Any) -> Any:
    def build(*args: Any, **kwargs: Any) -> Any:
        window = real(*args, **kwargs)
        screen = window.centralWidget().currentWidget()
        if not isinstance(screen, UnlockScreen):
            raise SystemExit(f"expected the unlock screen, got {type(screen).__name__}")
        screen.passphrase.installEventFilter(_FirstPaint(screen.passphrase))
        return window

    return build


if __name__ == "__main__":
    ui_main.MainWindow = _watching(ui_main.MainWindow)  # type: ignore[misc]
    sys.exit(main([]))
