"""A list section of the editor (Persons, Detention episodes …), built the first time it is
shown.

A complete testimony has some twenty list sections, each with a detail form of dozens of
fields; building all of them took most of the second an editor needed to open while a relative
waited. Until its page is first shown, a section keeps its entries as the record holds them:
the document, validation, the problems panel, the pickers' refs and the section counts read
them from there, so nothing depends on which pages the interviewer happened to visit.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.record import ValidationIssue
from app.ui.editor.fields import MISSING
from app.ui.editor.issues import Issue
from app.ui.editor.list_detail import ListNode
from app.ui.editor.pages import Page
from app.ui.editor.schema import FieldSpec
from app.ui.editor.sections import SECTIONS
from app.ui.editor.wait import busy

__all__ = ["BuiltLists", "BuiltPages", "ListSection"]

SECTION_KEYS = tuple(section.key for section in SECTIONS)
MakePage = Callable[[FieldSpec], tuple[Page, ListNode]]


class ListSection(QObject):
    edited = Signal()  # the interviewer changed an entry (built or not: a person named in a picker)

    def __init__(self, key: str, spec: FieldSpec, make: MakePage) -> None:
        super().__init__()
        self.key = key
        self.spec = spec
        self._make = make
        self.holder = QWidget()  # the stack's page; the real page goes in when first shown
        self.holder.setObjectName(f"section_{key}")
        self._column = QVBoxLayout(self.holder)
        self._column.setContentsMargins(0, 0, 0, 0)
        self.node: ListNode | None = None
        self.page: Page | None = None
        self._loaded: list[Any] = []  # the entries while unbuilt
        self._issues: list[Issue] = []
        self._page_issues: list[ValidationIssue] = []

    def build(self) -> ListNode:
        """The section's widgets, made now if they were not yet, showing the current entries
        and problems."""
        return self._built()[1]

    def built_page(self) -> Page:
        return self._built()[0]

    def _built(self) -> tuple[Page, ListNode]:
        if self.page is not None and self.node is not None:
            return self.page, self.node
        with busy():
            page, node = self._make(self.spec)
            node.set_value(self._loaded)
            node.show_issues(self._issues)
            page.show_issues(self._page_issues)
            self._column.addWidget(page)
        self.page, self.node, self._loaded = page, node, []
        node.edited.connect(self.edited)
        return page, node

    # -- the entries, from the widgets once built ------------------------------------------
    def items(self) -> list[Any]:
        return self.node.items if self.node is not None else self._loaded

    def count(self) -> int:
        return len(self.items())

    def value(self) -> Any:
        """As ListNode.value: the entries, ``[]`` for a required empty list, else MISSING."""
        if self.node is not None:
            return self.node.value()
        if self._loaded:
            return copy.deepcopy(self._loaded)
        return [] if self.spec.required else MISSING

    def set_value(self, value: Any) -> None:
        if self.node is not None:
            self.node.set_value(value)
        else:  # as ListNode.set_value keeps it
            self._loaded = copy.deepcopy(value) if isinstance(value, list) else []

    def append(self, item: dict[str, Any]) -> None:
        """An entry made elsewhere (a person named in a picker of another section)."""
        if self.node is not None:
            self.node.append(item)
        else:
            self._loaded.append(item)
            self.edited.emit()

    def show_issues(self, issues: Sequence[Issue], page_issues: Sequence[ValidationIssue]) -> None:
        self._issues, self._page_issues = list(issues), list(page_issues)
        if self.node is not None and self.page is not None:
            self.node.show_issues(self._issues)
            self.page.show_issues(self._page_issues)


class BuiltLists(Mapping[str, ListNode]):
    """``editor.lists``: a section's list, built when asked for (a caller that wants the
    widgets wants the page too). The editor itself reads entries through ListSection."""

    def __init__(self, sections: Mapping[str, ListSection]) -> None:
        self._sections = sections

    def __getitem__(self, key: str) -> ListNode:
        return self._sections[key].build()

    def __iter__(self) -> Iterator[str]:
        return iter(self._sections)

    def __len__(self) -> int:
        return len(self._sections)


class BuiltPages(Mapping[str, Page]):
    """``editor.pages``, in section order: a list section's page is built when asked for."""

    def __init__(self, forms: Mapping[str, Page], lists: Mapping[str, ListSection]) -> None:
        self._forms, self._lists = forms, lists

    def __getitem__(self, key: str) -> Page:
        return self._forms[key] if key in self._forms else self._lists[key].built_page()

    def __iter__(self) -> Iterator[str]:
        return iter(SECTION_KEYS)

    def __len__(self) -> int:
        return len(SECTION_KEYS)
