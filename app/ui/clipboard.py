"""Copying from a sensitive field: the clipboard is cleared 30 s later (if still ours)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

CLEAR_AFTER_MS = 30_000


def copy_sensitive(text: str, clear_after_ms: int | None = None) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)

    def clear() -> None:
        # Only wipe what we put there: the user may have copied something else since.
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(CLEAR_AFTER_MS if clear_after_ms is None else clear_after_ms, clear)


class SensitiveCopy(QObject):
    """Event filter for identifying fields: Copy (and Cut) go through copy_sensitive, so the
    clipboard forgets the name or contact 30 s later; the context menu, which would copy
    around us, is switched off on the watched widget."""

    def watch(self, widget: QWidget) -> None:
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        widget.installEventFilter(self)

    def watch_all(self, root: QWidget) -> None:
        """Watch every text field in `root` (a list of names has its text in its detail
        form, not in the list that has the focus first)."""
        for widget in [root, *root.findChildren(QLineEdit), *root.findChildren(QPlainTextEdit)]:
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                self.watch(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not (
            event.matches(QKeySequence.StandardKey.Copy)
            or event.matches(QKeySequence.StandardKey.Cut)
        ):
            return False
        if isinstance(watched, QLineEdit):
            if watched.echoMode() != QLineEdit.EchoMode.Normal:
                return True  # masked: what cannot be seen is not copied either (as in Qt)
            text = watched.selectedText()
        elif isinstance(watched, QPlainTextEdit):
            text = watched.textCursor().selectedText()
        else:
            return False
        if text:
            copy_sensitive(text)
        return True
