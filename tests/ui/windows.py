"""Opening the desktop's main window on a vault as the interviewer does: type the passphrase,
press Enter, wait for the testimony list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE


def unlock(qtbot: QtBot, window: MainWindow) -> None:
    """Type the passphrase into the unlock screen the window shows and wait for the list."""
    screen = window.centralWidget().currentWidget()  # type: ignore[attr-defined]
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.list_screen is not None, timeout=10_000)


def unlocked_window(qtbot: QtBot, folder: Path) -> MainWindow:
    """A shown main window on the vault in `folder`, unlocked."""
    window = MainWindow(folder, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    return window
