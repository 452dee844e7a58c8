"""The desktop writes the PDF case dossiers with the same drawing as the command line: the Share
dialog opened from the main window offers them, and the file written in the background holds
who may leave and not the victim whose mother spoke only for herself. Without its font, no PDF."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.render import dossier_pdf
from app.services.dossier import Dossiers
from app.services.share import NotWritten, shares
from app.ui.session import AppSession
from app.ui.share.opening import open_share
from tests.ui.test_share_dialog import WITHHELD_VICTIM, counted, started

SCOPE = "share_un_wgad"


@pytest.fixture
def session(tmp_path: Path) -> Iterator[AppSession]:
    yield from started(tmp_path)


def test_the_dialog_writes_pdf_dossiers(qtbot: QtBot, session: AppSession, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_share(parent, session)
    dialog.choose(SCOPE, "pdf")
    assert counted(qtbot, dialog)["testimonies"] == "4"

    out = tmp_path / "wgad.pdf"
    dialog.write_to(out)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    assert dialog.status.text().startswith(f"Wrote {out}: 4 testimonies")
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    # Bialiatski, once per relative who spoke of him, by case code only; Ashurak not at all.
    assert text.count("Identity withheld under consent: shown by case code only.") == 3
    assert text.count("Case dossier:") == 3
    assert WITHHELD_VICTIM.split()[0] not in text
    for spelling in ("Бяляцкі", "Беляцкий", "Bialiatski"):
        assert spelling not in text  # only his case code
    assert [entry.format for entry in shares(session.workspace.vault)] == ["pdf"]


def test_without_its_font_no_pdf_is_drawn(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A build that left resources/fonts/ out says so in one sentence, as a file not written
    (a fallback font could show Cyrillic as empty boxes), rather than drawing anyway."""
    monkeypatch.setattr(dossier_pdf, "_families", [])  # as in a process that never drew one
    monkeypatch.setattr(dossier_pdf, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(NotWritten, match=r"DejaVuSans\.ttf .* is missing"):
        dossier_pdf.draw(Dossiers(SCOPE, "be", ()))
