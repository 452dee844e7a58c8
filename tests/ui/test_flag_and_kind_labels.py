"""Every flag the domain can raise and every timeline event it can produce has a label: the
list and the timeline never show a raw code such as ``held_beyond_term``. The lists come from
the domain, so a future flag or kind without a label fails here."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.domain.facts import FLAGS
from app.domain.timeline import KINDS
from app.ui.timeline.dialog import KIND_LABELS
from app.ui.workspace.list_model import COL_FLAGS, FLAG_LABELS, TestimonyListModel


@dataclass(frozen=True)
class _Row:
    id: str
    display_name: str
    interview_date: str
    flags: tuple[str, ...]


@pytest.mark.parametrize("flag", sorted(FLAGS))
def test_the_list_shows_every_flag_in_words(flag: str) -> None:
    model = TestimonyListModel()
    model.set_source(None, [_Row("t", "—", "2024-10-03", (flag,))])
    shown = model.data(model.index(0, COL_FLAGS))
    assert flag in FLAG_LABELS
    assert shown == FLAG_LABELS[flag]
    assert "_" not in shown


@pytest.mark.parametrize("kind", KINDS)
def test_the_timeline_names_every_kind_of_event_in_words(kind: str) -> None:
    assert kind in KIND_LABELS
    assert "_" not in KIND_LABELS[kind]
    assert KIND_LABELS[kind] != kind
