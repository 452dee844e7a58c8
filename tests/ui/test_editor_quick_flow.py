"""The reference testimony of issue 11 recorded on the quick testimony page a new testimony
opens on: the same record as through the full editor, in a fraction of the actions."""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.storage.vault import Vault
from app.ui.testimony.page import EditorPage
from tests.ui import reference_testimony as ref
from tests.ui.interviewer_actions import Interviewer
from tests.ui.test_editor_reference_flow import FULL_EDITOR_ACTIONS

QUICK_PAGE_ACTIONS = 23


def record_on_quick_page(who: Interviewer, page: EditorPage, *, interview: bool = True) -> None:
    """The reference conversation; ``interview=False`` keeps the page's interviewer, country
    and language as it offers them."""
    quick = page.quick
    assert quick is not None
    if interview:
        who.fill(quick.interviewer, ref.INTERVIEWER)
        who.choose(quick.country, "LT", search="Lith")
        who.choose(quick.language, "be", search="Belar")
    who.fill(quick.informant_name, ref.MOTHER)
    who.choose(quick.relation, "parent")
    who.click(quick.scopes["internal_documentation"])
    who.click(quick.scopes["share_organisation"])
    who.fill(quick.person_name, ref.SON)
    who.fill(quick.arrest_date, ref.ARREST_DATE)
    who.fill(quick.arrest_place, ref.ARREST_PLACE)
    who.choose(quick.facility, ref.FACILITY, search="Brest")
    who.fill(quick.incommunicado_since, ref.INCOMMUNICADO_SINCE)
    who.choose(quick.health, "diabetes", search="diab")
    who.click(quick.care_denied)
    who.fill(quick.care_needed, ref.CARE_NEEDED)
    who.fill(quick.narrative, ref.NARRATIVE)
    who.click(page.save_button)


def _new_page(qtbot: QtBot, workspace: Workspace) -> EditorPage:
    page = EditorPage(workspace, None, "en")
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def test_a_new_testimony_opens_on_the_quick_page_with_todays_date(
    qtbot: QtBot, vault: Vault
) -> None:
    page = _new_page(qtbot, Workspace(vault))
    assert page.on_quick_page()
    assert page.quick is not None
    assert page.quick.informant_name.hasFocus()
    today = {"precision": "day", "value": datetime.date.today().isoformat()}
    assert page.quick.date.value() == today
    assert not page.is_dirty()  # defaults alone are not work to save


def test_the_reference_testimony_on_the_quick_page(qtbot: QtBot, vault: Vault) -> None:
    workspace = Workspace(vault)
    page = _new_page(qtbot, workspace)
    who = Interviewer()
    record_on_quick_page(who, page)
    assert page.status.text().startswith("Saved"), page.status.text()
    assert page.testimony_id is not None
    saved = workspace.load(page.testimony_id).document
    ref.assert_tells_the_reference(saved)
    print(f"\nquick page: {who.actions} actions (full editor: {FULL_EDITOR_ACTIONS})")
    assert who.actions == QUICK_PAGE_ACTIONS
    assert who.actions < 100


def test_both_forms_edit_one_record(qtbot: QtBot, vault: Vault) -> None:
    """What the full editor adds survives the quick page, and the other way round."""
    workspace = Workspace(vault)
    page = _new_page(qtbot, workspace)
    record_on_quick_page(Interviewer(), page)
    qtbot.mouseClick(page.switch_button, Qt.MouseButton.LeftButton)
    assert not page.on_quick_page()
    son = page.editor.field("persons[1].birth_date")
    assert son is not None
    son.set_value({"precision": "year", "value": "1994"})
    son.edited.emit()
    qtbot.mouseClick(page.switch_button, Qt.MouseButton.LeftButton)
    assert page.on_quick_page()
    assert page.quick is not None
    assert page.quick.person_name.text() == ref.SON
    page.quick.care_needed.setText("Insulin and test strips")
    page.quick.care_needed.textEdited.emit("Insulin and test strips")
    assert page.save()
    assert page.testimony_id is not None
    saved = workspace.load(page.testimony_id).document
    assert saved["persons"][1]["birth_date"] == {"precision": "year", "value": "1994"}
    assert saved["medical_care"][0]["condition"] == "Insulin and test strips"
    assert len(saved["persons"]) == 2  # written twice, still one mother and one son
    assert len(saved["detention_episodes"]) == 1


def test_no_internal_reference_on_the_quick_page(qtbot: QtBot, vault: Vault) -> None:
    page = _new_page(qtbot, Workspace(vault))
    record_on_quick_page(Interviewer(), page)
    page.show_quick_page()
    assert page.quick is not None
    shown = [w.text() for w in page.quick.findChildren(QLabel)]
    shown += [w.text() for w in page.quick.findChildren(QLineEdit)]
    assert not [text for text in shown if re.search(r"\b[pei][0-9]+\b", text)]


def test_the_next_testimony_starts_from_the_interviewers_last(qtbot: QtBot, vault: Vault) -> None:
    workspace = Workspace(vault)
    first = _new_page(qtbot, workspace)
    record_on_quick_page(Interviewer(), first)
    second = _new_page(qtbot, workspace)
    assert second.quick is not None
    assert second.quick.interviewer.text() == ref.INTERVIEWER
    assert second.quick.country.code() == "LT"
    assert second.quick.language.code() == "be"
    who = Interviewer()
    record_on_quick_page(who, second, interview=False)
    assert second.testimony_id is not None
    ref.assert_tells_the_reference(workspace.load(second.testimony_id).document)
    assert who.actions == QUICK_PAGE_ACTIONS - 5  # no interviewer, country, language to give
