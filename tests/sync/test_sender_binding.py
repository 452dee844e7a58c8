"""Attacks on who may speak for whom in the archive (issue 9): an approved interviewer writing
into a colleague's testimony, a record or attachment claiming another author, an unknown key
filing its bundle under a known interviewer's key id, a squatter taking a newcomer's key id
first. Each test performs the attack and checks that the archive holds what the honest
interviewers sent, and nothing else."""

from __future__ import annotations

import io
import json
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.canonical import canonical_bytes
from app.storage import audit, models, testimonies
from app.storage.models import AuditEntry
from app.storage.sync_models import QuarantinedBundle, ReplyIdentity, Sender, SenderOfTestimony
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.sync import bundle_format as fmt
from app.sync import exporter, holding, identities, importer, minisign, quarantine, receipts
from app.sync.errors import SenderError
from tests.sync.conftest import Pair, introduce, make_vault, shared_testimony
from tests.sync.forge import archive, build, decrypt, encrypt, open_bundle
from tests.sync.forge import entry as tar_entry


@pytest.fixture
def bob(pair: Pair) -> Iterator[Vault]:
    """A second interviewer of the same organisation, approved like the first (Alice)."""
    vault = make_vault(pair.tmp / "bob")
    try:
        introduce(vault, pair.coordinator)
        yield vault
    finally:
        vault.close()


def add(vault: Vault, doc: dict[str, object]) -> str:
    with vault.transaction() as session:
        return testimonies.add(session, doc, vault_vocabulary(session), vault.key_id)


def edit(vault: Vault, testimony_id: str, doc: dict[str, object]) -> int:
    with vault.transaction() as session:
        return testimonies.update(
            session, testimony_id, doc, vault_vocabulary(session), vault.key_id
        )


def export(vault: Vault, outbox: Path) -> Path:
    return Path(exporter.export_bundle(vault, outbox).path)


def current(vault: Vault, testimony_id: str) -> tuple[int, str]:
    """The current version of a testimony in `vault`, and whose key saved it."""
    with vault.reading() as session:
        row = session.get(models.Testimony, testimony_id)
        assert row is not None
        version = session.get(models.TestimonyVersion, (testimony_id, row.current_version))
        assert version is not None
        return row.current_version, version.author_key


def alice_delivers(pair: Pair) -> tuple[str, dict[str, object]]:
    doc = shared_testimony()
    alice_id = add(pair.interviewer, doc)
    assert importer.import_files(pair.coordinator, [export(pair.interviewer, pair.outbox)]).ok
    return alice_id, {**doc, "id": alice_id}


def bob_overwrites(pair: Pair, bob: Vault, alice_id: str, words: dict[str, object]) -> Path:
    """Bob adds a testimony with Alice's id and her exact words, edits it and exports."""
    add(bob, words)
    edit(bob, alice_id, {**words, "status": "complete"})
    return export(bob, pair.outbox)


def test_an_approved_interviewer_cannot_overwrite_a_colleagues_testimony(
    pair: Pair, bob: Vault
) -> None:
    alice_id, words = alice_delivers(pair)
    bobs_own = add(bob, shared_testimony())
    before = archive(pair.coordinator)

    [outcome] = importer.import_files(
        pair.coordinator, [bob_overwrites(pair, bob, alice_id, words)]
    ).outcomes

    assert outcome.status == importer.QUARANTINED
    assert outcome.reason.startswith(holding.FOREIGN)
    assert pair.interviewer.key_id in outcome.reason
    assert bob.key_id in outcome.reason
    assert archive(pair.coordinator) == before  # not even Bob's own testimony, until decided
    assert current(pair.coordinator, alice_id) == (1, pair.interviewer.key_id)
    # Alice's genuine next version is hers to send, and is imported as such.
    edit(pair.interviewer, alice_id, {**words, "confidentiality": "restricted"})
    assert importer.import_files(pair.coordinator, [export(pair.interviewer, pair.outbox)]).ok
    assert current(pair.coordinator, alice_id) == (2, pair.interviewer.key_id)
    # The coordinator keeps Alice's testimony and imports the rest of Bob's bundle.
    [held] = quarantine.held(pair.coordinator)
    assert held.others == (f"{alice_id} (sender {pair.interviewer.key_id})",)
    done = quarantine.keep_held(pair.coordinator, held.id[:12])
    assert (done.status, done.accepted) == (importer.IMPORTED, (bobs_own,))
    assert current(pair.coordinator, alice_id) == (2, pair.interviewer.key_id)


