"""Switching the interface to Belarusian shows Belarusian labels, with vocabulary fallback, and
Belarusian texts in Qt's own widgets (standard buttons, context menus) from our qt_be catalogue."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.domain.shipped_vocabularies import load_shipped
from app.ui import i18n, settings
from app.ui.editor import TestimonyEditor
from app.ui.lock.unlock_screen import UnlockScreen
from app.ui.settings_dialog import SettingsDialog
from app.ui.window import MainWindow
from app.ui.workspace.list_screen import ListScreen
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues() -> Iterator[None]:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "build"], check=True)
    yield
    i18n.install("en")


def test_switching_to_belarusian_in_settings(qtbot: QtBot, closed_vault: Path) -> None:
    window = MainWindow(closed_vault, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    unlock = window.centralWidget().currentWidget()  # type: ignore[attr-defined]
    assert isinstance(unlock, UnlockScreen)
    assert unlock.unlock_button.text() == "Unlock"

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("be"))
    dialog.apply()
    window.retranslate()
    assert settings.language() == "be"
    unlock = window.centralWidget().currentWidget()  # type: ignore[attr-defined]
    assert isinstance(unlock, UnlockScreen)
    assert unlock.unlock_button.text() != "Unlock"
    assert any("\u0400" <= ch <= "\u04ff" for ch in unlock.unlock_button.text())
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    unlock.passphrase.returnPressed.emit()
    qtbot.waitUntil(lambda: window.list_screen is not None, timeout=10_000)
    screen = window.list_screen
    assert isinstance(screen, ListScreen)
    assert screen.new_button.text() != "New testimony"
    assert any("\u0400" <= ch <= "\u04ff" for ch in screen.new_button.text())
    window.lock()


def test_editor_shows_belarusian_vocabulary_labels_with_fallback(qtbot: QtBot) -> None:
    i18n.install("be")
    editor = TestimonyEditor(load_shipped(), "be")
    qtbot.addWidget(editor)
    titles = [editor.sections.item(i).text() for i in range(editor.sections.count())]
    assert titles[0].startswith("Згода")  # Consent comes first, in Belarusian
    vocab = load_shipped()
    # A term with an official Belarusian label shows it; one with only a Belarusian proposal
    # shows the proposal (never Russian); one with no Belarusian at all falls back to Russian.
    assert vocab.label("criminal_code_articles", "361-1", "be").startswith("Стварэнне")
    assert vocab.label("criminal_code_articles", "342", "be").startswith("Арганізацыя")
    old = load_shipped("2026.1")  # where a term had no Belarusian wording yet
    assert old.label("consent_scopes", "internal_documentation", "be").startswith("Хранение")
    i18n.install("en")


def _unsaved_question(qtbot: QtBot) -> QMessageBox:
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", buttons)
    qtbot.addWidget(box)
    return box


def _button_texts(box: QMessageBox) -> list[str]:
    return [
        box.button(button).text()
        for button in (
            QMessageBox.StandardButton.Save,
            QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
    ]


def _menu_texts(widget: QLineEdit | QPlainTextEdit) -> list[str]:
    menu = widget.createStandardContextMenu()
    assert menu is not None
    texts = [action.text().split("\t")[0] for action in menu.actions()]  # "&Copy\tCtrl+C"
    menu.deleteLater()
    return texts


def test_qt_own_strings_follow_the_language(qtbot: QtBot) -> None:
    """Qt ships no Belarusian catalogue of its own: resources/i18n/qt_be.ts stands in for it,
    so a Belarusian question has no English buttons and a field's menu no English items."""
    edit, text = QLineEdit(), QPlainTextEdit()
    qtbot.addWidget(edit)
    qtbot.addWidget(text)
    i18n.install("en")
    assert _button_texts(_unsaved_question(qtbot)) == ["Save", "Discard", "Cancel"]
    assert "&Copy" in _menu_texts(edit)
    try:
        i18n.install("be")
        box = _unsaved_question(qtbot)
        box.open()  # shown as the app shows its questions: never exec()
        qtbot.waitExposed(box)
        assert _button_texts(box) == ["Захаваць", "Не захоўваць", "Скасаваць"]
        box.close()
        assert "&Капіяваць" in _menu_texts(edit)
        assert "&Уставіць" in _menu_texts(edit)
        assert "&Капіяваць" in _menu_texts(text)  # the narrative and notes fields
        # Where Qt has a catalogue of its own (Russian), that one is used.
        i18n.install("ru")
        assert _button_texts(_unsaved_question(qtbot)) == ["Сохранить", "Отклонить", "Отмена"]
    finally:
        i18n.install("en")
