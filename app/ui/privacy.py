"""The privacy screen: how an identifying name looks on screen, decided here for every view.

Interviews happen in cafés and on trains. With the privacy screen on (Settings; off by
default, kept in the app settings, never in the vault), a name is shown as its initials and
each digit of a birth date as a dot: "Сяргей Баравік (1990-01-01)" reads "С. Б. (••••-••-••)".
The interviewer, who knows whom they are talking about, still tells the rows apart; someone
looking over their shoulder learns nothing they could search for.

A name is shown in clear only where the interviewer is working with it:
- a field (a name being typed, the search box) while it has the keyboard focus;
- in a list, the current row while the list has the keyboard focus: moving through the
  list with the arrow keys shows one name at a time, the one about to be opened. Clicking
  or tabbing elsewhere masks it again.

Every view that draws a name asks here: the lists, pickers and timelines, the editor's
identifying fields, the History, and the bundle dialogs (through app/ui/sync/words.ref_text).
Only what is drawn changes: the vault, searches and exports hold the names as recorded.
Turning the screen on or off takes effect at once in every open view (`changed`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from app.ui import settings

__all__ = [
    "PRIVATE_ROLE",
    "PrivateItem",
    "PrivateLine",
    "PrivateNames",
    "enabled",
    "follow",
    "keep_text",
    "mask",
    "screen",
    "set_enabled",
    "shown",
]

# A source model answers True for this role on the cells that hold a name or a birth date.
PRIVATE_ROLE = Qt.ItemDataRole.UserRole + 77
DOT = "\u2022"
# A word: a letter, then letters, digits, apostrophes, hyphens, and a dot already there (so
# that masking initials again leaves them as they are).
_WORD = re.compile(r"([^\W\d_])[\w'’\-]*\.?")
_DIGITS = re.compile(r"\d")
_MASKED_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
_HIDDEN_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole)


def mask(text: str) -> str:
    """Initials for words, a dot for each digit; punctuation, spaces and bidi marks stay."""
    initials = _WORD.sub(lambda word: word[1].upper() + ".", text)
    return _DIGITS.sub(DOT, initials)


class PrivacyScreen(QObject):
    """The setting in memory, so that drawing a cell never reads the settings file."""

    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.on = settings.privacy_screen()

    def set_enabled(self, on: bool) -> None:
        settings.set_privacy_screen(on)
        if on != self.on:
            self.on = on
            self.changed.emit(on)


@functools.cache
def screen() -> PrivacyScreen:
    """One setting for the whole application."""
    return PrivacyScreen()


def enabled() -> bool:
    return screen().on


def set_enabled(on: bool) -> None:
    screen().set_enabled(on)


def shown(text: str, revealed: bool = False) -> str:
    """`text` as it may be drawn now."""
    return text if revealed or not enabled() else mask(text)


def _current_row_focused(view: QAbstractItemView | None, row: int) -> bool:
    return view is not None and view.hasFocus() and view.currentIndex().row() == row


class _Repaint(QObject):
    """Calls `again` when the screen is toggled, the view gains or loses the focus, or its
    current row moves: the three things that change what a private cell shows."""

    def __init__(self, view: QAbstractItemView, again: Callable[[], None]) -> None:
        super().__init__(view)
        self._again = again
        view.installEventFilter(self)
        screen().changed.connect(self._toggled)
        selection = view.selectionModel()
        if selection is not None:
            selection.currentRowChanged.connect(self._moved)

    def _toggled(self, _on: bool) -> None:
        self._again()

    def _moved(self, _now: QModelIndex, _before: QModelIndex) -> None:
        if enabled():
            self._again()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        focus = event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut)
        # A view being destroyed loses the focus too: nothing to redraw then.
        if focus and enabled() and shiboken6.isValid(watched):
            self._again()
        return False


class PrivateNames(QIdentityProxyModel):
    """A list's model as drawn: the source's private cells masked, but for the current row
    of `view` while it has the focus. Sorting, filtering and ids go through untouched."""

    def __init__(self, source: QAbstractItemModel, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self.setSourceModel(source)
        view.setModel(self)  # before _Repaint: it follows this model's selection
        _Repaint(view, self._everything_changed)

    def _everything_changed(self) -> None:
        rows, columns = self.rowCount(), self.columnCount()
        if rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        value = super().data(index, role)
        if role not in _MASKED_ROLES and role not in _HIDDEN_ROLES:
            return value
        if not enabled() or not super().data(index, PRIVATE_ROLE):
            return value
        if _current_row_focused(self._view, index.row()):
            return value
        return mask(str(value)) if role in _MASKED_ROLES and value is not None else None


class PrivateItem(QTableWidgetItem):
    """A table cell holding a name or a birth date, drawn by the same rule; `masked` when
    only part of the text is a name (a sentence that quotes one)."""

    def __init__(self, text: str, masked: str | None = None) -> None:
        super().__init__(text)
        self._masked = masked

    def data(self, role: int) -> Any:
        value = super().data(role)
        if role not in _MASKED_ROLES and role not in _HIDDEN_ROLES:
            return value
        if not enabled() or _current_row_focused(self.tableWidget(), self.row()):
            return value
        if role not in _MASKED_ROLES or value is None:
            return None
        return self._masked if self._masked is not None else mask(str(value))


def follow(view: QAbstractItemView) -> None:
    """A table of PrivateItem cells is redrawn when what they may show changes."""
    _Repaint(view, view.viewport().update)


class PrivateLine(QLineEdit):
    """A line showing its text only while it has the focus (dots otherwise). Focus handlers,
    not an event filter: a line being destroyed loses the focus too, and a filter would then
    touch a half-deleted widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        screen().changed.connect(self._toggled)
        self._follow(focused=False)

    def _follow(self, focused: bool) -> None:
        hidden = enabled() and not focused
        mode = QLineEdit.EchoMode.Password if hidden else QLineEdit.EchoMode.Normal
        if self.echoMode() != mode:
            self.setEchoMode(mode)

    def _toggled(self, _on: bool) -> None:
        self._follow(self.hasFocus())

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._follow(focused=True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._follow(focused=False)
        super().focusOutEvent(event)


class _LabelText(QObject):
    def __init__(self, label: QLabel, compose: Callable[[], str]) -> None:
        super().__init__(label)
        self._label, self._compose = label, compose
        screen().changed.connect(self._toggled)
        label.setText(compose())

    def _toggled(self, _on: bool) -> None:
        self._label.setText(self._compose())


def keep_text(label: QLabel, compose: Callable[[], str]) -> None:
    """A heading built with `shown(...)`: composed again whenever the screen is toggled."""
    _LabelText(label, compose)
