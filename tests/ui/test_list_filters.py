"""The list's Filters panel: each structured filter, set through its widget, narrows the list
to the matching testimonies; the indicator counts what is active; Clear shows all again."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.storage.vault import Vault
from app.ui.workspace.filters import CodePicker
from app.ui.workspace.list_screen import ListScreen
from tests.factories import day, full_testimony, minimal_testimony
from tests.ui.test_editor_support import type_text

FULL = "Алесь Пятровіч Баравік"  # the example: 2024-10-03, Art. 411, transnational ...
EARLIER = "Марыя Лапіцкая"  # the example's facts minus Art. 411 and abroad, in 2023
PLAIN = "Ігар Саковіч"  # nothing but the interview, 2024-10-03


def named(name: str) -> list[dict[str, str]]:
    return [{"value": name, "script": "Cyrl", "kind": "original"}]


def earlier() -> dict[str, Any]:
    doc = full_testimony()
    doc["interview"]["date"] = day("2023-05-10")
    doc["persons"][1]["names"] = named(EARLIER)
    for case in doc["prosecutions"]:
        case["articles"] = [{"code": "130", "part": 1}]
        case["art411_reconviction"] = False
    doc["transnational_incidents"] = []
    doc["event_links"] = [link for link in doc["event_links"] if not link["from"].startswith("t")]
    return doc


@pytest.fixture
def screen(qtbot: QtBot, vault: Vault) -> ListScreen:
    workspace = Workspace(vault)
    workspace.save(full_testimony())
    workspace.save(earlier())
    workspace.save(minimal_testimony(persons=[{"ref": "p1", "roles": ["informant"],
                                               "names": named(PLAIN)}]))  # fmt: skip
    listing = ListScreen(workspace, "be")
    qtbot.addWidget(listing)
    listing.resize(1200, 700)
    listing.show()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 3)
    qtbot.mouseClick(listing.filters_button, Qt.MouseButton.LeftButton)
    assert listing.filter_panel.isVisible()
    return listing


def shown(qtbot: QtBot, screen: ListScreen, *names: str) -> None:
    """Wait until the list shows exactly `names` (after the debounce and the search)."""

    def rows() -> set[str]:
        model = screen.model
        return {model.row_name(row) for row in range(model.rowCount())}

    qtbot.waitUntil(lambda: rows() == set(names), timeout=5_000)


def choose(picker: CodePicker, label: str) -> None:
    """Type a whole label (in any script) and leave the field, as with the keyboard."""
    line = picker.lineEdit()
    assert line is not None
    line.setFocus()
    type_text(line, label)
    line.editingFinished.emit()  # as when Tab or Enter leaves the field


def test_article_typed_as_its_number(qtbot: QtBot, screen: ListScreen) -> None:
    article = screen.filter_panel.article
    line = article.lineEdit()
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, "411")
    line.editingFinished.emit()  # as when Tab or Enter leaves the field
    shown(qtbot, screen, FULL)
    assert screen.active_filters.isVisible()
    assert screen.active_filters.text().endswith("1")
    article.set_code("130")
    shown(qtbot, screen, FULL, EARLIER)


def test_facility_and_dates_narrow_together(qtbot: QtBot, screen: ListScreen) -> None:
    panel = screen.filter_panel
    # Labels in the interface language (Belarusian here), codes underneath.
    choose(panel.facility, "Акрэсціна")
    assert panel.facility.code() == "minsk_akrestsina_cip"
    shown(qtbot, screen, FULL, EARLIER)
    qtbot.keyClicks(panel.date_to, "2023")
    shown(qtbot, screen, EARLIER)
    panel.date_to.clear()
    qtbot.keyClicks(panel.date_from, "2024-1")  # half a date: not applied yet, marked
    assert panel.date_from.property("issue") is True
    assert panel.pairs() == ["facility=minsk_akrestsina_cip"]
    qtbot.keyClicks(panel.date_from, "0")
    assert panel.date_from.property("issue") is False
    shown(qtbot, screen, FULL)
    assert screen.active_filters.text().endswith("2")


def test_criterion_consent_and_transnational(qtbot: QtBot, screen: ListScreen) -> None:
    panel = screen.filter_panel
    scope = panel.consent.itemText(panel.consent.findData("legal_proceedings"))
    choose(panel.consent, scope)
    shown(qtbot, screen, FULL, EARLIER)
    panel.consent.set_code(None)
    panel.criterion.set_code("disability")
    shown(qtbot, screen, FULL, EARLIER)
    panel.transnational.set_code("*")  # any transnational incident
    shown(qtbot, screen, FULL)
    panel.transnational.set_code("interpol_red_notice")  # not in any testimony
    shown(qtbot, screen)


def test_more_flags_and_quick_flags_count_together(qtbot: QtBot, screen: ListScreen) -> None:
    qtbot.mouseClick(
        screen.filter_panel.flag_boxes["death_in_detention"], Qt.MouseButton.LeftButton
    )
    shown(qtbot, screen, FULL, EARLIER)
    screen.filter_boxes["art411"].setChecked(True)
    shown(qtbot, screen, FULL)
    assert screen.active_filters.text().endswith("2")


def test_unknown_article_is_marked_not_applied(qtbot: QtBot, screen: ListScreen) -> None:
    line = screen.filter_panel.article.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "no such article")
    line.editingFinished.emit()
    assert screen.filter_panel.article.property("issue") is True
    assert screen.filter_panel.pairs() == []
    assert not screen.active_filters.isVisible()
    screen.clear_all_filters()
    assert line.text() == ""
    assert screen.filter_panel.article.property("issue") is False


def test_clear_shows_everything_again(qtbot: QtBot, screen: ListScreen) -> None:
    panel = screen.filter_panel
    panel.article.set_code("411")
    qtbot.keyClicks(panel.date_from, "2024")
    screen.filter_boxes["incommunicado"].setChecked(True)
    shown(qtbot, screen, FULL)
    assert screen.clear_filters.isVisible()
    qtbot.mouseClick(screen.clear_filters, Qt.MouseButton.LeftButton)
    shown(qtbot, screen, FULL, EARLIER, PLAIN)
    assert not screen.active_filters.isVisible()
    assert not screen.clear_filters.isVisible()
    assert panel.pairs() == []
    assert panel.date_from.text() == ""
    assert not screen.filter_boxes["incommunicado"].isChecked()
