"""Validation issues as the form shows them: paths split into parts, messages translated.

``collect_issues`` (app.domain.record) speaks English, since its messages also go to the command
line. The fixed messages are listed here for the translators; messages that carry a variable
part (a vocabulary code, a list of allowed values) are shown as the domain wrote them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.ui.editor.labels import field_label

__all__ = ["Issue", "Parts", "message_text", "parse_path", "readable_path"]

Parts = tuple[str | int, ...]
Issue = tuple[Parts, str]

_STEP = re.compile(r"([A-Za-z_0-9]+)|\[([0-9]+)\]")

# fmt: off
MESSAGES = frozenset({
    QT_TRANSLATE_NOOP("Issue", "is required"),
    QT_TRANSLATE_NOOP("Issue", "must not be empty"),
    QT_TRANSLATE_NOOP("Issue", "is not a real calendar date"),
    QT_TRANSLATE_NOOP("Issue", "is not a field of this section"),
    QT_TRANSLATE_NOOP("Issue", "must not repeat an entry"),
    QT_TRANSLATE_NOOP("Issue", "names no person of this record"),
    QT_TRANSLATE_NOOP("Issue", "names no detention episode of this record"),
    QT_TRANSLATE_NOOP("Issue", "names no other prosecution of this record"),
    QT_TRANSLATE_NOOP("Issue", "names no item of a section with refs"),
    QT_TRANSLATE_NOOP("Issue", "names no person or item of this record"),
    QT_TRANSLATE_NOOP("Issue", "names no field of this record"),
    QT_TRANSLATE_NOOP("Issue", "needs a person or a description"),
    QT_TRANSLATE_NOOP("Issue", "is before from"),
    QT_TRANSLATE_NOOP("Issue", "is before since"),
    QT_TRANSLATE_NOOP("Issue", "is before date"),
    QT_TRANSLATE_NOOP("Issue", "is before arrest.date"),
    QT_TRANSLATE_NOOP("Issue", "is before dates.opened"),
    QT_TRANSLATE_NOOP("Issue", "is set but the articles do not include 411"),
    QT_TRANSLATE_NOOP("Issue", "must be YYYY-MM-DD for precision day"),
    QT_TRANSLATE_NOOP("Issue", "must be YYYY-MM for precision month"),
    QT_TRANSLATE_NOOP("Issue", "must be YYYY for precision year"),
    QT_TRANSLATE_NOOP("Issue", "must be YYYY-MM-DD, YYYY-MM or YYYY"),
    QT_TRANSLATE_NOOP("Issue", "must have no value when the precision is unknown"),
    QT_TRANSLATE_NOOP("Issue", "must be 64 lowercase hexadecimal digits"),
    QT_TRANSLATE_NOOP("Issue", "must be a media type such as audio/ogg"),
    QT_TRANSLATE_NOOP("Issue", "marks part of a text: it needs both a start and an end"),
    QT_TRANSLATE_NOOP("Issue", "marks part of a text, but the field it names holds no text"),
    QT_TRANSLATE_NOOP("Issue", "is not after where the marked part starts"),
})
# The domain's messages that speak of formats (regexes, standards): what the interviewer
# reads instead, in the words of the picker in front of them.
PLAIN: dict[str, object] = {
    "must be a local ref: a lowercase letter, then up to 31 of a-z 0-9 _ -":
        QT_TRANSLATE_NOOP("Issue", "is not an entry of this record"),
    "must be a vocabulary code: lowercase a-z 0-9 _ . -":
        QT_TRANSLATE_NOOP("Issue", "is not one of the choices: pick one from the list"),
    "must be an ISO 3166-1 alpha-2 country code such as BY or LT":
        QT_TRANSLATE_NOOP("Issue", "is not a country: pick one or type its two letters, e.g. BY"),
    "must be a BCP 47 language tag such as be, ru or en":
        QT_TRANSLATE_NOOP("Issue", "is not a language: pick one or type its code, e.g. be"),
    "must be a field path such as persons[0].birth_date":
        QT_TRANSLATE_NOOP("Issue", "does not name a field of this record"),
}
# fmt: on


# Messages with a variable part that names codes and vocabularies: the gist, in words.
_PATTERNS: tuple[tuple[re.Pattern[str], object], ...] = (
    (re.compile(r"unknown code .* in vocabulary .*|is not a code of vocabulary .*"),
     QT_TRANSLATE_NOOP("Issue", "is not one of the choices: pick one from the list")),
    (re.compile(r"must be one of: .*"),
     QT_TRANSLATE_NOOP("Issue", "is not one of the choices: pick one from the list")),
    (re.compile(r"has a field with an unexpected name"),
     QT_TRANSLATE_NOOP("Issue", "is not a field of this section")),
    (re.compile(r"does not satisfy .*"), QT_TRANSLATE_NOOP("Issue", "is not a valid answer here")),
    (re.compile(r"is past the end of the text \(.*\)"),
     QT_TRANSLATE_NOOP("Issue", "is past the end of the text: mark again what is written")),
)  # fmt: skip


def message_text(message: str) -> str:
    """The message in the interface language when the catalogue has it, else as written."""
    for pattern, plain in _PATTERNS:
        if pattern.fullmatch(message):
            return QCoreApplication.translate("Issue", str(plain))
    if message in PLAIN:
        return QCoreApplication.translate("Issue", str(PLAIN[message]))
    if message in MESSAGES:
        return QCoreApplication.translate("Issue", message)
    return message


def parse_path(path: str) -> Parts:
    """``persons[0].birth_date.value`` -> ``("persons", 0, "birth_date", "value")``."""
    if path == "(testimony)":
        return ()
    return tuple(int(m[2]) if m[2] else m[1] for m in _STEP.finditer(path))


def readable_path(parts: Parts) -> str:
    """A path in the interface's words: ``Persons › 1 › Birth date``."""
    words = [str(part + 1) if isinstance(part, int) else field_label(part) for part in parts]
    return " › ".join(words) or QCoreApplication.translate("Issue", "Whole record")
