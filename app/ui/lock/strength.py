"""A rough passphrase strength estimate for feedback while typing (not a security guarantee).

Counts the alphabet a guesser would need and the length; several words count as such. No
external list or service: the passphrase never leaves this function.
"""

from __future__ import annotations

import math
import unicodedata

WEAK, FAIR, STRONG = 0, 1, 2
MIN_LENGTH = 8


def estimate_bits(passphrase: str) -> float:
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return 0.0
    pool = 0
    if any(c.islower() and c.isascii() for c in text):
        pool += 26
    if any(c.isupper() and c.isascii() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isascii() and c.isalpha() for c in text):
        pool += 33  # Cyrillic alphabet
    if any(not c.isalnum() for c in text):
        pool += 20
    distinct = len(set(text))
    # Repetition ("aaaaaaaaaaaa") is not length: count at most 4 uses of each character.
    effective = min(len(text), distinct * 4)
    return effective * math.log2(max(pool, 2))


def rating(passphrase: str) -> int:
    bits = estimate_bits(passphrase)
    if len(passphrase) < MIN_LENGTH or bits < 45:
        return WEAK
    return STRONG if bits >= 70 else FAIR
