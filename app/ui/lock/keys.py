"""Lock and panic keys that work while a modal dialog is open.

The window's menu shortcuts (Ctrl+L, Ctrl+Shift+H) are shadowed by any modal dialog: Qt does not
fire a window's shortcut while a modal dialog blocks that window, even with
Qt.ApplicationShortcut. An interviewer who hears a knock while a file dialog or a question is
open must still be able to lock at once, so this filter watches every key press of the
application. When the menu shortcut fires, Qt consumes the key press before any filter sees it,
so the two never both act on one press.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence


class LockKeys(QObject):
    lock = Signal()
    panic = Signal()

    def __init__(self, lock_keys: str, panic_keys: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = QKeySequence(lock_keys)
        self._panic = QKeySequence(panic_keys)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        if pressed.matches(self._panic) == QKeySequence.SequenceMatch.ExactMatch:
            self.panic.emit()
            return True
        if pressed.matches(self._lock) == QKeySequence.SequenceMatch.ExactMatch:
            self.lock.emit()
            return True
        return False
