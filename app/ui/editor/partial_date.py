"""A date as precise as the source knows it: a precision and a value (``{precision, value}``).

Testimony rarely knows the day ("in March 2023", "around 1968"), so the widget asks for the
precision beside the date and reads it back in words ("March 2023") to catch a slip. Typing a
date while the precision is not chosen yet fills the precision from its shape (2023 -> year,
2023-03 -> month, 2023-03-14 -> day), which is what keyboard entry in a hurry needs; once the
interviewer picks a precision by hand it is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.ui.editor.fields import MASK, MISSING, Combo, Node, mark
from app.ui.editor.issues import Issue
from app.ui.editor.labels import enum_label
from app.ui.editor.schema import FieldSpec

__all__ = ["PRECISIONS", "PartialDateEdit", "describe_date"]

PRECISIONS = ("day", "month", "year", "approximate", "unknown")
_SHAPES = {10: "day", 7: "month", 4: "year"}
_FULL = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")


# Words of the date reading, outside any widget (list summaries use them too).
_UNKNOWN = QT_TRANSLATE_NOOP("PartialDateEdit", "date unknown")
_INVALID = QT_TRANSLATE_NOOP("PartialDateEdit", "not a calendar date")
_ABOUT = QT_TRANSLATE_NOOP("PartialDateEdit", "about %1")


def _tr(text: object) -> str:
    return QCoreApplication.translate("PartialDateEdit", str(text))


def describe_date(date: Any, lang: str) -> str:
    """``{"precision": "month", "value": "2023-03"}`` -> "March 2023" in the UI language."""
    if not isinstance(date, dict):
        return ""
    precision, value = date.get("precision"), date.get("value")
    if precision == "unknown":
        return _tr(_UNKNOWN)
    if not isinstance(value, str) or not _FULL.fullmatch(value):
        return ""
    locale = QLocale(lang)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = QDate(parts[0], parts[1], parts[2])
        if not day.isValid():
            return _tr(_INVALID)
        text = locale.toString(day, "d MMMM yyyy")
    elif len(parts) == 2:
        if not 1 <= parts[1] <= 12:
            return _tr(_INVALID)
        text = f"{locale.standaloneMonthName(parts[1])} {parts[0]}"
    else:
        text = str(parts[0])
    if precision == "approximate":
        return _tr(_ABOUT).replace("%1", text)
    return text


class PartialDateEdit(Node):
    def __init__(self, spec: FieldSpec, lang: str) -> None:
        super().__init__(spec)
        self._lang = lang
        self._auto = True  # precision follows the typed shape until chosen by hand
        self.precision = Combo()
        self.precision.setMinimumContentsLength(10)
        self.precision.addItem("—", "")  # "" not None: see choices._ComboNode.fill
        for precision in PRECISIONS:
            self.precision.addItem(enum_label(precision), precision)
        self.precision.setToolTip(self.tr("How precise the date is"))
        self.edit = QLineEdit()
        self.edit.setMaxLength(10)
        # Digits and dashes in the shape of YYYY[-MM[-DD]]; partial input stays acceptable.
        pattern = QRegularExpression(r"[0-9]{0,4}(-[0-9]{0,2}(-[0-9]{0,2})?)?")
        self.edit.setValidator(QRegularExpressionValidator(pattern, self.edit))
        self.edit.setToolTip(self.help)
        self.edit.setMinimumWidth(110)
        self.edit.setMaximumWidth(140)
        self.reading = QLabel()
        self.reading.setObjectName("date_reading")
        self.reading.setMinimumWidth(120)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.precision)
        layout.addWidget(self.reading, 1)
        self.setFocusProxy(self.edit)
        self._masked = False
        self.edit.textEdited.connect(self._typed)
        self.precision.activated.connect(self._chosen)
        self._update()

    def focus_widget(self) -> QWidget:
        return self.edit

    def _precision(self) -> str | None:
        data = self.precision.currentData()
        return data if isinstance(data, str) and data else None

    def _typed(self, text: str) -> None:
        if self._auto and len(text) in _SHAPES and _FULL.fullmatch(text):
            self.precision.setCurrentIndex(self.precision.findData(_SHAPES[len(text)]))
        self._update()
        self._changed()

    def _chosen(self, _index: int) -> None:
        self._auto = self._precision() is None
        self._update()
        self._changed()

    def _update(self) -> None:
        precision = self._precision()
        placeholders = {
            "day": self.tr("YYYY-MM-DD"),
            "month": self.tr("YYYY-MM"),
            "year": self.tr("YYYY"),
        }
        self.edit.setPlaceholderText(placeholders.get(precision or "", self.tr("YYYY-MM-DD")))
        # An unknown date has no value; the field stays editable only to clear an old one.
        self.edit.setEnabled(precision != "unknown" or bool(self.edit.text()))
        value = self.value()
        self.reading.setText(MASK if self._masked else describe_date(value, self._lang))

    def value(self) -> Any:
        precision, text = self._precision(), self.edit.text()
        if precision is None and not text:
            return MISSING
        date: dict[str, str] = {}
        if precision is not None:
            date["precision"] = precision
        if text:
            date["value"] = text
        return date

    def set_value(self, value: Any) -> None:
        date = value if isinstance(value, dict) else {}
        with self.loading():
            given = date.get("precision")
            index = self.precision.findData(given) if isinstance(given, str) else 0
            if index < 0 and isinstance(given, str):
                self.precision.addItem(f"⚠ {date['precision']}", date["precision"])
                index = self.precision.count() - 1
            self.precision.setCurrentIndex(max(index, 0))
            self.edit.setText(str(date.get("value", "")))
            self._auto = index <= 0
            self._update()

    def display(self, value: Any) -> str:
        return MASK if self._masked else describe_date(value, self._lang)

    def show_issues(self, issues: Sequence[Issue]) -> None:
        on_precision = [m for parts, m in issues if parts[:1] == ("precision",)]
        on_value = [m for parts, m in issues if parts[:1] != ("precision",)]
        mark(self.precision, on_precision, self.tr("How precise the date is"))
        mark(self.edit, on_value, self.help)

    def set_masked(self, masked: bool) -> None:
        if self.spec.maskable:
            self._masked = masked
            mode = QLineEdit.EchoMode.Password if masked else QLineEdit.EchoMode.Normal
            self.edit.setEchoMode(mode)
            self._update()
