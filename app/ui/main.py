"""Start the desktop application on a vault folder."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui import i18n, settings
from app.ui.window import MainWindow


def run(folder: Path) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Sviedka")
    app.setOrganizationName("Sviedka")
    i18n.install(settings.language())
    window = MainWindow(folder)
    window.show()
    return int(app.exec())
