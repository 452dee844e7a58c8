"""The editor's keyboard: section shortcuts, the help that lists them, and keeping the focused
field in sight (an interviewer who tabs past the bottom of a long page must see where they are).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

__all__ = ["add_section_keys", "scroll_into_view", "shortcut_help"]


def add_section_keys(editor: QWidget, step: Callable[[int], None]) -> None:
    for keys, by in (("Alt+Down", 1), ("Ctrl+PgDown", 1), ("Alt+Up", -1), ("Ctrl+PgUp", -1)):
        shortcut = QShortcut(QKeySequence(keys), editor)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda by=by: step(by))


def shortcut_help() -> str:
    return QCoreApplication.translate(
        "TestimonyEditor",
        "Alt+Up / Alt+Down (or Ctrl+PgUp / Ctrl+PgDn): previous / next section.\n"
        "Tab / Shift+Tab: next / previous field.\n"
        "In a list: Ctrl+N adds an entry, Delete removes it, Ctrl+Shift+Up/Down moves it.\n"
        "In a picker: type to search; F4 opens the list.",
    )


def scroll_into_view(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and hasattr(parent, "ensureWidgetVisible"):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
