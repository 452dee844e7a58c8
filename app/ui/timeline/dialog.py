"""A person's timeline across every testimony in the vault, in date order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import format_partial
from app.domain.timeline import TimelineEvent
from app.domain.vocabulary import VocabularySet
from app.services.workspace import Workspace
from app.ui.privacy import PrivateItem, follow, keep_text, shown
from app.ui.workers import Task
from app.ui.workspace.counts import english_count
from app.ui.workspace.list_model import FLAG_LABELS


def enum_label(code: str) -> str:
    try:
        from app.ui.editor.labels import enum_label as editor_enum_label
    except ImportError:  # pragma: no cover - the editor ships with the app
        return code.replace("_", " ")
    return editor_enum_label(code)


KIND_LABELS = {
    "arrest": QT_TRANSLATE_NOOP("Timeline", "Arrest"),
    "detention": QT_TRANSLATE_NOOP("Timeline", "Held at"),
    "punishment_cell": QT_TRANSLATE_NOOP("Timeline", "Punishment cell"),
    "transfer": QT_TRANSLATE_NOOP("Timeline", "Transfer"),
    "release": QT_TRANSLATE_NOOP("Timeline", "Release"),
    "police_supervision": QT_TRANSLATE_NOOP("Timeline", "Police supervision"),
    "exit_ban": QT_TRANSLATE_NOOP("Timeline", "Exit ban"),
    "kgb_recruitment": QT_TRANSLATE_NOOP("Timeline", "KGB recruitment attempt"),
    "incommunicado": QT_TRANSLATE_NOOP("Timeline", "Incommunicado"),
    "trial": QT_TRANSLATE_NOOP("Timeline", "Trial"),
    "verdict": QT_TRANSLATE_NOOP("Timeline", "Verdict"),
    "ill_treatment": QT_TRANSLATE_NOOP("Timeline", "Ill-treatment"),
    "death": QT_TRANSLATE_NOOP("Timeline", "Death in detention"),
    "solidarity": QT_TRANSLATE_NOOP("Timeline", "Persecution for solidarity"),
    "transnational": QT_TRANSLATE_NOOP("Timeline", "Transnational repression"),
    "administrative_case": QT_TRANSLATE_NOOP("Timeline", "Administrative case"),
    "list_entry": QT_TRANSLATE_NOOP("Timeline", "Put on a list"),
    "property": QT_TRANSLATE_NOOP("Timeline", "Action against property"),
    "death_after_release": QT_TRANSLATE_NOOP("Timeline", "Death after release"),
    "care_denied": QT_TRANSLATE_NOOP("Timeline", "Medical care denied"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("Timeline", "When"),
    QT_TRANSLATE_NOOP("Timeline", "Until"),
    QT_TRANSLATE_NOOP("Timeline", "What"),
    QT_TRANSLATE_NOOP("Timeline", "Details"),
    QT_TRANSLATE_NOOP("Timeline", "Recorded as"),
    QT_TRANSLATE_NOOP("Timeline", "Testimony"),
)
RECORDED_AS = 4  # the name as the testimony gives it


def _tr(text: object) -> str:
    return QCoreApplication.translate("Timeline", str(text))


class EventsDialog(QDialog):
    """Events of one person in date order, from `load` (run off the GUI thread). The
    name-based timeline below and the archive's person timeline (app/ui/persons) both show
    their events through this one table."""

    def __init__(
        self,
        load: Callable[[], list[TimelineEvent]],
        vocabulary: VocabularySet,
        name: str,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Timeline", "Timeline"))
        self.resize(1000, 560)
        self._lang = lang
        self._vocab = vocabulary
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        keep_text(
            self.heading,
            lambda: QCoreApplication.translate("Timeline", "Timeline of %1").replace(
                "%1", "\u2068" + shown(name) + "\u2069"
            ),
        )
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("events")
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        follow(self.table)
        self.status = QLabel(QCoreApplication.translate("Timeline", "Collecting events…"))
        self.status.setObjectName("status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.task = Task(lambda _progress: load())
        self.task.finished.connect(self._show)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _failed(self, _error: object) -> None:
        self.status.setText(QCoreApplication.translate("Timeline", "Could not collect the events."))

    def _detail(self, vocabulary: str, code: str) -> str:
        """A code in words of the interface language (vocabulary term or enum value)."""
        if vocabulary in self._vocab.names() and self._vocab.has(vocabulary, code):
            return self._vocab.label(vocabulary, code, self._lang)
        if vocabulary == "flag" and code in FLAG_LABELS:
            return QCoreApplication.translate("TestimonyList", str(FLAG_LABELS[code]))
        return enum_label(code) if code else ""

    def _show(self, events: object) -> None:
        rows: list[TimelineEvent] = list(events) if isinstance(events, list) else []
        self.table.setRowCount(len(rows))
        # Testimonies by number in order of appearance: an id means nothing to a reader.
        numbers: dict[str, int] = {}
        for event in rows:
            numbers.setdefault(event.testimony_id, len(numbers) + 1)
        for row, event in enumerate(rows):
            details = (self._detail(vocabulary, code) for vocabulary, code in event.details)
            cells = (
                format_partial(event.date, self._lang) if event.date else "",
                format_partial(event.until, self._lang) if event.until else "",
                _tr(KIND_LABELS.get(event.kind, event.kind)),
                "; ".join(filter(None, details)),
                event.name,
                QCoreApplication.translate("Timeline", "Testimony %1").replace(
                    "%1", str(numbers[event.testimony_id])
                ),
            )
            for column, text in enumerate(cells):
                item = PrivateItem(text) if column == RECORDED_AS else QTableWidgetItem(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        events = QCoreApplication.translate("Timeline", "%n event(s)", "", len(rows))
        self.status.setText(english_count(events, len(rows)))


class TimelineDialog(EventsDialog):
    """A person's timeline by name, across every testimony in the vault."""

    def __init__(
        self, workspace: Workspace, name: str, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            lambda: workspace.person_timeline(name), workspace.vocabulary(), name, lang, parent
        )
        self.setObjectName("timeline")
