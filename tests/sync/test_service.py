"""The Qt-free facade the bundle dialogs use: real vaults, real bundles, the core unmocked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.services import exchange as service
from app.services.exchange import CancelToken, Exchange
from app.services.receipts import CANCELLED, READ, REJECTED
from app.services.senders import Senders
from app.storage import testimonies
from app.storage.errors import Cancelled
from app.sync.errors import CardInvalid, NotAnOrganisation, SenderError, SyncError
from tests.factories import full_testimony
from tests.sync.conftest import Pair, make_vault, shared_testimony


class Stop(Cancelled):
    """What the interface's Cancel raises from inside a progress callback."""


def private_testimony() -> dict[str, object]:
    doc = full_testimony()
    doc["consent"]["scopes"] = ["internal_documentation"]
    return doc


def test_export_report_names_what_stayed_and_nothing_new_is_calm(pair: Pair) -> None:
    pair.add()
    pair.add(private_testimony())
    sync = Exchange(pair.interviewer)
    result = sync.export(pair.outbox)
    [bundle] = result.bundles
    assert (bundle.sequence, bundle.versions) == (1, 1)
    assert (len(result.testimonies), result.versions) == (1, 1)
    assert Path(bundle.path).parent == pair.outbox
    [withheld] = result.named(result.withheld)
    assert withheld.title == "Алесь Пятровіч Баравік"
    assert withheld.interview_date == "2024-10-03"
    again = sync.export(pair.outbox)
    assert again.bundles == ()
    assert again.named(again.withheld) == (withheld,)


def test_state_tells_interviewer_from_organisation(pair: Pair) -> None:
    mine = Exchange(pair.interviewer).state()
    theirs = Exchange(pair.coordinator).state()
    assert not mine.is_organisation
    assert theirs.is_organisation
    assert mine.trusted is not None
    assert theirs.organisation is not None
    assert mine.trusted.fingerprint == theirs.organisation.fingerprint
    [sender] = Exchange(pair.coordinator).senders.known()
    assert sender.fingerprint == mine.own_fingerprint
    with pytest.raises(NotAnOrganisation):
        Exchange(pair.interviewer).import_files([pair.outbox / "x.age"])


def test_cards_of_the_wrong_kind_are_refused(pair: Pair) -> None:
    own = pair.tmp / "mine.json"
    org = pair.tmp / "org.json"
    Exchange(pair.interviewer).save_own_card(own)
    Exchange(pair.coordinator).save_organisation_card(org)
    with pytest.raises(CardInvalid, match="interviewer"):
        Exchange.read_organisation_card(own)
    with pytest.raises(CardInvalid, match="organisation card"):
        Senders.read_card(org)
    assert Exchange.read_organisation_card(org).name == "Test organisation"


def test_approve_checks_the_fingerprint_shown(pair: Pair) -> None:
    [sender] = Exchange(pair.coordinator).senders.known()
    with pytest.raises(SenderError, match="fingerprint"):
        Exchange(pair.coordinator).senders.approve(sender.key_id, "0000 " * 7 + "0000")


def test_progress_runs_across_files_and_reaches_the_end(pair: Pair) -> None:
    testimony_id = pair.add()
    pair.attach(testimony_id, os.urandom(2 * 1024 * 1024))
    first = Path(Exchange(pair.interviewer).export(pair.outbox).bundles[0].path)
    pair.add()
    second = Path(Exchange(pair.interviewer).export(pair.outbox).bundles[0].path)
    seen: list[tuple[int, int]] = []
    result = Exchange(pair.coordinator).import_files(
        [first, second], lambda d, t: seen.append((d, t))
    )
    assert [r.status for r in result.outcomes] == [service.IMPORTED, service.IMPORTED]
    total = first.stat().st_size + second.stat().st_size
    assert all(t == total for _, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1] == (total, total)


def test_stop_rolls_back_the_file_being_read_and_reports_the_rest(pair: Pair) -> None:
    testimony_id = pair.add()
    pair.attach(testimony_id, os.urandom(3 * 1024 * 1024))
    first = Path(Exchange(pair.interviewer).export(pair.outbox).bundles[0].path)
    pair.add()
    second = Path(Exchange(pair.interviewer).export(pair.outbox).bundles[0].path)

    def stop_inside_the_first(done: int, total: int) -> None:
        if done > 0:
            raise Stop()

    sync = Exchange(pair.coordinator)
    result = sync.import_files([first, second], stop_inside_the_first)
    assert result.cancelled
    assert [(r.file, r.status) for r in result.outcomes] == [
        (str(first), service.CANCELLED),
        (str(second), service.CANCELLED),
    ]
    assert sync.senders.known()[0].last_sequence == 0  # nothing of the first bundle was kept
    again = sync.import_files([first, second])
    assert [r.status for r in again.outcomes] == [service.IMPORTED, service.IMPORTED]


