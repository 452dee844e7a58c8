"""The saved versions of a testimony: pick one by who saved it and when, and read it laid out
like the form, in words, with what changed since the version before it marked.

Read-only: nothing here edits a version (a saved version is never rewritten: its hash is what
receipts confirm). Versions saved in an older schema are read as the current one, like
everywhere else (the workspace reads through app.domain.upgrade).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.workspace import VersionInfo, Workspace
from app.ui import privacy, settings
from app.ui.editor.schema import testimony_spec
from app.ui.testimony.changes import compare
from app.ui.testimony.version_form import Highlight, VersionForm, mark_word
from app.ui.testimony.version_words import VersionWords, moment

__all__ = ["HistoryDialog"]


class HistoryDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        testimony_id: str,
        parent: QWidget | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        self.setWindowTitle(self.tr("Version history"))
        self.resize(1000, 700)
        self._workspace = workspace
        self._testimony_id = testimony_id
        self._lang = lang or settings.language()
        self._vocab = workspace.vocabulary()
        self._documents: dict[int, dict[str, Any]] = {}
        self.highlights: list[Highlight] = []
        # Newest first: the version one usually wants to read is the last one saved.
        self._infos: list[VersionInfo] = list(reversed(workspace.history(testimony_id)))
        self.versions = QListWidget()
        self.versions.setObjectName("versions")
        self.versions.setMaximumWidth(300)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.only_changes = QCheckBox(self.tr("Show only what changed"))
        self.only_changes.setObjectName("only_changes")
        self.content = QTextBrowser()
        self.content.setObjectName("content")
        self.content.setOpenLinks(False)  # the only links are to marks in this page
        self.content.anchorClicked.connect(lambda url: self.content.scrollToAnchor(url.fragment()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        reading = QVBoxLayout()
        reading.addWidget(self.summary)
        reading.addWidget(self.only_changes)
        reading.addWidget(self.content, 1)
        row = QHBoxLayout()
        row.addWidget(self.versions, 1)
        row.addLayout(reading, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        for info in self._infos:
            self.versions.addItem(self._title(info))
        self.versions.currentRowChanged.connect(self._show)
        self.only_changes.toggled.connect(lambda _on: self._show(self.versions.currentRow()))
        # The privacy screen, turned on or off, shows at once here as in every open view.
        privacy.screen().changed.connect(self._privacy_changed)
        if self._infos:
            self.versions.setCurrentRow(0)

    def _privacy_changed(self, _on: bool) -> None:
        self._show(self.versions.currentRow())

    def _title(self, info: VersionInfo) -> str:
        """ "Version 2 · 3 December 2026, 14:05 · you": the picker says who and when."""
        when = moment(info.saved_at, self._lang)
        if info.author_key == self._workspace.key_id:
            who = self.tr("saved by you")
        else:
            name = self._interviewer(info.version)
            who = (
                self.tr("saved by %1 (key %2)").replace("%1", name)
                if name
                else self.tr("saved with key %2")
            ).replace("%2", info.author_key)
        return self.tr("Version %1").replace("%1", str(info.version)) + f"\n{when}\n{who}"

    def _interviewer(self, version: int) -> str:
        interview = self._document(version).get("interview")
        interviewer = interview.get("interviewer") if isinstance(interview, dict) else None
        name = interviewer.get("name") if isinstance(interviewer, dict) else None
        return str(name) if name else ""

    def _document(self, version: int) -> dict[str, Any]:
        if version not in self._documents:
            self._documents[version] = self._workspace.load(self._testimony_id, version).document
        return self._documents[version]

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._infos):
            return
        number = self._infos[row].version
        doc = self._document(number)
        before = self._infos[row + 1].version if row + 1 < len(self._infos) else None
        previous = self._document(before) if before is not None else None
        words = VersionWords(self._vocab, self._lang, [previous or {}, doc])
        form = VersionForm(words, only_changes=self.only_changes.isChecked())
        body = form.render(compare(testimony_spec(), doc, previous))
        self.highlights = form.highlights
        self.only_changes.setEnabled(before is not None)
        if before is None:
            self.summary.setText(
                self.tr("Version %1, the first: nothing to compare it with.").replace(
                    "%1", str(number)
                )
            )
            self.content.setHtml(body)
            return
        self.summary.setText(
            self.tr("Version %1. Marked: what changed since version %2 (%3).")
            .replace("%1", str(number))
            .replace("%2", str(before))
            .replace("%3", str(len(self.highlights)))
        )
        links = "".join(
            f'<li><a href="#change{index}">{html.escape(mark.where)}</a>'
            f" ({html.escape(mark_word(mark.mark))})</li>"
            for index, mark in enumerate(self.highlights, start=1)
        )
        self.content.setHtml(f"<ul>{links}</ul>{body}" if links else body)
