"""The Figures view: the source paper's tables, counted in persons (each once), with a bar
chart of the same numbers. A number is a button to the people behind it. A chart leaves as
PNG or SVG, a table as CSV, each written whole (temp file, rename) and readable by its owner
only; the view says plainly that a saved file is outside the vault's protection."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.archive_view import Archive
from app.services.figures_view import MonthCount
from app.services.reports import BadReport, Report
from app.ui import file_dialogs, parts
from app.ui.figures.chart import BarChart
from app.ui.figures.people import PeopleDialog
from app.ui.figures.words import (
    BY_LABELS,
    DEFAULT_BY,
    FIGURE_TITLES,
    MONTHLY,
    figure_title,
    group_label,
    tr,
)
from app.ui.workers import TaskRunner, progress_bar
from app.ui.workspace.counts import english_count

KEY = Qt.ItemDataRole.UserRole + 1
TOTAL = None  # the key of the total row


class FiguresView(QWidget):
    share_requested = Signal(list)  # the people behind a number, to hand over (the window)

    def __init__(self, archive: Archive, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figures")
        self._archive = archive
        self._lang = lang
        self._rows: list[tuple[str | None, str, int]] = []  # key, label, count
        self._monthly: list[MonthCount] = []
        self._dialog: PeopleDialog | None = None

        self.figure = QComboBox()
        self.figure.setObjectName("figure")
        for name in FIGURE_TITLES:
            self.figure.addItem(figure_title(name), name)
        self.by = QComboBox()
        self.by.setObjectName("by")
        for key, label in BY_LABELS.items():
            self.by.addItem(tr(label), key)
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setObjectName("as_of")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout()
        form.addRow(self.tr("&Figure"), self.figure)
        form.addRow(self.tr("&Grouped by"), self.by)
        form.addRow(self.tr("&As of"), self.as_of)

        self.total = parts.plain_label(name="total")
        self.table = parts.read_only(
            QTableWidget(0, 2), [self.tr("Group"), self.tr("Persons")], "groups"
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(
            self.tr("Click a number, or press Enter on it, to see who it counts.")
        )
        self.table.cellClicked.connect(self._clicked)
        self.table.cellActivated.connect(self._clicked)
        self.chart = BarChart()

        self.save_png = QPushButton(self.tr("Save chart as PNG…"))
        self.save_svg = QPushButton(self.tr("Save chart as SVG…"))
        self.save_csv = QPushButton(self.tr("Save table as CSV…"))
        self.save_png.clicked.connect(lambda: self._save("png", self.export_png))
        self.save_svg.clicked.connect(lambda: self._save("svg", self.export_svg))
        self.save_csv.clicked.connect(lambda: self._save("csv", self.export_csv))
        self.outside = parts.plain_label(
            self.tr(
                "A saved file is outside the vault's protection: it is not encrypted, and "
                "anyone with this computer or the folder can read it. Keep it only as long "
                "as you need it."
            ),
            "outside",
        )
        self.saved = parts.plain_label(name="saved")
        self.bar = progress_bar()
        self.runner = TaskRunner(self.bar, self)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.total)
        column.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(parts.button_row(self.save_png, self.save_svg, self.save_csv))
        layout.addWidget(self.outside)
        layout.addWidget(self.saved)
        layout.addWidget(self.bar)

        self.figure.currentIndexChanged.connect(self._figure_chosen)
        self.by.currentIndexChanged.connect(self.refresh)
        self.as_of.dateChanged.connect(self.refresh)
        self._figure_chosen()

    # --- what is asked --------------------------------------------------------------------
    def figure_name(self) -> str:
        return str(self.figure.currentData())

    def grouping(self) -> str | None:
        return str(self.by.currentData()) or None

    def day(self) -> str:
        return self.as_of.date().toString("yyyy-MM-dd")

    def choose(self, figure: str, by: str | None = None) -> None:
        """Show ``figure`` grouped by ``by`` (the paper's grouping when None)."""
        self.figure.blockSignals(True)
        self.figure.setCurrentIndex(self.figure.findData(figure))
        self.figure.blockSignals(False)
        self._figure_chosen(by)

    def _figure_chosen(self, by: object = None) -> None:
        figure = self.figure_name()
        self.by.blockSignals(True)
        self.by.setEnabled(figure != MONTHLY)
        wanted = by if isinstance(by, str) else DEFAULT_BY.get(figure, "")
        self.by.setCurrentIndex(max(0, self.by.findData(wanted)))
        self.by.blockSignals(False)
        self.refresh()

    # --- counting -------------------------------------------------------------------------
    def refresh(self) -> None:
        archive, figure, by, day, lang = (
            self._archive,
            self.figure_name(),
            self.grouping(),
            self.day(),
            self._lang,
        )
        if self.runner.running:
            self.runner.detach()  # a late answer to an older question must not be shown
        self.total.setText(self.tr("Counting…"))
        if figure == MONTHLY:
            self.runner.start(lambda _p: archive.by_month(), self._show_monthly, self._failed)
        else:
            self.runner.start(
                lambda _p: archive.report(figure, by, lang, day), self._show_report, self._failed
            )

    def _show_report(self, found: object) -> None:
        assert isinstance(found, Report)  # noqa: S101 - the task above returns one
        self._monthly = []
        self._rows = [(TOTAL, self.tr("All persons counted"), found.total)]
        self._rows += [
            (g.key, group_label(g.key, g.label, found.by or ""), g.count) for g in found.groups
        ]
        self.total.setText(
            english_count(
                self.tr("%1: %2 persons as of %3")
                .replace("%1", figure_title(found.figure))
                .replace("%2", str(found.total))
                .replace("%3", found.as_of),
                found.total,
            )
        )
        self._fill([(label, str(count)) for _key, label, count in self._rows], [self.tr("Persons")])
        groups = self._rows[1:]
        self.chart.show_bars(
            figure_title(found.figure),
            [label for _k, label, _n in groups],
            [[n for *_, n in groups]],
        )

    def _show_monthly(self, months: object) -> None:
        self._monthly = list(months) if isinstance(months, list) else []
        self._rows = []
        self.total.setText(figure_title(MONTHLY))
        arrests, releases = self.tr("Arrested"), self.tr("Released")
        self._fill(
            [
                (group_label(m.month, m.month), str(m.arrests), str(m.releases))
                for m in self._monthly
            ],
            [arrests, releases],
        )
        self.chart.show_bars(
            figure_title(MONTHLY),
            [group_label(m.month, m.month) for m in self._monthly],
            [[m.arrests for m in self._monthly], [m.releases for m in self._monthly]],
            [arrests, releases],
        )

    def _fill(self, rows: list[tuple[str, ...]], counts: list[str]) -> None:
        self.table.clear()
        self.table.setColumnCount(1 + len(counts))
        self.table.setHorizontalHeaderLabels([self.tr("Group"), *counts])
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    if text != "0":
                        item.setToolTip(self.tr("Click to see who is counted here"))
                        font = item.font()
                        font.setUnderline(True)
                        item.setFont(font)
                self.table.setItem(row, column, item)

    def _failed(self, error: object) -> None:
        if isinstance(error, BadReport):  # the core's sentence names command-line flags
            self.total.setText(self.tr("This figure cannot be grouped that way; choose another."))
        else:
            self.total.setText(parts.error_text(error))

    def release(self) -> None:
        """Locking: drop every count and name shown."""
        self.runner.detach()
        self.table.setRowCount(0)
        self._rows, self._monthly = [], []

    # --- the people behind a number -------------------------------------------------------
    def _clicked(self, row: int, column: int) -> None:
        if column == 0:
            return
        if self._monthly and row < len(self._monthly):
            self.show_monthly_people(row, "arrests" if column == 1 else "releases")
        elif row < len(self._rows):
            self.show_people(row)

    def show_monthly_people(self, row: int, kind: str) -> None:
        month = self._monthly[row]
        count = month.arrests if kind == "arrests" else month.releases
        what = self.tr("Arrested") if kind == "arrests" else self.tr("Released")
        heading = english_count(
            self.tr("%1 — %2: %3 persons")
            .replace("%1", what)
            .replace("%2", group_label(month.month, month.month))
            .replace("%3", str(count)),
            count,
        )
        archive = self._archive
        self.runner.start(
            lambda _p: archive.monthly_people(kind, month.month),
            lambda people: self._open_people(heading, people),
            self._failed,
        )

    def show_people(self, row: int) -> None:
        key, label, count = self._rows[row]
        archive, figure, by, day = self._archive, self.figure_name(), self.grouping(), self.day()
        heading = english_count(
            self.tr("%1 — %2: %3 persons")
            .replace("%1", figure_title(figure))
            .replace("%2", label)
            .replace("%3", str(count)),
            count,
        )
        self.runner.start(
            lambda _p: archive.people_behind(figure, by, key, day),
            lambda people: self._open_people(heading, people),
            self._failed,
        )

    def _open_people(self, heading: str, people: object) -> None:
        dialog = PeopleDialog(heading, list(people) if isinstance(people, list) else [], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.share_requested.connect(self.share_requested)
        self._dialog = dialog
        dialog.open()

    # --- saving outside the vault ---------------------------------------------------------
    def table_csv(self) -> bytes:
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        if self._monthly:
            writer.writerow(["month", "arrested", "released"])
            for m in self._monthly:
                writer.writerow([m.month, m.arrests, m.releases])
        else:
            writer.writerow(["key", "label", "count"])
            for key, label, count in self._rows:
                writer.writerow([key or "", label if key else "total", count])
        return text.getvalue().encode("utf-8")

    def export_csv(self, path: Path) -> None:
        self._archive.save_outside(path, self.table_csv())

    def export_png(self, path: Path) -> None:
        self._archive.save_outside(path, self.chart.png())

    def export_svg(self, path: Path) -> None:
        self._archive.save_outside(path, self.chart.svg())

    def _save(self, suffix: str, write: Callable[[Path], None]) -> None:
        name = f"{self.figure_name()}-{self.grouping() or 'total'}.{suffix}"
        path = file_dialogs.save_file(self, self.tr("Save outside the vault"), name, f"*.{suffix}")
        if path is None:
            return
        try:
            write(path)
        except OSError as error:
            self.saved.setText(parts.error_text(error))
            return
        self.saved.setText(
            self.tr("Saved to %1 — outside the vault, not encrypted.").replace("%1", str(path))
        )
