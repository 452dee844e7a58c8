"""Countries and languages by name, in en, ru or be: the one shipped table
(resources/i18n/places.json, the Unicode CLDR's names, written by scripts/build_place_names.py).

Plain lookups for every face and the core alike (the PDF dossier names a country in the
chosen language, not "LT"); the desktop's ordered picker lists are app/ui/place_names.py.
"""

from __future__ import annotations

import functools
import json

from app.resources import resource_path

__all__ = ["LANGUAGES", "country_name", "language_name", "names"]

LANGUAGES = ("en", "ru", "be")  # the languages the table names places in


@functools.cache
def _table() -> dict[str, dict[str, dict[str, str]]]:
    table = json.loads(resource_path("i18n", "places.json").read_text("utf-8"))
    return {"countries": table["countries"], "languages": table["languages"]}


def names(kind: str, lang: str) -> dict[str, str]:
    """Code -> name of every country ("countries") or language ("languages") in ``lang``;
    English for a language the table does not have."""
    table = _table()[kind]
    return table.get(lang, table["en"])


def country_name(code: str, lang: str) -> str:
    """``LT`` -> "Літва" in Belarusian; a code no country has, as stored."""
    return names("countries", lang).get(code, code)


def language_name(code: str, lang: str) -> str:
    """``pl`` -> "Польская" in Belarusian; a tag the table lacks, as stored."""
    return names("languages", lang).get(code, code)
