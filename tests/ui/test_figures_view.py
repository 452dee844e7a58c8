"""The Figures view on the known-truth archive: its numbers are the command line's, a number
opens exactly the people it counts (never the informant over 60), and a chart or table saved
outside the vault is whole, private (0600) and holds what was shown."""

from __future__ import annotations

import csv
import io
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.figures.people import PeopleDialog
from app.ui.figures.view import FiguresView
from app.ui.figures.words import MONTHLY
from app.ui.session import AppSession, start
from tests.cli import sviedka
from tests.known_archive import documents

BIALIATSKI = {"Алесь Бяляцкі", "Алесь Беляцкий", "Ales Bialiatski"}  # not merged yet
ELDER = "Мікола Статкевіч"


@pytest.fixture
def archive(closed_vault: Path) -> Path:
    lines = "\n".join(json.dumps(doc, ensure_ascii=False) for doc in documents())
    added = sviedka("add", "-", vault=closed_vault, stdin=lines)
    assert added.code == 0, added.err
    return closed_vault


@pytest.fixture
def session(archive: Path) -> Iterator[AppSession]:
    from app.services import vault
    from tests.conftest import PASSPHRASE

    opened = start(vault.unlock(archive, PASSPHRASE))
    yield opened
    opened.end()


def shown(qtbot: QtBot, session: AppSession) -> FiguresView:
    view = FiguresView(session.archive, "en")
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitUntil(lambda: not view.runner.running and view.table.rowCount() > 0, timeout=10_000)
    return view


def table(view: FiguresView) -> dict[str, str]:
    rows = range(view.table.rowCount())
    return {view.table.item(r, 0).text(): view.table.item(r, 1).text() for r in rows}


def test_humanitarian_by_criterion_is_the_command_lines(qtbot: QtBot, archive: Path) -> None:
    cli = sviedka("report", "humanitarian", "--by", "criterion", "--json", vault=archive)
    assert cli.code == 0, cli.err
    expected = json.loads(cli.out)
    from app.services import vault
    from tests.conftest import PASSPHRASE

    session = start(vault.unlock(archive, PASSPHRASE))
    try:
        view = shown(qtbot, session)
        assert view.figure_name() == "humanitarian"
        assert view.grouping() == "criterion"  # the paper's table opens as the paper shows it
        assert table(view) == {
            "All persons counted": str(expected["total"]),
            **{g["label"]: str(g["count"]) for g in expected["groups"]},
        }
        assert view.chart.labels == [g["label"] for g in expected["groups"]]
        assert view.chart.series == [[g["count"] for g in expected["groups"]]]
    finally:
        view.release()
        session.end()


def people_behind(qtbot: QtBot, view: FiguresView, label: str) -> set[str]:
    row = next(r for r in range(view.table.rowCount()) if view.table.item(r, 0).text() == label)
    rect = view.table.visualItemRect(view.table.item(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.findChild(PeopleDialog) is not None, timeout=10_000)
    dialog = view.findChild(PeopleDialog)
    assert dialog is not None
    names = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert dialog.table.rowCount() == len(names) == int(view.table.item(row, 1).text())
    dialog.close()
    qtbot.waitUntil(lambda: view.findChild(PeopleDialog) is None, timeout=5_000)
    return names


def test_a_number_lists_exactly_the_people_it_counts(qtbot: QtBot, session: AppSession) -> None:
    view = shown(qtbot, session)
    # Baravik's mother and father are over 60 but were never held: not on the list.
    assert people_behind(qtbot, view, "Aged over 60") == BIALIATSKI | {ELDER}
    view.choose("art411")
    qtbot.waitUntil(lambda: "Art. 411" in view.total.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not view.runner.running, timeout=10_000)
    assert people_behind(qtbot, view, "All persons counted") == {ELDER}


def test_arrests_and_releases_by_month(qtbot: QtBot, session: AppSession) -> None:
    view = shown(qtbot, session)
    view.choose(MONTHLY)
    qtbot.waitUntil(lambda: view.table.columnCount() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: not view.runner.running, timeout=10_000)
    rows = {
        view.table.item(r, 0).text(): (view.table.item(r, 1).text(), view.table.item(r, 2).text())
        for r in range(view.table.rowCount())
    }
    assert rows["2024-03"] == ("1", "0")  # the younger Statkevich, arrested on return
    assert rows["2024-04"] == ("0", "1")  # ...and released
    assert rows["2021-07"] == ("3", "0")  # Bialiatski, three entries until merged
    released = next(
        r for r in range(view.table.rowCount()) if view.table.item(r, 0).text() == "2024-04"
    )
    rect = view.table.visualItemRect(view.table.item(released, 2))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.findChild(PeopleDialog) is not None, timeout=10_000)
    dialog = view.findChild(PeopleDialog)
    assert dialog is not None
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == ELDER  # the younger namesake, born 1990
    assert dialog.table.item(0, 2).text() == "1990-01-01"


