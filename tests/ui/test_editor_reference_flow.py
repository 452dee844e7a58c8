"""How much it costs an interviewer to record the issue's reference testimony (a mother's
account of her son held incommunicado with diabetes, denied insulin) through the full editor,
section by section. The count is printed for the report; the test asserts that the full editor
can record the whole account at all, and that the count stays what the rules make it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.storage.vault import Vault
from app.ui.editor.choices import CheckListNode
from app.ui.editor.list_detail import ListNode
from app.ui.editor.sections import SECTIONS
from app.ui.editor.sensitive import SensitiveNode
from app.ui.testimony.page import EditorPage
from tests.ui import reference_testimony as ref
from tests.ui.interviewer_actions import Interviewer

if TYPE_CHECKING:
    from app.ui.editor import TestimonyEditor

# Measured with the rules of interviewer_actions.py: 114 before issue 11 (commit 1142050);
# 96 since a new entry is about the only victim and the only detention episode by default.
FULL_EDITOR_ACTIONS = 96


def _section(who: Interviewer, editor: TestimonyEditor, key: str) -> None:
    who.select_row(editor.sections, [s.key for s in SECTIONS].index(key))


def _add(who: Interviewer, editor: TestimonyEditor, key: str) -> dict[str, Any]:
    _section(who, editor, key)
    entries = editor.lists[key]
    who.click(entries.add_button)
    return entries.detail.children_  # type: ignore[return-value]


def _add_person(who: Interviewer, editor: TestimonyEditor, name: str, role: str) -> None:
    fields = _add(who, editor, "persons")
    names = fields["names"]
    assert isinstance(names, SensitiveNode)
    inner = names.inner
    assert isinstance(inner, ListNode)
    who.click(inner.add_button)
    form = inner.detail.children_
    who.fill(form["value"], name)
    who.choose(form["script"], "Cyrl")
    who.choose(form["kind"], "original")
    roles = fields["roles"]
    assert isinstance(roles, CheckListNode)
    who.tick(roles, role)


def record_in_full_editor(who: Interviewer, page: EditorPage) -> None:
    editor = page.editor
    _add_person(who, editor, ref.MOTHER, "informant")
    _add_person(who, editor, ref.SON, "victim")
    who.select_row(editor.lists["persons"].list, 0)  # back to the mother for her relation
    relations = editor.lists["persons"].detail.children_["relations"]
    assert isinstance(relations, ListNode)
    who.click(relations.add_button)
    who.choose(relations.detail.children_["to"], "p2")
    who.choose(relations.detail.children_["relation"], "parent")

    link = _add(who, editor, "information_links")
    who.choose(link["informant"], "p1")
    who.choose(link["about"], "p2")
    who.choose(link["connection"], "relative")
    who.choose(link["reliability"], "unknown")

    episode = _add(who, editor, "detention_episodes")
    who.choose(episode["person"], "p2")
    arrest = episode["arrest"].children_
    who.fill(arrest["date"], ref.ARREST_DATE)
    who.fill(arrest["place"].children_["text"], ref.ARREST_PLACE)
    places = episode["places"]
    who.click(places.add_button)
    place = places.detail.children_
    who.choose(place["facility"], ref.FACILITY, search="Brest")
    who.choose(place["place_type"], "sizo", search="SIZO")

    held = _add(who, editor, "incommunicado")
    who.choose(held["person"], "p2")
    who.choose(held["episode"], "e1")
    who.fill(held["since"], ref.INCOMMUNICADO_SINCE)
    who.choose(held["status"], "continuing")

    health = _add(who, editor, "health")
    who.choose(health["person"], "p2")
    who.choose(health["category"], "diabetes", search="diab")

    care = _add(who, editor, "medical_care")
    who.choose(care["person"], "p2")
    who.choose(care["episode"], "e1")
    who.fill(care["condition"], ref.CARE_NEEDED)
    who.choose(care["category"], "diabetes", search="diab")
    who.choose(care["outcome"], "denied")

    _section(who, editor, "interview")
    interview = editor.interview_form.children_
    who.fill(interview["interviewer"].children_["name"], ref.INTERVIEWER)
    who.fill(interview["date"], ref.INTERVIEW_DATE)
    who.fill(interview["place"].children_["country"], "LT")
    who.fill(interview["language"], "be")
    who.choose(interview["mode"], "in_person")
    who.choose(interview["informant"], "p1")

    _section(who, editor, "consent")
    consent = editor.consent_form.children_
    who.choose(consent["given_by"], "p1")
    who.fill(consent["date"], ref.INTERVIEW_DATE)
    who.choose(consent["method"], "oral")
    for scope in ("internal_documentation", "share_organisation"):
        who.tick(consent["scopes"], scope)

    _section(who, editor, "narrative")
    narrative = editor.narrative_form.children_["narrative"].children_
    who.fill(narrative["text"], ref.NARRATIVE)
    who.fill(narrative["language"], "be")

    who.click(page.save_button)


def test_the_reference_testimony_through_the_full_editor(qtbot: QtBot, vault: Vault) -> None:
    workspace = Workspace(vault)
    page = EditorPage(workspace, None, "en")
    qtbot.addWidget(page)
    page.show_full_editor()  # as before the quick page existed: not counted
    who = Interviewer()
    record_in_full_editor(who, page)
    assert page.status.text().startswith("Saved"), page.status.text()
    assert page.testimony_id is not None
    ref.assert_tells_the_reference(workspace.load(page.testimony_id).document)
    print(f"\nfull editor: {who.actions} actions besides typed text")
    assert who.actions == FULL_EDITOR_ACTIONS
