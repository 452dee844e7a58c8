"""Trusting an organisation card (the GUI face of `sviedka trust CARD`): choose the file, see
the organisation, its age recipient and the fingerprint, compare it over a phone call, trust."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app import logs
from app.services.exchange import Exchange, OrganisationView
from app.services.shared import OrganisationCard
from app.ui import file_dialogs
from app.ui.parts import error_text
from app.ui.sync.common import FingerprintDialog
from app.ui.sync.words import card_error_text


class CardTruster(QObject):
    """Drives the trust flow for a dialog; tells the outcome through signals."""

    trusted = Signal(object, object)  # OrganisationView now trusted, the one replaced or None
    failed = Signal(str)

    def __init__(
        self, service: Exchange, current: OrganisationView | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._current = current
        self._widget = parent
        self.check_dialog: FingerprintDialog | None = None

    def set_current(self, current: OrganisationView | None) -> None:
        self._current = current

    def choose(self) -> None:
        card = file_dialogs.open_file(
            self._widget,
            self.tr("Choose the organisation card"),
            self.tr("Organisation cards (*.json *.card);;All files (*)"),
        )
        if card is not None and self._widget.isVisible():  # a lock while choosing closed it
            self.check(card)

    def check(self, path: Path) -> FingerprintDialog | None:
        """Show the card's fingerprint to compare; trust it once the person says it matches."""
        try:
            card = self._service.read_organisation_card(path)
        except Exception as exc:
            logs.failed(__name__, "card.read", exc)
            self.failed.emit(card_error_text(exc))
            return None
        warning = ""
        if self._current is not None and self._current.fingerprint != card.fingerprint:
            warning = (
                self.tr("This replaces the card trusted now: %1 (%2).")
                .replace("%1", self._current.name)
                .replace("%2", self._current.fingerprint)
            )
        dialog = FingerprintDialog(
            self._widget,
            self.tr("Trust this organisation card?"),
            self.tr(
                "Bundles you export will be encrypted to this organisation: only it will be "
                "able to open them."
            ),
            [
                (self.tr("Organisation"), card.name, False),
                (self.tr("Encrypted to (age)"), "\n".join(card.recipients), True),
                (self.tr("Signing key id"), card.signing_key.key_id, True),
            ],
            card.fingerprint,
            self.tr(
                "Call your coordinator on the phone (not by message or e-mail) and ask them to "
                "read the organisation's fingerprint aloud. Trust the card only if all eight "
                "groups match. A card with another fingerprint may come from someone who wants "
                "to read your testimonies."
            ),
            self.tr("Trust"),
            warning,
        )
        dialog.accepted.connect(lambda: self._trust(card))
        dialog.finished.connect(dialog.deleteLater)
        self.check_dialog = dialog
        dialog.open()
        return dialog

    def _trust(self, card: OrganisationCard) -> None:
        self.check_dialog = None
        try:
            replaced = self._service.trust(card)
        except Exception as exc:
            logs.failed(__name__, "card.trust", exc)
            self.failed.emit(error_text(exc))
            return
        view = OrganisationView(
            card.name, card.recipients, card.signing_key.key_id, card.fingerprint
        )
        self._current = view
        self.trusted.emit(view, replaced)