def test_a_coordinator_can_hand_a_testimony_over_on_purpose(pair: Pair, bob: Vault) -> None:
    alice_id, words = alice_delivers(pair)
    importer.import_files(pair.coordinator, [bob_overwrites(pair, bob, alice_id, words)])
    [held] = quarantine.held(pair.coordinator)

    done = quarantine.hand_over(pair.coordinator, held.id[:12])

    assert done.status == importer.IMPORTED
    assert current(pair.coordinator, alice_id) == (2, bob.key_id)
    with pair.coordinator.reading() as session:
        owner = session.get(SenderOfTestimony, alice_id)
        assert owner is not None
        assert owner.sender_key_id == bob.key_id
        handed = session.scalars(select(AuditEntry).where(AuditEntry.action == "hand_over")).one()
        assert json.loads(handed.detail)["from"] == pair.interviewer.key_id
        assert audit.verify(session).ok
    # From now on Alice's versions of it are the ones held back.
    edit(pair.interviewer, alice_id, {**words, "confidentiality": "restricted"})
    [alices] = importer.import_files(
        pair.coordinator, [export(pair.interviewer, pair.outbox)]
    ).outcomes
    assert alices.status == importer.QUARANTINED
    assert alices.reason.startswith(holding.FOREIGN)


def test_a_testimony_written_in_the_archive_is_nobody_elses(pair: Pair) -> None:
    with pair.coordinator.transaction() as session:
        local = testimonies.add(
            session, shared_testimony(), vault_vocabulary(session), pair.coordinator.key_id
        )
    add(pair.interviewer, {**shared_testimony(), "id": local})
    [outcome] = importer.import_files(
        pair.coordinator, [export(pair.interviewer, pair.outbox)]
    ).outcomes
    assert outcome.status == importer.QUARANTINED
    assert pair.coordinator.key_id in outcome.reason
    assert current(pair.coordinator, local) == (1, pair.coordinator.key_id)


def test_a_record_claiming_another_author_is_rejected(pair: Pair, bob: Vault) -> None:
    add(bob, shared_testimony())
    opened = open_bundle(export(bob, pair.outbox), pair.org_identity)
    index = opened.member("records/")
    name, data = opened.members[index]
    record = json.loads(data)
    record["provenance"]["author_key"] = pair.interviewer.key_id
    opened.members[index] = (name, canonical_bytes(record))
    opened.relist()
    before = archive(pair.coordinator)
    forged = encrypt(build(opened, bob), pair.tmp / "forged.age", pair.org_recipient)

    [outcome] = importer.import_files(pair.coordinator, [forged]).outcomes

    assert outcome.status == importer.REJECTED
    assert f"names {pair.interviewer.key_id} as its author" in outcome.reason
    assert archive(pair.coordinator) == before


def test_an_attachment_claiming_another_author_is_rejected(pair: Pair, bob: Vault) -> None:
    bobs = add(bob, shared_testimony())
    source = pair.tmp / "court.txt"
    source.write_bytes(b"photographed court papers")
    from app.storage import attachments

    attachments.add(bob, bobs, source, description="")
    opened = open_bundle(export(bob, pair.outbox), pair.org_identity)
    opened.manifest["attachments"][0]["author_key"] = pair.interviewer.key_id
    forged = encrypt(build(opened, bob), pair.tmp / "forged.age", pair.org_recipient)
    before = archive(pair.coordinator)

    [outcome] = importer.import_files(pair.coordinator, [forged]).outcomes

    assert outcome.status == importer.REJECTED
    assert "another author than its signer" in outcome.reason
    assert archive(pair.coordinator) == before


def stranger_bundle(pair: Pair, name: str) -> tuple[Vault, Path]:
    """A vault the coordinator never heard of, holding the organisation card (it is public)."""
    stranger = make_vault(pair.tmp / name)
    introduce(stranger, pair.coordinator, approve=False)
    add(stranger, shared_testimony())
    return stranger, export(stranger, pair.outbox)


def resign(pair: Pair, bundle: Path, signer: Vault, key_id: str, sender: str) -> Path:
    """Sign `bundle` again with `signer`'s secret, under `key_id`, naming `sender`."""
    opened = open_bundle(bundle, pair.org_identity)
    opened.manifest["sender"] = sender
    with signer.reading() as session:
        public, secret = identities.own_key(session, signer.key_id)
    claimed = minisign.PublicKey(key_id, public.raw)

    def entries(data: bytes, _sig: bytes) -> list[object]:
        comment = fmt.trusted_comment(opened.manifest["bundle_id"], claimed)
        sig = minisign.sign(secret, key_id, data, comment).text().encode()
        return [tar_entry(fmt.MANIFEST, data), tar_entry(fmt.SIGNATURE, sig)] + [
            tar_entry(n, d) for n, d in opened.members
        ]

    plaintext = build(opened, signer, entries=entries)  # type: ignore[arg-type]
    return encrypt(plaintext, pair.tmp / f"{key_id}-{sender}.age", pair.org_recipient)


