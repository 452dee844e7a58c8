"""Identifying fields (``x-sensitive``: names, case code, birth date, contact) follow the
privacy screen, as every other place a name is drawn does (app/ui/privacy.py).

Interviews happen in cafés and on trains: with the screen on, a glance at the editor must not
give away who the informant is, so such a field shows dots. It shows what it holds while the
interviewer works in it (the keyboard focus is in the field, or in one of its parts: a name in
a list of names, a date's precision) and is masked again as soon as they move on, so a reveal
never outlives the entry it was meant for. With the screen off, it shows what it holds, as the
quick page's name fields do: one rule, not a second switch per field.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import shiboken6
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from app.ui import privacy
from app.ui.clipboard import SensitiveCopy
from app.ui.editor.fields import Node
from app.ui.editor.issues import Issue, Parts

__all__ = ["SensitiveNode"]


class SensitiveNode(Node):
    def __init__(self, inner: Node) -> None:
        super().__init__(inner.spec)
        self.inner = inner
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(inner, 1)
        self.setFocusProxy(inner)
        self._copy_guard = SensitiveCopy(self)
        self._copy_guard.watch_all(inner)
        inner.edited.connect(self.edited)
        self._masked: bool | None = None
        privacy.screen().changed.connect(self._toggled)
        application = QApplication.instance()
        if isinstance(application, QApplication):
            application.focusChanged.connect(self._focus_moved)
        self._follow()

    def _has_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and (focused is self or self.isAncestorOf(focused))

    def _follow(self) -> None:
        masked = privacy.enabled() and not self._has_focus()
        if masked != self._masked:
            self._masked = masked
            self.inner.set_masked(masked)

    def _toggled(self, _on: bool) -> None:
        self._follow()

    def _focus_moved(self, _old: QWidget | None, _now: QWidget | None) -> None:
        # The application's signal: a node being destroyed may still hear it once.
        if shiboken6.isValid(self):
            self._follow()

    def is_masked(self) -> bool:
        return bool(self._masked)

    def value(self) -> Any:
        return self.inner.value()

    def set_value(self, value: Any) -> None:
        self.inner.set_value(value)
        self._masked = None  # another entry: drawn afresh by the rule
        self._follow()

    def focus_widget(self) -> QWidget:
        return self.inner.focus_widget()

    def show_issues(self, issues: Sequence[Issue]) -> None:
        self.inner.show_issues(issues)

    def locate(self, parts: Parts) -> Node | None:
        return self.inner.locate(parts)

    def display(self, value: Any) -> str:
        return self.inner.display(value)

    def set_masked(self, masked: bool) -> None:
        """Masking is the privacy screen's business; an outer request only applies it again."""
        self._masked = None
        self._follow()
