"""Given names across languages (app.domain.given_names): the shipped table, relation() and
equivalents(), and an organisation's own entries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain import given_names
from app.domain.given_names import GivenNameRelation, equivalents, load_shipped, relation
from app.domain.vocabulary import LocalTerm

REPO = Path(__file__).resolve().parents[2]


def kind(a: str, b: str) -> str | None:
    found = relation(a, b)
    return None if found is None else found.kind


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Уладзімір", "Włodzimierz"),
        ("Włodzimierz", "Владимир"),
        ("Мікалай", "Николай"),
        ("Mikołaj", "Николай"),
        ("Кацярына", "Yekaterina"),
        ("Katarzyna", "Кацярына"),
        ("Язэп", "Józef"),
        ("Вольга", "Olga"),
        ("Сяргей", "Serhiy"),
        ("Андрэй", "Andrzej"),
        ("ЮРЫЙ", "jerzy"),
    ],
)
def test_a_given_name_said_in_another_language_is_equivalent(a: str, b: str) -> None:
    assert kind(a, b) == "equivalent"
    assert kind(b, a) == "equivalent"


@pytest.mark.parametrize(
    ("a", "b"), [("Siarhei", "Сяргей"), ("Maryia", "Мария"), ("Uladzimir", "Уладзімір")]
)
def test_spellings_transliteration_links_are_the_same_name(a: str, b: str) -> None:
    assert kind(a, b) == "same"


@pytest.mark.parametrize(
    ("a", "b"),
    [("Юрась", "Юрий"), ("Алесь", "Аляксандр"), ("Aleksander", "Aleś"), ("Зміцер", "Dmitry")],
)
def test_folk_forms_are_only_partial(a: str, b: str) -> None:
    assert kind(a, b) == "partial"
    assert kind(b, a) == "partial"


@pytest.mark.parametrize(
    ("a", "b"),
    [("Саша", "Аляксандр"), ("Саша", "Аляксандра"), ("Шура", "Sasha"), ("Вова", "Vladimir")],
)
def test_diminutives_are_only_diminutive(a: str, b: str) -> None:
    assert kind(a, b) == "diminutive"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Юрый", "Георгій"),  # see_also: distinct names, never linked
        ("Марыя", "Марфа"),
        ("Аксана", "Ксенія"),
        ("Мікалай", "Міхаіл"),
        ("Уладзімір", "Уладзіслаў"),
        ("Лабковіч", "Уладзімір"),  # a surname is not in the table
        ("Аляксандр", "Аляксей"),
    ],
)
def test_distinct_names_are_not_related(a: str, b: str) -> None:
    assert relation(a, b) is None
    assert relation(b, a) is None


def test_the_reason_names_both_as_written() -> None:
    assert relation("Юрась", "Юрий") == GivenNameRelation("partial", "Юрась ~ Юрий")
    assert relation("  Siarhei ", "Сяргей") == GivenNameRelation("same", "Siarhei = Сяргей")


def test_equivalents_are_keys_strongest_first() -> None:
    found = equivalents("Уладзімір")
    assert found[0][1] == "same"
    kinds = [kind for _, kind in found]
    assert kinds == sorted(kinds, key=given_names.KINDS.index)
    keys = dict(found)
    assert all(key.isascii() and key.isalnum() for key in keys)
    (polish,) = given_names.name_keys("Włodzimierz")
    assert keys[polish] == "equivalent"
    (vova,) = given_names.name_keys("Вова")
    assert keys[vova] == "diminutive"


def test_a_word_outside_the_table_has_no_equivalents() -> None:
    assert equivalents("Бабарыка") == []
    assert equivalents("") == []
    assert relation("", "Юрый") is None


def test_the_shipped_table_is_the_repository_yaml_built() -> None:
    """Fails when vocabularies/given-names.yaml changed and the JSON was not rebuilt."""
    yaml = pytest.importorskip("yaml")
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_given_names", REPO / "scripts" / "build_given_names.py"
    )
    assert spec is not None
    assert spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    source = yaml.safe_load((REPO / "vocabularies" / "given-names.yaml").read_text("utf-8"))
    shipped = build.OUTPUT_DIR / f"{build.VERSION}.json"
    assert shipped.read_text("utf-8") == build.render(build.build(source))
    table = json.loads(shipped.read_text("utf-8"))
    assert len(table["names"]) == len(load_shipped(build.VERSION)) == 164


def test_an_organisation_adds_a_spelling_to_an_entry_and_a_new_name() -> None:
    shipped = load_shipped()
    assert shipped.relation("Uladzimiras", "Уладзімір") is None
    local = shipped.with_local_terms(
        [
            LocalTerm("given_names", "uladzimir.lt", en="Uladzimiras, Vladimiras").to_term(),
            LocalTerm("given_names", "ramuald", en="Romuald", be="Рамуальд, Ромуальд").to_term(),
            LocalTerm("facilities", "x", en="Not a name").to_term(),
        ]
    )
    assert local.relation("Uladzimiras", "Уладзімір") == GivenNameRelation(
        "equivalent", "Uladzimiras ~ Уладзімір"
    )
    assert local.relation("Romuald", "Рамуальд") is not None
    assert local.is_given_name("Romuald")
    assert not local.is_given_name("Not")
    # the shipped table is unchanged
    assert shipped.relation("Uladzimiras", "Уладзімір") is None


def test_local_given_names_are_stored_as_local_terms_of_the_vocabulary_set() -> None:
    from app.domain.shipped_vocabularies import load_shipped as load_vocabularies

    vocab = load_vocabularies()
    extended = vocab.with_local_terms(
        [LocalTerm(given_names.VOCABULARY, "ramuald", en="Romuald", be="Рамуальд")]
    )
    assert "+local." in extended.version
    assert [t.code for t in extended.terms(given_names.VOCABULARY)] == ["ramuald"]
    table = load_shipped().with_local_terms(extended.terms(given_names.VOCABULARY))
    assert table.relation("Romuald", "Рамуальд") is not None
    assert given_names.VOCABULARY not in vocab.names()
