"""The pieces the desktop's dialogs share, so that each dialog says only what is its own: a
label that never renders markup, a read-only table, a row of buttons, a confirmation whose
default button decides nothing, an explanation, and the one line an error becomes (never a
traceback, never testimony)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services.before_unlock import VaultError, database_failure

T = TypeVar("T", bound=QTableWidget)


def error_text(error: object) -> str:
    """One line for the user: the core's own message for its expected failures."""
    if isinstance(error, VaultError):
        return str(error)
    if isinstance(error, BaseException) and (database := database_failure(error)) is not None:
        return database  # a full disk, a locked file: the driver's words, no values
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return QCoreApplication.translate("BundleErrors", "The file system refused: %1").replace(
            "%1", f"{error.strerror or error}{where}"
        )
    return QCoreApplication.translate(
        "BundleErrors", "Something went wrong (%1); nothing was changed."
    ).replace("%1", type(error).__name__)


def fixed_font(points: int, bold: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(points)
    font.setBold(bold)
    return font


def plain_label(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are never markup
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def read_only(table: T, headers: Sequence[str], name: str = "") -> T:
    """`table` set up to show rows, one selected at a time, never edited in place."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if name:
        table.setObjectName(name)
    return table


def report_table(table: T, headers: Sequence[str], name: str, reason_column: int) -> T:
    """A read-only table with one row per file processed (a bundle, a receipt): the file's
    name in column 0, elided in the middle so both ends stay; the reason, whole, in
    `reason_column`, which takes the width left and the height its wrapped text needs."""
    read_only(table, headers, name)
    table.setWordWrap(True)  # the reason is what the person acts on: never cut
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(reason_column, QHeaderView.ResizeMode.Stretch)
    table.setColumnWidth(0, 190)
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    header.geometriesChanged.connect(table.resizeRowsToContents)
    return table


def status_colours(item: QTableWidgetItem, colours: tuple[str, str]) -> None:
    """A result in bold, in its (text, background) colours; the word carries the meaning."""
    item.setForeground(QBrush(QColor(colours[0])))
    item.setBackground(QBrush(QColor(colours[1])))
    font = item.font()
    font.setBold(True)
    item.setFont(font)


def texts(table: QTableWidget, column: int) -> list[str]:
    """What a column shows, row by row."""
    return [
        item.text() if (item := table.item(row, column)) is not None else ""
        for row in range(table.rowCount())
    ]


def button_row(*first: QWidget, last: Sequence[QWidget] = ()) -> QHBoxLayout:
    """`first` on the left, `last` (Close at the very end) on the right."""
    row = QHBoxLayout()
    for widget in first:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in last:
        row.addWidget(widget)
    return row


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    accept: str,
    on_accept: Callable[[], object],
    informative: str = "",
    destructive: bool = False,
) -> QMessageBox:
    """Ask before doing something that cannot be taken back. Cancel is the default: a
    reflexive Enter decides nothing. Opened with open(), never exec(): a lock closes it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    if informative:
        box.setInformativeText(informative)
    role = (
        QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    )
    go = box.addButton(accept, role)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(box.deleteLater)
    box.buttonClicked.connect(lambda button: on_accept() if button is go else None)
    box.open()
    return box


def explain(parent: QWidget, title: str, text: str) -> QMessageBox:
    """Why something is not offered here, or failed, and what to do instead."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
