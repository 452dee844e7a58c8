"""A suggestion's reasons in the desktop: every code the core gives has its own translatable
words (none falls back to English), and the given names a reason quotes can be masked."""

from __future__ import annotations

from app.domain import person_reasons as why
from app.domain.person_reasons import CODES, Reason
from app.ui import privacy
from app.ui.persons.reasons import WORDS, reasons_text


def test_every_reason_code_has_its_own_words() -> None:
    assert set(WORDS) == set(CODES)


def test_quoted_given_names_are_masked_and_parameters_filled() -> None:
    reasons = [
        Reason(why.NAME_WORDS_MATCH, (("words", "2"),)),
        Reason(why.GIVEN_NAME_EQUIVALENT, (("a", "юрась"), ("b", "юрий"))),
        Reason(why.SAME_BIRTH_DATE),
    ]
    shown = reasons_text(reasons)
    assert shown.startswith("2 words of the name match")
    assert "юрась ~ юрий" in shown
    assert "%" not in shown
    masked = reasons_text(reasons, privacy.mask)
    assert "юрась" not in masked
    assert "юрий" not in masked
    assert "same birth date" in masked
