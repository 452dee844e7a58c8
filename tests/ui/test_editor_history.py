"""The History shows a chosen version laid out like the form, in words (never JSON, refs or
field names), with what changed since the version before it marked, and no way to edit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from app.domain.upgrade import SCHEMA_1
from app.services.workspace import Workspace
from app.storage import testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.sync import exporter, importer
from app.ui import i18n, privacy
from app.ui.editor import schema
from app.ui.testimony.changes import Mark
from app.ui.testimony.history import HistoryDialog
from tests.factories import day, full_testimony, minimal_testimony
from tests.sync.conftest import Pair


def mother_and_son() -> dict[str, Any]:
    """A mother's account of her son, who has diabetes; no ill-treatment recorded yet."""
    return minimal_testimony(
        persons=[
            {
                "ref": "p1",
                "roles": ["informant"],
                "names": [{"value": "Ганна Баравік", "script": "Cyrl", "kind": "original"}],
            },
            {
                "ref": "p2",
                "roles": ["victim"],
                "names": [{"value": "Алесь Баравік", "script": "Cyrl", "kind": "original"}],
            },
        ],
        health=[{"person": "p2", "category": "diabetes", "timing": "before"}],
    )


def saved_twice(workspace: Workspace) -> str:
    """Saved, then saved again with the condition corrected and a beating added."""
    saved = workspace.save(mother_and_son())
    second = workspace.load(saved.testimony_id).document
    second["health"][0]["category"] = "cardiovascular"
    second["ill_treatment_acts"] = [
        {"ref": "a1", "victim": "p2", "method": "beating", "from": day("2023-04-12")}
    ]
    workspace.save(second, saved.testimony_id)
    return saved.testimony_id


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("en")


def opened(qtbot: QtBot, workspace: Workspace, testimony_id: str, lang: str) -> HistoryDialog:
    dialog = HistoryDialog(workspace, testimony_id, lang=lang)
    qtbot.addWidget(dialog)
    return dialog


def schema_field_names() -> set[str]:
    """Every property name of the record's schema with an underscore in it: 'in words' means
    none of them is ever read in the History."""
    found: set[str] = set()
    stack = [schema.testimony_spec()]
    while stack:
        spec = stack.pop()
        found.update(p.name for p in spec.properties if "_" in p.name)
        stack.extend(spec.properties)
        if spec.item is not None:
            stack.append(spec.item)
    return found


def test_the_second_version_marks_exactly_the_changed_condition_and_the_added_act(
    qtbot: QtBot, vault: Vault, english: None
) -> None:
    workspace = Workspace(vault)
    dialog = opened(qtbot, workspace, saved_twice(workspace), "en")

    assert dialog.versions.count() == 2
    assert dialog.versions.currentRow() == 0  # the newest version opens
    assert [(h.where, h.mark) for h in dialog.highlights] == [
        ("Ill-treatment acts 1", Mark.ADDED),
        ("Health 1 › Category", Mark.CHANGED),
    ]
    text = dialog.content.toPlainText()
    assert "Cardiovascular (incl. hypertension, hypertensive crisis, heart disease)" in text
    assert "(was: Diabetes)" in text
    assert "Ill-treatment acts 1, Алесь Баравік (new)" in text
    assert "Beating" in text
    assert "12 April 2023" in text
    assert "(2)" in dialog.summary.text()

    dialog.versions.setCurrentRow(1)  # the first version: nothing to compare it with
    assert dialog.highlights == []
    text = dialog.content.toPlainText()
    assert "Diabetes" in text
    assert "was:" not in text
    assert "Beating" not in text


def test_a_version_reads_in_words_never_json_refs_or_field_names(
    qtbot: QtBot, vault: Vault, english: None
) -> None:
    workspace = Workspace(vault)
    dialog = opened(qtbot, workspace, saved_twice(workspace), "en")
    for row in range(dialog.versions.count()):
        dialog.versions.setCurrentRow(row)
        text = dialog.content.toPlainText()
        assert "{" not in text
        assert "}" not in text
        assert not re.search(r"\b[pae][0-9]+\b", text), "a ref is shown"
        shown = {name for name in schema_field_names() if name in text}
        assert not shown, f"field names shown: {shown}"
        assert "diabetes" not in text
        assert "in_person" not in text
        # Laid out like the form: the editor's sections, persons by name.
        for heading in ("Consent", "Interview", "Persons", "Health"):
            assert heading in text
        assert "Given by\nГанна Баравік" in text
        assert "Person\nАлесь Баравік" in text
        assert "3 October 2024" in text  # the consent's date as a date


