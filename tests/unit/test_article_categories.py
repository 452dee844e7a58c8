"""An article's iSANS category is the one its own term carries, in every shipped vocabulary:
the figures by category count every article the vocabulary tags political, not only the
paper's main ones, and a file whose map and terms disagree is refused, never half-believed."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from app.domain.shipped_vocabularies import _parse, shipped_versions
from app.resources import resource_path


def shipped(version: str) -> dict[str, Any]:
    path = resource_path("vocabularies", f"{version}.json")
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def category_of(categories: dict[str, tuple[str, ...]] | Any) -> dict[str, str]:
    return {code: category for category, codes in categories.items() for code in codes}


@pytest.mark.parametrize("version", shipped_versions())
def test_every_articles_category_is_its_terms_own(version: str) -> None:
    vocab = _parse(version, shipped(version))
    categories = category_of(vocab.isans_categories)
    for article in vocab.terms("criminal_code_articles"):
        assert categories.get(article.code) == article.extra.get("isans_category"), article.code
    assert categories["339"] == "other_political"
    assert categories["342"] == "group_actions_violating_public_order"


@pytest.mark.parametrize("version", shipped_versions())
def test_the_papers_map_agrees_with_the_terms(version: str) -> None:
    document = shipped(version)
    categories = category_of(_parse(version, document).isans_categories)
    for code, category in category_of(document["isans_categories"]).items():
        assert categories[code] == category, code


def test_an_article_without_a_tag_is_in_no_category() -> None:
    version = shipped_versions()[-1]
    document = copy.deepcopy(shipped(version))
    for term in document["vocabularies"]["criminal_code_articles"]:
        if term["code"] == "339":
            del term["isans_category"]
    assert "339" not in category_of(_parse(version, document).isans_categories)


def test_a_file_whose_map_and_terms_disagree_is_refused() -> None:
    version = shipped_versions()[-1]
    document = copy.deepcopy(shipped(version))
    document["isans_categories"]["high_treason"] = ["356", "339"]
    with pytest.raises(ValueError, match="339") as refused:
        _parse(version, document)
    assert "\n" not in str(refused.value)
