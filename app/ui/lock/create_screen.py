"""First run: create the vault. Passphrase twice, the same verdict on it as `sviedka init`
gives (app.services.passphrase_policy), and a plain statement of what happens if it is
forgotten."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from app.services.passphrase_policy import Strength, Verdict, Weakness, assess
from app.ui.lock.panel import centred_column


class CreateVaultScreen(QWidget):
    create_requested = Signal(str)  # the chosen passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("create_screen")
        title = QLabel(self.tr("Create your vault"))
        title.setObjectName("title")
        intro = QLabel(
            self.tr(
                "Everything you record is kept in an encrypted vault on this computer. "
                "Choose a passphrase: several unrelated words you will remember."
            )
        )
        intro.setWordWrap(True)
        warning = QLabel(
            self.tr(
                "If you forget this passphrase, nobody can open the vault: not you, not the "
                "organisation, not the developers. There is no reset."
            )
        )
        warning.setWordWrap(True)
        warning.setObjectName("warning")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeat")
        self.meter = QProgressBar()
        self.meter.setRange(Strength.WEAK, Strength.STRONG)
        self.meter.setTextVisible(False)
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)

        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat it"), self.repeat)
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow("", self.strength)
        layout = centred_column(self)
        layout.addStretch(1)
        for widget in (title, intro, warning):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch(2)

        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.repeat.returnPressed.connect(self._submit)
        self.create_button.clicked.connect(self._submit)
        self._update()

    def _update(self) -> None:
        typed = self.passphrase.text()
        verdict = assess(typed)
        self.meter.setValue(verdict.strength if typed else Strength.WEAK)
        self.strength.setText(self._verdict_text(verdict) if typed else "")
        matches = typed == self.repeat.text()
        self.create_button.setEnabled(verdict.acceptable and matches)
        if self.repeat.text() and not matches:
            self.message.setText(self.tr("The two passphrases differ."))
        else:
            self.message.setText("")

    def _verdict_text(self, verdict: Verdict) -> str:
        if verdict.strength is Strength.STRONG:
            return self.tr("Strong.")
        if verdict.strength is Strength.FAIR:
            return self.tr("Fair: a few more words would make it strong.")
        return {
            Weakness.COMMON: self.tr(
                "Too weak: it is a common password or close to one. "
                "Use four or more unrelated words."
            ),
            Weakness.DATE: self.tr(
                "Too weak: years and dates are among the first things guessed. "
                "Use four or more unrelated words."
            ),
            Weakness.PATTERN: self.tr(
                "Too weak: keyboard rows, sequences and repeats are easy to guess. "
                "Use four or more unrelated words."
            ),
            Weakness.SHORT: self.tr("Too weak: it is too short. Use four or more unrelated words."),
        }[verdict.weakness or Weakness.SHORT]

    def _submit(self) -> None:
        if self.create_button.isEnabled():
            self.busy(True)
            self.create_requested.emit(self.passphrase.text())

    def busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.repeat.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Creating the vault…"))

    def failed(self, message: str) -> None:
        self.busy(False)
        self.message.setText(message)
