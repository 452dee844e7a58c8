"""The Share dialog: hand testimonies over under consent, from the desktop.

The coordinator chooses who the file is for (the scope) and its format, and sees, before
anything is written, how many people the file would name, show only as a case code or leave
out, and why, counted by the same plan the file is written from (app.services.share.preview).
The file is written in the background with progress; the warning that it leaves the vault's
protection stays in sight the whole time. A scope nobody consented to is an answer, not an
error: the dialog says so and still lets the (empty) file be written and recorded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.share import (
    BY_ACTS,
    BY_ACTS_FORMATS,
    BY_PERSONS,
    FORMATS,
    SCOPES,
    NotWritten,
    Preview,
    Shared,
    Writer,
)
from app.services.sharing import Sharing
from app.ui import file_dialogs, parts
from app.ui.share import words
from app.ui.sync.common import TaskDialog
from app.ui.workers import is_cancel
from app.ui.workspace.counts import english_count

LANGUAGES = (("en", "English"), ("be", "Беларуская"), ("ru", "Русский"))
_SUFFIX = {"uwazi": "csv"}


class ShareDialog(TaskDialog):
    def __init__(
        self,
        sharing: Sharing,
        lang: str,
        person_ids: Sequence[str] = (),
        chosen: str = "",
        writers: Mapping[str, Writer] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("share")
        self.setWindowTitle(self.tr("Share under consent"))
        self.setMinimumWidth(640)
        self._sharing = sharing
        self._person_ids = tuple(person_ids)
        self._writers = dict(writers or {})  # formats a face renders (the PDF)
        self.preview: Preview | None = None
        self.written: Shared | None = None

        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        for scope in SCOPES:
            self.scope.addItem(words.scope_title(scope), scope)
        self.format = QComboBox()
        self.format.setObjectName("format")
        for fmt in (*FORMATS, *[f for f in self._writers if f not in FORMATS]):
            self.format.addItem(words.format_title(fmt), fmt)
        self.format.setCurrentIndex(self.format.findData("xlsx"))
        self.by = QComboBox()
        self.by.setObjectName("by")
        self.by.addItem(self.tr("One row per person"), BY_PERSONS)
        self.by.addItem(self.tr("One row per act"), BY_ACTS)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.only = QCheckBox(chosen or self.tr("Only the people chosen"))
        self.only.setObjectName("only")
        self.only.setChecked(bool(self._person_ids))
        self.only.setVisible(bool(self._person_ids))

        self.counts = {
            name: parts.plain_label("…", name)
            for name in ("testimonies", "named", "pseudonymised", "excluded", "withheld")
        }
        self.nobody = parts.plain_label("", "nobody")
        self.why = parts.plain_label("", "why")
        self.outside = parts.plain_label(words.tr(words.OUTSIDE), "warning")
        self.status = parts.plain_label("", "status")
        self.write_button = QPushButton(self.tr("Write the file…"))
        self.write_button.setObjectName("write")
        self.write_button.clicked.connect(self.choose_file)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        choices = QFormLayout()
        choices.addRow(self.tr("For"), self.scope)
        choices.addRow(self.tr("Format"), self.format)
        choices.addRow(self.tr("Rows"), self.by)
        choices.addRow(self.tr("Labels in"), self.language)
        choices.addRow("", self.only)
        counted = QFormLayout()
        counted.addRow(self.tr("Testimonies that would leave"), self.counts["testimonies"])
        counted.addRow(self.tr("People named"), self.counts["named"])
        counted.addRow(self.tr("People only as a case code"), self.counts["pseudonymised"])
        counted.addRow(self.tr("People left out"), self.counts["excluded"])
        counted.addRow(self.tr("Testimonies kept back whole"), self.counts["withheld"])
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(parts.plain_label(self.tr("Before writing:"), "heading"))
        layout.addLayout(counted)
        layout.addWidget(self.nobody)
        layout.addWidget(self.why)
        layout.addWidget(self.outside)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addLayout(parts.button_row(last=[self.write_button, self.close_button]))

        self.scope.currentIndexChanged.connect(self.refresh)
        self.only.toggled.connect(self.refresh)
        self.format.currentIndexChanged.connect(self._format_chosen)
        self._format_chosen()
        self.refresh()

    # --- what is asked --------------------------------------------------------------------
    def chosen_scope(self) -> str:
        return str(self.scope.currentData())

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def chosen_people(self) -> tuple[str, ...]:
        return self._person_ids if self.only.isChecked() else ()

    def choose(self, scope: str, fmt: str | None = None, by: str | None = None) -> None:
        """Set the scope (and format, rows): what a person does with the lists."""
        if fmt is not None:
            self.format.setCurrentIndex(self.format.findData(fmt))
        if by is not None:
            self.by.setCurrentIndex(self.by.findData(by))
        self.scope.setCurrentIndex(self.scope.findData(scope))

    def _format_chosen(self) -> None:
        tables = self.chosen_format() in BY_ACTS_FORMATS
        if not tables:
            self.by.setCurrentIndex(self.by.findData(BY_PERSONS))
        self.by.setEnabled(tables)
        self.by.setToolTip("" if tables else self.tr("One row per act is for CSV and xlsx."))

    # --- the preview ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Count again for the scope and people chosen (a count still running is dropped)."""
        if self.runner.running and self.preview is not None:
            return  # the file is being written: its choices are fixed until it is done
        self.runner.detach()
        self.preview = None
        for label in self.counts.values():
            label.setText("…")
        self.nobody.setText("")
        self.nobody.hide()  # shown only when it has something to say
        self.why.setText("")
        self.status.setText(self.tr("Counting what consent allows…"))
        sharing, scope, people = self._sharing, self.chosen_scope(), self.chosen_people()
        self.runner.start(
            lambda progress: sharing.preview(scope, people, progress),
            self._counted,
            self._failed,
        )
        self._enable()

    def _counted(self, found: object) -> None:
        assert isinstance(found, Preview)  # noqa: S101 - what Sharing.preview returns
        self.preview = found
        values = (found.testimonies, found.named, found.pseudonymised, found.excluded)
        for name, value in zip(("testimonies", "named", "pseudonymised", "excluded"), values,
                               strict=True):  # fmt: skip
            self.counts[name].setText(str(value))
        self.counts["withheld"].setText(str(sum(found.withheld.values())))
        if found.testimonies == 0:
            self.nobody.setText(
                self.tr("Nobody consented to this use: the file would hold no one.")
            )
            self.nobody.show()
        self.why.setText("\n".join(words.why_lines(found)))
        self.status.setText("")
        self._enable()

    # --- writing --------------------------------------------------------------------------
    def choose_file(self) -> None:
        fmt = self.chosen_format()
        suffix = _SUFFIX.get(fmt, fmt)
        path = file_dialogs.save_file(
            self,
            self.tr("Write the hand-over to"),
            f"sviedka-{self.chosen_scope()}.{suffix}",
            f"{words.format_title(fmt)} (*.{suffix})",
        )
        if path is not None and self.isVisible():
            self.write_to(path)

    def write_to(self, path: Path) -> None:
        if self.runner.running:
            return
        sharing, scope, fmt, people = (
            self._sharing, self.chosen_scope(), self.chosen_format(), self.chosen_people()
        )  # fmt: skip
        lang, by = str(self.language.currentData()), str(self.by.currentData())
        writer = self._writers.get(fmt)
        self.written = None
        self.status.setText(self.tr("Writing %1…").replace("%1", str(path)))
        self.runner.start(
            lambda progress: sharing.share(scope, fmt, path, people, lang, by, progress, writer),
            self._written,
            self._failed,
        )
        self._enable()

    def _written(self, done: object) -> None:
        assert isinstance(done, Shared)  # noqa: S101 - what Sharing.share returns
        self.written = done
        if done.empty:
            text = self.tr("Nobody consented to this use: wrote %1 with no one in it.")
        else:
            text = english_count(
                self.tr(
                    "Wrote %1: %2 testimonies; people named: %3, only as a case code: %4, "
                    "left out: %5."
                ),
                done.testimonies,
            )
        for mark, value in (("%2", done.testimonies), ("%3", done.named),
                            ("%4", done.pseudonymised), ("%5", done.excluded)):  # fmt: skip
            text = text.replace(mark, str(value))
        self.status.setText(text.replace("%1", done.path))
        self._enable()

    def _failed(self, error: object) -> None:
        if isinstance(error, NotWritten):
            cause = error.__cause__
            why = cause.strerror if isinstance(cause, OSError) and cause.strerror else ""
            self.status.setText(
                self.tr("The file could not be written (%1); nothing was written.").replace(
                    "%1", why or type(cause).__name__
                )
            )
        elif is_cancel(error):
            self.status.setText(self.tr("Stopped; nothing was written."))
        else:
            self.status.setText(parts.error_text(error))
        self._enable()

    def _enable(self) -> None:
        idle = not self.runner.running
        for widget in (self.scope, self.only, self.format, self.language):
            widget.setEnabled(idle)
        self.by.setEnabled(idle and self.chosen_format() in BY_ACTS_FORMATS)
        self.write_button.setEnabled(idle and self.preview is not None)
