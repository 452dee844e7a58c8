"""Drives real editor widgets the way an interviewer would and counts what it costs them.

Typed text is free (the interviewer has to type the testimony anyway); every other action is
counted once: a click into a field, a click on a section or a button, a tick, a key such as
Ctrl+S. Choosing from a drop-down is two actions (open it, pick the entry); a type-to-search
picker is one click plus the search text (free) plus one pick. The counts compare the same
testimony recorded through two forms, so the rules only need to be the same for both.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QListWidget, QWidget

from app.ui.editor.choices import CheckListNode
from app.ui.editor.fields import Node
from tests.ui.test_editor_support import type_text


class Interviewer:
    """Counts the actions besides typed text; each method is one gesture on a real widget."""

    def __init__(self) -> None:
        self.actions = 0

    def click(self, widget: QWidget) -> None:
        """A click on a button, a field or a check box."""
        self.actions += 1
        if isinstance(widget, QCheckBox):  # on the box itself: the row may be wider
            box = QPoint(widget.iconSize().width() // 2 + 2, widget.height() // 2)
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=box)
        elif isinstance(widget, QAbstractButton):
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            widget.setFocus(Qt.FocusReason.MouseFocusReason)

    def key(
        self, widget: QWidget, key: Qt.Key, modifiers: Any = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.actions += 1
        QTest.keyClick(widget, key, modifiers)

    def fill(self, node: Node | QWidget, text: str) -> None:
        """Click into a text or date field and type."""
        widget = node.focus_widget() if isinstance(node, Node) else node
        self.click(widget)
        type_text(widget, text)

    def choose(self, node: Node | QComboBox, code: str, search: str = "") -> None:
        """Open a drop-down and pick ``code``; with ``search``, type it first (a picker)."""
        combo = node if isinstance(node, QComboBox) else node.focus_widget()
        assert isinstance(combo, QComboBox), combo
        if combo.currentData() == code:
            return  # already the right answer (a default): nothing to do
        self.click(combo)
        if search:
            line = combo.lineEdit()
            assert line is not None, "only a picker can be searched"
            type_text(line, search)
        index = combo.findData(code)
        assert index >= 0, f"{code!r} is not offered"
        self.actions += 0 if search else 1  # open the list (a picker's list opens on typing)
        self.actions += 1  # pick the entry
        combo.setCurrentIndex(index)
        if search:
            combo.activated.emit(index)

    def tick(self, node: CheckListNode | QListWidget, code: str) -> None:
        """Tick one entry of a check list (a click on its box)."""
        found = node.list if isinstance(node, CheckListNode) else node
        for row in range(found.count()):
            item = found.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                self.actions += 1
                found.setCurrentItem(item)
                item.setCheckState(Qt.CheckState.Checked)
                return
        raise AssertionError(f"{code!r} is not in the list")

    def select_row(self, widget: QListWidget, row: int) -> None:
        """A click on a row of a list (a section, an entry)."""
        self.actions += 1
        widget.setCurrentRow(row)
