"""The coordinator's decisions on held bundles (the desktop face of `sviedka quarantine ...`):
each held bundle with why it is held, in the coordinator's words, and the testimonies it
concerns by name; keep the archive's version, hand testimonies over, or discard, each after a
confirmation that says what will happen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import logs
from app.services.exchange import BundleOutcome
from app.services.quarantine import HeldBundle, Quarantine
from app.services.shared import EQUIVOCATION, FOREIGN, GAP, REVOKED_SENDER, UNKNOWN
from app.ui.parts import button_row, confirm, error_text, plain_label, read_only
from app.ui.sync.common import TaskDialog
from app.ui.sync.report import BundleReportTable, summary
from app.ui.sync.words import conflict_text, held_reason_text, ref_text, when

CONTEXT = "HeldBundles"
WHY: dict[str, object] = {
    UNKNOWN: QT_TRANSLATE_NOOP(
        "HeldBundles", "From a sender you have not approved: compare the fingerprint in Senders…"
    ),
    REVOKED_SENDER: QT_TRANSLATE_NOOP("HeldBundles", "From a sender you revoked."),
    GAP: QT_TRANSLATE_NOOP("HeldBundles", "Earlier bundles of this sender have not arrived yet."),
    EQUIVOCATION: QT_TRANSLATE_NOOP(
        "HeldBundles", "It gives versions the archive holds with other content: %1."
    ),
    FOREIGN: QT_TRANSLATE_NOOP(
        "HeldBundles", "It brings testimonies another interviewer sent first: %1."
    ),
}
COL_SENDER, COL_SEQUENCE, COL_RECEIVED, COL_WHY = 0, 1, 2, 3


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def why_text(bundle: HeldBundle) -> str:
    """The reason in the coordinator's words, naming the testimonies concerned."""
    if bundle.reason == EQUIVOCATION:
        listed = "; ".join(conflict_text((bundle.name(t), v)) for t, v in bundle.versions)
    else:
        listed = "; ".join(
            QCoreApplication.translate("HeldBundles", "%1 (sender %2)")
            .replace("%1", ref_text(bundle.name(t)))
            .replace("%2", owner)
            for t, owner in bundle.owners
        )
    if bundle.reason in WHY:
        return _tr(WHY[bundle.reason]).replace("%1", listed)
    return held_reason_text(bundle.reason)


class HeldBundlesDialog(TaskDialog):
    def __init__(self, quarantine: Quarantine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("held_bundles")
        self.setWindowTitle(self.tr("Held bundles"))
        self.resize(1000, 600)
        self._quarantine = quarantine
        self._held: list[HeldBundle] = []
        self.confirmation: QMessageBox | None = None
        self.table = read_only(
            QTableWidget(),
            [
                self.tr("Sender"),
                self.tr("Sequence"),
                self.tr("Received"),
                self.tr("Why it is held"),
            ],
            "held",
        )
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(COL_WHY, QHeaderView.ResizeMode.Stretch)
        self.keep_button = QPushButton(self.tr("Keep the archive's version…"))
        self.hand_over_button = QPushButton(self.tr("Hand over…"))
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.empty = plain_label(self.tr("No bundle is held."))
        self.status = plain_label(name="status")
        self.report = BundleReportTable()
        self.report.setMaximumHeight(120)
        self.summary = plain_label(name="summary")
        buttons = button_row(
            self.keep_button,
            self.hand_over_button,
            self.discard_button,
            last=[self.close_button],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Held bundles"), "title"))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Talk to the interviewers before deciding. Whatever you decide, the conflict "
                    "stays on record. Bundles of senders you have not approved are released in "
                    "Senders…, by approving the sender."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.report)
        layout.addWidget(self.summary)
        self.keep_button.clicked.connect(lambda: self.ask("keep"))
        self.hand_over_button.clicked.connect(lambda: self.ask("hand_over"))
        self.discard_button.clicked.connect(lambda: self.ask("discard"))
        self.close_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selected)
        self.report.hide()
        self.summary.hide()
        self.refresh()

    def refresh(self) -> None:
        self._held = self._quarantine.held()
        self.table.setRowCount(len(self._held))
        for index, bundle in enumerate(self._held):
            cells = (
                bundle.sender,
                str(bundle.sequence) if bundle.sequence else "",
                when(bundle.received_at),
                why_text(bundle),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{bundle.reason}: {bundle.detail}" if column == COL_WHY else text)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        if self._held:
            self.table.selectRow(0)
        self.empty.setVisible(not self._held)
        self._selected()

    def current(self) -> HeldBundle | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self._held[row] if 0 <= row < len(self._held) else None

    def _selected(self) -> None:
        bundle, idle = self.current(), not self.runner.running
        conflicts = bundle is not None and bundle.reason in (EQUIVOCATION, FOREIGN)
        self.keep_button.setEnabled(idle and conflicts)
        self.hand_over_button.setEnabled(idle and bundle is not None and bundle.reason == FOREIGN)
        self.discard_button.setEnabled(idle and bundle is not None)
        self.close_button.setEnabled(idle)

    # --- the decisions ------------------------------------------------------------------------
    def ask(self, decision: str) -> QMessageBox | None:
        bundle = self.current()
        if bundle is None:
            return None
        sender = bundle.sender
        texts = {
            "keep": (
                self.tr("Keep the archive's version?"),
                self.tr(
                    "The bundle from %1 is imported, except that each conflicting version keeps "
                    "the archive's content and other interviewers' testimonies are left out."
                ),
                self.tr("Import, keeping the archive's"),
            ),
            "hand_over": (
                self.tr("Hand these testimonies over?"),
                self.tr(
                    "Only if both interviewers confirmed it: from now on only %1 may send new "
                    "versions of the other interviewer's testimonies this bundle brings, and it "
                    "is imported. The audit trail records the hand-over."
                ),
                self.tr("Hand over and import"),
            ),
            "discard": (
                self.tr("Discard this bundle?"),
                self.tr(
                    "The bundle from %1 is deleted unread. Later bundles from this sender will "
                    "wait for the missing one until you approve the sender accepting the gap."
                ),
                self.tr("Discard"),
            ),
        }
        title, text, accept = texts[decision]
        bundle_id = bundle.id
        self.confirmation = confirm(
            self,
            title,
            text.replace("%1", sender),
            accept,
            lambda: self.decide(decision, bundle_id),
        )
        return self.confirmation

    def decide(self, decision: str, bundle_id: str) -> None:
        held = self._quarantine
        if decision == "discard":
            try:
                held.discard(bundle_id)
            except Exception as exc:
                logs.failed(__name__, "held.discard", exc)
                self.status.setText(error_text(exc))
            else:
                self.status.setText(self.tr("Discarded."))
            self.refresh()
            return
        work: Callable[[object], object] = (
            (lambda _progress: held.keep_held(bundle_id))
            if decision == "keep"
            else (lambda _progress: held.hand_over(bundle_id))
        )
        self.status.setText(self.tr("Importing the bundle…"))
        self.report.hide()
        self.summary.hide()
        self.runner.start(work, self._done, self._failed)
        self._selected()

    def _done(self, outcome: object) -> None:
        assert isinstance(outcome, BundleOutcome)  # noqa: S101 - what decide() runs returns
        self.status.setText(self.tr("Done."))
        self.report.show_rows([outcome])
        self.report.show()
        self.summary.setText(summary([outcome]))
        self.summary.show()
        self.refresh()

    def _failed(self, error: object) -> None:
        self.status.setText(error_text(error))
        self.refresh()
