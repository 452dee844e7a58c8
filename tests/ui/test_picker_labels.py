"""Pickers in the Belarusian interface: a label that is only a suggestion (``be_suggested``) is
marked as awaiting review, so an interviewer never takes a proposal for a verified title; an
official label is shown as it is (issue 14)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.domain.shipped_vocabularies import load_shipped
from app.domain.vocabulary import AWAITING_REVIEW, VocabularySet
from app.ui.editor.choices import vocabulary_options as editor_options
from app.ui.workspace.filters import vocabulary_options as filter_options

Options = Callable[[VocabularySet, str, str], list[tuple[str, str]]]
PICKERS = [pytest.param(editor_options, id="editor"), pytest.param(filter_options, id="filters")]


def _suggested_and_official(vocab: VocabularySet, name: str) -> tuple[str, str]:
    terms = vocab.terms(name)
    suggested = next(t.code for t in terms if t.shown_label("be").suggested)
    official = next(t.code for t in terms if not t.shown_label("be").suggested)
    return suggested, official


@pytest.mark.parametrize("options", PICKERS)
@pytest.mark.parametrize("name", ["detention_facilities", "criminal_code_articles"])
def test_a_suggested_belarusian_label_is_marked_for_review(options: Options, name: str) -> None:
    vocab = load_shipped()
    suggested, official = _suggested_and_official(vocab, name)
    shown = dict(options(vocab, name, "be"))
    mark = AWAITING_REVIEW["be"].format("")
    assert shown[suggested].endswith(mark)
    assert vocab.term(name, suggested).shown_label("be").text in shown[suggested]
    assert not shown[official].endswith(mark)


@pytest.mark.parametrize("options", PICKERS)
def test_english_labels_carry_no_review_mark(options: Options) -> None:
    vocab = load_shipped()
    shown = options(vocab, "detention_facilities", "en")
    assert shown
    assert not any(label.endswith(AWAITING_REVIEW["en"].format("")) for _, label in shown)
