"""The two tables of the Senders dialog: the interviewers' keys this organisation knows, with
their status in words and colour, and the bundles held for the one selected."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from app.services.quarantine import HeldBundle
from app.services.senders import SenderRow
from app.services.shared import APPROVED, KNOWN, PENDING, REVOKED
from app.ui.parts import fixed_font, read_only
from app.ui.sync.words import held_reason_text
from app.ui.testimony.attachments import human_size

SENDER_STATUS: dict[str, object] = {
    PENDING: QT_TRANSLATE_NOOP("Senders", "waiting for approval"),
    KNOWN: QT_TRANSLATE_NOOP("Senders", "added from card"),
    APPROVED: QT_TRANSLATE_NOOP("Senders", "approved"),
    REVOKED: QT_TRANSLATE_NOOP("Senders", "revoked"),
}
SENDER_COLOURS: dict[str, str] = {
    PENDING: "#8a5300",
    KNOWN: "#1b6e32",
    APPROVED: "#1b6e32",
    REVOKED: "#8a1f11",
}
COL_KEY, COL_STATUS, COL_FINGERPRINT = 0, 1, 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("Senders", text)


def sender_status(status: str) -> str:
    return _tr(str(SENDER_STATUS.get(status, status)))


def senders_table() -> QTableWidget:
    headers = [
        QT_TRANSLATE_NOOP("Senders", "Key id"),
        QT_TRANSLATE_NOOP("Senders", "Status"),
        QT_TRANSLATE_NOOP("Senders", "Last sequence"),
        QT_TRANSLATE_NOOP("Senders", "Held bundles"),
        QT_TRANSLATE_NOOP("Senders", "Fingerprint"),
        QT_TRANSLATE_NOOP("Senders", "Added"),
    ]
    table = read_only(QTableWidget(), [_tr(str(h)) for h in headers], "senders_list")
    table.horizontalHeader().setStretchLastSection(True)
    return table


def held_table() -> QTableWidget:
    headers = [
        QT_TRANSLATE_NOOP("Senders", "Sequence"),
        QT_TRANSLATE_NOOP("Senders", "Size"),
        QT_TRANSLATE_NOOP("Senders", "Received"),
        QT_TRANSLATE_NOOP("Senders", "Why it is held"),
    ]
    table = read_only(QTableWidget(), [_tr(str(h)) for h in headers], "held")
    table.horizontalHeader().setStretchLastSection(True)
    table.setMaximumHeight(140)
    return table


def show_senders(table: QTableWidget, senders: Sequence[SenderRow], keep: str | None) -> None:
    """One row per sender; the row of `keep` (a key id) selected again."""
    table.setRowCount(len(senders))
    for index, sender in enumerate(senders):
        cells = (
            sender.key_id,
            sender_status(sender.status),
            str(sender.last_sequence),
            str(sender.quarantined),
            sender.fingerprint,
            sender.added_at,
        )
        items = [QTableWidgetItem(text) for text in cells]
        for column, item in enumerate(items):
            table.setItem(index, column, item)
        items[COL_FINGERPRINT].setFont(fixed_font(10))  # compared group by group over the phone
        colour = SENDER_COLOURS.get(sender.status)
        if colour:
            items[COL_STATUS].setForeground(QBrush(QColor(colour)))
        if sender.key_id == keep:
            table.selectRow(index)


def show_held(table: QTableWidget, held: Sequence[HeldBundle]) -> None:
    table.setRowCount(len(held))
    for index, bundle in enumerate(held):
        cells = (
            str(bundle.sequence) if bundle.sequence else "",
            human_size(bundle.size),
            bundle.received_at,
            held_reason_text(bundle.reason),
        )
        for column, text in enumerate(cells):
            table.setItem(index, column, QTableWidgetItem(text))
