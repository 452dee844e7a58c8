"""Pieces the bundle dialogs share: the fingerprint check, a task with a progress bar, and
errors turned into one line of text (never a traceback)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage.errors import VaultError
from app.ui.workers import Cancelled, Task


def error_text(error: object) -> str:
    """One line for the user: the core's own message for its expected failures."""
    if isinstance(error, VaultError):
        return str(error)
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return QCoreApplication.translate("BundleErrors", "The file system refused: %1").replace(
            "%1", f"{error.strerror or error}{where}"
        )
    return QCoreApplication.translate(
        "BundleErrors", "Something went wrong (%1); nothing was changed."
    ).replace("%1", type(error).__name__)


def fixed_font(points: int, bold: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(points)
    font.setBold(bold)
    return font


def fingerprint_lines(fingerprint: str) -> str:
    """Eight groups of four, as two lines of four groups: easier to read aloud and compare."""
    groups = fingerprint.split()
    return "\n".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


def plain_label(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are never markup
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


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


class TaskRunner(QObject):
    """One background task at a time, shown in a progress bar; detach() when the dialog goes
    (cancels it and stops listening, so a late result never reaches a deleted dialog)."""

    def __init__(self, bar: QProgressBar, parent: QObject) -> None:
        super().__init__(parent)
        self._bar = bar
        self._task: Task | None = None
        self._handlers: tuple[Callable[[Any], None], Callable[[Any], None]] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def task(self) -> Task | None:
        return self._task

    def start(
        self,
        work: Callable[[Callable[[int, int], None]], Any],
        done: Callable[[Any], None],
        failed: Callable[[Any], None],
    ) -> Task:
        task = Task(work)
        self._task, self._handlers = task, (done, failed)
        task.progress.connect(self._progress)
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        self._bar.setRange(0, 0)  # busy until the first report
        self._bar.show()
        task.start()
        return task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def detach(self) -> None:
        task, self._task, self._handlers = self._task, None, None
        if task is not None:
            task.cancel()
            for signal, slot in (
                (task.progress, self._progress),
                (task.finished, self._finished),
                (task.failed, self._failed),
            ):
                signal.disconnect(slot)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self._bar.setRange(0, 1000)
            self._bar.setValue(min(1000, int(done * 1000 / total)))

    def _end(self) -> tuple[Callable[[Any], None], Callable[[Any], None]] | None:
        handlers, self._task, self._handlers = self._handlers, None, None
        self._bar.hide()
        return handlers

    def _finished(self, result: object) -> None:
        handlers = self._end()
        if handlers is not None:
            handlers[0](result)

    def _failed(self, error: object) -> None:
        handlers = self._end()
        if handlers is not None:
            handlers[1](error)


def is_cancel(error: object) -> bool:
    return isinstance(error, Cancelled)


def progress_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName("progress")
    bar.setRange(0, 1000)
    bar.setTextVisible(False)
    bar.hide()
    return bar


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