def stored_codes(spec: schema.FieldSpec, value: Any) -> set[str]:
    """Every ref, vocabulary code and fixed answer ``value`` holds, as stored."""
    coded = (schema.Kind.VOCAB, schema.Kind.ENUM, schema.Kind.REF)
    sets = (schema.Kind.VOCAB_SET, schema.Kind.ENUM_SET, schema.Kind.REF_SET)
    if spec.kind in coded and isinstance(value, str):
        return {value}
    if spec.kind in sets and isinstance(value, list):
        return {str(v) for v in value}
    if spec.kind is schema.Kind.LIST and spec.item is not None and isinstance(value, list):
        return {code for entry in value for code in stored_codes(spec.item, entry)}
    if spec.kind is schema.Kind.OBJECT and isinstance(value, dict):
        inner = (stored_codes(p, value[p.name]) for p in spec.properties if p.name in value)
        return set().union(*inner) | (
            {value["ref"]} if isinstance(value.get("ref"), str) else set()
        )
    return set()


def test_a_complete_record_shows_no_ref_code_path_or_field_name(
    qtbot: QtBot, vault: Vault, english: None
) -> None:
    workspace = Workspace(vault)
    saved = workspace.save(full_testimony())
    dialog = opened(qtbot, workspace, saved.testimony_id, "en")
    text = dialog.content.toPlainText()
    codes = stored_codes(schema.testimony_spec(), workspace.load(saved.testimony_id).document)
    assert {"p2", "e1", "navapolatsk_ik1", "diabetes"} <= codes  # the check can catch them
    # Each answer is a line of its own (a cell); free text may hold any word, not a code_name.
    assert not set(text.splitlines()) & codes
    assert not {code for code in codes if "_" in code and code in text}
    assert not {name for name in schema_field_names() if name in text}
    assert "{" not in text
    assert "Persons 3 › Birth date" in text  # a field note's field, in the form's words
    assert "\nNarrative\nIn the informant's own words\n" in text  # its page, as in the editor


def test_the_belarusian_interface_shows_belarusian_labels(qtbot: QtBot, vault: Vault) -> None:
    workspace = Workspace(vault)
    testimony_id = saved_twice(workspace)
    i18n.install("be")
    try:
        dialog = opened(qtbot, workspace, testimony_id, "be")
        text = dialog.content.toPlainText()
        title = dialog.windowTitle()
        marks = [h.where for h in dialog.highlights]
    finally:
        i18n.install("en")
    assert title == "Гісторыя версій"
    assert "Здароўе" in text  # the section Health
    assert "Сардэчна-сасудзістыя захворванні" in text  # the vocabulary label in Belarusian
    assert "Цукровы дыябет" in text  # what it was
    assert "Збіццё" in text
    for english_word in ("Health", "Category", "Beating", "Diabetes", "Given by", "was:"):
        assert english_word not in text
    assert len(marks) == 2


def test_only_what_changed_leaves_out_the_unchanged_answers(
    qtbot: QtBot, vault: Vault, english: None
) -> None:
    workspace = Workspace(vault)
    dialog = opened(qtbot, workspace, saved_twice(workspace), "en")
    dialog.only_changes.setChecked(True)
    text = dialog.content.toPlainText()
    assert "(was: Diabetes)" in text
    assert "Beating" in text
    assert "Ганна Баравік" not in text  # the persons did not change
    assert "Timing" not in text  # nor the condition's timing
    assert len(dialog.highlights) == 2


def test_a_removed_answer_is_shown_struck_through(
    qtbot: QtBot, vault: Vault, english: None
) -> None:
    workspace = Workspace(vault)
    testimony_id = saved_twice(workspace)
    third = workspace.load(testimony_id).document
    del third["health"][0]["timing"]
    third["consent"]["scopes"] = ["share_organisation"]
    workspace.save(third, testimony_id)

    dialog = opened(qtbot, workspace, testimony_id, "en")
    assert [(h.where, h.mark) for h in dialog.highlights] == [
        ("Consent › Consented uses", Mark.CHANGED),
        ("Health 1 › Timing", Mark.REMOVED),
    ]
    page = dialog.content.toHtml()
    assert re.search(r"text-decoration: ?line-through[^>]*>Before detention<", page)
    text = dialog.content.toPlainText()
    assert "Before detention (removed)" in text
    assert "Store and use internally for documentation (removed)" in text
    assert "Share with the central organisation that collects testimonies (new)" in text


