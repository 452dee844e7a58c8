"""The translators' catalogue covers the whole schema, and the form covers every field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pytestqt.qtbot import QtBot

from app.ui.editor.fields import Node
from app.ui.editor.help import HELP_TEXTS
from app.ui.editor.help_plain import PLAIN_HELP
from app.ui.editor.labels import CONTEXT_LABELS, ENUM_LABELS, FIELD_LABELS
from app.ui.editor.schema import FieldSpec, Kind, load_schema
from app.ui.editor.schema import testimony_spec as record_spec
from app.ui.editor.sections import SECTIONS
from tests.ui.test_editor_support import make_editor


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _specs(spec: FieldSpec) -> Iterator[FieldSpec]:
    for child in spec.properties:
        yield child
        yield from _specs(child)
    if spec.item is not None:
        yield from _specs(spec.item)


def test_every_schema_property_has_a_label() -> None:
    names = {name for node in _walk(load_schema()) for name in node.get("properties", {})}
    assert len(names) > 140
    assert sorted(names - set(FIELD_LABELS)) == []
    assert sorted(set(FIELD_LABELS) - names) == []  # no stale entries either
    assert all(name in names for _, name in CONTEXT_LABELS)


def test_every_enum_value_has_a_label() -> None:
    values = {value for node in _walk(load_schema()) for value in node.get("enum", [])}
    assert len(values) > 100
    assert sorted(values - set(ENUM_LABELS)) == []
    assert sorted(set(ENUM_LABELS) - values) == []


def test_every_schema_description_is_in_the_help_catalogue() -> None:
    descriptions = {
        node["description"]
        for node in _walk(load_schema())
        if isinstance(node.get("description"), str)
    }
    assert sorted(descriptions - HELP_TEXTS - set(PLAIN_HELP)) == []
    assert sorted(set(PLAIN_HELP) - descriptions) == []  # no stale plain words either
    assert HELP_TEXTS & set(PLAIN_HELP) == set()  # said plainly, so not translated as it is


def test_every_top_level_field_has_a_section() -> None:
    root = record_spec()
    lists = {spec.name for spec in root.properties if spec.kind is Kind.LIST}
    keys = [section.key for section in SECTIONS]
    assert lists <= set(keys)
    assert {"consent", "interview", "narrative"} <= set(keys)
    assert keys[0] == "consent"


def test_the_form_has_a_field_for_every_schema_property(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    for section in SECTIONS:  # a section's page is built when first shown: visit them all
        editor.show_section(section.key)
    built = {node.objectName() for node in editor.findChildren(Node)}
    # The fixed schema name is written, not asked; the id is the vault's; an entry's own ref
    # is made when it is added and never asked for (a ref *to* someone is a picker).
    expected = {
        spec.pattern
        for spec in _specs(record_spec())
        if spec.name
        and spec.kind is not Kind.CONST
        and spec.pattern != "id"
        and not (spec.name == "ref" and spec.kind is not Kind.REF)
    }
    assert len(expected) > 200
    assert sorted(expected - built) == []
