"""Opening a testimony builds only the page it opens on; the other pages are built when first
shown. Whatever has not been shown yet still counts: in the document that is saved, in the
problems, in the pickers and section counts, and in "unsaved changes"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.template import example_testimony
from app.ui.editor import TestimonyEditor, new_document
from app.ui.editor.choices import RefNode
from app.ui.editor.list_detail import ListNode
from app.ui.editor.pages import Page
from app.ui.editor.sections import SECTIONS
from app.ui.editor.wait import busy
from tests.ui.test_editor_support import focused, make_editor, vocabulary


def _row(key: str) -> int:
    return [section.key for section in SECTIONS].index(key)


def _built_sections(editor: TestimonyEditor) -> set[str]:
    keys = {section.key for section in SECTIONS if section.is_list}
    return {node.objectName() for node in editor.findChildren(ListNode)} & keys


def test_a_complete_testimony_opens_on_one_page_and_loses_nothing(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony())
    assert _built_sections(editor) == set()  # no list section built before it is shown
    assert editor.document() == example_testimony()
    assert editor.issues() == []
    assert editor.sections.item(_row("persons")).text() == "Persons (9)"
    for section in SECTIONS:
        editor.show_section(section.key)
    assert editor.document() == example_testimony()
    assert editor.issues() == []
    assert not editor.is_dirty()  # looking at every page is no change


def test_problems_on_a_page_not_yet_shown_are_counted_and_listed_when_it_opens(
    qtbot: QtBot,
) -> None:
    doc = example_testimony()
    doc["persons"][1]["birth_date"] = {"precision": "day", "value": "1994-02-30"}
    editor = make_editor(qtbot, doc)
    assert [i.path for i in editor.issues()] == ["persons[1].birth_date.value"]
    assert "⚠ 1" in editor.sections.item(_row("persons")).text()
    assert _built_sections(editor) == set()
    editor.show_section("persons")
    page = editor.pages["persons"]
    assert "Persons › 2 › Birth date › Value" in page.issues.text()
    assert editor.lists["persons"].list.item(1).text().startswith("⚠ 2.")


def test_a_problem_link_opens_a_page_not_yet_shown_at_its_field(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony(), shown=True)
    editor.go_to("detention_episodes[1].release")
    assert editor.current_section() == "detention_episodes"
    episodes = editor.lists["detention_episodes"]
    assert episodes.list.currentRow() == 1
    release = episodes.detail.children_["release"].focus_widget()
    qtbot.waitUntil(lambda: focused() is release)


def test_the_keyboard_steps_onto_pages_not_yet_shown(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony(), shown=True)
    editor.show_section("interview")
    QTest.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.current_section() == "persons"
    persons = editor.lists["persons"]
    assert focused() is persons.list
    assert persons.list.count() == 9


def test_a_person_named_in_a_picker_joins_a_persons_page_not_yet_shown(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    editor.set_name_question(lambda _parent: "Алесь Баравік")
    given_by = editor.consent_form.children_["given_by"]
    assert isinstance(given_by, RefNode)
    last = given_by.combo.count() - 1
    given_by.combo.setCurrentIndex(last)
    given_by.combo.activated.emit(last)
    assert _built_sections(editor) == set()  # the consent page stays where it was
    assert editor.is_dirty()
    document = editor.document()
    assert document["consent"]["given_by"] == "p1"
    assert [p["ref"] for p in document["persons"]] == ["p1"]
    assert editor.sections.item(_row("persons")).text().startswith("Persons (1)")
    editor.show_section("persons")
    assert editor.lists["persons"].list.item(0).text() == "1. Алесь Баравік · Informant"


def test_an_edit_on_a_page_opened_late_is_unsaved_work(qtbot: QtBot) -> None:
    doc = new_document()
    doc["persons"] = [{"ref": "p1", "roles": ["informant"]}]
    editor = make_editor(qtbot, doc)
    editor.show_section("health")
    with qtbot.waitSignal(editor.dirty_changed) as dirty:
        editor.lists["health"].add()
    assert dirty.args == [True]
    assert editor.document()["health"] == [{}]
    editor.set_document(doc)  # another testimony: pages already built show it, not the last
    assert "health" not in editor.document()
    assert editor.lists["health"].list.count() == 0
    assert not editor.is_dirty()


class _CursorWhilePagesAreMade(QObject):
    """Notes the cursor at the moment each page of the editor gets its first child."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[Any] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, Page) and event.type() == QEvent.Type.ChildAdded:
            cursor = QGuiApplication.overrideCursor()
            self.seen.append(None if cursor is None else cursor.shape())
        return False


def test_the_wait_cursor_shows_while_pages_are_built_and_never_stays(qtbot: QtBot) -> None:
    watcher = _CursorWhilePagesAreMade()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    try:
        editor = TestimonyEditor(vocabulary(), "en", example_testimony())
        qtbot.addWidget(editor)
        opened = len(watcher.seen)
        editor.show_section("ill_treatment_acts")
    finally:
        app.removeEventFilter(watcher)
    assert opened > 0
    assert len(watcher.seen) > opened  # the page shown later was built then, and watched
    assert set(watcher.seen) == {Qt.CursorShape.WaitCursor}
    assert QGuiApplication.overrideCursor() is None


def test_nested_waits_restore_the_cursor_once(qtbot: QtBot) -> None:
    with busy():
        with busy():
            cursor = QGuiApplication.overrideCursor()
            assert cursor is not None
            assert cursor.shape() == Qt.CursorShape.WaitCursor
        assert QGuiApplication.overrideCursor() is not None
    assert QGuiApplication.overrideCursor() is None
