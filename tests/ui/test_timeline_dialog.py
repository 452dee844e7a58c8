"""A person's timeline names its testimonies by number, never by a raw id."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.domain.template import example_testimony
from app.services.workspace import Workspace
from app.storage.vault import Vault
from app.ui.timeline.dialog import TimelineDialog


def test_testimonies_are_numbered_not_ids(qtbot: QtBot, vault: Vault) -> None:
    workspace = Workspace(vault)
    ids = [workspace.save(example_testimony()).testimony_id for _ in range(2)]
    dialog = TimelineDialog(workspace, "Ales Baravik", "en")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    column = dialog.table.columnCount() - 1
    shown = {dialog.table.item(row, column).text() for row in range(dialog.table.rowCount())}
    assert shown == {"Testimony 1", "Testimony 2"}
    cells = [
        dialog.table.item(row, col).text()
        for row in range(dialog.table.rowCount())
        for col in range(dialog.table.columnCount())
    ]
    assert not [text for text in cells if any(i[:8] in text for i in ids)]
