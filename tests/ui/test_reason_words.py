"""In the Belarusian interface, why a bundle, receipt or card ended as it did, a held bundle's
reason, a list flag and a timeline event are Belarusian words: never a code, never the core's
English sentence passed through (issue 11). The desktop translates the core's reason codes
(app.sync.reasons): every code has its words, and the catalogues translate them."""

from __future__ import annotations

import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain import timeline
from app.domain.facts import FLAGS
from app.domain.shipped_vocabularies import load_shipped
from app.domain.timeline import KINDS
from app.services import exchange
from app.services.exchange import BundleOutcome, CardInvalid, Exchange
from app.services.reasons import ENGLISH, Reason, Why
from app.storage import testimonies
from app.storage.vocabularies import vault_vocabulary
from app.sync.holding import HoldReason
from app.sync.reasons import joined
from app.ui import i18n
from app.ui.sync.import_dialog import ImportDialog
from app.ui.sync.report import COL_REASON, COL_STATUS
from app.ui.sync.words import (
    BUNDLE_DAMAGED,
    REASONS,
    WORDS,
    card_error_text,
    held_reason_text,
    outcome_reason_text,
    receipt_reason_text,
)
from app.ui.timeline.dialog import KIND_LABELS, EventsDialog
from app.ui.timeline.dialog import _tr as timeline_tr
from app.ui.workers import Task
from app.ui.workspace.list_model import FLAG_LABELS
from app.ui.workspace.list_model import tr as list_tr
from tests.factories import full_testimony
from tests.sync.conftest import introduce, make_vault, shared_testimony

ROOT = Path(__file__).resolve().parents[2]
LATIN = re.compile(r"[A-Za-z]")


@pytest.fixture(scope="module", autouse=True)
def belarusian(qapp: QApplication) -> Iterator[None]:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "build"], check=True)
    i18n.install("be")
    yield
    i18n.install("en")


def _belarusian(text: str) -> None:
    assert text
    assert not LATIN.search(text.replace("Sviedka", "")), text  # the app's name stays


def _why(code: Reason) -> Why:
    """The code with a value for each of its parameters (counts are numbers)."""
    fields = {name for _, name, _, _ in string.Formatter().parse(ENGLISH[code]) if name}
    return Why(code, **{name: 7 if name == "count" else "x" for name in fields})


def _translations(lang: str) -> dict[str, str]:
    """The finished translations of the reasons' context in a committed catalogue."""
    tree = ET.parse(ROOT / "resources" / "i18n" / f"sviedka_{lang}.ts")  # noqa: S314 - ours
    found = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != REASONS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                found[message.findtext("source") or ""] = translation.text or ""
    return found


# --- every code in words ------------------------------------------------------------------
@pytest.mark.parametrize("code", list(Reason))
def test_every_code_has_desktop_words_translated_into_belarusian_and_russian(
    code: Reason,
) -> None:
    assert code in WORDS, f"{code!r} has no words in app/ui/sync/words.py"
    english = str(WORDS[code])
    assert english.strip()
    assert english != ENGLISH[code]  # the desktop's words, not the command line's sentence
    for lang in ("be", "ru"):
        assert _translations(lang).get(english, "").strip(), f"{lang}: {english}"


@pytest.mark.parametrize("code", list(Reason))
def test_every_code_is_shown_in_belarusian(code: Reason) -> None:
    why = _why(code)
    if code.name.startswith("HELD_"):
        shown = outcome_reason_text(BundleOutcome("b.age", exchange.QUARANTINED, why))
    elif code.name.startswith("RECEIPT_"):
        shown = receipt_reason_text(why)
    elif code.name.startswith("CARD_"):
        shown = card_error_text(CardInvalid(why))
    elif code in (Reason.KEPT_ARCHIVE, Reason.LEFT_OUT):
        shown = outcome_reason_text(BundleOutcome("b.age", exchange.IMPORTED, joined([why])))
        assert "7" in shown
    else:
        shown = outcome_reason_text(BundleOutcome("b.age", exchange.REJECTED, why))
    _belarusian(shown)


def test_a_sentence_without_a_code_still_says_its_kind_of_failure_in_belarusian() -> None:
    """An English line written before codes (or made outside the core) is never shown."""
    line = "a new failure nobody gave a code"
    shown = outcome_reason_text(BundleOutcome("b.age", exchange.REJECTED, line))
    assert shown == QCoreApplication.translate(REASONS, str(BUNDLE_DAMAGED))
    _belarusian(shown)
    _belarusian(receipt_reason_text(line))
    _belarusian(card_error_text(CardInvalid(line)))


