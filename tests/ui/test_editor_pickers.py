"""Countries and languages are picked by name in the interface language and stored as the same
codes as before ("LT", "be"); a search being typed is not an answer yet, so it is not red."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.domain.template import example_testimony
from app.ui.editor import TestimonyEditor
from app.ui.editor.choices import CheckListNode, SearchNode
from app.ui.editor.fields import MISSING
from tests.ui.test_editor_support import make_editor, type_text


def _picker(editor: TestimonyEditor, path: str) -> SearchNode:
    node = editor.field(path)
    assert isinstance(node, SearchNode), path
    return node


def _search_line(picker: SearchNode) -> QLineEdit:
    line = picker.combo.lineEdit()
    assert isinstance(line, QLineEdit)
    return line


def test_a_country_is_picked_by_name_and_stored_as_its_code(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony(), shown=True)
    place = _picker(editor, "interview.place.country")
    assert place.combo.currentText() == "Lithuania"  # the stored LT, by name
    line = _search_line(place)
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    line.selectAll()
    type_text(line, "Pol")
    editor.issues()  # validation runs (as its timer would) while the search is typed
    assert place.combo.property("issue") is not True
    type_text(line, "and")
    QTest.keyClick(line, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not line)
    assert editor.document()["interview"]["place"]["country"] == "PL"
    assert editor.issues() == []
    assert place.combo.property("issue") is not True


def test_a_typed_code_is_taken_whatever_its_case(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony(), shown=True)
    language = _picker(editor, "interview.narrative.language")
    line = _search_line(language)
    line.setFocus()
    line.selectAll()
    type_text(line, "RU")
    QTest.keyClick(line, Qt.Key.Key_Tab)
    assert editor.document()["interview"]["narrative"]["language"] == "ru"


def test_no_country_by_that_name_is_said_plainly_once_the_picker_is_left(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony(), shown=True)
    place = _picker(editor, "interview.place.country")
    line = _search_line(place)
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    line.selectAll()
    type_text(line, "Atlantis")
    editor.issues()
    assert place.combo.property("issue") is not True  # still searching
    QTest.keyClick(line, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not line)
    assert [issue.path for issue in editor.issues()] == ["interview.place.country"]
    assert place.combo.property("issue") is True
    assert "ISO" not in place.combo.toolTip()


def test_citizenships_are_ticked_in_a_searchable_list(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony())
    citizenship = editor.field("persons[0].citizenship")
    assert isinstance(citizenship, CheckListNode)
    assert citizenship.value() == ["BY"]
    citizenship.filter.setText("pola")
    shown = [
        citizenship.list.item(row)
        for row in range(citizenship.list.count())
        if not citizenship.list.item(row).isHidden()
    ]
    assert [item.text() for item in shown] == ["Poland"]
    shown[0].setCheckState(Qt.CheckState.Checked)
    assert editor.document()["persons"][0]["citizenship"] == ["BY", "PL"]


def test_an_interpreter_without_languages_leaves_them_out(qtbot: QtBot) -> None:
    doc = example_testimony()
    doc["interview"]["interpreter"] = {"name": "Staff code T-02"}
    editor = make_editor(qtbot, doc)
    languages = editor.field("interview.interpreter.languages")
    assert isinstance(languages, CheckListNode)
    assert languages.value() is MISSING
    assert editor.document()["interview"]["interpreter"] == {"name": "Staff code T-02"}
    assert [issue.message for issue in editor.issues()] == ["is required"]


@pytest.mark.usefixtures("belarusian")
def test_belarusian_interface_names_countries_and_languages_in_belarusian(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony(), lang="be")
    assert _picker(editor, "interview.place.country").combo.currentText() == "Літва"
    assert _picker(editor, "interview.language").combo.currentText() == "Беларуская"
    assert editor.document() == example_testimony()


def test_each_person_shows_their_own_citizenships(qtbot: QtBot) -> None:
    doc = example_testimony()
    doc["persons"][1]["citizenship"] = ["LT", "ZZ"]  # ZZ: a code no country has
    editor = make_editor(qtbot, doc)
    persons = editor.lists["persons"]
    citizenship = persons.detail.children_["citizenship"]
    assert isinstance(citizenship, CheckListNode)

    def ticked() -> list[str]:
        rows = [citizenship.list.item(row) for row in range(citizenship.list.count())]
        return [item.text() for item in rows if item.checkState() == Qt.CheckState.Checked]

    for row, expected in ((1, ["Lithuania", "⚠ ZZ"]), (0, ["Belarus"]), (1, ["Lithuania", "⚠ ZZ"])):
        persons.list.setCurrentRow(row)
        assert ticked() == expected
    persons.list.setCurrentRow(5)  # a person without citizenship: nothing ticked, none stored
    assert ticked() == []
    assert "citizenship" not in editor.document()["persons"][5]
