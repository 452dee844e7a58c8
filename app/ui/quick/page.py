"""The quick testimony: one page in the order of a conversation with a relative.

Who is speaking and how they are related, what they consent to, who the testimony is about,
what happened to them (arrest, place of detention, incommunicado since, health and care
denied), and their own words. It edits the same record as the full editor (see record.py);
refs such as ``p1`` or ``e1`` are made here and never shown.
"""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import VocabularySet
from app.ui.editor.choices import EnumNode, VocabNode
from app.ui.editor.fields import MISSING, Node
from app.ui.editor.partial_date import PartialDateEdit
from app.ui.editor.schema import FieldSpec, testimony_spec
from app.ui.quick.fields import CodePicker, PrivateName
from app.ui.quick.places import countries, languages
from app.ui.quick.record import SELF, QuickAnswers, apply_answers, read_answers

__all__ = ["QuickPage"]

# Consent in the words an interviewer says aloud; the other uses are in the full editor.
SCOPES: tuple[tuple[str, object], ...] = (
    ("internal_documentation", QT_TRANSLATE_NOOP("QuickPage", "Keep it in our records")),
    (
        "share_organisation",
        QT_TRANSLATE_NOOP("QuickPage", "Share it with the central organisation"),
    ),
    ("share_un_mechanisms", QT_TRANSLATE_NOOP("QuickPage", "Pass it to the United Nations")),
    ("legal_proceedings", QT_TRANSLATE_NOOP("QuickPage", "Use it as evidence in court")),
    (
        "anonymised_public_reporting",
        QT_TRANSLATE_NOOP("QuickPage", "Quote it in public reports without names"),
    ),
)
RELATIONS: tuple[tuple[str, object], ...] = (
    (SELF, QT_TRANSLATE_NOOP("QuickPage", "It is about themselves")),
    ("parent", QT_TRANSLATE_NOOP("QuickPage", "Mother or father")),
    ("child", QT_TRANSLATE_NOOP("QuickPage", "Daughter or son")),
    ("spouse_partner", QT_TRANSLATE_NOOP("QuickPage", "Wife, husband or partner")),
    ("sibling", QT_TRANSLATE_NOOP("QuickPage", "Sister or brother")),
    ("grandparent", QT_TRANSLATE_NOOP("QuickPage", "Grandmother or grandfather")),
    ("other_relative", QT_TRANSLATE_NOOP("QuickPage", "Another relative")),
    ("friend", QT_TRANSLATE_NOOP("QuickPage", "Friend")),
    ("lawyer", QT_TRANSLATE_NOOP("QuickPage", "Lawyer")),
    ("cellmate", QT_TRANSLATE_NOOP("QuickPage", "Cellmate")),
    ("colleague", QT_TRANSLATE_NOOP("QuickPage", "Colleague")),
    ("other", QT_TRANSLATE_NOOP("QuickPage", "Other")),
)


def _tr(text: object) -> str:
    return QCoreApplication.translate("QuickPage", str(text))


def _spec(path: str) -> FieldSpec:
    """The schema's spec of ``interview.date`` or ``detention_episodes.places.facility``."""
    spec = testimony_spec()
    for name in path.split("."):
        spec = spec.child(name)
        spec = spec.item if spec.item is not None and spec.item.properties else spec
    return spec


def _date(node: PartialDateEdit) -> dict[str, str] | None:
    value = node.value()
    return None if value is MISSING else value


def _code(node: Node) -> str:
    value = node.value()
    return "" if value is MISSING else str(value)


