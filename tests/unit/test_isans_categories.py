"""Every iSANS category has a name in each interface language, with where its wording comes
from: English from the source paper, Russian and Belarusian from the Criminal Code, proposals
marked as such (the vocabulary's own convention)."""

from __future__ import annotations

import pytest

from app.domain.shipped_vocabularies import load_shipped
from app.domain.vocabulary import VocabularySet

CYRILLIC = set("абвгдеёжзийклмнопрстуўфхцчшщъыьэюяі")


@pytest.fixture(scope="module")
def vocab() -> VocabularySet:
    return load_shipped()


def categories_named(vocab: VocabularySet) -> set[str]:
    """Every category the figures can group by, and every one an article claims."""
    articles = vocab.terms("criminal_code_articles")
    return set(vocab.isans_categories) | {
        str(t.extra["isans_category"]) for t in articles if "isans_category" in t.extra
    }


def test_every_category_has_a_term(vocab: VocabularySet) -> None:
    named = categories_named(vocab)
    assert "other_political" in named
    assert named == {term.code for term in vocab.terms("isans_categories")}


@pytest.mark.parametrize("lang", ["be", "ru"])
def test_every_category_reads_in_cyrillic(vocab: VocabularySet, lang: str) -> None:
    for term in vocab.terms("isans_categories"):
        shown = term.shown_label(lang)
        assert shown.language == lang, (term.code, shown)
        assert CYRILLIC & set(shown.text.lower()), (term.code, shown)


def test_an_articles_category_is_named_by_the_articles_own_title(vocab: VocabularySet) -> None:
    # A category of one article takes the article's title as the vocabulary gives it, verified
    # or proposed alike: the category never reads more certain than its source.
    for category, codes in vocab.isans_categories.items():
        if len(codes) != 1:
            continue
        term = vocab.term("isans_categories", category)
        article = vocab.term("criminal_code_articles", codes[0])
        assert dict(term.labels, en="") == dict(article.labels, en=""), category
        assert dict(term.suggested) == dict(article.suggested), category


def test_joined_wordings_are_proposals_and_every_term_cites_its_source(
    vocab: VocabularySet,
) -> None:
    for category, codes in vocab.isans_categories.items():
        if category == "other_political":  # Sviedka's own group: the paper names none of these
            continue
        term = vocab.term("isans_categories", category)
        sources = term.extra["source"]
        assert any("iSANS working paper" in source for source in sources), category
        for code in codes:
            assert f"criminal_code_articles:{code}" in sources, category
        if len(codes) > 1:
            assert set(term.suggested) == {"ru", "be"}, category
            assert set(term.labels) == {"en"}, category
    assert vocab.term("isans_categories", "other_political").confidence == "low"
