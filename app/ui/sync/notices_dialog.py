"""Consent notices the organisation received (the desktop face of `sviedka notices`): which
testimonies an interviewer reported may no longer be shared with the organisation, by name,
so the coordinator can stop using them. Coordinators only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.notices import NoticeInfo, Notices
from app.ui.parts import button_row, plain_label
from app.ui.sync.words import ref_text, when


class NoticesDialog(QDialog):
    def __init__(self, notices: Notices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notices")
        self.setWindowTitle(self.tr("Consent notices"))
        self.resize(900, 480)
        self.notices = notices.received()
        self.list = QListWidget()
        self.list.setObjectName("notices_list")
        self.list.setWordWrap(True)
        self.list.addItems([self.line(n) for n in self.notices])
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Consent notices"), "title"))
        layout.addWidget(
            plain_label(
                self.tr(
                    "An interviewer's vault reports when an informant's consent no longer allows "
                    "sharing a testimony with the organisation. What the archive holds stays: "
                    "stop using these testimonies, and decide with the interviewer what to do."
                )
                if self.notices
                else self.tr("No interviewer has reported the end of an informant's consent.")
            )
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(button_row(last=[self.close_button]))
        self.list.setVisible(bool(self.notices))

    def line(self, notice: NoticeInfo) -> str:
        what = (
            self.tr("the informant withdrew consent")
            if notice.kind == "consent_withdrawn"
            else self.tr("sharing with the organisation is no longer allowed")
        )
        return (
            self.tr("%1: %2 (sender %3, their version %4 of %5; received %6)")
            .replace("%1", ref_text(notice.testimony))
            .replace("%2", what)
            .replace("%3", notice.sender)
            .replace("%4", str(notice.version))
            .replace("%5", when(notice.at))
            .replace("%6", when(notice.received_at))
        )
