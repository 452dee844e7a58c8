"""The privacy screen, tried as someone looking over an interviewer's shoulder in a café would:
with it on, no known name or birth date is readable anywhere the desktop draws one (the
testimony list, the search box, the persons view and its suggestions, both timelines, facts
and sources, the people behind a number, the quick page, pickers, window titles, the bundle
dialogs' reports, receipts and held bundles, the Share dialog); the interviewer sees a name in
full only where they are working with it (the field they type in, the row they are on while
the list has the focus); with it off, names show. Toggling takes effect in the open views at
once (the bundle dialogs are window-modal: the setting cannot change while one is open)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.shipped_vocabularies import load_shipped
from app.services import vault
from app.services.exchange import Exchange
from app.ui import privacy, settings
from app.ui.editor.refs import RefRegistry
from app.ui.figures.people import PeopleDialog
from app.ui.persons.file_dialog import PersonFileDialog
from app.ui.persons.timeline import PersonTimelineDialog
from app.ui.persons.view import PersonsView
from app.ui.quick.page import QuickPage
from app.ui.settings_dialog import SettingsDialog
from app.ui.share.dialog import ShareDialog
from app.ui.sync.held_dialog import COL_WHY, HeldBundlesDialog
from app.ui.sync.receipts_dialog import ReceiptsDialog
from app.ui.sync.report import COL_TESTIMONIES
from app.ui.timeline.dialog import TimelineDialog
from app.ui.window import MainWindow
from app.ui.workers import Task
from app.ui.workspace.list_screen import ListScreen
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import full_testimony
from tests.known_archive import documents
from tests.sync.conftest import Pair, shared_testimony
from tests.sync.test_quarantine import equivocating
from tests.ui.test_sync_dialogs import (
    export_dialog,
    import_dialog,
    private_testimony,
    run_export,
    run_import,
    vaults_at,
)
from tests.ui.windows import unlocked_window

SON = "Сяргей Баравік"
ELDER = "Мікола Статкевіч"
# Every name and birth date of the known archive (tests/known_archive.py) a view could show.
NAMES = (
    SON, ELDER, "Ганна Баравік", "Пятро Баравік", "Алесь Бяляцкі", "Алесь Беляцкий",
    "Ales Bialiatski", "Вітольд Ашурак", "Марына Адамовіч", "Вольга Статкевіч", "Іна Ашурак",
)  # fmt: skip
WORDS = {word for name in NAMES for word in name.split()}
BIRTH_DATES = ("1956-08-12", "1990-01-01", "1995-06-01", "1970-05-22", "1962-09-25")


@pytest.fixture(autouse=True)
def screen_off_afterwards() -> Iterator[None]:
    """The setting outlives a test in memory; no other test may inherit it on."""
    privacy.set_enabled(False)
    yield
    privacy.set_enabled(False)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    workspace = vault.create(folder, PASSPHRASE, FAST_KDF)
    workspace.add_all(documents())
    workspace.close()
    return folder


@pytest.fixture
def window(qtbot: QtBot, archive: Path) -> Iterator[MainWindow]:
    shown = unlocked_window(qtbot, archive)
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    yield shown
    shown.lock()


def cells(view: QAbstractItemView) -> list[list[str]]:
    """What the view draws of each row: every cell's text and tooltip."""
    model = view.model()
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    # A list's model hides columnCount(): one column.
    columns = range(1 if isinstance(model, QAbstractListModel) else model.columnCount())
    return [
        [str(model.index(r, c).data(role) or "") for c in columns for role in roles]
        for r in range(model.rowCount())
    ]


def displayed(root: QWidget) -> str:
    """Every text `root` and its children draw (the narrative, the testimony itself, aside)."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.displayText())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(text for row in cells(widget) for text in row)
        texts.append(widget.toolTip())
    return "\n".join(texts)


def readable(text: str) -> set[str]:
    """The known names' words and birth dates that can be read in `text`."""
    return {w for w in WORDS if w in text} | {d for d in BIRTH_DATES if d in text}


def rows_with_a_name(view: QAbstractItemView) -> int:
    return sum(1 for row in cells(view) if readable(" ".join(row)))


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_the_rule_gives_initials_and_dots(qtbot: QtBot) -> None:
    masked = privacy.mask("\u2068Сяргей Баравік (1995-06-01)\u2069")
    assert masked == "\u2068С. Б. (••••-••-••)\u2069"
    assert privacy.mask(masked) == masked  # initials are not masked into something else
    assert privacy.mask("Ales O'Brien-Smith / Алесь") == "A. O. / А."
    assert privacy.shown(SON) == SON  # off: as recorded
    privacy.set_enabled(True)
    assert privacy.shown(SON) == "С. Б."
    assert privacy.shown(SON, revealed=True) == SON


