"""Counted phrases in English: "1 testimony", "2 drafts", never "1 testimonies" or "(s)".

The catalogues give Belarusian and Russian their plural forms; English is the source text
and has no catalogue, so its singular is made here from the same source. Only English
source words are touched, so a translated text passes through unchanged.
"""

from __future__ import annotations

__all__ = ["english_count"]

_ONE = {"1 testimonies": "1 testimony", "1 events": "1 event"}


def english_count(text: str, n: int) -> str:
    if n != 1:
        return text.replace("(s)", "s")
    text = text.replace("(s)", "")
    for many, one in _ONE.items():
        text = text.replace(many, one)
    return text
