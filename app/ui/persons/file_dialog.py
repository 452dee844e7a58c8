"""What each testimony says about one archive person, side by side with its source: the
birth date each gives (named when they cannot all be true), and each fact (criterion,
article, place, status) with its date and the testimony it comes from. A coordinator reads
this before merging or separating, and before putting a number in front of anyone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import VocabularySet
from app.services.archive_view import Archive
from app.services.persons import PersonFile
from app.ui import parts
from app.ui.figures.words import BY_LABELS, figure_title
from app.ui.persons.model import display_name, status_label
from app.ui.privacy import PrivateItem, follow, keep_text, shown
from app.ui.workers import Task

# A fact's dimension -> the vocabulary of its codes (labels in the interface language).
VOCABULARIES = {
    "criterion": "humanitarian_criteria",
    "article": "criminal_code_articles",
    "isans_category": "isans_categories",
    "facility": "detention_facilities",
    "instrument": "repression_instruments",
}
WARNING = ("#8a1c1c", "#fbe9e9")


class PersonFileDialog(QDialog):
    def __init__(
        self,
        archive: Archive,
        vocabulary: VocabularySet,
        person: str,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person_file")
        self.setWindowTitle(self.tr("Facts and sources"))
        self.resize(900, 560)
        self._vocab, self._lang = vocabulary, lang
        self.heading = parts.plain_label(self.tr("Reading the testimonies…"), "heading")
        self.conflict = parts.plain_label(name="conflict")
        self.conflict.setStyleSheet(f"color: {WARNING[0]}; background: {WARNING[1]};")
        self.conflict.hide()
        self.births = parts.read_only(
            QTableWidget(0, 2), [self.tr("Born"), self.tr("Testimony")], "births"
        )
        self.facts = parts.read_only(
            QTableWidget(0, 5),
            [
                self.tr("When"),
                self.tr("Figure"),
                self.tr("About"),
                self.tr("Recorded as"),
                self.tr("Testimony"),
            ],
            "facts",
        )
        self.facts.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.conflict)
        layout.addWidget(self.births)
        layout.addWidget(self.facts, 1)
        layout.addWidget(buttons)
        self.births.setMaximumHeight(130)
        follow(self.births)  # birth dates: the privacy screen's rule
        self.task = Task(lambda _progress: archive.file(person))
        self.task.finished.connect(self._show)
        self.task.failed.connect(lambda error: self.heading.setText(parts.error_text(error)))
        self.task.start()

    def _value(self, dimension: str, value: str) -> str:
        vocabulary = VOCABULARIES.get(dimension, "")
        if vocabulary and self._vocab.has(vocabulary, value):
            return self._vocab.label(vocabulary, value, self._lang)
        if not dimension:  # a status row: held, released, deported, died
            return status_label(value)
        return value.replace("_", " ")

    def _show(self, found: object) -> None:
        assert isinstance(found, PersonFile)  # noqa: S101 - the task above returns one
        person = found.person
        if person.names:
            keep_text(self.heading, lambda: shown(" / ".join(person.names)))
        else:
            self.heading.setText(display_name(person))
        if found.conflicts:
            self.conflict.setText(
                self.tr(
                    "The testimonies give birth dates that cannot all be true: compare them "
                    "below before counting this as one person."
                )
            )
            self.conflict.show()
        self.births.setRowCount(len(found.birth_dates))
        for row, (written, testimony) in enumerate(found.birth_dates):
            self.births.setItem(row, 0, PrivateItem(written))
            self.births.setItem(row, 1, QTableWidgetItem(testimony[:8]))
        self.facts.setRowCount(len(found.facts))
        for row, fact in enumerate(found.facts):
            about = BY_LABELS.get(fact.dimension)
            cells = (
                fact.date or self.tr("undated"),
                figure_title(fact.figure) if fact.figure != "status" else self.tr("Status"),
                QCoreApplication.translate("Figures", str(about)) if about else "",
                self._value(fact.dimension, fact.value),
                fact.testimony_id[:8],
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(fact.testimony_id if column == 4 else "")
                self.facts.setItem(row, column, item)
        self.facts.sortItems(0, Qt.SortOrder.AscendingOrder)


def open_file(
    parent: QWidget, archive: Archive, vocabulary: VocabularySet, person: str, lang: str
) -> PersonFileDialog:
    """Opened with open(): a lock rejects and deletes it with the window's other dialogs."""
    dialog = PersonFileDialog(archive, vocabulary, person, lang, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