def test_off_by_default_and_kept_in_the_app_settings(qtbot: QtBot) -> None:
    QSettings("Sviedka", "Sviedka").remove("privacy_screen")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert not dialog.privacy.isChecked()
    dialog.privacy.setChecked(True)
    dialog.apply()
    assert privacy.enabled()
    assert QSettings("Sviedka", "Sviedka").value("privacy_screen") == "true"
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.privacy.isChecked()


def test_the_testimony_list_shows_only_the_row_being_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    screen = window.list_screen
    assert isinstance(screen, ListScreen)
    qtbot.waitUntil(lambda: screen.table.model().rowCount() == len(documents()))
    assert SON in displayed(window)  # off: names show

    privacy.set_enabled(True)  # the same screen, not rebuilt
    assert readable(displayed(window)) == set()
    assert "С. Б." in displayed(screen)  # recognisable to the interviewer

    focus(qtbot, screen.table)
    screen.table.selectRow(2)
    assert rows_with_a_name(screen.table) == 1  # the row they are on, no other
    assert screen.table.model().index(2, 0).data().strip("\u2068\u2069") in NAMES
    screen.table.selectRow(3)
    assert rows_with_a_name(screen.table) == 1
    focus(qtbot, screen.search_box)  # looking away from the list masks it again
    assert readable(displayed(window)) == set()

    qtbot.keyClicks(screen.search_box, "Bialiatski")  # a name being typed is read in full
    assert screen.search_box.displayText() == "Bialiatski"
    focus(qtbot, screen.table)
    assert "Bialiatski" not in screen.search_box.displayText()
    assert screen.search_box.text() == "Bialiatski"  # the search itself is unchanged

    privacy.set_enabled(False)
    assert screen.search_box.displayText() == "Bialiatski"


def test_the_persons_view_its_suggestions_and_its_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    window.views.by_name["persons"].trigger()
    view = window.archive_view
    assert isinstance(view, PersonsView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.suggestions.rowCount() > 0)
    assert SON in displayed(view)
    assert "1956-08-12" in displayed(view)

    privacy.set_enabled(True)
    assert readable(displayed(view)) == set()
    focus(qtbot, view.table)
    view.table.selectRow(0)
    assert rows_with_a_name(view.table) == 1

    view.show_timeline()
    timeline = window.findChild(PersonTimelineDialog)
    assert timeline is not None
    qtbot.waitUntil(lambda: timeline.table.rowCount() > 0)
    view.show_file()
    facts = window.findChild(PersonFileDialog)
    assert facts is not None
    qtbot.waitUntil(lambda: facts.births.rowCount() > 0)
    window.open_share()  # the person selected is offered without being named
    share = window.findChild(ShareDialog)
    assert share is not None
    assert share.only.isChecked()
    qtbot.waitUntil(lambda: share.preview is not None, timeout=10_000)
    for dialog in (timeline, facts, share):
        assert readable(displayed(dialog)) == set()
    share.reject()

    privacy.set_enabled(False)  # the open view and dialogs follow at once
    assert SON in displayed(view)
    assert readable(displayed(timeline))
    assert readable(displayed(facts))


