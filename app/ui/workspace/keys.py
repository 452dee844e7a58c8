"""Down from the search box into the results: the list is reachable without the mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

__all__ = ["DownIntoResults"]


class DownIntoResults(QObject):
    def __init__(self, results: QAbstractItemView) -> None:
        super().__init__(results)
        self._results = results

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        down = (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        )
        model = self._results.model()
        if not down or model is None or model.rowCount() == 0:
            return False
        self._results.setFocus(Qt.FocusReason.TabFocusReason)
        if not self._results.currentIndex().isValid():
            self._results.setCurrentIndex(model.index(0, 0))
        return True
