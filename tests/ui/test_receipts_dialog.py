"""Receipts through real widgets, on real vaults, bundles and receipts (nothing of the core is
mocked): the coordinator writes them while importing or approving, the interviewer reads them,
sees the bundles confirmed, and deletes from the laptop exactly what the organisation holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.exchange import Exchange
from app.storage import testimonies
from app.storage.vocabularies import vault_vocabulary
from app.ui.parts import texts
from app.ui.sync.receipt_report import (
    COL_CONFIRMED,
    COL_DETAILS,
    COL_FILE,
    COL_ORGANISATION,
    COL_RESULT,
)
from app.ui.sync.receipts_dialog import ReceiptsDialog
from app.ui.sync.senders_dialog import SendersDialog
from app.ui.window import MainWindow
from app.ui.workers import Task
from tests.sync.conftest import Pair, shared_testimony
from tests.sync.test_receipts import opened_receipt, resign
from tests.ui.test_sync_dialogs import (
    LEFT,
    Vaults,
    import_dialog,
    opened_vaults,
    run_import,
    vaults_at,
)
from tests.ui.windows import unlocked_window


@pytest.fixture
def vaults(tmp_path: Path) -> Iterator[Vaults]:
    yield from opened_vaults(tmp_path)


def edit(v: Vaults, testimony_id: str) -> None:
    with v.interviewer.transaction() as session:
        doc = shared_testimony(status="complete", id=testimony_id)
        testimonies.update(
            session, testimony_id, doc, vault_vocabulary(session), v.interviewer.key_id
        )


def export(v: Vaults) -> Path:
    [bundle] = Exchange(v.interviewer).export(v.usb).bundles
    return Path(bundle.path)


def inbox(v: Vaults) -> Path:
    folder = v.tmp / "receipts"
    folder.mkdir(exist_ok=True)
    return folder


def deliver(qtbot: QtBot, v: Vaults) -> Path:
    """Export, import through the coordinator's dialog with a receipts folder; the receipt."""
    bundle = export(v)
    dialog = import_dialog(qtbot, v.coordinator)
    dialog.receipt_folder.set_folder(inbox(v))
    run_import(qtbot, dialog, [bundle])
    [written] = dialog.last_receipts
    return Path(written.path)


def receipts_dialog(qtbot: QtBot, v: Vaults) -> ReceiptsDialog:
    dialog = ReceiptsDialog(Exchange(v.interviewer))
    qtbot.addWidget(dialog)
    return dialog


def read(qtbot: QtBot, dialog: ReceiptsDialog, files: list[Path]) -> None:
    dialog.read_files(files)
    assert dialog.runner.running  # off the GUI thread
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=30_000)


def live(v: Vaults) -> list[str]:
    with v.interviewer.reading() as session:
        return sorted(s.id for s in testimonies.summaries(session))


def shown(widget: object) -> bool:
    return not widget.isHidden()  # type: ignore[attr-defined]


def button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text() == text)


# --- the coordinator writes them ---------------------------------------------------------------
def test_import_with_a_receipts_folder_writes_one_per_bundle(qtbot: QtBot, vaults: Vaults) -> None:
    vaults.add()
    bundle = export(vaults)
    dialog = import_dialog(qtbot, vaults.coordinator)
    run_import(qtbot, dialog, [bundle])
    assert dialog.last_receipts == ()  # no folder chosen: no receipt, nothing said
    assert not shown(dialog.receipts_report)
    assert list(inbox(vaults).iterdir()) == []

    dialog.receipt_folder.set_folder(inbox(vaults))
    copy = vaults.usb / "copy.age"
    copy.write_bytes(bundle.read_bytes())
    run_import(qtbot, dialog, [bundle, copy])  # the same bundle twice: duplicates, one receipt
    [receipt] = list(inbox(vaults).iterdir())
    assert receipt.suffix == ".age"
    [written] = dialog.last_receipts
    assert written.path == str(receipt)
    report = dialog.receipts_report.text()
    assert shown(dialog.receipts_report)
    assert f"Receipts written: 1, into {inbox(vaults)}." in report
    assert "Only the vault of the interviewer who sent a bundle can open" in report
    assert dialog.receipt_folder.path_field.text() == str(inbox(vaults))


def test_approving_a_sender_writes_receipts_for_its_held_bundles(
    qtbot: QtBot, tmp_path: Path
) -> None:
    v = vaults_at(tmp_path, approve=False)
    try:
        v.add()
        dialog = import_dialog(qtbot, v.coordinator)
        dialog.receipt_folder.set_folder(inbox(v))
        run_import(qtbot, dialog, [export(v)])
        assert dialog.table.texts(1) == ["quarantined"]
        assert "No receipt written" in dialog.receipts_report.text()
        assert list(inbox(v).iterdir()) == []

        senders = SendersDialog(Exchange(v.coordinator))
        qtbot.addWidget(senders)
        senders.receipt_folder.set_folder(inbox(v))
        senders.select(v.interviewer.key_id)
        check = senders.ask_approve()
        assert check is not None
        qtbot.mouseClick(check.accept_button, LEFT)
        qtbot.waitUntil(lambda: not senders.runner.running, timeout=30_000)
        assert len(list(inbox(v).iterdir())) == 1
        assert "Receipts written: 1" in senders.summary.text()
    finally:
        Task.join_all()
        v.interviewer.close()
        v.coordinator.close()