def test_a_stop_never_drops_a_held_bundle(pair: Pair) -> None:
    """Stopping during the retry of quarantined bundles would make the core reject and delete
    them: the facade stops only the reading of the file given."""
    pair.add()
    first = Path(Exchange(pair.interviewer).export(pair.outbox).bundles[0].path)
    pair.add()
    second = Path(Exchange(pair.interviewer).export(pair.outbox).bundles[0].path)
    sync = Exchange(pair.coordinator)
    [held] = sync.import_files([second]).outcomes
    assert held.status == service.QUARANTINED
    assert len(list(pair.coordinator.paths.quarantine.glob("*.age"))) == 1

    read_to_the_end = False

    def stop_once_the_file_was_read(done: int, total: int) -> None:
        nonlocal read_to_the_end
        if read_to_the_end:
            raise Stop()  # the user presses Cancel while the held bundle is being retried
        read_to_the_end = done >= total

    result = sync.import_files([first], stop_once_the_file_was_read)
    assert read_to_the_end
    assert [(r.status, r.sequence) for r in result.outcomes] == [
        (service.IMPORTED, 1),
        (service.IMPORTED, 2),  # the held one: retried to its end, not dropped
    ]
    assert not result.cancelled
    assert list(pair.coordinator.paths.quarantine.glob("*.age")) == []
    assert sync.senders.known()[0].last_sequence == 2


def test_a_cancel_token_stops_the_import_without_the_progress_raising(pair: Pair) -> None:
    """The desktop's Cancel sets a token from another thread; the progress callback only
    reports. The bundle being read is rolled back and the rest reported CANCELLED."""
    testimony_id = pair.add()
    pair.attach(testimony_id, os.urandom(3 * 1024 * 1024))
    first = Path(Exchange(pair.interviewer).export(pair.outbox).bundles[0].path)
    pair.add()
    second = Path(Exchange(pair.interviewer).export(pair.outbox).bundles[0].path)
    token = CancelToken()

    def press_cancel_midway(done: int, total: int) -> None:
        if 0 < done < total:
            token.cancel()  # returns normally: the core must notice the token itself

    sync = Exchange(pair.coordinator)
    result = sync.import_files([first, second], press_cancel_midway, cancel=token)
    assert result.cancelled
    assert [r.status for r in result.outcomes] == [service.CANCELLED, service.CANCELLED]
    assert sync.senders.known()[0].last_sequence == 0  # nothing of the first bundle was kept
    assert list(pair.coordinator.paths.quarantine.glob("*.age")) == []
    again = sync.import_files([first, second])
    assert [r.status for r in again.outcomes] == [service.IMPORTED, service.IMPORTED]


def test_a_token_cancelled_before_the_import_reads_nothing(pair: Pair) -> None:
    pair.add()
    bundle = Path(Exchange(pair.interviewer).export(pair.outbox).bundles[0].path)
    token = CancelToken()
    token.cancel()
    sync = Exchange(pair.coordinator)
    result = sync.import_files([bundle], cancel=token)
    assert result.cancelled
    assert [r.status for r in result.outcomes] == [service.CANCELLED]
    assert sync.senders.known()[0].last_sequence == 0


def test_a_cancel_token_stops_an_export_and_leaves_nothing(pair: Pair) -> None:
    testimony_id = pair.add()
    pair.attach(testimony_id, os.urandom(3 * 1024 * 1024))
    sync = Exchange(pair.interviewer)
    token = CancelToken()

    def press_cancel_midway(done: int, total: int) -> None:
        if done > 0:
            token.cancel()

    with pytest.raises(Cancelled):
        sync.export(pair.outbox, progress=press_cancel_midway, cancel=token)
    assert os.listdir(pair.outbox) == []
    [bundle] = sync.export(pair.outbox).bundles
    assert (bundle.sequence, bundle.versions, bundle.attachments) == (1, 1, 1)


def test_an_unreadable_file_is_a_rejected_row(pair: Pair, tmp_path: Path) -> None:
    missing = tmp_path / "gone.age"
    [row] = Exchange(pair.coordinator).import_files([missing]).outcomes
    assert row.status == service.REJECTED
    assert "cannot read" in row.reason


