"""The Figures view grouped by iSANS category: each category is named in the interface language,
in the table and on the chart, never by its code word."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.shipped_vocabularies import load_shipped
from app.ui.figures.view import FiguresView
from app.ui.session import AppSession, start
from tests.category_archive import CONVICTED, WORDS, convicted
from tests.cli import sviedka


@pytest.fixture
def session(closed_vault: Path) -> Iterator[AppSession]:
    from app.services import vault
    from tests.conftest import PASSPHRASE

    lines = "\n".join(
        json.dumps(convicted(who, article), ensure_ascii=False)
        for who, article in CONVICTED.items()
    )
    added = sviedka("add", "-", vault=closed_vault, stdin=lines)
    assert added.code == 0, added.err
    opened = start(vault.unlock(closed_vault, PASSPHRASE))
    yield opened
    opened.end()


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_categories_are_named_in_the_interface_language(
    qtbot: QtBot, session: AppSession, lang: str
) -> None:
    view = FiguresView(session.archive, lang)
    qtbot.addWidget(view)
    view.resize(1100, 650)
    view.show()
    try:
        view.choose("prosecutions", "isans_category")
        qtbot.waitUntil(
            lambda: not view.runner.running and view.table.rowCount() > 1, timeout=10_000
        )
        rows = [view.table.item(r, 0).text() for r in range(1, view.table.rowCount())]
        assert view.chart.labels == rows
        assert len(rows) == len(load_shipped().isans_categories)
        for words in WORDS[lang].values():
            assert words in rows
        for key in load_shipped().isans_categories:
            assert key not in rows
            assert key.replace("_", " ") not in rows
        # A Criminal Code title is long: it is read whole on the chart, in lines, and the
        # bars keep most of the width.
        assert view.chart.getPlotItem().getAxis("left").width() < view.chart.width() / 2
        drawn = " ".join(re.sub(r"<[^>]+>", " ", view.chart.svg().decode("utf-8")).split())
        for label in rows:
            for word in label.split():
                assert html.escape(word, quote=False) in drawn, word
    finally:
        view.release()


def test_a_persons_file_names_the_category_of_a_conviction(
    qtbot: QtBot, session: AppSession
) -> None:
    from app.ui.persons.file_dialog import PersonFileDialog

    wanted = "Мікалай Аўтуховіч"  # convicted under Art. 357
    behind = session.archive.people_behind(
        "prosecutions", "isans_category", "conspiracy_to_seize_power"
    )
    (person,) = behind
    assert wanted in person.names
    dialog = PersonFileDialog(session.archive, session.workspace.vocabulary(), person.id, "be")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.facts.rowCount() > 0, timeout=10_000)
    recorded = {dialog.facts.item(r, 3).text() for r in range(dialog.facts.rowCount())}
    assert WORDS["be"]["conspiracy_to_seize_power"] in recorded
    assert "conspiracy to seize power" not in recorded