# --- the interviewer reads them and deletes ----------------------------------------------------
def test_reading_a_receipt_confirms_and_purge_deletes_exactly_that(
    qtbot: QtBot, vaults: Vaults
) -> None:
    safe, edited = vaults.add(), vaults.add()
    receipt = deliver(qtbot, vaults)
    edit(vaults, edited)  # after the export: this version is not at the organisation

    dialog = receipts_dialog(qtbot, vaults)
    assert texts(dialog.exports, 2) == ["no receipt yet"]
    assert dialog.safe_count.text() == "Testimonies safe at the organisation: 0"
    assert not dialog.purge_button.isEnabled()
    assert dialog.ask_purge() is None

    read(qtbot, dialog, [receipt])
    assert texts(dialog.table, COL_FILE) == [receipt.name]
    assert texts(dialog.table, COL_RESULT) == ["checked"]
    assert texts(dialog.table, COL_ORGANISATION) == ["Test organisation"]
    assert texts(dialog.table, COL_CONFIRMED) == ["2"]
    assert not shown(dialog.conflicts)
    assert dialog.summary.text() == "Everything you exported is confirmed received."
    [state] = texts(dialog.exports, 2)
    assert state.startswith("confirmed: the organisation's receipt of ")
    assert state.endswith(" UTC")
    assert dialog.safe_count.text() == "Testimonies safe at the organisation: 1"
    assert dialog.safe_list.count() == 1
    assert safe[:8] in dialog.safe_list.item(0).text()
    assert dialog.purge_button.isEnabled()

    box = dialog.ask_purge()
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert box.text() == "Delete 1 testimony from this laptop?"
    words = box.informativeText()
    assert "keeps its copy" in words
    assert "holds this testimony exactly" in words
    assert "cannot be undone: it will be gone" in words
    assert "not confirmed stay on this laptop" in words
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert not dialog.runner.running
    assert live(vaults) == sorted([safe, edited])  # Cancel deletes nothing

    box = dialog.ask_purge()
    assert box is not None
    with qtbot.waitSignal(dialog.purged, timeout=30_000) as purged:
        qtbot.mouseClick(button(box, "Delete 1 testimony"), LEFT)
    assert purged.args == [[safe]]
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=30_000)
    assert live(vaults) == [edited]  # edited after the export: it stays
    assert dialog.status.text().startswith("Deleted 1 testimony from this laptop")
    assert dialog.safe_count.text() == "Testimonies safe at the organisation: 0"
    assert not dialog.purge_button.isEnabled()
    with vaults.coordinator.reading() as session:
        assert testimonies.get(session, safe).provenance.version == 1  # the organisation's copy


def test_a_tampered_receipt_is_rejected_and_changes_nothing(qtbot: QtBot, vaults: Vaults) -> None:
    vaults.add()
    receipt = deliver(qtbot, vaults)
    tampered = vaults.tmp / "tampered.age"
    data = bytearray(receipt.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))

    dialog = receipts_dialog(qtbot, vaults)
    read(qtbot, dialog, [tampered])
    assert texts(dialog.table, COL_RESULT) == ["rejected"]
    # In the user's words; the core's technical line only in the tooltip.
    assert texts(dialog.table, COL_DETAILS) == ["The receipt is damaged or was altered."]
    assert "did not authenticate" in dialog.table.item(0, COL_DETAILS).toolTip()
    assert texts(dialog.table, COL_CONFIRMED) == [""]
    assert "rejected or not read: 1" in dialog.status.text()
    assert not shown(dialog.summary)
    assert texts(dialog.exports, 2) == ["no receipt yet"]
    assert dialog.safe_count.text() == "Testimonies safe at the organisation: 0"
    assert not dialog.purge_button.isEnabled()


def test_other_content_at_the_organisation_is_shown_in_red_with_advice(
    qtbot: QtBot, vaults: Vaults
) -> None:
    testimony_id = vaults.add()
    receipt = deliver(qtbot, vaults)
    pair = Pair(vaults.interviewer, vaults.coordinator, vaults.usb, vaults.tmp)
    document, _ = opened_receipt(pair, receipt)
    [held] = document["versions"]  # type: ignore[misc]
    held["sha256"] = "f" * 64
    forged = resign(pair, document)

    dialog = receipts_dialog(qtbot, vaults)
    read(qtbot, dialog, [forged])
    assert texts(dialog.table, COL_RESULT) == ["different content"]
    assert texts(dialog.table, COL_CONFIRMED) == ["0"]
    assert f"[{testimony_id[:8]}], version 1" in texts(dialog.table, COL_DETAILS)[0]
    assert shown(dialog.conflicts)
    assert "Tell your coordinator" in dialog.conflicts.text()
    assert testimony_id[:8] in dialog.conflicts.text()
    assert "#8a1f11" in dialog.conflicts.styleSheet()
    assert "not confirmed yet: 1" in dialog.summary.text()
    assert dialog.safe_count.text() == "Testimonies safe at the organisation: 0"


