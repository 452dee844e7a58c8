"""Figures for a coordinator: `sviedka report FIGURE ...` and, later, the desktop's Figures
view. Parsing of the request is the domain's (app.domain.figures), counting the storage's
(app.storage.figures); here one unit of work, the registry brought up to date first, and the
labels of the groups from the vault's vocabularies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain import figures as spec
from app.domain import place_names
from app.domain.figures import BadReport
from app.services import report_words
from app.storage import figures, persons_registry
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary

__all__ = ["DIMENSION_VOCABULARIES", "BadReport", "Group", "Report", "report"]

# A figure's dimension (--by, a person's fact) -> the vocabulary its codes come from, for labels.
DIMENSION_VOCABULARIES = {
    "criterion": "humanitarian_criteria",
    "article": "criminal_code_articles",
    "isans_category": "isans_categories",
    "facility": "detention_facilities",
    "instrument": "repression_instruments",
}


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    count: int

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "count": self.count}


@dataclass(frozen=True)
class Report:
    figure: str
    title: str
    unit: str
    by: str | None
    as_of: str
    date_from: str | None
    date_to: str | None
    total: int
    groups: tuple[Group, ...]
    lang: str = "en"

    def heading(self) -> str:
        """The first line a person reads: the figure, its total, the day, in ``lang``."""
        return report_words.heading(
            self.title, self.total, self.unit, self.as_of, (self.date_from, self.date_to), self.lang
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "figure": self.figure,
            "unit": self.unit,
            "as_of": self.as_of,
            "by": self.by,
            "from": self.date_from,
            "to": self.date_to,
            "total": self.total,
            "groups": [group.as_json() for group in self.groups],
        }


def report(
    vault: Vault,
    figure: str,
    by: str | None = None,
    unit: str = "persons",
    as_of: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    filters: Sequence[str] = (),
    lang: str = "en",
) -> Report:
    """One figure, counted as asked. Raises BadReport (one sentence) for a request without
    an answer: an unknown figure, grouping or filter, a badly written date."""
    chosen = spec.figure_named(figure)
    if unit not in spec.UNITS:
        raise BadReport(f"--unit is one of {', '.join(spec.UNITS)}")
    day = spec.parse_day(as_of, "--as-of") if as_of else date.today().isoformat()
    request = spec.Request(
        figure=chosen,
        by=spec.parse_by(by, chosen),
        unit=unit,
        as_of=day,
        window=spec.parse_window(date_from, date_to, chosen),
        filters=spec.parse_filters(list(filters)),
    )
    with vault.transaction() as session:
        vocab = vault_vocabulary(session)
        persons_registry.catch_up(session, vocab.isans_categories)
        counted = figures.count(session, request)
    vocabulary = DIMENSION_VOCABULARIES.get(request.by or "")

    def label(key: str) -> str:
        special = report_words.special_group(key, lang)
        if special is not None:
            return special
        if vocabulary and vocab.has(vocabulary, key):
            return vocab.label(vocabulary, key, lang)
        if request.by == "country":
            return place_names.country_name(key, lang)
        return key.replace("_", " ")

    return Report(
        figure=chosen.name,
        title=report_words.title(chosen.name, chosen.title, lang),
        unit=unit,
        by=request.by,
        as_of=day,
        date_from=date_from,
        date_to=date_to,
        total=counted.total,
        groups=tuple(Group(key, label(key), n) for key, n in counted.groups),
        lang=lang,
    )
