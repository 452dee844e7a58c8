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

from app.domain.shipped_vocabularies import load_shipped
from app.domain.vocabulary import VocabularySet
from app.ui import editor as editor_package
from app.ui.editor.choices import CheckListNode
from app.ui.editor.sensitive import SensitiveNode


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


def fill_by_keyboard(editor: editor_package.TestimonyEditor, name: str) -> None:
    """Fill the required fields of a new testimony with the keyboard alone, as an interviewer
    would: one person (the informant, called `name`), the interview, the consent. A new
    testimony opens on the quick page: this goes to all sections of the full editor first."""
    page = editor.parentWidget()
    while page is not None and not hasattr(page, "show_full_editor"):
        page = page.parentWidget()
    if page is not None:
        page.show_full_editor()
    editor.show_section("consent")

    # Persons first, so that the pickers have someone to offer.
    QTest.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.sections.currentRow() == 2
    persons = editor.lists["persons"]
    assert focused() is persons.list
    QTest.keyClick(persons.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert persons.count() == 1
    assert "ref" not in persons.detail.children_  # made for the entry, never asked for
    assert editor.document()["persons"] == [{"ref": "p1"}]

    names = persons.detail.children_["names"]
    assert isinstance(names, SensitiveNode)
    assert focused() is names.focus_widget()  # the first field of the new entry
    QTest.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(focused(), name)  # typed into the masked name field
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    QTest.keyClick(focused(), Qt.Key.Key_Down)  # script: Cyrillic
    tab_to(names.inner.detail.children_["kind"].focus_widget())
    QTest.keyClick(focused(), Qt.Key.Key_Down)  # kind: original
    roles = persons.detail.children_["roles"]
    tab_to(roles.focus_widget())
    QTest.keyClick(focused(), Qt.Key.Key_Space)  # the first role: informant

    QTest.keyClick(focused(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.sections.currentRow() == 1
    form = editor.interview_form
    QTest.keyClicks(focused(), "K-01")  # interviewer's name has the focus
    tab_to(form.children_["date"].focus_widget())
    QTest.keyClicks(focused(), "2024-10-03")
    place = form.children_["place"]
    tab_to(place.children_["country"].focus_widget())  # type: ignore[attr-defined]
    QTest.keyClicks(focused(), "LT")
    tab_to(form.children_["language"].focus_widget())
    QTest.keyClicks(focused(), "be")
    tab_to(form.children_["mode"].focus_widget())
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    tab_to(form.children_["informant"].focus_widget())
    QTest.keyClick(focused(), Qt.Key.Key_Down)

    QTest.keyClick(focused(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    consent = editor.consent_form
    assert focused() is consent.children_["given_by"].focus_widget()
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "2024-10-03")
    tab_to(consent.children_["method"].focus_widget())
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    scopes = consent.children_["scopes"]
    assert isinstance(scopes, CheckListNode)
    tab_to(scopes.filter)
    QTest.keyClicks(focused(), "internally")
    QTest.keyClick(focused(), Qt.Key.Key_Down)  # into the filtered list
    QTest.keyClick(focused(), Qt.Key.Key_Space)


def test_pyside_keeps_none_referenced(qtbot: QtBot) -> None:
    """Fails on PySide6 6.12.0 with Python 3.11 (see the module docstring)."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    # Unrelated code may take or drop a few references; the defect drops one per call.
    assert sys.getrefcount(None) - before > -10
