"""Switching the interface to Belarusian shows Belarusian labels, with vocabulary fallback."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.vocabulary import load_shipped
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
    # A term with an official Belarusian label shows it; one without falls back to Russian.
    assert vocab.label("criminal_code_articles", "361-1", "be").startswith("Стварэнне")
    assert vocab.label("criminal_code_articles", "342", "be").startswith("Организация")
    i18n.install("en")