def test_a_timeline_by_name_and_the_people_behind_a_number(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = window.session
    assert session is not None
    privacy.set_enabled(True)
    timeline = TimelineDialog(session.workspace, SON, "en")
    qtbot.addWidget(timeline)
    qtbot.waitUntil(lambda: timeline.table.rowCount() > 0)
    assert readable(displayed(timeline)) == set()
    people = PeopleDialog("Aged over 60", list(session.archive.snapshot().people))
    qtbot.addWidget(people)
    assert people.table.rowCount() > 0
    assert readable(displayed(people)) == set()
    people.show()
    focus(qtbot, people.table)
    people.table.selectRow(0)
    assert rows_with_a_name(people.table) == 1

    privacy.set_enabled(False)
    assert SON in timeline.heading.text()
    assert SON in displayed(people)


def test_the_quick_page_and_the_pickers(qtbot: QtBot) -> None:
    page = QuickPage(load_shipped(), "en")
    qtbot.addWidget(page)
    page.show()
    page.informant_name.setText("Ганна Баравік")
    page.person_name.setText(SON)
    page.interviewer.setText("Ганна Баравік")  # who records is at risk as well
    refs = RefRegistry()
    refs.update("persons", [{"ref": "p1", "names": [{"value": SON, "kind": "original"}]}])
    assert SON in displayed(page)
    assert refs.options("person") == [("p1", SON)]

    privacy.set_enabled(True)
    assert readable(displayed(page)) == set()
    focus(qtbot, page.person_name)  # the field being typed in shows what is typed
    assert page.person_name.displayText() == SON
    assert "Ганна" not in page.informant_name.displayText()
    assert "Ганна" not in page.interviewer.displayText()
    assert page.answers().informant_name == "Ганна Баравік"  # nothing is stored differently
    refs.update("persons", [{"ref": "p1", "names": [{"value": SON, "kind": "original"}]}])
    assert refs.options("person") == [("p1", "С. Б.")]

    privacy.set_enabled(False)
    assert page.informant_name.displayText() == "Ганна Баравік"


def test_the_bundle_dialogs_name_testimonies_by_initials(qtbot: QtBot, tmp_path: Path) -> None:
    """Export (the testimonies kept back), import (the report's testimonies) and receipts
    (what the organisation holds), screen on."""
    baravik = "Алесь Пятровіч Баравік"  # the example testimony's person concerned
    v = vaults_at(tmp_path)
    try:
        v.add(full_testimony())
        v.add(private_testimony())
        privacy.set_enabled(True)
        export = export_dialog(qtbot, v.interviewer)
        export.set_destination(v.usb)
        run_export(qtbot, export)
        assert export.withheld.count() == 1
        assert "А. П. Б." in export.withheld.item(0).text()  # told apart, not readable
        assert not set(baravik.split()) & set(displayed(export).split())

        imported = import_dialog(qtbot, v.coordinator)
        folder = tmp_path / "receipts"
        folder.mkdir()
        imported.receipt_folder.set_folder(folder)
        run_import(qtbot, imported, list(v.usb.iterdir()))
        assert "А. П. Б." in imported.table.item(0, COL_TESTIMONIES).toolTip()
        assert not set(baravik.split()) & set(displayed(imported).split())

        receipts = ReceiptsDialog(Exchange(v.interviewer))
        qtbot.addWidget(receipts)
        receipts.read_files(list(folder.iterdir()))
        qtbot.waitUntil(lambda: not receipts.runner.running, timeout=30_000)
        assert receipts.safe_list.count() == 1
        assert not set(baravik.split()) & set(displayed(receipts).split())
    finally:
        Task.join_all()
        v.interviewer.close()
        v.coordinator.close()


def test_held_bundles_name_the_conflicting_testimony_by_initials(qtbot: QtBot, pair: Pair) -> None:
    name = {"value": SON, "script": "Cyrl", "language": "be", "kind": "original"}
    named = shared_testimony(persons=[{"ref": "p1", "roles": ["informant"], "names": [name]}])
    # The sync tests' helper adds unnamed testimonies: these name the informant.
    pair.add = lambda doc=None: Pair.add(pair, doc or named)  # type: ignore[method-assign]
    equivocating(pair)  # a bundle forged with other content for a delivered version
    privacy.set_enabled(True)
    dialog = HeldBundlesDialog(Exchange(pair.coordinator).quarantine)
    qtbot.addWidget(dialog)
    why = dialog.table.item(0, COL_WHY).text()
    assert "С. Б." in why  # which testimony, told apart
    assert readable(displayed(dialog)) == set()

    privacy.set_enabled(False)  # off: the coordinator reads the name
    again = HeldBundlesDialog(Exchange(pair.coordinator).quarantine)
    qtbot.addWidget(again)
    assert SON in again.table.item(0, COL_WHY).text()


def change_settings(window: MainWindow, change: Callable[[SettingsDialog], object]) -> list[str]:
    """Settings opened from the window's menu, `change` made and OK pressed; what any message
    that follows says (each answered with OK)."""
    said: list[str] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, SettingsDialog):
            change(modal)
            modal.accept()
        elif isinstance(modal, QMessageBox):
            said.append(modal.text())
            modal.accept()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    try:
        window.open_settings()  # modal: returns once answered
    finally:
        timer.stop()
    return said


def test_the_screen_is_turned_on_without_saving_or_rebuilding_the_open_testimony(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_testimony(None)
    page = window.editor_page
    assert page is not None
    assert page.quick is not None
    qtbot.keyClicks(page.quick.person_name, "Ales Bialiatski")  # begun, not ready to be saved
    focus(qtbot, window.views)  # the interviewer reaches for the menu
    assert page.is_dirty()

    said = change_settings(window, lambda dialog: dialog.privacy.setChecked(True))
    assert said == []  # nothing to save or discard first
    assert privacy.enabled()
    assert window.editor_page is page  # the same page, not rebuilt
    assert page.is_dirty()  # and not saved behind the interviewer's back
    assert readable(page.quick.person_name.displayText()) == set()  # masked at once

    def other_language(dialog: SettingsDialog) -> None:
        dialog.privacy.setChecked(False)
        dialog.language.setCurrentIndex(dialog.language.findData("be"))

    said = change_settings(window, other_language)  # the testimony cannot be saved yet
    assert len(said) == 1
    assert "language was not changed" in said[0]
    assert not privacy.enabled()  # the privacy change applies all the same
    assert settings.language() == "en"
    assert window.editor_page is page
    assert page.quick.person_name.displayText() == "Ales Bialiatski"
