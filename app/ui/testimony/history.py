"""The saved versions of a testimony, each read as it was saved: every answer in words
(section › field: value), what changed since the version before it highlighted, with what
it was. Read-only: a version is never edited here."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.workspace import Workspace
from app.ui.editor.issues import parse_path, readable_path
from app.ui.editor.labels import enum_label
from app.ui.testimony.changes import Line, lines_of, refs_of

_CHANGED = "background:#fff3bf"


class HistoryDialog(QDialog):
    def __init__(self, workspace: Workspace, testimony_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Version history"))
        self.resize(900, 600)
        self._workspace = workspace
        self._testimony_id = testimony_id
        self.versions = QListWidget()
        self.versions.setObjectName("versions")
        self.content = QTextBrowser()
        self.content.setObjectName("content")
        self._numbers: list[int] = []
        for info in reversed(workspace.history(testimony_id)):
            self._numbers.append(info.version)
            self.versions.addItem(
                self.tr("Version %1 — %2")
                .replace("%1", str(info.version))
                .replace("%2", info.saved_at)
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.versions, 1)
        row.addWidget(self.content, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.versions.currentRowChanged.connect(self._show)
        if self._numbers:
            self.versions.setCurrentRow(0)

    def lines(self, row: int) -> list[Line]:
        """The answers of the version in ``row``, marked against the version before it."""
        number = self._numbers[row]
        doc = self._workspace.load(self._testimony_id, number).document
        previous = None
        if row + 1 < len(self._numbers):
            previous = self._workspace.load(self._testimony_id, self._numbers[row + 1]).document
        return lines_of(doc, previous)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._numbers):
            return
        number = self._numbers[row]
        doc = self._workspace.load(self._testimony_id, number).document
        refs = refs_of(doc)
        lines = self.lines(row)
        changed = sum(line.changed for line in lines)
        head = (
            self.tr("Changes since version %1 are highlighted: %2").replace("%1", str(number - 1))
            if row + 1 < len(self._numbers)
            else self.tr("The first version.")
        ).replace("%2", str(changed))
        body = [f"<p><b>{html.escape(head)}</b></p>"]
        for line in lines:
            where = html.escape(readable_path(parse_path(line.path)))
            what = html.escape(_shown(line.value, refs))
            text = f"{where}: {what}"
            if line.changed:
                was = self.tr("was: %1").replace("%1", _shown(line.before, refs) or "—")
                text = f'<span style="{_CHANGED}">{text} ({html.escape(was)})</span>'
            body.append(text + "<br>")
        self.content.setHtml("".join(body))


def _shown(value: Any, refs: dict[str, str]) -> str:
    """A stored value in words: a person instead of their ref, labels for fixed answers."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_shown(v, refs) for v in value)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    text = str(value)
    if text in refs:
        return refs[text] or text
    return enum_label(text) if text.replace("_", "").isalnum() and text.islower() else text
