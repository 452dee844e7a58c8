"""What of a testimony is searchable and filterable, derived from the record alone.

`searchable_text` gathers every human-written text (names, narrative, places, notes,
descriptions) plus the labels of the facilities named by code, so that "Akrestsina" finds a
testimony that only says `minsk_akrestsina_cip`. `facets` lists the structured facts that the
filters of the search use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from app.domain import facts, instruments, person_facts
from app.domain.vocabulary import LANGUAGES, VocabularySet

# Keys whose string values are identifiers or machine values, never words a person wrote.
_NOT_TEXT = frozenset(
    {"id", "schema", "ref", "sha256", "media_type", "precision", "kind", "script", "language"}
)
# Keys that hold a detention facility code: their labels are searchable too.
_FACILITY_KEYS = frozenset({"facility", "reported_location"})


def _is_partial_date(node: Mapping[str, Any]) -> bool:
    return "precision" in node and set(node) <= {"precision", "value"}


def _strings(node: Any, key: str = "") -> list[tuple[str, str]]:
    """(key, text) of every string of ``node`` that may be words a person wrote, in order."""
    found: list[tuple[str, str]] = []
    _collect(node, key, found)
    return found


def _collect(node: Any, key: str, found: list[tuple[str, str]]) -> None:
    # One list filled by plain recursion: nested generators cost more than the walk itself
    # (a full testimony has thousands of nodes, walked at every save and bulk add).
    if isinstance(node, str):
        found.append((key, node))
    elif isinstance(node, list):
        for item in node:
            _collect(item, key, found)
    elif isinstance(node, (dict, Mapping)):  # dict first: the ABC check is the slow one
        if _is_partial_date(node):
            return
        for child_key, child in node.items():
            if child_key not in _NOT_TEXT:
                _collect(child, child_key, found)


def searchable_text(doc: Mapping[str, Any], vocab: VocabularySet, extra: Iterable[str] = ()) -> str:
    """All searchable text of a testimony, one passage per line (`extra`: e.g. attachment
    descriptions, which live beside the record)."""
    return _searchable(_strings(doc), vocab, extra)


def searchable_and_facets(
    doc: Mapping[str, Any], vocab: VocabularySet, today: date, extra: Iterable[str] = ()
) -> tuple[str, set[tuple[str, str]]]:
    """`searchable_text` and `facets` from one walk over the record (what indexing needs)."""
    strings = _strings(doc)
    return _searchable(strings, vocab, extra), _facets(doc, today, strings)


def _searchable(strings: list[tuple[str, str]], vocab: VocabularySet, extra: Iterable[str]) -> str:
    passages: list[str] = []
    for key, value in strings:
        passages.append(value)
        if key in _FACILITY_KEYS and vocab.has("detention_facilities", value):
            passages.extend(vocab.label("detention_facilities", value, lang) for lang in LANGUAGES)
    passages.extend(extra)
    return "\n".join(passage for passage in passages if passage.strip())


def facets(doc: Mapping[str, Any], today: date) -> set[tuple[str, str]]:
    """(facet, value) pairs for the structured filters.

    A criterion facet comes only from a person it can put on the humanitarian list (held, or
    died in detention): an informant over 60 who was never detained does not make the
    testimony match ``criterion=age_over_60``.
    """
    return _facets(doc, today, _strings(doc))


def _facets(
    doc: Mapping[str, Any], today: date, strings: list[tuple[str, str]]
) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = {("flag", flag) for flag in facts.flags(doc, today)}
    for criteria in person_facts.qualifying_criteria(doc, today).values():
        found.update(("criterion", criterion) for criterion in criteria)
    found.update(("scope", scope) for scope in facts.consent_scopes(doc))
    for case in doc.get("prosecutions", []):
        found.update(("article", str(article["code"])) for article in case.get("articles", []))
    for incident in doc.get("transnational_incidents", []):
        found.add(("transnational", str(incident["type"])))
    # Schema 2: instruments of repression derived from the sections, Administrative Code
    # articles, and the official lists a person is on.
    found.update(("instrument", code) for code in instruments.instruments(doc))
    for case in doc.get("administrative_cases", []):
        found.update(
            ("administrative_article", str(article["code"])) for article in case.get("articles", [])
        )
    found.update(("list", str(entry["list"])) for entry in doc.get("list_entries", []))
    for key, value in strings:
        if key in _FACILITY_KEYS:
            found.add(("facility", value))
    return found
