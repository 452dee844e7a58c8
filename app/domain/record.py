"""Validation of a testimony: the JSON Schema (resources/schema/testimony.schema.json) for shape
and types, then what a schema cannot say: refs naming existing persons and items, vocabulary codes
of the version in use, real calendar dates, periods that do not end before they start.

Messages never quote the value at fault: values are testimony, and messages reach logs, dialogs
and bug reports. jsonschema's own messages quote it, so each error is rewritten from its keyword.
Vocabulary codes are the exception: they are not testimony, and naming one fixes a mismatch.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple

from app.domain import schema as testimony_schema
from app.domain.facts import date_bounds, value_bounds
from app.domain.record_fields import (
    DATE_ORDER,
    EPISODE_REF_FIELDS,
    ITEM_SECTIONS,
    PERSON_REF_FIELDS,
    PROSECUTION_REF_FIELDS,
    RESPONSIBLE_FIELDS,
    VOCABULARY_FIELDS,
)
from app.domain.upgrade import SCHEMA_1, upgrade
from app.domain.vocabulary import VocabularySet

__all__ = [
    "EPISODE_REF_FIELDS", "ITEM_SECTIONS", "PERSON_REF_FIELDS", "VOCABULARY_FIELDS",
    "InvalidTestimony", "ValidationIssue", "collect_issues", "strip_provenance",
    "validate_testimony",
]  # fmt: skip

Parts = tuple[str | int, ...]

# Criteria the record computes; asserting them would let a claim contradict the facts.
COMPUTED_CRITERIA: Mapping[str, str] = {
    "age_over_60": "is computed from the person's birth_date and cannot be asserted",
    "death_in_detention": "is computed from deaths_in_detention and cannot be asserted",
}

# fmt: off
_TYPE_WORDS = {
    "object": "an object", "array": "a list", "string": "text", "integer": "a whole number",
    "boolean": "true or false", "null": "null",
}
# Keywords whose message only needs the schema's limit.
_LIMIT_MESSAGES = {
    "format": "must be a valid {}", "maxLength": "must be at most {} characters",
    "maxItems": "must have at most {} entries", "minimum": "must be at least {}",
    "maximum": "must be at most {}", "uniqueItems": "must not repeat an entry",
}
# fmt: on
_SAFE_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_CODE = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")
_STEP = re.compile(r"\[\]|[^.\[\]]+")
_FIELD_PATH = re.compile(r"([a-z_0-9]+)|\[([0-9]+)\]")
_MISSING = object()


class ValidationIssue(NamedTuple):
    """One problem: the field path (``persons[0].birth_date.value``) and what is wrong."""

    path: str
    message: str


class InvalidTestimony(ValueError):
    """The document is not a valid testimony; ``issues`` lists every problem found."""

    position: int | None = None  # which one of a batch (app.storage.testimony_batches)

    def __init__(self, issues: list[ValidationIssue]) -> None:
        self.issues = list(issues)
        super().__init__(self._summary())

    def _summary(self) -> str:
        if not self.issues:
            return "invalid testimony"
        first, more = self.issues[0], len(self.issues) - 1
        tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
        return f"invalid testimony: {first.path}: {first.message}{tail}"


def format_path(parts: Parts) -> str:
    """``("persons", 0, "names")`` -> ``persons[0].names``; the root is ``(testimony)``."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(testimony)"


def strip_provenance(doc: Any) -> dict[str, Any]:
    """A shallow copy of ``doc`` without the vault's read-only ``provenance`` object."""
    if not isinstance(doc, dict):
        raise TypeError(f"a testimony is a JSON object, not {type(doc).__name__}")
    return {key: value for key, value in doc.items() if key != "provenance"}


