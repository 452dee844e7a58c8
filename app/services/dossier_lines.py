"""The lines of a case dossier's entries, read from a testimony as it may leave: a field is a
line only when it holds something, dates keep their precision, codes come labelled."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.services.dossier import Labels, Line, date, who

__all__ = [
    "Doc",
    "coded",
    "collect",
    "day",
    "enum",
    "located",
    "mine",
    "perpetrators",
    "text",
    "told_by",
]

Doc = Mapping[str, Any]


def collect(*found: Line | None) -> tuple[Line, ...]:
    return tuple(line for line in found if line is not None)


def text(label: str, value: Any) -> Line | None:
    if value is None or value == "" or value == []:
        return None
    return Line(label, str(value))


def enum(label: str, value: Any) -> Line | None:
    if value is None:
        return None
    if isinstance(value, bool):
        value = "yes" if value else "no"
    return Line(label, str(value), "enum")


def day(label: str, value: Any) -> Line | None:
    return Line(label, date(value)) if isinstance(value, Mapping) else None


def located(label: str, place: Any, labels: Labels) -> Line | None:
    if not isinstance(place, Mapping):
        return None
    parts = [labels("detention_facilities", place["facility"])] if "facility" in place else []
    parts += [str(place["text"])] if place.get("text") else []
    parts += [labels.country(place["country"])] if place.get("country") else []
    return text(label, ", ".join(parts))


def mine(doc: Doc, section: str, ref: str, key: str = "person") -> list[dict[str, Any]]:
    return [item for item in doc.get(section, []) if item.get(key) == ref]


def perpetrators(doc: Doc, found: Any) -> list[Line | None]:
    lines: list[Line | None] = []
    for one in found or []:
        lines += [
            text("perpetrator", who(doc, one.get("person")) or one.get("description")),
            enum("function", one.get("function")),
            enum("agency", one.get("agency")),
            enum("involvement", one.get("involvement")),
        ]
    return lines


def told_by(doc: Doc, item: Mapping[str, Any]) -> list[Line | None]:
    return [
        text("source", who(doc, item.get("source"))),
        enum("knowledge", item.get("knowledge")),
    ]


def coded(label: str, labels: Labels, vocabulary: str, code: Any) -> Line | None:
    return text(label, labels(vocabulary, code)) if code is not None else None
