"""The window's life cycle through real widgets: create, unlock, lock, auto-lock, panic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.storage import testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.ui.lock.create_screen import CreateVaultScreen
from app.ui.lock.unlock_screen import UnlockScreen
from app.ui.window import MainWindow
from app.ui.workspace.list_screen import ListScreen
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import full_testimony, minimal_testimony


def make_window(qtbot: QtBot, folder: Path, autolock_ms: int | None = None) -> MainWindow:
    window = MainWindow(folder, kdf=FAST_KDF, autolock_ms=autolock_ms)
    qtbot.addWidget(window)
    window.show()
    return window


def current(window: MainWindow) -> object:
    return window.centralWidget().currentWidget()  # type: ignore[attr-defined]


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    screen = current(window)
    assert isinstance(screen, UnlockScreen)
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)


def test_first_run_creates_the_vault(qtbot: QtBot, vault_folder: Path) -> None:
    window = make_window(qtbot, vault_folder)
    screen = current(window)
    assert isinstance(screen, CreateVaultScreen)
    assert "nobody can open the vault" in screen.findChild(type(screen.message), "warning").text()
    qtbot.keyClicks(screen.passphrase, "short")
    assert not screen.create_button.isEnabled()
    screen.passphrase.clear()
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClicks(screen.repeat, PASSPHRASE + "x")
    assert not screen.create_button.isEnabled()
    assert "differ" in screen.message.text()
    qtbot.keyClick(screen.repeat, Qt.Key.Key_Backspace)
    assert screen.create_button.isEnabled()
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(current(window), ListScreen), timeout=20_000)
    assert (vault_folder / "keyslots.json").exists()
    window.lock()


def test_wrong_passphrase_is_a_calm_message(qtbot: QtBot, closed_vault: Path) -> None:
    window = make_window(qtbot, closed_vault)
    unlock(qtbot, window, "not my passphrase")
    screen = current(window)
    assert isinstance(screen, UnlockScreen)
    qtbot.waitUntil(lambda: "did not open" in screen.message.text(), timeout=10_000)
    assert screen.passphrase.text() == ""
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(current(window), ListScreen), timeout=10_000)
    window.lock()


def test_lock_drops_testimony_and_unlock_returns_to_list(qtbot: QtBot, closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault, vault.transaction() as session:
        testimonies.add(session, full_testimony(), vault_vocabulary(session), vault.key_id)
    window = make_window(qtbot, closed_vault)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(current(window), ListScreen), timeout=10_000)
    screen = current(window)
    assert isinstance(screen, ListScreen)
    model = screen.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert "Баравік" in model.data(model.index(0, 0))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(current(window), UnlockScreen)
    assert model.rowCount() == 0  # the model that held testimony was emptied
    assert window.workspace is None
    Vault.open(closed_vault, PASSPHRASE).close()  # the database was really closed
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(current(window), ListScreen), timeout=10_000)
    window.lock()


def test_auto_lock_after_idle_time(qtbot: QtBot, closed_vault: Path) -> None:
    window = make_window(qtbot, closed_vault, autolock_ms=300)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(current(window), ListScreen), timeout=10_000)
    qtbot.waitUntil(lambda: isinstance(current(window), UnlockScreen), timeout=5_000)
    assert window.workspace is None


def test_panic_locks_and_hides(qtbot: QtBot, closed_vault: Path) -> None:
    window = make_window(qtbot, closed_vault)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(current(window), ListScreen), timeout=10_000)
    qtbot.keyClick(
        window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert isinstance(current(window), UnlockScreen)
    assert window.workspace is None
    qtbot.waitUntil(window.isMinimized)


def test_live_search_finds_latin_query_of_cyrillic_name(qtbot: QtBot, closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault, vault.transaction() as session:
        vocab = vault_vocabulary(session)
        testimonies.add(session, full_testimony(), vocab, vault.key_id)
        person = {
            "ref": "p1",
            "names": [{"value": "Ганна Баравік", "script": "Cyrl", "kind": "original"}],
            "roles": ["informant"],
        }
        testimonies.add(session, minimal_testimony(persons=[person]), vocab, vault.key_id)
    window = make_window(qtbot, closed_vault)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(current(window), ListScreen), timeout=10_000)
    screen = current(window)
    assert isinstance(screen, ListScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    qtbot.keyClicks(screen.search_box, "Baravik")  # Latin query, Cyrillic records
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2 and "found" in screen.status.text())
    screen.filter_boxes["art411"].setChecked(True)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5_000)
    assert "Алесь" in screen.model.data(screen.model.index(0, 0))
    qtbot.keyClicks(screen.search_box, " Kalesnikava")  # all words must match
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=5_000)
    window.lock()


def test_person_timeline_dialog_and_lock_closes_it(qtbot: QtBot, closed_vault: Path) -> None:
    from app.ui.timeline.dialog import TimelineDialog

    with Vault.open(closed_vault, PASSPHRASE) as vault, vault.transaction() as session:
        testimonies.add(session, full_testimony(), vault_vocabulary(session), vault.key_id)
    window = make_window(qtbot, closed_vault)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(current(window), ListScreen), timeout=10_000)
    window.show_timeline("Ales Baravik")
    dialog = window.findChild(TimelineDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 5, timeout=10_000)
    kinds = {dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())}
    assert {"Arrest", "Punishment cell", "Verdict", "Incommunicado"} <= kinds
    assert dialog.table.item(0, 0).text() == "2022-11-14"  # the arrest comes first
    window.lock()
    qtbot.waitUntil(lambda: window.findChild(TimelineDialog) is None)


def test_lock_key_works_while_a_modal_dialog_is_open(qtbot: QtBot, closed_vault: Path) -> None:
    """The menu's shortcut is shadowed by a modal dialog; the lock must not be."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window = make_window(qtbot, closed_vault)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(current(window), ListScreen), timeout=10_000)
    pressed = []

    def press_ctrl_l() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not open yet
            QTimer.singleShot(50, press_ctrl_l)
            return
        pressed.append(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    def give_up() -> None:  # so that a failing lock fails the test instead of hanging it
        if pressed:
            pressed[0].reject()

    QTimer.singleShot(50, press_ctrl_l)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(give_up)
    safety.start(5_000)
    window.open_settings()  # modal: returns when the lock rejected it
    safety.stop()
    assert pressed
    assert isinstance(current(window), UnlockScreen)
    assert window.workspace is None


def test_a_database_without_its_key_file_is_never_offered_as_a_first_run(
    qtbot: QtBot, closed_vault: Path
) -> None:
    (closed_vault / "keyslots.json").rename(closed_vault.parent / "keyslots.json.lost")
    before = (closed_vault / "vault.db").read_bytes()
    window = make_window(qtbot, closed_vault)
    unlock(qtbot, window)  # the unlock screen, not the create screen
    screen = current(window)
    assert isinstance(screen, UnlockScreen)
    qtbot.waitUntil(
        lambda: "key file (keyslots.json) is missing" in screen.message.text(), timeout=10_000
    )
    assert (closed_vault / "vault.db").read_bytes() == before
