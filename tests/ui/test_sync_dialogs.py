"""The bundle dialogs through real widgets, on real vaults and real bundles (nothing of the
exporter or importer is mocked): export, cancel, trust, import, quarantine and approval,
tampering, and locking while an export runs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services.exchange import Exchange
from app.storage import attachments, testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.sync import identities
from app.ui.sync.common import FingerprintDialog
from app.ui.sync.export_dialog import ExportDialog
from app.ui.sync.import_dialog import ImportDialog
from app.ui.sync.report import COL_ATTACHMENTS, COL_REASON, COL_STATUS, COL_TESTIMONIES
from app.ui.sync.senders_dialog import SendersDialog
from app.ui.window import MainWindow
from app.ui.workers import Task
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import full_testimony
from tests.sync.conftest import introduce, make_vault, shared_testimony

LEFT = Qt.MouseButton.LeftButton


@dataclass
class Vaults:
    interviewer: Vault
    coordinator: Vault
    usb: Path
    tmp: Path

    def add(self, doc: dict[str, object] | None = None, vault: Vault | None = None) -> str:
        vault = vault or self.interviewer
        with vault.transaction() as session:
            return testimonies.add(
                session, doc or shared_testimony(), vault_vocabulary(session), vault.key_id
            )

    def attach(self, testimony_id: str, size: int) -> None:
        source = self.tmp / "recording.ogg"
        source.write_bytes(os.urandom(size))
        attachments.add(self.interviewer, testimony_id, source, "interview recording")
        source.unlink()


def vaults_at(tmp_path: Path, approve: bool = True, trust: bool = True) -> Vaults:
    interviewer = make_vault(tmp_path / "interviewer")
    coordinator = make_vault(tmp_path / "coordinator")
    if trust:
        introduce(interviewer, coordinator, approve=approve)
    else:
        with coordinator.transaction() as session:
            identities.create_organisation(session, "Test organisation", coordinator.key_id)
    usb = tmp_path / "usb"
    usb.mkdir()
    return Vaults(interviewer, coordinator, usb, tmp_path)


def opened_vaults(tmp_path: Path) -> Iterator[Vaults]:
    """The two vaults, closed after the dialogs' background tasks have all ended."""
    opened = vaults_at(tmp_path)
    yield opened
    Task.join_all()
    opened.interviewer.close()
    opened.coordinator.close()


@pytest.fixture
def vaults(tmp_path: Path) -> Iterator[Vaults]:
    yield from opened_vaults(tmp_path)


def private_testimony() -> dict[str, object]:
    doc = full_testimony()
    doc["consent"]["scopes"] = ["internal_documentation"]
    return doc


def export_dialog(qtbot: QtBot, vault: Vault) -> ExportDialog:
    dialog = ExportDialog(Exchange(vault))
    qtbot.addWidget(dialog)
    return dialog


def import_dialog(qtbot: QtBot, vault: Vault) -> ImportDialog:
    dialog = ImportDialog(Exchange(vault))
    qtbot.addWidget(dialog)
    return dialog


def run_export(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.runner.running
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=30_000)


def run_import(qtbot: QtBot, dialog: ImportDialog, files: list[Path]) -> None:
    dialog.set_files(files)
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=30_000)


def shown(widget: object) -> bool:
    return not widget.isHidden()  # type: ignore[attr-defined]


