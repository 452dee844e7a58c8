"""Build the shipped names of countries and languages from the Unicode CLDR, through Babel.

Usage (from the repository root, with the project's virtual environment)::

    .venv/bin/python scripts/build_place_names.py

Writes ``resources/i18n/places.json``, which ``app.ui.place_names`` reads at run time: Qt names
countries and languages only in English (``QLocale.territoryToString``), so a Belarusian or
Russian interface showed "Lithuania" among its own words. Babel is a test dependency only (the
``test`` extra); the app reads the shipped table. The CLDR's licence is beside the table,
``resources/i18n/LICENSE-Unicode.txt``. ``tests/ui/test_place_names.py`` fails when the table
is not what this script writes.

What the table holds:

- countries: the ISO 3166-1 alpha-2 codes a record stores (``interview.place.country``,
  citizenships), plus Kosovo's XK (user-assigned, but what Kosovar documents carry); not the
  CLDR's regions (``150``), groupings (EU, UN), pseudo-locales or the unknown region ZZ;
- languages: the two- and three-letter codes (the record's BCP 47 tags without subtags) that
  the CLDR names in all three interface languages, so a list is never partly English; not
  "undetermined", "no linguistic content", "uncoded" or "multiple languages".

A Belarusian or Russian language name is written mid-sentence in the CLDR ("польская"); a list
entry or a value standing alone starts with a capital ("Польская"), which is the CLDR's
``uiListOrMenu`` context transform for language names (titlecase-firstword) and how the
interface already wrote them.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import babel
from babel import Locale
from babel.core import get_cldr_version

REPO_ROOT = Path(__file__).resolve().parent.parent
OUTPUT = REPO_ROOT / "resources" / "i18n" / "places.json"
LICENCE = REPO_ROOT / "resources" / "i18n" / "LICENSE-Unicode.txt"
INTERFACE_LANGUAGES = ("en", "ru", "be")
_ALPHA_2 = re.compile(r"[A-Z]{2}")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
# Two-letter CLDR regions that are not countries a person is from or is held in: exceptional
# reservations (AC, CP, CQ, DG, EA, IC, TA), groupings (EU, EZ, UN), Outlying Oceania (QO),
# pseudo-locales (XA, XB) and the unknown region (ZZ).
_NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)
_NOT_LANGUAGES = frozenset({"und", "zxx", "mis", "mul"})


def _first_capital(name: str) -> str:
    return name[:1].upper() + name[1:]


def build() -> dict[str, Any]:
    """The table, as a JSON-ready dict (keys sorted when written)."""
    locales = {lang: Locale.parse(lang) for lang in INTERFACE_LANGUAGES}
    codes = set(locales["en"].territories)
    countries = sorted(
        code for code in codes if _ALPHA_2.fullmatch(code) and code not in _NOT_COUNTRIES
    )
    languages = sorted(
        code
        for code in locales["en"].languages
        if _LANGUAGE.fullmatch(code)
        and code not in _NOT_LANGUAGES
        and all(code in locale.languages for locale in locales.values())
    )
    for code in countries:
        missing = [lang for lang, locale in locales.items() if code not in locale.territories]
        if missing:
            raise SystemExit(f"the CLDR has no name for the country {code} in {missing}")
    return {
        "source": f"Unicode CLDR {get_cldr_version()} through Babel {babel.__version__}",
        "licence": LICENCE.name,
        "countries": {
            lang: {code: locale.territories[code] for code in countries}
            for lang, locale in locales.items()
        },
        "languages": {
            lang: {code: _first_capital(locale.languages[code]) for code in languages}
            for lang, locale in locales.items()
        },
    }


def render(table: dict[str, Any]) -> str:
    return json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> int:
    text = render(build())
    temporary = OUTPUT.with_suffix(".json.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(OUTPUT)
    print(f"wrote {OUTPUT.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
