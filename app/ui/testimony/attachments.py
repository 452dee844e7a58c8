"""A testimony's attachments: add with progress, list, preview images and text inside the app
(decrypted into memory only: no temp file is handed to another program), and save a
decrypted copy out only after a plain warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import logs
from app.services.workspace import AttachmentInfo, Workspace
from app.ui import file_dialogs
from app.ui.workers import Cancelled, Task

TEXT_TYPES = ("text/", "application/json", "application/xml")


def human_size(size: int) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


class AttachmentsDialog(QDialog):
    def __init__(self, workspace: Workspace, testimony_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attachments")
        self.setWindowTitle(self.tr("Attachments"))
        self.resize(1000, 600)
        self._workspace = workspace
        self._testimony_id = testimony_id
        self._rows: list[AttachmentInfo] = []
        self._task: Task | None = None
        self._progress: QProgressDialog | None = None

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("list")
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("Description")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("Add file…"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.status = QLabel()
        self.status.setObjectName("status")
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.nothing = QLabel(self.tr("No preview for this kind of file."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview = QStackedWidget()
        for widget in (self.nothing, scroll, self.text):
            self.preview.addWidget(widget)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.preview, 3)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.choose_and_add)
        self.save_button.clicked.connect(self.save_copy)
        self.table.currentCellChanged.connect(self._selected)
        self.refresh()

    def refresh(self) -> None:
        self._rows = self._workspace.attachments(self._testimony_id)
        self.table.setRowCount(len(self._rows))
        for row, info in enumerate(self._rows):
            cells = (info.filename, info.media_type, human_size(info.size), info.description)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.save_button.setEnabled(bool(self._rows))

    # --- adding -------------------------------------------------------------------------
    def choose_and_add(self) -> None:
        source = file_dialogs.open_file(self, self.tr("Attach a file"))
        if source is None:
            return
        description, ok = QInputDialog.getText(
            self, self.tr("Describe the file"), self.tr("What is it? (searchable)")
        )
        if ok:
            self.add(source, description)

    def add(self, source: Path, description: str) -> Task:
        workspace, testimony_id = self._workspace, self._testimony_id
        task = Task(lambda progress: workspace.attach(testimony_id, source, description, progress))
        return self._run(task, self.tr("Encrypting %1 into the vault…").replace("%1", source.name))

    # --- saving a copy ------------------------------------------------------------------
    def save_copy(self) -> None:
        info = self.current()
        if info is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Save a decrypted copy?"),
            self.tr(
                "The copy will NOT be encrypted. Anyone who gets this computer or the place you "
                "save it to can read it, and it may be found at a border check. Save it only "
                "if you must, and delete it when done."
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return
        out = file_dialogs.save_file(self, self.tr("Save a copy as"), info.filename)
        if out is not None:
            self.extract(info, out)

    def extract(self, info: AttachmentInfo, out: Path) -> Task:
        workspace, testimony_id = self._workspace, self._testimony_id
        task = Task(lambda progress: workspace.extract(testimony_id, info.sha256, out, progress))
        return self._run(task, self.tr("Saving a copy…"))

    # --- background work with progress and cancel ----------------------------------------
    def _run(self, task: Task, label: str) -> Task:
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 1000, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(task.cancel)
        task.progress.connect(self._on_progress)
        task.finished.connect(self._done)
        task.failed.connect(self._failed)
        self._task, self._progress = task, progress
        task.start()
        return task

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None and total:
            self._progress.setValue(int(done * 1000 / total))

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _done(self, _result: object) -> None:
        self._close_progress()
        self.status.setText(self.tr("Done."))
        self.refresh()

    def _failed(self, error: object) -> None:
        self._close_progress()
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled; nothing was kept."))
        else:
            self.status.setText(str(error))
        self.refresh()

    # --- preview ------------------------------------------------------------------------
    def current(self) -> AttachmentInfo | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _selected(self, row: int, *_args: int) -> None:
        self.image.clear()
        self.text.clear()
        self.preview.setCurrentWidget(self.nothing)
        info = self.current()
        if info is None:
            return
        if info.media_type.startswith("image/") or info.media_type.startswith(TEXT_TYPES):
            try:
                data = self._workspace.preview(self._testimony_id, info.sha256)
            except Exception as exc:
                logs.failed(__name__, "attachment.preview", exc)
                self.nothing.setText(str(exc))
                return
            if info.media_type.startswith("image/"):
                image = QImage.fromData(data)
                if not image.isNull():
                    self.image.setPixmap(QPixmap.fromImage(image))
                    self.preview.setCurrentIndex(1)
            else:
                self.text.setPlainText(data.decode("utf-8", errors="replace"))
                self.preview.setCurrentWidget(self.text)

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self.image.clear()
        self.text.clear()
        super().reject()
