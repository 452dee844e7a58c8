"""Fields that choose from a list: the form's own enums, vocabulary codes, refs to persons and
items, and multi-selections of any of these.

What is stored is always the code (``beating``, ``p2``); what is shown is its label in the
interface language. A value the lists do not know (an old code, a ref to a removed person) is
kept and shown with a warning sign rather than silently replaced: validation then names it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import VocabularySet
from app.ui.editor.fields import MISSING, Combo, Node, mark
from app.ui.editor.issues import Issue
from app.ui.editor.labels import enum_label
from app.ui.editor.new_person import NEW_PERSON, new_person_label
from app.ui.editor.refs import RefRegistry
from app.ui.editor.schema import FieldSpec

__all__ = [
    "CheckListNode",
    "EnumNode",
    "RefNode",
    "SearchNode",
    "VocabNode",
    "vocabulary_options",
]

Options = list[tuple[str, str]]
AddPerson = Callable[[QWidget], str | None]  # asks for a name, adds the person, gives the ref
UNKNOWN = "⚠ {}"
# Codes that mean something to the reader (article numbers) are shown before the label.
CODE_SHOWN = frozenset({"criminal_code_articles"})


def vocabulary_options(vocab: VocabularySet, name: str, lang: str) -> Options:
    terms = vocab.terms(name)
    if name in CODE_SHOWN:
        return [(t.code, f"{t.code} — {t.picker_label(lang)}") for t in terms]
    return [(t.code, t.picker_label(lang)) for t in terms]


class _ComboNode(Node):
    """A combo box whose item data is the stored code; item 0 is "not given"."""

    def __init__(self, spec: FieldSpec, editable: bool = False) -> None:
        super().__init__(spec)
        self.combo = Combo()
        self.combo.setEditable(editable)
        self.combo.setToolTip(self.help)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._changed)

    def focus_widget(self) -> QWidget:
        return self.combo

    def fill(self, options: Options, empty: str = "—") -> None:
        keep = self.value()
        with self.loading():
            self.combo.clear()
            # Every item carries a string: reading a missing userData back from PySide6 6.12
            # returns None without a reference, and Python 3.11 then crashes freeing None.
            self.combo.addItem(empty, "")
            for code, label in options:
                self.combo.addItem(label, code)
                self.combo.setItemData(self.combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
            self.set_value(keep)

    def value(self) -> Any:
        code = self.combo.currentData()
        return code if isinstance(code, str) and code else MISSING

    def set_value(self, value: Any) -> None:
        with self.loading():
            if not isinstance(value, str) or not value:
                self.combo.setCurrentIndex(0)
                return
            index = self.combo.findData(value)
            if index < 0:
                self.combo.addItem(UNKNOWN.format(value), value)
                index = self.combo.count() - 1
            self.combo.setCurrentIndex(index)

    def display(self, value: Any) -> str:
        index = self.combo.findData(value) if isinstance(value, str) else -1
        return self.combo.itemText(index).removeprefix("⚠ ") if index > 0 else ""


class EnumNode(_ComboNode):
    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.fill([(value, enum_label(value)) for value in spec.enum])
        # Short fixed answers: a narrow box reads as a choice, not as a line of text.
        self.combo.setMaximumWidth(320)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setAlignment(self.combo, Qt.AlignmentFlag.AlignLeft)


class SearchNode(_ComboNode):
    """A long list to pick from by typing (a vocabulary, countries, languages): the completer
    matches anywhere in the labels of the UI language; the code is stored."""

    def __init__(self, spec: FieldSpec, options: Options) -> None:
        super().__init__(spec, editable=True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.fill(options, empty="")
        completer = self.combo.completer()
        line = self.combo.lineEdit()
        if completer is None or line is None:  # an editable combo always has both
            raise RuntimeError("editable combo box without a completer")
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # The context of the vocabulary picker this grew from: its translations stay.
        line.setPlaceholderText(QCoreApplication.translate("VocabNode", "Type to search…"))
        line.textEdited.connect(self._changed)
        # Full labels in the drop-down even when the field itself is narrow.
        self.combo.view().setMinimumWidth(420)
        # Search text is not an answer yet: its problems wait until the picker is left.
        self._waiting: Sequence[Issue] | None = None
        line.editingFinished.connect(self._show_waiting)

    def show_issues(self, issues: Sequence[Issue]) -> None:
        line = self.combo.lineEdit()
        typing = line is not None and line.hasFocus() and line.isModified()
        if issues and typing:
            self._waiting = issues
            super().show_issues([])
            return
        self._waiting = None
        super().show_issues(issues)

    def _show_waiting(self) -> None:
        line = self.combo.lineEdit()
        if line is not None:
            line.setModified(False)
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            super().show_issues(waiting)

    def set_value(self, value: Any) -> None:
        super().set_value(value)
        line = self.combo.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # a long label reads from its start

    def value(self) -> Any:
        text = self.combo.currentText().strip()
        if not text:
            return MISSING
        current = self.combo.currentIndex()
        if current > 0 and self.combo.itemText(current) == text:
            return self.combo.itemData(current)
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return self.combo.itemData(index)
        for row in range(1, self.combo.count()):  # the code itself was typed ("lt" for LT)
            code = self.combo.itemData(row)
            if isinstance(code, str) and code.casefold() == text.casefold():
                return code
        return text  # not a term: kept so validation can say so at this field


class VocabNode(SearchNode):
    """A term of one of the domain's vocabularies."""

    def __init__(self, spec: FieldSpec, vocab: VocabularySet, lang: str) -> None:
        super().__init__(spec, vocabulary_options(vocab, spec.vocabulary, lang))


