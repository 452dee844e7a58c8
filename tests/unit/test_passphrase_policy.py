"""One verdict on a new passphrase for `init`, `passwd` and the create screen (zxcvbn, with the
words of other scripts counted as words)."""

from __future__ import annotations

import pytest

from app.services.passphrase_policy import (
    PassphraseTooWeak,
    Strength,
    Weakness,
    assess,
    require_acceptable,
)


@pytest.mark.parametrize(
    ("passphrase", "weakness"),
    [
        ("Password123!", Weakness.COMMON),
        ("Belarus2020!", Weakness.DATE),
        ("lemon tractor", Weakness.SHORT),
        ("qwertyuiop", Weakness.COMMON),
        ("Summer2019", Weakness.DATE),
        ("zxcvbnm,./", Weakness.PATTERN),
        ("aaaaaaaaaaaaaaaaaaaaaaaa", Weakness.PATTERN),
        ("", Weakness.SHORT),
        ("short", Weakness.SHORT),
    ],
)
def test_guessable_passphrases_are_refused_with_their_reason(
    passphrase: str, weakness: Weakness
) -> None:
    """Password123!, Belarus2020! and lemon tractor all rated Strong before zxcvbn."""
    verdict = assess(passphrase)
    assert verdict.strength is Strength.WEAK
    assert verdict.weakness is weakness
    assert not verdict.acceptable
    with pytest.raises(PassphraseTooWeak) as refused:
        require_acceptable(passphrase)
    assert refused.value.weakness is weakness


@pytest.mark.parametrize(
    "passphrase",
    [
        "correct horse battery staple",
        "walrus quietly orbit pencil",
        "violin harbour mustard glacier",
        "Candle Ferry Oatmeal Thunder",
    ],
)
def test_several_unrelated_words_are_strong(passphrase: str) -> None:
    verdict = assess(passphrase)
    assert verdict.strength is Strength.STRONG
    assert verdict.weakness is None
    require_acceptable(passphrase)


@pytest.mark.parametrize(
    "passphrase",
    [
        "ліпа кошык цягнік зорка",  # Belarusian
        "лимон трактор ёжик окно",  # Russian
        "Ліпа, кошык, цягнік і зорка!",
    ],
)
def test_cyrillic_words_count_as_words_not_as_weakness(passphrase: str) -> None:
    assert assess(passphrase).strength is Strength.STRONG


def test_words_run_together_count_one_per_seven_letters() -> None:
    assert assess("ліпакошыкцягнікзоркамалако").strength is Strength.FAIR  # 26 letters: 3


@pytest.mark.parametrize(
    "passphrase",
    [
        "лімон трактар",  # as weak as "lemon tractor"
        "жыве беларусь",
        "Пароль123!",
        "Беларусь2020!",
        "свабодабеларусі",
        "пароль пароль пароль пароль",
        "Žyvie Biełaruś",  # Łacinka
    ],
)
def test_short_cyrillic_is_not_strong_for_being_cyrillic(passphrase: str) -> None:
    assert assess(passphrase).strength is Strength.WEAK


def test_a_word_said_again_adds_nothing() -> None:
    once = assess("ліпа кошык цягнік")
    assert assess("ліпа ліпа ліпа кошык цягнік ліпа").strength is once.strength
    assert assess("пароль пароль пароль пароль").weakness is Weakness.PATTERN


def test_three_words_are_fair_four_strong() -> None:
    assert assess("новы сакрэтны сказ").strength is Strength.FAIR
    assert assess("новы сакрэтны сказ ліпа").strength is Strength.STRONG
    assert assess("another passphrase!").acceptable


def test_long_input_is_judged_not_refused() -> None:
    """zxcvbn refuses more than 72 characters; the first ones are judged instead."""
    assert assess("violin harbour mustard glacier " * 10).strength is Strength.STRONG
    assert assess("a" * 10_000).strength is Strength.WEAK


@pytest.mark.parametrize(
    ("passphrase", "pieces"),
    [
        ("Password123!", ["123", "!"]),
        ("Belarus2020!", ["Belarus", "2020"]),
        ("Пароль123!", ["Пароль", "123"]),
        ("qz", ["qz"]),
    ],
)
def test_the_passphrase_appears_in_no_verdict_or_message(
    passphrase: str, pieces: list[str]
) -> None:
    verdict = assess(passphrase)
    with pytest.raises(PassphraseTooWeak) as refused:
        require_acceptable(passphrase)
    message = str(refused.value)
    assert message.startswith("the passphrase is too easy to guess: ")
    assert message.endswith("; use four or more unrelated words")
    for shown in (repr(verdict), str(verdict), message, repr(refused.value)):
        assert passphrase not in shown
        assert not [piece for piece in pieces if piece in shown]
