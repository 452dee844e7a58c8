"""Repeated sub-records (persons, episodes, places ...) as a list with the chosen entry's form.

There is one detail form per list, filled with whichever entry is selected. Building it once
keeps the tab order fixed (the form's widgets are created in reading order) and keeps
switching between entries cheap for lists of hundreds of entries.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.editor.fields import MISSING, Node, mark
from app.ui.editor.form import ObjectForm
from app.ui.editor.issues import Issue, Parts, message_text
from app.ui.editor.schema import FieldSpec

__all__ = ["ListNode"]

Confirm = Callable[[QWidget, str], bool]
_ISSUE_COLOUR = QColor("#a12a1d")


class ListNode(Node):
    def __init__(
        self,
        spec: FieldSpec,
        detail: ObjectForm,
        *,
        summary: Callable[[ObjectForm, Any], str],
        new_item: Callable[[], dict[str, Any]],
        confirm: Confirm,
        side_by_side: bool,
    ) -> None:
        super().__init__(spec)
        self.detail = detail
        self._summary = summary
        self._new_item = new_item
        self._confirm = confirm
        self.items: list[Any] = []
        self._issues: dict[int, list[Issue]] = {}
        self._masked = False

        self.list = QListWidget()
        self.list.setObjectName("entries")
        self.list.setToolTip(
            self.tr("Ctrl+N adds an entry, Delete removes it, Ctrl+Shift+Up/Down moves it.")
        )
        self.add_button = self._button(self.tr("Add"), self.tr("Add an entry (Ctrl+N)"))
        self.remove_button = self._button(self.tr("Remove"), self.tr("Remove the entry (Delete)"))
        self.up_button = self._button(self.tr("Up"), self.tr("Move up (Ctrl+Shift+Up)"))
        self.down_button = self._button(self.tr("Down"), self.tr("Move down (Ctrl+Shift+Down)"))
        self.empty_hint = QLabel(self.tr("No entries yet: Add or Ctrl+N."))
        self.empty_hint.setObjectName("hint")
        self._layout(side_by_side)

        for keys, slot in (
            ("Ctrl+N", self.add),
            ("Delete", self.remove),
            ("Ctrl+Shift+Up", lambda: self.move_entry(-1)),
            ("Ctrl+Shift+Down", lambda: self.move_entry(1)),
        ):
            # Bound to the list itself: nested lists would otherwise compete for the keys.
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_entry(-1))
        self.down_button.clicked.connect(lambda: self.move_entry(1))
        self.list.currentRowChanged.connect(self._select)
        detail.edited.connect(self._detail_edited)
        self._select(-1)

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _layout(self, side_by_side: bool) -> None:
        buttons = QBoxLayout(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.frame = QFrame()
        frame_layout = QVBoxLayout(self.frame)
        frame_layout.addWidget(self.empty_hint)
        frame_layout.addWidget(self.detail)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if side_by_side:
            # A top-level section: entries on the left, the chosen entry's form on the right,
            # with a splitter so a long summary or a wide form can take the room it needs.
            # Rows wrap: the whole summary (name, date, facility) stays readable.
            self.list.setWordWrap(True)
            self.list.setSpacing(1)
            left = QWidget()
            left_layout = QVBoxLayout(left)
            left_layout.setContentsMargins(0, 0, 0, 0)
            left_layout.addWidget(self.list, 1)
            left_layout.addLayout(buttons)
            left.setMinimumWidth(200)
            frame_layout.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(self.frame)
            self.scroller: QScrollArea | None = scroll
            splitter = QSplitter(Qt.Orientation.Horizontal)
            splitter.setChildrenCollapsible(False)
            splitter.addWidget(left)
            splitter.addWidget(scroll)
            splitter.setStretchFactor(0, 1)
            splitter.setStretchFactor(1, 3)
            splitter.setSizes([280, 700])
            layout = QHBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(splitter)
        else:
            # Nested inside an entry: a short list with its buttons, the form below it.
            self.scroller = None
            self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
            self.frame.setFrameShape(QFrame.Shape.StyledPanel)
            self.list.setMaximumHeight(110)
            top = QHBoxLayout()
            top.addWidget(self.list, 1)
            top.addLayout(buttons)
            column = QVBoxLayout(self)
            column.setContentsMargins(0, 0, 0, 0)
            column.addLayout(top)
            column.addWidget(self.frame)

    # -- entries --------------------------------------------------------------------------
    def _row_text(self, row: int) -> str:
        text = self._summary(self.detail, self.items[row]) or self.tr("New entry")
        return f"{row + 1}. {text}"

    def _refresh_row(self, row: int) -> None:
        item = self.list.item(row)
        if item is None:
            return
        messages = [message_text(m) for _, m in self._issues.get(row, [])]
        text = self._row_text(row)
        item.setText(f"⚠ {text}" if messages else text)
        item.setToolTip("\n".join([text, *messages]))
        item.setForeground(QBrush(_ISSUE_COLOUR) if messages else QBrush())

    def _rebuild(self, select: int) -> None:
        with self.loading():
            self.list.clear()
            self.list.addItems(["" for _ in self.items])
            for row in range(len(self.items)):
                self._refresh_row(row)
        self.list.setCurrentRow(min(select, len(self.items) - 1))
        self._select(self.list.currentRow())

    def _select(self, row: int) -> None:
        has = 0 <= row < len(self.items)
        self.detail.setVisible(has)
        self.empty_hint.setVisible(not self.items)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self.items) - 1)
        self.detail.set_value(self.items[row] if has else MISSING)
        self.detail.show_issues(self._issues.get(row, []) if has else [])

    def _detail_edited(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            found = self.detail.value()
            self.items[row] = {} if found is MISSING else found
            self._refresh_row(row)
            self.list.doItemsLayout()
            self.edited.emit()

    def add(self) -> None:
        self.items.append(self._new_item())
        self._issues = {}  # stale until the next validation pass
        self._rebuild(len(self.items) - 1)
        self.detail.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def append(self, item: dict[str, Any]) -> None:
        """Add an entry made elsewhere (a person named in a picker) without moving the
        interviewer: the selection and the focus stay where they are."""
        row = self.list.currentRow()
        self.items.append(item)
        self._issues = {}
        self._rebuild(row)
        self.edited.emit()

    def remove(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.items):
            return
        if self.items[row] and not self._confirm(
            self, self.tr("Remove entry %1 and everything in it?").replace("%1", str(row + 1))
        ):
            return
        del self.items[row]
        self._issues = {}
        self._rebuild(row)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def move_entry(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return
        self.items[row], self.items[target] = self.items[target], self.items[row]
        self._issues = {}
        self._rebuild(target)
        self.edited.emit()

    def count(self) -> int:
        return len(self.items)

    # -- Node -----------------------------------------------------------------------------
    def focus_widget(self) -> QWidget:
        return self.list

    def value(self) -> Any:
        if self.items:
            return copy.deepcopy(self.items)
        return [] if self.spec.required else MISSING

    def set_value(self, value: Any) -> None:
        self.items = copy.deepcopy(value) if isinstance(value, list) else []
        self._issues = {}
        self._rebuild(0)

    def show_issues(self, issues: Sequence[Issue]) -> None:
        own = [m for parts, m in issues if not parts or not isinstance(parts[0], int)]
        mark(self.list, own, self.list.toolTip())
        self._issues = {}
        for parts, message in issues:
            if parts and isinstance(parts[0], int):
                self._issues.setdefault(parts[0], []).append((parts[1:], message))
        for row in range(len(self.items)):
            self._refresh_row(row)
        self.list.doItemsLayout()  # wrapped rows change height with the warning sign
        row = self.list.currentRow()
        self.detail.show_issues(self._issues.get(row, []))

    def issue_rows(self) -> dict[int, list[Issue]]:
        return dict(self._issues)

    def locate(self, parts: Parts) -> Node | None:
        if parts and isinstance(parts[0], int) and 0 <= parts[0] < len(self.items):
            self.list.setCurrentRow(parts[0])
            return self.detail.locate(parts[1:])
        return self

    def display(self, value: Any) -> str:
        return str(len(value)) if isinstance(value, list) and value else ""

    def set_masked(self, masked: bool) -> None:
        self._masked = masked
        self.detail.set_masked(masked)
        for row in range(len(self.items)):
            self._refresh_row(row)

    def ensure_visible(self, widget: QWidget) -> None:
        if self.scroller is not None:
            self.scroller.ensureWidgetVisible(widget)
