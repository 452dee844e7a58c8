"""The figures a coordinator reports (the source paper's tables), and how to ask for them.

A figure counts persons by default (each archive person once, whatever the number of
testimonies about them), or testimonies, or acts (one detention, one case, one incident).
Four figures are states as of a date: `held` (status held), `held_beyond_term` (held after
the expected end of the term), `incommunicado` (an incommunicado period that has begun and
not ended) and `humanitarian` (held or died in custody, and meeting a criterion: age over 60
from the 60th birthday on). `deaths` is the paper's "died in custody"; a death after release
is `deaths_after_release`, never added to it. The others count
acts, placed in time by the date of the event (arrest, verdict, death, incident), never of
the interview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.facts import value_bounds

__all__ = [
    "BY_KEYS",
    "FIGURES",
    "UNITS",
    "BadReport",
    "Request",
    "Window",
    "parse_by",
    "parse_window",
]

UNCERTAIN = "date uncertain"
NOT_RECORDED = "not recorded"
UNITS = ("persons", "testimonies", "acts")


class BadReport(ValueError):
    """A report asked for in a way that has no answer; the message says what to ask."""


@dataclass(frozen=True)
class Figure:
    name: str
    facts: str  # the `figure` of the fact rows it counts
    state: str  # "acts", or the state kind: "held", "incommunicado", "humanitarian"
    title: str


FIGURES = {
    f.name: f
    for f in (
        Figure("humanitarian", "humanitarian", "humanitarian", "Humanitarian list"),
        Figure("incommunicado", "incommunicado", "incommunicado", "Held incommunicado"),
        Figure("art411", "art411", "acts", "Re-convicted under Art. 411"),
        # The paper's "died in custody"; a death after release is counted apart.
        Figure("deaths", "deaths", "acts", "Died in custody"),
        Figure("deaths_after_release", "deaths_after_release", "acts", "Died after release"),
        Figure("arrests_on_return", "arrests_on_return", "acts", "Arrests on return"),
        Figure("in_absentia", "in_absentia", "acts", "Trials in absentia"),
        Figure("transnational", "transnational", "acts", "Transnational repression"),
        Figure("solidarity", "solidarity", "acts", "Persecution for solidarity"),
        Figure("held", "held", "held", "Held"),
        Figure("prosecutions", "prosecutions", "acts", "Prosecutions"),
        Figure("lists", "lists", "acts", "Included in an extremist or terrorist list"),
        # Still held (status) after the latest expected end of the person's terms.
        Figure("held_beyond_term", "held_beyond_term", "held", "Held beyond the end of the term"),
    )
}

# --by KEY -> the fact dimension grouped on ("month"/"year": the event's date).
BY_KEYS = {
    "criterion": "criterion",
    "article": "article",
    "isans_category": "isans_category",
    "isans": "isans_category",
    "category": "isans_category",
    "facility": "facility",
    "instrument": "instrument",
    "identified_via": "identified_via",
    "where": "where",
    "action": "action",
    "country": "country",
    "list": "list",
    "month": "month",
    "year": "year",
}
_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")


@dataclass(frozen=True)
class Window:
    """Event dates from ``lo`` to ``hi`` (ISO days, inclusive)."""

    lo: str
    hi: str


@dataclass(frozen=True)
class Request:
    figure: Figure
    by: str | None
    unit: str
    as_of: str
    window: Window | None
    filters: tuple[tuple[str, str], ...]


def figure_named(name: str) -> Figure:
    if name not in FIGURES:
        raise BadReport(f"there is no figure {name!r}; the figures are {', '.join(FIGURES)}")
    return FIGURES[name]


def parse_by(key: str | None, figure: Figure) -> str | None:
    if key is None:
        return None
    dimension = BY_KEYS.get(key.strip().lower())
    if dimension is None:
        known = ", ".join(k for k in BY_KEYS if k not in ("isans", "category"))
        raise BadReport(f"cannot group by {key!r}; group by one of {known}")
    if dimension in ("month", "year") and figure.state == "humanitarian":
        raise BadReport(
            "the humanitarian list is a state, not an event: use --as-of, not --by month"
        )
    return dimension


def _bounds(value: str, flag: str) -> tuple[str, str]:
    bounds = value_bounds(value) if _DATE.match(value) else None
    if bounds is None:
        raise BadReport(f"{flag} takes a date written YYYY, YYYY-MM or YYYY-MM-DD")
    return bounds[0].isoformat(), bounds[1].isoformat()


def parse_day(value: str, flag: str) -> str:
    """The last day of a YYYY, YYYY-MM or YYYY-MM-DD date (as of 2024 = end of 2024)."""
    return _bounds(value, flag)[1]


def parse_window(start: str | None, end: str | None, figure: Figure) -> Window | None:
    if start is None and end is None:
        return None
    if figure.state == "humanitarian":
        raise BadReport(
            "the humanitarian list is a state, not an event: use --as-of, not --from/--to"
        )
    lo = _bounds(start, "--from")[0] if start else "0000-01-01"
    hi = _bounds(end, "--to")[1] if end else "9999-12-31"
    if lo > hi:
        raise BadReport("--from is after --to")
    return Window(lo, hi)


def parse_filters(pairs: tuple[str, ...] | list[str]) -> tuple[tuple[str, str], ...]:
    """KEY=VALUE: a dimension (criterion=age_over_60, article=411 ...) or a figure the person
    must also be in (incommunicado=yes, art411=yes ...)."""
    found = []
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not sep or not value:
            raise BadReport(f"filter {pair!r}: write it as KEY=VALUE")
        if key in FIGURES:
            if value.lower() not in ("yes", "true", "1"):
                raise BadReport(f"filter {key}: the only value is 'yes'")
            found.append(("figure", key))
        elif key in BY_KEYS and BY_KEYS[key] not in ("month", "year"):
            found.append((BY_KEYS[key], value))
        else:
            raise BadReport(
                f"unknown filter {key!r}; filter on a figure (incommunicado=yes) or on "
                "criterion, article, isans_category, facility, instrument, country"
            )
    return tuple(found)
