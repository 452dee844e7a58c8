"""Refs (``p2``, ``e1``) are the record's bookkeeping: the full editor never shows one, in a
field, a picker, a list of entries or a label, for the complete example testimony."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from app.domain.template import example_testimony
from tests.ui.test_editor_support import make_editor

REF = re.compile(r"\b(?:p|e|i|a|d|pr|s|t|f)[0-9]+\b")


def test_the_full_editor_shows_no_ref(qtbot: QtBot) -> None:
    doc = example_testimony()
    editor = make_editor(qtbot, doc)
    shown: list[str] = []
    for key, entries in editor.lists.items():
        if entries.count():
            entries.list.setCurrentRow(0)  # the entry's form is filled: its pickers too
        editor.show_section(key)
    shown += [w.text() for w in editor.findChildren(QLabel)]
    shown += [w.text() for w in editor.findChildren(QLineEdit)]
    for combo in editor.findChildren(QComboBox):
        shown += [combo.itemText(i) for i in range(combo.count())]
    for listed in editor.findChildren(QListWidget):
        shown += [listed.item(i).text() for i in range(listed.count())]
    assert [text for text in shown if REF.search(text)] == []
    assert editor.document() == doc  # the refs are all still in the record
