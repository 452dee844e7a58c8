"""The testimony list over the whole vault: live search in any script, the filters a
coordinator cares about (four quick flags, the rest in a Filters panel), sortable columns.
Searches run off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.workspace import Filters, Workspace
from app.ui import settings
from app.ui.privacy import PrivateLine, PrivateNames
from app.ui.workers import Task
from app.ui.workspace.counts import english_count
from app.ui.workspace.filters import FilterPanel
from app.ui.workspace.keys import DownIntoResults
from app.ui.workspace.list_model import (
    COL_DATE,
    COL_FLAGS,
    COL_NAME,
    PAGE,
    SORT_ORDERS,
    TestimonyListModel,
)

SEARCH_DELAY_MS = 300


class ListScreen(QWidget):
    open_requested = Signal(str)  # testimony id
    new_requested = Signal()
    lock_requested = Signal()
    timeline_requested = Signal(str)  # a person's name
    draft_requested = Signal(str)  # the key of an autosaved draft

    def __init__(
        self, workspace: Workspace, lang: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("list_screen")
        self._workspace = workspace
        self._task: Task | None = None
        self._order = ("updated", True)
        self._query: tuple[str, Filters] = ("", Filters())

        self.search_box = PrivateLine()  # a name searched for is not left readable
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(
            self.tr("Search names, places, narrative… in Cyrillic or Latin")
        )
        self.search_box.setClearButtonEnabled(True)
        self.filter_boxes = {
            "incommunicado": QCheckBox(self.tr("Incommunicado now")),
            "humanitarian": QCheckBox(self.tr("Humanitarian criteria")),
            "art411": QCheckBox(self.tr("Art. 411 re-conviction")),
            "in_absentia": QCheckBox(self.tr("Trial in absentia")),
        }
        self.filter_panel = FilterPanel(workspace.vocabulary(), lang or settings.language())
        self.filter_panel.hide()
        self.filters_button = QToolButton()
        self.filters_button.setObjectName("filters")
        self.filters_button.setText(self.tr("More filters…"))
        self.filters_button.setCheckable(True)
        self.filters_button.setToolTip(
            self.tr("Article, place of detention, dates, humanitarian criterion and more")
        )
        self.filters_button.toggled.connect(self.filter_panel.setVisible)
        self.active_filters = QLabel()
        self.active_filters.setObjectName("active_filters")
        self.clear_filters = QToolButton()
        self.clear_filters.setObjectName("clear_filters")
        self.clear_filters.setText(self.tr("Clear"))
        self.clear_filters.setToolTip(self.tr("Show every testimony again"))
        self.clear_filters.clicked.connect(self.clear_all_filters)
        self.new_button = QPushButton(self.tr("New testimony"))
        self.new_button.setObjectName("new")
        self.new_button.setToolTip(self.tr("Record a new testimony (Ctrl+N)"))
        self.timeline_button = QPushButton(self.tr("Person timeline"))
        self.timeline_button.setObjectName("timeline")
        self.timeline_button.setToolTip(
            self.tr("Every arrest, trial and incident of one person across all testimonies")
        )
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("lock")
        self.lock_button.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.status = QLabel()
        self.status.setObjectName("status")
        # Work that was autosaved but never saved (locked, closed, crashed): offer it back.
        self.drafts_button = QPushButton()
        self.drafts_button.setObjectName("drafts")
        self._drafts = workspace.drafts()
        self.drafts_button.setVisible(bool(self._drafts))
        self.drafts_button.setText(
            english_count(
                self.tr("Resume unsaved work (%n draft(s))", "", len(self._drafts)),
                len(self._drafts),
            )
        )
        self.drafts_button.clicked.connect(self._resume_draft)

        self.model = TestimonyListModel()
        self.table = QTableView()
        self.table.setObjectName("testimonies")
        # Drawn through the privacy screen: names masked while it is on (app/ui/privacy.py).
        PrivateNames(self.model, self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_FLAGS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_NAME, 380)
        self.table.setColumnWidth(COL_DATE, 110)
        self.table.setWordWrap(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # newest first, no column
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort)

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.timeline_button)
        top.addWidget(self.lock_button)
        filters = QHBoxLayout()
        for box in self.filter_boxes.values():
            filters.addWidget(box)
            box.toggled.connect(self.refresh)
        filters.addWidget(self.filters_button)
        filters.addSpacing(12)
        filters.addWidget(self.active_filters)
        filters.addWidget(self.clear_filters)
        filters.addStretch(1)
        filters.addWidget(self.drafts_button)
        filters.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.filter_panel)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(self._debounce.start)
        self.filter_panel.changed.connect(self._debounce.start)
        self.table.activated.connect(self._activated)
        self.new_button.clicked.connect(self.new_requested)
        self.timeline_button.clicked.connect(self._ask_timeline)
        self.lock_button.clicked.connect(self.lock_requested)
        new = QShortcut(QKeySequence("Ctrl+N"), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_requested)
        self.search_box.installEventFilter(DownIntoResults(self.table))
        self.refresh()

    def filter_pairs(self) -> list[str]:
        quick = [f"{key}=yes" for key, box in self.filter_boxes.items() if box.isChecked()]
        return quick + self.filter_panel.pairs()

    def filters(self) -> Filters:
        return Filters.parse(self.filter_pairs())

    def clear_all_filters(self) -> None:
        for box in self.filter_boxes.values():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.filter_panel.clear()
        self.refresh()

    def _show_active(self) -> None:
        active = len(self.filter_pairs())
        self.active_filters.setText(self.tr("Active filters: %1").replace("%1", str(active)))
        self.active_filters.setVisible(active > 0)
        self.clear_filters.setVisible(active > 0)

    def refresh(self) -> None:
        self._debounce.stop()
        self._show_active()
        query = self.search_box.text().strip()
        filters = self.filters()
        if not query and filters == Filters():
            order, descending = self._order
            workspace = self._workspace
            self.model.set_source(
                lambda offset, limit: workspace.page(offset, limit, order, descending)
            )
            count = self._workspace.count()
            self.status.setText(english_count(self.tr("%n testimonies", "", count), count))
            return
        if self._task is not None:
            self._task.cancel()
        workspace = self._workspace
        task = Task(lambda _progress: workspace.search(query, filters, 0, PAGE))
        self._task = task
        self._query = (query, filters)
        self.status.setText(self.tr("Searching…"))
        # Bound methods, not closures over self: PySide holds those weakly, so a finished
        # task never keeps a deleted screen alive.
        task.finished.connect(self._search_done)
        task.failed.connect(self._search_failed)
        task.start()

    def _search_done(self, rows: object) -> None:
        if self.sender() is not self._task:
            return  # an older search finished after a newer one started
        query, filters = self._query
        workspace = self._workspace
        page = list(rows) if isinstance(rows, list) else []
        self.model.set_source(
            lambda offset, limit: workspace.search(query, filters, offset, limit), page
        )
        more = "+" if len(page) == PAGE else ""
        self.status.setText(self.tr("%1%2 found").replace("%1", str(len(page))).replace("%2", more))

    def _search_failed(self, _error: object) -> None:
        self.status.setText(self.tr("Search failed."))

    def _resume_draft(self) -> None:
        if self._drafts:
            self.draft_requested.emit(self._drafts[0].key)

    def _activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.row_id(index.row()))

    def _ask_timeline(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        suggestion = self.model.row_name(selected[0].row()) if selected else ""
        name, ok = QInputDialog.getText(
            self, self.tr("Person timeline"), self.tr("Name, in any script:"), text=suggestion
        )
        if ok and name.strip():
            self.timeline_requested.emit(name.strip())

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if column in SORT_ORDERS:
            self._order = (SORT_ORDERS[column], order == Qt.SortOrder.DescendingOrder)
            self.refresh()

    def release(self) -> None:
        """Drop everything that held testimony (called when locking)."""
        if self._task is not None:
            self._task.cancel()
        self.model.clear()
        self.search_box.clear()
