"""Countries and languages by name, for the pickers: nobody in a café knows "ISO 3166-1".

Short lists of where interviews with Belarusians happen and the languages they are held in: the
first of the full editor's common ones, named from the same table (app/ui/place_names.py). Any
other code can still be typed (the picker is editable) and validation names a wrong one.
"""

from __future__ import annotations

from app.ui.place_names import COMMON_COUNTRIES, COMMON_LANGUAGES, country_name, language_name

__all__ = ["countries", "languages"]

_QUICK_COUNTRIES = COMMON_COUNTRIES[:10]  # Belarus to Russia
_QUICK_LANGUAGES = COMMON_LANGUAGES[:6]  # Belarusian to Ukrainian


def countries() -> list[tuple[str, str]]:
    return [(code, country_name(code)) for code in _QUICK_COUNTRIES]


def languages() -> list[tuple[str, str]]:
    return [(code, language_name(code)) for code in _QUICK_LANGUAGES]
