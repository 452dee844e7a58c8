"""Labels for the values of the schema's fixed lists (verdict, involvement, reliability ...) in
the dossier's language, from the catalogues the desktop already ships.

The translator is asked directly and never installed, so drawing a dossier in Russian does not
turn the desktop's own labels Russian.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from app.render.dossier_words import word
from app.resources import resource_path
from app.ui.editor.enum_labels import ENUM_LABELS

__all__ = ["EnumLabels"]

_OWN = frozenset({"yes", "no"})  # the builder's answers to a yes-or-no field


class EnumLabels:
    def __init__(self, lang: str) -> None:
        self._lang = lang
        self._translator: QTranslator | None = None
        if lang != "en":
            translator = QTranslator()
            if translator.load(str(resource_path("i18n", f"sviedka_{lang}.qm"))):
                self._translator = translator

    def __call__(self, value: str) -> str:
        if value in _OWN:
            return word(value, self._lang)
        source = str(ENUM_LABELS.get(value, value.replace("_", " ")))
        if self._translator is not None:
            return self._translator.translate("Enum", source) or source
        return source
