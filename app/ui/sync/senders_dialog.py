"""The interviewers' keys this organisation knows (the GUI face of `sviedka senders ...`):
list, add a card, approve (after a fingerprint check; the held bundles are imported then, and
answered with receipts if a folder was chosen), and revoke."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app import logs
from app.services.exchange import Exchange, ImportReport, Progress
from app.services.senders import SenderRow, Senders
from app.services.shared import PENDING, REVOKED, InterviewerCard
from app.ui import file_dialogs
from app.ui.parts import button_row, confirm, error_text, plain_label
from app.ui.sync.common import FingerprintDialog, TaskDialog
from app.ui.sync.receipt_folder import ReceiptFolder, receipts_text, write_for
from app.ui.sync.report import BundleReportTable, summary
from app.ui.sync.senders_tables import held_table, senders_table, show_held, show_senders
from app.ui.sync.words import card_error_text


class SendersDialog(TaskDialog):
    def __init__(self, service: Exchange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("senders")
        self.setWindowTitle(self.tr("Senders"))
        self.resize(1100, 700)
        self._service = service
        self._senders: list[SenderRow] = []
        self.check_dialog: FingerprintDialog | None = None
        self.revoke_box: QMessageBox | None = None
        organisation = service.state().organisation

        self.organisation = plain_label(name="status")
        if organisation is not None:
            self.organisation.setText(
                self.tr("Organisation: %1 — fingerprint %2")
                .replace("%1", organisation.name)
                .replace("%2", organisation.fingerprint)
            )
        self.card_button = QPushButton(self.tr("Save the organisation card…"))
        self.table = senders_table()
        self.held_title = plain_label()
        self.held = held_table()
        self.add_button = QPushButton(self.tr("Add card…"))
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.accept_gaps = QCheckBox(self.tr("Accept missing earlier bundles"))
        self.accept_gaps.setToolTip(
            self.tr(
                "Import held bundles even when bundles sent before them never arrived "
                "(a lost USB stick). Without this they wait for the missing ones."
            )
        )
        self.receipt_folder = ReceiptFolder()
        self.status = plain_label(name="status")
        self.report = BundleReportTable()
        self.report.setMaximumHeight(160)
        self.summary = plain_label(name="summary")
        self.close_button = QPushButton(self.tr("Close"))

        top = QHBoxLayout()
        top.addWidget(self.organisation, 1)
        top.addWidget(self.card_button)
        actions = button_row(
            self.add_button, self.approve_button, self.accept_gaps, last=[self.revoke_button]
        )
        bottom = button_row(last=[self.close_button])
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Senders"), "title"))
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.held_title)
        layout.addWidget(self.held, 1)
        layout.addLayout(actions)
        layout.addWidget(self.receipt_folder)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)

        self.card_button.clicked.connect(self.save_organisation_card)
        self.add_button.clicked.connect(self.choose_card)
        self.approve_button.clicked.connect(self.ask_approve)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.close_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selected)
        self.report.hide()
        self.summary.hide()
        self.refresh()

    # --- the list -------------------------------------------------------------------------
    def refresh(self, keep: str | None = None) -> None:
        selected = self.current()
        keep = keep or (selected.key_id if selected is not None else None)
        self._senders = self._service.senders.known()
        show_senders(self.table, self._senders, keep)
        if not self._senders:
            self.status.setText(
                self.tr(
                    "No senders yet. Add an interviewer's card, or import their bundles: "
                    "they wait in quarantine until you approve the sender."
                )
            )
        self._selected()

    def current(self) -> SenderRow | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        row = min(rows) if rows else -1
        return self._senders[row] if 0 <= row < len(self._senders) else None

    def select(self, key_id: str) -> None:
        for index, sender in enumerate(self._senders):
            if sender.key_id == key_id:
                self.table.selectRow(index)

    def _selected(self) -> None:
        sender, running = self.current(), self.runner.running
        self.add_button.setEnabled(not running)
        self.card_button.setEnabled(not running)
        self.approve_button.setEnabled(
            not running
            and sender is not None
            and sender.status != REVOKED
            and (sender.status == PENDING or sender.quarantined > 0)
        )
        self.revoke_button.setEnabled(
            not running and sender is not None and sender.status != REVOKED
        )
        self.close_button.setEnabled(not running)
        self.receipt_folder.setEnabled(not running)
        held = self._service.quarantine.held(sender.key_id) if sender else []
        self.held_title.setText(
            self.tr("Held bundles of %1").replace("%1", sender.key_id) if sender else ""
        )
        self.held_title.setVisible(bool(held))
        self.held.setVisible(bool(held))
        show_held(self.held, held)

    # --- the organisation's own card ----------------------------------------------------------
    def save_organisation_card(self) -> None:
        path = file_dialogs.save_file(
            self, self.tr("Save the organisation card"), "organisation-card.json",
            self.tr("Cards (*.json)"),
        )  # fmt: skip
        if path is None or not self.isVisible():
            return
        try:
            card = self._service.save_organisation_card(path)
        except Exception as exc:
            logs.failed(__name__, "card.save", exc)
            self.status.setText(error_text(exc))
            return
        self.status.setText(
            self.tr("Card saved to %1. Interviewers compare its fingerprint with you: %2")
            .replace("%1", str(path))
            .replace("%2", card.fingerprint)
        )

    # --- add a card -----------------------------------------------------------------------
    def choose_card(self) -> None:
        card = file_dialogs.open_file(
            self, self.tr("Choose the interviewer's card"),
            self.tr("Interviewer cards (*.json *.card);;All files (*)"),
        )  # fmt: skip
        if card is not None and self.isVisible():
            self.check_card(card)

    def check_card(self, path: Path) -> FingerprintDialog | None:
        try:
            card = Senders.read_card(path)
        except Exception as exc:
            logs.failed(__name__, "card.read", exc)
            self.status.setText(card_error_text(exc))
            return None
        dialog = self._check(
            self.tr("Add this interviewer?"),
            self.tr("Bundles signed with this key will be imported without waiting for approval."),
            card.signing_key.key_id,
            card.signing_key.to_base64(),
            card.fingerprint,
            self.tr("Add"),
        )
        dialog.accepted.connect(lambda: self._add(card))
        return dialog

    def _add(self, card: InterviewerCard) -> None:
        service = self._service
        self._run(
            lambda progress: service.senders.add(card, progress),
            self.tr("Sender %1 added.").replace("%1", card.signing_key.key_id),
            card.signing_key.key_id,
        )

    # --- approve ----------------------------------------------------------------------------
    def ask_approve(self) -> FingerprintDialog | None:
        sender = self.current()
        if sender is None:
            return None
        dialog = self._check(
            self.tr("Approve this sender?"),
            self.tr("Held bundles to import after the approval: %1.").replace(
                "%1", str(sender.quarantined)
            ),
            sender.key_id,
            sender.public_key,
            sender.fingerprint,
            self.tr("Approve"),
        )
        key_id, fingerprint, gaps = sender.key_id, sender.fingerprint, self.accept_gaps.isChecked()
        service = self._service
        dialog.accepted.connect(
            lambda: self._run(
                lambda progress: service.senders.approve(key_id, fingerprint, gaps, progress),
                self.tr("Sender %1 approved.").replace("%1", key_id),
                key_id,
            )
        )
        return dialog

    def _check(
        self, title: str, intro: str, key_id: str, public: str, fingerprint: str, accept: str
    ) -> FingerprintDialog:
        details = [(self.tr("Key id"), key_id, True)]
        if public:
            details.append((self.tr("Public key"), public, True))
        dialog = FingerprintDialog(
            self,
            title,
            intro,
            details,
            fingerprint,
            self.tr(
                "Call the interviewer on the phone (not by message or e-mail) and ask them to "
                "read the fingerprint of their key aloud: Sviedka shows it in their Export "
                "window. Go on only if all eight groups match. Another fingerprint means "
                "someone else made these bundles."
            ),
            accept,
        )
        dialog.finished.connect(dialog.deleteLater)
        self.check_dialog = dialog
        dialog.open()
        return dialog

    # --- revoke -----------------------------------------------------------------------------
    def ask_revoke(self) -> QMessageBox | None:
        sender = self.current()
        if sender is None:
            return None
        key_id = sender.key_id
        self.revoke_box = confirm(
            self,
            self.tr("Revoke this sender?"),
            self.tr(
                "Revoke %1? Its bundles will no longer be imported, only kept in quarantine. "
                "What was imported from it stays. A revoked key cannot be approved again."
            ).replace("%1", key_id),
            self.tr("Revoke"),
            lambda: self._revoke(key_id),
            destructive=True,
        )
        return self.revoke_box

    def _revoke(self, key_id: str) -> None:
        try:
            self._service.senders.revoke(key_id)
        except Exception as exc:
            logs.failed(__name__, "sender.revoke", exc)
            self.status.setText(error_text(exc))
            return
        self.status.setText(
            self.tr("Sender %1 revoked: its bundles will be quarantined, not imported.").replace(
                "%1", key_id
            )
        )
        self.refresh(key_id)

    # --- running an approval or an addition ---------------------------------------------------
    def _run(self, work: Callable[[Progress], ImportReport], done_text: str, key_id: str) -> None:
        self.check_dialog = None
        service, folder = self._service, self.receipt_folder.folder
        self.status.setText(
            self.tr("Importing the held bundles… (this is not interrupted: wait for it)")
        )
        self.report.hide()
        self.summary.hide()

        def job(progress: Progress) -> tuple[object, object]:
            report = work(progress)
            return report.outcomes, write_for(service, report, folder)

        def done(result: object) -> None:
            rows, written = result if isinstance(result, tuple) else ((), ())
            self.status.setText(done_text)
            if rows:
                self.report.show_rows(rows)
                self.report.show()
                text = "\n".join(t for t in (summary(rows), receipts_text(written, folder)) if t)
                self.summary.setText(text)
                self.summary.show()
            self.refresh(key_id)

        def failed(error: object) -> None:
            self.status.setText(error_text(error))
            self.refresh(key_id)

        self.runner.start(job, done, failed)
        self._selected()