def test_an_unknown_key_cannot_file_its_bundle_under_a_known_sender(pair: Pair) -> None:
    stranger, bundle = stranger_bundle(pair, "stranger")
    claims_alice = resign(pair, bundle, stranger, stranger.key_id, pair.interviewer.key_id)
    stranger.close()

    [outcome] = importer.import_files(pair.coordinator, [claims_alice]).outcomes

    assert outcome.status == importer.REJECTED
    assert "another sender" in outcome.reason
    assert quarantine.held(pair.coordinator) == []


def test_a_squatted_key_id_never_locks_the_real_interviewer_out(pair: Pair) -> None:
    newcomer, genuine = stranger_bundle(pair, "newcomer")
    squatter, theirs = stranger_bundle(pair, "squatter")
    squatted = resign(pair, theirs, squatter, newcomer.key_id, newcomer.key_id)
    squatter.close()
    with newcomer.reading() as session:
        card = identities.interviewer_card(session, newcomer.key_id)

    # The squatter's bundle arrives first, then the newcomer's: both are held, neither decides.
    report = importer.import_files(pair.coordinator, [squatted, genuine])
    assert [o.status for o in report.outcomes] == [importer.QUARANTINED] * 2
    assert "another key claims this key id" in report.outcomes[1].reason
    with (
        pair.coordinator.transaction() as session,
        pytest.raises(SenderError, match="more than one key"),
    ):
        identities.set_status(session, newcomer.key_id, identities.APPROVED, "C" * 16)
    # The card the coordinator confirmed by phone pins the real key and releases its bundle.
    with pair.coordinator.transaction() as session:
        identities.add_sender(session, card, pair.coordinator.key_id)
    outcomes = importer.retry_quarantined(pair.coordinator, newcomer.key_id)

    assert sorted(o.status for o in outcomes) == [importer.IMPORTED, importer.REJECTED]
    assert quarantine.held(pair.coordinator) == []
    with pair.coordinator.reading() as session:
        sender = session.get(Sender, newcomer.key_id)
        assert sender is not None
        assert sender.public == card.signing_key.raw
    newcomer.close()


def test_held_bundles_of_strangers_are_limited(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(holding, "LIMITS", holding.Limits(key_bundles=2, untrusted_bundles=3))
    first, one = stranger_bundle(pair, "first")
    bundles = [one]
    for _ in range(2):
        add(first, shared_testimony())
        bundles.append(export(first, pair.outbox))
    second, two = stranger_bundle(pair, "second")
    add(second, shared_testimony())
    bundles += [two, export(second, pair.outbox)]

    outcomes = importer.import_files(pair.coordinator, bundles).outcomes

    assert [o.status for o in outcomes] == [
        importer.QUARANTINED, importer.QUARANTINED, importer.REJECTED,  # 2 per key
        importer.QUARANTINED, importer.REJECTED,  # 3 from strangers in all
    ]  # fmt: skip
    assert f"key {first.key_id} already has 2 bundles held back" in outcomes[2].reason
    assert "unknown or revoked senders already take 3" in outcomes[4].reason
    assert len(list(pair.coordinator.paths.quarantine.glob("*.age"))) == 3
    first.close()
    second.close()


def test_held_bytes_are_limited_too(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    stranger, bundle = stranger_bundle(pair, "stranger")
    monkeypatch.setattr(holding, "LIMITS", holding.Limits(key_bytes=bundle.stat().st_size))
    add(stranger, shared_testimony())
    later = export(stranger, pair.outbox)
    stranger.close()
    outcomes = importer.import_files(pair.coordinator, [bundle, later]).outcomes
    assert [o.status for o in outcomes] == [importer.QUARANTINED, importer.REJECTED]
    with pair.coordinator.reading() as session:
        assert len(session.scalars(select(QuarantinedBundle)).all()) == 1


def test_receipts_list_what_the_verified_sender_delivered(pair: Pair, bob: Vault) -> None:
    alice_id, _ = alice_delivers(pair)
    bobs = add(bob, shared_testimony())
    [done] = importer.import_files(pair.coordinator, [export(bob, pair.outbox)]).outcomes
    receipt = receipts.issue(pair.coordinator, done.bundle_id, pair.outbox)
    with bob.reading() as session:
        reply = session.get(ReplyIdentity, bob.key_id)
        assert reply is not None
    parsed = json.loads(_receipt_json(receipt, reply.age_identity))
    assert {v["id"] for v in parsed["versions"]} == {bobs}
    assert alice_id not in receipt.read_bytes().decode("latin-1")


def _receipt_json(path: Path, identity: str) -> bytes:
    with tarfile.open(fileobj=io.BytesIO(decrypt(path, identity)), mode="r|") as tar:
        for info in tar:
            handle = tar.extractfile(info)
            if info.name == "receipt.json" and handle is not None:
                return handle.read()
    raise AssertionError("no receipt.json")
