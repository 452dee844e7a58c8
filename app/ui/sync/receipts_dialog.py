"""Receipts from the organisation, on the interviewer's laptop (the GUI face of `sviedka receipt
read`, `exports` and `purge`): read the receipts the coordinator sent back, see which bundles
the organisation confirmed, and delete from the laptop what it holds, before a border."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.exchange import Exchange, TestimonyRef
from app.services.receipts import READ, Overview, PurgeResult, ReceiptReport
from app.ui import file_dialogs
from app.ui.parts import button_row, confirm, error_text, plain_label
from app.ui.sync.common import TaskDialog
from app.ui.sync.receipt_report import ExportsTable, ReceiptReportTable
from app.ui.sync.words import conflict_text, ref_text
from app.ui.workers import is_cancel
from app.ui.workspace.counts import english_count

# The import report's red (report.py), as a box: a conflict is what the interviewer acts on.
CONFLICT_STYLE = (
    "QLabel { color: #8a1f11; background: #fdecea; border: 1px solid #d9534f;"
    " border-radius: 4px; padding: 8px; }"
)


class ReceiptsDialog(TaskDialog):
    purged = Signal(list)  # ids of the testimonies deleted from the vault

    def __init__(self, service: Exchange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receipts")
        self.setWindowTitle(self.tr("Receipts from the organisation"))
        self.resize(1100, 760)
        self._receipts = service.receipts
        self._delivered: tuple[TestimonyRef, ...] = ()
        self.last_rows: tuple[ReceiptReport, ...] = ()
        self.purge_box: QMessageBox | None = None
        self._purging = False

        intro = plain_label(
            self.tr(
                "For each bundle it imported, the organisation writes a signed receipt, which "
                "your coordinator sends back to you (a .age file, like a bundle). Sviedka checks "
                "its signature against the organisation card you trusted, then notes which of "
                "your testimonies the organisation holds exactly as you wrote them."
            )
        )
        self.choose_button = QPushButton(self.tr("Read receipts…"))
        self.choose_button.setDefault(True)
        self.status = plain_label(name="status")
        self.table = ReceiptReportTable()
        self.table.setMinimumHeight(110)
        self.summary = plain_label(name="summary")
        self.conflicts = plain_label(name="conflicts")
        self.conflicts.setStyleSheet(CONFLICT_STYLE)

        sent = QGroupBox(self.tr("Bundles you sent"))
        self.exports = ExportsTable()
        self.no_exports = plain_label(self.tr("You have not exported any bundle yet."), "status")
        box = QVBoxLayout(sent)
        box.addWidget(self.no_exports)
        box.addWidget(self.exports)

        safe = QGroupBox(self.tr("Safe at the organisation"))
        self.safe_count = plain_label(name="safe_count")
        font = self.safe_count.font()
        font.setBold(True)
        self.safe_count.setFont(font)
        self.safe_list = QListWidget()
        self.safe_list.setObjectName("delivered")
        self.safe_list.setMaximumHeight(110)
        self.safe_note = plain_label(
            self.tr(
                "A testimony counts once a receipt confirmed its latest version with all its "
                "attachments. New ones, ones edited since, and ones with an unsaved draft stay "
                "here until a later receipt confirms them."
            ),
            "status",
        )
        self.purge_button = QPushButton(self.tr("Delete them from this laptop…"))
        row = QHBoxLayout()
        row.addWidget(self.safe_count, 1)
        row.addWidget(self.purge_button)
        box = QVBoxLayout(safe)
        box.addLayout(row)
        box.addWidget(self.safe_list)
        box.addWidget(self.safe_note)

        self.close_button = QPushButton(self.tr("Close"))
        top = button_row(self.choose_button)
        buttons = button_row(last=[self.close_button])

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Receipts from the organisation"), "title"))
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflicts)
        layout.addWidget(sent, 1)
        layout.addWidget(safe)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self.choose_files)
        self.purge_button.clicked.connect(self.ask_purge)
        self.close_button.clicked.connect(self.reject)
        self.table.hide()
        self.summary.hide()
        self.conflicts.hide()
        self.status.setText(self.tr("Choose the receipt files your coordinator sent back."))
        self.show_overview(self._receipts.overview())

    # --- state ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        running = self.runner.running
        self.choose_button.setEnabled(not running)
        self.purge_button.setEnabled(bool(self._delivered) and not running)
        self.close_button.setEnabled(not running)
        if not running and self.isVisible():  # the disabled button had passed focus on
            self.choose_button.setFocus()

    def show_overview(self, overview: Overview) -> None:
        self.exports.show_rows(overview.exports)
        self.exports.setVisible(bool(overview.exports))
        self.no_exports.setVisible(not overview.exports)
        self._delivered = overview.delivered
        self.safe_count.setText(
            self.tr("Testimonies safe at the organisation: %1").replace(
                "%1", str(len(self._delivered))
            )
        )
        self.safe_list.clear()
        by_name = sorted(self._delivered, key=lambda r: (r.title.casefold(), r.interview_date))
        self.safe_list.addItems([ref_text(ref) for ref in by_name])
        self.safe_list.setVisible(bool(self._delivered))
        self._refresh()

    # --- reading receipts -------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = file_dialogs.open_files(
            self, self.tr("Choose the receipts"), self.tr("Sviedka receipts (*.age);;All files (*)")
        )
        if paths and self.isVisible():  # a lock while choosing closed the dialog
            self.read_files(paths)

    def read_files(self, files: Sequence[Path]) -> None:
        if not files or self.runner.running:
            return
        receipts, chosen = self._receipts, list(dict.fromkeys(files))
        self.table.hide()
        self.summary.hide()
        self.conflicts.hide()
        self.status.setText(self.tr("Checking the receipts…"))

        def work(progress: Callable[[int, int], None]) -> tuple[object, Overview]:
            return receipts.read_receipts(chosen, progress), receipts.overview()

        self.runner.start(work, self._read, self._failed)
        self._refresh()

    def cancel(self) -> None:
        if self._purging:
            return  # one transaction, then the files: stopping halfway helps nobody
        super().cancel()
        self.status.setText(self.tr("Stopping after the receipt being checked…"))

    def _read(self, result: object) -> None:
        assert isinstance(result, tuple)  # noqa: S101 - (rows, overview) from read_files
        rows, overview = result
        self.last_rows = rows
        self.table.show_rows(rows)
        self.table.show()
        read = [r for r in rows if r.status == READ]
        rejected = len(rows) - len(read)
        self.status.setText(
            self.tr("Receipts checked: %1 · rejected or not read: %2.")
            .replace("%1", str(len(read)))
            .replace("%2", str(rejected))
        )
        if read:
            waiting = len(read[-1].unconfirmed)  # the state after the last one read
            self.summary.setText(
                self.tr("Everything you exported is confirmed received.")
                if not waiting
                else self.tr(
                    "Exported testimonies the organisation has not confirmed yet: %1. Keep "
                    "them; a later receipt will tell."
                ).replace("%1", str(waiting))
            )
            self.summary.show()
        conflicts = [c for r in read for c in r.conflicting]
        if conflicts:
            self.conflicts.setText(
                self.tr(
                    "The organisation holds other content under your name than what you "
                    "wrote, for: %1.\nTell your coordinator, by phone: your key may be in "
                    "someone else's hands, or an old copy of your vault was used. These versions "
                    "are not counted as confirmed."
                ).replace("%1", "; ".join(dict.fromkeys(conflict_text(c) for c in conflicts)))
            )
            self.conflicts.show()
        self.show_overview(overview)

    def _failed(self, error: object) -> None:
        self._purging = False
        self._refresh()
        if is_cancel(error):
            self.status.setText(self.tr("Stopped."))
        else:
            self.status.setText(self.tr("Not read: %1").replace("%1", error_text(error)))

    # --- deleting what the organisation holds -----------------------------------------------
    def ask_purge(self) -> QMessageBox | None:
        if not self._delivered or self.runner.running:
            return None
        count = len(self._delivered)
        ids = [ref.id for ref in self._delivered]  # exactly what the box counted
        self.purge_box = confirm(
            self,
            self.tr("Delete from this laptop?"),
            english_count(self.tr("Delete %n testimonies from this laptop?", "", count), count),
            english_count(self.tr("Delete %n testimonies", "", count), count),
            lambda: self._purge(ids),
            informative=english_count(
                self.tr(
                    "The organisation confirmed with its signed receipts that it holds these %n "
                    "testimonies exactly as you last saved them, with all their attachments.\n\n"
                    "The organisation keeps its copy: deleting here is never sent to it.\n\n"
                    "Deleting cannot be undone: they will be gone from this laptop for good.\n\n"
                    "Testimonies the organisation has not confirmed stay on this laptop.",
                    "",
                    count,
                ),
                count,
            ),
            destructive=True,
        )
        return self.purge_box

    def _purge(self, ids: list[str]) -> None:
        self.purge_box = None
        if self.runner.running:
            return
        receipts = self._receipts
        self.status.setText(self.tr("Deleting… (this is not interrupted: wait for it)"))

        def work(_progress: Callable[[int, int], None]) -> tuple[PurgeResult, Overview]:
            return receipts.purge(ids), receipts.overview()

        self._purging = True
        self.runner.start(work, self._purged, self._failed)
        self._refresh()

    def _purged(self, result: object) -> None:
        assert isinstance(result, tuple)  # noqa: S101 - (PurgeResult, overview) from _purge
        done, overview = result
        self._purging = False
        lines = [
            english_count(
                self.tr(
                    "Deleted %n testimonies from this laptop; the organisation keeps its copies.",
                    "",
                    len(done.deleted),
                ),
                len(done.deleted),
            )
        ]
        if done.skipped:
            lines.append(
                self.tr(
                    "Kept %n that changed since they were counted (a later receipt will tell).",
                    "",
                    len(done.skipped),
                )
            )
        if done.backups_removed:
            lines.append(
                english_count(
                    self.tr(
                        "Also removed %n older copies of the vault (kept from an upgrade) that "
                        "still held them.",
                        "",
                        done.backups_removed,
                    ),
                    done.backups_removed,
                )
            )
        self.status.setText(" ".join(lines))
        self.show_overview(overview)
        if done.deleted:
            self.purged.emit(list(done.deleted))
