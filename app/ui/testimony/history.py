"""The saved versions of a testimony, each viewable as it was saved."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.workspace import Workspace


class HistoryDialog(QDialog):
    def __init__(self, workspace: Workspace, testimony_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Version history"))
        self.resize(900, 600)
        self._workspace = workspace
        self._testimony_id = testimony_id
        self.versions = QListWidget()
        self.versions.setObjectName("versions")
        self.content = QPlainTextEdit()
        self.content.setReadOnly(True)
        self.content.setObjectName("content")
        self._numbers = []
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

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._numbers):
            stored = self._workspace.load(self._testimony_id, self._numbers[row])
            self.content.setPlainText(
                json.dumps(stored.document, ensure_ascii=False, indent=2, sort_keys=True)
            )
