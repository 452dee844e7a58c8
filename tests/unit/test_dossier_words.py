"""Every line and heading of a case dossier has a word in each dossier language: a field of
the record reads as the interviewer's form reads it (one wording), a heading or a line the
dossier derives has the dossier's own word, and none is a bare code."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.domain.shipped_vocabularies import load_shipped
from app.domain.template import example_testimony
from app.render.dossier_labels import FormLabels
from app.render.dossier_words import word
from app.services import dossier_cases, dossier_sections
from app.services.dossier import Entry, Labels, Line
from app.ui.editor.labels import FIELD_LABELS

CYRILLIC = set("абвгдеёжзийклмнопрстуўфхцчшщъыьэюяі")
SECTIONS = (
    dossier_sections.timeline,
    dossier_sections.acts,
    dossier_sections.health,
    dossier_sections.sources,
    dossier_sections.consent,
    dossier_cases.prosecutions,
    dossier_cases.administrative_cases,
    dossier_cases.incommunicado,
)


def _everything() -> tuple[set[str], set[str]]:
    """(entry headings, line keys) of the dossiers of every person of the example testimony."""
    doc = example_testimony()
    labels = Labels(load_shipped(), "en")
    headings: set[str] = set()
    keys: set[str] = set()

    def entries() -> Iterator[Entry]:
        for person in doc["persons"]:
            keys.update(line.label for line in dossier_sections.identity(person, labels))
            for section in SECTIONS:
                yield from section(doc, person["ref"], labels)

    for entry in entries():
        headings.add(entry.label)
        keys.update(line.label for line in entry.lines if isinstance(line, Line))
    return headings, keys


HEADINGS, KEYS = _everything()


def test_the_example_fills_the_dossier() -> None:
    # Enough of a dossier that the checks below mean something.
    assert len(HEADINGS) >= 10
    assert len(KEYS) >= 40
    assert {"verdict", "birth_date", "verdict_date"} <= KEYS


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
def test_every_line_and_heading_has_a_word(lang: str) -> None:
    form = FormLabels(lang)
    for key in KEYS:
        shown = form.field(key)
        assert shown != key.replace("_", " "), key
        if lang != "en" and key != "sha256":
            assert CYRILLIC & set(shown.lower()), (key, shown)
    for heading in HEADINGS:
        shown = word(heading, lang)
        assert shown != heading.replace("_", " "), heading
        if lang != "en":
            assert CYRILLIC & set(shown.lower()), (heading, shown)


def test_a_field_reads_as_in_the_form() -> None:
    for key in KEYS & set(FIELD_LABELS) - {"to"}:
        assert FormLabels("en").field(key) == str(FIELD_LABELS[key]), key
    assert FormLabels("be").field("verdict") == "Рашэнне суда"
    assert FormLabels("be").field("verdict_date") == "Дата прысуду"  # the dossier's own line
