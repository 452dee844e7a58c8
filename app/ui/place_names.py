"""Countries and languages by name in the interface language, from the one shipped table
(``resources/i18n/places.json``: the Unicode CLDR's names in en, ru and be, written by
``scripts/build_place_names.py``). Qt names them only in English, which left "Lithuania" in a
Belarusian form.

Every picker and every view that names a country or a language asks here: the full editor's
lists (app/ui/editor/countries.py), the quick page's short ones (app/ui/quick/places.py) and
the History view. The places where interviews with Belarusians happen and the languages they
are held in come first, in this order; the rest follow in the interface language's alphabet.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCollator, QCoreApplication, QLocale

from app.domain import place_names as places

__all__ = [
    "COMMON_COUNTRIES",
    "COMMON_LANGUAGES",
    "country_name",
    "interface_language",
    "language_name",
    "named_countries",
    "named_languages",
]

Options = list[tuple[str, str]]

# fmt: off
COMMON_COUNTRIES = (
    "BY", "LT", "PL", "LV", "UA", "GE", "DE", "CZ", "EE", "RU", "KZ", "AM", "AZ", "MD", "SK",
    "HU", "RO", "BG", "RS", "ME", "FI", "SE", "NO", "DK", "NL", "BE", "FR", "ES", "PT", "IT",
    "AT", "CH", "GB", "IE", "US", "CA", "IL", "TR", "AE", "UZ", "KG", "CN",
)
COMMON_LANGUAGES = (
    "be", "ru", "en", "pl", "lt", "uk", "lv", "et", "de", "cs", "ka", "fr", "es", "it", "he",
    "yi", "kk", "hy", "az", "tr", "sv", "fi", "sk", "ro",
)
# fmt: on


def interface_language() -> str:
    """The interface language as the installed catalogue says: "en", "ru" or "be".

    The catalogue's language, not the settings' one, names the countries, so that they are in
    the same language as every word around them (each catalogue translates "en" to its code).
    """
    lang = QCoreApplication.translate("PlaceNames", "en")
    return lang if lang in places.LANGUAGES else "en"


def _names(kind: str, lang: str | None) -> dict[str, str]:
    return places.names(kind, lang or interface_language())


def country_name(code: str, lang: str | None = None) -> str:
    """``LT`` -> "Літва" in a Belarusian interface; a code no country has, as stored."""
    return places.country_name(code, lang or interface_language())


def language_name(code: str, lang: str | None = None) -> str:
    """``pl`` -> "Польская" in a Belarusian interface; a tag the table lacks, as stored."""
    return places.language_name(code, lang or interface_language())


def named_countries(lang: str | None = None) -> Options:
    """Every country: the common ones first, then the rest in the interface's alphabet."""
    return list(_ordered("countries", lang or interface_language(), COMMON_COUNTRIES))


def named_languages(lang: str | None = None) -> Options:
    """Every language: the common ones first, then the rest in the interface's alphabet."""
    return list(_ordered("languages", lang or interface_language(), COMMON_LANGUAGES))


@functools.cache
def _ordered(kind: str, lang: str, common: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    names = _names(kind, lang)
    collator = QCollator(QLocale(lang))
    rest = sorted(
        (code for code in names if code not in common),
        key=lambda code: collator.sortKey(names[code]),
    )
    return tuple((code, names[code]) for code in (*common, *rest))
