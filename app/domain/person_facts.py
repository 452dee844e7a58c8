"""Facts about the persons of one testimony, each attached to the person it is about.

A testimony tells about several people: the informant, the detainee, relatives, a lawyer.
Figures count people, so every fact here names its person ref; a humanitarian criterion of an
informant who was never detained is a fact about the informant and never makes the detainee's
testimony count on the humanitarian list. Pure functions of the record: the storage layer
keeps what they return in the persons registry so reports are SQL over it.

A fact is one row: (person, figure, act, dimension, value, lo, hi, ends). ``figure`` names a
figure of the reports; ``act`` the act it comes from (one detention, one case ...), so figures
can be counted in acts; each act has one row with ``dimension`` "" (the act itself, with its
event date ``lo``..``hi``) and one row per value of each dimension (criterion, article,
facility ...). ``ends`` is when a state (incommunicado) ended, "" while it lasts.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.domain.facts import AGE_THRESHOLD, date_bounds, humanitarian_criteria

__all__ = ["Fact", "facts_of", "held_or_died", "instrument_of_arrest", "qualifying_criteria"]

# Figures whose persons are counted (reports and `--filter`).
FIGURES = (
    "humanitarian",
    "incommunicado",
    "art411",
    "deaths",
    "deaths_after_release",
    "arrests_on_return",
    "in_absentia",
    "transnational",
    "solidarity",
    "held",
    "prosecutions",
    "held_beyond_term",
    "lists",
)
# The status evidence rows: figure "status", value one of these.
STATUSES = ("held", "released", "deported", "died")
# The release condition (schema 2) that makes a release a deportation.
_DEPORTATION = "release_with_deportation"
_IN_ABSENTIA_TYPES = frozenset({"trial_in_absentia_individual", "trial_in_absentia_group"})


@dataclass(frozen=True)
class Fact:
    person: str
    figure: str
    act: str
    dimension: str = ""
    value: str = ""
    lo: str = ""
    hi: str = ""
    ends: str = ""


def _items(doc: Mapping[str, Any], section: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    for number, item in enumerate(doc.get(section) or []):
        if isinstance(item, Mapping):
            yield number, item


def _when(partial: Any) -> tuple[str, str]:
    """ISO bounds of a partial date; ("", "") when it cannot be placed (approximate, unknown)."""
    bounds = date_bounds(partial) if isinstance(partial, Mapping) else None
    if bounds is None:
        return "", ""
    return bounds[0].isoformat(), bounds[1].isoformat()


def _after_release(death: Mapping[str, Any]) -> bool:
    """Schema 2's ``custody``: absent means in detention (every schema-1 death was)."""
    return death.get("custody") == "after_release"


