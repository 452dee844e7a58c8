"""The source paper's figures on an archive whose truth is known: people reported several
times are counted once after a coordinator merges them, informants over 60 are never on the
humanitarian list, uncertain dates are counted apart, and a bad request is one sentence."""

from __future__ import annotations

import pytest

from app.domain.shipped_vocabularies import load_shipped
from app.domain.vocabulary import LocalTerm, VocabularySet
from app.services.reports import BadReport, report
from app.services.workspace import Workspace
from app.storage import testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import add_local_term, vault_vocabulary
from tests.category_archive import convicted
from tests.factories import day, minimal_testimony
from tests.known_archive import AS_OF
from tests.storage.known_persons import figure, merge_suggested


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


def test_transnational_by_country_names_the_country_in_the_asked_language(vault: Vault) -> None:
    doc = minimal_testimony(
        transnational_incidents=[{"person": "p1", "type": "interpol_red_notice",
                                  "date": day("2024-02-01"), "country": "LT"}],
    )  # fmt: skip
    Workspace(vault).add_all([doc])
    for lang, name in (("en", "Lithuania"), ("be", "Літва"), ("ru", "Литва")):
        found = report(vault, "transnational", by="country", as_of=AS_OF, lang=lang)
        assert [(g.key, g.label, g.count) for g in found.groups] == [("LT", name, 1)], lang


def save(
    vault: Vault, documents: list[dict[str, object]], vocab: VocabularySet | None = None
) -> None:
    with vault.transaction() as session:
        chosen = vocab or vault_vocabulary(session)
        for document in documents:
            testimonies.add(session, document, chosen, vault.key_id)


def test_by_isans_category_every_political_article_counts_each_person_once(vault: Vault) -> None:
    save(
        vault,
        [
            convicted("Ігар Лосік", "342"),
            convicted("Алесь Пушкін", "339"),  # tagged other_political, not a main article
            convicted("Павел Белавус", "342", "339"),  # one person in two groups
        ],
    )
    assert figure(vault, "prosecutions", by="isans_category") == (
        3,
        {"group_actions_violating_public_order": 2, "other_political": 2},
    )
    assert figure(vault, "prosecutions", filters=["article=339"])[0] == 2


def test_an_article_with_no_isans_tag_is_in_no_category(vault: Vault) -> None:
    # Every shipped article is tagged; an organisation's own article (theft) is not.
    with vault.transaction() as session:
        theft = LocalTerm("criminal_code_articles", "205", "Theft")
        vocab = add_local_term(session, theft, "coordinator")
        testimonies.add(session, convicted("Злодзей", "205"), vocab, vault.key_id)
    total, groups = figure(vault, "prosecutions", by="isans_category")
    assert total == 1
    assert groups == {"not recorded": 1}


def test_a_record_of_the_first_vocabulary_counts_under_its_articles_category(
    vault: Vault,
) -> None:
    save(vault, [convicted("Алесь Пушкін", "339")], load_shipped("2026.1"))
    assert figure(vault, "prosecutions", by="isans_category") == (1, {"other_political": 1})
