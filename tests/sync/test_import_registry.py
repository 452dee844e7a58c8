"""An import links the testimonies new to the archive into the persons registry as the
interviewer's own saves linked them (app.sync.import_apply, persons_registry.link_many), and
checks a sender's audit trail against what it received before with one lookup for the whole
trail: a rewritten entry or a trail that does not follow the one held is still refused."""

from __future__ import annotations

import copy
import json
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from app.domain.canonical import canonical_bytes
from app.storage import audit, persons_registry
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.sync import bundle_format as fmt
from app.sync import exporter, importer
from app.sync.reasons import Reason
from tests import known_archive
from tests.storage.statement_plans import selects_testimonies, statements_sent
from tests.sync.conftest import Pair
from tests.sync.forge import archive, build, encrypt, open_bundle


def _shared(doc: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    doc["consent"]["scopes"] = ["internal_documentation", "share_organisation"]
    return doc


def _registry(vault: Vault) -> dict[str, Any]:
    """Every registry row by testimony; each entry's archive person only as 'its own one'
    (person ids are random, and without a merge every entry has a person of its own)."""
    with vault.reading() as session:
        rows = session.execute(text("SELECT * FROM person_entry")).mappings().all()
        people = set(session.execute(text("SELECT id FROM archive_person")).scalars())
        facts = session.execute(text("SELECT * FROM person_fact")).mappings().all()
        linked = session.execute(text("SELECT * FROM persons_linked")).all()
    assert len({row["person_id"] for row in rows}) == len(rows)
    assert {row["person_id"] for row in rows} <= people
    return {
        "entries": sorted(tuple(v for k, v in row.items() if k != "person_id") for row in rows),
        "facts": sorted(tuple(v for k, v in row.items() if k != "id") for row in facts),
        "linked": sorted(tuple(row) for row in linked),
    }


def _export(pair: Pair) -> Path:
    return Path(exporter.export_bundle(pair.interviewer, pair.outbox, True).path)


def test_an_import_links_new_testimonies_as_the_interviewer_linked_them(
    pair: Pair, import_batches: None
) -> None:
    docs = [_shared(doc) for doc in known_archive.documents()]
    ids = [pair.add(doc) for doc in docs]
    changed = {**docs[3], "id": ids[3]}
    changed["persons"][1]["names"][0]["value"] = "Мікола Статкевіч-Старэйшы"
    pair.edit(ids[3], changed)  # the bundle brings versions 1 and 2: linked at 2
    with pair.coordinator.transaction() as session:
        persons_registry.catch_up(session, vault_vocabulary(session).isans_categories)

    assert importer.import_files(pair.coordinator, [_export(pair)]).ok

    expected, got = _registry(pair.interviewer), _registry(pair.coordinator)
    assert len(expected["linked"]) == len(docs)
    assert (ids[3], 2) in {row[:2] for row in expected["linked"]}
    assert expected["facts"]
    assert got == expected
    with pair.coordinator.transaction() as session:
        vocab = vault_vocabulary(session)
        assert persons_registry.catch_up(session, vocab.isans_categories) == 0


def _trail(bundle: Path, pair: Pair) -> list[dict[str, Any]]:
    opened = open_bundle(bundle, pair.org_identity)
    entries: list[dict[str, Any]] = json.loads(opened.members[opened.member(fmt.AUDIT)][1])
    return entries


def _trail_bundle(pair: Pair, change: Callable[[list[dict[str, Any]]], None]) -> Path:
    """The interviewer's next bundle, its audit trail changed by `change` and every entry's
    hashes recomputed after it (a consistent trail, signed with the sender's own key)."""
    pair.add(_shared(known_archive.documents()[0]))
    opened = open_bundle(_export(pair), pair.org_identity)
    at = opened.member(fmt.AUDIT)
    entries: list[dict[str, Any]] = json.loads(opened.members[at][1])
    change(entries)
    for number, entry in enumerate(entries):
        if number:
            entry["prev_hash"] = entries[number - 1]["entry_hash"]
        entry["entry_hash"] = audit.entry_hash(
            entry["prev_hash"], entry["seq"], entry["at"], entry["actor"], entry["action"],
            entry["subject"], entry["detail"],
        )  # fmt: skip
    opened.members[at] = (fmt.AUDIT, canonical_bytes(entries))
    opened.relist()
    plaintext = build(opened, pair.interviewer)
    return encrypt(plaintext, pair.tmp / f"{secrets.token_hex(4)}.age", pair.org_recipient)


def test_a_rewritten_or_detached_sender_trail_is_refused_and_one_that_follows_is_taken(
    pair: Pair,
) -> None:
    pair.add(_shared(known_archive.documents()[1]))
    first = _export(pair)
    held = len(_trail(first, pair))  # the coordinator holds entries 1..held
    assert importer.import_files(pair.coordinator, [first]).ok
    before = archive(pair.coordinator)

    def rewritten(entries: list[dict[str, Any]]) -> None:
        entries[held - 1]["at"] = "2020-01-01T00:00:00Z"  # the last entry held, changed

    def detached(entries: list[dict[str, Any]]) -> None:
        del entries[:held]  # only what is new, but not following the last entry held
        entries[0]["prev_hash"] = secrets.token_hex(32)

    for change, code in ((rewritten, Reason.AUDIT_REWRITTEN), (detached, Reason.AUDIT_DETACHED)):
        (outcome,) = importer.import_files(pair.coordinator, [_trail_bundle(pair, change)]).outcomes
        assert outcome.status == importer.REJECTED
        assert outcome.reason.code == code, outcome.reason
        assert outcome.reason.params["seq"] == held + (code == Reason.AUDIT_DETACHED)
        assert archive(pair.coordinator) == before

    def follows(entries: list[dict[str, Any]]) -> None:
        del entries[:held]  # only what is new, following the last entry held

    # (the refused bundles took sequence numbers: a gap the coordinator accepts)
    gap = importer.Decisions(accept_gap=True)
    taken = importer.import_one(pair.coordinator, _trail_bundle(pair, follows), decisions=gap)
    assert taken.status == importer.IMPORTED, taken.reason
    assert archive(pair.coordinator) != before


def test_catch_up_relinks_what_an_import_changed_and_skips_the_archive_when_nothing_did(
    pair: Pair,
) -> None:
    # An import leaves a changed testimony to the catch-up, which Figures and Persons run
    # before each number and file they show. It must find the change, and when nothing was
    # added, saved, imported or deleted since, return at once instead of reading every
    # testimony (0.3-0.7 s at 100,000).
    def catch_up() -> tuple[int, list[str]]:
        watching = statements_sent(pair.coordinator.engine, selects_testimonies)
        with watching as sent, pair.coordinator.transaction() as session:
            vocab = vault_vocabulary(session)
            linked = persons_registry.catch_up(session, vocab.isans_categories)
        return linked, [statement for statement, _params in sent]

    doc = _shared(known_archive.documents()[3])
    testimony = pair.add(doc)
    assert importer.import_files(pair.coordinator, [_export(pair)]).ok
    assert catch_up()[0] == 0  # a new testimony is linked by the import itself
    changed = {**doc, "id": testimony}
    changed["persons"][1]["names"][0]["value"] = "Мікола Статкевіч-Старэйшы"
    pair.edit(testimony, changed)
    assert importer.import_files(pair.coordinator, [_export(pair)]).ok

    linked, _ = catch_up()
    assert linked == 1
    assert _registry(pair.coordinator) == _registry(pair.interviewer)
    linked, sent = catch_up()
    assert linked == 0
    assert sent == []  # no statement read the testimony table