def test_a_receipt_refused_by_the_bundle_reader_speaks_of_the_receipt() -> None:
    signature = receipt_reason_text(_why(Reason.SIGNATURE_INVALID).reworded("bundle", "receipt"))
    bundle = outcome_reason_text(
        BundleOutcome("b.age", exchange.REJECTED, _why(Reason.SIGNATURE_INVALID))
    )
    _belarusian(signature)
    assert signature != bundle


@pytest.mark.parametrize("held", list(HoldReason))
def test_a_held_bundle_says_why_in_belarusian(held: HoldReason) -> None:
    """As the quarantine rows store it, and as an outcome of an older vault wrote it."""
    _belarusian(held_reason_text(held.value))
    older = BundleOutcome("b.age", exchange.QUARANTINED, f"{held.value}: sender abc sent 3")
    assert outcome_reason_text(older) == held_reason_text(held.value)
    _belarusian(held_reason_text("new"))


def test_duplicates_cancellations_and_import_notes_in_belarusian() -> None:
    _belarusian(outcome_reason_text(BundleOutcome("b", exchange.DUPLICATE, "")))
    _belarusian(outcome_reason_text(BundleOutcome("b", exchange.CANCELLED, "cancelled")))
    notes = joined([Why(Reason.KEPT_ARCHIVE, count=2), Why(Reason.LEFT_OUT, count=3)])
    shown = outcome_reason_text(BundleOutcome("b", exchange.IMPORTED, notes))
    _belarusian(shown)
    assert "2" in shown
    assert "3" in shown
    assert outcome_reason_text(BundleOutcome("b", exchange.IMPORTED)) == ""


def test_a_tampered_bundle_in_the_import_report_says_why_in_belarusian(
    qtbot: QtBot, tmp_path: Path
) -> None:
    interviewer = make_vault(tmp_path / "interviewer")
    coordinator = make_vault(tmp_path / "coordinator")
    try:
        introduce(interviewer, coordinator)
        with interviewer.transaction() as session:
            testimonies.add(
                session, shared_testimony(), vault_vocabulary(session), interviewer.key_id
            )
        usb = tmp_path / "usb"
        usb.mkdir()
        [bundle] = Exchange(interviewer).export(usb).bundles
        tampered = tmp_path / "tampered.age"
        data = bytearray(Path(bundle.path).read_bytes())
        data[len(data) // 2] ^= 0x01
        tampered.write_bytes(bytes(data))

        dialog = ImportDialog(Exchange(coordinator))
        qtbot.addWidget(dialog)
        dialog.set_files([tampered])
        dialog.import_button.click()
        qtbot.waitUntil(lambda: not dialog.runner.running, timeout=30_000)
        [status] = dialog.table.texts(COL_STATUS)
        [reason] = dialog.table.texts(COL_REASON)
        _belarusian(status)
        _belarusian(reason)
        assert reason == QCoreApplication.translate(REASONS, str(BUNDLE_DAMAGED))
        # The core's English line stays for whoever diagnoses the file, in the tooltip only.
        assert "did not authenticate" in dialog.table.item(0, COL_REASON).toolTip()
    finally:
        Task.join_all()
        interviewer.close()
        coordinator.close()


# --- list flags and timeline events ---------------------------------------------------------
@pytest.mark.parametrize("flag", sorted(FLAGS))
def test_every_flag_in_belarusian(flag: str) -> None:
    _belarusian(list_tr(FLAG_LABELS[flag]).replace("Art.", ""))


@pytest.mark.parametrize("kind", KINDS)
def test_every_timeline_event_in_belarusian(kind: str) -> None:
    _belarusian(timeline_tr(KIND_LABELS[kind]))


def test_the_timeline_shows_care_denied_and_the_arrest_in_words(qtbot: QtBot) -> None:
    """Medical care denied and the arrest's details come out as the vocabularies' and the
    interface's Belarusian words beside what the record says in its own words; no code, no
    ref."""
    events = timeline.in_order(timeline.person_events(full_testimony(), "Ales Baravik", "t1"))
    dialog = EventsDialog(lambda: events, load_shipped(), "Алесь Баравік", "be")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    rows = {
        dialog.table.item(row, 2).text(): dialog.table.item(row, 3).text()
        for row in range(dialog.table.rowCount())
    }
    care = rows[timeline_tr(KIND_LABELS["care_denied"])]
    assert care.split("; ") == ["Цукровы дыябет", "Insulin for type 1 diabetes"]
    arrest = rows[timeline_tr(KIND_LABELS["arrest"])].split("; ")
    assert arrest[:3] == [
        "Крымінальнае",
        "Brest border crossing, bus from Terespol",
        "State Border Committee, then GUBOPiK",
    ]
    _belarusian(arrest[3])  # the arrest on return, a flag in words
    shown = " ".join(rows.values())
    for code in ("criminal", "arrest_on_return", "navapolatsk_ik1", "p2", "e1", "t1"):
        assert not re.search(rf"\b{code}\b", shown), code
