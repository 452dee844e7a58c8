"""The people behind one number of a figure: who is counted there, each once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.persons import Person
from app.ui import parts
from app.ui.persons.model import display_name, status_label
from app.ui.privacy import PrivateItem, follow


class PeopleDialog(QDialog):
    share_requested = Signal(list)  # the ids of these people, for the Share dialog

    def __init__(self, heading: str, people: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_behind")
        self.setWindowTitle(self.tr("Who is counted"))
        self.resize(760, 420)
        self.heading = parts.plain_label(heading, "heading")
        self.table = parts.read_only(
            QTableWidget(0, 5),
            [
                self.tr("Name"),
                self.tr("Also written"),
                self.tr("Born"),
                self.tr("Status"),
                self.tr("Testimonies"),
            ],
            "people",
        )
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            cells = (
                display_name(person),
                " / ".join(person.names[1:]),
                person.birth_date or "",
                status_label(person.status.status),
                str(len(person.testimonies)),
            )
            for column, text in enumerate(cells):
                private = column in (1, 2) or (column == 0 and bool(person.names))
                item = PrivateItem(text) if private else QTableWidgetItem(text)
                self.table.setItem(row, column, item)
        follow(self.table)  # names and birth dates: the privacy screen's rule
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        share = buttons.addButton(self.tr("Share these people…"), buttons.ButtonRole.ActionRole)
        share.setEnabled(bool(people))
        ids = [person.id for person in people]
        share.clicked.connect(self.accept)  # this one closes; the Share dialog opens
        share.clicked.connect(lambda: self.share_requested.emit(ids))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
