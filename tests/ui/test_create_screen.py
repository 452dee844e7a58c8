"""The create screen gives the verdict `sviedka init` gives (app.services.passphrase_policy), in
the interface's language, and creates no vault below the minimum."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.services.passphrase_policy import Strength
from app.ui.lock.create_screen import CreateVaultScreen
from tests.conftest import PASSPHRASE


def make_screen(qtbot: QtBot) -> CreateVaultScreen:
    screen = CreateVaultScreen()
    qtbot.addWidget(screen)
    return screen


def type_twice(screen: CreateVaultScreen, passphrase: str) -> None:
    # setText, not qtbot.keyClicks: QTest aborts the process on Cyrillic key clicks.
    screen.passphrase.setText(passphrase)
    screen.repeat.setText(passphrase)


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("Password123!", "a common password"),
        ("Belarus2020!", "years and dates"),
        ("lemon tractor", "too short"),
        ("qwertyuiopasdf", "a common password"),
        ("Пароль2020", "years and dates"),
    ],
)
def test_a_guessable_passphrase_is_refused_with_reason_and_hint(
    qtbot: QtBot, passphrase: str, reason: str
) -> None:
    screen = make_screen(qtbot)
    type_twice(screen, passphrase)
    text = screen.strength.text()
    assert text.startswith("Too weak: ")
    assert reason in text
    assert text.endswith("Use four or more unrelated words.")
    assert screen.meter.value() == Strength.WEAK
    assert not screen.create_button.isEnabled()
    with qtbot.assertNotEmitted(screen.create_requested):
        screen.repeat.returnPressed.emit()


@pytest.mark.parametrize("passphrase", [PASSPHRASE, "ліпа кошык цягнік зорка"])
def test_several_unrelated_words_are_strong(qtbot: QtBot, passphrase: str) -> None:
    screen = make_screen(qtbot)
    type_twice(screen, passphrase)
    assert screen.strength.text() == "Strong."
    assert screen.meter.value() == Strength.STRONG
    assert screen.create_button.isEnabled()
    with qtbot.waitSignal(screen.create_requested) as created:
        screen.repeat.returnPressed.emit()
    assert created.args == [passphrase]


def test_three_words_are_fair_and_may_be_used(qtbot: QtBot) -> None:
    screen = make_screen(qtbot)
    type_twice(screen, "новы сакрэтны сказ")
    assert screen.strength.text() == "Fair: a few more words would make it strong."
    assert screen.create_button.isEnabled()


def test_the_passphrase_is_shown_nowhere_but_in_its_masked_fields(qtbot: QtBot) -> None:
    screen = make_screen(qtbot)
    type_twice(screen, "Belarus2020!")
    screen.repeat.setText("Belarus2021!")
    shown = " ".join(label.text() for label in (screen.strength, screen.message))
    assert "differ" in shown
    assert "Belarus" not in shown
    assert "2020" not in shown


@pytest.mark.usefixtures("belarusian")
def test_the_verdict_is_in_the_interface_language(qtbot: QtBot) -> None:
    screen = make_screen(qtbot)
    type_twice(screen, "Belarus2020!")
    assert screen.strength.text().startswith("Занадта слабая: гады і даты")
    assert "чатыры або больш" in screen.strength.text()
    type_twice(screen, PASSPHRASE)
    assert screen.strength.text() == "Надзейная."