def collect_issues(doc: Any, vocab: VocabularySet) -> list[ValidationIssue]:
    """Every problem of ``doc``, sorted by field path; empty when it is a valid testimony.

    A document of an older schema is judged as what it reads as: its upgrade (paths are those
    of the upgraded document)."""
    if isinstance(doc, dict) and doc.get("schema") == SCHEMA_1:
        doc = upgrade(doc)
    found: dict[tuple[Parts, str], None] = {}
    schema_paths: set[Parts] = set()
    errors = () if testimony_schema.accepts(doc) else testimony_schema.reference().iter_errors(doc)
    for error in errors:
        for parts, message in _describe(error):
            found[(parts, message)] = None
            schema_paths.add(parts)
    for parts, message in _semantic_issues(doc, vocab):
        # A field the schema already rejected would only produce follow-on noise here.
        if not any(parts[: len(bad)] == bad for bad in schema_paths):
            found[(parts, message)] = None
    ordered = sorted(found, key=lambda item: (_sort_key(item[0]), item[1]))
    return [ValidationIssue(format_path(parts), message) for parts, message in ordered]


def validate_testimony(doc: Any, vocab: VocabularySet) -> None:
    """Raise :class:`InvalidTestimony` unless ``doc`` is a valid testimony for ``vocab``."""
    issues = collect_issues(doc, vocab)
    if issues:
        raise InvalidTestimony(issues)


def _sort_key(parts: Parts) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in parts)


def _describe(error: Any) -> Iterator[tuple[Parts, str]]:
    """Rewrite one jsonschema error as value-free (path, message) pairs."""
    parts: Parts = tuple(error.absolute_path)
    keyword, expected, instance = error.validator, error.validator_value, error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    if keyword == "required":
        for name in expected:
            if isinstance(instance, dict) and name not in instance:
                yield (*parts, name), "is required"
    elif keyword == "additionalProperties":
        allowed = set(schema.get("properties", {}))
        for name in instance:
            if name in allowed:
                continue
            if isinstance(name, str) and _SAFE_KEY.fullmatch(name):
                yield (*parts, name), "is not a field of this section"
            else:
                yield parts, "has a field with an unexpected name"
    elif keyword == "type":
        types = [expected] if isinstance(expected, str) else list(expected)
        yield parts, "must be " + " or ".join(_TYPE_WORDS.get(t, t) for t in types)
    elif keyword == "enum":
        yield parts, "must be one of: " + ", ".join(str(option) for option in expected)
    elif keyword == "const":
        yield parts, f"must be {json.dumps(expected, ensure_ascii=False)}"
    elif keyword in _LIMIT_MESSAGES:
        yield parts, _LIMIT_MESSAGES[keyword].format(expected)
    elif keyword in ("minItems", "minLength"):
        yield parts, "must not be empty" if expected == 1 else f"must have at least {expected}"
    else:
        # pattern, not, ...: the schema carries a reader's wording next to the rule.
        yield parts, str(schema.get("x-message", f"does not satisfy {keyword}"))


def select(doc: Any, pattern: str) -> Iterator[tuple[Parts, Any]]:
    """Values at ``pattern`` (``"persons[].relations[].to"``) with their paths; skips gaps.

    One step at a time over the whole level, in the document's order: a save selects ~300
    patterns, and recursive generators passed each value up through every level above it."""
    level: list[tuple[Parts, Any]] = [((), doc)]
    for step in _steps(pattern):
        if step == "[]":
            level = [
                ((*parts, index), item)
                for parts, node in level
                if isinstance(node, list)
                for index, item in enumerate(node)
            ]
        else:
            level = [
                ((*parts, step), node[step])
                for parts, node in level
                if isinstance(node, dict) and step in node
            ]
        if not level:
            break
    yield from level


@functools.cache
def _steps(pattern: str) -> tuple[str, ...]:
    return tuple(_STEP.findall(pattern))  # the patterns are the code's own: a few dozen


def _semantic_issues(doc: Any, vocab: VocabularySet) -> Iterator[tuple[Parts, str]]:
    # The objects both date checks read, listed by one walk: walking a complete testimony was
    # most of the semantic checks' time, and a save paid it twice.
    objects = _objects(doc)
    yield from _vocabulary_issues(doc, vocab)
    yield from _ref_issues(doc)
    yield from _date_issues(objects)
    yield from _order_issues(doc, objects)
    yield from _consistency_issues(doc)


