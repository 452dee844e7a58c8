"""The organisation's setup in the desktop: make this vault the organisation's (its age
identity and signing key), save the card interviewers trust, and save the recovery copy of
its secret. The same services as `sviedka org init|card|export-secret`, and the same
warnings: the secret opens every bundle ever sent to the organisation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.exchange import Exchange, OrganisationView
from app.ui import file_dialogs, parts
from app.ui.workers import TaskRunner, progress_bar


class OrganisationDialog(QDialog):
    created = Signal(object)  # the OrganisationView: the window's session becomes a coordinator's

    def __init__(self, exchange: Exchange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisation")
        self.setWindowTitle(self.tr("Organisation"))
        self.resize(640, 420)
        self._exchange = exchange
        self.intro = parts.plain_label(name="intro")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("The organisation's name, as interviewers know it"))
        self.create_button = QPushButton(self.tr("Create the organisation…"))
        self.create_button.setObjectName("create")
        self.create_button.clicked.connect(self.ask_create)
        self.fingerprint = parts.plain_label(name="fingerprint")
        self.fingerprint.setFont(parts.fixed_font(11, bold=True))
        self.key_id = parts.plain_label(name="key_id")
        self.recipient = parts.plain_label(name="recipient")
        self.card_button = QPushButton(self.tr("Save the card for interviewers…"))
        self.card_button.setObjectName("card")
        self.card_button.clicked.connect(self._choose_card)
        self.secret_button = QPushButton(self.tr("Save the recovery copy of the secret…"))
        self.secret_button.setObjectName("secret")
        self.secret_button.clicked.connect(self.ask_secret)
        self.outcome = parts.plain_label(name="outcome")
        self.bar = progress_bar()
        self.runner = TaskRunner(self.bar, self)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        form.addRow(self.tr("Signing key"), self.key_id)
        form.addRow(self.tr("age recipient"), self.recipient)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(parts.button_row(self.create_button, self.card_button, self.secret_button))
        layout.addWidget(self.outcome)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.finished.connect(lambda _code: self.runner.detach())
        self._show(None)
        self.runner.start(lambda _p: exchange.state().organisation, self._show, self._failed)

    def _show(self, organisation: object) -> None:
        made = isinstance(organisation, OrganisationView)
        self.name.setReadOnly(made)
        self.create_button.setEnabled(not made)
        for button in (self.card_button, self.secret_button):
            button.setEnabled(made)
            button.setToolTip("" if made else self.tr("Create the organisation first."))
        if isinstance(organisation, OrganisationView):
            self.name.setText(organisation.name)
            self.fingerprint.setText(organisation.fingerprint)
            self.key_id.setText(organisation.key_id)
            self.recipient.setText(organisation.recipients[0] if organisation.recipients else "")
            self.intro.setText(
                self.tr(
                    "This vault is the organisation's: interviewers encrypt their bundles to it. "
                    "Give them its card, and read them the fingerprint on a phone call."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "This vault is not an organisation's. Create the organisation only on the "
                    "coordinator's computer: this vault will then hold the key that opens every "
                    "bundle interviewers send."
                )
            )

    def _failed(self, error: object) -> None:
        self.outcome.setText(parts.error_text(error))

    # --- create ---------------------------------------------------------------------------
    def ask_create(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.outcome.setText(self.tr("Write the organisation's name first."))
            self.name.setFocus()
            return
        parts.confirm(
            self,
            self.tr("Create the organisation"),
            self.tr("Make this vault the organisation's, named %1?").replace(
                "%1", "\u2068" + name + "\u2069"
            ),
            self.tr("Create"),
            lambda: self.make_organisation(name),
            self.tr(
                "Its secret key is made here and never leaves this vault unless you save a "
                "recovery copy. Save one next, to offline storage."
            ),
        )

    def make_organisation(self, name: str) -> None:
        exchange = self._exchange
        self.runner.start(
            lambda _p: exchange.create_organisation(name), self._created, self._failed
        )

    def _created(self, organisation: object) -> None:
        self._show(organisation)
        self.outcome.setText(
            self.tr(
                "The organisation is created. Save its card for interviewers, and a recovery "
                "copy of its secret to offline storage."
            )
        )
        self.created.emit(organisation)

    # --- the card -------------------------------------------------------------------------
    def _choose_card(self) -> None:
        path = file_dialogs.save_file(
            self, self.tr("Save the organisation card"), "organisation.card", "*.card"
        )
        if path is not None:
            self.save_card(path)

    def save_card(self, path: Path) -> None:
        exchange = self._exchange
        self.runner.start(
            lambda _p: exchange.save_organisation_card(path),
            lambda card: self.outcome.setText(
                self.tr("The card is in %1. Fingerprint: %2")
                .replace("%1", str(path))
                .replace("%2", str(getattr(card, "fingerprint", "")))
            ),
            self._failed,
        )

    # --- the secret -----------------------------------------------------------------------
    def ask_secret(self) -> None:
        parts.confirm(
            self,
            self.tr("Recovery copy of the secret"),
            self.tr("Write the organisation's secret key to a file?"),
            self.tr("Choose where…"),
            self._choose_secret,
            self.tr(
                "This file decrypts every bundle ever sent to the organisation. Write it only "
                "to offline storage (an encrypted USB stick in a safe), never to this laptop's "
                "disk or a cloud folder, and delete any other copy."
            ),
            destructive=True,
        )

    def _choose_secret(self) -> None:
        path = file_dialogs.save_file(
            self, self.tr("Save the recovery copy of the secret"), "organisation.age-identity"
        )
        if path is not None:
            self.save_secret(path)

    def save_secret(self, path: Path) -> None:
        exchange = self._exchange
        self.runner.start(
            lambda _p: exchange.export_organisation_secret(path),
            lambda _r: self.outcome.setText(
                self.tr(
                    "The secret is in %1. Move it to offline storage now and delete it from "
                    "this computer."
                ).replace("%1", str(path))
            ),
            self._failed,
        )


def open_dialog(
    parent: QWidget, exchange: Exchange, created: Callable[[object], None]
) -> OrganisationDialog:
    """Opened with open(): a lock rejects and deletes it with the window's other dialogs."""
    dialog = OrganisationDialog(exchange, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.created.connect(created)
    dialog.open()
    return dialog
