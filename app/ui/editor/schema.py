"""The record's JSON Schema read into a tree of field specs that the form builder walks.

The editor is generated from the schema rather than written field by field: a field added to
the schema then appears in the form (and the label test asks for its translation) instead of
being silently dropped by a hand-written screen. Qt-free on purpose, so it is testable alone.
"""

from __future__ import annotations

import enum
import functools
import json
from dataclasses import dataclass
from typing import Any

from app.domain.record import EPISODE_REF_FIELDS, PERSON_REF_FIELDS, PROSECUTION_REF_FIELDS
from app.resources import resource_path

__all__ = ["SCHEMA_ID", "FieldSpec", "Kind", "load_schema", "testimony_spec"]

SCHEMA_ID = "sviedka.testimony/1"


class Kind(enum.Enum):
    OBJECT = "object"  # a QFormLayout, nested in a group box
    LIST = "list"  # array of objects: list + detail
    DATE = "date"  # $defs/partial_date
    ENUM = "enum"  # fixed choice of the form itself
    ENUM_SET = "enum_set"  # array of enum values
    VOCAB = "vocab"  # one vocabulary code
    VOCAB_SET = "vocab_set"  # array of vocabulary codes
    REF = "ref"  # points at a person or an item of the record
    REF_SET = "ref_set"  # array of such refs
    TOKENS = "tokens"  # array of short codes typed by hand (countries, languages)
    INT = "int"
    BOOL = "bool"
    LINE = "line"  # single-line text
    TEXT = "text"  # multi-line text
    CONST = "const"  # fixed by the schema, never shown


# Free-text fields that usually hold a paragraph: a one-line edit would hide most of it.
MULTILINE = frozenset(
    {"description", "circumstances", "consequences", "official_explanation", "conditions"}
)

# What each ref field may point at, by field pattern; anything else is a record's own ref.
_REF_TARGETS: dict[str, str] = {pattern: "person" for pattern in PERSON_REF_FIELDS}
_REF_TARGETS.update({f"{section}[].{field}": "episode" for section, field, _ in EPISODE_REF_FIELDS})
_REF_TARGETS.update(
    {f"{section}[].{field}": "prosecution" for section, field, _ in PROSECUTION_REF_FIELDS}
)
_REF_TARGETS.update(
    {
        "prosecutions[].while_serving": "prosecution",
        "event_links[].from": "item",
        "event_links[].to": "item",
        "attachments_described[].about[]": "any",
    }
)


