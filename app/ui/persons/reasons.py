"""A suggestion's reasons in the interface language, translated by their code (the core gives
codes with parameters, app.domain.person_reasons; a sentence matched by its words would stay
English). The given names a reason quotes go through ``names`` (the privacy screen masks them)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain import person_reasons as why
from app.domain.person_reasons import Reason

CONTEXT = "PersonReasons"
WORDS: dict[str, object] = {
    why.NAME_WORDS_MATCH: QT_TRANSLATE_NOOP(
        "PersonReasons", "%1 words of the name match across scripts and spellings"
    ),
    why.ONE_NAME_WORD: QT_TRANSLATE_NOOP("PersonReasons", "one word of the name matches"),
    why.GIVEN_NAME_EQUIVALENT: QT_TRANSLATE_NOOP("PersonReasons", "given names: %1 ~ %2"),
    why.GIVEN_NAME_PARTIAL: QT_TRANSLATE_NOOP(
        "PersonReasons", "given names: %1 ~ %2 (a partial or diminutive form)"
    ),
    why.SAME_CASE_CODE: QT_TRANSLATE_NOOP("PersonReasons", "same case code"),
    why.SAME_BIRTH_DATE: QT_TRANSLATE_NOOP("PersonReasons", "same birth date"),
    why.BIRTH_DATES_COMPATIBLE: QT_TRANSLATE_NOOP(
        "PersonReasons", "birth dates compatible (not precise enough to be sure)"
    ),
    why.NO_BIRTH_DATE: QT_TRANSLATE_NOOP("PersonReasons", "no birth date to compare"),
    why.RELATIVE_IN_COMMON: QT_TRANSLATE_NOOP("PersonReasons", "a relative in common"),
}


def reason_text(reason: Reason, names: Callable[[str], str] = str) -> str:
    source = WORDS.get(reason.code)
    if source is None:  # a code from a newer core: its English, not nothing
        return why.english(reason)
    text = QCoreApplication.translate(CONTEXT, str(source))
    if reason.code == why.NAME_WORDS_MATCH:
        return text.replace("%1", reason.param("words"))
    return text.replace("%1", names(reason.param("a"))).replace("%2", names(reason.param("b")))


def reasons_text(reasons: Iterable[Reason], names: Callable[[str], str] = str) -> str:
    return "; ".join(reason_text(reason, names) for reason in reasons)
