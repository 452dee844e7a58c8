"""The main window: create or unlock the vault, then the workspace; lock on demand, when
idle, or in a panic. Unlocking starts an application session (app/ui/session.py) whose
services the screens, the Bundles menu and the dialogs are given; locking ends it, closing the
database, and drops every widget and model that held testimony; unlocking starts from the list
again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.ui import i18n, settings
from app.ui.lock.idle import IdleGuard
from app.ui.lock.keys import LockKeys
from app.ui.opening import VaultOpening
from app.ui.opening import no_display_reason as no_display_reason  # app.cli.desktop's import
from app.ui.settings_dialog import change_settings
from app.ui.style import STYLE
from app.ui.view_bar import ViewBar
from app.ui.workers import Task

# The unlock screen must paint fast (bench/ui_start.py): the database, crypto and sync
# stack (SQLAlchemy, Alembic, jsonschema, pyrage: ~600 ms of imports) load after it, in
# app.ui.main's background preload or on first use here.
if TYPE_CHECKING:
    from app.services.workspace import Workspace
    from app.storage.keyslot import KdfParams
    from app.ui.figures.view import FiguresView
    from app.ui.persons.view import PersonsView
    from app.ui.session import AppSession
    from app.ui.sync.menu import BundleMenu
    from app.ui.testimony.page import EditorPage, Place
    from app.ui.workspace.list_screen import ListScreen

# A title that says nothing about what is inside (window lists, screen sharing, task bars).
WINDOW_TITLE = "Sviedka"
LOCK_SHORTCUT = "Ctrl+L"
PANIC_SHORTCUT = "Ctrl+Shift+H"


class MainWindow(QMainWindow):
    def __init__(
        self,
        folder: Path,
        kdf: KdfParams | None = None,
        autolock_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self.setStyleSheet(STYLE)
        self.resize(1200, 800)
        self._session: AppSession | None = None
        self._stack = QStackedWidget()
        self._opening = VaultOpening(folder, kdf, self._show, self._stack.currentWidget, self)
        self._opening.opened.connect(self._opened)
        self.setCentralWidget(self._stack)
        self.list_screen: ListScreen | None = None
        self.editor_page: EditorPage | None = None
        self._return_to: Place | None = None  # in memory only: see EditorPage.place
        self.archive_view: PersonsView | FiguresView | None = None
        self.views = ViewBar(self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.views)

        self.idle = IdleGuard(autolock_ms or settings.autolock_minutes() * 60_000, self)
        self.idle.idle.connect(self._on_idle)
        self.keys = LockKeys(LOCK_SHORTCUT, PANIC_SHORTCUT, self)
        self.keys.lock.connect(self.lock)
        self.keys.panic.connect(self.panic)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            app.installEventFilter(self.keys)
        self._build_menu()
        self._opening.show_start()

    def _build_menu(self) -> None:
        self.menuBar().clear()
        menu = self.menuBar().addMenu(self.tr("&Sviedka"))
        menu.addAction(self.tr("Settings…"), self.open_settings)
        self.organisation_action = menu.addAction(self.tr("Organisation…"), self.open_organisation)
        self.organisation_action.setEnabled(self._session is not None)
        self.share_action = menu.addAction(self.tr("Share under consent…"), self.open_share)
        self.share_action.setEnabled(self._session is not None)
        menu.addAction(self.tr("Lock now"), QKeySequence(LOCK_SHORTCUT), self.lock)
        menu.addAction(self.tr("Lock and hide"), QKeySequence(PANIC_SHORTCUT), self.panic)
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)
        # Export, import, senders, receipts (app/ui/sync): built at the first unlock. Its
        # dialogs are children of this window, so lock() rejects and deletes them like the
        # others, and joins their tasks.
        self.views.build(
            self.menuBar(),
            {
                "testimonies": lambda: self._switch(self.show_list),
                "persons": lambda: self._switch(self.show_persons),
                "figures": lambda: self._switch(self.show_figures),
            },
            self._session is not None,
        )
        self.views.addAction(self.share_action)  # the list's toolbar, beside the views
        self._bundles = self.menuBar().addMenu(self.tr("&Bundles"))
        self.bundle_menu: BundleMenu | None = None
        if self._session is not None:
            self._start_bundle_menu(self._session)
        else:
            self._bundles.setEnabled(False)

    def _switch(self, go: object) -> None:
        page = self.editor_page
        if page is not None and not page.leave(self.tr("Save the testimony before leaving it?")):
            self.views.mark("testimonies")
            return
        if callable(go):
            go()

    def _start_bundle_menu(self, session: AppSession) -> None:
        if self.bundle_menu is None:
            from app.ui.sync.menu import BundleMenu

            self.bundle_menu = BundleMenu(
                self, self._bundles, self._keep_unsaved_work, self._forget
            )
        self.bundle_menu.start(session)
        self._bundles.setEnabled(True)

    def open_settings(self) -> None:
        if change_settings(self, self.editor_page, self.idle.set_timeout):
            self.retranslate()

    def retranslate(self) -> None:
        """Rebuild what is on screen in the newly chosen language."""
        i18n.install(settings.language())
        self._build_menu()
        if self._session is None:
            self._opening.show_start()
        elif self.archive_view is not None:
            figures = self.archive_view.objectName() == "figures"
            self.show_figures() if figures else self.show_persons()
        elif self.editor_page is not None:
            self.open_testimony(self.editor_page.testimony_id)
        else:
            self.show_list()

    # --- start, create, unlock --------------------------------------------------------
    @property
    def session(self) -> AppSession | None:
        """The unlocked vault's services and the person's role; None while locked."""
        return self._session

    @property
    def workspace(self) -> Workspace | None:
        return None if self._session is None else self._session.workspace

    def _show(self, widget: QWidget) -> None:
        old = self._stack.currentWidget()
        self._stack.addWidget(widget)
        self._stack.setCurrentWidget(widget)
        if old is not None:
            # Only deleteLater: the stack keeps C++ ownership until then and drops the page
            # itself when it is deleted. (removeWidget hands ownership back to Python, and a
            # page then destroyed from two sides crashed the process.)
            old.hide()
            old.deleteLater()

    def _opened(self, session: object) -> None:
        from app.ui.session import AppSession

        assert isinstance(session, AppSession)  # noqa: S101 - the task above returns one
        self._session = session
        self._build_menu()  # the views, the organisation and the Bundles menu of this session
        self.show_list()
        self._return_to_place()
        self.idle.arm()

    # --- workspace --------------------------------------------------------------------
    def show_list(self) -> None:
        from app.ui.workspace.list_screen import ListScreen

        assert self._session is not None  # noqa: S101
        screen = ListScreen(self._session.workspace, settings.language())
        screen.lock_requested.connect(self.lock)
        screen.open_requested.connect(self.open_testimony)
        screen.new_requested.connect(self._new_testimony)
        screen.timeline_requested.connect(self.show_timeline)
        screen.draft_requested.connect(self.resume_draft)
        self.list_screen = screen
        self.editor_page = None
        self.archive_view = None
        self._show(screen)
        self.views.mark("testimonies")
        screen.search_box.setFocus()

    def show_persons(self) -> None:
        from app.ui.persons.view import PersonsView

        assert self._session is not None  # noqa: S101
        session = self._session
        view = PersonsView(
            session.archive,
            session.is_coordinator,
            session.workspace.vocabulary(),
            settings.language(),
        )
        view.share_requested.connect(self.open_share)
        self._show_archive_view(view, "persons")
        view.table.setFocus()

    def show_figures(self) -> None:
        from app.ui.figures.view import FiguresView

        assert self._session is not None  # noqa: S101
        view = FiguresView(self._session.archive, settings.language())
        view.share_requested.connect(self.open_share)
        self._show_archive_view(view, "figures")
        view.figure.setFocus()

    def _show_archive_view(self, view: PersonsView | FiguresView, name: str) -> None:
        if self.list_screen is not None:
            self.list_screen.release()
        self.list_screen = None
        self.editor_page = None
        self.archive_view = view
        self._show(view)
        self.views.mark(name)

    def open_organisation(self) -> None:
        from app.ui.organisation.dialog import open_dialog

        if self._session is not None:
            open_dialog(self, self._session.exchange, self._organisation_created)

    def open_share(self, person_ids: list[str] | None = None) -> None:
        from app.ui.share.opening import open_share

        if self._session is not None:  # the person selected in Persons, or the figure's people
            open_share(self, self._session, self.archive_view, person_ids or [])

    def _organisation_created(self, _organisation: object) -> None:
        """This vault is now the organisation's: the coordinator's menus and actions."""
        if self._session is None:
            return
        self._session = self._session.as_coordinator()
        self._start_bundle_menu(self._session)
        if self.archive_view is not None and self.archive_view.objectName() == "persons":
            self.show_persons()

    def _new_testimony(self) -> None:
        self.open_testimony(None)

    def open_testimony(self, testimony_id: str | None) -> None:
        from app.ui.testimony.page import EditorPage  # the editor is heavy: load on demand

        assert self._session is not None  # noqa: S101
        page = EditorPage(self._session.workspace, testimony_id, settings.language())
        page.closed.connect(self.show_list)
        self.list_screen = None
        self.archive_view = None
        self.editor_page = page
        self._show(page)
        self.views.mark("testimonies")

    def resume_draft(self, key: str) -> None:
        from app.ui.testimony.page import EditorPage

        assert self._session is not None  # noqa: S101
        workspace = self._session.workspace
        draft = next((d for d in workspace.drafts() if d.key == key), None)
        if draft is None:
            return
        page = EditorPage(
            workspace,
            draft.testimony_id,
            settings.language(),
            draft_key=draft.key,
            document=draft.document,
        )
        page.closed.connect(self.show_list)
        self.list_screen = None
        self.archive_view = None
        self.editor_page = page
        self._show(page)
        self.views.mark("testimonies")

    def _return_to_place(self) -> None:
        """After an unlock, the testimony and section the lock interrupted."""
        place, self._return_to = self._return_to, None
        if place is not None and place.dirty:
            self.resume_draft(place.draft_key)
        elif place is not None and place.testimony_id is not None:
            self.open_testimony(place.testimony_id)
        if place is not None and self.editor_page is not None:
            self.editor_page.go_to_place(place)

    def show_timeline(self, name: str) -> None:
        from app.ui.timeline.dialog import TimelineDialog

        if self._session is not None:
            dialog = TimelineDialog(self._session.workspace, name, settings.language(), self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    # --- what the Bundles menu asks of the screens -------------------------------------------
    def _keep_unsaved_work(self) -> None:
        if self.editor_page is not None:
            self.editor_page.autosave()

    def _forget(self, ids: list[str]) -> None:
        """The window must not go on showing what is gone from the vault."""
        if self.editor_page is not None and self.editor_page.testimony_id in ids:
            self.show_list()
        elif self.list_screen is not None:
            self.list_screen.refresh()

    # --- locking ----------------------------------------------------------------------
    def lock(self) -> None:
        if self._session is None:
            return
        self.idle.disarm()
        for dialog in self.findChildren(QDialog):  # timeline, history: they show testimony
            dialog.reject()
            dialog.deleteLater()
        if self.editor_page is not None:  # unsaved work goes into the vault as a draft
            self._return_to = self.editor_page.place()
        if self.list_screen is not None:
            self.list_screen.release()
        if self.archive_view is not None:
            self.archive_view.release()  # persons' names, counts
        self.list_screen = None
        self.editor_page = None
        self.archive_view = None
        session, self._session = self._session, None
        if self.bundle_menu is not None:
            self.bundle_menu.end()
        self._opening.show_start()  # replaces (and deletes) the screen that showed testimony
        self._build_menu()  # no views, no organisation while locked
        Task.join_all()
        session.end()

    def _on_idle(self) -> None:
        # An export or import the interviewer started and watches must not be cancelled by
        # the auto-lock halfway; the idle time starts again once it has ended. Lock and panic
        # keys still lock at once.
        if Task.busy():
            self.idle.arm()
            return
        self.lock()

    def panic(self) -> None:
        self.lock()
        self._return_to = None  # a panic unlocks to the list, never to the testimony
        # Minimise once the key event that triggered us is fully delivered: hiding the
        # window inside the shortcut's own event handling crashed Qt at teardown.
        QTimer.singleShot(0, self.showMinimized)

    def closeEvent(self, event: QCloseEvent) -> None:
        page = self.editor_page
        # The question is asked by the page (tests answer it there); locking never asks.
        if page is not None and not page.leave(self.tr("Save the testimony before closing?")):
            event.ignore()
            return
        self.lock()
        self._stop_watching_idle()
        event.accept()

    def _stop_watching_idle(self) -> None:
        # The idle guard filters every event of the application; it must stop before this
        # window (its parent) is destroyed, or events sent during destruction reach a
        # half-deleted Python object.
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
            app.removeEventFilter(self.keys)
        self.idle.disarm()