# --- export and import ------------------------------------------------------------------
def test_exported_bundle_is_imported_by_the_coordinators_dialog(
    qtbot: QtBot, vaults: Vaults
) -> None:
    shared = vaults.add()
    vaults.attach(shared, 50_000)
    vaults.add(private_testimony())
    dialog = export_dialog(qtbot, vaults.interviewer)
    assert "Test organisation" in dialog.recipient.text()
    organisation = Exchange(vaults.coordinator).state().organisation
    assert organisation is not None
    assert dialog.recipient_fingerprint.text().split() == organisation.fingerprint.split()
    assert not dialog.export_button.isEnabled()  # no folder chosen yet
    dialog.set_destination(vaults.usb)
    run_export(qtbot, dialog)

    [bundle] = list(vaults.usb.iterdir())
    assert bundle.suffix == ".age"
    report = dialog.report.text()
    assert f"File written: {bundle} (sequence 1, " in report
    assert "Testimonies: 1, versions: 1, attachments: 1" in report
    assert shown(dialog.only_org)
    assert "you cannot" in dialog.only_org.text()
    assert dialog.withheld.count() == 1
    assert "Алесь Пятровіч Баравік" in dialog.withheld.item(0).text()
    assert "lack of consent" in dialog.withheld_title.text()

    imported = import_dialog(qtbot, vaults.coordinator)
    run_import(qtbot, imported, [bundle])
    table = imported.table
    assert table.texts(COL_STATUS) == ["imported"]
    assert table.texts(COL_TESTIMONIES) == ["1"]
    assert table.texts(COL_ATTACHMENTS) == ["1"]
    assert table.texts(0) == [bundle.name]
    assert imported.summary.text().startswith("Imported: 1 · duplicates: 0")
    assert "New in the archive: 1 testimony, 1 version." in imported.summary.text()
    assert not shown(imported.hint)  # nothing quarantined
    with vaults.coordinator.reading() as session:
        assert [s.id for s in testimonies.summaries(session)] == [shared]

    run_import(qtbot, imported, [bundle])  # the same stick again
    assert imported.table.texts(COL_STATUS) == ["duplicate"]


def test_nothing_to_export_is_a_calm_message(qtbot: QtBot, vaults: Vaults) -> None:
    vaults.add(private_testimony())
    dialog = export_dialog(qtbot, vaults.interviewer)
    dialog.set_destination(vaults.usb)
    run_export(qtbot, dialog)
    assert dialog.status.text() == "Nothing new to export since the last bundle."
    assert "stay on this computer (no consent" in dialog.report.text()
    assert dialog.report.text().endswith(": 1.")
    assert list(vaults.usb.iterdir()) == []


def test_cancel_leaves_nothing_and_the_next_export_is_the_same(
    qtbot: QtBot, vaults: Vaults
) -> None:
    shared = vaults.add()
    vaults.attach(shared, 6 * 1024 * 1024)  # several progress reports to cancel at
    dialog = export_dialog(qtbot, vaults.interviewer)
    dialog.set_destination(vaults.usb)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert shown(dialog.cancel_button)
    assert not shown(dialog.close_button)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=30_000)
    assert "Cancelled" in dialog.status.text()
    assert "Nothing was written" in dialog.status.text()
    assert os.listdir(vaults.usb) == []  # no bundle, no pending file

    run_export(qtbot, dialog)
    assert "(sequence 1, " in dialog.report.text()  # the export state did not move
    assert "Testimonies: 1, versions: 1, attachments: 1" in dialog.report.text()
    assert len(os.listdir(vaults.usb)) == 1


def test_a_write_failure_is_text_not_a_traceback(qtbot: QtBot, vaults: Vaults) -> None:
    vaults.add()
    dialog = export_dialog(qtbot, vaults.interviewer)
    dialog.set_destination(vaults.tmp / "no-such-stick")
    run_export(qtbot, dialog)
    assert dialog.status.text().startswith("Not exported: ")
    assert "is not a folder" in dialog.status.text()
    assert "Traceback" not in dialog.status.text()


