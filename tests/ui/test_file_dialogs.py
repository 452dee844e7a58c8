"""Choosing a file leaves no trace outside the vault: the real chooser is opened and accepted,
then the temporary home is searched for the desktop's recent-files list, thumbnails and Qt's
own dialog history.

Offscreen there is no native dialog to fall back to, so what makes these tests able to fail
is the check that the dialog shown carries DontUseNativeDialog: without it, on a GNOME or KDE
desktop, the same call opens the GTK or portal chooser that writes recently-used.xbel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.ui import file_dialogs
from app.ui.sync.receipt_folder import ReceiptFolder


class Chooser:
    """Waits for the modal chooser to appear, records its options, picks `choice`, accepts.
    Gives up (rejects) after two seconds rather than hang the run."""

    def __init__(self, choice: Path | None) -> None:
        self.choice = choice
        self.shown: list[QFileDialog] = []
        self.native_allowed: list[bool] = []
        self._tries = 0

    def start(self) -> None:
        QTimer.singleShot(20, self._look)

    def _look(self) -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QFileDialog) and w.isVisible()
        ]
        if not dialogs:
            self._tries += 1
            if self._tries < 100:
                QTimer.singleShot(20, self._look)
            return
        dialog = dialogs[0]
        self.shown.append(dialog)
        self.native_allowed.append(not dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        if self.choice is None:
            dialog.reject()
            return
        if self.choice.is_dir():
            dialog.setDirectory(str(self.choice))
        else:  # typed, as a person would: selectFile() waits for the folder to be read
            typed = dialog.findChild(QLineEdit, "fileNameEdit")
            assert typed is not None
            typed.setText(str(self.choice))
        dialog.accept()
        if dialog.isVisible():  # refused the choice: end it rather than hang the run
            dialog.reject()


def traces(home: Path) -> list[Path]:
    """What a file chooser may leave behind in the user's folders."""
    found = [*home.rglob("recently-used.xbel*"), *home.rglob("thumbnails")]
    found += [p for p in home.rglob("*") if p.name == ".thumbnails"]
    return found


def dialog_history() -> list[str]:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    return [key for key in settings.allKeys() if key.startswith("FileDialog")]


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    (folder / "bundle-1.age").write_bytes(b"age")
    (folder / "bundle-2.age").write_bytes(b"age")
    return folder


CHOOSERS: dict[str, Callable[[QWidget, Path], object]] = {
    "open_file": lambda w, f: file_dialogs.open_file(w, "Choose", "Bundles (*.age)"),
    "open_files": lambda w, f: file_dialogs.open_files(w, "Choose", "Bundles (*.age)"),
    "save_file": lambda w, f: file_dialogs.save_file(w, "Save as", "card.json"),
    "existing_folder": lambda w, f: file_dialogs.existing_folder(w, "Write into"),
}
CHOICES: dict[str, Callable[[Path], Path]] = {
    "open_file": lambda f: f / "bundle-1.age",
    "open_files": lambda f: f / "bundle-2.age",
    "save_file": lambda f: f / "organisation-card.json",
    "existing_folder": lambda f: f,
}
EXPECTED: dict[str, Callable[[Path], object]] = {
    "open_file": lambda f: f / "bundle-1.age",
    "open_files": lambda f: [f / "bundle-2.age"],
    "save_file": lambda f: f / "organisation-card.json",
    "existing_folder": lambda f: f,
}


@pytest.mark.parametrize("kind", sorted(CHOOSERS))
def test_real_chooser_is_qt_own_and_leaves_no_trace(
    kind: str, parent: QWidget, files: Path, private_environment: Path
) -> None:
    chooser = Chooser(CHOICES[kind](files))
    chooser.start()
    chosen = CHOOSERS[kind](parent, files)

    assert len(chooser.shown) == 1, "the chooser never appeared"
    assert chooser.native_allowed == [False], "the platform's own chooser was allowed"
    assert chosen == EXPECTED[kind](files)
    assert traces(private_environment) == []
    assert dialog_history() == []


def test_cancelled_chooser_gives_nothing_and_no_history(
    parent: QWidget, files: Path, private_environment: Path
) -> None:
    chooser = Chooser(None)
    chooser.start()
    assert file_dialogs.open_file(parent, "Choose") is None
    assert chooser.native_allowed == [False]
    assert traces(private_environment) == []
    assert dialog_history() == []


def test_a_screen_goes_through_the_chooser(
    qtbot: QtBot, files: Path, private_environment: Path
) -> None:
    """End to end through one of the app's own widgets (the receipts folder of an import)."""
    field = ReceiptFolder()
    qtbot.addWidget(field)
    field.show()
    chooser = Chooser(files)
    chooser.start()
    field.choose_button.click()
    assert chooser.native_allowed == [False]
    assert field.folder == files
    assert traces(private_environment) == []
    assert dialog_history() == []


def test_history_is_forgotten(private_environment: Path) -> None:
    """Negative control for dialog_history(): Qt's own dialog writes this group on closing."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/history", [str(private_environment / "secret-folder")])
    settings.sync()
    assert dialog_history() != []
    file_dialogs.forget_history()
    assert dialog_history() == []


def test_traces_are_seen(private_environment: Path) -> None:
    """Negative control for traces(): the files GTK and file managers write are found."""
    share = private_environment / ".local" / "share"
    (share / "recently-used.xbel").write_text("<xbel/>")
    (private_environment / ".cache" / "thumbnails" / "normal").mkdir(parents=True)
    assert len(traces(private_environment)) == 2
