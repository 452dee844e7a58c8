"""The tables of a hand-over, one row per person who leaves: the project's table (codes and
labels side by side, written as CSV or xlsx) and the CSV import layout of HURIDOCS Uwazi.

Uwazi matches columns to the properties of an entity template by name (no spaces), requires a
`title`, and takes several values of one property separated by `|`; select properties are
matched by their label, so Uwazi gets labels in the chosen language and no codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.consent import CASE_CODE, NAMED
from app.domain.vocabulary import VocabularySet

__all__ = [
    "PERSON_HEADER",
    "UWAZI_HEADER",
    "PersonRow",
    "Table",
    "person_line",
    "uwazi_line",
]

Table = tuple[list[str], list[list[str]]]  # a header and its rows


@dataclass(frozen=True)
class PersonRow:
    testimony_id: str
    document: dict[str, Any]  # the testimony as it may leave
    person: dict[str, Any]  # one of its persons
    person_id: str  # the persons registry's id, "" when not linked yet


# (column, section, list inside an item or "", field of the code, vocabulary of its labels)
_COLUMNS = (
    ("facilities", "detention_episodes", "places", "facility", "detention_facilities"),
    ("articles", "prosecutions", "articles", "code", "criminal_code_articles"),
    ("ill_treatment", "ill_treatment_acts", "", "method", "ill_treatment"),
    ("criteria", "humanitarian_criteria", "", "criterion", "humanitarian_criteria"),
)
_OWNER = {"ill_treatment_acts": "victim"}
_FIXED = ("testimony", "person_id", "ref", "shown_as", "name", "case_code", "roles")


def _codes(doc: dict[str, Any], ref: str, section: str, inner: str, key: str) -> list[str]:
    found: list[str] = []
    for item in doc.get(section, []):
        if item.get(_OWNER.get(section, "person")) != ref:
            continue
        for sub in item.get(inner, []) if inner else [item]:
            code = sub.get(key)
            if isinstance(code, str) and code not in found:
                found.append(code)
    return found


def _fixed(row: PersonRow) -> list[str]:
    person = row.person
    names = [n["value"] for n in person.get("names", []) if n.get("kind") == "original"]
    return [
        row.testimony_id,
        row.person_id,
        person["ref"],
        NAMED if "names" in person else CASE_CODE,
        names[0] if names else "",
        person.get("case_code", ""),
        " ".join(person.get("roles", [])),
    ]


def _coded(row: PersonRow, vocab: VocabularySet, lang: str) -> list[tuple[list[str], list[str]]]:
    found = []
    for _, section, inner, key, vocabulary in _COLUMNS:
        codes = _codes(row.document, row.person["ref"], section, inner, key)
        labels = [
            vocab.label(vocabulary, c, lang) if vocab.has(vocabulary, c) else c for c in codes
        ]
        found.append((codes, labels))
    return found


def _person_header() -> list[str]:
    header = [*_FIXED, "birth_date", "gender"]
    for column, *_ in _COLUMNS:
        header += [column, f"{column}_label"]
    return header


PERSON_HEADER = _person_header()
UWAZI_HEADER = [
    "title", *_FIXED[:4], "case_code", "roles", "birth_date", "gender",
    *(column for column, *_ in _COLUMNS),
]  # fmt: skip


def person_line(row: PersonRow, vocab: VocabularySet, lang: str) -> list[str]:
    """The project's table: one person's row, codes and labels side by side."""
    line = [
        *_fixed(row),
        row.person.get("birth_date", {}).get("value", ""),
        row.person.get("gender", ""),
    ]
    for codes, labels in _coded(row, vocab, lang):
        line += ["; ".join(codes), "; ".join(labels)]
    return line


def uwazi_line(row: PersonRow, vocab: VocabularySet, lang: str) -> list[str]:
    """Uwazi's CSV import: one person's row, labels only, several values joined by `|`."""
    testimony, person_id, ref, shown_as, name, case_code, roles = _fixed(row)
    line = [name or case_code, testimony, person_id, ref, shown_as, case_code]
    line += [roles.replace(" ", "|"), row.person.get("birth_date", {}).get("value", "")]
    line.append(row.person.get("gender", ""))
    line += ["|".join(labels) for _, labels in _coded(row, vocab, lang)]
    return line
