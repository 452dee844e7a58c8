"""Qt tests run offscreen with one session-wide QApplication (pytest-qt's `qapp`)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from app.ui import i18n, privacy
from app.ui.testimony import page
from app.ui.testimony.page import Unsaved
from tests.sync.conftest import pair  # noqa: F401 - the sync tests' two vaults, introduced

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _join_threads() -> Iterator[None]:
    """No worker thread may outlive its test (dangerzone's shared-process segfaults)."""
    yield
    from app.ui.workers import Task

    Task.join_all()


@dataclass
class UnsavedAnswers:
    """Stands in for the "save before leaving?" dialog: records each question asked and
    gives `answer`."""

    answer: Unsaved = Unsaved.DISCARD
    asked: list[str] = field(default_factory=list)

    def __call__(self, _parent: QWidget, question: str) -> Unsaved:
        self.asked.append(question)
        return self.answer


@pytest.fixture(autouse=True)
def unsaved(monkeypatch: pytest.MonkeyPatch) -> UnsavedAnswers:
    """No UI test ever waits on a modal question. pytest-qt closes each test's windows after
    it, and a window closed over unsaved work asks: that dialog hung the run. Tests answer
    with `unsaved.answer = ...` and read `unsaved.asked`; test_unsaved.py also clicks the
    real dialog once."""
    answers = UnsavedAnswers()
    monkeypatch.setattr(page, "ask_unsaved", answers)
    return answers


ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def belarusian() -> Iterator[None]:
    """The interface in Belarusian, from catalogues built from the committed sources."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "build"], check=True)
    i18n.install("be")
    yield
    i18n.install("en")


@pytest.fixture(autouse=True)
def _settings_of_a_new_machine() -> Iterator[None]:
    """Each test starts with the app settings of a new machine (English, privacy screen off).
    Qt fixes the settings file's path once per process, so a language chosen in one test
    (test_languages) would otherwise be the next tests' language."""
    QSettings("Sviedka", "Sviedka").clear()
    privacy.set_enabled(False)
    yield
    QSettings("Sviedka", "Sviedka").clear()
    privacy.set_enabled(False)
