"""Helpers shared by the editor tests, and a guard against a PySide6 defect they ran into.

PySide6 6.12.0 (abi3 wheel) on CPython 3.11 drops one reference to ``None`` on every call of a
method that returns nothing (``setText``, ``setToolTip`` ...): on 3.12+ ``None`` is immortal
and nothing shows, on 3.11 the process aborts with "none_dealloc: deallocating None" after a
few thousand calls. PySide6 6.11.3 does not; pyproject.toml pins ``<6.12``, and
``test_pyside_keeps_none_referenced`` fails if a defective build comes back.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.domain.vocabulary import VocabularySet, load_shipped
from app.ui import editor as editor_package


def vocabulary() -> VocabularySet:
    return load_shipped()


def make_editor(
    qtbot: QtBot, document: dict[str, Any] | None = None, lang: str = "en", shown: bool = False
) -> editor_package.TestimonyEditor:
    editor = editor_package.TestimonyEditor(vocabulary(), lang, document)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.set_remove_confirmation(lambda _parent, _question: True)  # no modal dialog in tests
    if shown:
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard would; QTest.keyClicks only knows ASCII (Cyrillic aborts Qt)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def tab_to(target: QWidget, limit: int = 400) -> int:
    """Press Tab until ``target`` has the focus; the number of presses (fails if never)."""
    for presses in range(limit):
        if focused() is target:
            return presses
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"{target!r} cannot be reached with Tab")


def test_pyside_keeps_none_referenced(qtbot: QtBot) -> None:
    """Fails on PySide6 6.12.0 with Python 3.11 (see the module docstring)."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    # Unrelated code may take or drop a few references; the defect drops one per call.
    assert sys.getrefcount(None) - before > -10
