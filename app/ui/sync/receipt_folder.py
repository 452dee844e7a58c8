"""The coordinator's side of receipts: where to write them after an import or an approval
(chosen for the dialog's life only: never in settings, and the file dialog's history is
forgotten), and the words that say what was written."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.services.exchange import Exchange, ImportReport
from app.services.receipts import ReceiptWritten
from app.ui import file_dialogs


class ReceiptFolder(QWidget):
    """A read-only field with the folder, a button to choose it and one to write none."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receipt_folder")
        self._folder: Path | None = None
        self.path_field = QLineEdit()
        self.path_field.setReadOnly(True)
        self.path_field.setPlaceholderText(self.tr("No receipts will be written"))
        self.choose_button = QPushButton(self.tr("Write receipts for the senders into…"))
        self.choose_button.setToolTip(
            self.tr(
                "A signed receipt tells each interviewer which of their testimonies the "
                "organisation now holds, so they can delete them from their laptop. Choose a "
                "folder of its own (receipts look like bundles), for example on the USB stick."
            )
        )
        self.clear_button = QPushButton(self.tr("No receipts"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choose_button)
        row.addWidget(self.path_field, 1)
        row.addWidget(self.clear_button)
        self.choose_button.clicked.connect(self.choose)
        self.clear_button.clicked.connect(lambda: self.set_folder(None))
        self.set_folder(None)

    @property
    def folder(self) -> Path | None:
        return self._folder

    def set_folder(self, folder: Path | None) -> None:
        self._folder = folder
        self.path_field.setText("" if folder is None else str(folder))
        self.clear_button.setVisible(folder is not None)
        self.changed.emit()

    def choose(self) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("Write the receipts into"))
        if folder is not None and self.isVisible():  # a lock while choosing closed the dialog
            self.set_folder(folder)


def write_for(
    service: Exchange, report: ImportReport, folder: Path | None
) -> tuple[ReceiptWritten, ...]:
    """A receipt for each bundle imported or already held (runs in the task, after the import:
    a receipt that cannot be written never undoes the import)."""
    if folder is None:
        return ()
    return service.receipts.write_receipts(report.answered, folder)


def receipts_text(written: Sequence[ReceiptWritten], folder: Path | None) -> str:
    """Where the receipts are and who can open them; empty when none were asked for."""
    if folder is None:
        return ""
    done = [w for w in written if w.path]
    if not written:
        return QCoreApplication.translate(
            "ReceiptFolder", "No receipt written: no bundle was imported."
        )
    lines = []
    if done:
        lines.append(
            QCoreApplication.translate(
                "ReceiptFolder",
                "Receipts written: %1, into %2. Give them back to the interviewers the way the "
                "bundles came. Only the vault of the interviewer who sent a bundle can open its "
                "receipt (Bundles › Receipts from the organisation…); to anyone else it looks "
                "like any bundle.",
            )
            .replace("%1", str(len(done)))
            .replace("%2", str(folder))
        )
    lines += [
        QCoreApplication.translate("ReceiptFolder", "No receipt for bundle %1: %2")
        .replace("%1", w.bundle_id)
        .replace("%2", w.error)
        for w in written
        if not w.path
    ]
    return "\n".join(lines)
