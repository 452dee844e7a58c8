"""The window's Bundles menu: export, trust and receipts (interviewer), import, senders, held
bundles and consent notices (coordinator).

The actions are enabled only while a vault is unlocked. Every dialog is a child of the window,
so locking (which rejects and deletes the window's dialogs, then joins the tasks) closes them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox, QStackedWidget, QWidget

from app import logs
from app.services.exchange import Exchange
from app.services.workspace import Workspace
from app.ui.sync.common import error_text
from app.ui.sync.export_dialog import ExportDialog
from app.ui.sync.held_dialog import HeldBundlesDialog
from app.ui.sync.import_dialog import ImportDialog
from app.ui.sync.notices_dialog import NoticesDialog
from app.ui.sync.receipts_dialog import ReceiptsDialog
from app.ui.sync.senders_dialog import SendersDialog

D = TypeVar("D", bound=QDialog)


class BundleMenu(QObject):
    def __init__(self, window: QWidget, menu: QMenu) -> None:
        super().__init__(menu)  # lives as long as its menu
        self._window = window
        self.menu = menu
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
        menu.aboutToShow.connect(self.update)
        stack = window.centralWidget() if isinstance(window, QMainWindow) else None
        if isinstance(stack, QStackedWidget):  # unlocking and locking change the window's screen
            stack.currentChanged.connect(self.update)
        self.update()

    @property
    def actions(self) -> list[QAction]:
        return [
            self.export_action,
            self.trust_action,
            self.receipts_action,
            self.import_action,
            self.senders_action,
            self.held_action,
            self.notices_action,
        ]

    def _service(self) -> Exchange | None:
        workspace = getattr(self._window, "workspace", None)
        return Exchange(workspace.vault) if isinstance(workspace, Workspace) else None

    def update(self) -> None:
        unlocked = self._service() is not None
        for action in self.actions:
            action.setEnabled(unlocked)

    # --- opening the dialogs ----------------------------------------------------------------
    def _open(
        self, kind: type[D], service: Exchange, setup: Callable[[D], object] | None = None
    ) -> D:
        found = self._window.findChild(kind)
        if found is not None and found.isVisible():
            found.raise_()
            found.activateWindow()
            return found
        make = cast(Callable[[Exchange, QWidget], D], kind)  # each takes (service, parent)
        dialog = make(service, self._window)
        if setup is not None:
            setup(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_export(self) -> ExportDialog | None:
        service = self._service()
        if service is None:
            return None
        try:
            return self._open(ExportDialog, service)
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
        service = self._organisation()
        if service is None:
            return None
        return self._open(
            ImportDialog,
            service,
            lambda d: d.senders_requested.connect(
                lambda: self.open_senders(d.receipt_folder.folder)
            ),
        )

    def open_senders(self, receipts_into: Path | None = None) -> SendersDialog | None:
        """`receipts_into`: the folder the Import dialog writes receipts to, if it has one."""
        service = self._organisation()
        if service is None:
            return None
        return self._open(
            SendersDialog, service, lambda d: d.receipt_folder.set_folder(receipts_into)
        )

    def open_held(self) -> HeldBundlesDialog | None:
        service = self._organisation()
        return None if service is None else self._open(HeldBundlesDialog, service)

    def open_notices(self) -> NoticesDialog | None:
        service = self._organisation()
        return None if service is None else self._open(NoticesDialog, service)

    def open_receipts(self) -> ReceiptsDialog | None:
        service = self._service()
        if service is None:
            return None
        try:
            is_organisation = service.state().is_organisation
        except Exception as exc:
            logs.failed(__name__, "receipts.state", exc)
            self._explain(self.tr("Receipts"), error_text(exc))
            return None
        if is_organisation:
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
        self._keep_unsaved_work()
        try:
            return self._open(
                ReceiptsDialog, service, lambda d: d.purged.connect(self._after_purge)
            )
        except Exception as exc:
            logs.failed(__name__, "receipts.open", exc)
            self._explain(self.tr("Receipts"), error_text(exc))
            return None

    def _keep_unsaved_work(self) -> None:
        """Unsaved edits in the editor become a draft first: a testimony with a draft is never
        offered for deletion, whatever a receipt says."""
        page = getattr(self._window, "editor_page", None)
        if page is not None:
            page.autosave()

    def _after_purge(self, ids: list[str]) -> None:
        """The window must not go on showing what is gone from the vault."""
        page = getattr(self._window, "editor_page", None)
        if page is not None and page.testimony_id in ids:
            self._window.show_list()  # type: ignore[attr-defined]
            return
        listing = getattr(self._window, "list_screen", None)
        if listing is not None:
            listing.refresh()

    def _organisation(self) -> Exchange | None:
        service = self._service()
        if service is None:
            return None
        try:
            is_organisation = service.state().is_organisation
        except Exception as exc:
            logs.failed(__name__, "bundles.state", exc)
            self._explain(self.tr("Bundles"), error_text(exc))
            return None
        if not is_organisation:
            self._explain(
                self.tr("Not an organisation vault"),
                self.tr(
                    "This vault is not an organisation vault. Bundles from interviewers can only "
                    "be imported into the coordinator's vault, which holds the organisation's "
                    "key.\n\nTo make this vault the organisation's, run once, on the "
                    "coordinator's computer:\n\nsviedka org init --name NAME"
                ),
            )
            return None
        return service

    def _explain(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.explanation = box
        box.open()
        return box
