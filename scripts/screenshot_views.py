"""The screenshot script's waiting and shooting, and the views a coordinator reads: Persons,
Figures and the History of a testimony (scripts/screenshots.py calls these; kept apart only so
that each file stays short enough to read whole)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from app.ui import settings
from app.ui.window import MainWindow


def wait(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout_ms: int = 15_000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:
        wait(50)
        waited += 50


def shoot_views(window: MainWindow, out: Path, suffix: str) -> None:
    """The coordinator's archive: Persons (each person once, the pairs to review) and Figures
    (the humanitarian list by criterion; arrests and releases by month)."""
    from app.ui.figures.view import FiguresView
    from app.ui.figures.words import MONTHLY
    from app.ui.persons.view import PersonsView

    window.resize(1500, 820)  # every column of the Persons view
    window.show_persons()
    persons = window.archive_view
    if not isinstance(persons, PersonsView):
        raise RuntimeError("the Persons view did not open")
    wait_until(lambda: not persons.runner.running and persons.model.rowCount() > 0)
    wait_until(lambda: persons.suggestions.item(0, 3) is not None)
    shoot(window, out, f"persons{suffix}")
    window.show_figures()
    figures = window.archive_view
    if not isinstance(figures, FiguresView):
        raise RuntimeError("the Figures view did not open")
    wait_until(lambda: not figures.runner.running)
    shoot(window, out, f"figures{suffix}")
    figures.figure.setCurrentIndex(figures.figure.findData(MONTHLY))
    wait_until(lambda: not figures.runner.running)
    shoot(window, out, f"figures-monthly{suffix}")
    window.show_list()


def shoot_history(window: MainWindow, out: Path, suffix: str) -> None:
    """The History of a testimony saved a second time, with the disability group corrected
    and an act of ill-treatment added: only what changed, marked."""
    from app.ui.testimony.history import HistoryDialog

    workspace, listing = window.workspace, window.list_screen
    if workspace is None or listing is None:
        raise RuntimeError("the vault is not open on the list of testimonies")
    wait_until(lambda: listing.model.rowCount() > 0)
    testimony_id = listing.model.row_id(0)
    doc = workspace.load(testimony_id).document
    doc["health"][0]["disability_group"] = "II"
    doc["ill_treatment_acts"].append(
        {"ref": "a9", "victim": "p2", "method": "sleep_deprivation",
         "from": {"precision": "month", "value": "2023-08"},
         "place": {"facility": "navapolatsk_ik1", "text": "SHIZO"}}
    )  # fmt: skip
    workspace.save(doc, testimony_id)
    dialog = HistoryDialog(workspace, testimony_id, window, settings.language())
    dialog.resize(1100, 760)
    dialog.show()
    dialog.only_changes.setChecked(True)
    shoot(dialog, out, f"11-history{suffix}")
    dialog.reject()


def shoot(widget: QWidget, out: Path, name: str) -> None:
    wait()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
