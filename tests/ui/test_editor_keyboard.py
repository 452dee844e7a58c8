"""The keyboard path of an interviewer: Ctrl+N from the list, Down from the search into the
results, Alt+Left back to the list; and counts in English ("1 testimony")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.storage.vault import Vault
from app.ui.testimony.page import EditorPage
from app.ui.workspace.counts import english_count
from app.ui.workspace.list_screen import ListScreen
from tests.factories import minimal_testimony
from tests.ui.test_editor_support import make_editor


def _shown(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def test_from_the_search_box_ctrl_n_and_down(qtbot: QtBot, vault: Vault) -> None:
    workspace = Workspace(vault)
    workspace.save(minimal_testimony())
    screen = ListScreen(workspace, "en")
    _shown(qtbot, screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.status.text() == "1 testimony"
    screen.search_box.setFocus()
    with qtbot.waitSignal(screen.new_requested, timeout=2_000):
        QTest.keyClick(screen.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(screen.search_box, Qt.Key.Key_Down)
    assert screen.table.hasFocus()
    assert screen.table.currentIndex().row() == 0  # Return now opens it


def test_alt_left_goes_back_to_the_list(qtbot: QtBot, vault: Vault) -> None:
    page = EditorPage(Workspace(vault), None, "en")
    _shown(qtbot, page)
    assert page.quick is not None
    with qtbot.waitSignal(page.closed, timeout=2_000):
        QTest.keyClick(page.quick.informant_name, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)


def test_english_counts() -> None:
    assert english_count("1 testimonies", 1) == "1 testimony"
    assert english_count("Resume unsaved work (1 draft(s))", 1) == "Resume unsaved work (1 draft)"
    assert english_count("Resume unsaved work (3 draft(s))", 3) == "Resume unsaved work (3 drafts)"
    assert english_count("1 сведчанне", 1) == "1 сведчанне"  # a translation is left alone
    assert english_count("Delete 11 testimonies", 11) == "Delete 11 testimonies"
    assert english_count("these 1 testimonies exactly", 1) == "this testimony exactly"
    # Two numbers in one sentence: each makes only its own noun singular.
    assert english_count("21 testimonies, 1 versions", 1) == "21 testimonies, 1 version"
    assert english_count("Held: 1 persons as of 2025-01-01", 1) == "Held: 1 person as of 2025-01-01"


def test_the_focused_field_is_scrolled_into_view(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, shown=True)
    editor.resize(900, 300)  # a small laptop screen: the interview page scrolls
    editor.show_section("interview")
    page = editor.pages["interview"]
    assert page.scroller is not None
    last = editor.interview_form.children_["informant"].focus_widget()
    last.setFocus()  # as a shortcut or a problem link would, not by Tab
    qtbot.waitUntil(last.hasFocus)
    viewport = page.scroller.viewport()
    top_left = last.mapTo(viewport, last.rect().topLeft())
    assert page.scroller.verticalScrollBar().value() > 0
    assert 0 <= top_left.y() <= viewport.height() - last.height()
