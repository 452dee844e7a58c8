"""Drafts follow the work: undone edits leave none behind, and a lock is a pause: unlocking
returns to the same testimony and section (a panic does not)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.storage.vault import Vault
from app.ui.lock.unlock_screen import UnlockScreen
from app.ui.testimony.page import EditorPage
from app.ui.window import MainWindow
from tests.conftest import PASSPHRASE
from tests.factories import minimal_testimony
from tests.ui.conftest import UnsavedAnswers
from tests.ui.test_editor_support import type_text
from tests.ui.test_flows import create_vault


def test_undone_edits_leave_no_draft_behind(
    qtbot: QtBot, vault: Vault, unsaved: UnsavedAnswers
) -> None:
    workspace = Workspace(vault)
    saved = workspace.save(minimal_testimony())
    page = EditorPage(workspace, saved.testimony_id, "en")
    qtbot.addWidget(page)
    name = page.editor.field("interview.interviewer.name")
    assert name is not None
    type_text(name.focus_widget(), "7")
    page.editor.issues()
    page.autosave()
    assert [d.testimony_id for d in workspace.drafts()] == [saved.testimony_id]
    QTest.keyClick(name.focus_widget(), Qt.Key.Key_Backspace)  # back to what is saved
    page.editor.issues()
    page.request_close()
    assert unsaved.asked == []  # nothing to ask about
    assert workspace.drafts() == []  # and no "Resume unsaved work" for it


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    unlock = window.centralWidget().currentWidget()  # type: ignore[attr-defined]
    assert isinstance(unlock, UnlockScreen)
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor_page is not None or window.list_screen is not None,
                    timeout=10_000)  # fmt: skip


def test_unlocking_returns_to_the_same_testimony_and_section(
    qtbot: QtBot, vault_folder: Path
) -> None:
    window = create_vault(qtbot, vault_folder)
    assert window.workspace is not None
    saved = window.workspace.save(minimal_testimony())
    window.open_testimony(saved.testimony_id)
    assert window.editor_page is not None
    window.editor_page.editor.show_section("health")
    window.lock()
    _unlock(qtbot, window)
    page = window.editor_page
    assert page is not None
    assert page.testimony_id == saved.testimony_id
    assert page.editor.current_section() == "health"
    assert not page.is_dirty()
    window.lock()


def test_unsaved_quick_answers_come_back_after_a_lock(qtbot: QtBot, vault_folder: Path) -> None:
    window = create_vault(qtbot, vault_folder)
    assert window.list_screen is not None
    qtbot.mouseClick(window.list_screen.new_button, Qt.MouseButton.LeftButton)
    page = window.editor_page
    assert page is not None
    assert page.quick is not None
    type_text(page.quick.informant_name, "Ганна Баравік")
    window.lock()
    _unlock(qtbot, window)
    page = window.editor_page
    assert page is not None
    assert page.on_quick_page()
    assert page.quick is not None
    assert page.quick.informant_name.text() == "Ганна Баравік"
    assert page.is_dirty()  # still unsaved: closing asks, Save makes a version
    assert page._editor is None  # resuming does not build the slow full editor
    page.discard()
    window.lock()


def test_a_panic_unlocks_to_the_list(qtbot: QtBot, vault_folder: Path) -> None:
    window = create_vault(qtbot, vault_folder)
    assert window.workspace is not None
    saved = window.workspace.save(minimal_testimony())
    window.open_testimony(saved.testimony_id)
    window.panic()
    _unlock(qtbot, window)
    assert window.editor_page is None
    assert window.list_screen is not None
    window.lock()


def test_a_resumed_draft_is_unsaved_work_without_building_the_full_editor(
    qtbot: QtBot, vault: Vault, unsaved: UnsavedAnswers
) -> None:
    workspace = Workspace(vault)
    draft = minimal_testimony()
    page = EditorPage(workspace, None, "en", draft_key="k1", document=draft)
    qtbot.addWidget(page)
    assert page.on_quick_page()
    assert page.is_dirty()  # closing asks, Save makes a version
    assert page._editor is None  # the slow full editor waits until it is asked for
    assert page.document() == draft


def test_a_resumed_draft_of_a_saved_testimony_is_unsaved_work(
    qtbot: QtBot, vault: Vault, unsaved: UnsavedAnswers
) -> None:
    workspace = Workspace(vault)
    saved = workspace.save(minimal_testimony())
    edited = workspace.load(saved.testimony_id).document
    edited["interview"]["interviewer"]["name"] += " 7"
    page = EditorPage(workspace, saved.testimony_id, "en", draft_key="k2", document=edited)
    qtbot.addWidget(page)
    assert page.is_dirty()
    assert page.editor.is_dirty()
    assert page.document() == edited
