"""The narrow, centred column the create and unlock screens are laid out in."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

PANEL_WIDTH = 560


def centred_column(owner: QWidget) -> QVBoxLayout:
    """Give `owner` a centred column at most PANEL_WIDTH wide; returns the column's layout."""
    panel = QWidget()
    panel.setObjectName("lock_panel")
    panel.setMaximumWidth(PANEL_WIDTH)
    outer = QHBoxLayout(owner)
    outer.addStretch(1)
    outer.addWidget(panel, 4)
    outer.addStretch(1)
    return QVBoxLayout(panel)
