"""What a search asks for and what it returns: the filters (as the CLI and the desktop take
them) and a hit. Pure data, re-exported by app.storage.search."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.domain.figures import FIGURES

__all__ = ["DATE_FILTERS", "FACET_FILTERS", "FLAG_FILTERS", "BadFilter", "Filters", "Hit"]

# --filter KEY=VALUE -> facet name in testimony_facet ("flag" values are fixed words).
FACET_FILTERS = {
    "criterion": "criterion",
    "article": "article",
    "facility": "facility",
    "transnational": "transnational",
    "consent": "scope",
    "flag": "flag",
    "instrument": "instrument",  # a code of repression_instruments
    "administrative_article": "administrative_article",
    "list": "list",  # extremist or terrorist
}
# Shorthands a coordinator reaches for; each is a flag.
FLAG_FILTERS = {
    "incommunicado": "incommunicado_now",
    "art411": "art411_reconviction",
    "in_absentia": "in_absentia",
    "humanitarian": "humanitarian",
    "death_in_detention": "death_in_detention",
    "arrest_on_return": "arrest_on_return",
    "solidarity": "solidarity",
}
DATE_FILTERS = ("from", "to")
_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
_YES = frozenset({"yes", "true", "1", "now"})


class BadFilter(ValueError):
    pass


@dataclass(frozen=True)
class Filters:
    facets: tuple[tuple[str, str], ...] = ()
    date_from: str | None = None
    date_to: str | None = None

    @classmethod
    def parse(cls, pairs: Iterable[str]) -> Filters:
        """Parse KEY=VALUE strings as the CLI and the UI take them."""
        facets: list[tuple[str, str]] = []
        dates: dict[str, str] = {}
        for pair in pairs:
            key, sep, value = pair.partition("=")
            key, value = key.strip().lower(), value.strip()
            if not sep or not value:
                raise BadFilter(f"filter {pair!r}: write it as KEY=VALUE")
            if key in FLAG_FILTERS:
                if value.lower() not in _YES:
                    raise BadFilter(f"filter {key}: the only value is 'yes'")
                facets.append(("flag", FLAG_FILTERS[key]))
            elif key in FACET_FILTERS:
                facets.append((FACET_FILTERS[key], value))
            elif key == "figure":  # testimonies about a person counted in that figure today
                if value.lower() not in FIGURES:
                    raise BadFilter(f"filter figure: the figures are {', '.join(FIGURES)}")
                facets.append(("figure", value.lower()))
            elif key in DATE_FILTERS:
                if not _DATE.match(value):
                    raise BadFilter(f"filter {key}: a date is YYYY, YYYY-MM or YYYY-MM-DD")
                dates[key] = value
            else:
                known = ", ".join(sorted([*FLAG_FILTERS, *FACET_FILTERS, *DATE_FILTERS, "figure"]))
                raise BadFilter(f"unknown filter {key!r}; known filters: {known}")
        return cls(tuple(facets), dates.get("from"), dates.get("to"))


@dataclass(frozen=True)
class Hit:
    id: str
    version: int
    display_name: str
    interview_date: str
    flags: tuple[str, ...]
    status: str = ""
    snippet: str = ""
    highlights: tuple[str, ...] = field(default_factory=tuple)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "name": self.display_name,
            "interview_date": self.interview_date,
            "flags": list(self.flags),
            "status": self.status,
            "snippet": self.snippet,
            "highlights": list(self.highlights),
        }
