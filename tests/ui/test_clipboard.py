"""Copying an identifying field: only while it is shown (privacy screen off, or the field being
worked in), and the clipboard forgets it after CLEAR_AFTER_MS (if it still holds it). Other
fields copy the ordinary way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.ui import clipboard, privacy
from app.ui import editor as editor_package
from app.ui.editor.sensitive import SensitiveNode
from tests.factories import full_testimony
from tests.ui.test_editor_support import make_editor

Editor = editor_package.TestimonyEditor  # (a name pytest does not take for a test class)
CLEAR_MS = 200
NAME = "Ганна Міхайлаўна Баравік"  # persons[0] of the example testimony


@pytest.fixture
def editor(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> editor_package.TestimonyEditor:
    monkeypatch.setattr(clipboard, "CLEAR_AFTER_MS", CLEAR_MS)
    QGuiApplication.clipboard().clear()
    return make_editor(qtbot, full_testimony(), shown=True)


def name_field(editor: Editor) -> tuple[SensitiveNode, QLineEdit]:
    """The informant's first name, in the detail form of the (masked) list of names."""
    names = editor.field("persons[0].names")
    assert names is not None
    wrapper: QWidget | None = names
    while not isinstance(wrapper, SensitiveNode):
        assert wrapper is not None
        wrapper = wrapper.parentWidget()
    edit = next(e for e in names.findChildren(QLineEdit) if e.text() == NAME)
    return wrapper, edit


def copy(widget: QWidget) -> None:
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def test_shown_name_is_copied_then_cleared(qtbot: QtBot, editor: Editor) -> None:
    _, edit = name_field(editor)
    assert edit.echoMode() == QLineEdit.EchoMode.Normal  # shown: the privacy screen is off
    copy(edit)
    board = QGuiApplication.clipboard()
    assert board.text() == NAME
    qtbot.waitUntil(lambda: board.text() == "", timeout=CLEAR_MS * 10)


def test_masked_field_copies_nothing(qtbot: QtBot, editor: Editor) -> None:
    case_code = editor.field("persons[0].case_code")
    assert case_code is not None
    edit = case_code.focus_widget()
    assert isinstance(edit, QLineEdit)
    assert edit.text()
    privacy.set_enabled(True)  # masked while the interviewer works elsewhere
    try:
        assert edit.echoMode() == QLineEdit.EchoMode.Password
        edit.selectAll()
        QTest.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    finally:
        privacy.set_enabled(False)
    assert QGuiApplication.clipboard().text() == ""


def test_later_copy_of_something_else_is_not_wiped(qtbot: QtBot, editor: Editor) -> None:
    _, edit = name_field(editor)
    copy(edit)
    board = QGuiApplication.clipboard()
    board.setText("something else")  # copied in another program meanwhile
    qtbot.wait(CLEAR_MS * 3)
    assert board.text() == "something else"


def test_ordinary_field_copies_the_usual_way(qtbot: QtBot, editor: Editor) -> None:
    interviewer = editor.field("interview.interviewer.name")
    assert interviewer is not None
    edit = interviewer.focus_widget()
    assert isinstance(edit, QLineEdit)
    assert edit.text()
    copy(edit)
    board = QGuiApplication.clipboard()
    assert board.text() == edit.text()
    qtbot.wait(CLEAR_MS * 3)
    assert board.text() == edit.text()  # not an identifying field: nothing to forget
