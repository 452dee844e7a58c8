"""A coordinator's work on persons: suggestions find the people reported several times and no
namesake, merges and separations are audited and undone, a person's file names its conflicts,
a recognition as political prisoner is recorded or refused in one sentence."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.services.persons import BadRecognition, CannotMerge, Persons
from app.storage.errors import NotFound
from app.storage.models import AuditEntry
from app.storage.vault import Vault
from tests.storage.known_persons import by_name
from tests.storage.statement_plans import query_plans, selects, statements_sent


def test_suggestions_find_the_people_reported_several_times_and_nothing_else(
    vault: Vault, archive: list[str]
) -> None:
    people = Persons(vault).people()
    ales = {
        p.id
        for p in people
        if {"Алесь Бяляцкі", "Алесь Беляцкий", "Ales Bialiatski"} & set(p.names)
    }
    son = {p.id for p in by_name(people, "Сяргей Баравік")}
    assert len(ales) == 3
    assert len(son) == 2
    pairs = {frozenset((s.a, s.b)) for s in Persons(vault).suggestions()}
    expected = {frozenset(p) for p in [*_pairs(ales), *_pairs(son)]}
    assert pairs == expected  # the two Statkevich namesakes and the informants are not in it


def _pairs(ids: set[str]) -> list[tuple[str, str]]:
    ordered = sorted(ids)
    return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :]]


def test_suggestions_give_a_score_and_reasons(vault: Vault, archive: list[str]) -> None:
    suggestion = Persons(vault).suggestions()[0]
    assert 0 < suggestion.score <= 1
    assert "same_birth_date" in suggestion.codes


def test_merge_and_separate_are_audited_and_undone(vault: Vault, archive: list[str]) -> None:
    service = Persons(vault)
    suggestion = service.suggestions()[0]
    survivor = service.merge(suggestion.a, suggestion.b)
    assert survivor == suggestion.a
    assert len([p for p in service.people() if p.id in (suggestion.a, suggestion.b)]) == 1
    with pytest.raises(CannotMerge):
        service.merge(suggestion.a, suggestion.b)
    service.separate(suggestion.b)
    assert {p.id for p in service.people()} >= {suggestion.a, suggestion.b}
    # A separated pair is a coordinator's decision: not suggested again.
    assert (suggestion.a, suggestion.b) not in {(s.a, s.b) for s in service.suggestions()}
    with vault.reading() as session:
        trail = session.execute(select(AuditEntry.action, AuditEntry.detail)).all()
    actions = [action for action, _ in trail]
    assert actions.count("person_merge") == 1
    assert actions.count("person_separate") == 1
    details = " ".join(detail for _, detail in trail)  # ids and counts, never a name
    assert "Бяляцк" not in details
    assert "Баравік" not in details


def test_status_as_of_a_date_with_its_source(vault: Vault, archive: list[str]) -> None:
    people = Persons(vault).people()
    younger = next(p for p in by_name(people, "Мікола Статкевіч") if p.birth_date == "1990-01-01")
    assert (younger.status.status, younger.status.since) == ("released", "2024-04")
    assert younger.status.source == archive[4]
    ashurak = by_name(people, "Вітольд Ашурак")[0]
    assert (ashurak.status.status, ashurak.status.since) == ("died", "2021-05-21")
    mother = by_name(people, "Ганна Баравік")[0]
    assert mother.status.status == "unknown"


def test_a_persons_file_shows_each_testimonys_facts_and_names_conflicts(
    vault: Vault, archive: list[str]
) -> None:
    service = Persons(vault)
    elder, younger = sorted(
        by_name(service.people(), "Мікола Статкевіч"), key=lambda p: p.birth_date or ""
    )
    survivor = service.merge(elder.id, younger.id)  # a coordinator's mistake, allowed
    shown = service.file(survivor)
    assert {t for _, t in shown.birth_dates} == {archive[3], archive[4]}
    (conflict,) = shown.conflicts
    assert "1956-08-12" in conflict
    assert "1990-01-01" in conflict
    sources = {(fact.figure, fact.value, fact.testimony_id) for fact in shown.facts}
    assert ("status", "released", archive[4]) in sources
    assert ("art411", "411", archive[3]) in sources


def test_political_prisoner_recognition_is_a_field_of_the_person(
    vault: Vault, archive: list[str]
) -> None:
    service = Persons(vault)
    son = by_name(service.people(), "Сяргей Баравік")[0]
    service.recognise(son.id, "Viasna", "2022-04")
    shown = next(p for p in service.people() if p.id == son.id)
    assert shown.as_json()["recognition"] == {"by": "Viasna", "date": "2022-04"}
    others = [p for p in service.people() if p.id != son.id]
    assert all(p.as_json()["recognition"] is None for p in others)
    service.withdraw_recognition(son.id)
    assert next(p for p in service.people() if p.id == son.id).recognition is None
    with vault.reading() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert actions.count("person_recognition") == 2  # recorded, then withdrawn


def test_a_recognition_that_cannot_be_right_is_refused_in_one_sentence(
    vault: Vault, archive: list[str]
) -> None:
    service = Persons(vault)
    son = by_name(service.people(), "Сяргей Баравік")[0]
    for by, since in (("Viasna", "22.04.2022"), ("Viasna", "2022-02-30"), (" ", "2022"),
                      ("Viasna", "2999-01-01")):  # fmt: skip
        with pytest.raises(BadRecognition) as caught:
            service.recognise(son.id, by, since)
        assert "\n" not in str(caught.value)
    with pytest.raises(NotFound):
        service.recognise("0000000000000000", "Viasna", "2022")
    assert all(p.recognition is None for p in service.people())


def test_a_persons_file_is_read_through_indexes_not_the_whole_registry(
    vault: Vault, archive: list[str]
) -> None:
    # At 100,000 testimonies the file of one person read every fact of the archive (15 s):
    # each statement the file sends must find its rows by an index, merged members too.
    service = Persons(vault)
    elder, younger = by_name(service.people(), "Мікола Статкевіч")
    survivor = service.merge(elder.id, younger.id)
    with statements_sent(vault.engine, selects) as sent:
        shown = service.file(survivor)
    assert {fact.testimony_id for fact in shown.facts} == {archive[3], archive[4]}
    registry = ("person_fact", "person_entry", "archive_person")
    read = [(s, p) for s, p in sent if any(table in s for table in registry)]
    assert read
    scans = tuple(f"SCAN {table}" for table in registry)
    for plan in query_plans(vault.engine, read):
        assert not [step for step in plan if step.startswith(scans)], plan
