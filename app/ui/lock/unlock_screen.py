"""Unlock: one passphrase field. A wrong passphrase is a calm message, nothing more."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

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
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        layout = centred_column(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
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

    def failed(self, message: str) -> None:
        self.busy(False)
        self.passphrase.clear()
        self.message.setText(message)
        self.passphrase.setFocus()

    def reset(self) -> None:
        self.busy(False)
        self.passphrase.clear()
        self.passphrase.setFocus()