def test_no_trusted_organisation_is_an_error_with_words(tmp_path: Path) -> None:
    from app.sync.errors import NoTrustedOrganisation

    with make_vault(tmp_path / "alone") as vault:
        sync = Exchange(vault)
        assert sync.state().trusted is None
        with pytest.raises(NoTrustedOrganisation):
            sync.export(tmp_path)


def test_a_stopped_export_leaves_no_file_and_no_state(pair: Pair) -> None:
    testimony_id = pair.add()
    pair.attach(testimony_id, os.urandom(3 * 1024 * 1024))
    sync = Exchange(pair.interviewer)

    def stop(done: int, total: int) -> None:
        raise Stop()

    with pytest.raises(Stop):  # the caller's own exception, not pyrage's EncryptError
        sync.export(pair.outbox, progress=stop)
    assert os.listdir(pair.outbox) == []
    [bundle] = sync.export(pair.outbox).bundles
    assert (bundle.sequence, bundle.versions, bundle.attachments) == (1, 1, 1)


# --- receipts ---------------------------------------------------------------------------------
def deliver(pair: Pair) -> Path:
    """Export what is new, import it, write its receipt; returns the receipt file."""
    [bundle] = Exchange(pair.interviewer).export(pair.outbox).bundles
    coordinator = Exchange(pair.coordinator)
    [row] = coordinator.import_files([Path(bundle.path)]).outcomes
    inbox = pair.tmp / "receipts"
    inbox.mkdir(exist_ok=True)
    [written] = coordinator.receipts.write_receipts([row.bundle_id, row.bundle_id], inbox)
    assert written.error == ""
    assert Path(written.path).parent == inbox
    return Path(written.path)


def test_receipts_read_confirm_and_purge(pair: Pair) -> None:
    kept, safe = pair.add(), pair.add()
    receipt = deliver(pair)
    pair.edit(kept, shared_testimony(status="complete", id=kept))
    receipts = Exchange(pair.interviewer).receipts
    [sent] = receipts.exports()
    assert (sent.sequence, sent.confirmed_at) == (1, None)
    assert receipts.delivered() == ()

    [row] = receipts.read_receipts([receipt])
    assert (row.status, row.organisation, row.sequence, row.confirmed) == (
        READ,
        "Test organisation",
        1,
        2,
    )
    assert row.conflicts == ()
    assert row.unconfirmed == ()  # all it exported; the later edit was never sent
    assert row.received_at.endswith("Z")
    [sent] = receipts.exports()
    assert sent.confirmed_at == row.received_at
    assert [ref.id for ref in receipts.delivered()] == [safe]

    result = receipts.purge([safe, kept])
    assert result.deleted == (safe,)
    assert result.skipped == (kept,)  # edited after the export: not confirmed, stays
    assert receipts.delivered() == ()
    with pair.interviewer.reading() as session:
        assert [s.id for s in testimonies.summaries(session)] == [kept]
    with pair.coordinator.reading() as session:
        assert testimonies.get(session, safe).provenance.version == 1  # its copy stays


def test_a_refused_receipt_is_a_row_and_a_stop_reports_the_rest(pair: Pair) -> None:
    pair.add()
    receipt = deliver(pair)
    tampered = pair.tmp / "tampered.age"
    data = bytearray(receipt.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    receipts = Exchange(pair.interviewer).receipts
    [refused, missing] = receipts.read_receipts([tampered, pair.tmp / "gone.age"])
    assert (refused.status, missing.status) == (REJECTED, REJECTED)
    assert "altered" in refused.reason
    assert "cannot read" in missing.reason
    assert receipts.delivered() == ()

    def stop_before_the_second(done: int, total: int) -> None:
        if done == 1:
            raise Stop()

    rows = receipts.read_receipts([receipt, tampered], stop_before_the_second)
    assert [r.status for r in rows] == [READ, CANCELLED]
    assert len(receipts.delivered()) == 1  # the one read before the stop is recorded


def test_receipts_cannot_be_read_before_an_export(pair: Pair) -> None:
    with pytest.raises(SyncError, match="never exported"):
        Exchange(pair.interviewer).receipts.read_receipts([pair.tmp / "x.age"])


def test_a_receipt_that_cannot_be_written_is_reported(pair: Pair) -> None:
    pair.add()
    [bundle] = Exchange(pair.interviewer).export(pair.outbox).bundles
    coordinator = Exchange(pair.coordinator)
    coordinator.import_files([Path(bundle.path)])
    [written] = coordinator.receipts.write_receipts([bundle.bundle_id], pair.tmp / "no-such")
    assert written.path == ""
    assert "is not a folder" in written.error
    [unknown] = coordinator.receipts.write_receipts(["0" * 32], pair.outbox)
    assert "no imported bundle" in unknown.error