class QuickPage(QWidget):
    edited = Signal()
    full_editor_requested = Signal()

    def __init__(self, vocab: VocabularySet, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_page")
        self._vocab = vocab
        self._other_scopes: list[str] = []
        self._auto_place_type = True
        self._loading = False
        self._boxes: list[QGroupBox] = []
        self._build(lang)

    # -- construction -----------------------------------------------------------------------
    def _build(self, lang: str) -> None:
        self.informant_name = PrivateName()
        self.relation = CodePicker([(c, _tr(t)) for c, t in RELATIONS], editable=False)
        self.scopes = {code: QCheckBox(_tr(text)) for code, text in SCOPES}
        self.consent_method = EnumNode(_spec("consent.method"))
        self.person_name = PrivateName()
        self.arrest_date = PartialDateEdit(_spec("detention_episodes.arrest.date"), lang)
        self.arrest_place = QLineEdit()
        self.facility = VocabNode(_spec("detention_episodes.places.facility"), self._vocab, lang)
        self.place_type = VocabNode(
            _spec("detention_episodes.places.place_type"), self._vocab, lang
        )
        self.incommunicado_since = PartialDateEdit(_spec("incommunicado.since"), lang)
        self.health = VocabNode(_spec("health.category"), self._vocab, lang)
        self.care_denied = QCheckBox(self.tr("Medical care was denied"))
        self.care_needed = QLineEdit()
        self.care_needed.setPlaceholderText(self.tr("What was needed, e.g. insulin"))
        self.narrative = QPlainTextEdit()
        self.narrative.setObjectName("quick_narrative")
        self.narrative_language = CodePicker(languages())
        self.interviewer = PrivateName()  # who recorded it is at risk too
        self.date = PartialDateEdit(_spec("interview.date"), lang)
        self.country = CodePicker(countries())
        self.language = CodePicker(languages())
        self.mode = EnumNode(_spec("interview.mode"))

        self.all_sections = QLabel(
            self.tr("Everything else (more persons, trials, ill-treatment…) is in "
                    "<a href='#'>all sections</a> of the full form.")
        )  # fmt: skip
        self.all_sections.setObjectName("hint")
        self.all_sections.linkActivated.connect(lambda _link: self.full_editor_requested.emit())

        speaker = self._box(self.tr("Who is speaking"))
        speaker.addRow(self.tr("Their name"), self.informant_name)
        speaker.addRow(self.tr("Related to the person concerned as"), self.relation)
        consent = self._box(self.tr("They agree that we…"))
        for box in self.scopes.values():
            consent.addRow(box)
        consent.addRow(self.tr("Agreed"), self.consent_method)
        person = self._box(self.tr("The person concerned"))
        person.addRow(self.tr("Name"), self.person_name)
        happened = self._box(self.tr("What happened"))
        happened.addRow(self.tr("Arrested on"), self.arrest_date)
        happened.addRow(self.tr("Arrested where"), self.arrest_place)
        happened.addRow(self.tr("Held at"), self.facility)
        happened.addRow(self.tr("Type of place"), self.place_type)
        happened.addRow(self.tr("No contact since"), self.incommunicado_since)
        happened.addRow(self.tr("Health condition"), self.health)
        happened.addRow(self.care_denied)
        happened.addRow(self.tr("Care needed"), self.care_needed)
        words = self._box(self.tr("In their own words"))
        words.addRow(self.narrative)
        words.addRow(self.tr("Language of the account"), self.narrative_language)
        interview = self._box(self.tr("This interview"))
        interview.addRow(self.tr("Interviewer"), self.interviewer)
        interview.addRow(self.tr("Date"), self.date)
        interview.addRow(self.tr("Country where it takes place"), self.country)
        interview.addRow(self.tr("Language spoken"), self.language)
        interview.addRow(self.tr("In person or remote"), self.mode)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.all_sections)
        for group in self._boxes:
            column.addWidget(group)
        column.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(content)
        QVBoxLayout(self).addWidget(self.scroller)
        self._connect()

    def _box(self, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._boxes.append(box)
        return form

    def _connect(self) -> None:
        for line in (self.informant_name, self.person_name, self.arrest_place,
                     self.care_needed, self.interviewer):  # fmt: skip
            line.textEdited.connect(self._edited)
        for picker in (self.relation, self.country, self.language, self.narrative_language):
            picker.edited.connect(self._edited)
        for node in (self.consent_method, self.arrest_date, self.place_type,
                     self.incommunicado_since, self.health, self.date, self.mode):  # fmt: skip
            node.edited.connect(self._edited)
        for box in (*self.scopes.values(), self.care_denied):
            box.toggled.connect(self._edited)
        self.narrative.textChanged.connect(self._edited)
        self.facility.edited.connect(self._facility_chosen)
        self.place_type.edited.connect(self._place_type_chosen)
        self.relation.edited.connect(self._relation_chosen)
        self.language.edited.connect(self._language_chosen)
        self._relation_chosen()

    # -- defaults that follow other answers ---------------------------------------------------
    def _facility_chosen(self) -> None:
        if self._auto_place_type:
            with_type = self._place_type_of(_code(self.facility))
            self.place_type.set_value(with_type or MISSING)
        self._edited()

    def _place_type_chosen(self) -> None:
        self._auto_place_type = not _code(self.place_type)

    def _relation_chosen(self) -> None:
        about_themselves = self.relation.code() == SELF
        self.person_name.setEnabled(not about_themselves)

    def _language_chosen(self) -> None:
        if not self._loading and not self.narrative.toPlainText():
            self.narrative_language.set_code(self.language.code())

    def _place_type_of(self, facility: str) -> str:
        if not facility or not self._vocab.has("detention_facilities", facility):
            return ""
        return str(self._vocab.term("detention_facilities", facility).extra.get("place_type", ""))

    def _edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    # -- the record ---------------------------------------------------------------------------
    def set_defaults(self, interviewer: str = "", language: str = "", country: str = "") -> None:
        """A new testimony: today's date, the interviewer, the usual country and language."""
        self._loading = True
        try:
            today = datetime.date.today().isoformat()
            self.date.set_value({"precision": "day", "value": today})
            self.interviewer.setText(interviewer)
            self.country.set_code(country)
            self.language.set_code(language)
            self.narrative_language.set_code(language)
        finally:
            self._loading = False

    def answers(self) -> QuickAnswers:
        ticked = [code for code, box in self.scopes.items() if box.isChecked()]
        return QuickAnswers(
            interviewer=self.interviewer.text().strip(),
            date=_date(self.date),
            country=self.country.code().upper(),
            language=self.language.code(),
            mode=_code(self.mode),
            informant_name=self.informant_name.text().strip(),
            relation=self.relation.code(),
            person_name=self.person_name.text().strip(),
            arrest_date=_date(self.arrest_date),
            arrest_place=self.arrest_place.text().strip(),
            facility=_code(self.facility),
            place_type=_code(self.place_type),
            incommunicado_since=_date(self.incommunicado_since),
            health=_code(self.health),
            care_denied=self.care_denied.isChecked(),
            care_needed=self.care_needed.text().strip(),
            consent_method=_code(self.consent_method),
            scopes=[*[s for s in self._other_scopes if s not in self.scopes], *ticked],
            narrative=self.narrative.toPlainText(),
            narrative_language=self.narrative_language.code(),
        )

    def write_into(self, doc: dict[str, Any]) -> dict[str, Any]:
        """``doc`` (the full editor's record) with this page's answers written in."""
        return apply_answers(doc, self.answers(), self._place_type_of)

    def load(self, doc: dict[str, Any]) -> None:
        found = read_answers(doc)
        self._loading = True
        try:
            self.interviewer.setText(found.interviewer)
            self.date.set_value(found.date or MISSING)
            self.country.set_code(found.country)
            self.language.set_code(found.language)
            self.mode.set_value(found.mode or MISSING)
            self.informant_name.setText(found.informant_name)
            self.relation.set_code(found.relation)
            self.person_name.setText(found.person_name)
            self.arrest_date.set_value(found.arrest_date or MISSING)
            self.arrest_place.setText(found.arrest_place)
            self.facility.set_value(found.facility or MISSING)
            self.place_type.set_value(found.place_type or MISSING)
            self._auto_place_type = found.place_type == self._place_type_of(found.facility)
            self.incommunicado_since.set_value(found.incommunicado_since or MISSING)
            self.health.set_value(found.health or MISSING)
            self.care_denied.setChecked(found.care_denied)
            self.care_needed.setText(found.care_needed)
            self.consent_method.set_value(found.consent_method or MISSING)
            self._other_scopes = list(found.scopes)
            for code, box in self.scopes.items():
                box.setChecked(code in found.scopes)
            self.narrative.setPlainText(found.narrative)
            self.narrative_language.set_code(found.narrative_language)
        finally:
            self._loading = False
        self._relation_chosen()

    def focus_first_field(self) -> None:
        self.informant_name.setFocus(Qt.FocusReason.OtherFocusReason)
