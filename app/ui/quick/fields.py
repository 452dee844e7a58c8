"""The quick page's own small fields: a name shown only while it is typed, and a picker of
codes by name (country, language, relation) that still accepts a typed code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter

from app.ui.editor.fields import Combo
from app.ui.privacy import PrivateLine

__all__ = ["CodePicker", "PrivateName"]


class PrivateName(PrivateLine):
    """An identifying name: with the privacy screen on, in clear while it has the focus and
    dots otherwise, so a glance over the interviewer's shoulder in a café does not read it."""


class CodePicker(Combo):
    """Names shown, codes stored; type to search anywhere in the names."""

    edited = Signal()

    def __init__(self, options: list[tuple[str, str]], editable: bool = True) -> None:
        super().__init__()
        self.addItem("", "")
        for code, label in options:
            self.addItem(label, code)
        self.setEditable(editable)
        if editable:
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.completer()
            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            line = self.lineEdit()
            if line is not None:
                line.setPlaceholderText(self.tr("Type to search…"))
                line.textEdited.connect(self.edited)
        self.currentIndexChanged.connect(self.edited)

    def code(self) -> str:
        text = self.currentText().strip()
        current = self.currentIndex()
        if current > 0 and self.itemText(current) == text:
            return str(self.itemData(current))
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.itemData(index))
        return text  # a code typed by hand (or a wrong one: validation names it)

    def set_code(self, code: str) -> None:
        self.blockSignals(True)
        try:
            index = self.findData(code) if code else 0
            if index < 0:
                self.addItem(code, code)
                index = self.count() - 1
            self.setCurrentIndex(index)
        finally:
            self.blockSignals(False)
