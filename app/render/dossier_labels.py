"""Labels for the record's fields and for the values of the schema's fixed lists (verdict,
involvement, reliability ...) in the dossier's language, from the catalogues the desktop already
ships: a field reads in the hand-over as it reads in the interviewer's form, in one wording that
translators keep in one place.

The translator is asked directly and never installed, so drawing a dossier in Russian does not
turn the desktop's own labels Russian.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from app.render.dossier_words import word
from app.resources import resource_path
from app.ui.editor.enum_labels import ENUM_LABELS
from app.ui.editor.labels import FIELD_LABELS

__all__ = ["FormLabels"]

_OWN = frozenset({"yes", "no"})  # the builder's answers to a yes-or-no field
# Dossier line keys that share a record field's name but mean something else here: a transfer's
# "to" is the facility it went to, the editor's "to" the addressee of a complaint.
_NOT_THE_FIELD = frozenset({"to"})


class FormLabels:
    """The interviewer's form's words for fields and fixed-list values, in one language."""

    def __init__(self, lang: str) -> None:
        self._lang = lang
        self._translator: QTranslator | None = None
        if lang != "en":
            translator = QTranslator()
            if translator.load(str(resource_path("i18n", f"sviedka_{lang}.qm"))):
                self._translator = translator

    def field(self, key: str) -> str:
        """A line's label: the editor's label of the record field ``key``, else (a line the
        dossier derives, such as the verdict's date) the dossier's own word."""
        source = None if key in _NOT_THE_FIELD else FIELD_LABELS.get(key)
        if source is None:
            return word(key, self._lang)
        return self._translated("Field", str(source))

    def _translated(self, context: str, source: str) -> str:
        if self._translator is not None:
            return self._translator.translate(context, source) or source
        return source

    def __call__(self, value: str) -> str:
        if value in _OWN:
            return word(value, self._lang)
        return self._translated("Enum", str(ENUM_LABELS.get(value, value.replace("_", " "))))