def test_an_old_schema_1_version_is_read_in_the_current_form(
    qtbot: QtBot, vault: Vault, english: None
) -> None:
    old = minimal_testimony(
        persons=[{"ref": "p1", "roles": ["informant", "victim"], "case_code": "K-2021-17"}],
        prosecutions=[
            {
                "ref": "pr1",
                "person": "p1",
                "extremist_list": {"date": {"precision": "month", "value": "2022-03"}},
            }
        ],
    )
    assert old["schema"] == SCHEMA_1
    # Saved as the app did before schema 2: the stored bytes stay schema 1.
    with (
        mock.patch.object(testimonies, "upgrade", lambda record: record),
        vault.transaction() as session,
    ):
        testimony_id = testimonies.add(session, old, vault_vocabulary(session), vault.key_id)
    dialog = opened(qtbot, Workspace(vault), testimony_id, "en")
    text = dialog.content.toPlainText()
    assert "“Extremist” and “terrorist” lists" in text  # where schema 2 keeps the listing
    assert "March 2022" in text
    assert "extremist_list" not in text


def test_nothing_in_the_history_can_be_edited(qtbot: QtBot, vault: Vault, english: None) -> None:
    workspace = Workspace(vault)
    dialog = opened(qtbot, workspace, saved_twice(workspace), "en")
    assert dialog.content.isReadOnly()
    for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox):
        assert dialog.findChildren(kind) == []
    assert all(edit.isReadOnly() for edit in dialog.findChildren(QTextEdit))
    assert "saved by you" in dialog.versions.item(0).text()


def test_the_privacy_screen_masks_names_and_birth_dates_in_the_history(
    qtbot: QtBot, vault: Vault, english: None
) -> None:
    workspace = Workspace(vault)
    first = mother_and_son()
    first["persons"][1]["birth_date"] = day("1994-03-17")
    saved = workspace.save(first)
    dialog = opened(qtbot, workspace, saved.testimony_id, "en")
    assert "Алесь Баравік" in dialog.content.toPlainText()
    privacy.set_enabled(True)
    try:
        text = dialog.content.toPlainText()  # an open History follows the setting at once
    finally:
        privacy.set_enabled(False)
    for name in ("Алесь", "Ганна", "Баравік", "1994", "17 March"):
        assert name not in text
    assert "Person\nА. Б." in text
    assert "Health 1, А. Б." in text
    assert "Алесь Баравік" in dialog.content.toPlainText()  # and back when it is off


def test_an_act_added_in_front_leaves_the_acts_after_it_unmarked(
    qtbot: QtBot, vault: Vault, english: None
) -> None:
    """Entries are the same entry by their ref, not by their place in the list."""
    workspace = Workspace(vault)
    testimony_id = saved_twice(workspace)
    third = workspace.load(testimony_id).document
    third["ill_treatment_acts"].insert(
        0, {"ref": "a2", "victim": "p2", "method": "sleep_deprivation", "from": day("2023-03-02")}
    )
    del third["health"]  # and the condition is taken out
    workspace.save(third, testimony_id)

    dialog = opened(qtbot, workspace, testimony_id, "en")
    assert [(h.where, h.mark) for h in dialog.highlights] == [
        ("Ill-treatment acts 1", Mark.ADDED),
        ("Health 1", Mark.REMOVED),
    ]
    text = dialog.content.toPlainText()
    assert "Ill-treatment acts 2, Алесь Баравік\n" in text  # the beating, now second, unmarked
    assert "Health 1, Алесь Баравік (removed)" in text
    page = dialog.content.toHtml()
    assert re.search(r"line-through[^>]*>Cardiovascular", page)  # what it said, struck


def test_the_picker_says_who_saved_a_version_that_came_in_a_bundle(
    qtbot: QtBot, pair: Pair, english: None
) -> None:
    doc = mother_and_son()
    doc["consent"]["scopes"] = ["internal_documentation", "share_organisation"]
    testimony_id = Workspace(pair.interviewer).save(doc).testimony_id
    bundle = Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)
    assert importer.import_files(pair.coordinator, [bundle]).ok

    dialog = opened(qtbot, Workspace(pair.coordinator), testimony_id, "en")
    [who] = [dialog.versions.item(row).text() for row in range(dialog.versions.count())]
    assert who.startswith("Version 1\n")
    assert who.endswith(f"saved by K-01 (key {pair.interviewer.key_id})")
    assert "saved by you" not in who
