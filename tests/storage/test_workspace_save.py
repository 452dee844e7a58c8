"""What the editor is told after Save: a new version when the testimony changed, "nothing to
save" when it did not, and a clear refusal for a testimony deleted meanwhile (the save itself
says whether it stored a version; nothing of the stored document is parsed for it: issue 15)."""

from __future__ import annotations

import pytest

from app.services.workspace import Workspace
from app.storage.errors import NotFound
from app.storage.vault import Vault
from tests.factories import minimal_testimony


def test_a_changed_testimony_gets_the_next_version(vault: Vault) -> None:
    workspace = Workspace(vault)
    first = workspace.save(minimal_testimony())
    doc = workspace.load(first.testimony_id).document
    doc["status"] = "complete"
    saved = workspace.save(doc, first.testimony_id)
    assert (saved.version, saved.changed) == (2, True)
    assert workspace.load(first.testimony_id).provenance.version == 2


def test_saving_the_same_testimony_again_stores_nothing(vault: Vault) -> None:
    workspace = Workspace(vault)
    first = workspace.save(minimal_testimony())
    doc = workspace.load(first.testimony_id).document
    again = workspace.save(doc, first.testimony_id)
    assert (again.version, again.changed) == (1, False)
    assert len(workspace.history(first.testimony_id)) == 1


def test_a_testimony_deleted_meanwhile_is_not_saved_back(vault: Vault) -> None:
    workspace = Workspace(vault)
    first = workspace.save(minimal_testimony())
    doc = workspace.load(first.testimony_id).document
    workspace.delete(first.testimony_id)
    doc["status"] = "complete"
    with pytest.raises(NotFound):
        workspace.save(doc, first.testimony_id)
    assert workspace.count() == 0
