"""Counted phrases in English: "1 testimony", "2 drafts", never "1 testimonies" or "(s)".

The catalogues give Belarusian and Russian their plural forms; English is the source text
and has no catalogue, so its singular is made here from the same source. Only English
source words are touched, so a translated text passes through unchanged.
"""

from __future__ import annotations

import re

__all__ = ["english_count"]

# Longer phrases first: "these 1 testimonies" must not become "these 1 testimony".
_ONE = {
    "these 1 testimonies": "this testimony",
    "they will be gone": "it will be gone",
    "1 older copies": "1 older copy",
    "1 testimonies": "1 testimony",
    "1 persons": "1 person",
    "1 versions": "1 version",
    "1 events": "1 event",
}
# A phrase counts only as a whole: "11 testimonies" stays plural.
_PHRASES = [(re.compile(rf"(?<![0-9]){re.escape(many)}\b"), one) for many, one in _ONE.items()]


def english_count(text: str, n: int) -> str:
    if n != 1:
        return text.replace("(s)", "s")
    text = text.replace("(s)", "")
    for many, one in _PHRASES:
        text = many.sub(one, text)
    return text
