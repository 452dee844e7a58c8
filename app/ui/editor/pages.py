"""One page of the editor: a title, what the section is for, its form, and its problems.

The problems are listed under the form in words ("Persons › 2 › Birth date: is not a real
calendar date"), each a link to the field, so a coordinator reviewing a record can walk
through what is missing without hunting for red borders.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.record import ValidationIssue
from app.ui.editor.issues import message_text, parse_path, readable_path

__all__ = ["Page"]

SHOWN_ISSUES = 6


class Page(QWidget):
    link_activated = Signal(str)  # the path of an issue the user clicked

    def __init__(self, title: str, help_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("section_title")
        self.help = QLabel(help_text)
        self.help.setObjectName("section_help")
        self.help.setWordWrap(True)
        self.issues = QLabel()
        self.issues.setObjectName("section_issues")
        self.issues.setWordWrap(True)
        self.issues.setTextFormat(Qt.TextFormat.RichText)
        self.issues.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.issues.linkActivated.connect(self.link_activated)
        self.issues.hide()
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.help)
        self.scroller: QScrollArea | None = None

    def set_content(self, content: QWidget) -> None:
        self._layout.addWidget(content, 1)
        self._layout.addWidget(self.issues)

    def set_scrolled_content(self, widgets: Sequence[QWidget]) -> None:
        """Forms of an object section, scrolled together; they keep their natural height."""
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 12, 0)
        for widget in widgets:
            column.addWidget(widget)
        column.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(inner)
        self.set_content(self.scroller)

    def show_issues(self, issues: Sequence[ValidationIssue]) -> None:
        if not issues:
            self.issues.hide()
            self.issues.clear()
            return
        lines = []
        for issue in issues[:SHOWN_ISSUES]:
            where = html.escape(readable_path(parse_path(issue.path)))
            what = html.escape(message_text(issue.message))
            lines.append(f'<a href="{html.escape(issue.path)}">{where}</a>: {what}')
        more = len(issues) - SHOWN_ISSUES
        if more > 0:
            lines.append(html.escape(self.tr("… and %1 more").replace("%1", str(more))))
        # "Problems: 3" needs no plural forms in any language.
        header = self.tr("Problems in this section: %1").replace("%1", str(len(issues)))
        self.issues.setText(f"<b>{html.escape(header)}</b><br>" + "<br>".join(lines))
        self.issues.show()
