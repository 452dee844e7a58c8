"""The per-bundle report of an import (and of the held bundles an approval imported): one row
a bundle, its status in words and colour, and the core's reason as it gave it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services import exchange as service
from app.services.exchange import BundleRow

CONTEXT = "BundleReport"
STATUS_LABELS = {
    service.IMPORTED: QT_TRANSLATE_NOOP("BundleReport", "imported"),
    service.DUPLICATE: QT_TRANSLATE_NOOP("BundleReport", "duplicate"),
    service.QUARANTINED: QT_TRANSLATE_NOOP("BundleReport", "quarantined"),
    service.REJECTED: QT_TRANSLATE_NOOP("BundleReport", "rejected"),
    service.CANCELLED: QT_TRANSLATE_NOOP("BundleReport", "not imported (cancelled)"),
}
# Text colours that read on a light background; the words carry the meaning, not the colour.
STATUS_COLOURS = {
    service.IMPORTED: ("#1b6e32", "#e6f4ea"),
    service.DUPLICATE: ("#4a4a4a", "#f0f0f0"),
    service.QUARANTINED: ("#8a5300", "#fff4e5"),
    service.REJECTED: ("#8a1f11", "#fdecea"),
    service.CANCELLED: ("#4a4a4a", "#f0f0f0"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("BundleReport", "File"),
    QT_TRANSLATE_NOOP("BundleReport", "Status"),
    QT_TRANSLATE_NOOP("BundleReport", "Sender"),
    QT_TRANSLATE_NOOP("BundleReport", "Sequence"),
    QT_TRANSLATE_NOOP("BundleReport", "New\ntestimonies"),  # two lines: room for the reason
    QT_TRANSLATE_NOOP("BundleReport", "New\nversions"),
    QT_TRANSLATE_NOOP("BundleReport", "Duplicates"),
    QT_TRANSLATE_NOOP("BundleReport", "Attachments"),
    QT_TRANSLATE_NOOP("BundleReport", "Reason"),
)
COL_FILE, COL_STATUS, COL_SENDER, COL_SEQUENCE = 0, 1, 2, 3
COL_TESTIMONIES, COL_VERSIONS, COL_DUPLICATES, COL_ATTACHMENTS, COL_REASON = 4, 5, 6, 7, 8


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def status_label(status: str) -> str:
    return _tr(STATUS_LABELS.get(status, status))


def file_label(row: BundleRow) -> str:
    if row.from_quarantine:
        return QCoreApplication.translate("BundleReport", "held bundle %1").replace(
            "%1", row.file.split("/", 1)[1][:8]
        )
    return PurePath(row.file).name


def summary(rows: Sequence[BundleRow], cancelled: bool = False) -> str:
    """One line: how many bundles ended how, and what is new in the archive."""
    counts = {status: sum(r.status == status for r in rows) for status in STATUS_LABELS}
    text = (
        QCoreApplication.translate(
            "BundleReport", "Imported: %1 · duplicates: %2 · quarantined: %3 · rejected: %4."
        )
        .replace("%1", str(counts[service.IMPORTED]))
        .replace("%2", str(counts[service.DUPLICATE]))
        .replace("%3", str(counts[service.QUARANTINED]))
        .replace("%4", str(counts[service.REJECTED]))
    )
    text += " " + (
        QCoreApplication.translate(
            "BundleReport", "New in the archive: %1 testimonies, %2 versions."
        )
        .replace("%1", str(sum(r.new_testimonies for r in rows)))
        .replace("%2", str(sum(r.new_versions for r in rows)))
    )
    notices = sum(r.notices for r in rows)
    if notices:
        text += " " + QCoreApplication.translate(
            "BundleReport",
            "Sharing ended (consent withdrawn or deleted): %1 testimonies; stop using them.",
        ).replace("%1", str(notices))
    if cancelled:
        text += " " + QCoreApplication.translate(
            "BundleReport", "Cancelled: files not imported: %1."
        ).replace("%1", str(counts[service.CANCELLED]))
    return text


class BundleReportTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("bundle_report")
        self.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)  # the reason, whole: it is what the coordinator acts on
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long bundle names keep both ends
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(COL_FILE, 190)
        # Wrapped reasons take the height their column's width needs, as that width changes.
        header.sectionResized.connect(self._reflow)
        header.geometriesChanged.connect(self.resizeRowsToContents)
        self.rows: tuple[BundleRow, ...] = ()

    def show_rows(self, rows: Sequence[BundleRow]) -> None:
        self.rows = tuple(rows)
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            shown = row.status in (service.IMPORTED, service.DUPLICATE)  # else nothing came in
            cells = [
                file_label(row),
                status_label(row.status),
                row.sender,
                str(row.sequence) if row.sequence else "",
                *(
                    str(n) if shown else ""
                    for n in (
                        row.new_testimonies,
                        row.new_versions,
                        row.duplicates,
                        row.attachments,
                    )
                ),
                row.reason,
            ]
            items = [QTableWidgetItem(text) for text in cells]
            for column, item in enumerate(items):
                if COL_SEQUENCE <= column < COL_REASON:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(index, column, item)
            items[COL_FILE].setToolTip(row.file)
            items[COL_REASON].setToolTip(row.reason)
            status = items[COL_STATUS]
            if row.bundle_id:
                status.setToolTip(
                    QCoreApplication.translate("BundleReport", "bundle %1").replace(
                        "%1", row.bundle_id
                    )
                )
            colours = STATUS_COLOURS.get(row.status)
            if colours is not None:
                status.setForeground(QBrush(QColor(colours[0])))
                status.setBackground(QBrush(QColor(colours[1])))
                font = status.font()
                font.setBold(True)
                status.setFont(font)
        self.resizeRowsToContents()

    def _reflow(self, _column: int, _old: int, _new: int) -> None:
        self.resizeRowsToContents()

    def texts(self, column: int) -> list[str]:
        return [
            item.text() if (item := self.item(row, column)) is not None else ""
            for row in range(self.rowCount())
        ]
