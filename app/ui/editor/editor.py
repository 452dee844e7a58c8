"""The testimony editor: every section of the record, one page each, built from the schema.

The editor holds the record in its widgets (and, for list sections not shown yet, as loaded:
see list_section.py) and hands it out as a JSON document: the window saves it (storage stays
out of here, so the editor is testable alone). It never writes the testimony anywhere itself:
no QSettings, no log line, no temporary file.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.record import ITEM_SECTIONS, ValidationIssue, collect_issues, strip_provenance
from app.domain.vocabulary import VocabularySet
from app.ui.editor.builder import Context, build, list_node
from app.ui.editor.fields import MISSING, Node
from app.ui.editor.form import ObjectForm
from app.ui.editor.help import help_text
from app.ui.editor.issues import Issue, Parts, parse_path
from app.ui.editor.keys import add_section_keys, scroll_into_view, shortcut_help
from app.ui.editor.list_detail import Confirm, ListNode
from app.ui.editor.list_section import BuiltLists, BuiltPages, ListSection
from app.ui.editor.new_person import AskName
from app.ui.editor.pages import Page
from app.ui.editor.refs import RefRegistry
from app.ui.editor.schema import SCHEMA_ID, testimony_spec
from app.ui.editor.sections import SECTIONS
from app.ui.editor.style import EDITOR_STYLE
from app.ui.editor.wait import busy

__all__ = ["TestimonyEditor", "new_document"]

VALIDATION_DELAY_MS = 400
_NARRATIVE_FIELDS = ("narrative", "interviewer_notes")
_RECORD_FIELDS = ("confidentiality", "status")
_REF_SECTIONS = ("persons", *ITEM_SECTIONS)


def new_document() -> dict[str, Any]:
    """The skeleton of a new testimony: what the schema requires, nothing more."""
    return {
        "schema": SCHEMA_ID,
        "confidentiality": "confidential",
        "status": "draft",
        "interview": {},
        "consent": {"scopes": []},  # no use consented until ticked: nothing can be exported
        "persons": [],
    }


class TestimonyEditor(QWidget):
    saved = Signal(str, int)  # testimony id, version (see mark_saved)
    dirty_changed = Signal(bool)
    field_left = Signal()  # focus left a field after an edit: the window keeps a draft

    def __init__(
        self,
        vocab: VocabularySet,
        lang: str,
        document: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        with busy():
            self.setObjectName("testimony_editor")
            self.setStyleSheet(EDITOR_STYLE)
            self._vocab = vocab
            self.refs = RefRegistry(self)
            self._ctx = Context(vocab, lang, self.refs)
            self._extra: dict[str, Any] = {}
            self._issues: list[ValidationIssue] = []
            self._dirty = False
            self._clean: dict[str, Any] = {}
            self._left_pending = False
            self._build()
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(VALIDATION_DELAY_MS)
            self._timer.timeout.connect(self._validate)
            add_section_keys(self, self.step_section)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._focus_changed)
            self.set_document(document if document is not None else new_document())

    # -- construction ---------------------------------------------------------------------
    def _build(self) -> None:
        root = testimony_spec()
        interview = root.child("interview")

        def make(spec: Any) -> Node:
            return build(spec, self._ctx)

        self.record_form = ObjectForm(root, make, only=_RECORD_FIELDS, keep_extra=False)
        self.consent_form = ObjectForm(root.child("consent"), make, always=True)
        self.interview_form = ObjectForm(interview, make, exclude=_NARRATIVE_FIELDS, always=True)
        self.narrative_form = ObjectForm(interview, make, only=_NARRATIVE_FIELDS, keep_extra=False)
        for form, name in ((self.consent_form, "consent"), (self.interview_form, "interview")):
            form.setObjectName(name)
        self.narrative_form.setObjectName("interview")
        # Object pages are cheap and built now; list sections when first shown (list_section.py).
        self._sections: dict[str, ListSection] = {}
        self._ctx.sections = self._sections
        self.lists: Mapping[str, ListNode] = BuiltLists(self._sections)
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setMaximumWidth(230)
        self.sections.setMinimumWidth(190)
        self.sections.setToolTip(self.shortcut_help())
        self.stack = QStackedWidget()
        self._object_pages: dict[str, Page] = {}
        for section in SECTIONS:
            if section.is_list:
                lazy = ListSection(section.key, testimony_spec().child(section.key), self._page)
                lazy.edited.connect(self._edited)
                self._sections[section.key] = lazy
                self.stack.addWidget(lazy.holder)
            else:
                page = self._object_page(section.key, section.label())
                page.link_activated.connect(self.go_to)
                self._object_pages[section.key] = page
                self.stack.addWidget(page)
            self.sections.addItem(section.label())
        self.pages: Mapping[str, Page] = BuiltPages(self._object_pages, self._sections)
        layout = QHBoxLayout(self)
        layout.addWidget(self.sections)
        layout.addWidget(self.stack, 1)
        self.sections.currentRowChanged.connect(self._show_row)
        self.sections.setCurrentRow(0)
        for node in self._forms():
            node.edited.connect(self._edited)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(SECTIONS) and SECTIONS[row].key in self._sections:
            self._sections[SECTIONS[row].key].build()
        self.stack.setCurrentIndex(row)

    def _page(self, spec: Any) -> tuple[Page, ListNode]:
        """A list section's page (ListSection calls it when the page is first shown)."""
        key = spec.name
        title = next(section.label() for section in SECTIONS if section.key == key)
        page = Page(title, help_text(spec.description))
        node = list_node(spec, self._ctx, side_by_side=True)
        node.setObjectName(key)
        page.set_content(node)
        page.link_activated.connect(self.go_to)
        return page, node

    def _object_page(self, key: str, title: str) -> Page:
        root = testimony_spec()
        if key == "consent":
            page = Page(title, help_text(root.child("consent").description))
            box = QGroupBox(self.tr("Handling of this record"))
            QVBoxLayout(box).addWidget(self.record_form)
            page.set_scrolled_content([self.consent_form, box])
        elif key == "interview":
            page = Page(title, help_text(root.child("interview").description))
            page.set_scrolled_content([self.interview_form])
        else:
            narrative = root.child("interview").child("narrative")
            page = Page(title, help_text(narrative.description))
            page.set_scrolled_content([self.narrative_form])
        return page

    def _forms(self) -> list[ObjectForm]:
        return [self.record_form, self.consent_form, self.interview_form, self.narrative_form]

    def shortcut_help(self) -> str:
        return shortcut_help()

    # -- the document ---------------------------------------------------------------------
    def document(self) -> dict[str, Any]:
        """The record as the widgets hold it; empty optional fields and lists are left out."""
        doc: dict[str, Any] = {"schema": SCHEMA_ID, **copy.deepcopy(self._extra)}
        record = self.record_form.value()
        if record is not MISSING:
            doc.update(record)
        doc["consent"] = self.consent_form.value()
        narrative = self.narrative_form.value()
        doc["interview"] = {
            **self.interview_form.value(),
            **({} if narrative is MISSING else narrative),
        }
        for key, section in self._sections.items():
            found = section.value()
            if found is not MISSING:
                doc[key] = found
        return doc

    def set_document(self, doc: dict[str, Any]) -> None:
        doc = strip_provenance(doc)  # the vault's read-only block is never edited
        handled = {*_RECORD_FIELDS, "interview", "consent", *self._sections}
        self._extra = copy.deepcopy({k: v for k, v in doc.items() if k not in handled})
        self.record_form.set_value(doc)
        self.consent_form.set_value(doc.get("consent", MISSING))
        self.interview_form.set_value(doc.get("interview", MISSING))
        self.narrative_form.set_value(doc.get("interview", MISSING))
        for key, section in self._sections.items():
            section.set_value(doc.get(key, MISSING))
        self._refresh_refs()
        self._left_pending = False
        self.mark_clean()
        self._validate()
        self.sections.setCurrentRow(0)

    def replace_document(self, doc: dict[str, Any]) -> None:
        """Show ``doc`` as an edit of the record (the quick page's answers): still unsaved,
        compared with what the vault holds."""
        clean = self._clean
        self.set_document(doc)
        self._clean = clean
        self._set_dirty(self.document() != clean)

    def set_name_question(self, ask: AskName) -> None:
        """Who answers "New person: name?" for '+ New person…' (a dialog by default)."""
        self._ctx.ask_name = ask

    def set_remove_confirmation(self, confirm: Confirm) -> None:
        """Who answers "Remove entry 3 and everything in it?" (a dialog by default)."""
        self._ctx.confirm = confirm

    def testimony_id(self) -> str | None:
        found = self._extra.get("id")
        return found if isinstance(found, str) else None

    # -- dirty state ----------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self._clean = self.document()
        self._set_dirty(False)

    def mark_dirty(self) -> None:
        """The document differs from what the vault holds (e.g. a resumed draft)."""
        self._set_dirty(True)

    def mark_saved(self, testimony_id: str, version: int) -> None:
        """The window saved the document as ``version`` of ``testimony_id``."""
        self._extra["id"] = testimony_id
        self.mark_clean()
        self.saved.emit(testimony_id, version)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _edited(self) -> None:
        self._left_pending = True
        self._set_dirty(True)
        self._refresh_refs()
        self._refresh_sections()
        self._timer.start()

    def _refresh_refs(self) -> None:
        with self.refs.batch():
            for key in _REF_SECTIONS:
                if key in self._sections:  # a section the schema gained before this form shows
                    self.refs.update(key, self._sections[key].items())

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isAncestorOf(new):
            scroll_into_view(new)  # however the focus came: Tab, a shortcut, a link
        if not self._left_pending or old is None or not self.isAncestorOf(old):
            return
        if new is not None and new.window().windowType() == Qt.WindowType.Popup:
            return  # a drop-down of the same field opened
        self._left_pending = False
        if self._timer.isActive():  # show the field's problems as soon as it is left
            self._timer.stop()
            self._validate()
        self.field_left.emit()

    # -- validation -----------------------------------------------------------------------
    def issues(self) -> list[ValidationIssue]:
        """Every problem of the current document; also shown at the fields."""
        self._timer.stop()
        return self._validate()

    def _route(self, parts: Parts) -> tuple[str, str | ObjectForm | None, Parts]:
        """Page, top node (a list section by key: it may not be built) and the rest of the
        path for an issue's path."""
        head = parts[0] if parts else ""
        if head in _RECORD_FIELDS:
            return "consent", self.record_form, parts
        if head == "consent":
            return "consent", self.consent_form, parts[1:]
        if head == "interview":
            if parts[1:2] and parts[1] in _NARRATIVE_FIELDS:
                return "narrative", self.narrative_form, parts[1:]
            return "interview", self.interview_form, parts[1:]
        if isinstance(head, str) and head in self._sections:
            return head, head, parts[1:]
        return "consent", None, parts  # the record as a whole (schema, id, unknown fields)

    def _validate(self) -> list[ValidationIssue]:
        doc = self.document()
        self._issues = collect_issues(doc, self._vocab)
        per_form: dict[int, list[Issue]] = {id(form): [] for form in self._forms()}
        per_list: dict[str, list[Issue]] = {key: [] for key in self._sections}
        per_page: dict[str, list[ValidationIssue]] = {section.key: [] for section in SECTIONS}
        for issue in self._issues:
            page, node, rest = self._route(parse_path(issue.path))
            per_page[page].append(issue)
            if isinstance(node, str):
                per_list[node].append((rest, issue.message))
            elif node is not None:
                per_form[id(node)].append((rest, issue.message))
        for form in self._forms():
            form.show_issues(per_form[id(form)])
        for key, section in self._sections.items():
            section.show_issues(per_list[key], per_page[key])
        for key, shown in self._object_pages.items():
            shown.show_issues(per_page[key])
        self._page_issues = {key: len(found) for key, found in per_page.items()}
        self._refresh_sections()
        self._set_dirty(doc != self._clean)
        return list(self._issues)

    def _refresh_sections(self) -> None:
        counts = getattr(self, "_page_issues", {})
        for row, section in enumerate(SECTIONS):
            text = section.label()
            count = self._sections[section.key].count() if section.key in self._sections else 0
            if count:
                text = self.tr("%1 (%2)").replace("%1", text).replace("%2", str(count))
            problems = counts.get(section.key, 0)
            item = self.sections.item(row)
            if problems:
                text += "  ⚠ " + str(problems)
                item.setToolTip(self.tr("Problems: %1").replace("%1", str(problems)))
            else:
                item.setToolTip(self.shortcut_help())
            item.setText(text)

    # -- navigation -----------------------------------------------------------------------
    def step_section(self, step: int) -> None:
        row = max(0, min(self.sections.count() - 1, self.sections.currentRow() + step))
        self.show_section(SECTIONS[row].key)

    def current_section(self) -> str:
        return SECTIONS[max(0, self.sections.currentRow())].key

    def show_section(self, key: str) -> None:
        row = [section.key for section in SECTIONS].index(key)
        self.sections.setCurrentRow(row)
        first = self._first_node(key)
        if first is not None:
            first.focus_widget().setFocus(Qt.FocusReason.TabFocusReason)

    def _first_node(self, key: str) -> Node | None:
        if key in self._sections:
            return self._sections[key].build()
        form = {"consent": self.consent_form, "interview": self.interview_form}.get(
            key, self.narrative_form
        )
        return form

    def field(self, path: str) -> Node | None:
        """The node that edits ``path`` (``persons[0].birth_date``), its entry selected."""
        page, node, rest = self._route(parse_path(path))
        self.sections.setCurrentRow([s.key for s in SECTIONS].index(page))  # builds the page
        found = self._sections[node].build() if isinstance(node, str) else node
        return found.locate(rest) if found is not None else None

    def go_to(self, path: str) -> None:
        """Show and focus the field of ``path``, e.g. from a link in the problem list."""
        node = self.field(path)
        if node is None:
            return
        widget = node.focus_widget()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll_into_view(widget)
