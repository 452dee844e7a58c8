"""The base of every form field (a node of the generated form) and the plain leaf fields.

A node turns one schema field into widgets and back: ``value()`` gives the JSON value or
``MISSING`` (the field is left out of the document), ``set_value()`` shows a value,
``show_issues()`` marks validation problems addressed to the node. Nodes emit ``edited`` only
for the user's edits, never while a value is being loaded, so loading a record does not make it
look changed.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from app.ui.editor.help import help_text
from app.ui.editor.issues import Issue, Parts, message_text
from app.ui.editor.schema import FieldSpec

__all__ = [
    "MISSING",
    "BoolNode",
    "Combo",
    "IntNode",
    "LineNode",
    "Node",
    "TextNode",
    "set_issue_flag",
]


class _Missing(enum.Enum):
    MISSING = "missing"


MISSING = _Missing.MISSING
"""A field without a value: left out of the document."""

MASK = "••••••"
# Widths for short codes (country, language, ref), by schema def or field kind.
_NARROW = {"country": 90, "language": 120, "ref": 160, "tokens": 260}


def set_issue_flag(widget: QWidget, flagged: bool) -> None:
    """Set the ``issue`` property the style sheet draws a red border for, re-polishing only
    on a change. An unset property is never read: PySide6 6.12 returns that invalid QVariant
    as an unowned None, which crashes Python 3.11 after enough calls."""
    known = b"issue" in {bytes(name.data()) for name in widget.dynamicPropertyNames()}
    if known and widget.property("issue") == flagged:
        return
    widget.setProperty("issue", flagged)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def mark(widget: QWidget, messages: Sequence[str], base_tip: str) -> None:
    """Red border (style sheet on the ``issue`` property), tooltip and accessible text."""
    set_issue_flag(widget, bool(messages))
    lines = [f"⚠ {message_text(m)}" for m in messages]
    widget.setToolTip("\n".join(filter(None, [*lines, base_tip])))
    widget.setAccessibleDescription("; ".join(message_text(m) for m in messages))


class Combo(QComboBox):
    """A combo box that ignores the mouse wheel unless focused: scrolling a long form must
    never silently change a testimony's answer under the pointer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class Spin(QSpinBox):
    """A spin box with the same wheel rule as :class:`Combo`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class Node(QWidget):
    """One field of the form; subclasses wrap the widget that edits it."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._loading = 0
        self.help = help_text(spec.description) if spec.description else ""

    @contextmanager
    def loading(self) -> Iterator[None]:
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self

    def show_issues(self, issues: Sequence[Issue]) -> None:
        mark(self.focus_widget(), [message for _, message in issues], self.help)

    def locate(self, parts: Parts) -> Node | None:
        """The node that edits ``parts`` below this one (selecting list rows on the way)."""
        return self

    def display(self, value: Any) -> str:
        """A short reading of ``value`` for list summaries."""
        return "" if value is MISSING else str(value)

    def set_masked(self, masked: bool) -> None:
        """Hide (or show) identifying text; only free-text fields have something to hide."""


