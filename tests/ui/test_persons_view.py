"""The Persons view on the known-truth archive (tests/known_archive.py), real widgets over a
real vault: a person reported by two relatives becomes one row when a coordinator says so,
and two again when the merge is undone; merging is a coordinator's; a timeline comes from
the registry's links, never from a name (the namesakes stay apart)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.services import vault
from app.services.exchange import Exchange
from app.services.workspace import Workspace
from app.ui.persons.model import NAME, ROLE_ID, TESTIMONIES
from app.ui.persons.timeline import PersonTimelineDialog
from app.ui.persons.view import PersonsView
from app.ui.session import AppSession, start
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.known_archive import documents
from tests.ui.windows import unlocked_window

SON = "Сяргей Баравік"
ELDER = "Мікола Статкевіч"


def open_archive(folder: Path, organisation: bool) -> Workspace:
    workspace = vault.create(folder, PASSPHRASE, FAST_KDF)
    workspace.add_all(documents())
    if organisation:
        Exchange(workspace.vault).create_organisation("Viasna")
    return workspace


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[AppSession]:
    session = start(open_archive(tmp_path / "vault", organisation=True))
    yield session
    session.end()


@pytest.fixture
def interviewer(tmp_path: Path) -> Iterator[AppSession]:
    session = start(open_archive(tmp_path / "vault", organisation=False))
    yield session
    session.end()


def shown(qtbot: QtBot, session: AppSession) -> PersonsView:
    view = PersonsView(
        session.archive, session.is_coordinator, session.workspace.vocabulary(), "en"
    )
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.runner.running and view.model.rowCount() > 0, timeout=10_000)
    return view


def rows_named(view: PersonsView, name: str) -> list[int]:
    model = view.model
    return [r for r in range(model.rowCount()) if model.index(r, NAME).data() == name]


def count_of(view: PersonsView, row: int) -> str:
    return str(view.model.index(row, TESTIMONIES).data())


def answer(qtbot: QtBot, view: PersonsView, accept: bool) -> QMessageBox:
    (box,) = [b for b in view.findChildren(QMessageBox) if b.isVisible()]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    go = next(b for b in box.buttons() if box.buttonRole(b) != QMessageBox.ButtonRole.RejectRole)
    target = go if accept else box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    return box


def choose_pair_of(view: PersonsView, name: str) -> None:
    for row in range(view.suggestions.rowCount()):
        item = view.suggestions.item(row, 0)
        if item is not None and item.text().startswith(name):
            view.suggestions.setCurrentCell(row, 0)
            return
    raise AssertionError(f"no suggestion for {name}")


def test_two_relatives_report_one_person_once_merged_and_twice_when_separated(
    qtbot: QtBot, coordinator: AppSession
) -> None:
    view = shown(qtbot, coordinator)
    assert [count_of(view, r) for r in rows_named(view, SON)] == ["1", "1"]
    total = view.model.rowCount()

    choose_pair_of(view, SON)
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    answer(qtbot, view, accept=False)  # Cancel decides nothing
    assert len(rows_named(view, SON)) == 2

    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    answer(qtbot, view, accept=True)
    qtbot.waitUntil(lambda: view.model.rowCount() == total - 1, timeout=10_000)
    (merged,) = rows_named(view, SON)
    assert count_of(view, merged) == "2"
    assert not any(view.suggestions.item(r, 0).text().startswith(SON)
                   for r in range(view.suggestions.rowCount()))  # fmt: skip

    view.table.selectRow(view.proxy.mapFromSource(view.model.index(merged, 0)).row())
    qtbot.mouseClick(view.separate_button, Qt.MouseButton.LeftButton)
    answer(qtbot, view, accept=True)
    qtbot.waitUntil(lambda: view.model.rowCount() == total, timeout=10_000)
    assert [count_of(view, r) for r in rows_named(view, SON)] == ["1", "1"]


def test_flags_are_columns_of_their_own(qtbot: QtBot, coordinator: AppSession) -> None:
    view = shown(qtbot, coordinator)
    headers = [str(view.model.headerData(c, Qt.Orientation.Horizontal)).replace("\n", " ")
               for c in range(view.model.columnCount())]  # fmt: skip
    art411 = headers.index("Art. 411")
    checked = [
        view.model.index(r, NAME).data()
        for r in range(view.model.rowCount())
        if view.model.index(r, art411).data()
    ]
    assert checked == [ELDER]  # the elder namesake only, never the younger one


def test_an_interviewer_sees_people_but_merging_is_greyed_with_the_reason(
    qtbot: QtBot, interviewer: AppSession
) -> None:
    view = shown(qtbot, interviewer)
    assert len(rows_named(view, SON)) == 2
    assert view.suggestions.rowCount() > 0  # suggestions are shown to review...
    for button in (view.merge_button, view.separate_button):
        assert not button.isEnabled()  # ...but only a coordinator decides
        assert "coordinator" in button.toolTip()
    assert all(b.isEnabled() for b in view.findChildren(QPushButton) if b.text() == "Timeline")


def test_a_timeline_is_the_persons_own_never_the_namesakes(
    qtbot: QtBot, coordinator: AppSession
) -> None:
    view = shown(qtbot, coordinator)
    rows = rows_named(view, ELDER)
    assert len(rows) == 2  # two namesakes, never suggested as one
    elder = next(r for r in rows if view.model.index(r, 2).data() == "1956-08-12")
    person = str(view.model.index(elder, 0).data(Qt.ItemDataRole.UserRole + 1))
    dialog = PersonTimelineDialog(
        coordinator.archive, coordinator.workspace.vocabulary(), person, ELDER, "en"
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    whens = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    whats = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert "Verdict" in whats  # his re-conviction
    assert "Release" not in whats  # the younger namesake's release in 2024-04
    assert not any("2024-04" in w or "April 2024" in w for w in whens)


def test_facts_and_sources_side_by_side_with_a_conflict_named(
    qtbot: QtBot, coordinator: AppSession
) -> None:
    from app.ui.persons.file_dialog import PersonFileDialog

    view = shown(qtbot, coordinator)
    ids = {
        str(view.model.index(r, 2).data()): str(view.model.index(r, 0).data(ROLE_ID))
        for r in rows_named(view, ELDER)
    }
    # A coordinator wrongly merges the namesakes: the file shows why that is wrong.
    elder = coordinator.archive.merge(ids["1956-08-12"], ids["1990-01-01"])
    dialog = PersonFileDialog(coordinator.archive, coordinator.workspace.vocabulary(), elder, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.births.rowCount() == 2, timeout=10_000)
    assert dialog.conflict.isVisible()
    assert {dialog.births.item(r, 0).text() for r in range(2)} == {"1956-08-12", "1990-01-01"}
    assert len({dialog.births.item(r, 1).text() for r in range(2)}) == 2  # two sources
    figures = {
        dialog.facts.item(r, 1).text(): dialog.facts.item(r, 4).text()
        for r in range(dialog.facts.rowCount())
    }
    assert figures["Re-convicted under Art. 411"] != figures["Arrests on return"]


def test_locking_closes_the_persons_dialogs(qtbot: QtBot, tmp_path: Path) -> None:
    from app.ui.persons.file_dialog import PersonFileDialog

    folder = tmp_path / "archive"
    open_archive(folder, organisation=True).close()
    window = unlocked_window(qtbot, folder)
    window.views.by_name["persons"].trigger()
    view = window.archive_view
    assert isinstance(view, PersonsView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    view.table.selectRow(0)
    qtbot.mouseClick(view.timeline_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.file_button, Qt.MouseButton.LeftButton)
    assert window.findChild(PersonTimelineDialog) is not None
    assert window.findChild(PersonFileDialog) is not None

    window.lock()
    qtbot.waitUntil(
        lambda: (
            not any(
                d.isVisible()
                for kind in (PersonTimelineDialog, PersonFileDialog, PersonsView)
                for d in window.findChildren(kind)
            )
        ),
        timeout=5_000,
    )
    assert window.archive_view is None
