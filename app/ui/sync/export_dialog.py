"""Export for the organisation (the GUI face of `sviedka export`): to whom the bundle is
encrypted, where it goes (a USB stick), progress, a cancel that leaves nothing behind, and a
report of what left and what stayed for lack of consent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import logs
from app.services.exchange import Exchange, ExportReport, OrganisationView, TestimonyRef
from app.ui import file_dialogs
from app.ui.parts import button_row, error_text, fixed_font, plain_label
from app.ui.sync.common import TaskDialog, fingerprint_lines
from app.ui.sync.trust_dialog import CardTruster
from app.ui.sync.words import ref_text
from app.ui.testimony.attachments import human_size
from app.ui.workers import is_cancel


class ExportDialog(TaskDialog):
    def __init__(self, service: Exchange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export")
        self.setWindowTitle(self.tr("Export for the organisation"))
        self.resize(720, 640)
        self._service = service
        self._destination: Path | None = None
        state = service.state()
        self._trusted = state.trusted

        # --- to whom ---
        self.recipient = plain_label()
        self.recipient_fingerprint = plain_label(wrap=False)
        self.recipient_fingerprint.setFont(fixed_font(13, bold=True))
        self.no_trust = plain_label(
            self.tr(
                "No organisation is trusted on this vault yet, so there is nobody to export "
                "to. A bundle is encrypted so that only your organisation can open it: Sviedka "
                "needs the organisation's card first. Get the card file from your coordinator "
                "and compare its fingerprint with them on a phone call."
            ),
            "warning",
        )
        self.trust_button = QPushButton()
        self.truster = CardTruster(service, self._trusted, self)
        self.truster.trusted.connect(self._trusted_now)
        self.truster.failed.connect(self._show_error)
        to_whom = QGroupBox(self.tr("Encrypted to"))
        box = QVBoxLayout(to_whom)
        box.addWidget(self.no_trust)
        box.addWidget(self.recipient)
        box.addWidget(self.recipient_fingerprint)
        row = QHBoxLayout()
        row.addWidget(self.trust_button)
        row.addStretch(1)
        box.addLayout(row)

        # --- where ---
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("Choose the USB stick or a folder on it"))
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.everything = QCheckBox(self.tr("Everything again (not only what is new)"))
        self.everything.setToolTip(
            self.tr(
                "Writes every testimony you may share once more, for example when a bundle was "
                "lost on the way. The organisation skips what it already holds."
            )
        )
        where = QGroupBox(self.tr("Write the bundle to"))
        box = QVBoxLayout(where)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.folder_button)
        box.addLayout(row)
        box.addWidget(self.everything)

        # --- running and the report ---
        self.status = plain_label(name="status")
        self.report = plain_label(name="report")
        self.withheld_title = plain_label()
        self.withheld = QListWidget()
        self.withheld.setObjectName("withheld")
        self.withheld.setMaximumHeight(150)
        self.only_org = plain_label(
            self.tr("Only the organisation can open this file; you cannot.")
        )
        self.only_org.setObjectName("note")
        font = self.only_org.font()
        font.setBold(True)
        self.only_org.setFont(font)

        # --- your own key, for the coordinator's check ---
        self.own = plain_label(
            self.tr("Your key: %1 — fingerprint %2")
            .replace("%1", state.own_key_id)
            .replace("%2", state.own_fingerprint),
            "status",
        )
        self.own_card_button = QPushButton(self.tr("Save my card…"))
        self.own_card_button.setToolTip(
            self.tr("Your public card, for the coordinator (it holds no secret).")
        )

        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = button_row(
            self.own_card_button, last=[self.export_button, self.cancel_button, self.close_button]
        )

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Export for the organisation"), "title"))
        layout.addWidget(to_whom)
        layout.addWidget(where)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.report)
        layout.addWidget(self.only_org)
        layout.addWidget(self.withheld_title)
        layout.addWidget(self.withheld)
        layout.addStretch(1)
        layout.addWidget(self.own)
        layout.addLayout(buttons)

        self.trust_button.clicked.connect(self.truster.choose)
        self.folder_button.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.own_card_button.clicked.connect(self.save_own_card)
        self._clear_report()
        if self._trusted is not None:
            self.status.setText(self.tr("Choose the USB stick to write the bundle to."))
        self._refresh()

    # --- state ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        trusted, running = self._trusted, self.runner.running
        self.no_trust.setVisible(trusted is None)
        self.recipient.setVisible(trusted is not None)
        self.recipient_fingerprint.setVisible(trusted is not None)
        if trusted is not None:
            self.recipient.setText(
                self.tr("%1 (key %2). Fingerprint:")
                .replace("%1", trusted.name)
                .replace("%2", trusted.key_id)
            )
            self.recipient_fingerprint.setText(fingerprint_lines(trusted.fingerprint))
        self.trust_button.setText(
            self.tr("Trust an organisation card…")
            if trusted is None
            else self.tr("Trust another card…")
        )
        self.trust_button.setEnabled(not running)
        self.folder_button.setEnabled(not running)
        self.everything.setEnabled(not running)
        ready = trusted is not None and self._destination is not None
        self.export_button.setEnabled(ready and not running)
        self.export_button.setVisible(not running)
        self.cancel_button.setVisible(running)
        self.close_button.setVisible(not running)

    def _trusted_now(self, view: object, replaced: object) -> None:
        assert isinstance(view, OrganisationView)  # noqa: S101 - the truster's signal
        self._trusted = view
        self.status.setText(
            self.tr("Trusted. Bundles will be encrypted to %1.").replace("%1", view.name)
        )
        if isinstance(replaced, OrganisationView):
            self.status.setText(
                self.status.text()
                + " "
                + self.tr("It replaces %1 (%2).")
                .replace("%1", replaced.name)
                .replace("%2", replaced.fingerprint)
            )
        self._refresh()

    def _show_error(self, text: str) -> None:
        self.status.setText(text)

    def choose_folder(self) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("Write the bundle to"))
        if folder is not None and self.isVisible():
            self.set_destination(folder)

    def set_destination(self, folder: Path) -> None:
        self._destination = folder
        self.folder.setText(str(folder))
        if self._trusted is not None:
            self.status.setText(
                self.tr(
                    "Ready. The bundle will carry what is new since the last export, for the "
                    "testimonies whose informants agreed to share them with the organisation."
                )
            )
        self._refresh()

    def save_own_card(self) -> None:
        path = file_dialogs.save_file(
            self, self.tr("Save my card"), "sviedka-card.json", self.tr("Cards (*.json)")
        )
        if path is None or not self.isVisible():
            return
        try:
            fingerprint = self._service.save_own_card(path)
        except Exception as exc:
            logs.failed(__name__, "card.save", exc)
            self.status.setText(error_text(exc))
            return
        self.status.setText(
            self.tr("Card saved to %1. Fingerprint to read to the coordinator: %2")
            .replace("%1", str(path))
            .replace("%2", fingerprint)
        )

    # --- the export -------------------------------------------------------------------
    def start(self) -> None:
        if self._destination is None or self._trusted is None or self.runner.running:
            return
        service, folder, everything = self._service, self._destination, self.everything.isChecked()
        self._clear_report()
        self.status.setText(self.tr("Encrypting the bundle…"))
        self.runner.start(
            lambda progress: service.export(folder, everything, progress),
            self._done,
            self._failed,
        )
        self._refresh()

    def cancel(self) -> None:
        super().cancel()
        self.status.setText(self.tr("Cancelling…"))
        self.cancel_button.setEnabled(False)

    def _done(self, result: object) -> None:
        self.cancel_button.setEnabled(True)
        self._refresh()
        assert isinstance(result, ExportReport)  # noqa: S101 - what service.export returns
        if not result.bundles:
            self.status.setText(self.tr("Nothing new to export since the last bundle."))
            lines = [
                self.tr(
                    "To write every shared testimony once more, tick “Everything again” and export."
                )
            ]
            if result.withheld:
                lines.append(
                    self.tr(
                        "Testimonies that stay on this computer (no consent to share them with "
                        "the organisation): %1."
                    ).replace("%1", str(len(result.withheld)))
                )
            self.report.setText("\n".join(lines))
            self.report.show()
            return
        self.status.setText(self.tr("Exported."))
        self.close_button.setDefault(True)  # done: Enter closes rather than exports again
        self.report.setText(self._report_text(result))
        self.report.show()
        self.only_org.show()
        self._show_withheld(result.named(result.withheld))

    def _report_text(self, result: ExportReport) -> str:
        lines = [
            self.tr("File written: %1 (sequence %2, %3)")
            .replace("%1", bundle.path)
            .replace("%2", str(bundle.sequence))
            .replace("%3", human_size(bundle.size))
            for bundle in result.bundles
        ]
        if len(result.bundles) > 1:
            lines.append(
                self.tr("The export was split into %1 bundles: take all of them.").replace(
                    "%1", str(len(result.bundles))
                )
            )
        lines.append(
            self.tr("Testimonies: %1, versions: %2, attachments: %3")
            .replace("%1", str(len(result.testimonies)))
            .replace("%2", str(result.versions))
            .replace("%3", str(result.attachments))
        )
        if result.notices:
            lines.append(
                self.tr("The organisation is told to stop using: %1").replace(
                    "%1", "; ".join(ref_text(ref) for ref in result.named(result.notices))
                )
            )
        return "\n".join(lines)

    def _show_withheld(self, refs: tuple[TestimonyRef, ...]) -> None:
        if not refs:
            return
        self.withheld_title.setText(
            self.tr(
                "Not exported, for lack of consent to share with the organisation (%1); they "
                "stay on this computer:"
            ).replace("%1", str(len(refs)))
        )
        for ref in refs:
            self.withheld.addItem(ref_text(ref))
        self.withheld_title.show()
        self.withheld.show()

    def _failed(self, error: object) -> None:
        self.cancel_button.setEnabled(True)
        self._refresh()
        if is_cancel(error):
            self.status.setText(
                self.tr(
                    "Cancelled. Nothing was written, and the next export will carry the same "
                    "testimonies."
                )
            )
        else:
            self.status.setText(self.tr("Not exported: %1").replace("%1", error_text(error)))

    def _clear_report(self) -> None:
        self.report.clear()
        self.report.hide()
        self.withheld.clear()
        self.withheld.hide()
        self.withheld_title.hide()
        self.only_org.hide()
