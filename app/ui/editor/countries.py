"""Countries and languages by name, for the full editor's pickers: nobody in a café knows
"ISO 3166-1" or "BCP 47", and "BY, PL" typed by hand is a guess at a code.

The record stores the same codes as before (``BY``, ``be``). Every country and language is
named in the interface language (the CLDR's names, app/ui/place_names.py); those where
interviews with Belarusians happen and the languages they are held in come first, the rest in
the interface language's alphabet, so that any code can still be chosen.
"""

from __future__ import annotations

from app.ui.place_names import named_countries, named_languages

__all__ = ["country_options", "language_options"]

Options = list[tuple[str, str]]


def country_options() -> Options:
    """Every country in the interface language, the common ones first."""
    return named_countries()


def language_options() -> Options:
    """Every language in the interface language, the common ones first."""
    return named_languages()