def test_a_vault_that_never_exported_says_so(qtbot: QtBot, vaults: Vaults) -> None:
    dialog = receipts_dialog(qtbot, vaults)
    assert shown(dialog.no_exports)
    assert not shown(dialog.exports)
    read(qtbot, dialog, [vaults.tmp / "anything.age"])
    assert dialog.status.text().startswith("Not read: ")
    assert "never exported" in dialog.status.text()


# --- the window: menu, unsaved work, lock --------------------------------------------------------
def unlocked(qtbot: QtBot, folder: Path) -> MainWindow:
    window = unlocked_window(qtbot, folder)
    return window


def test_menu_keeps_unsaved_work_refreshes_the_list_and_lock_closes_the_dialog(
    qtbot: QtBot, tmp_path: Path
) -> None:
    v = vaults_at(tmp_path)
    safe, being_edited = v.add(), v.add()
    receipt = deliver(qtbot, v)
    Task.join_all()
    v.interviewer.close()
    coordinator_folder = v.coordinator.paths.folder
    v.coordinator.close()

    window = unlocked(qtbot, tmp_path / "interviewer")
    menu = window.bundle_menu
    assert menu.receipts_action.isEnabled()
    window.open_testimony(being_edited)
    assert window.editor_page is not None
    window.editor_page.editor.mark_dirty()  # unsaved changes, no draft written yet
    dialog = menu.open_receipts()
    assert isinstance(dialog, ReceiptsDialog)
    assert menu.open_receipts() is dialog  # one at a time
    read(qtbot, dialog, [receipt])
    assert texts(dialog.table, COL_CONFIRMED) == ["2"]
    # The open edit became a draft first: it is not offered for deletion.
    assert dialog.safe_count.text() == "Testimonies safe at the organisation: 1"
    assert safe[:8] in dialog.safe_list.item(0).text()

    window.editor_page.editor.mark_saved(being_edited, 1)  # leave the editor without asking
    window.show_list()
    listing = window.list_screen
    assert listing is not None
    qtbot.waitUntil(lambda: listing.model.rowCount() == 2)
    box = dialog.ask_purge()
    assert box is not None
    qtbot.mouseClick(button(box, "Delete 1 testimony"), LEFT)
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=30_000)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)  # the window forgot it too
    assert listing.model.row_id(0) == being_edited

    box = dialog.ask_purge()
    assert box is None  # nothing left to delete
    dialog.read_files([receipt])
    window.lock()  # a read in flight, the dialog open: both go
    assert window.workspace is None
    assert Task._running == set()
    qtbot.waitUntil(lambda: window.findChild(ReceiptsDialog) is None)
    assert not menu.receipts_action.isEnabled()
    window.close()

    coordinator = unlocked(qtbot, coordinator_folder)
    assert coordinator.bundle_menu.open_receipts() is None  # explained, not opened
    explanation = coordinator.bundle_menu.explanation
    assert explanation is not None
    assert "organisation's vault" in explanation.windowTitle()
    assert "Write receipts for the senders into" in explanation.text()
    explanation.close()
    assert coordinator.findChild(ReceiptsDialog) is None


def test_lock_closes_the_dialog_and_its_confirmation(qtbot: QtBot, tmp_path: Path) -> None:
    v = vaults_at(tmp_path)
    v.add()
    receipt = deliver(qtbot, v)
    Task.join_all()
    Exchange(v.interviewer).receipts.read_receipts([receipt])
    v.interviewer.close()
    v.coordinator.close()

    window = unlocked(qtbot, tmp_path / "interviewer")
    dialog = window.bundle_menu.open_receipts()
    assert dialog is not None
    box = dialog.ask_purge()
    assert box is not None
    assert box.isVisible()
    window.lock()
    qtbot.waitUntil(lambda: window.findChild(ReceiptsDialog) is None)
    assert window.findChild(QMessageBox) is None
    window.close()


def test_purging_the_testimony_open_in_the_editor_returns_to_the_list(
    qtbot: QtBot, tmp_path: Path
) -> None:
    v = vaults_at(tmp_path)
    testimony_id = v.add()
    receipt = deliver(qtbot, v)
    Task.join_all()
    Exchange(v.interviewer).receipts.read_receipts([receipt])
    v.interviewer.close()
    v.coordinator.close()

    window = unlocked(qtbot, tmp_path / "interviewer")
    window.open_testimony(testimony_id)  # open, nothing changed: it may go
    dialog = window.bundle_menu.open_receipts()
    assert dialog is not None
    assert dialog.safe_count.text() == "Testimonies safe at the organisation: 1"
    box = dialog.ask_purge()
    assert box is not None
    qtbot.mouseClick(button(box, "Delete 1 testimony"), LEFT)
    qtbot.waitUntil(lambda: window.editor_page is None, timeout=30_000)
    assert window.list_screen is not None
    assert window.workspace is not None
    assert window.workspace.count() == 0
    window.close()
