"""Errors in the interviewer's words: where, as the problems panel says it, and what, without
regexes or standards; and no red picker while its search text is still being typed."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.storage.vault import Vault
from app.ui.editor.choices import VocabNode
from app.ui.editor.issues import message_text
from app.ui.editor.list_detail import ListNode
from app.ui.testimony.page import EditorPage
from tests.ui.test_editor_support import make_editor, type_text


def test_a_refused_save_names_the_section_and_field_in_words(qtbot: QtBot, vault: Vault) -> None:
    page = EditorPage(Workspace(vault), None, "en")
    qtbot.addWidget(page)
    assert page.quick is not None
    page.quick.informant_name.setText("Ганна")
    page.quick.informant_name.textEdited.emit("Ганна")
    assert not page.save()
    status = page.status.text()
    assert status.startswith("Not saved:")
    assert "›" in status or "Interview" in status, status
    assert not re.search(r"\[[0-9]+\]|[a-z]+_[a-z]+|\.\w+ —", status), status  # no field paths
    assert not page.on_quick_page()  # the full form, at the field to put right


def test_format_messages_are_said_in_plain_words() -> None:
    for technical in (
        "must be a vocabulary code: lowercase a-z 0-9 _ . -",
        "must be an ISO 3166-1 alpha-2 country code such as BY or LT",
        "must be a BCP 47 language tag such as be, ru or en",
    ):
        plain = message_text(technical)
        assert "ISO" not in plain
        assert "BCP" not in plain
        assert "a-z" not in plain


def test_a_picker_is_not_red_while_its_search_is_typed(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, shown=True)
    editor.show_section("health")
    health = editor.lists["health"]
    assert isinstance(health, ListNode)
    health.add()
    category = health.detail.children_["category"]
    assert isinstance(category, VocabNode)
    line = category.combo.lineEdit()
    assert isinstance(line, QLineEdit)
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    type_text(line, "diab")
    editor.issues()  # validation runs (as the timer would) while the search is typed
    assert category.combo.property("issue") is not True

    QTest.keyClick(line, Qt.Key.Key_Tab)  # left with a search that is no answer
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not line)
    editor.issues()
    assert category.combo.property("issue") is True
    assert "pick one from the list" in category.combo.toolTip()
