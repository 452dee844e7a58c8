"""First paint of the testimony list, in a process of its own (QT_QPA_PLATFORM=offscreen).

    python -m bench.list_paint_child ours FOLDER
    python -m bench.list_paint_child reference FOLDER

Before the clock, both show a 1200x800 main window and let it paint: ours the app's
`MainWindow` on its unlock screen, with the vault opened and its session started
(`vault.unlock` and `session.start`, what the unlock task does in its thread); the reference a
bare `QMainWindow` with a label as central widget (so that fonts are loaded before the clock on
both sides) and a raw keyed sqlcipher3 connection (`configure_connection`). The clock starts,
then:

- ours: `MainWindow._opened(session)`, what the unlock task's `finished` signal calls: the
  menus of the session, the `ListScreen` (drafts, the count, the lazy `TestimonyListModel`,
  the table), switching the window's stack to it;
- reference: a `QAbstractTableModel` with `canFetchMore`/`fetchMore` of PAGE rows of the same
  query the app's list runs (same columns, order and page size), a bare `QTableView`, set as
  the central widget.

It stops when the table's viewport has received a paint event with rows in the model and that
repaint has ended (a zero-time timer queued from the paint event). Prints one JSON line: the
seconds, the paint events the viewport got before one with rows, the rows fetched, and the
peak and current RSS (VmHWM, VmRSS, KiB) after the paint.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTableView, QWidget

from app.ui.workspace.list_model import PAGE
from bench.common import PASSPHRASE, database_file, raw_connection, vault_key

TIMEOUT_SECONDS = 120.0
SIZE = (1200, 800)
# The rows and order the app's list shows first (testimonies.summaries, order "updated", newest
# first), the columns it displays.
QUERY = (
    "SELECT id, display_name, interview_date, flags, status FROM testimony "
    "WHERE deleted_at IS NULL ORDER BY updated_at DESC, id LIMIT ? OFFSET ?"
)


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


class BareModel(QAbstractTableModel):
    """The least a lazy table model does: pages of tuples from a raw cursor."""

    def __init__(self, connection: Any) -> None:
        super().__init__()
        self._connection = connection
        self._rows: list[tuple[Any, ...]] = []
        self._exhausted = False

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._connection.execute(QUERY, (PAGE, len(self._rows))).fetchall()
        self._exhausted = len(page) < PAGE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        _, name, date, flags, status = self._rows[index.row()]
        return (name, date, flags, status)[index.column()]


class FirstPaint(QObject):
    """Notes when the watched widget got its first paint event with `ready()` true, once that
    repaint has ended (a zero-time timer queued from the paint event)."""

    def __init__(self, watched: QWidget, ready: Callable[[], bool]) -> None:
        super().__init__(watched)
        self._ready = ready
        self.early_paints = 0
        self.painted_at: float | None = None
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            if self._ready():
                QTimer.singleShot(0, self._done)
            else:
                self.early_paints += 1
        return False

    def _done(self) -> None:
        if self.painted_at is None:
            self.painted_at = time.perf_counter()

    def wait(self, app: QApplication) -> float:
        deadline = time.perf_counter() + TIMEOUT_SECONDS
        while self.painted_at is None:
            if time.perf_counter() > deadline:
                raise SystemExit("timed out waiting for a paint")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return self.painted_at


def _shown(app: QApplication, window: QMainWindow) -> None:
    """Show the window and wait until it has painted (before the clock)."""
    window.resize(*SIZE)
    painted = FirstPaint(window, lambda: True)
    window.show()
    painted.wait(app)
    window.removeEventFilter(painted)


def ours(app: QApplication, folder: Path) -> tuple[float, FirstPaint, int]:
    # Here: the reference process does without them.
    from app.services import vault as vault_service
    from app.ui import session as app_session
    from app.ui.window import MainWindow

    window = MainWindow(folder)
    _shown(app, window)
    # What the unlock task does in its thread before it signals: open the vault, start a session.
    opened = app_session.start(vault_service.unlock(folder, PASSPHRASE))
    start = time.perf_counter()
    window._opened(opened)  # what the unlock task's `finished` signal calls
    screen = window.list_screen
    assert screen is not None
    model = screen.model
    watcher = FirstPaint(screen.table.viewport(), lambda: model.rowCount() > 0)
    return watcher.wait(app) - start, watcher, model.rowCount()


def reference(app: QApplication, folder: Path) -> tuple[float, FirstPaint, int]:
    window = QMainWindow()
    window.setCentralWidget(QLabel("Vault locked"))  # text: fonts are loaded before the clock
    _shown(app, window)
    connection = raw_connection(database_file(folder), vault_key(folder))
    start = time.perf_counter()
    model = BareModel(connection)
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    watcher = FirstPaint(view.viewport(), lambda: model.rowCount() > 0)
    return watcher.wait(app) - start, watcher, model.rowCount()


def main(argv: list[str]) -> int:
    side, folder = argv
    app = QApplication(sys.argv[:1])
    measure = {"ours": ours, "reference": reference}[side]
    seconds, watcher, rows = measure(app, Path(folder))
    result = {
        "seconds": seconds,
        "empty_paints": watcher.early_paints,
        "rows": rows,
        "peak_kib": _status_kib("VmHWM"),
        "rss_kib": _status_kib("VmRSS"),
    }
    print(json.dumps(result), flush=True)
    os._exit(0)  # measured; tearing down Qt and the vault is not part of it


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
