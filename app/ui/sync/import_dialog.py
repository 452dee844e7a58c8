"""Import bundles (the GUI face of `sviedka import FILE... --receipts DIR`), on the
coordinator's vault: several files at once, progress across them, cancel, the report of every
bundle, and a signed receipt for each bundle's sender if a folder was chosen."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.exchange import QUARANTINED, Exchange, ImportReport
from app.services.receipts import ReceiptWritten
from app.ui import file_dialogs
from app.ui.parts import button_row, error_text, plain_label
from app.ui.sync.common import TaskDialog
from app.ui.sync.receipt_folder import ReceiptFolder, receipts_text, write_for
from app.ui.sync.report import BundleReportTable, summary
from app.ui.workers import is_cancel


class ImportDialog(TaskDialog):
    senders_requested = Signal()

    def __init__(self, service: Exchange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import")
        self.setWindowTitle(self.tr("Import bundles"))
        self.resize(1100, 620)
        self._service = service
        self._files: list[Path] = []
        self.last_result: ImportReport | None = None
        self.last_receipts: tuple[ReceiptWritten, ...] = ()

        intro = plain_label(
            self.tr(
                "Choose the bundle files (.age) the interviewers sent, several at once if you "
                "like. Each is checked before anything enters the archive: a damaged or "
                "altered bundle is rejected, and a bundle from a sender you have not approved "
                "waits in quarantine until you do (Senders…)."
            )
        )
        self.choose_button = QPushButton(self.tr("Choose bundles…"))
        self.chosen = QListWidget()
        self.chosen.setObjectName("chosen")
        self.chosen.setMaximumHeight(110)
        self.receipt_folder = ReceiptFolder()
        self.status = plain_label(name="status")
        self.table = BundleReportTable()
        self.summary = plain_label(name="summary")
        self.receipts_report = plain_label(name="receipts_report")
        self.hint = plain_label(
            self.tr(
                "Quarantined bundles are kept, still encrypted, inside the vault. Open "
                "Senders… to compare the sender's fingerprint with the interviewer and approve "
                "them."
            ),
            "warning",
        )
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.senders_button = QPushButton(self.tr("Senders…"))
        self.close_button = QPushButton(self.tr("Close"))
        row = button_row(self.choose_button)
        buttons = button_row(
            self.senders_button, last=[self.import_button, self.cancel_button, self.close_button]
        )

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Import bundles"), "title"))
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.chosen)
        layout.addWidget(self.receipt_folder)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.receipts_report)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self.choose_files)
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.senders_button.clicked.connect(self.senders_requested)
        self.table.hide()
        self.summary.hide()
        self.receipts_report.hide()
        self.hint.hide()
        self.chosen.hide()
        self._refresh()

    def _refresh(self) -> None:
        running = self.runner.running
        self.choose_button.setEnabled(not running)
        self.receipt_folder.setEnabled(not running)
        self.import_button.setEnabled(bool(self._files) and not running)
        self.import_button.setVisible(not running)
        self.cancel_button.setVisible(running)
        self.close_button.setVisible(not running)
        self.senders_button.setEnabled(not running)

    def choose_files(self) -> None:
        paths = file_dialogs.open_files(
            self, self.tr("Choose bundles"), self.tr("Sviedka bundles (*.age);;All files (*)")
        )
        if paths and self.isVisible():
            self.set_files(paths)

    def set_files(self, files: Sequence[Path]) -> None:
        self._files = list(dict.fromkeys(files))  # the same file chosen twice: once
        self.chosen.clear()
        self.chosen.addItems([str(path) for path in self._files])
        self.chosen.setVisible(bool(self._files))
        self.status.setText(self.tr("Files chosen: %1.").replace("%1", str(len(self._files))))
        self._refresh()

    def start(self) -> None:
        if not self._files or self.runner.running:
            return
        service, files, folder = self._service, list(self._files), self.receipt_folder.folder
        self.last_result, self.last_receipts = None, ()
        self.table.hide()
        self.summary.hide()
        self.receipts_report.hide()
        self.hint.hide()
        self.status.setText(self.tr("Checking and importing the bundles…"))

        def work(progress: Callable[[int, int], None]) -> tuple[object, object]:
            result = service.import_files(files, progress)
            return result, write_for(service, result, folder)

        self.runner.start(work, lambda done: self._done(done, folder), self._failed)
        self._refresh()

    def cancel(self) -> None:
        super().cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(
            self.tr("Cancelling: the bundle being read is rolled back, the ones before it stay.")
        )

    def _done(self, done: object, folder: Path | None) -> None:
        assert isinstance(done, tuple)  # noqa: S101 - (ImportReport, receipts) from start()
        result, receipts = done
        assert isinstance(result, ImportReport)  # noqa: S101
        self.cancel_button.setEnabled(True)
        self.last_result, self.last_receipts = result, receipts
        self._files = []
        self.chosen.clear()
        self.chosen.hide()
        self._refresh()
        self.status.setText(self.tr("Cancelled.") if result.cancelled else self.tr("Done."))
        self.table.show_rows(result.outcomes)
        self.table.show()
        self.summary.setText(summary(result.outcomes, result.cancelled))
        self.summary.show()
        self.hint.setVisible(result.count(QUARANTINED) > 0)
        self.receipts_report.setText(receipts_text(receipts, folder))
        self.receipts_report.setVisible(folder is not None)

    def _failed(self, error: object) -> None:
        self.cancel_button.setEnabled(True)
        self._refresh()
        if is_cancel(error):
            self.status.setText(self.tr("Cancelled; nothing was imported."))
        else:
            self.status.setText(self.tr("Not imported: %1").replace("%1", error_text(error)))
