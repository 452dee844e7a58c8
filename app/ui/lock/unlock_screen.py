"""Unlock: one passphrase field. A wrong passphrase is a calm message, nothing more.

An unlock that rebuilds the search index (a new release's indexing rules) can take minutes on
a large vault: the screen then says so, with a bar, rather than seem to hang."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from app.ui.lock.panel import centred_column


class UnlockScreen(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_screen")
        title = QLabel(self.tr("Vault locked"))
        title.setObjectName("title")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("index_progress")
        self.progress.setVisible(False)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        layout = centred_column(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.unlock_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch(2)
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)

    def _submit(self) -> None:
        if not self.passphrase.text() or not self.unlock_button.isEnabled():
            return
        self.busy(True)
        self.unlock_requested.emit(self.passphrase.text())

    def busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.message.setText(self.tr("Unlocking…") if busy else "")
        self.progress.setVisible(False)

    def rebuilding_index(self, done: int, total: int) -> None:
        """The unlock is rebuilding the search index: `done` of `total` testimonies."""
        self.message.setText(
            self.tr(
                "Updating the search index for this version of Sviedka (%n testimonies)…", "", total
            )
        )
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setVisible(True)

    def failed(self, message: str) -> None:
        self.busy(False)
        self.passphrase.clear()
        self.message.setText(message)
        self.passphrase.setFocus()

    def reset(self) -> None:
        self.busy(False)
        self.passphrase.clear()
        self.passphrase.setFocus()
