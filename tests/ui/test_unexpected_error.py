"""An exception nobody caught, carrying testimony text, shows a calm message in the person's
language, writes one line with the exception's type and place only, and leaves the app usable.
The sentinel is looked for in everything the process wrote to stdout/stderr and in every file
under the temporary home."""

from __future__ import annotations

import secrets
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.ui import i18n, unexpected_error


@pytest.fixture
def hooks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app's hooks for this test only (pytest's own are put back after)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)
    unexpected_error.install()
    yield
    for box in shown_boxes():
        box.done(0)


def shown_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "unexpected_error" and w.isVisible()
    ]


def sentinel() -> str:
    return f"Зміцер Баравік {secrets.token_hex(4)}"


def failing_button(qtbot: QtBot, secret: str) -> QPushButton:
    """A button whose slot fails the way a bug in saving a testimony would: the text is in a
    local and in the exception's message."""
    button = QPushButton("Save")
    qtbot.addWidget(button)
    button.show()

    def save() -> None:
        narrative = f"Допыт у ІЧУ, {secret}"
        raise ValueError(f"cannot save {narrative!r}")

    button.clicked.connect(save)
    return button


def click_later(button: QPushButton) -> None:
    # From the event loop, as a person's click arrives: the slot's exception then goes to
    # sys.excepthook rather than back to the test.
    QTimer.singleShot(0, button.click)


class Collected:
    """All of stderr so far (capfd.readouterr() hands out only what is new)."""

    def __init__(self, capfd: pytest.CaptureFixture[str]) -> None:
        self._capfd = capfd
        self._text = ""

    def __call__(self) -> str:
        self._text += self._capfd.readouterr().err
        return self._text


def files_containing(root: Path, text: str) -> list[Path]:
    needles = [text.encode("utf-8"), text.encode("utf-16-le")]
    return [
        path
        for path in root.rglob("*")
        if path.is_file() and any(n in path.read_bytes() for n in needles)
    ]


@pytest.mark.qt_no_exception_capture
@pytest.mark.usefixtures("hooks")
def test_exception_in_a_slot_shows_a_calm_message_and_leaks_nothing(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str], private_environment: Path
) -> None:
    secret = sentinel()
    button = failing_button(qtbot, secret)
    click_later(button)
    qtbot.waitUntil(lambda: len(shown_boxes()) == 1)
    box = shown_boxes()[0]
    assert "Your vault is safe" in box.text()

    out, err = capfd.readouterr()
    assert secret not in out + err
    assert "Допыт" not in out + err
    assert "unexpected ValueError at " in err
    assert "(save)" in err  # where it happened, so a bug report is still useful
    assert files_containing(private_environment, secret) == []

    # Still usable: the box closes, and the next failure is reported again.
    box.accept()
    qtbot.waitUntil(lambda: shown_boxes() == [])
    click_later(button)
    qtbot.waitUntil(lambda: len(shown_boxes()) == 1)
    assert secret not in "".join(capfd.readouterr())


@pytest.mark.qt_no_exception_capture
@pytest.mark.usefixtures("hooks")
def test_failures_in_a_row_show_one_message(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    button = failing_button(qtbot, sentinel())
    for _ in range(3):
        click_later(button)
    err = Collected(capfd)
    qtbot.waitUntil(lambda: err().count("unexpected ValueError") == 3)
    assert len(shown_boxes()) == 1


@pytest.mark.usefixtures("hooks")
def test_a_thread_or_a_finaliser_leaks_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    secret = sentinel()

    def work() -> None:
        raise RuntimeError(f"export of {secret} failed")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()

    class Draft:
        def __repr__(self) -> str:
            return f"Draft({secret})"

        def __del__(self) -> None:
            raise RuntimeError(secret)

    Draft()
    out, err = capfd.readouterr()
    assert secret not in out + err
    assert "unexpected RuntimeError at " in err
    assert "(work) in a thread" in err
    assert "(__del__) while cleaning up" in err


@pytest.mark.qt_no_exception_capture
@pytest.mark.usefixtures("hooks")
def test_the_message_is_in_the_persons_language(qtbot: QtBot) -> None:
    i18n.install("ru")
    try:
        click_later(failing_button(qtbot, sentinel()))
        qtbot.waitUntil(lambda: len(shown_boxes()) == 1)
        assert "хранилище в безопасности" in shown_boxes()[0].text()
    finally:
        i18n.install("en")


@pytest.mark.qt_no_exception_capture
def test_without_the_hook_the_sentinel_does_leak(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Negative control: Python's own hook prints the message, so the checks above can fail."""
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    secret = sentinel()
    click_later(failing_button(qtbot, secret))
    err = Collected(capfd)
    qtbot.waitUntil(lambda: secret in err())
