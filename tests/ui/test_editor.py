"""The testimony editor as a whole: round trip, keyboard entry, pickers, inline problems."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.domain.record import validate_testimony
from app.domain.template import example_testimony
from app.ui.editor import new_document
from app.ui.editor.choices import CheckListNode, RefNode
from app.ui.editor.fields import TextNode
from app.ui.editor.partial_date import PartialDateEdit
from app.ui.editor.sections import SECTIONS
from tests.ui.test_editor_support import (
    fill_by_keyboard,
    focused,
    make_editor,
    type_text,
    vocabulary,
)


def normalised(node: Any) -> Any:
    """Drop empty optional containers: the editor leaves them out of the document."""
    if isinstance(node, dict):
        kept = {key: normalised(value) for key, value in node.items()}
        return {key: value for key, value in kept.items() if value not in ({}, [])}
    if isinstance(node, list):
        return [normalised(item) for item in node]
    return node


def test_example_round_trips_through_the_widgets(qtbot: QtBot) -> None:
    example = example_testimony()
    editor = make_editor(qtbot, example)
    document = editor.document()
    assert normalised(document) == normalised(example_testimony())
    # Nothing is even reordered or dropped: stated "no" answers, code order, refs.
    assert document == example_testimony()
    assert editor.issues() == []
    assert not editor.is_dirty()


def test_document_is_a_copy_and_text_survives_byte_for_byte(qtbot: QtBot) -> None:
    doc = example_testimony()
    words = "Яго\u00a0ўзялі\r\nу\u2028лістападзе"  # no-break space, CR LF, line separator
    doc["interview"]["narrative"]["text"] = words
    editor = make_editor(qtbot, doc)
    first = editor.document()
    first["persons"][0]["roles"].append("witness")  # the caller's copy, not the editor's
    assert editor.document()["persons"][0]["roles"] == ["informant", "relative"]
    assert first["interview"]["narrative"]["text"] == words
    text = editor.field("interview.narrative.text")
    assert isinstance(text, TextNode)
    QTest.keyClick(text.focus_widget(), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(text.focus_widget(), ".")
    edited = editor.document()["interview"]["narrative"]["text"]
    assert "\u00a0" in edited  # an edit keeps the no-break space (toPlainText would not)
    assert edited.endswith(".")


def test_new_testimony_is_the_required_skeleton(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    assert editor.document() == new_document()
    problems = {issue.path: issue.message for issue in editor.issues()}
    assert problems["persons"] == "must not be empty"
    assert problems["consent.given_by"] == "is required"
    assert "⚠" in editor.sections.item(0).text()  # Consent has problems to fix


def test_sections_follow_the_interview_and_show_counts(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony())
    titles = [editor.sections.item(row).text() for row in range(editor.sections.count())]
    assert titles[0] == "Consent"
    assert titles[2] == "Persons (9)"
    assert titles[4] == "Detention episodes (2)"
    assert titles[-2:] == ["Narrative", "Attachments described (2)"]
    assert len(titles) == len(SECTIONS) == 24


def test_keyboard_alone_fills_a_valid_testimony(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, shown=True)
    fill_by_keyboard(editor, "Ганна Баравік")

    qtbot.waitUntil(lambda: editor.issues() == [])
    document = editor.document()
    validate_testimony(document, vocabulary())
    assert document["persons"] == [
        {
            "ref": "p1",
            "names": [{"value": "Ганна Баравік", "script": "Cyrl", "kind": "original"}],
            "roles": ["informant"],
        }
    ]
    assert document["interview"]["date"] == {"precision": "day", "value": "2024-10-03"}
    assert document["interview"]["mode"] == "in_person"
    assert document["consent"]["given_by"] == "p1"
    assert document["consent"]["scopes"] == ["internal_documentation"]


def test_person_pickers_follow_added_and_removed_persons(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony())
    given_by = editor.consent_form.children_["given_by"]
    assert isinstance(given_by, RefNode)
    supported = editor.field("solidarity_persecution[0].supported")
    assert isinstance(supported, CheckListNode)
    assert given_by.combo.count() == 1 + 9 + 1  # "—", the nine persons, "+ New person…"
    assert given_by.combo.currentText() == "Ганна Міхайлаўна Баравік"  # no "(p1)"

    persons = editor.lists["persons"]
    persons.add()
    assert given_by.combo.count() == 1 + 10 + 1
    assert given_by.combo.itemData(10) == "p10"
    assert supported.list.count() == 10
    assert given_by.combo.itemText(10) == "Person 10, no name yet"  # never its ref "p10"

    persons.remove()
    assert given_by.combo.count() == 1 + 9 + 1
    assert supported.list.count() == 9
    assert editor.document()["consent"]["given_by"] == "p1"  # the choice survived


def test_removing_a_person_someone_points_at_keeps_the_ref_and_says_so(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony())
    persons = editor.lists["persons"]
    persons.list.setCurrentRow(0)  # p1: the informant who gave consent
    persons.remove()
    given_by = editor.consent_form.children_["given_by"]
    assert isinstance(given_by, RefNode)
    assert given_by.combo.currentText() == "⚠ p1"
    assert editor.document()["consent"]["given_by"] == "p1"
    problems = {issue.path: issue.message for issue in editor.issues()}
    assert problems["consent.given_by"] == "names no person of this record"


def test_a_bad_date_is_shown_at_the_field_that_holds_it(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony())
    birth = editor.field("persons[1].birth_date")
    assert isinstance(birth, PartialDateEdit)
    birth.edit.selectAll()
    QTest.keyClicks(birth.edit, "1994-02-30")
    assert birth.edit.property("issue") is not True  # debounced, not on every key
    qtbot.waitUntil(lambda: birth.edit.property("issue") is True)
    assert "is not a real calendar date" in birth.edit.toolTip()
    page = editor.pages["persons"]
    assert page.issues.isVisible() or not editor.isVisible()
    assert "Persons › 2 › Birth date › Value" in page.issues.text()
    assert "is not a real calendar date" in page.issues.text()
    assert "⚠" in editor.sections.item(2).text()
    assert editor.lists["persons"].list.item(1).text().startswith("⚠ 2.")
    # The problem list links to the field.
    editor.lists["persons"].list.setCurrentRow(0)
    editor.go_to("persons[1].birth_date.value")
    assert editor.lists["persons"].list.currentRow() == 1


def test_dirty_state_and_leaving_an_edited_field(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony(), shown=True)
    editor.show_section("interview")
    name = focused()
    QTest.keyClick(name, Qt.Key.Key_End)  # Tab focus selects the whole text
    with qtbot.waitSignal(editor.dirty_changed) as dirty:
        QTest.keyClicks(name, "!")
    assert dirty.args == [True]
    with qtbot.waitSignal(editor.field_left):
        QTest.keyClick(name, Qt.Key.Key_Tab)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)  # leaving an untouched field: no new signal
    with qtbot.assertNotEmitted(editor.field_left):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    # Typing the change away again makes the record clean again, once validated.
    QTest.keyClick(name, Qt.Key.Key_End)
    QTest.keyClick(name, Qt.Key.Key_Backspace)
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.dirty_changed) as clean:
        pass
    assert clean.args == [False]
    QTest.keyClicks(name, "?")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.dirty_changed) as saved:
        editor.mark_clean()  # what the window does after saving
    assert saved.args == [False]
    assert editor.document()["interview"]["interviewer"]["name"] == "Staff code K-07?"


def test_saved_names_the_version(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    with qtbot.waitSignal(editor.saved) as saved:
        editor.mark_saved("0b7f2f7e-0000-4000-8000-000000000001", 3)
    assert saved.args == ["0b7f2f7e-0000-4000-8000-000000000001", 3]
    assert editor.document()["id"] == "0b7f2f7e-0000-4000-8000-000000000001"


def test_what_the_form_does_not_know_is_kept_and_named(qtbot: QtBot) -> None:
    doc: dict[str, Any] = example_testimony()
    doc["persons"][0]["nickname"] = "typo field from an import"
    doc["detention_episodes"][0]["places"][2]["facility"] = "atlantis_ik99"
    doc["provenance"] = {"version": 3}  # the vault's read-only block is dropped
    editor = make_editor(qtbot, doc)
    document = editor.document()
    assert document["persons"][0]["nickname"] == "typo field from an import"
    assert document["detention_episodes"][0]["places"][2]["facility"] == "atlantis_ik99"
    assert "provenance" not in document
    paths = {issue.path for issue in editor.issues()}
    assert "persons[0].nickname" in paths
    assert "detention_episodes[0].places[2].facility" in paths


def test_a_stated_no_is_kept_and_an_untouched_box_is_left_out(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony())
    in_absentia = editor.field("prosecutions[0].in_absentia")
    assert in_absentia is not None
    assert editor.document()["prosecutions"][0]["in_absentia"] is False
    editor.lists["prosecutions"].add()
    added = editor.document()["prosecutions"][-1]
    assert added == {"ref": "pr4"}  # a fresh ref, no invented answers


def test_removing_a_filled_entry_asks_first(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony())
    asked: list[str] = []

    def decline(_parent: object, question: str) -> bool:
        asked.append(question)
        return False

    editor.set_remove_confirmation(decline)
    links = editor.lists["event_links"]
    links.list.setCurrentRow(1)
    links.remove()
    assert asked == ["Remove entry 2 and everything in it?"]
    assert links.count() == 3
    links.add()  # an empty entry goes without a question
    links.remove()
    assert len(asked) == 1
    assert links.count() == 3


def test_editing_leaves_no_trace_outside_the_widgets(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """No QSettings value, log line or temporary file ever holds testimony."""
    settings = QSettings("Sviedka", "Sviedka")
    keys_before = set(settings.allKeys())
    temp = Path(os.environ["TMPDIR"])
    files_before = set(temp.rglob("*"))
    editor = make_editor(qtbot, example_testimony(), shown=True)
    editor.show_section("narrative")
    type_text(focused(), "Сакрэт")
    qtbot.waitUntil(lambda: "Сакрэт" in editor.document()["interview"]["narrative"]["text"])
    editor.issues()
    assert set(settings.allKeys()) == keys_before
    assert set(temp.rglob("*")) == files_before
    assert "Сакрэт" not in caplog.text


def test_a_new_person_is_named_inside_the_picker(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    editor.set_name_question(lambda _parent: "Алесь Баравік")
    editor.show_section("health")
    health = editor.lists["health"]
    health.add()
    person = health.detail.children_["person"]
    assert isinstance(person, RefNode)
    last = person.combo.count() - 1
    assert person.combo.itemText(last) == "+ New person…"
    person.combo.setCurrentIndex(last)
    person.combo.activated.emit(last)
    document = editor.document()
    assert document["persons"] == [
        {
            "ref": "p1",
            "names": [{"value": "Алесь Баравік", "script": "Cyrl", "kind": "original"}],
            "roles": ["victim"],  # a person with a health condition is who it is about
        }
    ]
    assert document["health"] == [{"person": "p1"}]
    assert editor.current_section() == "health"  # the interviewer stayed where they were
    assert person.combo.currentText() == "Алесь Баравік"


def test_a_new_entry_is_about_the_only_victim_and_episode(qtbot: QtBot) -> None:
    doc = new_document()
    doc["persons"] = [
        {"ref": "p1", "roles": ["informant"]},
        {"ref": "p2", "roles": ["victim"]},
    ]
    doc["detention_episodes"] = [{"ref": "e1", "person": "p2"}]
    editor = make_editor(qtbot, doc)
    editor.lists["incommunicado"].add()
    editor.lists["ill_treatment_acts"].add()
    added = editor.document()
    assert added["incommunicado"][0]["person"] == "p2"
    assert added["incommunicado"][0]["episode"] == "e1"
    assert added["ill_treatment_acts"][0]["victim"] == "p2"


def test_no_victim_is_guessed_among_two(qtbot: QtBot) -> None:
    doc = new_document()
    doc["persons"] = [{"ref": "p1", "roles": ["victim"]}, {"ref": "p2", "roles": ["victim"]}]
    editor = make_editor(qtbot, doc)
    editor.lists["health"].add()
    assert "person" not in editor.document()["health"][0]
