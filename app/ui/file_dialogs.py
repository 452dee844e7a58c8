"""Every file and folder chooser of the app, and the only module that may use QFileDialog.

The desktop's native choosers (GTK, the XDG portal, KDE's) keep their own records outside the
vault: GTK adds each chosen file to ~/.local/share/recently-used.xbel, portals pass the choice
to the desktop's recent-files service, and file managers make thumbnails of what they show. A
border check that opens that list learns the names of bundles, cards and attachments. So the
choosers here are always Qt's own dialog, and Qt's own memory of recent folders (its settings
group "FileDialog", written when a dialog closes) is erased after each one.

A test layer check (tests/unit/test_layers.py) fails if another module calls QFileDialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

# Qt's widget dialog, never the platform's: the one thing every chooser here must carry.
OPTIONS = QFileDialog.Option.DontUseNativeDialog


def open_file(parent: QWidget | None, caption: str, filters: str = "") -> Path | None:
    try:
        name, _ = QFileDialog.getOpenFileName(parent, caption, "", filters, options=OPTIONS)
    finally:
        forget_history()
    return Path(name) if name else None


def open_files(parent: QWidget | None, caption: str, filters: str = "") -> list[Path]:
    try:
        names, _ = QFileDialog.getOpenFileNames(parent, caption, "", filters, options=OPTIONS)
    finally:
        forget_history()
    return [Path(name) for name in names]


def save_file(
    parent: QWidget | None, caption: str, suggested: str = "", filters: str = ""
) -> Path | None:
    try:
        name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters, options=OPTIONS)
    finally:
        forget_history()
    return Path(name) if name else None


def existing_folder(parent: QWidget | None, caption: str) -> Path | None:
    options = OPTIONS | QFileDialog.Option.ShowDirsOnly
    try:
        name = QFileDialog.getExistingDirectory(parent, caption, "", options=options)
    finally:
        forget_history()
    return Path(name) if name else None


def forget_history() -> None:
    """Qt's own dialog remembers recent folders and the last one visited in its settings
    (QtProject.conf) when it closes: not here."""
    QSettings(QSettings.Scope.UserScope, "QtProject").remove("FileDialog")
