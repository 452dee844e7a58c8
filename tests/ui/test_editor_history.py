"""The History shows a saved version in words, not JSON, with what changed since the
version before it highlighted and what it was."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.storage.vault import Vault
from app.ui.testimony.history import HistoryDialog
from tests.factories import minimal_testimony


def test_a_version_reads_in_words_with_its_changes_marked(qtbot: QtBot, vault: Vault) -> None:
    workspace = Workspace(vault)
    first = minimal_testimony()
    first["persons"][0]["names"] = [
        {"value": "Ганна Баравік", "script": "Cyrl", "kind": "original"}
    ]
    saved = workspace.save(first)
    second = workspace.load(saved.testimony_id).document
    second["interview"]["interviewer"]["name"] = "K-07"
    workspace.save(second, saved.testimony_id)

    dialog = HistoryDialog(workspace, saved.testimony_id)
    qtbot.addWidget(dialog)
    assert dialog.versions.count() == 2
    text = dialog.content.toPlainText()
    assert "{" not in text  # no JSON
    assert "Interview › Interviewer › Name: K-07 (was: K-01)" in text
    assert "Given by: Ганна Баравік" in text  # a person, not the ref "p1"
    changed = [line for line in dialog.lines(0) if line.changed]
    assert [line.path for line in changed] == ["interview.interviewer.name"]

    dialog.versions.setCurrentRow(1)  # the first version: nothing to compare with
    assert "K-01" in dialog.content.toPlainText()
    assert not any(line.changed for line in dialog.lines(1))
