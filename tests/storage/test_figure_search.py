"""Searching by what the figures count: a criterion or a figure is a filter about the persons
counted (never an informant's own fact), and a testimony just received is found at once."""

from __future__ import annotations

import pytest
from sqlalchemy import delete

from app.services.workspace import Workspace
from app.storage import search
from app.storage.persons_models import PersonEntry, PersonFact, PersonsLinked
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.storage.known_persons import figure, merge_suggested


def test_search_criterion_filter_matches_only_the_prisoners_testimonies(
    vault: Vault, archive: list[str]
) -> None:
    with vault.reading() as session:
        filters = search.Filters.parse(["criterion=age_over_60"])
        hits = search.search(session, vault_vocabulary(session), "", filters, snippets=False)
    # Bialiatski three times, the elder Statkevich once; not the Baravik parents' testimonies.
    assert {hit.id for hit in hits} == {*archive[:4]}


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
