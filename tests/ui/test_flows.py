"""Whole flows through the real window, as an interviewer works: create the vault, record a
testimony through the widgets, find it by a Latin-script search, edit it, lock, unlock and
see it again; work left unsaved at a lock comes back as a draft; and the no-plaintext canary
over such a flow."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.lock.unlock_screen import UnlockScreen
from app.ui.testimony.page import EditorPage
from app.ui.window import MainWindow
from app.ui.workspace.list_screen import ListScreen
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.security.canary import Sentinel, scan_tree
from tests.ui.conftest import UnsavedAnswers
from tests.ui.test_editor_support import fill_by_keyboard, focused, type_text


def create_vault(qtbot: QtBot, folder: Path) -> MainWindow:
    window = MainWindow(folder, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    screen = window.centralWidget().currentWidget()  # type: ignore[attr-defined]
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClicks(screen.repeat, PASSPHRASE)
    qtbot.keyClick(screen.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.list_screen is not None, timeout=20_000)
    return window


def record(qtbot: QtBot, window: MainWindow, name: str, narrative: str) -> EditorPage:
    assert window.list_screen is not None
    qtbot.mouseClick(window.list_screen.new_button, Qt.MouseButton.LeftButton)
    page = window.editor_page
    assert page is not None
    fill_by_keyboard(page.editor, name)
    page.editor.show_section("narrative")
    text = page.editor.field("interview.narrative.text")
    language = page.editor.field("interview.narrative.language")
    assert text is not None
    assert language is not None
    type_text(text.focus_widget(), narrative)  # Cyrillic: QTest.keyClicks is ASCII only
    QTest.keyClicks(language.focus_widget(), "be")
    # The picker offers what matches as you type; Enter in its list takes the typed code.
    offer = QApplication.activePopupWidget()
    assert offer is not None
    QTest.keyClick(offer, Qt.Key.Key_Return)
    return page


def save(qtbot: QtBot, page: EditorPage) -> str:
    QTest.keyClick(page.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Saved as version" in page.status.text(), timeout=5_000)
    return page.status.text()


def back_to_list(qtbot: QtBot, window: MainWindow) -> ListScreen:
    assert window.editor_page is not None
    qtbot.mouseClick(window.editor_page.close_button, Qt.MouseButton.LeftButton)
    assert window.list_screen is not None
    # The offscreen platform has no window manager: when the closed editor's picker list (a
    # popup window of its own) is destroyed, nothing gives the activation back, as a desktop
    # does; without it the window's shortcuts (Ctrl+S) would not fire.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2_000)
    return window.list_screen


def search(qtbot: QtBot, screen: ListScreen, query: str, expected_rows: int) -> None:
    screen.search_box.clear()
    qtbot.keyClicks(screen.search_box, query)
    qtbot.waitUntil(
        lambda: "found" in screen.status.text() and screen.model.rowCount() == expected_rows,
        timeout=5_000,
    )


def test_record_find_edit_lock_unlock(qtbot: QtBot, vault_folder: Path) -> None:
    window = create_vault(qtbot, vault_folder)
    page = record(qtbot, window, "Ганна Баравік", "Сына затрымалі на мяжы.")
    assert save(qtbot, page).endswith("1")
    screen = back_to_list(qtbot, window)

    search(qtbot, screen, "Hanna Baravik", 1)  # Latin script finds the Cyrillic record
    search(qtbot, screen, "Kalesnikava", 0)
    search(qtbot, screen, "Baravik", 1)
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(0, 0))
    QTest.keyClick(screen.table, Qt.Key.Key_Return)
    page = window.editor_page
    assert page is not None
    text = page.editor.field("interview.narrative.text")
    assert text is not None
    page.editor.show_section("narrative")
    text.focus_widget().setFocus()
    QTest.keyClick(text.focus_widget(), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(text.focus_widget(), " Яму не давалі інсулін.")
    assert save(qtbot, page).endswith("2")
    back_to_list(qtbot, window)

    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    unlock = window.centralWidget().currentWidget()  # type: ignore[attr-defined]
    assert isinstance(unlock, UnlockScreen)
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.list_screen is not None, timeout=10_000)
    screen = window.list_screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    window.open_testimony(screen.model.row_id(0))
    page = window.editor_page
    assert page is not None
    assert page.editor.document()["interview"]["narrative"]["text"] == (
        "Сына затрымалі на мяжы. Яму не давалі інсулін."
    )
    window.lock()


def test_work_unsaved_at_lock_resumes_as_a_draft(
    qtbot: QtBot, vault_folder: Path, unsaved: UnsavedAnswers
) -> None:
    window = create_vault(qtbot, vault_folder)
    page = record(qtbot, window, "Ганна Баравік", "Сына затрымалі на мяжы.")
    assert page.is_dirty()
    # Ctrl+L from where the interviewer is typing: no question, the work becomes a draft.
    QTest.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    unlock = window.centralWidget().currentWidget()  # type: ignore[attr-defined]
    assert isinstance(unlock, UnlockScreen)
    assert window.editor_page is None
    assert unsaved.asked == []
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    # Unlocking returns to the interrupted testimony: the draft, still unsaved.
    qtbot.waitUntil(lambda: window.editor_page is not None, timeout=10_000)
    page = window.editor_page
    assert page is not None
    assert page.is_dirty()
    document = page.editor.document()
    assert document["interview"]["narrative"]["text"] == "Сына затрымалі на мяжы."
    assert document["persons"][0]["names"][0]["value"] == "Ганна Баравік"
    # The button, not Ctrl+S: here the offscreen platform ends up with no active window
    # after the lock and unlock (it does not hand the focus back), and shortcuts need one.
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved as version 1"
    screen = back_to_list(qtbot, window)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert not screen.drafts_button.isVisible()  # saving used the draft up
    window.lock()


def test_ui_flow_leaves_no_plaintext(qtbot: QtBot, private_environment: Path) -> None:
    sentinel = Sentinel.new()
    window = create_vault(qtbot, private_environment / "vault")
    page = record(
        qtbot,
        window,
        f"Ганна {sentinel.cyrillic}",
        f"Narrative {sentinel.latin} {sentinel.cyrillic}",
    )
    page.autosave()  # a draft goes into the vault, never elsewhere
    save(qtbot, page)
    screen = back_to_list(qtbot, window)
    search(qtbot, screen, sentinel.latin, 1)
    QSettings("Sviedka", "Sviedka").sync()
    window.lock()
    window.close()

    roots = [private_environment, Path("/tmp"), Path("/var/tmp")]
    assert scan_tree(roots, sentinel) == {}
    assert (private_environment / "vault" / "vault.db").stat().st_size > 0
    assert os.environ["HOME"] == str(private_environment)