# Reading order where it differs from the schema's: an episode as the interviewer hears it.
_ORDER: dict[str, tuple[str, ...]] = {
    "detention_episodes[]": (
        "ref", "person", "arrest", "places", "punishment_cells", "transfers", "release",
        "police_supervision", "exit_ban", "kgb_recruitment_attempts",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class FieldSpec:
    """One field of the record as the form needs it."""

    name: str  # property name; "" for the root and for list items
    pattern: str  # "persons[].birth_date", the notation of app.domain.record
    kind: Kind
    required: bool = False
    description: str = ""
    def_name: str = ""  # the $defs entry it came from ("partial_date", "text", "person" ...)
    parent: str = ""  # def name (or field name) of the enclosing object, for context labels
    sensitive: bool = False  # x-sensitive itself: gets a Show toggle
    maskable: bool = False  # free text hidden while a sensitive field above it is masked
    vocabulary: str = ""
    enum: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    ref_target: str = ""  # person / episode / prosecution / item / any
    properties: tuple[FieldSpec, ...] = ()
    item: FieldSpec | None = None
    min_items: int = 0

    def child(self, name: str) -> FieldSpec:
        for spec in self.properties:
            if spec.name == name:
                return spec
        raise KeyError(name)

    @property
    def property_names(self) -> frozenset[str]:
        return frozenset(spec.name for spec in self.properties)


@functools.cache
def load_schema() -> dict[str, Any]:
    text = resource_path("schema", "testimony.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@functools.cache
def testimony_spec() -> FieldSpec:
    schema = load_schema()
    return _Builder(schema["$defs"]).build(schema, "", "", required=True)


class _Builder:
    def __init__(self, defs: dict[str, Any]) -> None:
        self._defs = defs

    def _resolve(self, node: dict[str, Any], def_name: str) -> tuple[dict[str, Any], str]:
        while "$ref" in node:
            target = str(node["$ref"]).rsplit("/", 1)[-1]
            # Keywords beside a $ref (description, x-vocabulary, x-sensitive) refine the target.
            node = {**self._defs[target], **{k: v for k, v in node.items() if k != "$ref"}}
            def_name = target
        return node, def_name

    def build(
        self,
        raw: dict[str, Any],
        name: str,
        pattern: str,
        *,
        required: bool = False,
        parent: str = "",
        masked_above: bool = False,
    ) -> FieldSpec:
        node, def_name = self._resolve(raw, "")
        sensitive = bool(node.get("x-sensitive"))
        common: dict[str, Any] = {
            "name": name,
            "pattern": pattern,
            "required": required,
            "description": str(node.get("description", "")),
            "def_name": def_name,
            "parent": parent,
            "sensitive": sensitive,
        }
        hidden = masked_above or sensitive
        free_text = def_name in ("", "text", "long_text")
        kind_of_type = node.get("type")
        if "const" in node:
            return FieldSpec(kind=Kind.CONST, **common)
        if "enum" in node:
            return FieldSpec(kind=Kind.ENUM, enum=tuple(node["enum"]), **common)
        if kind_of_type == "object" and def_name == "partial_date":
            return FieldSpec(kind=Kind.DATE, maskable=hidden, **common)
        if kind_of_type == "object":
            required_names = set(node.get("required", ()))
            props = tuple(
                self.build(
                    sub,
                    key,
                    f"{pattern}.{key}" if pattern else key,
                    required=key in required_names,
                    parent=def_name or name,
                    masked_above=hidden,
                )
                for key, sub in node.get("properties", {}).items()
            )
            order = _ORDER.get(pattern)
            if order:
                props = tuple(
                    sorted(
                        props, key=lambda p: order.index(p.name) if p.name in order else len(order)
                    )
                )
            return FieldSpec(kind=Kind.OBJECT, properties=props, maskable=hidden, **common)
        if kind_of_type == "array":
            return self._array(node, common, hidden)
        if kind_of_type == "integer":
            return FieldSpec(
                kind=Kind.INT, minimum=node.get("minimum"), maximum=node.get("maximum"), **common
            )
        if kind_of_type == "boolean":
            return FieldSpec(kind=Kind.BOOL, **common)
        if "x-vocabulary" in node:
            return FieldSpec(kind=Kind.VOCAB, vocabulary=str(node["x-vocabulary"]), **common)
        if def_name == "ref" and pattern in _REF_TARGETS:
            return FieldSpec(kind=Kind.REF, ref_target=_REF_TARGETS[pattern], **common)
        multiline = def_name == "long_text" or (def_name == "text" and name in MULTILINE)
        kind = Kind.TEXT if multiline else Kind.LINE
        return FieldSpec(kind=kind, maskable=hidden and free_text, **common)

    def _array(self, node: dict[str, Any], common: dict[str, Any], hidden: bool) -> FieldSpec:
        pattern = str(common["pattern"])
        item = self.build(
            node.get("items", {}),
            "",
            f"{pattern}[]",
            parent=str(common["name"]),
            masked_above=hidden,
        )
        extra: dict[str, Any] = {"item": item, "min_items": int(node.get("minItems", 0))}
        if "x-vocabulary" in node:
            vocabulary = str(node["x-vocabulary"])
            return FieldSpec(kind=Kind.VOCAB_SET, vocabulary=vocabulary, **extra, **common)
        if item.kind is Kind.OBJECT:
            return FieldSpec(kind=Kind.LIST, maskable=hidden, **extra, **common)
        if item.kind is Kind.ENUM:
            return FieldSpec(kind=Kind.ENUM_SET, enum=item.enum, **extra, **common)
        if item.kind is Kind.REF:
            return FieldSpec(kind=Kind.REF_SET, ref_target=item.ref_target, **extra, **common)
        return FieldSpec(kind=Kind.TOKENS, **extra, **common)
