"""Countries and languages by name, for the full editor's pickers: nobody in a café knows
"ISO 3166-1" or "BCP 47", and "BY, PL" typed by hand is a guess at a code.

The record stores the same codes as before (``BY``, ``be``). The places where interviews with
Belarusians happen and the languages they are held in come first, named in the interface
language (context "Country" / "Language", shared with the quick page's shorter lists); every
other country and language Qt knows follows, under its English name (Qt carries no names in
Belarusian or Russian), so that any code can still be chosen.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

__all__ = ["country_options", "language_options"]

Options = list[tuple[str, str]]

# fmt: off
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
    ("KZ", QT_TRANSLATE_NOOP("Country", "Kazakhstan")),
    ("AM", QT_TRANSLATE_NOOP("Country", "Armenia")),
    ("AZ", QT_TRANSLATE_NOOP("Country", "Azerbaijan")),
    ("MD", QT_TRANSLATE_NOOP("Country", "Moldova")),
    ("SK", QT_TRANSLATE_NOOP("Country", "Slovakia")),
    ("HU", QT_TRANSLATE_NOOP("Country", "Hungary")),
    ("RO", QT_TRANSLATE_NOOP("Country", "Romania")),
    ("BG", QT_TRANSLATE_NOOP("Country", "Bulgaria")),
    ("RS", QT_TRANSLATE_NOOP("Country", "Serbia")),
    ("ME", QT_TRANSLATE_NOOP("Country", "Montenegro")),
    ("FI", QT_TRANSLATE_NOOP("Country", "Finland")),
    ("SE", QT_TRANSLATE_NOOP("Country", "Sweden")),
    ("NO", QT_TRANSLATE_NOOP("Country", "Norway")),
    ("DK", QT_TRANSLATE_NOOP("Country", "Denmark")),
    ("NL", QT_TRANSLATE_NOOP("Country", "Netherlands")),
    ("BE", QT_TRANSLATE_NOOP("Country", "Belgium")),
    ("FR", QT_TRANSLATE_NOOP("Country", "France")),
    ("ES", QT_TRANSLATE_NOOP("Country", "Spain")),
    ("PT", QT_TRANSLATE_NOOP("Country", "Portugal")),
    ("IT", QT_TRANSLATE_NOOP("Country", "Italy")),
    ("AT", QT_TRANSLATE_NOOP("Country", "Austria")),
    ("CH", QT_TRANSLATE_NOOP("Country", "Switzerland")),
    ("GB", QT_TRANSLATE_NOOP("Country", "United Kingdom")),
    ("IE", QT_TRANSLATE_NOOP("Country", "Ireland")),
    ("US", QT_TRANSLATE_NOOP("Country", "United States")),
    ("CA", QT_TRANSLATE_NOOP("Country", "Canada")),
    ("IL", QT_TRANSLATE_NOOP("Country", "Israel")),
    ("TR", QT_TRANSLATE_NOOP("Country", "Turkey")),
    ("AE", QT_TRANSLATE_NOOP("Country", "United Arab Emirates")),
    ("UZ", QT_TRANSLATE_NOOP("Country", "Uzbekistan")),
    ("KG", QT_TRANSLATE_NOOP("Country", "Kyrgyzstan")),
    ("CN", QT_TRANSLATE_NOOP("Country", "China")),
)
_LANGUAGES: tuple[tuple[str, object], ...] = (
    ("be", QT_TRANSLATE_NOOP("Language", "Belarusian")),
    ("ru", QT_TRANSLATE_NOOP("Language", "Russian")),
    ("en", QT_TRANSLATE_NOOP("Language", "English")),
    ("pl", QT_TRANSLATE_NOOP("Language", "Polish")),
    ("lt", QT_TRANSLATE_NOOP("Language", "Lithuanian")),
    ("uk", QT_TRANSLATE_NOOP("Language", "Ukrainian")),
    ("lv", QT_TRANSLATE_NOOP("Language", "Latvian")),
    ("et", QT_TRANSLATE_NOOP("Language", "Estonian")),
    ("de", QT_TRANSLATE_NOOP("Language", "German")),
    ("cs", QT_TRANSLATE_NOOP("Language", "Czech")),
    ("ka", QT_TRANSLATE_NOOP("Language", "Georgian")),
    ("fr", QT_TRANSLATE_NOOP("Language", "French")),
    ("es", QT_TRANSLATE_NOOP("Language", "Spanish")),
    ("it", QT_TRANSLATE_NOOP("Language", "Italian")),
    ("he", QT_TRANSLATE_NOOP("Language", "Hebrew")),
    ("yi", QT_TRANSLATE_NOOP("Language", "Yiddish")),
    ("kk", QT_TRANSLATE_NOOP("Language", "Kazakh")),
    ("hy", QT_TRANSLATE_NOOP("Language", "Armenian")),
    ("az", QT_TRANSLATE_NOOP("Language", "Azerbaijani")),
    ("tr", QT_TRANSLATE_NOOP("Language", "Turkish")),
    ("sv", QT_TRANSLATE_NOOP("Language", "Swedish")),
    ("fi", QT_TRANSLATE_NOOP("Language", "Finnish")),
    ("sk", QT_TRANSLATE_NOOP("Language", "Slovak")),
    ("ro", QT_TRANSLATE_NOOP("Language", "Romanian")),
)
# fmt: on
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
_LANGUAGE_CODE = re.compile(r"[a-z]{2}")


def _named(table: tuple[tuple[str, object], ...], context: str) -> Options:
    return [(code, QCoreApplication.translate(context, str(name))) for code, name in table]


def country_options() -> Options:
    """The shipped countries in the interface language, then every other one Qt knows."""
    return _named(_COUNTRIES, "Country") + list(_other_countries())


def language_options() -> Options:
    """The shipped languages in the interface language, then every other one Qt knows."""
    return _named(_LANGUAGES, "Language") + list(_other_languages())


@functools.cache
def _other_countries() -> tuple[tuple[str, str], ...]:
    shipped = {code for code, _ in _COUNTRIES}
    found: dict[str, str] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if _COUNTRY_CODE.fullmatch(code) and code not in shipped:
            found.setdefault(code, QLocale.territoryToString(territory))
    return tuple(sorted(found.items(), key=lambda entry: entry[1]))


@functools.cache
def _other_languages() -> tuple[tuple[str, str], ...]:
    shipped = {code for code, _ in _LANGUAGES}
    found: dict[str, str] = {}
    for language in QLocale.Language:
        code = QLocale.languageToCode(language, QLocale.LanguageCodeType.ISO639Part1)
        if _LANGUAGE_CODE.fullmatch(code) and code not in shipped:
            found.setdefault(code, QLocale.languageToString(language))
    return tuple(sorted(found.items(), key=lambda entry: entry[1]))
