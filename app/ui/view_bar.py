"""The three views of an unlocked vault (Testimonies, Persons, Figures): a row of buttons
above the screen and a View menu holding the same actions, one shortcut each (the same in
every language), the current view checked. Hidden and greyed while the vault is locked."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenuBar, QToolBar, QWidget

SHORTCUTS = {"testimonies": "Ctrl+1", "persons": "Ctrl+2", "figures": "Ctrl+3"}


class ViewBar(QToolBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("views")
        self.setMovable(False)
        self.setFloatable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.by_name: dict[str, QAction] = {}

    def build(
        self, menus: QMenuBar, openers: Mapping[str, Callable[[], None]], unlocked: bool
    ) -> None:
        """The actions anew (after a change of language), in a new View menu of `menus`."""
        self.clear()
        menu = menus.addMenu(self.tr("&View"))
        group = QActionGroup(self)
        titles = {
            "testimonies": self.tr("&Testimonies"),
            "persons": self.tr("&Persons"),
            "figures": self.tr("&Figures"),
        }
        self.by_name = {}
        for name, title in titles.items():
            action = QAction(title, self)
            action.setObjectName(f"view_{name}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(SHORTCUTS[name]))
            action.setToolTip(f"{title.replace('&', '')} ({SHORTCUTS[name]})")
            action.triggered.connect(lambda _checked=False, go=openers[name]: go())
            group.addAction(action)
            menu.addAction(action)
            self.addAction(action)
            self.by_name[name] = action
        menu.setEnabled(unlocked)
        self.setVisible(unlocked)

    def mark(self, name: str) -> None:
        if name in self.by_name:
            self.by_name[name].setChecked(True)
