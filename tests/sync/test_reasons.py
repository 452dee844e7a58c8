"""Every refusal, hold and note of app.sync is a stable code with its English sentence: the
command line prints the sentence as before, a face translates the code, and the code survives
the trip through outcomes, copies and the quarantine's stored reasons."""

from __future__ import annotations

import copy
import json
import pickle
import string

import pytest

from app.sync.errors import BundleRejected, CardInvalid
from app.sync.holding import HoldReason
from app.sync.outcomes import REJECTED, BundleOutcome
from app.sync.reasons import ENGLISH, Reason, Why, code_of, joined, notes_of


@pytest.mark.parametrize("code", list(Reason))
def test_every_code_has_its_english_sentence(code: Reason) -> None:
    fields = {name for _, name, _, _ in string.Formatter().parse(ENGLISH[code]) if name}
    why = Why(code, **dict.fromkeys(fields, "X"))
    assert why.code is code
    assert str(why)
    assert "{" not in why


def test_a_held_bundle_is_coded_by_the_reason_its_row_stores() -> None:
    """The quarantine rows keep HoldReason's values: each one is a code as it stands."""
    for held in HoldReason:
        assert Reason(held.value).value == held.value


def test_the_sentence_is_what_the_command_line_printed_before() -> None:
    why = Why(Reason.REPLAYED, sequence=3, last=5)
    assert why == (
        "sequence 3 is not after 5, the last imported from this sender: "
        "a replayed or out-of-date bundle"
    )
    outcome = BundleOutcome("b.age", REJECTED, why)
    assert json.loads(json.dumps(outcome.as_json()))["reason"] == why


def test_the_code_survives_a_copy_a_pickle_and_a_rewording() -> None:
    why = Why(Reason.TOO_LARGE, limit=10)
    for again in (copy.copy(why), copy.deepcopy(why), pickle.loads(pickle.dumps(why))):  # noqa: S301
        assert (again, code_of(again), dict(again.params)) == (why, Reason.TOO_LARGE, {"limit": 10})
    receipt = why.reworded("the bundle", "the receipt")
    assert (receipt, code_of(receipt)) == ("the receipt is larger than 10 bytes", Reason.TOO_LARGE)
    assert code_of(why.prefixed("manifest.sig")) is Reason.TOO_LARGE


def test_errors_carry_the_code_and_a_plain_sentence_has_none() -> None:
    rejected = BundleRejected(Reason.MEMBER_ENDS_EARLY, member="records/x.1.json")
    assert (str(rejected), code_of(rejected.reason)) == (
        "records/x.1.json ends early",
        Reason.MEMBER_ENDS_EARLY,
    )
    assert code_of(BundleRejected(rejected.reason).reason) is Reason.MEMBER_ENDS_EARLY
    card = CardInvalid(Reason.CARD_SIZE, where="card.json")
    assert code_of(card.reason) is Reason.CARD_SIZE
    assert code_of("an English sentence of old") is None
    assert notes_of("an English sentence of old") == ()


def test_notes_joined_in_one_line_keep_each_code() -> None:
    line = joined([Why(Reason.KEPT_ARCHIVE, count=2), Why(Reason.LEFT_OUT, count=3)])
    assert line == (
        "kept the archive's content of 2 conflicting versions; "
        "left out 3 testimonies of other senders"
    )
    assert [(n.code, n.params["count"]) for n in notes_of(line)] == [
        (Reason.KEPT_ARCHIVE, 2),
        (Reason.LEFT_OUT, 3),
    ]
    assert joined([]) == ""
