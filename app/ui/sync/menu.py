"""The window's Bundles menu: export, trust and receipts (interviewer), import, senders, held
bundles and consent notices (coordinator only: greyed out, with the reason as a tooltip, in an
interviewer's vault).

The menu serves one application session at a time: `start(session)` at unlock, `end()` at
lock. Every dialog is a child of the window and is given the session's services, so locking
(which rejects and deletes the window's dialogs, then joins the tasks) closes them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from app import logs
from app.ui.parts import error_text, explain
from app.ui.session import AppSession
from app.ui.sync.export_dialog import ExportDialog
from app.ui.sync.held_dialog import HeldBundlesDialog
from app.ui.sync.import_dialog import ImportDialog
from app.ui.sync.notices_dialog import NoticesDialog
from app.ui.sync.receipts_dialog import ReceiptsDialog
from app.ui.sync.senders_dialog import SendersDialog

D = TypeVar("D", bound=QDialog)


class BundleMenu(QObject):
    def __init__(
        self,
        window: QWidget,
        menu: QMenu,
        keep_unsaved_work: Callable[[], None],
        forget: Callable[[list[str]], None],
    ) -> None:
        """`keep_unsaved_work`: the open editor's edits become a draft; `forget(ids)`: the
        window stops showing testimonies deleted from the vault."""
        super().__init__(menu)  # lives as long as its menu
        self._window = window
        self._keep_unsaved_work = keep_unsaved_work
        self._forget = forget
        self._session: AppSession | None = None
        self.menu = menu
        menu.setToolTipsVisible(True)
        self.explanation: QMessageBox | None = None  # the last "why not" shown
        self.export_action = menu.addAction(self.tr("Export for the organisation…"))
        self.trust_action = menu.addAction(self.tr("Trust an organisation card…"))
        self.receipts_action = menu.addAction(self.tr("Receipts from the organisation…"))
        menu.addSeparator()
        self.import_action = menu.addAction(self.tr("Import bundles…"))
        self.senders_action = menu.addAction(self.tr("Senders…"))
        self.held_action = menu.addAction(self.tr("Held bundles…"))
        self.notices_action = menu.addAction(self.tr("Consent notices…"))
        self.export_action.triggered.connect(self.open_export)
        self.trust_action.triggered.connect(self.open_trust)
        self.receipts_action.triggered.connect(self.open_receipts)
        self.import_action.triggered.connect(self.open_import)
        self.senders_action.triggered.connect(lambda: self.open_senders())
        self.held_action.triggered.connect(self.open_held)
        self.notices_action.triggered.connect(self.open_notices)
        self.end()

    @property
    def actions(self) -> list[QAction]:
        return [*self.interviewer_actions, *self.coordinator_actions]

    @property
    def interviewer_actions(self) -> list[QAction]:
        return [self.export_action, self.trust_action, self.receipts_action]

    @property
    def coordinator_actions(self) -> list[QAction]:
        return [self.import_action, self.senders_action, self.held_action, self.notices_action]

    # --- the session ----------------------------------------------------------------------
    def start(self, session: AppSession) -> None:
        self._session = session
        for action in self.interviewer_actions:
            action.setEnabled(True)
        why_not = (
            ""
            if session.is_coordinator
            else self.tr(
                "Only in the coordinator's vault, which holds the organisation's key. To make "
                "a vault the organisation's, run once, on the coordinator's computer: "
                "sviedka org init --name NAME"
            )
        )
        for action in self.coordinator_actions:
            action.setEnabled(session.is_coordinator)
            action.setToolTip(why_not)

    def end(self) -> None:
        self._session = None
        for action in self.actions:
            action.setEnabled(False)

    # --- opening the dialogs ----------------------------------------------------------------
    def _open(self, kind: type[D], build: Callable[[QWidget], D]) -> D:
        """The dialog of this kind already open, raised, or a new one built on the window."""
        found = self._window.findChild(kind)
        if found is not None and found.isVisible():
            found.raise_()
            found.activateWindow()
            return found
        dialog = build(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _coordinator(self) -> AppSession | None:
        session = self._session
        return session if session is not None and session.is_coordinator else None

    def open_export(self) -> ExportDialog | None:
        if self._session is None:
            return None
        exchange = self._session.exchange
        try:
            return self._open(ExportDialog, lambda parent: ExportDialog(exchange, parent))
        except Exception as exc:
            logs.failed(__name__, "export.open", exc)
            self._explain(self.tr("Export"), error_text(exc))
            return None

    def open_trust(self) -> ExportDialog | None:
        dialog = self.open_export()
        if dialog is not None:
            dialog.truster.choose()
        return dialog

    def open_import(self) -> ImportDialog | None:
        session = self._coordinator()
        if session is None:
            return None

        def build(parent: QWidget) -> ImportDialog:
            dialog = ImportDialog(session.exchange, parent)
            dialog.senders_requested.connect(
                lambda: self.open_senders(dialog.receipt_folder.folder)
            )
            return dialog

        return self._open(ImportDialog, build)

    def open_senders(self, receipts_into: Path | None = None) -> SendersDialog | None:
        """`receipts_into`: the folder the Import dialog writes receipts to, if it has one."""
        session = self._coordinator()
        if session is None:
            return None

        def build(parent: QWidget) -> SendersDialog:
            dialog = SendersDialog(session.exchange, parent)
            dialog.receipt_folder.set_folder(receipts_into)
            return dialog

        return self._open(SendersDialog, build)

    def open_held(self) -> HeldBundlesDialog | None:
        session = self._coordinator()
        if session is None:
            return None
        return self._open(
            HeldBundlesDialog, lambda parent: HeldBundlesDialog(session.quarantine, parent)
        )

    def open_notices(self) -> NoticesDialog | None:
        session = self._coordinator()
        if session is None:
            return None
        return self._open(NoticesDialog, lambda parent: NoticesDialog(session.notices, parent))

    def open_receipts(self) -> ReceiptsDialog | None:
        session = self._session
        if session is None:
            return None
        if session.is_coordinator:
            self._explain(
                self.tr("This is the organisation's vault"),
                self.tr(
                    "Receipts are read on the interviewers' laptops: they tell an interviewer "
                    "which testimonies the organisation holds, so they can be deleted there."
                    "\n\nHere you write them: in Import bundles… or Senders…, choose “Write "
                    "receipts for the senders into…” before importing, and give the files back "
                    "to the interviewers the way their bundles came."
                ),
            )
            return None
        # Unsaved edits in the editor become a draft first: a testimony with a draft is never
        # offered for deletion, whatever a receipt says.
        self._keep_unsaved_work()

        def build(parent: QWidget) -> ReceiptsDialog:
            dialog = ReceiptsDialog(session.exchange, parent)
            dialog.purged.connect(self._forget)
            return dialog

        try:
            return self._open(ReceiptsDialog, build)
        except Exception as exc:
            logs.failed(__name__, "receipts.open", exc)
            self._explain(self.tr("Receipts"), error_text(exc))
            return None

    def _explain(self, title: str, text: str) -> QMessageBox:
        self.explanation = explain(self._window, title, text)
        return self.explanation