def _vocabulary_issues(doc: Any, vocab: VocabularySet) -> Iterator[tuple[Parts, str]]:
    for pattern, name in VOCABULARY_FIELDS.items():
        for parts, code in select(doc, pattern):
            if not isinstance(code, str):
                continue
            try:
                known = vocab.has(name, code)
            except KeyError:
                yield parts, f"vocabulary {name} is missing from version {vocab.version}"
                continue
            if known:
                continue
            if _CODE.fullmatch(code):
                yield parts, f"unknown code {code!r} in vocabulary {name} {vocab.version}"
            else:
                yield parts, f"is not a code of vocabulary {name}"


def _refs(doc: Any) -> tuple[dict[str, Parts], dict[str, Parts], list[tuple[Parts, str]]]:
    """Person refs and item refs with where they are defined, and duplicate-ref issues."""
    persons: dict[str, Parts] = {}
    items: dict[str, Parts] = {}
    issues: list[tuple[Parts, str]] = []
    patterns = ["persons[].ref"] + [f"{section}[].ref" for section in ITEM_SECTIONS]
    for pattern in patterns:
        target = persons if pattern.startswith("persons") else items
        for parts, ref in select(doc, pattern):
            if not isinstance(ref, str):
                continue
            first = persons.get(ref) or items.get(ref)
            if first is not None:
                issues.append((parts, f"repeats the ref of {format_path(first[:-1])}"))
            else:
                target[ref] = parts
    return persons, items, issues


def _ref_issues(doc: Any) -> Iterator[tuple[Parts, str]]:
    persons, items, duplicates = _refs(doc)
    yield from duplicates
    for pattern in PERSON_REF_FIELDS:
        for parts, ref in select(doc, pattern):
            if isinstance(ref, str) and ref not in persons:
                yield parts, "names no person of this record"
    episodes = {
        ref: _get(doc, at[:-1]) for ref, at in items.items() if at[0] == "detention_episodes"
    }
    for section, field, owner in EPISODE_REF_FIELDS:
        for parts, item in select(doc, f"{section}[]"):
            ref, who = (item.get(field), item.get(owner)) if isinstance(item, dict) else (0, 0)
            if not isinstance(ref, str):
                continue
            if ref not in episodes:
                yield (*parts, field), "names no detention episode of this record"
            elif isinstance(who, str) and who in persons and _get(episodes[ref], ["person"]) != who:
                yield (*parts, field), f"is a detention episode of another person than {owner}"
    prosecutions = {ref: _get(doc, at[:-1]) for ref, at in items.items() if at[0] == "prosecutions"}
    for parts, item in select(doc, "prosecutions[]"):
        ref = item.get("while_serving") if isinstance(item, dict) else None
        if isinstance(ref, str) and (ref not in prosecutions or ref == item.get("ref")):
            yield (*parts, "while_serving"), "names no other prosecution of this record"
    for section, field, owner in PROSECUTION_REF_FIELDS:
        for parts, item in select(doc, f"{section}[]"):
            ref = item.get(field) if isinstance(item, dict) else None
            if not isinstance(ref, str):
                continue
            if ref not in prosecutions:
                yield (*parts, field), "names no prosecution of this record"
            elif owner and _get(prosecutions[ref], ["person"]) != item.get(owner):
                yield (*parts, field), f"is a prosecution of another person than {owner}"
    for pattern in ("event_links[].from", "event_links[].to"):
        for parts, ref in select(doc, pattern):
            if isinstance(ref, str) and ref not in items:
                yield parts, "names no item of a section with refs"
    for parts, ref in select(doc, "attachments_described[].about[]"):
        if isinstance(ref, str) and ref not in items and ref not in persons:
            yield parts, "names no person or item of this record"


def _objects(node: Any) -> list[tuple[Parts, dict[str, Any]]]:
    """Every object the date checks read (with a "precision" or an "until") and its path, built
    from its trail ((parent's trail, key) or None) only when kept, not for every node."""
    found: list[tuple[Parts, dict[str, Any]]] = []
    stack: list[tuple[Any, Any]] = [(None, node)]
    while stack:
        trail, item = stack.pop()
        if isinstance(item, dict):
            if "precision" in item or "until" in item:
                found.append((_path(trail), item))
            children: Iterable[tuple[str | int, Any]] = item.items()
        elif isinstance(item, list):
            children = enumerate(item)
        else:
            continue  # a document that is no object at all (the schema says so)
        stack.extend(((trail, k), child) for k, child in children if isinstance(child, dict | list))
    return found


