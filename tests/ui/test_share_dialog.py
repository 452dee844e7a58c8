"""The Share dialog over the known-truth archive (tests/known_archive.py), real widgets over a
real vault: it counts before writing what the consent of each testimony allows, writes a file
without the person who may not leave, and says "nobody consented" for a scope nobody agreed to,
not an error."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.services import vault
from app.services.share import shares
from app.services.sharing import Sharing
from app.ui.figures.people import PeopleDialog
from app.ui.figures.view import FiguresView
from app.ui.persons.model import NAME
from app.ui.persons.view import PersonsView
from app.ui.session import AppSession, start
from app.ui.share.dialog import ShareDialog
from app.ui.window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import day
from tests.known_archive import documents
from tests.ui.windows import unlocked_window

WITHHELD_VICTIM = "Вітольд Ашурак"  # his mother consented for herself, not to share about him


def consented(doc: dict[str, Any], *scopes: str) -> dict[str, Any]:
    doc["consent"] = {"given_by": "p1", "date": day("2024-10-03"), "method": "oral",
                      "scopes": list(scopes)}  # fmt: skip
    return doc


def archive() -> list[dict[str, Any]]:
    """Bialiatski's three relatives agree to the WGAD and to speaking about him; Ashurak's
    mother agrees to the WGAD only for herself; the other four agreed to nothing outside."""
    docs = documents()
    for index in (0, 1, 2):
        consented(docs[index], "share_un_wgad", "third_party_info")
    consented(docs[7], "share_un_wgad")
    return docs


def started(tmp_path: Path) -> Iterator[AppSession]:
    """A desktop session on a new vault that holds the archive()."""
    workspace = vault.create(tmp_path / "vault", PASSPHRASE, FAST_KDF)
    workspace.add_all(archive())
    found = start(workspace)
    yield found
    found.end()


@pytest.fixture
def session(tmp_path: Path) -> Iterator[AppSession]:
    yield from started(tmp_path)


def counted(qtbot: QtBot, dialog: ShareDialog) -> dict[str, str]:
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    return {name: label.text() for name, label in dialog.counts.items()}


def opened(qtbot: QtBot, session: AppSession, **kwargs: Any) -> ShareDialog:
    dialog = ShareDialog(Sharing(session.workspace), "be", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def written(qtbot: QtBot, dialog: ShareDialog, path: Path) -> str:
    dialog.write_to(path)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    return dialog.status.text()


def test_counts_before_writing_and_the_file_leaves_out_who_may_not_leave(
    qtbot: QtBot, session: AppSession, tmp_path: Path
) -> None:
    dialog = opened(qtbot, session)
    dialog.choose("share_un_wgad", "xlsx")
    assert counted(qtbot, dialog) == {
        "testimonies": "4",
        "named": "4",  # the four informants
        "pseudonymised": "3",  # Bialiatski, three times: only his case code
        "excluded": "1",  # Ashurak
        "withheld": "4",
    }
    why = dialog.why.text()
    assert "Only as a case code, did not consent for themselves: 3" in why
    assert "did not consent to share about others" in why
    assert "the informant did not consent to this use: 4" in why
    assert not dialog.nobody.isVisible()
    assert "outside the vault's protection" in dialog.outside.text()
    assert dialog.outside.isVisible()

    out = tmp_path / "wgad.xlsx"
    assert written(qtbot, dialog, out).startswith(f"Wrote {out}: 4 testimonies")
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    shown = [dict(zip(header, row, strict=True)) for row in body]
    assert len(shown) == 7
    assert sorted(row["shown_as"] for row in shown) == ["case_code"] * 3 + ["named"] * 4
    text = "\n".join(str(cell) for row in rows for cell in row if cell)
    assert "Іна Ашурак" in text  # she consented, for herself
    assert "Вітольд" not in text
    for spelling in ("Бяляцкі", "Беляцкий", "Bialiatski"):
        assert spelling not in text
    assert [entry.format for entry in shares(session.workspace.vault)] == ["xlsx"]  # recorded


def test_a_scope_nobody_consented_to_says_so_and_is_no_error(
    qtbot: QtBot, session: AppSession, tmp_path: Path
) -> None:
    dialog = opened(qtbot, session)
    dialog.choose("named_publication", "csv")
    assert counted(qtbot, dialog)["testimonies"] == "0"
    assert "Nobody consented" in dialog.nobody.text()
    assert dialog.nobody.isVisible()
    assert dialog.write_button.isEnabled()

    out = tmp_path / "published.csv"
    status = written(qtbot, dialog, out)
    assert status.startswith("Nobody consented")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1  # the header only


def test_a_person_chosen_elsewhere_is_preselected(qtbot: QtBot, session: AppSession) -> None:
    people = session.archive.snapshot().people
    ashurak = next(p.id for p in people if WITHHELD_VICTIM in p.names)
    dialog = opened(qtbot, session, person_ids=[ashurak], chosen="Only Ashurak")
    dialog.choose("share_un_wgad")
    assert dialog.only.isChecked()
    # His one testimony leaves (his mother consented for herself), he is left out: a table of
    # him would be empty, and the dialog says so before anything is written.
    counts = counted(qtbot, dialog)
    assert (counts["testimonies"], counts["named"], counts["excluded"]) == ("1", "0", "1")
    assert "Left out, the informant did not consent to share about others: 1" in dialog.why.text()

    dialog.only.setChecked(False)
    assert counted(qtbot, dialog)["testimonies"] == "4"


def test_one_row_per_act_is_offered_only_for_tables(
    qtbot: QtBot, session: AppSession, tmp_path: Path
) -> None:
    dialog = opened(qtbot, session)
    counted(qtbot, dialog)  # nothing runs while the vault closes after the test
    dialog.choose("share_un_wgad", "csv", "acts")
    assert dialog.by.currentData() == "acts"
    out = tmp_path / "acts.csv"
    written(qtbot, dialog, out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    # Bialiatski's detention, once per relative, by case code; Ashurak's death is not there.
    assert (
        sorted((row["kind"], row["shown_as"], row["from"]) for row in rows)
        == [("detention_episodes", "case_code", "2021-07-14")] * 3
    )
    assert all(row["who"] and "Бяляцкі" not in row["who"] for row in rows)

    dialog.choose("share_un_wgad", "json")
    assert dialog.by.currentData() == "persons"
    assert not dialog.by.isEnabled()


def unlocked_on_archive(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """The main window, unlocked on a vault that holds the archive()."""
    folder = tmp_path / "archive"
    workspace = vault.create(folder, PASSPHRASE, FAST_KDF)
    workspace.add_all(archive())
    workspace.close()
    return unlocked_window(qtbot, folder)


def test_the_window_offers_it_from_the_list_and_for_the_person_selected(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_on_archive(qtbot, tmp_path)
    assert window.share_action in window.views.actions()  # on the list's toolbar
    window.share_action.trigger()
    dialog = window.findChild(ShareDialog)
    assert dialog is not None
    assert not dialog.only.isChecked()  # from the list: everyone
    counted(qtbot, dialog)
    dialog.reject()

    window.views.by_name["persons"].trigger()
    view = window.archive_view
    assert isinstance(view, PersonsView)
    qtbot.waitUntil(lambda: not view.runner.running and view.model.rowCount() > 0, timeout=10_000)
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, NAME).data() == WITHHELD_VICTIM)  # fmt: skip
    view.table.selectRow(row)
    for opener in (view.share_button.click, window.share_action.trigger):  # the view, the menu
        opener()
        chosen = [d for d in window.findChildren(ShareDialog) if d.isVisible()]
        assert len(chosen) == 1
        assert chosen[0].only.isChecked()
        assert chosen[0].only.text() == "Only the person selected in Persons"
        assert counted(qtbot, chosen[0])["testimonies"] == "1"
        if opener == view.share_button.click:
            chosen[0].reject()

    window.lock()  # the dialog goes with the vault
    qtbot.waitUntil(
        lambda: not any(d.isVisible() for d in window.findChildren(ShareDialog)), timeout=5_000
    )


def test_the_figures_view_hands_over_the_people_behind_a_number(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_on_archive(qtbot, tmp_path)
    window.views.by_name["figures"].trigger()
    view = window.archive_view
    assert isinstance(view, FiguresView)
    view.choose("deaths")  # Ashurak, who died in Shklou colony
    qtbot.waitUntil(lambda: not view.runner.running and view.table.rowCount() > 0, timeout=10_000)
    view.show_people(0)  # all persons counted
    qtbot.waitUntil(lambda: view.findChild(PeopleDialog) is not None, timeout=10_000)
    people = view.findChild(PeopleDialog)
    assert people is not None
    share = next(b for b in people.findChildren(QPushButton) if "Share" in b.text())
    qtbot.mouseClick(share, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ShareDialog) is not None, timeout=5_000)
    dialog = window.findChild(ShareDialog)
    assert dialog is not None
    assert dialog.only.isChecked()
    assert dialog.only.text() == "Only the 1 person behind the figure"
    dialog.choose("share_un_wgad")
    counts = counted(qtbot, dialog)
    assert (counts["testimonies"], counts["named"], counts["excluded"]) == ("1", "0", "1")