def _row(node: QWidget, *widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout(node)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return layout


class LineNode(Node):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit()
        self.edit.setToolTip(self.help)
        row = _row(self, self.edit)
        width = _NARROW.get(spec.def_name) or _NARROW.get(spec.kind.value)
        if width:  # a two-letter code in a field as wide as a paragraph looks like a mistake
            self.edit.setMaximumWidth(width)
            row.addStretch(1)
        self.setFocusProxy(self.edit)
        self._masked = False
        self.edit.textEdited.connect(self._changed)

    def focus_widget(self) -> QWidget:
        return self.edit

    def value(self) -> Any:
        return self.edit.text() or MISSING

    def display(self, value: Any) -> str:
        if value is MISSING or value == "":
            return ""
        return MASK if self._masked else str(value)

    def set_value(self, value: Any) -> None:
        with self.loading():
            self.edit.setText("" if value is MISSING else str(value))

    def set_masked(self, masked: bool) -> None:
        if self.spec.maskable:
            self._masked = masked
            mode = QLineEdit.EchoMode.Password if masked else QLineEdit.EchoMode.Normal
            self.edit.setEchoMode(mode)


class TokensNode(LineNode):
    """A short list of codes typed by hand, such as citizenships ``BY, PL``."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit.setPlaceholderText(self.tr("Codes separated by commas, e.g. BY, PL"))

    def value(self) -> Any:
        tokens = [token for token in re.split(r"[,;\s]+", self.edit.text()) if token]
        return tokens or MISSING

    def set_value(self, value: Any) -> None:
        with self.loading():
            items = value if isinstance(value, list) else []
            self.edit.setText(", ".join(str(item) for item in items))

    def display(self, value: Any) -> str:
        return ", ".join(map(str, value)) if isinstance(value, list) else ""


class TextNode(Node):
    """Multi-line text. Reads the document's raw text: ``toPlainText()`` would turn no-break
    spaces into spaces, and the informant's words are kept exactly as typed."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)  # Tab must keep walking the form, not indent
        self.edit.setToolTip(self.help)
        long = spec.def_name == "long_text"
        self.edit.setMinimumHeight(220 if long else 64)
        if not long:
            self.edit.setMaximumHeight(96)
        self._hidden = QLabel(MASK)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.edit)
        self._stack.addWidget(self._hidden)
        if not long:
            self._stack.setMaximumHeight(96)
        _row(self, self._stack)
        self.setFocusProxy(self.edit)
        self._loaded: Any = MISSING
        self._loaded_shown = ""
        self.edit.textChanged.connect(self._changed)

    def focus_widget(self) -> QWidget:
        return self.edit

    def _text(self) -> str:
        return self.edit.document().toRawText().replace("\u2029", "\n")

    def value(self) -> Any:
        text = self._text()
        # Untouched text goes back byte for byte (CR LF, U+2028 ... survive the round trip).
        if text == self._loaded_shown and self._loaded is not MISSING:
            return self._loaded
        return text or MISSING

    def set_value(self, value: Any) -> None:
        with self.loading():
            self.edit.setPlainText("" if value is MISSING else str(value))
            self._loaded = value
            self._loaded_shown = self._text()

    def display(self, value: Any) -> str:
        text = "" if value is MISSING else " ".join(str(value).split())
        return text if len(text) <= 48 else text[:47] + "…"

    def set_masked(self, masked: bool) -> None:
        if self.spec.maskable:
            self._stack.setCurrentWidget(self._hidden if masked else self.edit)


class IntNode(Node):
    """Whole numbers; the spin box's lowest step shows "—" and means "not given"."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        low = spec.minimum if spec.minimum is not None else 0
        self._spin: Spin | None = None
        self._edit: QLineEdit | None = None
        if spec.maximum is not None:
            self._spin = Spin()
            self._spin.setRange(low - 1, spec.maximum)
            self._spin.setSpecialValueText("—")
            self._spin.setToolTip(self.help)
            self._spin.valueChanged.connect(self._changed)
            widget: QWidget = self._spin
        else:
            # QSpinBox stops at 2^31 - 1; file sizes do not.
            self._edit = QLineEdit()
            self._edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,18}")))
            self._edit.setToolTip(self.help)
            self._edit.textEdited.connect(self._changed)
            widget = self._edit
        _row(self, widget)
        self.setFocusProxy(widget)
        layout = self.layout()
        if isinstance(layout, QHBoxLayout):
            layout.addStretch(1)

    def focus_widget(self) -> QWidget:
        return self._spin if self._spin is not None else self._edit  # type: ignore[return-value]

    def value(self) -> Any:
        if self._spin is not None:
            number = self._spin.value()
            return MISSING if number == self._spin.minimum() else number
        text = self._edit.text() if self._edit is not None else ""
        return int(text) if text else MISSING

    def set_value(self, value: Any) -> None:
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
        with self.loading():
            if self._spin is not None:
                self._spin.setValue(self._spin.minimum() if number is None else number)
            elif self._edit is not None:
                self._edit.setText("" if number is None else str(number))


class BoolNode(Node):
    """A check box. Unchecked leaves the field out, except that a "no" already stated in the
    record (``false``) is kept: dropping it on save would lose what the informant said."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QCheckBox()
        self.box.setToolTip(self.help)
        _row(self, self.box)
        self.setFocusProxy(self.box)
        self._stated_no = False
        self.box.toggled.connect(self._changed)

    def focus_widget(self) -> QWidget:
        return self.box

    def value(self) -> Any:
        if self.box.isChecked():
            return True
        return False if (self._stated_no or self.spec.required) else MISSING

    def set_value(self, value: Any) -> None:
        with self.loading():
            self.box.setChecked(value is True)
            self._stated_no = value is False

    def display(self, value: Any) -> str:
        if value is True:
            return self.tr("yes")
        return self.tr("no") if value is False else ""
