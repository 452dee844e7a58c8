"""The coordinator's Held bundles and Consent notices dialogs through real widgets, on real
vaults and real (forged where the test needs a conflict) bundles; the core is not mocked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services.exchange import Exchange
from app.sync import exporter, importer
from app.ui.sync.held_dialog import COL_WHY, HeldBundlesDialog
from app.ui.sync.notices_dialog import NoticesDialog
from app.ui.sync.report import COL_STATUS
from app.ui.workers import Task
from tests.sync.conftest import Pair, introduce, make_vault
from tests.sync.test_export_parts import withdrawn
from tests.sync.test_quarantine import equivocating

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    interviewer = make_vault(tmp_path / "interviewer")
    coordinator = make_vault(tmp_path / "coordinator")
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    try:
        introduce(interviewer, coordinator)
        yield Pair(interviewer, coordinator, outbox, tmp_path)
    finally:
        Task.join_all()
        interviewer.close()
        coordinator.close()


def held_dialog(qtbot: QtBot, pair: Pair) -> HeldBundlesDialog:
    dialog = HeldBundlesDialog(Exchange(pair.coordinator))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def confirm(qtbot: QtBot, box: QMessageBox | None, accept: str) -> None:
    assert box is not None
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == accept), LEFT)


def test_keep_the_archives_version_after_a_confirmation(qtbot: QtBot, pair: Pair) -> None:
    first, second, _ = equivocating(pair)
    dialog = held_dialog(qtbot, pair)
    assert dialog.table.rowCount() == 1
    why = dialog.table.item(0, COL_WHY).text()
    assert why.startswith("It gives versions the archive holds with other content")
    assert f"[{first[:8]}], version 1" in why  # the testimony named, not only counted
    assert not dialog.hand_over_button.isEnabled()  # no other sender's testimony in it

    box = dialog.ask("keep")
    assert box is not None
    assert "keeps the archive's content" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert len(Exchange(pair.coordinator).quarantine.held()) == 1  # Cancel decides nothing

    confirm(qtbot, dialog.ask("keep"), "Import, keeping the archive's")
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=30_000)
    assert dialog.report.texts(COL_STATUS) == ["imported"]
    assert f"[{second[:8]}]" in dialog.summary.text()  # what came in, by name
    assert dialog.table.rowCount() == 0
    assert dialog.empty.isVisible()
    assert dialog.status.text() == "Done."


def test_discard_deletes_the_held_bundle(qtbot: QtBot, pair: Pair) -> None:
    equivocating(pair)
    dialog = held_dialog(qtbot, pair)
    box = dialog.ask("discard")
    assert box is not None
    assert "deleted unread" in box.text()
    confirm(qtbot, box, "Discard")
    assert dialog.status.text() == "Discarded."
    assert dialog.table.rowCount() == 0
    assert list(pair.coordinator.paths.quarantine.glob("*.age")) == []


def test_consent_notices_name_the_testimony(qtbot: QtBot, pair: Pair) -> None:
    testimony_id = pair.add()
    first = exporter.export_bundle(pair.interviewer, pair.outbox)
    assert importer.import_files(pair.coordinator, [Path(first.path)]).ok
    empty = NoticesDialog(Exchange(pair.coordinator))
    qtbot.addWidget(empty)
    assert empty.list.count() == 0
    pair.edit(testimony_id, withdrawn(testimony_id))
    notice = exporter.export_bundle(pair.interviewer, pair.outbox)
    assert importer.import_files(pair.coordinator, [Path(notice.path)]).ok

    dialog = NoticesDialog(Exchange(pair.coordinator))
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    line = dialog.list.item(0).text()
    assert " — 2024-10-03  " in line  # the name and interview date the list shows
    assert f"[{testimony_id[:8]}]: the informant withdrew consent" in line
    assert pair.interviewer.key_id in line
