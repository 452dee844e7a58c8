"""The per-bundle report of an import (and of the held bundles an approval or a decision on a
held bundle imported): one row a bundle, its status in words and colour, the reason in the
interface language, and the testimonies that came in, by name."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services import exchange as service
from app.services.exchange import BundleOutcome, TestimonyRef
from app.ui.parts import report_table, status_colours, texts
from app.ui.sync.words import outcome_reason_text, ref_text
from app.ui.workspace.counts import english_count

CONTEXT = "BundleReport"
STATUS_LABELS: dict[str, object] = {
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
SHOWN_NAMES = 5  # in the summary line; more would push the buttons out of the dialog


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def status_label(status: str) -> str:
    return _tr(STATUS_LABELS.get(status, status))


def file_label(row: BundleOutcome) -> str:
    if row.from_quarantine:
        return QCoreApplication.translate("BundleReport", "held bundle %1").replace(
            "%1", row.file.split("/", 1)[1][:8]
        )
    return PurePath(row.file).name


def summary(rows: Sequence[BundleOutcome], cancelled: bool = False) -> str:
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
    accepted = sum(len(r.accepted) for r in rows)
    versions = sum(len(r.new_versions) for r in rows)
    new = QCoreApplication.translate(
        "BundleReport", "New in the archive: %1 testimonies, %2 versions."
    ).replace("%1", str(accepted))
    # Each number makes its own noun singular in English ("1 testimony, 3 versions").
    text += " " + english_count(english_count(new, accepted).replace("%2", str(versions)), versions)
    came = _each_once(ref for r in rows for ref in r.testimonies)
    if came:
        text += "\n" + QCoreApplication.translate("BundleReport", "Came in: %1").replace(
            "%1", names_text(came)
        )
    ended = _each_once(ref for r in rows for ref in r.ended)
    if ended:
        text += "\n" + QCoreApplication.translate(
            "BundleReport",
            "Sharing ended (consent withdrawn or deleted), stop using: %1",
        ).replace("%1", names_text(ended))
    if cancelled:
        text += " " + QCoreApplication.translate(
            "BundleReport", "Cancelled: files not imported: %1."
        ).replace("%1", str(counts[service.CANCELLED]))
    return text


def _each_once(refs: Iterable[TestimonyRef]) -> list[TestimonyRef]:
    return list({ref.id: ref for ref in refs}.values())


def names_text(refs: Sequence[TestimonyRef], most: int = SHOWN_NAMES) -> str:
    """A few testimonies by name, then how many more (the table's tooltips list them all)."""
    text = "; ".join(ref_text(ref) for ref in refs[:most])
    if len(refs) > most:
        text += " " + QCoreApplication.translate("BundleReport", "and %1 more").replace(
            "%1", str(len(refs) - most)
        )
    return text


class BundleReportTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        report_table(self, [_tr(c) for c in COLUMNS], "bundle_report", COL_REASON)
        self.rows: tuple[BundleOutcome, ...] = ()

    def show_rows(self, rows: Sequence[BundleOutcome]) -> None:
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
                        len(row.accepted),
                        len(row.new_versions),
                        row.duplicates,
                        row.attachments,
                    )
                ),
                outcome_reason_text(row),
            ]
            items = [QTableWidgetItem(text) for text in cells]
            for column, item in enumerate(items):
                if COL_SEQUENCE <= column < COL_REASON:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(index, column, item)
            items[COL_FILE].setToolTip(row.file)
            if shown:  # which ones, not only how many
                for column, refs in (
                    (COL_TESTIMONIES, row.new_testimonies),
                    (COL_VERSIONS, row.testimonies),
                ):
                    items[column].setToolTip("\n".join(ref_text(ref) for ref in refs))
            # The core's technical line, in English, for whoever diagnoses a damaged file.
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
                status_colours(status, colours)
        self.resizeRowsToContents()

    def texts(self, column: int) -> list[str]:
        return texts(self, column)
