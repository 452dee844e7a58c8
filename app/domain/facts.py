"""Facts derived from a validated testimony, for lists, filters and aggregate figures.

Pure functions of the record (and of ``today`` where age matters): nothing here is part of the
record, so a correction of a birth date or a health entry changes every figure derived from it.
A cache of these facts (a list summary) is stale once ``today`` passes a 60th birthday. Where the
record is imprecise the functions are conservative: a figure quoted in advocacy must never claim
more than the testimony supports (a person born "1964" is counted as born on 31 December 1964).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from typing import Any

__all__ = [
    "AGE_THRESHOLD",
    "FLAGS",
    "age_on",
    "best_name",
    "consent_scopes",
    "date_bounds",
    "display_name",
    "facts_valid_until",
    "flags",
    "humanitarian_criteria",
    "interview_date",
    "value_bounds",
]

AGE_THRESHOLD = 60
"""age_over_60 applies from the 60th birthday on."""

FLAGS = frozenset(
    {
        "incommunicado_now",
        "art411_reconviction",
        "in_absentia",
        "humanitarian",
        "death_in_detention",
        "transnational",
        "arrest_on_return",
        "solidarity",
        # schema 2
        "death_after_release",
        "held_beyond_term",
        "administrative_case",
        "listed",
        "property",
        "recruitment",
        "intervention",
    }
)

_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_EXPECTED_LENGTH = {"day": 10, "month": 7, "year": 4}
_IN_ABSENTIA_TYPES = frozenset({"trial_in_absentia_individual", "trial_in_absentia_group"})
# Sections whose mere presence raises a flag.
_SECTION_FLAGS = {
    "solidarity_persecution": "solidarity",
    "administrative_cases": "administrative_case",
    "list_entries": "listed",
    "property_actions": "property",
    "recruitment_attempts": "recruitment",
    "interventions": "intervention",
}
_NO_NAME = "—"


def date_bounds(partial: Mapping[str, Any]) -> tuple[date, date] | None:
    """Earliest and latest day a partial date can mean; None if approximate, unknown or invalid.

    Approximate dates have no bounds on purpose: "around 1962" may be 1963, so no certain
    conclusion (an age, an order of events) may be drawn from them.
    """
    precision, value = partial.get("precision"), partial.get("value")
    # Also called by validation on unchecked documents: any JSON may turn up here.
    if not isinstance(precision, str) or not isinstance(value, str):
        return None
    if len(value) != _EXPECTED_LENGTH.get(precision, -1):
        return None
    return value_bounds(value)


def value_bounds(value: str) -> tuple[date, date] | None:
    """Earliest and latest day of ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; None if no such date."""
    match = _DATE.fullmatch(value)
    if match is None:
        return None
    year, month, day = (int(group) if group else None for group in match.groups())
    if year is None:
        return None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
            return date(year, month, 1), date(year, month, last)
        exact = date(year, month, day)
    except ValueError:
        return None
    return exact, exact


def age_on(birth: Mapping[str, Any], day: date) -> int | None:
    """Completed years on ``day``, counting from the latest possible birth date; None if unknown.

    Using the latest possible birth date makes a year- or month-precision age the lowest the
    person can be, so an age threshold is only ever claimed when certain.
    """
    bounds = date_bounds(birth)
    if bounds is None or bounds[0] > day:
        return None
    latest = bounds[1]
    age = day.year - latest.year - ((day.month, day.day) < (latest.month, latest.day))
    return max(age, 0)


def _items(doc: Mapping[str, Any], section: str) -> Iterator[Mapping[str, Any]]:
    for item in doc.get(section) or []:
        if isinstance(item, Mapping):
            yield item


def _deaths(doc: Mapping[str, Any]) -> dict[str, date | None]:
    """Person ref -> earliest possible date of death in detention (None when undated).

    A death after release (schema 2's ``custody``) is not a death in detention: it does not
    make the humanitarian criterion, though the person no longer ages either."""
    deaths: dict[str, date | None] = {}
    for death in _items(doc, "deaths_in_detention"):
        if death.get("custody") == "after_release":
            continue
        bounds = date_bounds(death["date"]) if "date" in death else None
        deaths[death["person"]] = bounds[0] if bounds else None
    return deaths


def humanitarian_criteria(doc: Mapping[str, Any], today: date) -> dict[str, set[str]]:
    """Person ref -> humanitarian-list criteria met: asserted ones plus those the record implies.

    Computed: age_over_60 (from birth_date, at today or at death), death_in_detention,
    serious_health_condition (a health entry marked serious), disability (a disability group or
    physical_disability) and mental_disorder. Persons meeting no criterion are left out.
    """
    result: dict[str, set[str]] = {}

    def add(person: str, criterion: str) -> None:
        result.setdefault(person, set()).add(criterion)

    for item in _items(doc, "humanitarian_criteria"):
        add(item["person"], item["criterion"])
    deaths = _deaths(doc)
    for dead in deaths:
        add(dead, "death_in_detention")
    for person in _items(doc, "persons"):
        if "birth_date" not in person:
            continue
        # A dead person does not keep ageing; an undated death gives no certain age.
        on = deaths.get(person["ref"], today)
        age = age_on(person["birth_date"], min(on, today)) if on is not None else None
        if age is not None and age >= AGE_THRESHOLD:
            add(person["ref"], "age_over_60")
    for entry in _items(doc, "health"):
        if entry.get("serious") is True:
            add(entry["person"], "serious_health_condition")
        if "disability_group" in entry or entry["category"] == "physical_disability":
            add(entry["person"], "disability")
        if entry["category"] == "mental_disorder":
            add(entry["person"], "mental_disorder")
    return result


def facts_valid_until(doc: Mapping[str, Any], today: date) -> date | None:
    """The first day after ``today`` on which a fact computed at ``today`` may change by time
    alone: the next certain 60th birthday of a person not recorded as dead. None if none comes."""
    dead = set(_deaths(doc)) | {d["person"] for d in _items(doc, "deaths_in_detention")}
    days = []
    for person in _items(doc, "persons"):
        bounds = date_bounds(person["birth_date"]) if "birth_date" in person else None
        if bounds is None or person["ref"] in dead:
            continue
        latest = bounds[1]
        year = latest.year + AGE_THRESHOLD
        # age_on counts a 29 February birthday as passed on 1 March of a common year.
        birthday = (
            date(year, 3, 1)
            if (latest.month, latest.day) == (2, 29) and not calendar.isleap(year)
            else latest.replace(year=year)
        )
        if birthday > today:
            days.append(birthday)
    # A person still held passes the end of their term by time alone (held_beyond_term).
    held = _held(doc)
    for ref, end in _term_ends(doc).items():
        if ref in held and end >= today:
            days.append(end + timedelta(days=1))
    return min(days, default=None)


def _term_ends(doc: Mapping[str, Any]) -> dict[str, date]:
    """Person ref -> the latest day their sentences can end (schema 2's expected_end), for
    persons whose every expected end is a certain date: an approximate one claims nothing."""
    ends: dict[str, date] = {}
    uncertain: set[str] = set()
    for case in _items(doc, "prosecutions"):
        expected = (case.get("sentence") or {}).get("expected_end")
        if expected is None:
            continue
        bounds = date_bounds(expected)
        person = case["person"]
        if bounds is None:
            uncertain.add(person)
        elif person not in ends or bounds[1] > ends[person]:
            ends[person] = bounds[1]
    return {person: end for person, end in ends.items() if person not in uncertain}


def _beyond_term(doc: Mapping[str, Any], today: date) -> bool:
    """Someone held past the latest end of their terms: still held after it, or released
    certainly later than it (Art. 411 re-convictions keep people past their sentence)."""
    ends = _term_ends(doc)
    for episode in _items(doc, "detention_episodes"):
        end = ends.get(episode["person"])
        if end is None:
            continue
        release = episode.get("release")
        if release is None:
            if today > end:
                return True
            continue
        bounds = date_bounds(release["date"])
        if bounds is not None and bounds[0] > end:
            return True
    return False


def _held(doc: Mapping[str, Any]) -> set[str]:
    """Persons with a detention episode that has no release: still held as far as known."""
    return {e["person"] for e in _items(doc, "detention_episodes") if "release" not in e}


def flags(doc: Mapping[str, Any], today: date) -> frozenset[str]:
    """Filter flags of the record, a subset of :data:`FLAGS`.

    ``humanitarian`` means a person still held (or who died in detention) meets a
    humanitarian-list criterion: the list is of prisoners, not of their relatives.
    """
    found: set[str] = set()
    if any(item["status"] == "continuing" for item in _items(doc, "incommunicado")):
        found.add("incommunicado_now")
    for case in _items(doc, "prosecutions"):
        codes = {article["code"] for article in case.get("articles", [])}
        if case.get("art411_reconviction") is True or "411" in codes:
            found.add("art411_reconviction")
        if case.get("in_absentia") is True:
            found.add("in_absentia")
    incidents = list(_items(doc, "transnational_incidents"))
    if incidents:
        found.add("transnational")
    if any(item["type"] in _IN_ABSENTIA_TYPES for item in incidents):
        found.add("in_absentia")
    deaths = _deaths(doc)
    if deaths:
        found.add("death_in_detention")
    criteria = humanitarian_criteria(doc, today)
    if any(criteria.get(person) for person in _held(doc) | set(deaths)):
        found.add("humanitarian")
    for episode in _items(doc, "detention_episodes"):
        arrest = episode["arrest"]
        if (
            arrest.get("at_border_on_return") is True
            or arrest.get("returned_from_abroad") is True
            or "return_from_abroad" in arrest
        ):
            found.add("arrest_on_return")
        if episode.get("kgb_recruitment_attempts"):
            found.add("recruitment")
    if any(d.get("custody") == "after_release" for d in _items(doc, "deaths_in_detention")):
        found.add("death_after_release")
    if _beyond_term(doc, today):
        found.add("held_beyond_term")
    for section, flag in _SECTION_FLAGS.items():
        if any(True for _ in _items(doc, section)):
            found.add(flag)
    return frozenset(found)


def best_name(person: Mapping[str, Any]) -> str | None:
    """How a person is named in lists: the original spelling, else a transliteration, a
    pseudonym, the case code; None when the record gives none of them."""
    names = [n for n in person.get("names", []) if isinstance(n, Mapping)]
    for kind in ("original", "transliteration", "pseudonym"):
        for name in names:
            if name.get("kind") == kind and name.get("value"):
                return str(name["value"])
    code = person.get("case_code")
    return str(code) if code else None


def display_name(doc: Mapping[str, Any]) -> str:
    """Name to list the record under: the main victim's, else the first person's, else "—".

    The main victim is the first person with the victim role. The original-script name is
    preferred, then a transliteration, a pseudonym, the case code.
    """
    persons = list(_items(doc, "persons"))
    victims = [p for p in persons if "victim" in p.get("roles", [])]
    for person in victims[:1] + persons[:1]:
        name = best_name(person)
        if name:
            return name
    return _NO_NAME


def consent_scopes(doc: Mapping[str, Any]) -> frozenset[str]:
    """Scopes in force: none once consent is withdrawn."""
    consent = doc.get("consent") or {}
    if "withdrawal" in consent:
        return frozenset()
    return frozenset(consent.get("scopes", []))


def interview_date(doc: Mapping[str, Any]) -> str | None:
    """The interview date as written (``2024-10-03``, ``2024-10``, ``2024``), or None.

    ISO text at any precision sorts chronologically and filters by prefix ("2024").
    """
    value = (doc.get("interview") or {}).get("date", {}).get("value")
    return value if isinstance(value, str) else None
