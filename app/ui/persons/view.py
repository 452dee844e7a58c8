"""The Persons view: the archive's people counted once, the pairs that may be one person,
and a coordinator's merge and separation (each asked first, Cancel the default; each
recorded in the audit trail by the service). An interviewer's vault shows the same people
and suggestions; merging and separating are a coordinator's, greyed here with the reason."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.vocabulary import VocabularySet
from app.services.archive_view import Archive, PeopleSnapshot
from app.ui import parts, privacy
from app.ui.persons.file_dialog import open_file
from app.ui.persons.model import NAME, ROLE_ID, PersonsModel, display_name
from app.ui.persons.reasons import reasons_text
from app.ui.persons.timeline import open_timeline
from app.ui.privacy import PrivateItem, PrivateLine, PrivateNames
from app.ui.workers import TaskRunner, progress_bar
from app.ui.workspace.counts import english_count

COORDINATOR_ONLY = QT_TRANSLATE_NOOP(
    "PersonsView", "Only a coordinator's vault decides who is the same person."
)


class PersonsView(QWidget):
    share_requested = Signal()  # hand over the selected person (the window opens the dialog)

    def __init__(
        self,
        archive: Archive,
        coordinator: bool,
        vocabulary: VocabularySet,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("persons")
        self._archive = archive
        self._coordinator = coordinator
        self._vocabulary, self._lang = vocabulary, lang
        self._snapshot = PeopleSnapshot((), {}, ())
        self.model = PersonsModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortLocaleAware(True)  # І, Ў and Latin names among the others

        self.filter_box = PrivateLine()
        self.filter_box.setObjectName("filter")
        self.filter_box.setPlaceholderText(self.tr("Show only persons whose row contains…"))
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("people")
        PrivateNames(self.proxy, self.table)  # names masked while the privacy screen is on
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.show_timeline())
        self.count = parts.plain_label(name="count")

        self.timeline_button = QPushButton(self.tr("Timeline"))
        self.timeline_button.clicked.connect(self.show_timeline)
        self.file_button = QPushButton(self.tr("Facts and sources…"))
        self.file_button.setObjectName("file")
        self.file_button.clicked.connect(self.show_file)
        self.share_button = QPushButton(self.tr("Share…"))
        self.share_button.setObjectName("share")
        self.share_button.clicked.connect(
            lambda: self.share_requested.emit() if self.selected_person() else None
        )
        self.separate_button = QPushButton(self.tr("Separate…"))
        self.separate_button.setObjectName("separate")
        self.separate_button.clicked.connect(self.ask_separate)

        self.suggestions = parts.read_only(
            QTableWidget(0, 4),
            [self.tr("Person"), self.tr("May be the same as"), self.tr("Score"), self.tr("Why")],
            "suggestions",
        )
        self.suggestions.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.suggestions.setWordWrap(True)
        privacy.follow(self.suggestions)
        self.merge_button = QPushButton(self.tr("Same person…"))
        self.merge_button.setObjectName("merge")
        self.merge_button.clicked.connect(self.ask_merge)
        self.decided = parts.plain_label(name="decided")

        for button in (self.separate_button, self.merge_button):
            if not coordinator:
                button.setEnabled(False)
                button.setToolTip(self.tr(str(COORDINATOR_ONLY)))
        self.bar = progress_bar()
        self.runner = TaskRunner(self.bar, self)

        people = QWidget()
        top = QVBoxLayout(people)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_box)
        top.addWidget(self.table, 1)
        top.addLayout(
            parts.button_row(
                self.count,
                last=[
                    self.file_button,
                    self.timeline_button,
                    self.share_button,
                    self.separate_button,
                ],
            )
        )
        review = QWidget()
        bottom = QVBoxLayout(review)
        bottom.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(
            self.tr("To review: pairs that may be one person (nothing is merged by itself)")
        )
        heading.setObjectName("heading")
        bottom.addWidget(heading)
        bottom.addWidget(self.suggestions, 1)
        row = parts.button_row(self.decided, last=[self.merge_button])
        if not coordinator:
            row.insertWidget(0, parts.plain_label(self.tr(str(COORDINATOR_ONLY)), "why_greyed"))
        bottom.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(people)
        split.addWidget(review)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.bar)
        self.refresh()

    # --- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        archive = self._archive
        self.count.setText(self.tr("Reading the archive…"))
        self.runner.start(lambda _p: archive.snapshot(), self._show, self._failed)

    def _show(self, snapshot: object) -> None:
        assert isinstance(snapshot, PeopleSnapshot)  # noqa: S101 - the task above returns one
        self._snapshot = snapshot
        self.model.show(snapshot)
        count = len(snapshot.people)
        self.count.setText(english_count(self.tr("%n person(s)", "", count), count))
        self.suggestions.setRowCount(len(snapshot.suggestions))
        for row, pair in enumerate(snapshot.suggestions):
            cells = (
                self._name(pair.a),
                self._name(pair.b),
                f"{pair.score:.2f}",
                reasons_text(pair.reasons),
            )
            why = reasons_text(pair.reasons, privacy.mask)  # quoted given names masked
            for column, text in enumerate(cells):
                item: QTableWidgetItem
                if column < 2:
                    item = PrivateItem(text)
                elif column == 3:
                    item = PrivateItem(text, why)
                else:
                    item = QTableWidgetItem(text)
                item.setData(ROLE_ID, (pair.a, pair.b))
                self.suggestions.setItem(row, column, item)
        self.suggestions.resizeRowsToContents()

    def _failed(self, error: object) -> None:
        self.count.setText(parts.error_text(error))

    def _name(self, person_id: str) -> str:
        person = self._snapshot.person(person_id)
        if person is None:
            return person_id
        born = f" ({person.birth_date})" if person.birth_date else ""
        return display_name(person) + born

    def release(self) -> None:
        """Locking: forget every name shown."""
        self.runner.detach()
        self.model.clear()
        self.suggestions.setRowCount(0)
        self._snapshot = PeopleSnapshot((), {}, ())

    # --- what is selected ---------------------------------------------------------------
    def selected_person(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(rows[0].data(ROLE_ID))

    def selected_pair(self) -> tuple[str, str] | None:
        row = self.suggestions.currentRow()
        item = self.suggestions.item(row, 0) if row >= 0 else None
        return None if item is None else tuple(item.data(ROLE_ID))

    # --- timeline, merge, separate ----------------------------------------------------------
    def show_timeline(self) -> None:
        # Dialogs are this view's children: locking rejects and deletes them (MainWindow.lock).
        person = self.selected_person()
        if person is not None:
            open_timeline(
                self, self._archive, self._vocabulary, person, self._name(person), self._lang
            )
        else:
            self.decided.setText(self.tr("Choose a person in the list first."))

    def show_file(self) -> None:
        person = self.selected_person()
        if person is not None:
            open_file(self, self._archive, self._vocabulary, person, self._lang)
        else:
            self.decided.setText(self.tr("Choose a person in the list first."))

    def ask_merge(self) -> None:
        pair = self.selected_pair()
        if pair is None:
            self.decided.setText(self.tr("Choose a pair to review first."))
            return
        a, b = pair
        parts.confirm(
            self,
            self.tr("Same person"),
            self.tr("Record that %1 and %2 are the same person?")
            .replace("%1", "\u2068" + privacy.shown(self._name(a)) + "\u2069")
            .replace("%2", "\u2068" + privacy.shown(self._name(b)) + "\u2069"),
            self.tr("Record as one person"),
            lambda: self.merge(a, b),
            self.tr(
                "Their testimonies and facts will be counted as one person. The decision is "
                "recorded in the audit trail and can be undone with Separate."
            ),
        )

    def merge(self, survivor: str, absorbed: str) -> None:
        archive = self._archive
        self.runner.start(
            lambda _p: archive.merge(survivor, absorbed), self._merged, self._merge_refused
        )

    def _merged(self, survivor: object) -> None:
        self.decided.setText(self.tr("Recorded as one person."))
        self.refresh()

    def ask_separate(self) -> None:
        person = self.selected_person()
        if person is None:
            self.decided.setText(self.tr("Choose a person in the list first."))
            return
        parts.confirm(
            self,
            self.tr("Separate"),
            self.tr("Undo the latest merge of %1?").replace(
                "%1", "\u2068" + privacy.shown(self._name(person)) + "\u2069"
            ),
            self.tr("Separate"),
            lambda: self.separate(person),
            self.tr("The person merged last becomes a person of its own again (audited)."),
        )

    def separate(self, person: str) -> None:
        archive = self._archive
        self.runner.start(
            lambda _p: archive.separate(person), self._separated, self._separate_refused
        )

    def _separated(self, _result: object) -> None:
        self.decided.setText(self.tr("Separated: two persons again."))
        self.refresh()

    def _merge_refused(self, error: object) -> None:
        self._refused(error, self.tr("Nothing was changed: the two are already one person."))

    def _separate_refused(self, error: object) -> None:
        self._refused(error, self.tr("Nothing was changed: this person was not merged."))

    def _refused(self, error: object, expected: str) -> None:
        from app.services.archive_view import CannotMerge

        self.decided.setText(
            expected if isinstance(error, CannotMerge) else parts.error_text(error)
        )
