"""The coordinator's Held bundles and Consent notices dialogs through real widgets, on real
vaults and real (forged where the test needs a conflict) bundles; the core is not mocked."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.services.exchange import Exchange
from app.storage import audit
from app.storage.models import AuditEntry
from app.storage.vault import Vault
from app.sync import exporter, importer
from app.ui.sync.held_dialog import COL_WHY, HeldBundlesDialog
from app.ui.sync.notices_dialog import NoticesDialog
from app.ui.sync.report import COL_STATUS
from tests.sync import test_sender_binding
from tests.sync.conftest import Pair
from tests.sync.test_export_parts import withdrawn
from tests.sync.test_quarantine import equivocating
from tests.sync.test_sender_binding import alice_delivers, bob_overwrites, current

bob = test_sender_binding.bob  # a second interviewer, approved like the first

LEFT = Qt.MouseButton.LeftButton


def held_dialog(qtbot: QtBot, pair: Pair) -> HeldBundlesDialog:
    dialog = HeldBundlesDialog(Exchange(pair.coordinator).quarantine)
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


def test_hand_over_gives_the_testimony_to_the_bundles_sender_and_audits_it(
    qtbot: QtBot, pair: Pair, bob: Vault
) -> None:
    alice_id, words = alice_delivers(pair)
    importer.import_files(pair.coordinator, [bob_overwrites(pair, bob, alice_id, words)])
    dialog = held_dialog(qtbot, pair)
    why = dialog.table.item(0, COL_WHY).text()
    assert why.startswith("It brings testimonies another interviewer sent first")
    assert f"(sender {pair.interviewer.key_id})" in why
    assert dialog.hand_over_button.isEnabled()

    qtbot.mouseClick(dialog.hand_over_button, LEFT)
    box = dialog.confirmation
    assert box is not None
    assert bob.key_id in box.text()  # says to whom the testimonies go
    assert "audit trail records the hand-over" in box.text()
    confirm(qtbot, box, "Hand over and import")
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=30_000)

    assert dialog.status.text() == "Done."
    assert dialog.report.texts(COL_STATUS) == ["imported"]
    assert dialog.table.rowCount() == 0
    assert current(pair.coordinator, alice_id) == (2, bob.key_id)  # Bob's version now
    with pair.coordinator.reading() as session:
        [handed] = session.scalars(select(AuditEntry).where(AuditEntry.action == "hand_over"))
        assert json.loads(handed.detail)["from"] == pair.interviewer.key_id
        assert audit.verify(session).ok


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


def test_a_reflexive_enter_on_a_confirmation_decides_nothing(qtbot: QtBot, pair: Pair) -> None:
    equivocating(pair)
    dialog = held_dialog(qtbot, pair)
    for decision in ("discard", "keep"):
        box = dialog.ask(decision)
        assert box is not None
        qtbot.waitExposed(box)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda box=box: not box.isVisible())  # type: ignore[misc]
        assert not dialog.runner.running
    assert len(Exchange(pair.coordinator).quarantine.held()) == 1
    assert dialog.table.rowCount() == 1
    assert dialog.status.text() == ""


def test_consent_notices_name_the_testimony(qtbot: QtBot, pair: Pair) -> None:
    testimony_id = pair.add()
    first = exporter.export_bundle(pair.interviewer, pair.outbox)
    assert importer.import_files(pair.coordinator, [Path(first.path)]).ok
    empty = NoticesDialog(Exchange(pair.coordinator).notices)
    qtbot.addWidget(empty)
    assert empty.list.count() == 0
    pair.edit(testimony_id, withdrawn(testimony_id))
    notice = exporter.export_bundle(pair.interviewer, pair.outbox)
    assert importer.import_files(pair.coordinator, [Path(notice.path)]).ok

    dialog = NoticesDialog(Exchange(pair.coordinator).notices)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    line = dialog.list.item(0).text()
    assert " — 2024-10-03  " in line  # the name and interview date the list shows
    assert f"[{testimony_id[:8]}]: the informant withdrew consent" in line
    assert pair.interviewer.key_id in line
