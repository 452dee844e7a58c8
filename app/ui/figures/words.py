"""The Figures view's words: each figure's title, each grouping, and the two groups that are
not codes (an event without a usable date, a fact not recorded), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.ui.editor.enum_labels import ENUM_LABELS, enum_label

MONTHLY = "arrests_and_releases"  # not a report figure: persons arrested / released by month

FIGURE_TITLES = {
    "humanitarian": QT_TRANSLATE_NOOP("Figures", "Humanitarian list"),
    "incommunicado": QT_TRANSLATE_NOOP("Figures", "Held incommunicado"),
    "art411": QT_TRANSLATE_NOOP("Figures", "Re-convicted under Art. 411"),
    "deaths": QT_TRANSLATE_NOOP("Figures", "Died in custody"),
    "deaths_after_release": QT_TRANSLATE_NOOP("Figures", "Died after release"),
    "arrests_on_return": QT_TRANSLATE_NOOP("Figures", "Arrests on return"),
    "held": QT_TRANSLATE_NOOP("Figures", "Held"),
    "prosecutions": QT_TRANSLATE_NOOP("Figures", "Prosecutions"),
    "in_absentia": QT_TRANSLATE_NOOP("Figures", "Trials in absentia"),
    "transnational": QT_TRANSLATE_NOOP("Figures", "Transnational repression"),
    "solidarity": QT_TRANSLATE_NOOP("Figures", "Persecution for solidarity"),
    "lists": QT_TRANSLATE_NOOP("Figures", "Included in an extremist or terrorist list"),
    "held_beyond_term": QT_TRANSLATE_NOOP("Figures", "Held beyond the end of the term"),
    MONTHLY: QT_TRANSLATE_NOOP("Figures", "Arrests and releases by month"),
}
# The paper's tables: each figure opens grouped the way the paper shows it.
DEFAULT_BY = {
    "humanitarian": "criterion",
    "incommunicado": "facility",
    "art411": "article",
    "deaths": "facility",
    "deaths_after_release": "facility",
    "arrests_on_return": "where",
    "held": "facility",
    "prosecutions": "article",
    "in_absentia": "article",
    "transnational": "country",
    "solidarity": "action",
    "lists": "list",
}
BY_LABELS = {
    "": QT_TRANSLATE_NOOP("Figures", "(total only)"),
    "criterion": QT_TRANSLATE_NOOP("Figures", "humanitarian criterion"),
    "article": QT_TRANSLATE_NOOP("Figures", "article of the Criminal Code"),
    "facility": QT_TRANSLATE_NOOP("Figures", "place of detention"),
    "isans_category": QT_TRANSLATE_NOOP("Figures", "iSANS category"),
    "instrument": QT_TRANSLATE_NOOP("Figures", "instrument of repression"),
    "where": QT_TRANSLATE_NOOP("Figures", "where arrested"),
    "identified_via": QT_TRANSLATE_NOOP("Figures", "how identified"),
    "country": QT_TRANSLATE_NOOP("Figures", "country"),
    "action": QT_TRANSLATE_NOOP("Figures", "act of solidarity"),
    "list": QT_TRANSLATE_NOOP("Figures", "list"),
    "month": QT_TRANSLATE_NOOP("Figures", "month of the event"),
    "year": QT_TRANSLATE_NOOP("Figures", "year of the event"),
}
SPECIAL_GROUPS = {
    "date uncertain": QT_TRANSLATE_NOOP("Figures", "date uncertain"),
    "not recorded": QT_TRANSLATE_NOOP("Figures", "not recorded"),
}
# Groupings whose keys are the record's fixed answers, not vocabulary codes: the core gives them
# as the code; the desktop names them as the editor does.
WHERE_ARRESTED = {
    "border": QT_TRANSLATE_NOOP("Figures", "at the border, on return"),
    "home": QT_TRANSLATE_NOOP("Figures", "later, at home after returning"),
}
_FIXED_ANSWERS = frozenset({"identified_via", "action", "list"})


def tr(text: object) -> str:
    return QCoreApplication.translate("Figures", str(text))


def figure_title(figure: str) -> str:
    return tr(FIGURE_TITLES.get(figure, figure))


def group_label(key: str, label: str, by: str = "") -> str:
    """A group's name in the interface language: the core's label (a vocabulary's, a
    country's), or for a grouping of fixed answers the editor's own words for them."""
    if key in SPECIAL_GROUPS:
        return tr(SPECIAL_GROUPS[key])
    if by == "where" and key in WHERE_ARRESTED:
        return tr(WHERE_ARRESTED[key])
    if by in _FIXED_ANSWERS and key in ENUM_LABELS:
        return enum_label(key)
    return label
