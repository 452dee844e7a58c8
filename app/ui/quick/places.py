"""Countries and languages by name, for the pickers: nobody in a café knows "ISO 3166-1".

Short lists of where interviews with Belarusians happen and the languages they are held in;
any other code can still be typed (the picker is editable) and validation names a wrong one.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["countries", "languages"]

_COUNTRIES: tuple[tuple[str, object], ...] = (
    ("BY", QT_TRANSLATE_NOOP("Country", "Belarus")),
    ("LT", QT_TRANSLATE_NOOP("Country", "Lithuania")),
    ("PL", QT_TRANSLATE_NOOP("Country", "Poland")),
    ("LV", QT_TRANSLATE_NOOP("Country", "Latvia")),
    ("UA", QT_TRANSLATE_NOOP("Country", "Ukraine")),
    ("GE", QT_TRANSLATE_NOOP("Country", "Georgia")),
    ("DE", QT_TRANSLATE_NOOP("Country", "Germany")),
    ("CZ", QT_TRANSLATE_NOOP("Country", "Czechia")),
    ("EE", QT_TRANSLATE_NOOP("Country", "Estonia")),
    ("RU", QT_TRANSLATE_NOOP("Country", "Russia")),
)
_LANGUAGES: tuple[tuple[str, object], ...] = (
    ("be", QT_TRANSLATE_NOOP("Language", "Belarusian")),
    ("ru", QT_TRANSLATE_NOOP("Language", "Russian")),
    ("en", QT_TRANSLATE_NOOP("Language", "English")),
    ("pl", QT_TRANSLATE_NOOP("Language", "Polish")),
    ("lt", QT_TRANSLATE_NOOP("Language", "Lithuanian")),
    ("uk", QT_TRANSLATE_NOOP("Language", "Ukrainian")),
)


def countries() -> list[tuple[str, str]]:
    return [(code, QCoreApplication.translate("Country", str(name))) for code, name in _COUNTRIES]


def languages() -> list[tuple[str, str]]:
    return [(code, QCoreApplication.translate("Language", str(n))) for code, n in _LANGUAGES]
