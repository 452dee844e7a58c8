"""Help in the interviewer's words: no tooltip, placeholder or section help of the full editor
shows the record's machinery (field paths, JSON names, refs, "ISO 3166-1", "BCP 47", format
patterns, "vocabulary code"). An interviewer in a café reads these; a programmer's word there
is a question they cannot ask anybody."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from app.domain.template import example_testimony
from app.ui.editor import TestimonyEditor
from app.ui.editor.help import help_text
from app.ui.editor.schema import load_schema
from app.ui.editor.sections import SECTIONS
from tests.ui.test_editor_support import make_editor

SCHEMA_WORDS = {
    "a JSON name": re.compile(r"\b[a-z]+_[a-z0-9_]+\b"),  # consent_scopes, age_over_60
    "a field path": re.compile(r"\b[a-z_]{2,}(\[\d*\])?\.[a-z_]{2,}\b|\[\d*\]"),
    "a standard's number": re.compile(r"\bISO\b|\bBCP\b|3166|15924|8601"),
    "the vocabulary's machinery": re.compile(r"vocabulary code|x-vocabulary|x-sensitive", re.I),
    "a ref": re.compile(r"\brefs?\b|\"[a-z]{1,2}[0-9]+\"", re.I),
    "a pattern": re.compile(r"a-z|0-9|\^\[|\$$|\\d"),  # (YYYY-MM-DD is a date's hint)
    "a file or schema name": re.compile(r"docs/|\.md\b|sviedka\.testimony|\bschema\b|JSON"),
}


def schema_words(text: str) -> list[str]:
    return [name for name, pattern in SCHEMA_WORDS.items() if pattern.search(text)]


def _descriptions(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("description"), str):
            yield node["description"]
        for value in node.values():
            yield from _descriptions(value)
    elif isinstance(node, list):
        for value in node:
            yield from _descriptions(value)


def _shown_texts(editor: TestimonyEditor) -> Iterator[tuple[str, str]]:
    """(where, text) for every tooltip, placeholder and help line the editor can show."""
    for widget in editor.findChildren(QWidget):
        where = widget.objectName() or type(widget).__name__
        yield where, widget.toolTip()
        if isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        if isinstance(widget, QLabel) and widget.objectName() == "section_help":
            yield where, widget.text()
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                yield where, widget.item(row).toolTip()
        if isinstance(widget, QComboBox):
            for row in range(widget.count()):
                tip = widget.itemData(row, Qt.ItemDataRole.ToolTipRole)
                yield where, tip if isinstance(tip, str) else ""


def _every_page(editor: TestimonyEditor) -> None:
    for section in SECTIONS:
        editor.show_section(section.key)
        for entries in [editor.lists[section.key]] if section.is_list else []:
            if entries.count():
                entries.list.setCurrentRow(entries.count() - 1)


def test_the_words_are_caught() -> None:
    """The check itself can fail: each of the schema's ways of speaking is recognised."""
    for technical in (
        "Person ref of the victim.",
        "ISO 3166-1 alpha-2 country code.",
        "BCP 47 language tag (be, ru, en, pl, lt ...).",
        "Uses consented to: codes of consent_scopes.",
        "Path of the marked field (interview.narrative.text, persons[1].occupation).",
        "Code of a controlled vocabulary term: lowercase a-z 0-9 _ . -",
        'Local ref ("p1").',
    ):
        assert schema_words(technical), technical
    assert schema_words("Who gave consent.") == []
    assert schema_words("Criminal Code articles charged (e.g. 342).") == []


def test_every_field_help_is_said_in_plain_words() -> None:
    found = {
        description: schema_words(help_text(description))
        for description in _descriptions(load_schema())
    }
    assert len(found) > 300
    assert {text: words for text, words in found.items() if words} == {}


def test_no_tooltip_of_the_built_editor_shows_schema_words(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony())
    _every_page(editor)
    seen = list(_shown_texts(editor))
    assert len([text for _, text in seen if text]) > 500
    assert [(where, text) for where, text in seen if schema_words(text)] == []


@pytest.mark.usefixtures("belarusian")
def test_no_belarusian_tooltip_shows_schema_words(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony(), lang="be")
    _every_page(editor)
    seen = [(where, text) for where, text in _shown_texts(editor) if text]
    assert any("\u0400" <= ch <= "\u04ff" for _, text in seen for ch in text)
    assert [(where, text) for where, text in seen if schema_words(text)] == []
