"""Leaving unsaved work: going back to the list or closing the window asks Save / Discard /
Cancel and does what was answered; locking never asks (it keeps a draft in the vault)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.storage import testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.ui.testimony import page as page_module
from app.ui.testimony.page import UNSAVED_QUESTION, EditorPage, Unsaved
from app.ui.window import MainWindow
from app.ui.workspace.list_screen import ListScreen
from tests.conftest import PASSPHRASE
from tests.factories import minimal_testimony
from tests.ui.conftest import UnsavedAnswers
from tests.ui.test_editor_support import type_text
from tests.ui.windows import unlocked_window

NARRATIVE = "interview.narrative.text"
SAVED = "Сына затрымалі на мяжы."
CHANGED = SAVED + " Пазней яго перавялі."


def open_with_changes(qtbot: QtBot, folder: Path) -> tuple[MainWindow, EditorPage]:
    """A window on a vault with one testimony, open in the editor, with an unsaved change."""
    document = minimal_testimony()
    document["interview"]["narrative"] = {"text": SAVED, "language": "be"}
    with Vault.open(folder, PASSPHRASE) as vault, vault.transaction() as session:
        testimonies.add(session, document, vault_vocabulary(session), vault.key_id)
    window = unlocked_window(qtbot, folder)
    listing = window.list_screen
    assert listing is not None
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)
    window.open_testimony(listing.model.row_id(0))
    page = window.editor_page
    assert page is not None
    field = page.editor.field(NARRATIVE)
    assert field is not None
    field.focus_widget().setFocus()
    QTest.keyClick(field.focus_widget(), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(field.focus_widget(), " Пазней яго перавялі.")
    assert page.editor.document()["interview"]["narrative"]["text"] == CHANGED
    assert page.is_dirty()
    return window, page


def stored(folder: Path) -> tuple[str, int]:
    """The narrative of the vault's one testimony as stored, and how many drafts it keeps."""
    with Vault.open(folder, PASSPHRASE) as vault:
        workspace = Workspace(vault)
        (row,) = workspace.page(0, 10)
        narrative = workspace.load(row.id).document["interview"]["narrative"]
        return narrative["text"], len(workspace.drafts())


def test_close_cancelled_keeps_window_and_work(
    qtbot: QtBot, closed_vault: Path, unsaved: UnsavedAnswers
) -> None:
    window, page = open_with_changes(qtbot, closed_vault)
    unsaved.answer = Unsaved.CANCEL
    assert not window.close()
    assert unsaved.asked == ["Save the testimony before closing?"]
    assert window.isVisible()
    assert window.editor_page is page
    assert page.is_dirty()
    assert window.workspace is not None  # still unlocked


def test_close_discarded_drops_the_work_and_its_draft(
    qtbot: QtBot, closed_vault: Path, unsaved: UnsavedAnswers
) -> None:
    window, page = open_with_changes(qtbot, closed_vault)
    page.autosave()  # a draft exists: Discard must take it away too
    unsaved.answer = Unsaved.DISCARD
    assert window.close()
    assert window.workspace is None  # closing locks
    assert stored(closed_vault) == (SAVED, 0)


def test_close_saved_keeps_a_new_version(
    qtbot: QtBot, closed_vault: Path, unsaved: UnsavedAnswers
) -> None:
    window, _page = open_with_changes(qtbot, closed_vault)
    unsaved.answer = Unsaved.SAVE
    assert window.close()
    assert stored(closed_vault) == (CHANGED, 0)


def test_back_to_list_asks_and_cancel_stays(
    qtbot: QtBot, closed_vault: Path, unsaved: UnsavedAnswers
) -> None:
    window, page = open_with_changes(qtbot, closed_vault)
    unsaved.answer = Unsaved.CANCEL
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert unsaved.asked == ["Save this testimony before going back to the list?"]
    assert window.editor_page is page
    unsaved.answer = Unsaved.SAVE
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.list_screen, ListScreen)
    window.lock()
    assert stored(closed_vault) == (CHANGED, 0)


def test_lock_never_asks_and_keeps_a_draft(
    qtbot: QtBot, closed_vault: Path, unsaved: UnsavedAnswers
) -> None:
    window, _page = open_with_changes(qtbot, closed_vault)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None
    assert unsaved.asked == []
    assert stored(closed_vault) == (SAVED, 1)  # the change waits as a draft, not as a version


def when_asked(act: Callable[[QMessageBox], None]) -> list[str]:
    """Do `act` with the real question once it is shown; returns the question's text."""
    asked: list[str] = []

    def poll(tries: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == UNSAVED_QUESTION:
            asked.append(box.text())
            act(box)
        elif tries:
            QTimer.singleShot(20, lambda: poll(tries - 1))

    QTimer.singleShot(0, poll)
    return asked


def click_in_question(qtbot: QtBot, button: QMessageBox.StandardButton) -> list[str]:
    return when_asked(lambda box: qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton))


def test_the_real_question_is_a_dialog_the_user_answers(
    qtbot: QtBot, closed_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, page = open_with_changes(qtbot, closed_vault)
    monkeypatch.setattr(page_module, "ask_unsaved", page_module.ask_with_dialog)
    asked = click_in_question(qtbot, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert asked == ["Save the testimony before closing?"]
    assert window.editor_page is page
    asked = click_in_question(qtbot, QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert asked == ["Save this testimony before going back to the list?"]
    assert isinstance(window.list_screen, ListScreen)
    assert window.findChild(QMessageBox) is None  # each question is deleted once answered
    window.lock()
    assert stored(closed_vault) == (SAVED, 0)


def test_a_lock_while_the_question_waits_keeps_a_draft(
    qtbot: QtBot, closed_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The auto-lock may fire while the question is open: the lock wins, the question goes
    away unanswered, the work stays as a draft and the window stays (locked)."""
    window, _page = open_with_changes(qtbot, closed_vault)
    monkeypatch.setattr(page_module, "ask_unsaved", page_module.ask_with_dialog)
    asked = when_asked(lambda _box: window.lock())  # what the idle guard does
    assert not window.close()
    assert asked == ["Save the testimony before closing?"]
    assert window.isVisible()
    assert window.workspace is None
    assert QApplication.activeModalWidget() is None
    assert stored(closed_vault) == (SAVED, 1)
