"""The Persons view's table: one row per archive person, its status and a column for each
figure the person is counted in (a check mark, never a list cut off with "…")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.services.archive_view import PeopleSnapshot
from app.services.figures_view import FLAG_FIGURES
from app.services.persons import Person
from app.ui.privacy import PRIVATE_ROLE

Index = QModelIndex | QPersistentModelIndex

NAME, OTHER_NAMES, BORN, STATUS, SINCE, TESTIMONIES, RECOGNISED = range(7)
FIRST_FLAG = 7
HEADERS = (
    QT_TRANSLATE_NOOP("Persons", "Name"),
    QT_TRANSLATE_NOOP("Persons", "Also written"),
    QT_TRANSLATE_NOOP("Persons", "Born"),
    QT_TRANSLATE_NOOP("Persons", "Status"),
    QT_TRANSLATE_NOOP("Persons", "Since"),
    QT_TRANSLATE_NOOP("Persons", "Testimonies"),
    QT_TRANSLATE_NOOP("Persons", "Political prisoner"),
)
FLAG_HEADERS = {
    "humanitarian": QT_TRANSLATE_NOOP("Persons", "Humanitarian"),
    "incommunicado": QT_TRANSLATE_NOOP("Persons", "Incommunicado"),
    "art411": QT_TRANSLATE_NOOP("Persons", "Art. 411"),
    "deaths": QT_TRANSLATE_NOOP("Persons", "Died in custody"),
    "arrests_on_return": QT_TRANSLATE_NOOP("Persons", "Arrested on return"),
}
STATUS_LABELS = {
    "held": QT_TRANSLATE_NOOP("Persons", "held"),
    "released": QT_TRANSLATE_NOOP("Persons", "released"),
    "deported": QT_TRANSLATE_NOOP("Persons", "deported"),
    "died": QT_TRANSLATE_NOOP("Persons", "died"),
    "unknown": QT_TRANSLATE_NOOP("Persons", "unknown"),
}
ROLE_ID = Qt.ItemDataRole.UserRole + 1
CHECK = "\u2713"


def tr(text: object) -> str:
    return QCoreApplication.translate("Persons", str(text))


def display_name(person: Person) -> str:
    if person.names:
        return person.names[0]
    return QCoreApplication.translate("Persons", "(no name recorded)")


def two_lines(text: str) -> str:
    """A header of several words on two lines, broken at the space nearest its middle, so
    that every flag column fits beside the names (Belarusian words are long)."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1 :]


def status_label(code: str) -> str:
    return tr(STATUS_LABELS.get(code, code))


class PersonsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._people: tuple[Person, ...] = ()
        self._flags: dict[str, frozenset[str]] = {}

    def show(self, snapshot: PeopleSnapshot) -> None:
        self.beginResetModel()
        self._people, self._flags = snapshot.people, snapshot.flags
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._people, self._flags = (), {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_FLAG + len(FLAG_FIGURES)

    def person(self, row: int) -> Person:
        return self._people[row]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIRST_FLAG:
            return QCoreApplication.translate(
                "Persons", "Counted in this figure as of today (Figures view: who and why)"
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < FIRST_FLAG:
            return (
                two_lines(tr(HEADERS[section])) if section == RECOGNISED else tr(HEADERS[section])
            )
        return two_lines(tr(FLAG_HEADERS[FLAG_FIGURES[section - FIRST_FLAG]]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._people[index.row()]
        column = index.column()
        if role == ROLE_ID:
            return person.id
        if role == PRIVATE_ROLE:  # names and birth date: drawn by the privacy screen's rule
            return column in (OTHER_NAMES, BORN) or (column == NAME and bool(person.names))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= TESTIMONIES:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, OTHER_NAMES):
            return "\n".join(person.names)
        if role == Qt.ItemDataRole.ToolTipRole and column in (STATUS, SINCE):
            source = person.status.source
            if not source:
                return None
            return QCoreApplication.translate("Persons", "From testimony %1").replace(
                "%1", source[:8]
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column >= FIRST_FLAG:
            figure = FLAG_FIGURES[column - FIRST_FLAG]
            return CHECK if figure in self._flags.get(person.id, ()) else ""
        return (
            display_name(person),
            " / ".join(person.names[1:]),
            person.birth_date or "",
            status_label(person.status.status),
            person.status.since or "",
            str(len(person.testimonies)),
            (person.political_prisoner[0] or CHECK) if person.political_prisoner else "",
        )[column]