class RefNode(_ComboNode):
    """A person (or episode, case, item) of this record, refreshed whenever they change.

    A person picker ends with "+ New person…" (see new_person.py) when given ``add_person``.
    """

    def __init__(
        self, spec: FieldSpec, refs: RefRegistry, add_person: AddPerson | None = None
    ) -> None:
        super().__init__(spec)
        self._refs = refs
        self._add_person = add_person if spec.ref_target == "person" else None
        self._refresh()
        refs.changed.connect(self._refresh)
        self.combo.activated.connect(self._activated)

    def _refresh(self) -> None:
        options = self._refs.options(self.spec.ref_target)
        if self._add_person is not None:
            options = [*options, (NEW_PERSON, new_person_label())]
        self.fill(options)

    def value(self) -> Any:
        found = super().value()
        return MISSING if found == NEW_PERSON else found

    def _activated(self, index: int) -> None:
        if self.combo.itemData(index) != NEW_PERSON or self._add_person is None:
            return
        ref = self._add_person(self)
        with self.loading():
            self.set_value(ref if ref is not None else MISSING)
        self._changed()


class _ListKeys(QObject):
    """Down in the filter line moves into the list, so the list is reachable without a mouse."""

    def __init__(self, target: QListWidget) -> None:
        super().__init__(target)
        self._target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if pressed and event.key() == Qt.Key.Key_Down:  # type: ignore[attr-defined]
            self._target.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False


class CheckListNode(Node):
    """A compact multi-select: a filter line over a list of check boxes (Space toggles).

    The stored order is kept: codes loaded from the record stay in their order, newly ticked
    ones are appended, so opening and saving a record does not reorder its lists.
    """

    FILTER_FROM = 10  # shorter lists need no filter line
    MAX_ROWS = 14  # consent scopes (13) must all be visible at once: no scope goes unseen

    def __init__(
        self,
        spec: FieldSpec,
        options: Callable[[], Options],
        refs: RefRegistry | None = None,
        *,
        leave_out_empty: bool = False,
    ) -> None:
        super().__init__(spec)
        self._options = options
        self._leave_out_empty = leave_out_empty
        self._order: list[str] = []
        self._shown: Options = []  # the entries the list holds now
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setToolTip(self.help)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.installEventFilter(_ListKeys(self.list))
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemChanged.connect(self._item_changed)
        self._populate()
        if refs is not None:
            refs.changed.connect(self._populate)

    def focus_widget(self) -> QWidget:
        return self.list

    def _populate(self) -> None:
        options = self._options()
        known = {code for code, _ in options}
        entries = options + [(c, UNKNOWN.format(c)) for c in self._order if c not in known]
        if entries == self._shown:  # another entry of the same list: only the ticks change
            self._tick()
            return
        self._shown = entries
        with self.loading():
            self.list.clear()
            for code, label in entries:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setToolTip(label)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = code in self._order
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        self.filter.setVisible(len(entries) >= self.FILTER_FROM)
        rows = max(2, min(len(entries), self.MAX_ROWS))
        height = self.list.sizeHintForRow(0) if entries else 0
        height = height if height > 0 else self.list.fontMetrics().height() + 4
        self.list.setFixedHeight(rows * height + 2 * self.list.frameWidth() + 2)
        self._apply_filter(self.filter.text())

    def _tick(self) -> None:
        with self.loading():
            for row in range(self.list.count()):
                item = self.list.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in self._order
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            code = str(item.data(Qt.ItemDataRole.UserRole))
            hit = not needle or needle in item.text().casefold() or needle in code
            item.setHidden(not hit)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        code = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked and code not in self._order:
            self._order.append(code)
        elif item.checkState() != Qt.CheckState.Checked and code in self._order:
            self._order.remove(code)
        self.edited.emit()

    def value(self) -> Any:
        if self._order:
            return list(self._order)
        return [] if self.spec.required and not self._leave_out_empty else MISSING

    def set_value(self, value: Any) -> None:
        self._order = [str(v) for v in value] if isinstance(value, list) else []
        self._populate()

    def display(self, value: Any) -> str:
        if not isinstance(value, list):
            return ""
        labels = dict(self._options())
        return ", ".join(labels.get(str(code), str(code)) for code in value)

    def show_issues(self, issues: Sequence[Issue]) -> None:
        mark(self.list, [message for _, message in issues], self.help)
