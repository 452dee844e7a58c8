"""In the Belarusian interface, why a bundle or receipt ended as it did, a held bundle's reason,
a list flag and a timeline event are Belarusian words: never a code, never the core's English
sentence passed through (issue 11)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.domain.facts import FLAGS
from app.domain.timeline import KINDS
from app.services import exchange
from app.services.exchange import BundleOutcome, CardInvalid
from app.services.shared import EQUIVOCATION, FOREIGN, GAP, REVOKED_SENDER, UNKNOWN
from app.ui import i18n
from app.ui.sync.words import (
    card_error_text,
    held_reason_text,
    outcome_reason_text,
    receipt_reason_text,
)
from app.ui.timeline.dialog import KIND_LABELS
from app.ui.timeline.dialog import _tr as timeline_tr
from app.ui.workspace.list_model import FLAG_LABELS
from app.ui.workspace.list_model import tr as list_tr

ROOT = Path(__file__).resolve().parents[2]
LATIN = re.compile(r"[A-Za-z]")
# What the core says today, in English (app/sync): each must come out in Belarusian.
CORE_REFUSALS = [
    "the bundle is not encrypted to this organisation (no matching age recipient)",
    "the bundle is larger than 2147483648 bytes",
    "cannot read the bundle: Permission denied",
    "manifest.sig names another key than the one that signed it",
    "the bundle is damaged, truncated or altered: its age encryption did not authenticate",
    "records/x.json: the testimony does not match its recorded SHA-256",
]
RECEIPT_REFUSALS = [
    "the receipt is not encrypted to this vault",
    "the receipt answers another vault's bundle",
    "the receipt is not signed by the organisation this vault trusts",
    "receipt.json is malformed: Expecting value",
]


@pytest.fixture(scope="module", autouse=True)
def belarusian(qapp: QApplication) -> Iterator[None]:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "build"], check=True)
    i18n.install("be")
    yield
    i18n.install("en")


def _belarusian(text: str) -> None:
    assert text
    assert not LATIN.search(text.replace("Sviedka", "")), text  # the app's name stays


@pytest.mark.parametrize("reason", CORE_REFUSALS)
def test_a_refused_bundle_says_why_in_belarusian(reason: str) -> None:
    _belarusian(outcome_reason_text(BundleOutcome("b.age", exchange.REJECTED, reason)))


@pytest.mark.parametrize("reason", RECEIPT_REFUSALS)
def test_a_refused_receipt_says_why_in_belarusian(reason: str) -> None:
    _belarusian(receipt_reason_text(reason))


@pytest.mark.parametrize("code", [UNKNOWN, REVOKED_SENDER, GAP, EQUIVOCATION, FOREIGN, "new"])
def test_a_held_bundle_says_why_in_belarusian(code: str) -> None:
    _belarusian(held_reason_text(code))
    held = BundleOutcome("b.age", exchange.QUARANTINED, f"{code}: sender abc sent 3 before 5")
    _belarusian(outcome_reason_text(held))


def test_duplicates_cancellations_and_import_notes_in_belarusian() -> None:
    _belarusian(
        outcome_reason_text(BundleOutcome("b", exchange.DUPLICATE, "bundle already imported"))
    )
    _belarusian(outcome_reason_text(BundleOutcome("b", exchange.CANCELLED, "cancelled")))
    note = "kept the archive's content of 2 conflicting versions; left out 3 testimonies of others"
    shown = outcome_reason_text(BundleOutcome("b", exchange.IMPORTED, note))
    _belarusian(shown)
    assert "2" in shown
    assert "3" in shown
    assert outcome_reason_text(BundleOutcome("b", exchange.IMPORTED)) == ""


@pytest.mark.parametrize("flag", sorted(FLAGS))
def test_every_flag_in_belarusian(flag: str) -> None:
    _belarusian(list_tr(FLAG_LABELS[flag]).replace("Art.", ""))


@pytest.mark.parametrize("kind", KINDS)
def test_every_timeline_event_in_belarusian(kind: str) -> None:
    _belarusian(timeline_tr(KIND_LABELS[kind]))


@pytest.mark.parametrize(
    "message",
    [
        "mine.json is an interviewer's card, not an organisation's",
        "cannot read /media/usb/card.json: Permission denied",
        "card.json: key_id does not match the signing key",
        "card.json is not a card: Expecting value",
    ],
)
def test_a_refused_card_says_why_in_belarusian(message: str) -> None:
    _belarusian(card_error_text(CardInvalid(message)))
