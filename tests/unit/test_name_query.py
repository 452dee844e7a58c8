"""Which words of a search are given names, and whether a text names the same person with them
(app.domain.name_query)."""

from __future__ import annotations

from app.domain import folding
from app.domain.given_names import load_shipped, name_keys
from app.domain.name_query import PAIR, expansion, names_one_person, pair_keys

TABLE = load_shipped()


def test_a_given_name_beside_an_unknown_word_is_expanded() -> None:
    found = expansion("Włodzimierz Hundar", TABLE)
    assert found is not None
    assert found.given == ("Włodzimierz",)
    assert found.anchors == ("Hundar",)
    (also,) = found.also
    assert name_keys("Уладзімір") <= also
    assert not name_keys("Włodzimierz") & also  # its own keys are the first tier's


def test_no_expansion_without_an_anchor_or_without_a_given_name() -> None:
    assert expansion("Włodzimierz", TABLE) is None
    assert expansion("Włodzimierz Mikołaj", TABLE) is None  # two given names, no surname
    assert expansion("Hundar Babaryka", TABLE) is None
    assert expansion("Саша Лабковіч", TABLE) is None  # a diminutive is not expanded


def test_the_equivalent_must_stand_beside_the_anchor() -> None:
    found = expansion("Włodzimierz Hundar", TABLE)
    assert found is not None
    assert names_one_person(found, "Уладзімір Гундар")
    assert names_one_person(found, "Гундар Уладзімір Мікалаевіч")
    # an equivalent is a whole name: its inflected forms are not read as it (Уладзіміра is
    # not Уладзімір here, and a prefix would also read Аляксандр into Аляксандравіч)
    assert not names_one_person(found, "сведка: Уладзіміра Гундара затрымалі")
    assert not names_one_person(found, "Уладзімір Някляеў\nІгар Гундар")
    assert not names_one_person(found, "Уладзімір Някляеў, Гундар")
    assert not names_one_person(found, "Уладзімір і яго сябар Ігар Гундар")
    assert not names_one_person(found, "")


def test_pair_tokens_join_neighbouring_words_of_one_name_only() -> None:
    pairs = pair_keys("Гундар Уладзімір Мікалаевіч\nІгар Лабковіч")
    (hundar,) = name_keys("Гундар")
    (uladzimir,) = name_keys("Уладзімір")
    assert f"{uladzimir}{PAIR}{hundar}" in pairs
    assert f"{hundar}{PAIR}{uladzimir}" in pairs
    (ihar,) = name_keys("Ігар")
    assert not any(pair.startswith(f"{ihar}{PAIR}{hundar}") for pair in pairs)  # next line


def test_a_pair_token_never_answers_a_query_words_own_prefix() -> None:
    # the first tier matches a word's keys by prefix: a pair must not add a match to it
    for word in ("Уладзімір", "Xavier", "Ksawery", "Łabkowicz", "Ώμέγα"):
        for key in folding.phonetic_keys(word):
            assert PAIR not in key
