"""A new entry of any section that carries refs gets a ref of its own habitual prefix (``ad1``
for an administrative case, as in the template), not the catch-all ``r1``; the sections come
from the schema, so a future section without a prefix fails here."""

from __future__ import annotations

from typing import Any

import pytest

from app.ui.editor.refs import REF_PREFIXES, RefRegistry
from app.ui.editor.schema import load_schema


def _sections_with_refs() -> list[str]:
    schema: dict[str, Any] = load_schema()
    found = []
    for name, prop in schema["properties"].items():
        target = prop.get("items", {}).get("$ref", "")
        if target and "ref" in schema["$defs"][target.rsplit("/", 1)[-1]].get("properties", {}):
            found.append(name)
    return found


def test_the_schema_has_sections_with_refs() -> None:
    assert {"persons", "administrative_cases", "interventions"} <= set(_sections_with_refs())


@pytest.mark.parametrize("section", _sections_with_refs())
def test_every_section_with_refs_has_its_own_prefix(section: str) -> None:
    assert section in REF_PREFIXES
    others = {prefix for name, prefix in REF_PREFIXES.items() if name != section}
    assert REF_PREFIXES[section] not in others


def test_a_new_administrative_case_is_ad1_next_to_the_first_recruitment() -> None:
    refs = RefRegistry()
    refs.update("recruitment_attempts", [{"ref": "r1"}])
    assert refs.next_ref("administrative_cases") == "ad1"
    assert refs.next_ref("recruitment_attempts") == "r2"
    assert refs.next_ref("interventions") == "iv1"


def test_updating_every_section_at_once_refills_the_pickers_once() -> None:
    refs = RefRegistry()
    signals: list[None] = []
    refs.changed.connect(lambda: signals.append(None))
    with refs.batch():
        refs.update("persons", [{"ref": "p1", "names": []}])
        refs.update("detention_episodes", [{"ref": "e1", "person": "p1"}])
        refs.update("prosecutions", [{"ref": "pr1", "person": "p1"}])
    assert len(signals) == 1
    assert [ref for ref, _ in refs.options("item")] == ["e1", "pr1"]
    with refs.batch():
        refs.update("persons", [{"ref": "p1", "names": []}])  # nothing changed
    assert len(signals) == 1