def _path(trail: Any) -> Parts:
    return () if trail is None else (*_path(trail[0]), trail[1])


def _date_issues(objects: Iterable[tuple[Parts, dict[str, Any]]]) -> Iterator[tuple[Parts, str]]:
    """Calendar check of every partial date, found by shape so no date field is missed."""
    for parts, node in objects:
        value = node.get("value")
        # Anything with a precision is a partial date; its shape is the schema's business.
        if "precision" in node and isinstance(value, str) and value_bounds(value) is None:
            yield (*parts, "value"), "is not a real calendar date"


def _order_issues(
    doc: Any, objects: Iterable[tuple[Parts, dict[str, Any]]]
) -> Iterator[tuple[Parts, str]]:
    pairs = [(parts, "from", "until") for parts, node in objects if "until" in node]
    for container, first, second in DATE_ORDER:
        pairs += [(parts, first, second) for parts, _ in select(doc, container)]
    for parts, first, second in pairs:
        start = _bounds_at(doc, parts, first)
        end = _bounds_at(doc, parts, second)
        # Only a certain contradiction is reported: the earliest possible end is compared
        # with the latest possible start, so 2023-05 .. 2023-05-10 passes.
        if start and end and start[0] > end[1]:
            yield (*parts, *second.split(".")), f"is before {first}"


def _get(node: Any, steps: Iterable[str | int]) -> Any:
    for step in steps:
        if not isinstance(node, dict | list):
            return _MISSING
        try:
            node = node[step]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return _MISSING
    return node


def _bounds_at(doc: Any, parts: Parts, field: str) -> Any:
    node = _get(doc, (*parts, *field.split(".")))
    return date_bounds(node) if isinstance(node, dict) else None


def _consistency_issues(doc: Any) -> Iterator[tuple[Parts, str]]:
    for parts, code in select(doc, "humanitarian_criteria[].criterion"):
        if isinstance(code, str) and code in COMPUTED_CRITERIA:
            yield parts, COMPUTED_CRITERIA[code]
    for pattern in RESPONSIBLE_FIELDS:
        for parts, item in select(doc, pattern):
            if isinstance(item, dict) and not {"person", "agency", "description"} & set(item):
                yield parts, "needs a person, an agency or a description"
    for parts, item in select(doc, "prosecutions[]"):
        if not isinstance(item, dict) or item.get("art411_reconviction") is not True:
            continue
        codes = [code for _, code in select(item, "articles[].code")]
        if codes and "411" not in codes:
            yield (*parts, "art411_reconviction"), "is set but the articles do not include 411"
    for parts, path in select(doc, "field_notes[].path"):
        if isinstance(path, str) and not _resolves(doc, path):
            yield parts, "names no field of this record"
    yield from _mark_issues(doc)


def _mark_issues(doc: Any) -> Iterator[tuple[Parts, str]]:
    """A sensitive mark must point at what is written: a mark that misses its text would hand
    over the very words the interviewer meant to keep back (or withhold the whole testimony)."""
    for parts, mark in select(doc, "consent.sensitive_marks[]"):
        if not isinstance(mark, dict) or not isinstance(mark.get("path"), str):
            continue
        steps = [int(m[2]) if m[2] else m[1] for m in _FIELD_PATH.finditer(mark["path"])]
        value = _get(doc, steps)
        start, end = mark.get("start"), mark.get("end")
        if value is _MISSING:
            yield (*parts, "path"), "names no field of this record"
        elif (start is None) != (end is None):
            yield parts, "marks part of a text: it needs both a start and an end"
        elif not isinstance(start, int) or not isinstance(end, int):
            continue  # the whole field is marked (or the schema already said what is wrong)
        elif not isinstance(value, str):
            yield parts, "marks part of a text, but the field it names holds no text"
        elif start >= end:
            yield (*parts, "end"), "is not after where the marked part starts"
        elif end > len(value):
            yield (*parts, "end"), f"is past the end of the text ({len(value)} characters)"


def _resolves(doc: Any, path: str) -> bool:
    steps = [int(m[2]) if m[2] else m[1] for m in _FIELD_PATH.finditer(path)]
    return _get(doc, steps) is not _MISSING
