"""Opening the vault: the start screen (create a vault, or unlock the one in the folder), the
passphrase checked in the background, and why it did not open in the person's words. The main
window only shows the screens this gives it and starts the session it gets back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from app.services.before_unlock import (
    VaultError,
    VaultKeyMissing,
    VaultLocked,
    WrongPassphrase,
    holds_database,
    holds_vault,
)
from app.ui.lock.create_screen import CreateVaultScreen
from app.ui.lock.unlock_screen import UnlockScreen
from app.ui.workers import Task

if TYPE_CHECKING:
    from app.storage.keyslot import KdfParams


# The messages were written in (and are translated under) the main window's context; the
# literals are marked so lupdate still finds them there.
CONTEXT = "MainWindow"
WRONG = QT_TRANSLATE_NOOP("MainWindow", "That passphrase did not open the vault. Please try again.")
KEY_MISSING = QT_TRANSLATE_NOOP(
    "MainWindow",
    "The vault's key file (keyslots.json) is missing from %1. Restore it from your "
    "backup copy; the encrypted testimonies were left as they are.",
)
IN_USE = QT_TRANSLATE_NOOP("MainWindow", "This vault is already open in another Sviedka window.")
NOT_OPENED = QT_TRANSLATE_NOOP("MainWindow", "The vault could not be opened: %1")


def tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def why_not_opened(error: object, folder: Path) -> str:
    """The one sentence the unlock (or create) screen shows when the vault did not open."""
    if isinstance(error, WrongPassphrase):
        return tr(WRONG)
    if isinstance(error, VaultKeyMissing):
        return tr(KEY_MISSING).replace("%1", str(folder))
    if isinstance(error, VaultLocked):
        return tr(IN_USE)
    if isinstance(error, VaultError):
        return str(error)
    return tr(NOT_OPENED).replace("%1", type(error).__name__)


class VaultOpening(QObject):
    """Shows the start screen through `show` and emits `opened` with the AppSession."""

    opened = Signal(object)

    def __init__(
        self,
        folder: Path,
        kdf: KdfParams | None,
        show: Callable[[QWidget], None],
        current: Callable[[], QWidget | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._kdf = kdf  # tests pass cheap parameters; the product calibrates
        self._show = show
        self._current = current
        self._task: Task | None = None

    def show_start(self) -> None:
        # A database without its key file is a vault to repair, not a first run: unlocking
        # says what is missing, and creating a vault over it is never offered.
        if holds_vault(self._folder) or holds_database(self._folder):
            screen = UnlockScreen()
            screen.unlock_requested.connect(self._unlock)
            self._show(screen)
            screen.passphrase.setFocus()
        else:
            create = CreateVaultScreen()
            create.create_requested.connect(self._create)
            self._show(create)
            create.passphrase.setFocus()

    def _create(self, passphrase: str) -> None:
        from app.services import vault
        from app.ui import session

        folder, kdf = self._folder, self._kdf
        self._run(lambda _p: session.start(vault.create(folder, passphrase, kdf)))

    def _unlock(self, passphrase: str) -> None:
        from app.services import vault
        from app.ui import session

        folder = self._folder
        # The progress callback is heard only when the unlock rebuilds the search index.
        self._run(lambda progress: session.start(vault.unlock(folder, passphrase, progress)))

    def _run(self, opener: object) -> None:
        task = Task(opener)  # type: ignore[arg-type]
        self._task = task
        task.progress.connect(self._rebuilding_index)
        task.finished.connect(self.opened.emit)
        task.failed.connect(self._failed)
        task.start()

    def _rebuilding_index(self, done: int, total: int) -> None:
        screen = self._current()
        if isinstance(screen, UnlockScreen):
            screen.rebuilding_index(done, total)

    def _failed(self, error: object) -> None:
        screen = self._current()
        if isinstance(screen, UnlockScreen | CreateVaultScreen):
            screen.failed(why_not_opened(error, self._folder))


def no_display_reason() -> str | None:
    """Why the GUI cannot start here (Linux without a display), else None."""
    import os
    import sys

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        return "no graphical display: use the command line instead (sviedka --help)"
    return None
