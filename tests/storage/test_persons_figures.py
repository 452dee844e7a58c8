"""The persons registry and the figures on an archive whose truth is known
(tests/known_archive.py): people reported several times are counted once after a coordinator
merges them, namesakes stay apart, informants over 60 are never on the humanitarian list."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from app.domain.canonical import canonical_bytes
from app.services.persons import BadRecognition, CannotMerge, Person, Persons
from app.services.reports import BadReport, report
from app.services.workspace import Workspace
from app.storage import models, search, testimonies
from app.storage.errors import NotFound
from app.storage.models import AuditEntry, VaultMeta
from app.storage.persons_models import PersonEntry, PersonFact, PersonsLinked
from app.storage.persons_registry import REGISTRY_VERSION_KEY
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.known_archive import AS_OF, documents


@pytest.fixture
def archive(vault: Vault) -> list[str]:
    with vault.transaction() as session:
        vocab = vault_vocabulary(session)
        return [testimonies.add(session, doc, vocab, vault.key_id) for doc in documents()]


def by_name(people: list[Person], spelling: str) -> list[Person]:
    return [person for person in people if spelling in person.names]


def merge_suggested(vault: Vault) -> None:
    service = Persons(vault)
    for suggestion in service.suggestions():
        # CannotMerge: already joined through a third entry of the same person.
        with contextlib.suppress(CannotMerge):
            service.merge(suggestion.a, suggestion.b)


def figure(vault: Vault, name: str, **options: object) -> tuple[int, dict[str, int]]:
    found = report(vault, name, as_of=options.pop("as_of", AS_OF), **options)  # type: ignore[arg-type]
    return found.total, {group.key: group.count for group in found.groups}


def test_every_person_entry_is_linked_with_a_stable_id(vault: Vault, archive: list[str]) -> None:
    people = Persons(vault).people()
    assert sum(len(person.testimonies) for person in people) == 2 * len(archive)
    before = {person.id for person in people}
    first = archive[0]
    with vault.transaction() as session:
        doc = testimonies.get(session, first).document
        doc["persons"][1]["names"].append(
            {"value": "Ales Bialiatski", "script": "Latn", "kind": "transliteration"}
        )
        testimonies.update(session, first, doc, vault_vocabulary(session), vault.key_id)
    assert {person.id for person in Persons(vault).people()} == before


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


def test_before_merging_a_person_reported_three_times_counts_three_times(
    vault: Vault, archive: list[str]
) -> None:
    assert figure(vault, "humanitarian")[0] == 5


def test_the_papers_figures_per_person_after_merging(vault: Vault, archive: list[str]) -> None:
    merge_suggested(vault)
    assert figure(vault, "humanitarian", by="criterion") == (
        3,
        {"age_over_60": 2, "death_in_detention": 1},
    )
    assert figure(vault, "humanitarian", unit="testimonies")[0] == 5
    assert figure(vault, "incommunicado")[0] == 2
    assert figure(vault, "art411", by="article") == (1, {"411": 1})
    assert figure(vault, "deaths", by="facility") == (1, {"shklou_ik17": 1})
    assert figure(vault, "arrests_on_return", by="identified_via") == (1, {"phone_check": 1})
    assert figure(vault, "arrests_on_return", by="where") == (1, {"border": 1})
    assert figure(vault, "held")[0] == 3
    assert figure(vault, "held", as_of="2024-04-15")[0] == 4  # the younger namesake too
    assert figure(vault, "held", as_of="2019")[0] == 0


def test_status_as_of_a_date_with_its_source(vault: Vault, archive: list[str]) -> None:
    people = Persons(vault).people()
    younger = next(p for p in by_name(people, "Мікола Статкевіч") if p.birth_date == "1990-01-01")
    assert (younger.status.status, younger.status.since) == ("released", "2024-04")
    assert younger.status.source == archive[4]
    ashurak = by_name(people, "Вітольд Ашурак")[0]
    assert (ashurak.status.status, ashurak.status.since) == ("died", "2021-05-21")
    mother = by_name(people, "Ганна Баравік")[0]
    assert mother.status.status == "unknown"


def test_event_windows_count_uncertain_dates_apart(vault: Vault, archive: list[str]) -> None:
    inside = figure(vault, "arrests_on_return", date_from="2024-01", date_to="2024-06")
    assert inside == (1, {})
    # Arrested "2024-03": may or may not be after 15 March.
    assert figure(vault, "arrests_on_return", date_from="2024-03-15") == (0, {"date uncertain": 1})
    assert figure(vault, "arrests_on_return", date_from="2025") == (0, {})
    assert figure(vault, "held", by="month", as_of="2024-04-15")[1]["2024-03"] == 1


def test_filters_are_about_the_person(vault: Vault, archive: list[str]) -> None:
    merge_suggested(vault)
    assert figure(vault, "held", filters=["criterion=age_over_60"])[0] == 2
    assert figure(vault, "held", filters=["incommunicado=yes", "art411=yes"])[0] == 1


def test_search_criterion_filter_matches_only_the_prisoners_testimonies(
    vault: Vault, archive: list[str]
) -> None:
    with vault.reading() as session:
        filters = search.Filters.parse(["criterion=age_over_60"])
        hits = search.search(session, vault_vocabulary(session), "", filters, snippets=False)
    # Bialiatski three times, the elder Statkevich once; not the Baravik parents' testimonies.
    assert {hit.id for hit in hits} == {*archive[:4]}


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


def test_deleted_testimonies_leave_the_registry(vault: Vault, archive: list[str]) -> None:
    with vault.transaction() as session:
        testimonies.delete(session, archive[7], vault.key_id)
        left = session.scalars(select(PersonEntry).where(PersonEntry.testimony_id == archive[7]))
        assert list(left) == []
    assert figure(vault, "deaths")[0] == 0


def test_a_vault_older_than_the_registry_is_linked_when_asked(
    vault: Vault, archive: list[str]
) -> None:
    with vault.transaction() as session:  # as migration 0007 leaves an older vault
        session.execute(delete(PersonEntry))
        session.execute(delete(PersonsLinked))
    assert len(Persons(vault).people()) == 16
    assert figure(vault, "incommunicado")[0] == 4  # Bialiatski's three entries, not merged


OLD_EXAMPLE = Path(__file__).parents[1] / "unit" / "data" / "testimony-1-example.json"


def test_a_stored_schema_1_record_is_counted_as_its_upgrade(vault: Vault) -> None:
    old = json.loads(OLD_EXAMPLE.read_text(encoding="utf-8"))
    with vault.transaction() as session:
        testimony_id = testimonies.add(session, old, vault_vocabulary(session), vault.key_id)
        # As schema 1 stored it (a stored version is never rewritten), its facts not yet linked.
        stored = session.get(models.TestimonyVersion, (testimony_id, 1))
        assert stored is not None
        stored.document = canonical_bytes({**old, "id": testimony_id})
        session.execute(delete(PersonsLinked))
    # Schema 1 kept the list inclusion on the prosecution; read as schema 2 it is a list entry.
    assert figure(vault, "lists", by="list", unit="acts") == (2, {"extremist": 1, "terrorist": 1})


def test_a_registry_written_by_older_rules_is_rewritten_once(
    vault: Vault, archive: list[str]
) -> None:
    with vault.transaction() as session:  # facts of an older release, which had no deaths
        session.execute(delete(PersonFact).where(PersonFact.figure == "deaths"))
        session.merge(VaultMeta(name=REGISTRY_VERSION_KEY, value="1"))
    assert figure(vault, "deaths")[0] == 1
    with vault.reading() as session:
        marker = session.get(VaultMeta, REGISTRY_VERSION_KEY)
        assert marker is not None
        assert marker.value != "1"


def test_bad_requests_are_one_sentence(vault: Vault) -> None:
    for kwargs in (
        {"name": "everything"},
        {"name": "held", "by": "shoe_size"},
        {"name": "held", "unit": "cats"},
        {"name": "held", "as_of": "yesterday"},
        {"name": "humanitarian", "date_from": "2024"},
        {"name": "held", "filters": ["colour=red"]},
    ):
        name = str(kwargs.pop("name"))
        with pytest.raises(BadReport) as caught:
            report(vault, name, **kwargs)
        assert "\n" not in str(caught.value)


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


def test_units_and_groupings_of_the_papers_tables(vault: Vault, archive: list[str]) -> None:
    merge_suggested(vault)
    # Bialiatski's arrest as three relatives told it: one person, three testimonies, three acts.
    assert figure(vault, "held", unit="persons", filters=["incommunicado=yes"])[0] == 2
    assert figure(vault, "held", unit="testimonies", filters=["incommunicado=yes"])[0] == 4
    assert figure(vault, "held", unit="acts", filters=["incommunicado=yes"])[0] == 4
    assert figure(vault, "art411", by="isans_category") == (1, {"repeated_conviction_411": 1})
    assert figure(vault, "art411", by="instrument") == (1, {"repeated_conviction_art411": 1})
    assert figure(vault, "deaths", by="year") == (1, {"2021": 1})
    # Everyone held as of today has a facility; a grouping nobody recorded says so.
    assert figure(vault, "held", by="country")[1] == {"not recorded": 3}


def test_a_save_rewrites_only_the_registry_rows_that_changed(
    vault: Vault, archive: list[str]
) -> None:
    first = archive[0]

    def rows() -> tuple[dict[int, tuple[str, str, str]], dict[str, str]]:
        with vault.reading() as session:
            facts = {
                f.id: (f.person_ref, f.figure, f.value)
                for f in session.scalars(select(PersonFact).where(PersonFact.testimony_id == first))
            }
            entries = {
                e.person_ref: e.name_keys
                for e in session.scalars(
                    select(PersonEntry).where(PersonEntry.testimony_id == first)
                )
            }
        return facts, entries

    facts, entries = rows()
    with vault.transaction() as session:
        doc = testimonies.get(session, first).document
        ref = doc["persons"][1]["ref"]
        doc["persons"][1]["names"].append(
            {"value": "Ales Viktaravich", "script": "Latn", "kind": "transliteration"}
        )
        testimonies.update(session, first, doc, vault_vocabulary(session), vault.key_id)
    facts_after, entries_after = rows()
    assert facts_after == facts  # the same rows, not rewritten copies
    assert entries_after[ref] != entries[ref]
    assert {r: k for r, k in entries_after.items() if r != ref} == {
        r: k for r, k in entries.items() if r != ref
    }
    with vault.transaction() as session:
        doc = testimonies.get(session, first).document
        doc["persons"][1]["birth_date"] = {"precision": "day", "value": "1930-01-01"}
        testimonies.update(session, first, doc, vault_vocabulary(session), vault.key_id)
    facts_after, _ = rows()
    assert (ref, "humanitarian", "age_over_60") in facts_after.values()


def test_a_figure_is_a_search_filter_about_the_persons_counted(
    vault: Vault, archive: list[str]
) -> None:
    def found(*filters: str) -> set[str]:
        with vault.reading() as session:
            parsed = search.Filters.parse(list(filters))
            hits = search.search(session, vault_vocabulary(session), "", parsed, snippets=False)
        return {hit.id for hit in hits}

    merge_suggested(vault)
    # The prisoners on the humanitarian list, each in every testimony about them; never the
    # Baravik parents' testimonies for being over 60 themselves.
    humanitarian = found("figure=humanitarian")
    assert set(archive[:4]) <= humanitarian
    assert len(humanitarian) == figure(vault, "humanitarian", unit="testimonies")[0]
    assert found("figure=deaths") == {archive[7]}
    with pytest.raises(search.BadFilter):
        found("figure=everything")


def test_a_search_by_figure_sees_a_received_testimony_at_once(
    vault: Vault, archive: list[str]
) -> None:
    died = archive[7]
    with vault.transaction() as session:  # as a bundle import leaves it: stored, not linked
        for table in (PersonEntry, PersonFact, PersonsLinked):
            session.execute(delete(table).where(table.testimony_id == died))
    figure_filter = search.Filters.parse(["figure=deaths"])
    hits = Workspace(vault).search("", figure_filter)
    assert [hit.id for hit in hits] == [died]


def test_persons_are_listed_in_pages_each_once_with_their_names(
    vault: Vault, archive: list[str]
) -> None:
    merge_suggested(vault)
    service = Persons(vault)
    whole = service.people()
    paged: list[Person] = []
    after: str | None = ""
    while after is not None:
        page = service.page(after, limit=3)
        assert len(page.people) <= 3
        paged.extend(page.people)
        after = page.after
    assert paged == whole
    assert len({person.id for person in whole}) == len(whole) == 16 - 3
    assert all(person.names for person in whole)
    bialiatski = by_name(whole, "Алесь Бяляцкі")[0]
    assert len(bialiatski.testimonies) == 3  # his merged entries listed with him


def test_names_written_before_the_registry_kept_them_are_filled_once(
    vault: Vault, archive: list[str]
) -> None:
    with vault.transaction() as session:  # as migration 0008 leaves a registry of 0007
        session.execute(update(PersonEntry).values(names=""))
        session.merge(VaultMeta(name=REGISTRY_VERSION_KEY, value="2"))
    assert all(person.names for person in Persons(vault).people())


def test_transnational_by_country_names_the_country_in_the_asked_language(vault: Vault) -> None:
    from tests.factories import day, minimal_testimony

    doc = minimal_testimony(
        transnational_incidents=[{"person": "p1", "type": "interpol_red_notice",
                                  "date": day("2024-02-01"), "country": "LT"}],
    )  # fmt: skip
    Workspace(vault).add_all([doc])
    for lang, name in (("en", "Lithuania"), ("be", "Літва"), ("ru", "Литва")):
        found = report(vault, "transnational", by="country", as_of=AS_OF, lang=lang)
        assert [(g.key, g.label, g.count) for g in found.groups] == [("LT", name, 1)], lang
