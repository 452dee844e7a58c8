"""The interviewer's view of receipts: one row per receipt file read (what the organisation
confirmed, or why the file was refused), and the bundles this vault wrote with the receipt that
answered each (the GUI face of `sviedka receipt read` and `sviedka exports`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services.exchange import TestimonyRef
from app.services.receipts import CANCELLED, READ, REJECTED, ExportRow, ReceiptReport
from app.ui.parts import read_only

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
_ISO = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d):\d\dZ$")


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def when(iso: str) -> str:
    """The vault's UTC timestamps, to the minute, marked as UTC (a border is no time zone)."""
    match = _ISO.match(iso)
    return f"{match[1]} {match[2]} UTC" if match else iso


def ref_text(ref: TestimonyRef) -> str:
    title = ref.title or QCoreApplication.translate("ReceiptReport", "(no name)")
    date = f" — {ref.interview_date}" if ref.interview_date else ""
    return f"{title}{date}  [{ref.id[:8]}]"


def conflict_text(conflict: tuple[TestimonyRef, int]) -> str:
    testimony, version = conflict
    return (
        QCoreApplication.translate("ReceiptReport", "%1, version %2")
        .replace("%1", ref_text(testimony))
        .replace("%2", str(version))
    )


def result_of(row: ReceiptReport) -> str:
    return CONFLICT if row.status == READ and row.conflicts else row.status


def _coloured(item: QTableWidgetItem, colours: tuple[str, str]) -> None:
    item.setForeground(QBrush(QColor(colours[0])))
    item.setBackground(QBrush(QColor(colours[1])))
    font = item.font()
    font.setBold(True)
    item.setFont(font)


def texts(table: QTableWidget, column: int) -> list[str]:
    return [
        item.text() if (item := table.item(row, column)) is not None else ""
        for row in range(table.rowCount())
    ]


class ReceiptReportTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(RECEIPT_COLUMNS), parent)
        read_only(self, [_tr(c) for c in RECEIPT_COLUMNS], "receipt_report")
        self.setWordWrap(True)  # a refusal's reason, whole
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(COL_FILE, 190)
        header.sectionResized.connect(self._reflow)
        header.geometriesChanged.connect(self.resizeRowsToContents)
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
            items[COL_DETAILS].setToolTip(items[COL_DETAILS].text())
            if row.bundle_id:
                items[COL_BUNDLE].setToolTip(
                    QCoreApplication.translate("ReceiptReport", "bundle %1").replace(
                        "%1", row.bundle_id
                    )
                )
            _coloured(items[COL_RESULT], RESULT_COLOURS.get(result, RESULT_COLOURS[CANCELLED]))
            if row.conflicts:
                items[COL_DETAILS].setForeground(QBrush(QColor(RESULT_COLOURS[CONFLICT][0])))
        self.resizeRowsToContents()

    @staticmethod
    def _details(row: ReceiptReport) -> str:
        if row.status != READ:
            return row.reason
        if row.conflicts:
            return QCoreApplication.translate(
                "ReceiptReport", "The organisation holds other content under your name: %1"
            ).replace("%1", "; ".join(conflict_text(c) for c in row.conflicting))
        return QCoreApplication.translate("ReceiptReport", "Signature checked.")

    def _reflow(self, _column: int, _old: int, _new: int) -> None:
        self.resizeRowsToContents()


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
