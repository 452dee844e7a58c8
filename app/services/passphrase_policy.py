"""How hard a passphrase is to guess: one verdict for `sviedka init`, `sviedka passwd` and the
desktop's create screen, and the one refusal both faces give below the minimum.

The estimate is zxcvbn's (Dropbox's estimator, its maintained pure-Python port): it knows
common passwords, names, English words, years, keyboard rows and l33t spellings, and counts
the guesses of an attacker who tries those first. Its word lists are English only: a word in
another script (Cyrillic, Belarusian Łacinka) would count as random characters, which made
"Беларусь2020!" look as strong as random text. Such words are counted here as words from a
large dictionary of inflected forms instead: not weak for being Cyrillic, nor strong for it.

Everything stays in this process. No verdict, message or exception holds the passphrase or a
piece of it (zxcvbn's own result quotes the matched pieces: it never leaves this module).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum, IntEnum

from app.storage.errors import VaultError

# The vault derives its key with Argon2id (about half a second and 256 MiB a guess). 10^10
# guesses keep a well-equipped attacker busy for weeks; 10^14, for centuries.
FAIR_GUESSES = 10**10
STRONG_GUESSES = 10**14

# A word of another script counts as an uncommon English word does: one of 30,000, the size
# of zxcvbn's largest English list. So "лімон трактар" is as weak as "lemon tractor", and
# four unrelated Belarusian words are as strong as four English ones.
WORD_GUESSES = 30_000
ALPHABET = 33  # Cyrillic letters: a word shorter than the dictionary is cheaper to try whole
# Words run together without spaces ("свабодабеларусі") are counted one word per this many
# letters, so that gluing two words does not make them one rare word.
LETTERS_PER_WORD = 7
# zxcvbn refuses longer input (its matching grows with the square of the length). The first
# characters give a lower bound: adding characters never makes a passphrase easier to guess.
ZXCVBN_MAX_LENGTH = 72

HINT = "use four or more unrelated words"

_FOREIGN_WORD = re.compile(r"\s*[^\W\d_]+\s*")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


class Strength(IntEnum):
    WEAK = 0  # refused
    FAIR = 1
    STRONG = 2


class Weakness(Enum):
    """Why a passphrase is too weak, for a message in the user's language."""

    COMMON = "it is a common password or close to one"
    DATE = "years and dates are among the first things guessed"
    PATTERN = "keyboard rows, sequences and repeats are easy to guess"
    SHORT = "it is too short"


@dataclass(frozen=True)
class Verdict:
    strength: Strength
    weakness: Weakness | None  # set when the strength is WEAK

    @property
    def acceptable(self) -> bool:
        return self.strength >= Strength.FAIR


class PassphraseTooWeak(VaultError):
    """A new passphrase below the minimum: the vault is neither created nor changed."""

    def __init__(self, weakness: Weakness) -> None:
        super().__init__(f"the passphrase is too easy to guess: {weakness.value}; {HINT}")
        self.weakness = weakness


def assess(passphrase: str) -> Verdict:
    text = unicodedata.normalize("NFC", passphrase)
    if not text.strip():
        return Verdict(Strength.WEAK, Weakness.SHORT)
    foreign = [word.strip() for word in _FOREIGN_WORD.findall(text) if not word.isascii()]
    # zxcvbn sees the rest; the spaces around a foreign word go with it (the separators of
    # words are no secret).
    rest = _FOREIGN_WORD.sub(lambda m: m.group() if m.group().isascii() else "", text)
    examined = rest[:ZXCVBN_MAX_LENGTH]
    guesses, pieces = _zxcvbn(examined) if examined else (1.0, [])
    distinct = {word.casefold() for word in foreign}  # a word used again is no new guess
    for word in distinct:
        guesses *= _word_guesses(word)
    if guesses >= STRONG_GUESSES:
        return Verdict(Strength.STRONG, None)
    if guesses >= FAIR_GUESSES:
        return Verdict(Strength.FAIR, None)
    repeated = sum(map(len, foreign)) - sum(map(len, distinct))
    length = len(examined) + sum(map(len, foreign))
    return Verdict(Strength.WEAK, _weakness(text, length, pieces, repeated))


def require_acceptable(passphrase: str) -> None:
    weakness = assess(passphrase).weakness
    if weakness is not None:
        raise PassphraseTooWeak(weakness)


def _word_guesses(word: str) -> float:
    words = max(1, len(word) // LETTERS_PER_WORD)
    return float(min(ALPHABET ** len(word), WORD_GUESSES**words))


@dataclass(frozen=True)
class _Piece:
    """What zxcvbn found in a stretch of the passphrase, without its characters."""

    pattern: str  # dictionary, spatial, repeat, sequence, regex, date or bruteforce
    dictionary: str | None
    length: int
    blank: bool  # only spaces


def _zxcvbn(text: str) -> tuple[float, list[_Piece]]:
    # Imported on first use: its word lists take a moment to load, and the unlock screen,
    # which never needs them, must paint fast (bench/ui_start.py).
    from zxcvbn import zxcvbn

    found = zxcvbn(text)
    pieces = [
        _Piece(m["pattern"], m.get("dictionary_name"), len(m["token"]), not m["token"].strip())
        for m in found["sequence"]
    ]
    return float(found["guesses"]), pieces


def _weakness(text: str, length: int, pieces: list[_Piece], repeated: int) -> Weakness:
    """The most telling reason, for a passphrase already judged weak, of the `length`
    characters examined; `repeated` counts those of foreign words used more than once."""
    if any(p.dictionary == "passwords" and 3 * p.length >= 2 * length for p in pieces):
        return Weakness.COMMON
    if _YEAR.search(text) or any(p.pattern == "date" for p in pieces):
        return Weakness.DATE
    patterned = repeated + sum(
        p.length for p in pieces if p.pattern in ("spatial", "sequence", "repeat") and not p.blank
    )
    if 2 * patterned >= length:
        return Weakness.PATTERN
    return Weakness.SHORT
