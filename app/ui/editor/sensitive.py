"""Identifying fields (``x-sensitive``: names, case code, birth date, contact) stay masked until
the interviewer asks to see them.

Interviews happen in cafés and on trains: a glance at the screen must not give away who the
informant is. Each such field gets a small "Show" toggle; loading another record or another
person masks it again, so a reveal never outlives the entry it was meant for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from app.ui.clipboard import SensitiveCopy
from app.ui.editor.fields import Node
from app.ui.editor.issues import Issue, Parts

__all__ = ["SensitiveNode"]


class SensitiveNode(Node):
    def __init__(self, inner: Node) -> None:
        super().__init__(inner.spec)
        self.inner = inner
        self.toggle = QToolButton()
        self.toggle.setObjectName("show_sensitive")
        self.toggle.setCheckable(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab
        self.toggle.setToolTip(
            self.tr("Show this identifying field. Mind who can see your screen.")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(inner, 1)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        self.setFocusProxy(inner)
        self._copy_guard = SensitiveCopy(self)
        self._copy_guard.watch_all(inner)
        inner.edited.connect(self.edited)
        self.toggle.toggled.connect(self._reveal)
        self._reveal(False)

    def _reveal(self, shown: bool) -> None:
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.inner.set_masked(not shown)

    def hide_again(self) -> None:
        self.toggle.setChecked(False)
        self._reveal(False)

    def is_revealed(self) -> bool:
        return self.toggle.isChecked()

    def value(self) -> Any:
        return self.inner.value()

    def set_value(self, value: Any) -> None:
        self.hide_again()
        self.inner.set_value(value)

    def focus_widget(self) -> QWidget:
        return self.inner.focus_widget()

    def show_issues(self, issues: Sequence[Issue]) -> None:
        self.inner.show_issues(issues)

    def locate(self, parts: Parts) -> Node | None:
        return self.inner.locate(parts)

    def display(self, value: Any) -> str:
        return self.inner.display(value)

    def set_masked(self, masked: bool) -> None:
        """Masking is this wrapper's own business; an outer request only re-masks."""
        if masked:
            self.hide_again()
