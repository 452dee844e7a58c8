"""One archive person's timeline: the events of the testimony entries the registry links to
that person (after a merge, both; a namesake's, never). The columns and the words for each
kind of event are the name-based timeline's (app/ui/timeline), so both read the same."""

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

from app.domain.dates import format_partial
from app.domain.timeline import TimelineEvent
from app.domain.vocabulary import VocabularySet
from app.services.archive_view import Archive
from app.ui import parts
from app.ui.timeline.dialog import COLUMNS, KIND_LABELS, enum_label
from app.ui.workers import Task
from app.ui.workspace.counts import english_count
from app.ui.workspace.list_model import FLAG_LABELS


def _tr(text: object) -> str:
    return QCoreApplication.translate("Timeline", str(text))


class PersonTimelineDialog(QDialog):
    def __init__(
        self,
        archive: Archive,
        vocabulary: VocabularySet,
        person: str,
        name: str,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person_timeline")
        self.setWindowTitle(_tr("Timeline"))
        self.resize(1000, 560)
        self._lang = lang
        self._vocab = vocabulary
        self.heading = parts.plain_label(
            _tr("Timeline of %1").replace("%1", "\u2068" + name + "\u2069"), "heading"
        )
        self.table = parts.read_only(QTableWidget(0, len(COLUMNS)), [_tr(c) for c in COLUMNS])
        self.table.setObjectName("events")
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.status = parts.plain_label(_tr("Collecting events…"), "status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.task = Task(lambda _progress: archive.timeline(person))
        self.task.finished.connect(self._show)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _failed(self, error: object) -> None:
        self.status.setText(parts.error_text(error))

    def _detail(self, vocabulary: str, code: str) -> str:
        if vocabulary in self._vocab.names() and self._vocab.has(vocabulary, code):
            return self._vocab.label(vocabulary, code, self._lang)
        if vocabulary == "flag" and code in FLAG_LABELS:
            return QCoreApplication.translate("TestimonyList", str(FLAG_LABELS[code]))
        return enum_label(code) if code else ""

    def _show(self, events: object) -> None:
        rows: list[TimelineEvent] = list(events) if isinstance(events, list) else []
        self.table.setRowCount(len(rows))
        for row, event in enumerate(rows):
            details = (self._detail(vocabulary, code) for vocabulary, code in event.details)
            cells = (
                format_partial(event.date, self._lang) if event.date else "",
                format_partial(event.until, self._lang) if event.until else "",
                _tr(KIND_LABELS.get(event.kind, event.kind.replace("_", " "))),
                "; ".join(filter(None, details)),
                event.name,
                event.testimony_id[:8],
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        events = QCoreApplication.translate("Timeline", "%n event(s)", "", len(rows))
        self.status.setText(english_count(events, len(rows)))


def open_timeline(
    parent: QWidget,
    archive: Archive,
    vocabulary: VocabularySet,
    person: str,
    name: str,
    lang: str,
) -> PersonTimelineDialog:
    """Opened with open(): a lock rejects and deletes it with the window's other dialogs."""
    dialog = PersonTimelineDialog(archive, vocabulary, person, name, lang, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
