"""Attachments in the app: add with progress, preview in memory, save a copy, cancel."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.storage import testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.ui.file_dialogs import forget_history
from app.ui.testimony.attachments import AttachmentsDialog
from tests.factories import minimal_testimony


def make_dialog(qtbot: QtBot, vault: Vault) -> AttachmentsDialog:
    with vault.transaction() as session:
        testimony_id = testimonies.add(
            session, minimal_testimony(), vault_vocabulary(session), vault.key_id
        )
    dialog = AttachmentsDialog(Workspace(vault), testimony_id)
    qtbot.addWidget(dialog)
    return dialog


def test_add_preview_text_and_image_then_save_a_copy(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, vault)
    note = tmp_path / "пратакол.txt"
    note.write_text("Пратакол допыту: 14.11.2022\n", encoding="utf-8")
    image = tmp_path / "verdict.png"
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    assert picture.save(str(image))

    with qtbot.waitSignal(dialog.add(note, "Protocol of interrogation").finished, timeout=10_000):
        pass
    with qtbot.waitSignal(dialog.add(image, "Photo of the verdict").finished, timeout=10_000):
        pass
    assert dialog.table.rowCount() == 2
    names = [dialog.table.item(row, 0).text() for row in range(2)]
    text_row, image_row = names.index("пратакол.txt"), names.index("verdict.png")
    dialog.table.setCurrentCell(text_row, 0)
    assert dialog.preview.currentWidget() is dialog.text
    assert "Пратакол допыту" in dialog.text.toPlainText()
    dialog.table.setCurrentCell(image_row, 0)
    assert dialog.preview.currentIndex() == 1
    assert dialog.image.pixmap().width() == 40

    out = tmp_path / "copy.png"
    info = dialog.current()
    assert info is not None
    with qtbot.waitSignal(dialog.extract(info, out).finished, timeout=10_000):
        pass
    assert out.read_bytes() == image.read_bytes()


def test_cancelled_add_keeps_nothing(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, vault)
    big = tmp_path / "recording.ogg"
    with big.open("wb") as handle:
        for _ in range(64):
            handle.write(os.urandom(1024 * 1024))
    task = dialog.add(big, "Interview recording")
    task.cancel()
    with qtbot.waitSignal(task.failed, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: "Cancelled" in dialog.status.text())
    assert dialog.table.rowCount() == 0
    leftovers = [p for p in (vault.paths.blobs).glob("*")] if vault.paths.blobs.exists() else []
    assert leftovers == []


def test_file_dialog_history_is_forgotten(private_environment: Path) -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/history", ["/home/someone/secret-folder"])
    settings.sync()
    forget_history()
    settings.sync()
    assert QSettings(QSettings.Scope.UserScope, "QtProject").value("FileDialog/history") is None
