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
    QT_TRANSLATE_NOOP(
        "Issue", "must be a local ref: a lowercase letter, then up to 31 of a-z 0-9 _ -"
    ),
    QT_TRANSLATE_NOOP("Issue", "must be a vocabulary code: lowercase a-z 0-9 _ . -"),
    QT_TRANSLATE_NOOP("Issue", "must be an ISO 3166-1 alpha-2 country code such as BY or LT"),
    QT_TRANSLATE_NOOP("Issue", "must be a BCP 47 language tag such as be, ru or en"),
    QT_TRANSLATE_NOOP("Issue", "must be YYYY-MM-DD for precision day"),
    QT_TRANSLATE_NOOP("Issue", "must be YYYY-MM for precision month"),
    QT_TRANSLATE_NOOP("Issue", "must be YYYY for precision year"),
    QT_TRANSLATE_NOOP("Issue", "must be YYYY-MM-DD, YYYY-MM or YYYY"),
    QT_TRANSLATE_NOOP("Issue", "must have no value when the precision is unknown"),
    QT_TRANSLATE_NOOP("Issue", "must be a field path such as persons[0].birth_date"),
    QT_TRANSLATE_NOOP("Issue", "must be 64 lowercase hexadecimal digits"),
    QT_TRANSLATE_NOOP("Issue", "must be a media type such as audio/ogg"),
})
# fmt: on


def message_text(message: str) -> str:
    """The message in the interface language when the catalogue has it, else as written."""
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
