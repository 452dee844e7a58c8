"""The interviewer's view of receipts: one row per receipt file read (what the organisation
confirmed, or why the file was refused), and the bundles this vault wrote with the receipt that
answered each (the GUI face of `sviedka receipt read` and `sviedka exports`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services.receipts import CANCELLED, READ, REJECTED, ExportRow, ReceiptReport
from app.ui.parts import read_only, report_table, status_colours
from app.ui.sync.words import conflict_text, receipt_reason_text, when

CONTEXT = "ReceiptReport"
CONFLICT = "conflict"  # a receipt read, but the organisation holds other content too
RESULT_LABELS = {
    READ: QT_TRANSLATE_NOOP("ReceiptReport", "checked"),
    CONFLICT: QT_TRANSLATE_NOOP("ReceiptReport", "different content"),
    REJECTED: QT_TRANSLATE_NOOP("ReceiptReport", "rejected"),
    CANCELLED: QT_TRANSLATE_NOOP("ReceiptReport", "not read (cancelled)"),
}
# The colours of the import report (report.py): the words carry the meaning, not the colour.
RESULT_COLOURS = {
    READ: ("#1b6e32", "#e6f4ea"),
    CONFLICT: ("#8a1f11", "#fdecea"),
    REJECTED: ("#8a1f11", "#fdecea"),
    CANCELLED: ("#4a4a4a", "#f0f0f0"),
}
RECEIPT_COLUMNS = (
    QT_TRANSLATE_NOOP("ReceiptReport", "File"),
    QT_TRANSLATE_NOOP("ReceiptReport", "Result"),
    QT_TRANSLATE_NOOP("ReceiptReport", "Organisation"),
    QT_TRANSLATE_NOOP("ReceiptReport", "Bundle"),
    QT_TRANSLATE_NOOP("ReceiptReport", "Received by the\norganisation"),
    QT_TRANSLATE_NOOP("ReceiptReport", "Versions\nconfirmed"),
    QT_TRANSLATE_NOOP("ReceiptReport", "Details"),
)
COL_FILE, COL_RESULT, COL_ORGANISATION, COL_BUNDLE, COL_RECEIVED, COL_CONFIRMED, COL_DETAILS = (
    range(7)
)
EXPORT_COLUMNS = (
    QT_TRANSLATE_NOOP("ReceiptReport", "Bundle"),
    QT_TRANSLATE_NOOP("ReceiptReport", "Written"),
    QT_TRANSLATE_NOOP("ReceiptReport", "Receipt"),
)


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def result_of(row: ReceiptReport) -> str:
    return CONFLICT if row.status == READ and row.conflicts else row.status


class ReceiptReportTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(RECEIPT_COLUMNS), parent)
        report_table(self, [_tr(c) for c in RECEIPT_COLUMNS], "receipt_report", COL_DETAILS)
        self.rows: tuple[ReceiptReport, ...] = ()

    def show_rows(self, rows: Sequence[ReceiptReport]) -> None:
        self.rows = tuple(rows)
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            result = result_of(row)
            read = row.status == READ
            cells = [
                PurePath(row.file).name,
                _tr(RESULT_LABELS.get(result, result)),
                row.organisation,
                QCoreApplication.translate("ReceiptReport", "no. %1").replace(
                    "%1", str(row.sequence)
                )
                if read
                else "",
                when(row.received_at) if read else "",
                str(row.confirmed) if read else "",
                self._details(row),
            ]
            items = [QTableWidgetItem(text) for text in cells]
            for column, item in enumerate(items):
                self.setItem(index, column, item)
            items[COL_CONFIRMED].setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            items[COL_FILE].setToolTip(row.file)
            # A refused receipt: the technical line, in English, for whoever diagnoses it.
            items[COL_DETAILS].setToolTip(row.reason or items[COL_DETAILS].text())
            if row.bundle_id:
                items[COL_BUNDLE].setToolTip(
                    QCoreApplication.translate("ReceiptReport", "bundle %1").replace(
                        "%1", row.bundle_id
                    )
                )
            status_colours(items[COL_RESULT], RESULT_COLOURS.get(result, RESULT_COLOURS[CANCELLED]))
            if row.conflicts:
                items[COL_DETAILS].setForeground(QBrush(QColor(RESULT_COLOURS[CONFLICT][0])))
        self.resizeRowsToContents()

    @staticmethod
    def _details(row: ReceiptReport) -> str:
        if row.status != READ:
            return receipt_reason_text(row.reason) if row.reason else ""
        if row.conflicts:
            return QCoreApplication.translate(
                "ReceiptReport", "The organisation holds other content under your name: %1"
            ).replace("%1", "; ".join(conflict_text(c) for c in row.conflicting))
        return QCoreApplication.translate("ReceiptReport", "Signature checked.")


class ExportsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(EXPORT_COLUMNS), parent)
        read_only(self, [_tr(c) for c in EXPORT_COLUMNS], "exports")
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        self.setMinimumHeight(90)

    def show_rows(self, rows: Sequence[ExportRow]) -> None:
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            receipt = (
                QCoreApplication.translate(
                    "ReceiptReport", "confirmed: the organisation's receipt of %1"
                ).replace("%1", when(row.confirmed_at))
                if row.confirmed_at
                else QCoreApplication.translate("ReceiptReport", "no receipt yet")
            )
            items = [
                QTableWidgetItem(
                    QCoreApplication.translate("ReceiptReport", "no. %1").replace(
                        "%1", str(row.sequence)
                    )
                ),
                QTableWidgetItem(when(row.created_at)),
                QTableWidgetItem(receipt),
            ]
            for column, item in enumerate(items):
                self.setItem(index, column, item)
            items[0].setToolTip(
                QCoreApplication.translate("ReceiptReport", "bundle %1").replace(
                    "%1", row.bundle_id
                )
            )
            colour = "#1b6e32" if row.confirmed_at else "#8a5300"
            items[2].setForeground(QBrush(QColor(colour)))