def test_saved_files_are_whole_private_and_what_was_shown(
    qtbot: QtBot, session: AppSession, archive: Path, tmp_path: Path
) -> None:
    view = shown(qtbot, session)
    out = tmp_path / "out"
    out.mkdir()
    view.export_csv(out / "table.csv")
    view.export_png(out / "chart.png")
    view.export_svg(out / "chart.svg")
    for name in ("table.csv", "chart.png", "chart.svg"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600
    assert sorted(p.name for p in out.iterdir()) == ["chart.png", "chart.svg", "table.csv"]

    rows = list(csv.reader(io.StringIO((out / "table.csv").read_text("utf-8"))))
    assert rows[0] == ["key", "label", "count"]
    assert rows[1][1:] == ["total", table(view)["All persons counted"]]
    assert ["age_over_60", "Aged over 60", "4"] in rows
    assert (out / "chart.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    svg = (out / "chart.svg").read_text("utf-8")
    assert "<svg" in svg
    assert "Aged over 60" in svg
    assert "Humanitarian list" in svg
    assert "outside the vault" in view.outside.text()


TABLES = [
    ("humanitarian", "criterion"),
    ("humanitarian", "article"),  # nobody has one recorded: all "not recorded"
    ("held", "facility"),
    ("held", "month"),
    ("incommunicado", "facility"),
    ("art411", "article"),
    ("arrests_on_return", "identified_via"),
    ("prosecutions", "isans_category"),
    ("deaths", None),
]


def test_behind_every_number_are_as_many_people(session: AppSession) -> None:
    archive = session.archive
    for figure, by in TABLES:
        found = archive.report(figure, by, "en")
        assert len(archive.people_behind(figure, by, None)) == found.total, figure
        for group in found.groups:
            behind = archive.people_behind(figure, by, group.key)
            assert len(behind) == group.count, (figure, by, group.key)


def test_every_figure_of_the_core_opens_titled_in_its_grouping(
    qtbot: QtBot, session: AppSession
) -> None:
    """A new figure (died after release, held beyond the term, lists) is offered and counts
    under its own title, grouped the way it opens (the 'list' of a listing among them)."""
    from app.domain.figures import FIGURES
    from app.ui.figures.words import figure_title

    view = shown(qtbot, session)
    offered = {view.figure.itemData(i) for i in range(view.figure.count())}
    assert set(FIGURES) <= offered
    try:
        for name in FIGURES:
            view.choose(name)
            qtbot.waitUntil(lambda: not view.runner.running, timeout=10_000)
            assert view.total.text().startswith(figure_title(name) + ":"), name
            if name == "lists":
                assert view.grouping() == "list"
    finally:
        view.release()


@pytest.mark.parametrize("lang", ["en", "be"])
def test_groups_of_fixed_answers_are_named_in_words_not_codes(
    qtbot: QtBot, session: AppSession, lang: str
) -> None:
    """Arrests on return by where and by how the person was identified: a coordinator reads
    "at the border, on return" and "Phone check" (in Belarusian, Belarusian), never `border`
    or `phone_check`."""
    from app.ui import i18n

    i18n.install(lang)
    view = FiguresView(session.archive, lang)
    qtbot.addWidget(view)
    view.show()
    try:
        for by, key in (("where", "border"), ("identified_via", "phone_check")):
            view.choose("arrests_on_return", by)
            qtbot.waitUntil(lambda: not view.runner.running, timeout=10_000)
            labels = {k: label for k, label, _n in view._rows}
            assert key in labels, by
            assert labels[key] not in (key, key.replace("_", " ")), by
            if lang == "be":
                assert not any("a" <= ch <= "z" for ch in labels[key].lower()), labels[key]
    finally:
        view.release()
        i18n.install("en")