# --- trusting the organisation --------------------------------------------------------------
def test_no_trusted_organisation_explains_and_trusts_after_the_fingerprint_check(
    qtbot: QtBot, tmp_path: Path
) -> None:
    v = vaults_at(tmp_path, trust=False)
    try:
        card = tmp_path / "organisation.json"
        fingerprint = Exchange(v.coordinator).save_organisation_card(card).fingerprint
        v.add()
        dialog = export_dialog(qtbot, v.interviewer)
        dialog.set_destination(v.usb)
        assert shown(dialog.no_trust)
        assert "nobody to export to" in dialog.no_trust.text()
        assert not dialog.export_button.isEnabled()
        assert dialog.trust_button.text() == "Trust an organisation card…"

        own = tmp_path / "mine.json"
        Exchange(v.interviewer).save_own_card(own)
        assert dialog.truster.check(own) is None  # the wrong kind of card: said in words
        assert dialog.status.text() == "This is an interviewer's card, not an organisation's."

        check = dialog.truster.check(card)
        assert isinstance(check, FingerprintDialog)
        assert check.isVisible()
        assert check.fingerprint.text().split() == fingerprint.split()
        assert "phone" in check.findChild(type(dialog.status), "warning").text()
        qtbot.mouseClick(check.cancel_button, LEFT)
        assert Exchange(v.interviewer).state().trusted is None  # Cancel trusts nothing
        assert not dialog.export_button.isEnabled()

        check = dialog.truster.check(card)
        assert check is not None
        qtbot.mouseClick(check.accept_button, LEFT)
        trusted = Exchange(v.interviewer).state().trusted
        assert trusted is not None
        assert trusted.fingerprint == fingerprint
        assert not shown(dialog.no_trust)
        assert "Test organisation" in dialog.recipient.text()
        assert dialog.export_button.isEnabled()
        run_export(qtbot, dialog)
        assert len(list(v.usb.iterdir())) == 1
    finally:
        Task.join_all()
        v.interviewer.close()
        v.coordinator.close()


# --- quarantine, approval, tampering ------------------------------------------------------
def test_unknown_sender_is_quarantined_then_approved_in_the_senders_dialog(
    qtbot: QtBot, tmp_path: Path
) -> None:
    v = vaults_at(tmp_path, approve=False)
    try:
        testimony_id = v.add()
        [bundle] = Exchange(v.interviewer).export(v.usb).bundles
        imported = import_dialog(qtbot, v.coordinator)
        run_import(qtbot, imported, [Path(bundle.path)])
        assert imported.table.texts(COL_STATUS) == ["quarantined"]
        assert imported.table.texts(COL_REASON) == ["From a sender you have not approved."]
        assert shown(imported.hint)

        dialog = SendersDialog(Exchange(v.coordinator))
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 1).text() == "waiting for approval"
        assert dialog.table.item(0, 3).text() == "1"
        dialog.select(v.interviewer.key_id)
        assert dialog.approve_button.isEnabled()
        assert shown(dialog.held)
        assert dialog.held.item(0, 3).text() == "From a sender you have not approved."

        check = dialog.ask_approve()
        assert check is not None
        own = Exchange(v.interviewer).state().own_fingerprint  # read aloud by the interviewer
        assert check.fingerprint.text().split() == own.split()
        qtbot.mouseClick(check.accept_button, LEFT)
        qtbot.waitUntil(lambda: not dialog.runner.running, timeout=30_000)
        assert dialog.report.texts(COL_STATUS) == ["imported"]
        assert dialog.report.texts(COL_TESTIMONIES) == ["1"]
        assert "approved" in dialog.status.text()
        assert dialog.table.item(0, 1).text() == "approved"
        assert dialog.table.item(0, 3).text() == "0"
        assert list(v.coordinator.paths.quarantine.glob("*.age")) == []
        with v.coordinator.reading() as session:
            assert [s.id for s in testimonies.summaries(session)] == [testimony_id]

        box = dialog.ask_revoke()
        assert isinstance(box, QMessageBox)
        revoke = next(b for b in box.buttons() if b.text() == "Revoke")
        qtbot.mouseClick(revoke, LEFT)
        assert dialog.table.item(0, 1).text() == "revoked"
        assert not dialog.revoke_button.isEnabled()
    finally:
        Task.join_all()
        v.interviewer.close()
        v.coordinator.close()


