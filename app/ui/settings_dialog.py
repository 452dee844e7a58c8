"""Settings: interface language and auto-lock time. Nothing else is kept in Qt settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from app.ui import settings

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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Lock after inactivity"), self.autolock)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def apply(self) -> None:
        settings.set_language(self.chosen_language())
        settings.set_autolock_minutes(self.autolock.value())
