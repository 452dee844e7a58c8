"""Opening the Share dialog from the main window, with the people already chosen there: the
person selected in the Persons view, or the people behind a number of the Figures view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from app.render.dossier_pdf import pdf_writer
from app.services.sharing import Sharing
from app.ui import settings
from app.ui.session import AppSession
from app.ui.share.dialog import ShareDialog
from app.ui.workspace.counts import english_count


def chosen_in(view: object, person_ids: Sequence[str]) -> tuple[list[str], str]:
    """The people to offer (ids) and how the dialog names the choice (never by name)."""
    if person_ids:
        text = QCoreApplication.translate("ShareDialog", "Only the %1 persons behind the figure")
        count = len(person_ids)
        return list(person_ids), english_count(text.replace("%1", str(count)), count)
    selected = getattr(view, "selected_person", None)
    person = selected() if callable(selected) else None
    if isinstance(person, str) and person:
        text = QCoreApplication.translate("ShareDialog", "Only the person selected in Persons")
        return [person], text
    return [], ""


def open_share(
    parent: QWidget, session: AppSession, view: object = None, person_ids: Sequence[str] = ()
) -> ShareDialog:
    ids, chosen = chosen_in(view, person_ids)
    writers = {"pdf": pdf_writer}  # drawn by Qt in the face, as the command line does
    dialog = ShareDialog(
        Sharing(session.workspace), settings.language(), ids, chosen, writers, parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # never exec(): a lock rejects and deletes it
    return dialog
