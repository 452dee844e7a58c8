"""Every figure the core counts has a title in the Figures view, and every grouping a label:
the names come from the domain, so a figure added there without a title fails here. In
Belarusian and Russian the titles are words of that language, not the English left in place."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.domain.figures import BY_KEYS, FIGURES
from app.ui import i18n
from app.ui.figures.words import BY_LABELS, DEFAULT_BY, FIGURE_TITLES, figure_title, tr

ROOT = Path(__file__).resolve().parents[2]
CYRILLIC = re.compile(r"[А-Яа-яЁёІіЎў]")


def test_every_figure_of_the_core_has_a_title() -> None:
    untitled = [name for name in FIGURES if name not in FIGURE_TITLES]
    assert untitled == []


def test_the_titles_say_what_the_core_counts() -> None:
    # "deaths" is the paper's "died in custody": a death after release is counted apart.
    assert figure_title("deaths") == "Died in custody"
    assert figure_title("deaths_after_release") == "Died after release"
    for name, figure in FIGURES.items():
        assert figure_title(name) == figure.title


def test_every_grouping_has_a_label_and_every_default_is_a_grouping() -> None:
    assert set(BY_KEYS.values()) - set(BY_LABELS) == set()
    assert set(DEFAULT_BY) <= set(FIGURES)
    assert set(DEFAULT_BY.values()) <= set(BY_KEYS.values())


@pytest.fixture(params=["be", "ru"])
def translated(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    script = ROOT / "scripts" / "translations.py"
    subprocess.run([sys.executable, str(script), "build"], check=True)
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_in_belarusian_and_russian_every_title_and_grouping_is_translated(translated: str) -> None:
    english = {name: str(text) for name, text in FIGURE_TITLES.items()}
    for name in FIGURES:
        shown = figure_title(name)
        assert shown != english[name], (translated, name)
        assert CYRILLIC.search(shown), (translated, name)
    for key in BY_KEYS.values():
        assert CYRILLIC.search(tr(BY_LABELS[key])), (translated, key)
