"""The structured filters of the testimony list, beyond the quick flags above the table:
Criminal Code article, detention facility, interview dates, humanitarian criterion,
transnational incident, consent scope and the rarer flags.

The panel only writes KEY=VALUE pairs; `app.storage.search.Filters.parse` reads them, as it
reads the command line's ``--filter``, so both faces of the app filter the same way. Choices
come from the vault's vocabularies, labelled in the interface language.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import VocabularySet

Options = list[tuple[str, str]]

# A date as precise as known: 2024, 2024-03 or 2024-03-14 (as the search takes it).
DATE_SHAPE = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
# The flags not already offered as quick check boxes above the list.
MORE_FLAGS = ("death_in_detention", "arrest_on_return", "solidarity")
ANY_TRANSNATIONAL = "*"  # the transnational choice "any incident": the flag, not one type

PANEL_STYLE = """
QLineEdit[issue="true"], QComboBox[issue="true"] {
    border: 2px solid #c0392b; border-radius: 3px;
}
QLabel#filters_hint { color: #555555; }
"""


def vocabulary_options(vocab: VocabularySet, name: str, lang: str) -> Options:
    """(code, label) in the interface language; article numbers are shown before the label
    (the editor's pickers show them the same way)."""
    terms = vocab.terms(name)
    if name == "criminal_code_articles":
        return [(t.code, f"{t.code} — {t.picker_label(lang)}") for t in terms]
    return [(t.code, t.picker_label(lang)) for t in terms]


def _flag(widget: QWidget, issue: bool) -> None:
    if widget.property("issue") != issue:
        widget.setProperty("issue", issue)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class CodePicker(QComboBox):
    """Type to narrow a vocabulary (any part of a label, or the code itself); the item data
    is the code. Empty means "any". The mouse wheel only turns it once it has the focus, so
    scrolling past the panel never changes a filter."""

    chosen = Signal()

    def __init__(self, options: Options, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(22)
        # Every item carries a string (see editor/choices.py: a missing userData read back
        # from PySide6 crashed Python 3.11).
        self.addItem("", "")
        for code, label in options:
            self.addItem(label, code)
            self.setItemData(self.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        line, completer = self.lineEdit(), self.completer()
        if line is None or completer is None:  # an editable combo always has both
            raise RuntimeError("editable combo box without a completer")
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.view().setMinimumWidth(460)  # whole labels in the drop-down
        self.currentIndexChanged.connect(self._picked)
        line.editingFinished.connect(self._picked)
        line.textChanged.connect(self._cleared)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def code(self) -> str | None:
        """The chosen code; None for "any" and for text that names no term."""
        text = self.currentText().strip()
        if not text:
            return None
        current = self.currentIndex()
        if current > 0 and self.itemText(current) == text:
            return str(self.itemData(current))
        for index in (self.findText(text, Qt.MatchFlag.MatchFixedString), self.findData(text)):
            if index > 0:
                return str(self.itemData(index))
        return None

    def is_valid(self) -> bool:
        return not self.currentText().strip() or self.code() is not None

    def set_code(self, code: str | None) -> None:
        index = max(0, self.findData(code)) if code else 0
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))  # also when typed text was never a term
        line = self.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # a long label reads from its start

    def _picked(self) -> None:
        _flag(self, not self.is_valid())
        self.setToolTip(self.currentText())  # the whole label, when the field cuts it short
        self.chosen.emit()

    def _cleared(self, text: str) -> None:
        if not text:  # the clear button: "any" again at once
            self._picked()


class FilterPanel(QFrame):
    """The form; `changed` whenever what it asks for may have changed."""

    changed = Signal()

    def __init__(self, vocab: VocabularySet, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(PANEL_STYLE)

        def picker(vocabulary: str, placeholder: str) -> CodePicker:
            found = CodePicker(vocabulary_options(vocab, vocabulary, lang), placeholder)
            found.chosen.connect(self.changed)
            return found

        any_text = self.tr("any")
        self.article = picker("criminal_code_articles", self.tr("any article (type 411, 342…)"))
        self.facility = picker("detention_facilities", self.tr("any place of detention"))
        self.criterion = picker("humanitarian_criteria", any_text)
        self.transnational = picker("transnational_incident_types", any_text)
        self.transnational.insertItem(1, self.tr("any transnational incident"), ANY_TRANSNATIONAL)
        self.consent = picker("consent_scopes", any_text)
        self.date_from = self._date_edit(self.tr("from, e.g. 2023-03"))
        self.date_to = self._date_edit(self.tr("to, e.g. 2024"))
        self.flag_boxes = {
            "death_in_detention": QCheckBox(self.tr("Death in detention")),
            "arrest_on_return": QCheckBox(self.tr("Arrested on return")),
            "solidarity": QCheckBox(self.tr("Persecuted for solidarity")),
        }
        for box in self.flag_boxes.values():
            box.toggled.connect(self.changed)
        for name, widget in [
            ("article", self.article),
            ("facility", self.facility),
            ("criterion", self.criterion),
            ("transnational", self.transnational),
            ("consent", self.consent),
            ("from", self.date_from),
            ("to", self.date_to),
        ]:
            widget.setObjectName(f"filter_{name}")

        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.setSpacing(6)
        dates.addWidget(self.date_from, 1)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to, 1)
        # One grid, so that the three columns share their rows.
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        rows: list[tuple[str, QWidget | QHBoxLayout, str, QWidget, QCheckBox]] = [
            (self.tr("Article"), self.article, self.tr("Humanitarian criterion"),
             self.criterion, self.flag_boxes["death_in_detention"]),
            (self.tr("Place of detention"), self.facility, self.tr("Transnational"),
             self.transnational, self.flag_boxes["arrest_on_return"]),
            (self.tr("Interview date"), dates, self.tr("Consent allows"),
             self.consent, self.flag_boxes["solidarity"]),
        ]  # fmt: skip
        for row, (label, field, other_label, other, box) in enumerate(rows):
            first, second = QLabel(label), QLabel(other_label)
            second.setBuddy(other)  # screen readers name the field by its label
            grid.addWidget(first, row, 0)
            if isinstance(field, QHBoxLayout):
                first.setBuddy(self.date_from)
                grid.addLayout(field, row, 1)
            else:
                first.setBuddy(field)
                grid.addWidget(field, row, 1)
            grid.addWidget(second, row, 3)
            grid.addWidget(other, row, 4)
            grid.addWidget(box, row, 6)
        grid.setColumnMinimumWidth(2, 12)
        grid.setColumnMinimumWidth(5, 12)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        hint = QLabel(
            self.tr("Every filter given must hold. Partial dates: 2024 is the whole year.")
        )
        hint.setObjectName("filters_hint")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        # Tab goes down each column, not across the rows the grid was filled by.
        chain: list[QWidget] = [
            self.article,
            self.facility,
            self.date_from,
            self.date_to,
            self.criterion,
            self.transnational,
            self.consent,
            *self.flag_boxes.values(),
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _date_edit(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(DATE_SHAPE), edit))

        def edited() -> None:
            # "2024-0" is on its way to a date: shown as such, applied once it is one.
            _flag(edit, bool(edit.text()) and not edit.hasAcceptableInput())
            self.changed.emit()

        edit.textChanged.connect(edited)
        return edit

    # --- what the panel asks for ----------------------------------------------------------
    def pairs(self) -> list[str]:
        """KEY=VALUE for Filters.parse; incomplete entries (an unknown article, half a date)
        are left out until they are complete."""
        found: list[str] = []
        for key, picker in [
            ("article", self.article),
            ("facility", self.facility),
            ("criterion", self.criterion),
            ("consent", self.consent),
        ]:
            code = picker.code()
            if code:
                found.append(f"{key}={code}")
        incident = self.transnational.code()
        if incident == ANY_TRANSNATIONAL:
            found.append("flag=transnational")
        elif incident:
            found.append(f"transnational={incident}")
        for key, edit in [("from", self.date_from), ("to", self.date_to)]:
            if edit.text() and edit.hasAcceptableInput():
                found.append(f"{key}={edit.text()}")
        found.extend(f"{flag}=yes" for flag, box in self.flag_boxes.items() if box.isChecked())
        return found

    def active(self) -> int:
        return len(self.pairs())

    def clear(self) -> None:
        """Every filter back to "any", announcing the change once."""
        self.blockSignals(True)
        try:
            for picker in (
                self.article,
                self.facility,
                self.criterion,
                self.transnational,
                self.consent,
            ):
                picker.set_code(None)
                _flag(picker, False)
            self.date_from.clear()
            self.date_to.clear()
            for box in self.flag_boxes.values():
                box.setChecked(False)
        finally:
            self.blockSignals(False)
        self.changed.emit()
