"""The small form builder: one schema field spec in, one form node out.

object -> form (nested in a group box), array of objects -> list + detail, partial date ->
PartialDateEdit, enum -> combo, vocabulary code -> type-to-filter picker, arrays of codes or
refs -> check list, ref -> picker of the record's persons or items, integer -> spin box,
boolean -> check box, long text -> plain-text editor, other strings -> line edit; x-sensitive
fields are wrapped in a Show toggle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.vocabulary import VocabularySet
from app.ui.editor.choices import (
    CheckListNode,
    EnumNode,
    RefNode,
    SearchNode,
    VocabNode,
    vocabulary_options,
)
from app.ui.editor.countries import country_options, language_options
from app.ui.editor.fields import BoolNode, IntNode, LineNode, Node, TextNode, TokensNode
from app.ui.editor.form import ObjectForm
from app.ui.editor.labels import enum_label
from app.ui.editor.list_detail import Confirm, ListNode
from app.ui.editor.list_section import ListSection
from app.ui.editor.new_person import AskName, ask_name, role_for
from app.ui.editor.new_person import person as new_person
from app.ui.editor.partial_date import PartialDateEdit
from app.ui.editor.refs import RefRegistry
from app.ui.editor.schema import FieldSpec, Kind
from app.ui.editor.sensitive import SensitiveNode
from app.ui.editor.summaries import summarize

__all__ = ["Context", "build"]


def ask_before_removing(parent: QWidget, question: str) -> bool:
    title = QCoreApplication.translate("ListNode", "Remove entry")
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


@dataclass
class Context:
    """What every node of one editor shares."""

    vocab: VocabularySet
    lang: str
    refs: RefRegistry
    confirm: Confirm = ask_before_removing
    ask_name: AskName = ask_name
    lists: dict[str, ListNode] = field(default_factory=dict)  # by pattern, as built
    # The editor's top-level sections, built or not: a picker reads and adds entries there.
    sections: dict[str, ListSection] = field(default_factory=dict)

    def entries(self, key: str) -> list[Any]:
        """The entries of the top-level section ``key`` as they stand, built or not."""
        if key in self.sections:
            return self.sections[key].items()
        found = self.lists.get(key)
        return found.items if found is not None else []

    def person_adder(self, pattern: str) -> Callable[[QWidget], str | None]:
        """What '+ New person…' in the picker of ``pattern`` does: ask the name, add them."""

        def add(parent: QWidget) -> str | None:
            persons = self.sections.get("persons") or self.lists.get("persons")
            name = self.ask_name(parent)
            if persons is None or name is None:
                return None
            ref = self.refs.next_ref("persons")
            persons.append(new_person(ref, name, role_for(pattern)))
            return ref

        return add

    def new_item(self, section: str, spec: FieldSpec) -> Callable[[], dict[str, Any]]:
        """A new entry of ``section``: with a fresh ref when its entries carry one."""
        top_level = "." not in spec.pattern and spec.pattern.endswith("[]")
        has_ref = top_level and "ref" in spec.property_names

        def make() -> dict[str, Any]:
            item: dict[str, Any] = {"ref": self.refs.next_ref(section)} if has_ref else {}
            if top_level:
                item.update(self._only_answers(spec.property_names))
            return item

        return make

    def _only_answers(self, fields: frozenset[str]) -> dict[str, str]:
        """Who and which episode a new entry is about, when the record allows one answer:
        the only victim, the only detention episode (the interviewer can still change it)."""
        found: dict[str, str] = {}
        victims = [
            p["ref"]
            for p in self.entries("persons")
            if isinstance(p, dict) and "victim" in p.get("roles", []) and p.get("ref")
        ]
        for name in ("person", "victim"):
            if name in fields and len(victims) == 1:
                found[name] = victims[0]
        refs = [e.get("ref") for e in self.entries("detention_episodes") if isinstance(e, dict)]
        if "episode" in fields and len(refs) == 1 and isinstance(refs[0], str):
            found["episode"] = refs[0]
        return found


def build(spec: FieldSpec, ctx: Context) -> Node:
    node = _build(spec, ctx)
    return SensitiveNode(node) if spec.sensitive else node


# Codes the schema checks only by their shape, picked by name (countries.py).
_NAMED_CODES: dict[str, Callable[[], list[tuple[str, str]]]] = {
    "country": country_options,
    "language": language_options,
}


def _build(spec: FieldSpec, ctx: Context) -> Node:
    kind = spec.kind
    if kind is Kind.LINE and spec.def_name in _NAMED_CODES:
        return SearchNode(spec, _NAMED_CODES[spec.def_name]())
    named = _NAMED_CODES.get(spec.item.def_name) if spec.item is not None else None
    if kind is Kind.TOKENS and named is not None:
        options = named()
        # As typed codes were: none ticked leaves the list out (an interpreter's languages
        # are required only once there is an interpreter).
        return CheckListNode(spec, lambda: options, leave_out_empty=True)
    if kind is Kind.OBJECT:
        return ObjectForm(spec, lambda child: build(child, ctx))
    if kind is Kind.LIST:
        return list_node(spec, ctx, side_by_side=False)
    if kind is Kind.DATE:
        return PartialDateEdit(spec, ctx.lang)
    if kind is Kind.ENUM:
        return EnumNode(spec)
    if kind is Kind.VOCAB:
        return VocabNode(spec, ctx.vocab, ctx.lang)
    if kind is Kind.REF:
        return RefNode(spec, ctx.refs, ctx.person_adder(spec.pattern))
    if kind is Kind.VOCAB_SET:
        options = vocabulary_options(ctx.vocab, spec.vocabulary, ctx.lang)
        return CheckListNode(spec, lambda: options)
    if kind is Kind.ENUM_SET:
        labels = [(value, enum_label(value)) for value in spec.enum]
        return CheckListNode(spec, lambda: labels)
    if kind is Kind.REF_SET:
        target = spec.ref_target
        return CheckListNode(spec, lambda: ctx.refs.options(target), ctx.refs)
    if kind is Kind.TOKENS:
        return TokensNode(spec)
    if kind is Kind.INT:
        return IntNode(spec)
    if kind is Kind.BOOL:
        return BoolNode(spec)
    if kind is Kind.TEXT:
        return TextNode(spec)
    return LineNode(spec)


def list_node(spec: FieldSpec, ctx: Context, *, side_by_side: bool) -> ListNode:
    if spec.item is None:
        raise ValueError(f"{spec.pattern} is not a list")
    detail = ObjectForm(spec.item, lambda child: build(child, ctx))
    node = ListNode(
        spec,
        detail,
        summary=summarize,
        new_item=ctx.new_item(spec.pattern, spec.item),
        confirm=lambda parent, question: ctx.confirm(parent, question),  # looked up late
        side_by_side=side_by_side,
    )
    ctx.lists[spec.pattern] = node
    return node
