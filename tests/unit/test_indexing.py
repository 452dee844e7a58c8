"""What indexing derives from a record (app.domain.indexing): one walk gives what two gave."""

from __future__ import annotations

from datetime import date

from app.domain import indexing
from app.domain.shipped_vocabularies import load_shipped
from tests.factories import full_testimony, minimal_testimony


def test_one_walk_gives_the_searchable_text_and_the_facets() -> None:
    vocab = load_shipped()
    today = date(2026, 12, 3)
    for doc in (full_testimony(), minimal_testimony()):
        text, facets = indexing.searchable_and_facets(doc, vocab, today, ["запіс з суда"])
        assert text == indexing.searchable_text(doc, vocab, ["запіс з суда"])
        assert facets == indexing.facets(doc, today)
    text, facets = indexing.searchable_and_facets(full_testimony(), vocab, today)
    assert "Баравік" in text
    assert "Navapolatsk" in text  # a facility named by its code is searchable by its label
    assert ("facility", "navapolatsk_ik1") in facets
    assert "запіс" not in text
