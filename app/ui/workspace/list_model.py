"""The testimony list as a lazy item model: rows are fetched a page at a time as the view
scrolls (100k rows eagerly were measured 24x slower to first paint), from whatever source
is current: the whole vault in some order, or the results of a search."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.ui.privacy import PRIVATE_ROLE

PAGE = 200

COL_NAME, COL_DATE, COL_FLAGS, COL_STATUS = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("TestimonyList", "Name"),
    QT_TRANSLATE_NOOP("TestimonyList", "Interview"),
    QT_TRANSLATE_NOOP("TestimonyList", "Flags"),
    QT_TRANSLATE_NOOP("TestimonyList", "Status"),
)
FLAG_LABELS = {
    "incommunicado_now": QT_TRANSLATE_NOOP("TestimonyList", "incommunicado"),
    "humanitarian": QT_TRANSLATE_NOOP("TestimonyList", "humanitarian"),
    "art411_reconviction": QT_TRANSLATE_NOOP("TestimonyList", "Art. 411"),
    "in_absentia": QT_TRANSLATE_NOOP("TestimonyList", "in absentia"),
    "death_in_detention": QT_TRANSLATE_NOOP("TestimonyList", "death in detention"),
    "transnational": QT_TRANSLATE_NOOP("TestimonyList", "transnational"),
    "arrest_on_return": QT_TRANSLATE_NOOP("TestimonyList", "arrest on return"),
    "solidarity": QT_TRANSLATE_NOOP("TestimonyList", "solidarity"),
    "death_after_release": QT_TRANSLATE_NOOP("TestimonyList", "death after release"),
    "held_beyond_term": QT_TRANSLATE_NOOP("TestimonyList", "held beyond term"),
    "administrative_case": QT_TRANSLATE_NOOP("TestimonyList", "administrative case"),
    "listed": QT_TRANSLATE_NOOP("TestimonyList", "on a list"),
    "property": QT_TRANSLATE_NOOP("TestimonyList", "property"),
    "recruitment": QT_TRANSLATE_NOOP("TestimonyList", "recruitment"),
    "intervention": QT_TRANSLATE_NOOP("TestimonyList", "intervention"),
}
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("TestimonyList", "draft"),
    "complete": QT_TRANSLATE_NOOP("TestimonyList", "complete"),
    "reviewed": QT_TRANSLATE_NOOP("TestimonyList", "reviewed"),
}
SORT_ORDERS = {COL_NAME: "name", COL_DATE: "interview_date", COL_STATUS: "status"}


class Row(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def display_name(self) -> str: ...
    @property
    def interview_date(self) -> str: ...
    @property
    def flags(self) -> tuple[str, ...]: ...


def tr(text: object) -> str:
    return QCoreApplication.translate("TestimonyList", str(text))


# fetch(offset, limit) -> rows
Fetch = Callable[[int, int], Sequence[Row]]


class TestimonyListModel(QAbstractTableModel):
    def __init__(self, fetch: Fetch | None = None) -> None:
        super().__init__()
        self._fetch: Fetch | None = fetch
        self._rows: list[Row] = []
        self._exhausted = fetch is None

    def set_source(self, fetch: Fetch | None, first_page: Sequence[Row] | None = None) -> None:
        """Show another source; `first_page` may come ready from a background search."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = list(first_page or [])
        self._exhausted = fetch is None or (first_page is not None and len(first_page) < PAGE)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (locking): nothing of a testimony stays in the model."""
        self.set_source(None)

    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def row_name(self, row: int) -> str:
        return self._rows[row].display_name

    # --- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid() or self._fetch is None or self._exhausted:
            return
        page = list(self._fetch(len(self._rows), PAGE))
        if len(page) < PAGE:
            self._exhausted = True
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == PRIVATE_ROLE:  # how the name is drawn is the privacy screen's business
            return column == COL_NAME
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        if column == COL_NAME:
            # Names are evidence, stored as given (RTL or zero-width characters included):
            # isolate them so they cannot reorder the rest of the row.
            return "\u2068" + row.display_name + "\u2069"
        if column == COL_DATE:
            return row.interview_date
        if column == COL_FLAGS:
            return ", ".join(tr(FLAG_LABELS.get(flag, flag)) for flag in row.flags)
        status = getattr(row, "status", "")
        return tr(STATUS_LABELS.get(status, status)) if status else ""