def _deaths(doc: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    """Person ref -> bounds of their death, in custody or after release: the dead do not age."""
    return {
        death["person"]: _when(death.get("date")) for _, death in _items(doc, "deaths_in_detention")
    }


def held_or_died(doc: Mapping[str, Any]) -> set[str]:
    """Person refs detained with no release recorded, or who died in custody: the people a
    humanitarian list is about (never their relatives or informants, nor someone who died
    after being released)."""
    held = {e["person"] for _, e in _items(doc, "detention_episodes") if "release" not in e}
    died = {d["person"] for _, d in _items(doc, "deaths_in_detention") if not _after_release(d)}
    return held | died


def qualifying_criteria(doc: Mapping[str, Any], today: date) -> dict[str, set[str]]:
    """Person ref -> humanitarian criteria, only for persons held or dead in detention."""
    prisoners = held_or_died(doc)
    return {
        person: criteria
        for person, criteria in humanitarian_criteria(doc, today).items()
        if person in prisoners and criteria
    }


def _age_fact(person: Mapping[str, Any], deaths: Mapping[str, tuple[str, str]]) -> Fact | None:
    """age_over_60 from the 60th birthday of the latest possible birth date on, so that an
    as-of date decides; none when a death is recorded that did not certainly come after it."""
    bounds = date_bounds(person["birth_date"]) if "birth_date" in person else None
    if bounds is None:
        return None
    latest = bounds[1]
    try:
        birthday = latest.replace(year=latest.year + AGE_THRESHOLD)
    except ValueError:  # 29 February: counted from 1 March, as facts.age_on does
        birthday = date(latest.year + AGE_THRESHOLD, 3, 1)
    ref = person["ref"]
    if ref in deaths:
        died_lo = deaths[ref][0]
        if not died_lo or died_lo < birthday.isoformat():
            return None
    day = birthday.isoformat()
    return Fact(ref, "humanitarian", "age", "criterion", "age_over_60", day, day)


def _criteria_facts(doc: Mapping[str, Any], today: date) -> Iterator[Fact]:
    deaths = _deaths(doc)
    for person, criteria in humanitarian_criteria(doc, today).items():
        for criterion in sorted(criteria - {"age_over_60"}):
            lo, hi = deaths.get(person, ("", "")) if criterion == "death_in_detention" else ("", "")
            yield Fact(person, "humanitarian", "h", "criterion", criterion, lo, hi)
    for _, entry in _items(doc, "persons"):
        fact = _age_fact(entry, deaths)
        if fact is not None:
            yield fact


def instrument_of_arrest(arrest: Mapping[str, Any]) -> str | None:
    if arrest.get("at_border_on_return") is True:
        return "arrest_on_return_at_border"
    if arrest.get("returned_from_abroad") is True:
        return "arrest_on_return_later_at_home"
    return None


def _detention_facts(doc: Mapping[str, Any], interviewed: tuple[str, str]) -> Iterator[Fact]:
    for number, episode in _items(doc, "detention_episodes"):
        person, act = episode["person"], f"e{number}"
        arrest = episode.get("arrest") or {}
        lo, hi = _when(arrest.get("date"))
        # Status evidence: held from the arrest and, with no release, still held as far as the
        # interview tells (its date is the latest the testimony can vouch for).
        yield Fact(person, "status", act, "", "held", lo, hi)
        if "release" not in episode and interviewed[1]:
            yield Fact(person, "status", f"{act}i", "", "held", *interviewed)
        facilities = [p["facility"] for p in episode.get("places", []) if p.get("facility")]
        yield Fact(person, "held", act, "", "", lo, hi)
        for facility in dict.fromkeys(facilities):
            yield Fact(person, "held", act, "facility", facility, lo, hi)
        release = episode.get("release")
        if isinstance(release, Mapping):
            r_lo, r_hi = _when(release.get("date"))
            yield Fact(person, "status", f"{act}r", "", "released", r_lo, r_hi)
        instrument = instrument_of_arrest(arrest)
        if instrument is not None:
            where = "border" if instrument.endswith("border") else "home"
            yield Fact(person, "arrests_on_return", act, "", "", lo, hi)
            yield Fact(person, "arrests_on_return", act, "where", where, lo, hi)
            yield Fact(person, "arrests_on_return", act, "instrument", instrument, lo, hi)
            for means in arrest.get("identified_via", []):
                yield Fact(person, "arrests_on_return", act, "identified_via", means, lo, hi)
            for facility in dict.fromkeys(facilities):
                yield Fact(person, "arrests_on_return", act, "facility", facility, lo, hi)


def _incommunicado_facts(doc: Mapping[str, Any], interviewed: str) -> Iterator[Fact]:
    for number, item in _items(doc, "incommunicado"):
        person, act = item["person"], f"i{number}"
        lo, hi = _when(item.get("since"))
        if item.get("status") == "continuing":
            ends = ""
        else:
            # Ended (or unknown) without a date: it ended by the interview at the latest.
            ends = _when(item.get("until"))[1] or interviewed or lo
        yield Fact(person, "incommunicado", act, "", item.get("status", ""), lo, hi, ends)
        yield Fact(
            person, "incommunicado", act, "instrument", "incommunicado_detention", lo, hi, ends
        )
        if item.get("reported_location"):
            location = str(item["reported_location"])
            yield Fact(person, "incommunicado", act, "facility", location, lo, hi, ends)


def _prosecution_facts(doc: Mapping[str, Any], categories: Mapping[str, str]) -> Iterator[Fact]:
    for number, case in _items(doc, "prosecutions"):
        person, act = case["person"], f"c{number}"
        dates = case.get("dates") or {}
        lo, hi = _when(dates.get("verdict") or dates.get("trial") or dates.get("opened"))
        codes = [str(article["code"]) for article in case.get("articles", [])]
        figures = ["prosecutions"]
        if case.get("art411_reconviction") is True or "411" in codes:
            figures.append("art411")
        if case.get("in_absentia") is True:
            figures.append("in_absentia")
        for figure in figures:
            yield Fact(person, figure, act, "", "", lo, hi)
            for code in dict.fromkeys(codes):
                yield Fact(person, figure, act, "article", code, lo, hi)
                if code in categories:
                    yield Fact(person, figure, act, "isans_category", categories[code], lo, hi)
            if figure == "art411":
                yield Fact(person, figure, act, "instrument", "repeated_conviction_art411", lo, hi)


def _death_facts(doc: Mapping[str, Any], interviewed: tuple[str, str]) -> Iterator[Fact]:
    """`deaths` counts the paper's "died in custody"; a death after release is a fact of its
    own (`deaths_after_release`), never added to it. Either way the person's status is died."""
    for number, death in _items(doc, "deaths_in_detention"):
        person, act = death["person"], f"d{number}"
        lo, hi = _when(death.get("date"))
        # An undated death came before the interview that tells of it.
        yield Fact(person, "status", act, "", "died", *((lo, hi) if hi else ("", interviewed[1])))
        figure = "deaths_after_release" if _after_release(death) else "deaths"
        yield Fact(person, figure, act, "", "", lo, hi)
        facility = (death.get("place") or {}).get("facility")
        if facility:
            yield Fact(person, figure, act, "facility", str(facility), lo, hi)


def _abroad_facts(doc: Mapping[str, Any]) -> Iterator[Fact]:
    for number, incident in _items(doc, "transnational_incidents"):
        person, act, kind = incident["person"], f"t{number}", str(incident["type"])
        lo, hi = _when(incident.get("date"))
        figures = ["transnational"] + (["in_absentia"] if kind in _IN_ABSENTIA_TYPES else [])
        for figure in figures:
            yield Fact(person, figure, act, "", "", lo, hi)
            yield Fact(person, figure, act, "instrument", kind, lo, hi)
            if incident.get("country"):
                yield Fact(person, figure, act, "country", str(incident["country"]), lo, hi)
    for number, item in _items(doc, "solidarity_persecution"):
        person, act = item["person"], f"s{number}"
        lo, hi = _when(item.get("date"))
        yield Fact(person, "solidarity", act, "", "", lo, hi)
        for action in item.get("actions", []):
            yield Fact(person, "solidarity", act, "action", str(action), lo, hi)
        if "raid" in item.get("actions", []):
            yield Fact(person, "solidarity", act, "instrument", "solidarity_raid", lo, hi)


def _list_facts(doc: Mapping[str, Any]) -> Iterator[Fact]:
    """Inclusion in an "extremist" or "terrorist" list (schema 2's ``list_entries``; a schema-1
    record has them once read through app.domain.upgrade)."""
    for number, entry in _items(doc, "list_entries"):
        if "person" not in entry:
            continue
        person, act = entry["person"], f"l{number}"
        lo, hi = _when(entry.get("date"))
        yield Fact(person, "lists", act, "", "", lo, hi)
        if entry.get("list"):
            yield Fact(person, "lists", act, "list", str(entry["list"]), lo, hi)


def _deported(doc: Mapping[str, Any]) -> Iterator[Fact]:
    """A release whose conditions (schema 2) include deportation. The free-text note is never
    read for it: "not deported" in a note must not make anyone deported."""
    for number, episode in _items(doc, "detention_episodes"):
        release = episode.get("release")
        if isinstance(release, Mapping) and _DEPORTATION in (release.get("conditions") or []):
            lo, hi = _when(release.get("date"))
            yield Fact(episode["person"], "status", f"e{number}x", "", "deported", lo, hi)


def _term_ends(doc: Mapping[str, Any]) -> dict[str, date]:
    """Person ref -> the latest day their sentences can end (``sentence.expected_end``), only
    when every expected end of theirs is placeable: an approximate one claims nothing."""
    ends: dict[str, date] = {}
    uncertain: set[str] = set()
    for _, case in _items(doc, "prosecutions"):
        expected = (case.get("sentence") or {}).get("expected_end")
        if not isinstance(expected, Mapping):
            continue
        bounds = date_bounds(expected)
        if bounds is None:
            uncertain.add(case["person"])
        elif case["person"] not in ends or bounds[1] > ends[case["person"]]:
            ends[case["person"]] = bounds[1]
    return {person: end for person, end in ends.items() if person not in uncertain}


def _beyond_term_facts(doc: Mapping[str, Any]) -> Iterator[Fact]:
    """Held beyond the end of the term: begins the day after the latest expected end, for a
    detention with no release or a release certainly later than that end. Whether the person
    is still held on a given day is the status's business (the `held_beyond_term` figure is a
    state, like `held`)."""
    ends = _term_ends(doc)
    for number, episode in _items(doc, "detention_episodes"):
        end = ends.get(episode["person"])
        if end is None:
            continue
        release = episode.get("release")
        if isinstance(release, Mapping):
            released = _when(release.get("date"))[0]
            if not released or released <= end.isoformat():
                continue
        day = (end + timedelta(days=1)).isoformat()
        yield Fact(episode["person"], "held_beyond_term", f"e{number}", "", "", day, day)


def facts_of(
    doc: Mapping[str, Any], today: date, isans_categories: Mapping[str, Sequence[str]] | None = None
) -> list[Fact]:
    """Every fact of the testimony, each about one of its persons (see the module doc)."""
    categories = {
        code: category for category, codes in (isans_categories or {}).items() for code in codes
    }
    interviewed = _when((doc.get("interview") or {}).get("date"))
    found: list[Fact] = []
    found += _criteria_facts(doc, today)
    found += _detention_facts(doc, interviewed)
    found += _deported(doc)
    found += _beyond_term_facts(doc)
    found += _incommunicado_facts(doc, interviewed[1])
    found += _prosecution_facts(doc, categories)
    found += _death_facts(doc, interviewed)
    found += _abroad_facts(doc)
    found += _list_facts(doc)
    known = {person["ref"] for _, person in _items(doc, "persons")}
    # Dangling refs are refused by validation; never let one invent a person here.
    return list(dict.fromkeys(fact for fact in found if fact.person in known))
