"""One archive person's timeline: the events of the testimony entries the registry links to
that person (after a merge, both; a namesake's, never), shown in the name-based timeline's
table (app/ui/timeline), so both read the same."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain.vocabulary import VocabularySet
from app.services.archive_view import Archive
from app.ui.timeline.dialog import EventsDialog


class PersonTimelineDialog(EventsDialog):
    def __init__(
        self,
        archive: Archive,
        vocabulary: VocabularySet,
        person: str,
        name: str,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lambda: archive.timeline(person), vocabulary, name, lang, parent)
        self.setObjectName("person_timeline")


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
