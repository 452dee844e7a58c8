"""A name typed in the nominative and the forms a narrative declines it into
(app.domain.case_endings)."""

from __future__ import annotations

import pytest

from app.domain import folding
from app.domain.case_endings import inflected_keys


def finds(query: str, text_word: str) -> bool:
    """Whether a search for ``query`` reaches ``text_word``: by its own prefix, or a case form."""
    keys = folding.phonetic_keys(text_word)
    own = tuple(folding.phonetic_keys(query))
    return any(key.startswith(own) for key in keys) or bool(keys & inflected_keys(query))


@pytest.mark.parametrize(
    ("query", "declined"),
    [
        ("Бабарыка", ["Бабарыкі", "Бабарыку", "Бабарыцы", "Бабарыкай", "Бабарыкой"]),
        ("Babaryka", ["Бабарыкі", "Бабарыку", "Бабарыцы", "Бабарыкам"]),
        ("Kalesnikava", ["Калеснікавай", "Калеснікаву", "Колесниковой"]),
        ("Tsikhanouski", ["Ціханоўскага", "Ціханоўскаму", "Тихановского", "Тихановскому"]),
        ("Тихановский", ["Ціханоўскага", "Тихановским"]),
        ("Мікалаеў", ["Мікалаева", "Мікалаеву", "Мікалаевым"]),
        ("Mikalaeu", ["Мікалаева", "Мікалаеву"]),
        ("Гундарь", ["Гундаря", "Гундару", "Гундарем"]),
        ("Gundar", ["Гундара", "Гундару", "Гундаря"]),
        ("Марыя", ["Марыі", "Марыю", "Марыяй"]),
        ("Statkevich", ["Статкевіча", "Статкевічу"]),  # the prefix already does
    ],
)
def test_a_nominative_reaches_its_declined_forms(query: str, declined: list[str]) -> None:
    assert [word for word in declined if not finds(query, word)] == []


@pytest.mark.parametrize(
    ("query", "other"),
    [
        ("Бабарыка", "Бабарыкін"),
        ("Babaryka", "Бабарыцкі"),
        ("Мікалаеў", "Мікалаевіч"),
        ("Ціханоўскі", "Ціханоўскай"),  # his wife's surname
        ("Kalesnikava", "Калеснік"),
        ("Рабкова", "Рабкоўскі"),
    ],
)
def test_a_surname_does_not_reach_a_word_that_only_begins_like_it(query: str, other: str) -> None:
    assert not finds(query, other)


def test_short_words_and_words_the_table_does_not_know_get_no_forms() -> None:
    assert inflected_keys("Ян") == frozenset()
    assert inflected_keys("Іва") == frozenset()  # a stem of two letters
    assert inflected_keys("2024") == frozenset()
    assert inflected_keys("Siarhei") == frozenset()
    assert inflected_keys("Ωμέγας") == frozenset()  # no table for Greek
