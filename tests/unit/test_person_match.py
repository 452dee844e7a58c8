"""Match suggestions: the same person in any script or spelling, never namesakes born on
other days, never on a diminutive alone; blocking compares neighbours, not all pairs."""

from __future__ import annotations

from app.domain.person_entries import entries_of
from app.domain.person_match import (
    MAX_BLOCK,
    Profile,
    blocks,
    given_name_relation,
    score,
    suggest,
)
from app.domain.person_reasons import CODES, english
from app.domain.person_status import Evidence, status_as_of
from tests.factories import day, minimal_testimony


def profile(pid: str, *names: str, born: tuple[str, str] = ("", ""), code: str = "") -> Profile:
    persons = [
        {
            "ref": "p1",
            "roles": ["victim"],
            "names": [{"value": n, "script": "Latn", "kind": "original"} for n in names],
        }
    ]
    entry = entries_of(minimal_testimony(persons=persons))[0]
    words = {}
    for item in entry.name_keys.split():
        word, _, keys = item.partition("=")
        words[word] = frozenset(keys.split("|"))
    return Profile(pid, words, born[0], born[1], frozenset({code} if code else ()))


BORN = ("1962-09-25", "1962-09-25")


def test_the_same_name_in_three_scripts_and_spellings_is_suggested() -> None:
    a = profile("a", "Алесь Бяляцкі", born=BORN)
    for other in ("Алесь Беляцкий", "Ales Bialiatski", "Aleś Bialacki"):
        found = score(a, profile("b", other, born=BORN))
        assert found is not None, other
        assert "same_birth_date" in found.codes


def test_namesakes_born_on_other_days_are_never_suggested() -> None:
    elder = profile("a", "Мікола Статкевіч", born=("1956-08-12", "1956-08-12"))
    younger = profile("b", "Мікола Статкевіч", born=("1990-01-01", "1990-01-01"))
    assert score(elder, younger) is None
    assert suggest([elder, younger]) == []


def test_a_year_of_birth_is_compatible_with_a_day_in_it_but_scores_lower() -> None:
    exact = profile("a", "Ihar Losik", born=("1992-06-23", "1992-06-23"))
    same_day = score(exact, profile("b", "Ігар Лосік", born=("1992-06-23", "1992-06-23")))
    in_year = score(exact, profile("c", "Ігар Лосік", born=("1992-01-01", "1992-12-31")))
    assert same_day is not None
    assert in_year is not None
    assert in_year.score < same_day.score


def test_a_surname_alone_is_not_enough_without_more() -> None:
    assert score(profile("a", "Ales Bialiatski"), profile("b", "Natallia Bialiatskaya")) is None


def test_a_shared_case_code_is_a_reason() -> None:
    found = score(profile("a", "X", code="pp 2022 0417"), profile("b", "Y", code="pp 2022 0417"))
    assert found is not None
    assert "same_case_code" in found.codes


def test_given_name_equivalents_help_but_a_diminutive_never_suffices_alone() -> None:
    def relation(a: str, b: str) -> tuple[str, str] | None:
        return ("diminutive", f"{a} ~ {b}") if {a, b} == {"юра", "юрый"} else None

    formal = profile("a", "Юрый Шаўчук")
    short = profile("b", "Юра Шаўчук")
    assert score(formal, short, relation) is None  # surname + diminutive: not enough
    born = ("1980-02-02", "1980-02-02")
    dated = score(
        profile("a", "Юрый Шаўчук", born=born), profile("b", "Юра Шаўчук", born=born), relation
    )
    assert dated is not None
    partial = [r.as_json() for r in dated.reasons if r.code == "given_name_partial"]
    assert partial == [
        {"code": "given_name_partial", "a": "юрый", "b": "юра", "kind": "diminutive"}
    ]


def test_the_shipped_given_names_table_is_used_when_present() -> None:
    assert given_name_relation("юрась", "юрий") is not None


def test_blocking_files_each_person_under_few_blocks() -> None:
    many = profile("a", "Алесь Пятровіч Бяляцкі", born=BORN)
    assert 0 < len(blocks(many)) < 40
    crowd = [profile(f"p{i}", f"Name{i} Surname{i}", born=BORN) for i in range(200)]
    assert suggest(crowd) == []  # distinct names: no pair even compared as a match


def test_a_crowd_sharing_a_common_name_is_compared_only_where_more_is_shared() -> None:
    # Few enough: every pair of namesakes without dates is put to the coordinator.
    few = [profile(f"f{i:03d}", "Аляксандр Іваноў") for i in range(10)]
    assert len(suggest(few)) == 45
    # A crowd beyond the cap: a common name alone no longer pairs anyone (that work would grow
    # with the square of the archive), but two of them born the same day still meet.
    crowd = [profile(f"c{i:03d}", "Аляксандр Іваноў") for i in range(MAX_BLOCK + 1)]
    born = ("1980-02-02", "1980-02-02")
    crowd += [profile("twin-a", "Аляксандр Іваноў", born=born)]
    crowd += [profile("twin-b", "Aliaksandr Ivanou", born=born)]
    found = suggest(crowd)
    assert [(s.a, s.b) for s in found] == [("twin-a", "twin-b")]
    assert "same_birth_date" in found[0].codes


def test_status_is_the_latest_dated_evidence_with_its_source() -> None:
    evidence = [
        Evidence("held", "2021-07-14", "2021-07-14", "t1"),
        Evidence("released", "2024-04-01", "2024-04-30", "t2"),
        Evidence("held", "2025-01-01", "2025-01-01", "t3"),
    ]
    assert status_as_of(evidence, "2020-01-01").status == "unknown"
    assert status_as_of(evidence, "2024-04-15").status == "held"  # a release not yet certain
    released = status_as_of(evidence, "2024-05-01")
    assert (released.status, released.since, released.source) == ("released", "2024-04", "t2")
    assert status_as_of(evidence, "2026-01-01").source == "t3"


def test_entries_keep_folded_words_and_keys_and_the_birth_interval() -> None:
    doc = minimal_testimony(
        persons=[
            {
                "ref": "p1",
                "roles": ["victim"],
                "names": [{"value": "Бяляцкі", "script": "Cyrl", "kind": "original"}],
                "birth_date": day("1962-09-25"),
            }
        ]
    )
    entry = entries_of(doc)[0]
    assert entry.name_keys.startswith("бяляцкі=")  # the case-folded word, then its keys
    assert (entry.birth_lo, entry.birth_hi) == ("1962-09-25", "1962-09-25")


def test_reasons_are_codes_with_parameters_and_english_is_built_from_them() -> None:
    def relation(a: str, b: str) -> tuple[str, str] | None:
        return ("equivalent", "") if {a, b} == {"юрась", "юрий"} else None

    born = ("1980-02-02", "1980-02-02")
    found = score(
        profile("a", "Юрась Шаўчук", born=born), profile("b", "Юрий Шаўчук", born=born), relation
    )
    assert found is not None
    shown = found.as_json()["reasons"]
    assert isinstance(shown, list)
    assert {"code": "given_name_equivalent", "a": "юрась", "b": "юрий"} in shown
    assert {"code": "same_birth_date"} in shown
    assert all(reason["code"] in CODES for reason in shown)
    sentences = [english(reason) for reason in found.reasons]
    assert "given names: юрась ~ юрий" in sentences
    assert "same birth date" in sentences
    assert all("{" not in sentence for sentence in sentences)
