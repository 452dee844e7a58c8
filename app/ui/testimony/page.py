"""One testimony open for editing: the editor, saving, autosaved drafts, version history."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.record import InvalidTestimony, collect_issues
from app.services.drafting import usual_interview
from app.services.workspace import Workspace
from app.ui.editor import TestimonyEditor, new_document
from app.ui.editor.issues import message_text, parse_path, readable_path
from app.ui.quick.page import QuickPage
from app.ui.testimony.attachments import AttachmentsDialog
from app.ui.testimony.history import HistoryDialog
from app.ui.workspace.counts import english_count

AUTOSAVE_MS = 30_000
UNSAVED_QUESTION = "unsaved_question"  # object name of the dialog, for tests that answer it


class Unsaved(Enum):
    """The answers to "save before leaving?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_with_dialog(parent: QWidget, question: str) -> Unsaved:
    """The product's way of asking: a modal Save / Discard / Cancel box over `parent`.

    Anything but a click on Save or Discard is Cancel, including the box being closed by a
    lock while it waits (locking rejects every dialog and deletes the page behind it)."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("EditorPage", "Unsaved changes"),
        question,
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    box.setObjectName(UNSAVED_QUESTION)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # exec() deletes it when done
    answer = box.exec()  # only the returned code: the box (and parent) may be gone by now
    if answer == buttons.Save:
        return Unsaved.SAVE
    if answer == buttons.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


# Who answers the question. Looked up at each call, so a test can put an answer in its place
# (tests/ui/conftest.py does, for every UI test: a dialog waiting for a click would hang the
# run, at the latest when the test's windows are closed).
ask_unsaved: Callable[[QWidget, str], Unsaved] = ask_with_dialog


@dataclass(frozen=True)
class Place:
    """Where the interviewer was when the vault locked: kept in the window's memory only
    (never QSettings, never a file), so unlocking returns to the same testimony and section."""

    testimony_id: str | None
    draft_key: str
    section: str  # a section key of the full editor, or QUICK
    dirty: bool  # unsaved work went into the draft ``draft_key``


QUICK = "quick"


class EditorPage(QWidget):
    closed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        testimony_id: str | None,
        lang: str,
        parent: QWidget | None = None,
        draft_key: str | None = None,
        document: dict | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editor_page")
        self._workspace = workspace
        self.testimony_id = testimony_id
        self._draft_key = draft_key or str(uuid.uuid4())
        if document is None and testimony_id is not None:
            document = workspace.load(testimony_id).document
        self._lang = lang
        self._vocab = workspace.vocabulary()
        # The full editor takes seconds to build: a new testimony opens on the quick page at
        # once and the editor is built the first time it is needed (see `editor`). Until then
        # the record lives here, as the document both forms edit.
        self._editor: TestimonyEditor | None = None
        self._document = copy.deepcopy(document) if document is not None else new_document()
        # A resumed draft is compared with what the vault holds (nothing yet, or the saved
        # version): it is unsaved work without anyone marking it, and a new testimony's draft
        # stays on the quick page without building the full editor.
        if draft_key is not None and testimony_id is None:
            self._clean = new_document()
        elif draft_key is not None and testimony_id is not None:
            self._clean = workspace.load(testimony_id).document
        else:
            self._clean = copy.deepcopy(self._document)
        self.quick: QuickPage | None = None
        self._quick_pending = False  # answers on the quick page not yet in the editor
        self._draft_kept = draft_key is not None  # a draft of this page is in the vault

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save a new version (Ctrl+S)"))
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setObjectName("history")
        self.history_button.setEnabled(testimony_id is not None)
        self.attachments_button = QPushButton(self.tr("Attachments"))
        self.attachments_button.setObjectName("attachments")
        self.attachments_button.setToolTip(
            self.tr("Recordings and photographed papers, encrypted in the vault")
        )
        self.attachments_button.setEnabled(testimony_id is not None)
        self.close_button = QPushButton(self.tr("Back to the list"))
        self.close_button.setObjectName("close")
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("switch_form")
        self.status = QLabel()
        self.status.setObjectName("status")
        bar = QHBoxLayout()
        bar.addWidget(self.close_button)
        bar.addWidget(self.switch_button)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.attachments_button)
        bar.addWidget(self.history_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.forms = QStackedWidget()
        layout.addWidget(self.forms, 1)

        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        self._autosave.start()
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.request_close)
        self.history_button.clicked.connect(self.show_history)
        self.attachments_button.clicked.connect(self.show_attachments)
        self.switch_button.clicked.connect(self._switch_form)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        back = QShortcut(QKeySequence("Alt+Left"), self, self.request_close)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.close_button.setToolTip(self.tr("Back to the list of testimonies (Alt+Left)"))
        if testimony_id is None:  # a new testimony opens on the quick page
            self.show_quick_page()
        else:
            self.show_full_editor()

    # -- the two forms of one record ----------------------------------------------------------
    @property
    def editor(self) -> TestimonyEditor:
        """The full editor, built on first use with the record as it stands."""
        if self._editor is None:
            self._flush_quick()
            editor = TestimonyEditor(self._vocab, self._lang, self._clean)
            if self._document != self._clean:
                editor.replace_document(self._document)
            editor.field_left.connect(self.autosave)
            self.forms.insertWidget(0, editor)
            self._editor = editor
        return self._editor

    def document(self) -> dict[str, Any]:
        """The record as the page holds it now, whichever form edited it."""
        self._flush_quick()
        if self._editor is not None:
            return self._editor.document()
        return copy.deepcopy(self._document)

    def on_quick_page(self) -> bool:
        return self.quick is not None and self.forms.currentWidget() is self.quick

    def show_quick_page(self) -> None:
        """The quick testimony, showing what the record holds now."""
        if self.quick is None:
            self.quick = QuickPage(self._workspace.vocabulary(), self._lang)
            self.quick.edited.connect(self._quick_edited)
            self.quick.full_editor_requested.connect(self.show_full_editor)
            self.forms.addWidget(self.quick)
        document = self.document()
        self.quick.load(document)
        if not document.get("persons"):  # nothing said yet: today, as the last interview
            usual = usual_interview(self._workspace)
            ui_language = self._lang if self._lang != "en" else ""
            self.quick.set_defaults(usual.interviewer, usual.language or ui_language, usual.country)
            self._quick_pending = False
        self.forms.setCurrentWidget(self.quick)
        self.switch_button.setText(self.tr("All sections…"))
        self.switch_button.setToolTip(self.tr("The full form: every section of the record"))
        self.quick.focus_first_field()

    def show_full_editor(self) -> None:
        self._flush_quick()
        self.forms.setCurrentWidget(self.editor)
        self.switch_button.setText(self.tr("Quick testimony"))
        self.switch_button.setToolTip(self.tr("The essentials of the conversation on one page"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.on_quick_page() and self.quick is not None:
            focused = QApplication.focusWidget()
            if focused is None or not self.isAncestorOf(focused):
                self.quick.focus_first_field()  # the interviewer types at once

    def _switch_form(self) -> None:
        if self.on_quick_page():
            self.show_full_editor()
        else:
            self.show_quick_page()

    def _quick_edited(self) -> None:
        self._quick_pending = True
        self.status.setText("")

    def _flush_quick(self) -> None:
        """Write the quick page's answers into the record: one record, whichever form."""
        if self.quick is None or not self._quick_pending:
            return
        self._quick_pending = False
        if self._editor is not None:
            self._editor.replace_document(self.quick.write_into(self._editor.document()))
        else:
            self._document = self.quick.write_into(self._document)

    def is_dirty(self) -> bool:
        self._flush_quick()
        if self._editor is not None:
            return self._editor.is_dirty()
        return self._document != self._clean

    def autosave(self) -> None:
        """Keep unsaved work as a draft inside the vault (never anywhere else); work undone
        since the last draft leaves no draft behind."""
        if self.is_dirty():
            self._workspace.save_draft(self._draft_key, self.document(), self.testimony_id)
            self._draft_kept = True
            self.status.setText(self.tr("Draft kept in the vault"))
        elif self._draft_kept:
            self._workspace.discard_draft(self._draft_key)
            self._draft_kept = False

    def place(self) -> Place:
        """Where the interviewer is, after keeping unsaved work as a draft."""
        self.autosave()
        on_quick = self.on_quick_page() or self._editor is None
        section = QUICK if on_quick else self.editor.current_section()
        return Place(self.testimony_id, self._draft_key, section, self.is_dirty())

    def go_to_place(self, place: Place) -> None:
        if place.section == QUICK:
            self.show_quick_page()
        else:
            self.show_full_editor()
            self.editor.show_section(place.section)

    def save(self) -> bool:
        document = self.document()
        if self._editor is not None:
            issues = self._editor.issues()
        else:
            issues = collect_issues(document, self._vocab)
        if issues:
            first = issues[0]
            self.show_full_editor()  # the field to put right may not be on the quick page
            self.editor.go_to(first.path)
            where = readable_path(parse_path(first.path))  # as the problems panel says it
            problems = self.tr("Not saved: %n problem(s). First: %1 — %2", "", len(issues))
            self.status.setText(
                english_count(problems, len(issues))
                .replace("%1", where)
                .replace("%2", message_text(first.message))
            )
            return False
        try:
            saved = self._workspace.save(document, self.testimony_id)
        except InvalidTestimony as exc:
            self.status.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        self.testimony_id = saved.testimony_id
        self._workspace.discard_draft(self._draft_key)
        self._draft_kept = False
        if self._editor is not None:
            self._editor.mark_saved(saved.testimony_id, saved.version)
        else:  # as the editor keeps it: the id travels with the record
            self._document = {**document, "id": saved.testimony_id}
            self._clean = copy.deepcopy(self._document)
        self.history_button.setEnabled(True)
        self.attachments_button.setEnabled(True)
        self.status.setText(self.tr("Saved as version %1").replace("%1", str(saved.version)))
        return True

    def leave(self, question: str) -> bool:
        """May the page go (back to the list, or the window close)? Unsaved work is asked
        about: Save keeps a version (False if it cannot be saved), Discard drops the
        autosaved draft too, Cancel stays."""
        if not self.is_dirty():
            self.discard()  # edits undone: no "Resume unsaved work" for what is not there
            return True
        answer = ask_unsaved(self, question)
        if answer is Unsaved.SAVE:
            return self.save()
        if answer is Unsaved.DISCARD:
            self.discard()
            return True
        return False

    def discard(self) -> None:
        """Forget the unsaved changes, in the vault too: no draft is kept or made later."""
        self._autosave.stop()
        if self._draft_kept:
            self._workspace.discard_draft(self._draft_key)
            self._draft_kept = False
        self._flush_quick()
        if self._editor is not None:
            self._editor.mark_clean()
        self._clean = copy.deepcopy(self._document)

    def request_close(self) -> None:
        if not self.leave(self.tr("Save this testimony before going back to the list?")):
            return
        self._autosave.stop()
        self.closed.emit()

    def show_history(self) -> None:
        if self.testimony_id is not None:
            dialog = HistoryDialog(self._workspace, self.testimony_id, self)
            dialog.exec()

    def show_attachments(self) -> None:
        if self.testimony_id is not None:
            AttachmentsDialog(self._workspace, self.testimony_id, self).exec()
