"""The Bundles menu follows the role read at unlock: an interviewer's vault greys out the
coordinator's entries (and says why), a coordinator's vault offers them and they open their
dialogs on the session's services; locking ends the session and greys out everything. Real
windows on real vaults, unlocked by typing the passphrase."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.ui.session import Role
from app.ui.sync.held_dialog import HeldBundlesDialog
from app.ui.sync.import_dialog import ImportDialog
from app.ui.sync.menu import BundleMenu
from app.ui.sync.notices_dialog import NoticesDialog
from app.ui.sync.senders_dialog import SendersDialog
from app.ui.window import MainWindow
from tests.sync.conftest import introduce, make_vault
from tests.ui.windows import unlocked_window


def vaults(tmp_path: Path) -> tuple[Path, Path]:
    """An interviewer's folder and a coordinator's, introduced to each other, both closed."""
    interviewer = make_vault(tmp_path / "interviewer")
    coordinator = make_vault(tmp_path / "coordinator")
    introduce(interviewer, coordinator)
    interviewer.close()
    coordinator.close()
    return tmp_path / "interviewer", tmp_path / "coordinator"


def unlocked(qtbot: QtBot, folder: Path) -> tuple[MainWindow, BundleMenu]:
    window = unlocked_window(qtbot, folder)
    assert window.bundle_menu is not None
    return window, window.bundle_menu


def test_an_interviewer_is_not_offered_the_coordinators_entries(
    qtbot: QtBot, tmp_path: Path
) -> None:
    interviewer, _ = vaults(tmp_path)
    window, menu = unlocked(qtbot, interviewer)
    assert window.session is not None
    assert window.session.role is Role.INTERVIEWER
    assert all(action.isEnabled() for action in menu.interviewer_actions)
    for action in menu.coordinator_actions:
        assert not action.isEnabled(), action.text()
        assert "coordinator's vault" in action.toolTip()
    menu.held_action.trigger()  # a disabled entry does nothing, even if triggered
    assert menu.open_senders() is None
    assert window.findChild(HeldBundlesDialog) is None
    assert window.findChild(SendersDialog) is None
    window.close()


def test_a_coordinator_gets_them_and_locking_ends_the_session(qtbot: QtBot, tmp_path: Path) -> None:
    _, coordinator = vaults(tmp_path)
    window, menu = unlocked(qtbot, coordinator)
    session = window.session
    assert session is not None
    assert session.role is Role.COORDINATOR
    assert all(action.isEnabled() for action in menu.coordinator_actions)
    assert not any("coordinator's vault" in action.toolTip() for action in menu.actions)

    menu.held_action.trigger()
    held = window.findChild(HeldBundlesDialog)
    assert held is not None
    assert held.table.rowCount() == 0
    assert held.empty.text() == "No bundle is held."
    menu.notices_action.trigger()
    assert window.findChild(NoticesDialog) is not None
    menu.import_action.trigger()
    assert window.findChild(ImportDialog) is not None

    window.lock()
    assert window.session is None
    assert not any(action.isEnabled() for action in menu.actions)
    qtbot.waitUntil(lambda: window.findChild(HeldBundlesDialog) is None)
    assert window.findChild(ImportDialog) is None
    assert menu.open_held() is None  # the ended session is never reached again
    window.close()
