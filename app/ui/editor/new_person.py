"""'+ New person…' inside every person picker: the interviewer names someone where they are
mentioned, without leaving the section for the Persons list and coming back.

The new person gets a ref (never shown), the name as said, and the role the field implies
(the victim of an ill-treatment act, the informant of an interview); everything else about
them waits in the Persons section.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

__all__ = ["NEW_PERSON", "AskName", "ask_name", "new_person_label", "role_for"]

NEW_PERSON = "+new-person"  # item data of the picker's last entry; never a value
AskName = Callable[[QWidget], str | None]
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ROLE_OF_FIELD = {
    "informant": "informant",
    "given_by": "informant",
    "victim": "victim",
    "victims": "victim",
    "person": "victim",
    "about": "victim",
    "with_person": "relative",
    "co_defendants": "victim",
    "supported": "victim",
    "targeted_exile": "victim",
}


def new_person_label() -> str:
    return QCoreApplication.translate("NewPerson", "+ New person…")


def role_for(pattern: str) -> str:
    """The role a person named in field ``pattern`` plays; "" when the field does not say
    (someone responsible is an alleged perpetrator only if the informant says so)."""
    if ".responsible[]." in pattern or "perpetrators[]" in pattern:
        return "alleged_perpetrator"
    if pattern.endswith(".source"):
        return "witness"
    name = pattern.rsplit(".", 1)[-1].removesuffix("[]")
    return _ROLE_OF_FIELD.get(name, "")


def ask_name(parent: QWidget) -> str | None:
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("NewPerson", "New person"),
        QCoreApplication.translate("NewPerson", "Name, as the informant says it:"),
        QLineEdit.EchoMode.Normal,
    )
    return name.strip() if ok and name.strip() else None


def person(ref: str, name: str, role: str) -> dict[str, object]:
    script = "Cyrl" if _CYRILLIC.search(name) else "Latn"
    return {
        "ref": ref,
        "names": [{"value": name, "script": script, "kind": "original"}],
        "roles": [role] if role else [],
    }
