"""An object of the record as a form: one row per field, nested objects and lists in boxes.

Built from the schema (see builder.py), so every property gets a row. Fields of the record this
version of the form does not know (a typo in imported JSON) are carried through untouched, so
that opening and saving never drops data; validation names them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.ui.editor.fields import MISSING, Node, set_issue_flag
from app.ui.editor.issues import Issue, Parts, message_text
from app.ui.editor.labels import field_label
from app.ui.editor.schema import FieldSpec, Kind

__all__ = ["ObjectForm"]

Build = Callable[[FieldSpec], Node]
_BOXED = (Kind.OBJECT, Kind.LIST)
# Bookkeeping the record needs and the interviewer never should: an entry's own ref ("p2",
# "e1") is made when the entry is added (builder.Context.new_item) and carried, never shown.
_CARRIED = frozenset({"ref"})


def _flag(widget: QLabel | QGroupBox, text: str, messages: Sequence[str]) -> None:
    flagged = bool(messages)
    shown = f"⚠ {text}" if flagged else text
    if isinstance(widget, QGroupBox):
        widget.setTitle(shown)
    else:
        widget.setText(shown)
    set_issue_flag(widget, flagged)


class ObjectForm(Node):
    def __init__(
        self,
        spec: FieldSpec,
        build: Build,
        *,
        only: Collection[str] | None = None,
        exclude: Collection[str] = (),
        keep_extra: bool = True,
        always: bool = False,
    ) -> None:
        super().__init__(spec)
        self._always = always
        self.children_: dict[str, Node] = {}
        self._labels: dict[str, tuple[QLabel | QGroupBox, str]] = {}
        self._keep_extra = keep_extra
        self._extra: dict[str, Any] = {}
        self._carried: dict[str, Any] = {}
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._form.setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._form)
        for child in spec.properties:
            if child.kind is Kind.CONST or child.name in exclude:
                continue
            if only is not None and child.name not in only:
                continue
            if child.name in _CARRIED and child.kind is not Kind.REF:
                continue
            self._add(child, build(child))

    def _add(self, child: FieldSpec, node: Node) -> None:
        text = field_label(child.name, child.parent)
        # The star means "needed for a valid record": a required date inside an optional
        # withdrawal is only needed once there is a withdrawal, so it gets no star.
        if child.required and (self.spec.required or self.spec.pattern.endswith("[]")):
            text += " *"
        tip = node.help
        if child.kind in _BOXED:
            box = QGroupBox(text)
            box.setToolTip(tip)
            inner = QVBoxLayout(box)
            inner.addWidget(node)
            self._form.addRow(box)
            self._labels[child.name] = (box, text)
        else:
            label = QLabel(text)
            label.setToolTip(tip)
            label.setBuddy(node.focus_widget())
            self._form.addRow(label, node)
            self._labels[child.name] = (label, text)
        node.setObjectName(child.pattern)
        node.edited.connect(self.edited)
        self.children_[child.name] = node

    def focus_widget(self) -> QWidget:
        for node in self.children_.values():
            return node.focus_widget()
        return self

    def value(self) -> Any:
        result: dict[str, Any] = {**self._carried, **self._extra}
        for name, node in self.children_.items():
            found = node.value()
            if found is not MISSING:
                result[name] = found
        # An empty object is left out even when required: "place is required" then tells the
        # interviewer what is missing, where {} would pass as a place nobody gave.
        if result or self._always:
            return result
        return MISSING

    def set_value(self, value: Any) -> None:
        data = value if isinstance(value, dict) else {}
        known = self.spec.property_names
        self._carried = {
            k: data[k] for k in _CARRIED & known if k not in self.children_ and k in data
        }
        if self._keep_extra:
            self._extra = {k: v for k, v in data.items() if k not in known}
        with self.loading():
            for name, node in self.children_.items():
                node.set_value(data.get(name, MISSING))

    def show_issues(self, issues: Sequence[Issue]) -> None:
        for name, node in self.children_.items():
            mine = [(parts[1:], m) for parts, m in issues if parts[:1] == (name,)]
            node.show_issues(mine)
            widget, text = self._labels[name]
            _flag(widget, text, [m for _, m in mine])
            if mine:
                widget.setToolTip(
                    "\n".join([*(f"⚠ {message_text(m)}" for _, m in mine), node.help])
                )
            else:
                widget.setToolTip(node.help)

    def locate(self, parts: Parts) -> Node | None:
        if not parts:
            return self
        node = self.children_.get(str(parts[0]))
        return node.locate(parts[1:]) if node is not None else self

    def display_field(self, item: dict[str, Any], name: str) -> str:
        node = self.children_.get(name)
        if node is None or name not in item:
            return ""
        return node.display(item[name])

    def set_masked(self, masked: bool) -> None:
        for node in self.children_.values():
            node.set_masked(masked)