def test_add_card_in_the_senders_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    v = vaults_at(tmp_path, approve=False)
    try:
        card = tmp_path / "interviewer.json"
        Exchange(v.interviewer).save_own_card(card)
        dialog = SendersDialog(Exchange(v.coordinator))
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 0
        check = dialog.check_card(card)
        assert check is not None
        qtbot.mouseClick(check.accept_button, LEFT)
        qtbot.waitUntil(lambda: not dialog.runner.running, timeout=30_000)
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 1).text() == "added from card"
        assert dialog.check_card(tmp_path / "missing.json") is None
        assert dialog.status.text() == "The card file cannot be read."  # no path, no errno
    finally:
        Task.join_all()
        v.interviewer.close()
        v.coordinator.close()


def test_tampered_bundle_is_rejected_with_its_reason(qtbot: QtBot, vaults: Vaults) -> None:
    vaults.add()
    [bundle] = Exchange(vaults.interviewer).export(vaults.usb).bundles
    original = Path(bundle.path)
    tampered = vaults.tmp / "tampered.age"
    data = bytearray(original.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))

    dialog = import_dialog(qtbot, vaults.coordinator)
    run_import(qtbot, dialog, [tampered, original])
    assert dialog.table.texts(COL_STATUS) == ["rejected", "imported"]
    # In the user's words; the core's technical line only in the tooltip.
    assert dialog.table.texts(COL_REASON) == [
        "The bundle is damaged or was altered: nothing of it was imported.",
        "",
    ]
    assert "did not authenticate" in dialog.table.item(0, COL_REASON).toolTip()
    assert dialog.table.texts(COL_TESTIMONIES) == ["", "1"]
    assert "Imported: 1" in dialog.summary.text()
    assert "rejected: 1" in dialog.summary.text()


def test_cancelled_import_reports_every_file(qtbot: QtBot, vaults: Vaults) -> None:
    files = []
    for _ in range(3):
        testimony_id = vaults.add()
        vaults.attach(testimony_id, 3 * 1024 * 1024)
        files.append(Path(Exchange(vaults.interviewer).export(vaults.usb).bundles[0].path))
    dialog = import_dialog(qtbot, vaults.coordinator)
    dialog.set_files(files)
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=30_000)
    statuses = dialog.table.texts(COL_STATUS)
    assert len(statuses) == 3
    assert statuses[-1] == "not imported (cancelled)"
    assert set(statuses) <= {"imported", "not imported (cancelled)"}
    assert "Cancelled" in dialog.summary.text()
    with vaults.coordinator.reading() as session:
        assert testimonies.count(session) == statuses.count("imported")


# --- the window: menu and lock --------------------------------------------------------------
def test_menu_follows_the_lock_and_lock_closes_a_running_export(
    qtbot: QtBot, tmp_path: Path
) -> None:
    v = vaults_at(tmp_path)
    testimony_id = v.add()
    v.attach(testimony_id, 8 * 1024 * 1024)
    folder = v.interviewer.paths.folder
    v.interviewer.close()
    v.coordinator.close()
    window = MainWindow(folder, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    assert window.bundle_menu is None  # built at the first unlock (a fast unlock window)
    assert not window.menuBar().actions()[-1].isEnabled()  # the Bundles menu, greyed out
    screen = window.centralWidget().currentWidget()  # type: ignore[attr-defined]
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    menu = window.bundle_menu
    assert menu is not None
    assert all(action.isEnabled() for action in menu.interviewer_actions)
    # An interviewer's vault: the coordinator's entries are greyed out and say why.
    assert not any(action.isEnabled() for action in menu.coordinator_actions)
    assert "sviedka org init" in menu.import_action.toolTip()
    assert menu.open_import() is None
    assert window.findChild(ImportDialog) is None

    dialog = menu.open_export()
    assert isinstance(dialog, ExportDialog)
    assert menu.open_export() is dialog  # one export window at a time
    dialog.set_destination(v.usb)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.runner.running
    window.lock()
    assert window.workspace is None
    assert Task._running == set()
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None)
    assert os.listdir(v.usb) == []
    assert not any(action.isEnabled() for action in menu.actions)
