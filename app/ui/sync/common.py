"""What the bundle dialogs share beyond app/ui/parts.py: the fingerprint check read over the
phone, and a dialog that runs one task at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.parts import fixed_font, plain_label
from app.ui.workers import TaskRunner, progress_bar


def fingerprint_lines(fingerprint: str) -> str:
    """Eight groups of four, as two lines of four groups: easier to read aloud and compare."""
    groups = fingerprint.split()
    return "\n".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


class FingerprintDialog(QDialog):
    """A card's details and its fingerprint in large groups, with the instruction to compare it
    over a phone call. Opened with open() (never exec()): the caller acts on `accepted`."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        intro: str,
        details: list[tuple[str, str, bool]],  # (label, value, monospace)
        fingerprint: str,
        instruction: str,
        accept_text: str,
        warning: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprint_check")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        heading = plain_label(title, "title")
        form = QFormLayout()
        for name, value, mono in details:
            shown = plain_label(value, wrap=not mono)
            if mono:  # keys and recipients: compared character by character too
                shown.setFont(fixed_font(10))
            form.addRow(plain_label(name, wrap=False), shown)
        self.fingerprint = plain_label(fingerprint_lines(fingerprint), "fingerprint", wrap=False)
        self.fingerprint.setFont(fixed_font(22, bold=True))
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setAccessibleName(fingerprint)
        buttons = QDialogButtonBox()
        self.accept_button = QPushButton(accept_text)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)  # a reflexive Enter must not trust anything
        self.accept_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(plain_label(intro))
        layout.addLayout(form)
        layout.addWidget(plain_label(self.tr("Fingerprint")))
        layout.addWidget(self.fingerprint)
        layout.addWidget(plain_label(instruction, "warning"))
        if warning:
            layout.addWidget(plain_label(warning, "message"))
        layout.addWidget(buttons)
        self.setMinimumWidth(720)
        self.adjustSize()
        self.setMinimumHeight(self.sizeHint().height())


class TaskDialog(QDialog):
    """A dialog that runs one task at a time. While it runs, Escape and the window's close
    button cancel it (the dialog stays to say so); reject() - the lock's way - cancels it,
    stops listening and closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = progress_bar()
        self.runner = TaskRunner(self.bar, self)

    def cancel(self) -> None:
        self.runner.cancel()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.runner.running:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        self.runner.detach()
        super().reject()
