"""The organisation's setup in the desktop, in a real window over a real vault: an
interviewer's vault shows persons but greys merging with the reason; creating the
organisation (asked first, Cancel the default) makes the session a coordinator's at once;
the card and the recovery copy of the secret are written, the secret privately and never
over another file; locking leaves no view or dialog behind."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.ui.figures.view import FiguresView
from app.ui.organisation.dialog import OrganisationDialog
from app.ui.persons.view import PersonsView
from app.ui.window import MainWindow
from tests.sync.conftest import make_vault
from tests.ui.windows import unlocked_window


def unlocked(qtbot: QtBot, folder: Path) -> MainWindow:
    make_vault(folder).close()
    window = unlocked_window(qtbot, folder)
    return window


def visible_box(widget: object) -> QMessageBox:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    (box,) = [b for b in widget.findChildren(QMessageBox) if b.isVisible()]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    return box


def accept(qtbot: QtBot, box: QMessageBox) -> None:
    go = next(b for b in box.buttons() if box.buttonRole(b) != QMessageBox.ButtonRole.RejectRole)
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)


def test_views_by_key_and_the_organisation_made_in_the_desktop(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked(qtbot, tmp_path / "vault")
    assert window.views.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.archive_view, PersonsView)
    assert window.views.by_name["persons"].isChecked()
    assert not window.archive_view.merge_button.isEnabled()  # an interviewer's vault
    assert "coordinator" in window.archive_view.merge_button.toolTip()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.archive_view, FiguresView)

    window.organisation_action.trigger()
    dialog = window.findChild(OrganisationDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=10_000)
    for button in (dialog.card_button, dialog.secret_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Create the organisation first."
    qtbot.keyClicks(dialog.name, "Viasna")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    box = visible_box(dialog)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.create_button.isEnabled()  # Cancel made nothing
    assert window.session is not None
    assert not window.session.is_coordinator

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    accept(qtbot, visible_box(dialog))
    qtbot.waitUntil(lambda: dialog.card_button.isEnabled(), timeout=10_000)
    assert dialog.fingerprint.text()
    assert window.session is not None
    assert window.session.is_coordinator

    card = tmp_path / "organisation.card"
    dialog.save_card(card)
    qtbot.waitUntil(lambda: card.exists() and not dialog.runner.running, timeout=10_000)
    assert dialog.fingerprint.text() in dialog.outcome.text()

    secret = tmp_path / "organisation.age-identity"
    dialog.save_secret(secret)
    qtbot.waitUntil(lambda: secret.exists() and not dialog.runner.running, timeout=10_000)
    assert secret.read_text("ascii").strip().splitlines()[-1].startswith("AGE-SECRET-KEY-")
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    before = secret.read_bytes()
    dialog.save_secret(secret)  # never over an existing file
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=10_000)
    assert "already exists" in dialog.outcome.text()
    assert secret.read_bytes() == before
    dialog.close()

    window.views.by_name["persons"].trigger()
    assert isinstance(window.archive_view, PersonsView)
    assert window.archive_view.merge_button.isEnabled()  # a coordinator's now

    window.lock()
    assert window.archive_view is None
    assert not window.views.isVisible()
    assert window.findChild(PersonsView) is None or not window.findChild(PersonsView).isVisible()
