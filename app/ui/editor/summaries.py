"""One readable line per list entry: "Алесь Баравік · Victim", "Алесь Баравік · 14 November
2022 · Navapolatsk IK-1". The interviewer finds an entry by what it says, not by its position,
and never by its ref (``p2``, ``e1``: bookkeeping of the record, never shown).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.ui.editor.form import ObjectForm
from app.ui.editor.issues import parse_path, readable_path
from app.ui.editor.refs import best_name
from app.ui.privacy import shown

__all__ = ["SUMMARY_FIELDS", "summarize"]

# fmt: off
# Fields shown for an entry, by the entry's pattern; "@..." are computed, "a.b" is nested.
SUMMARY_FIELDS: dict[str, tuple[str, ...]] = {
    "persons[]": ("@name", "roles"),
    "persons[].names[]": ("value", "kind", "language"),
    "persons[].relations[]": ("relation", "to"),
    "information_links[]": ("informant", "connection", "about", "reliability"),
    "detention_episodes[]": ("person", "arrest.date", "@facility"),
    "detention_episodes[].places[]": ("facility", "facility_text", "place_type", "from"),
    "detention_episodes[].transfers[]": ("date", "from_facility", "to_facility"),
    "detention_episodes[].punishment_cells[]": ("kind", "from", "days"),
    "detention_episodes[].kgb_recruitment_attempts[]": ("date", "note"),
    "incommunicado[]": ("person", "since", "status"),
    "incommunicado[].contact_denied_to[]": ("channel", "since"),
    "ill_treatment_acts[]": ("victim", "method", "from"),
    "ill_treatment_acts[].perpetrators[]": ("involvement", "person", "description"),
    "detention_conditions[]": ("person", "condition", "from"),
    "medical_care[]": ("person", "category", "outcome", "requested"),
    "health[]": ("person", "category", "timing"),
    "humanitarian_criteria[]": ("person", "criterion"),
    "deaths_in_detention[]": ("person", "date"),
    "prosecutions[]": ("person", "@articles", "verdict"),
    "prosecutions[].articles[]": ("code", "part"),
    "solidarity_persecution[]": ("person", "actions", "date"),
    "transnational_incidents[]": ("person", "type", "date", "country"),
    "event_links[]": ("from", "relation", "to"),
    "field_notes[]": ("@path", "note"),
    "consent.sensitive_marks[]": ("@path", "note"),
    "attachments_described[]": ("kind", "description"),
}
# fmt: on
_ARTICLES = QT_TRANSLATE_NOOP("Summary", "Art. %1")
_LONGEST = 60


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LONGEST else text[: _LONGEST - 1] + "…"


def _computed(form: ObjectForm, item: dict[str, Any], field: str) -> str:
    if field == "@name":
        return shown(best_name(item))  # the privacy screen's rule (app/ui/privacy.py)
    if field == "@articles":
        articles = [a for a in item.get("articles", []) if isinstance(a, dict) and "code" in a]
        codes = ", ".join(str(a["code"]) for a in articles)
        if not codes:
            return ""
        return QCoreApplication.translate("Summary", str(_ARTICLES)).replace("%1", codes)
    if field == "@path":  # a field of the record, in the problem list's words
        path = item.get("path")
        return readable_path(parse_path(path)) if isinstance(path, str) and path else ""
    if field == "@facility":
        places = form.children_.get("places")
        detail = getattr(places, "detail", None)
        # The latest place says where the person is (or was last) held.
        for place in reversed([p for p in item.get("places", []) if isinstance(p, dict)]):
            if isinstance(detail, ObjectForm) and "facility" in place:
                return detail.display_field(place, "facility")
            if "facility_text" in place:
                return str(place["facility_text"])
    return ""


def _field(form: ObjectForm, item: dict[str, Any], field: str) -> str:
    if field.startswith("@"):
        return _computed(form, item, field)
    if "." in field:
        outer, inner = field.split(".", 1)
        sub = form.children_.get(outer)
        if isinstance(sub, ObjectForm) and isinstance(item.get(outer), dict):
            return _field(sub, item[outer], inner)
        return ""
    return form.display_field(item, field)


def summarize(form: ObjectForm, item: Any) -> str:
    """The entry in one line, from the labels the form shows for its fields."""
    if not isinstance(item, dict):
        return ""
    fields = SUMMARY_FIELDS.get(form.spec.pattern) or tuple(form.children_)
    texts = [text for text in (_field(form, item, f) for f in fields) if text]
    return " · ".join(_short(text) for text in texts[:5])
