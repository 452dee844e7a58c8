"""Settings: interface language, auto-lock time and the privacy screen. Nothing else is kept
in Qt settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from app.ui import privacy, settings

# Each language named in itself, so anyone can find their own.
LANGUAGE_NAMES = {"en": "English", "be": "Беларуская", "ru": "Русский"}


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in settings.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(settings.LANGUAGES.index(settings.language()))
        self.autolock = QSpinBox()
        self.autolock.setObjectName("autolock")
        self.autolock.setRange(1, 120)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setValue(settings.autolock_minutes())
        self.privacy = QCheckBox(self.tr("Hide names on screen (privacy screen)"))
        self.privacy.setObjectName("privacy_screen")
        self.privacy.setToolTip(
            self.tr(
                "Names show as initials and birth dates as dots in every list and dialog. "
                "A name shows in full while you type in its field, and in a list on the row "
                "you are on while the list has the keyboard focus."
            )
        )
        self.privacy.setChecked(privacy.enabled())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Lock after inactivity"), self.autolock)
        form.addRow(self.privacy)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def apply(self) -> None:
        settings.set_language(self.chosen_language())
        settings.set_autolock_minutes(self.autolock.value())
        privacy.set_enabled(self.privacy.isChecked())  # every open view follows at once


class OpenTestimony(Protocol):
    """What changing the language needs of the testimony open in the window."""

    def is_dirty(self) -> bool: ...
    def save(self) -> bool: ...


def change_settings(
    parent: QWidget, open_page: OpenTestimony | None, set_autolock_ms: Callable[[int], None]
) -> bool:
    """Ask for the settings and apply them; True when the interface language changed and the
    window must rebuild its screen in it.

    The privacy screen and the auto-lock take effect at once, in the open views as they are: an
    unsaved testimony stays open and unsaved. Only another language rebuilds the screen, which
    needs the open testimony saved first; when it cannot be saved yet, the language stays."""
    dialog = SettingsDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    language = settings.language()
    dialog.apply()
    set_autolock_ms(settings.autolock_minutes() * 60_000)
    if dialog.chosen_language() == language:
        return False
    if open_page is not None and open_page.is_dirty() and not open_page.save():
        settings.set_language(language)  # the screen stays as it is, in its language
        QMessageBox.information(
            parent,
            QCoreApplication.translate("SettingsDialog", "Settings"),
            QCoreApplication.translate(
                "SettingsDialog",
                "The language was not changed: the screen is rebuilt in a new language, "
                "so save or discard the open testimony first. The other settings apply.",
            ),
        )
        return False
    return True
