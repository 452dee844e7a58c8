"""The search index rebuilt at unlock when a release changes its rules (search.INDEX_VERSION):
the same answers as the index the saves wrote, nothing of the old index left readable, all or
nothing when the process dies half-way, and the faces told how far it got."""

from __future__ import annotations

import io
import os
import secrets
import string
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.cli.unlock_progress import IndexProgress
from app.storage import attachments, maintenance, search, testimonies
from app.storage.models import TestimonyFacet as Facet
from app.storage.models import VaultMeta
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.cli import sviedka
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import full_testimony, minimal_testimony
from tests.security.decrypted import database_key, page_images, table_bytes

SURNAMES = ("Бабарыка", "Калеснікава", "Лосік", "Statkiewicz", "Бяляцкі")
QUERIES = ("Babaryka", "Калесникова", "Losik", "Статкевич", "Baravik", "пратакол", "sved7")


def _person(name: str) -> dict[str, object]:
    names = [{"value": name, "script": "Cyrl", "language": "be", "kind": "original"}]
    return {"ref": "p1", "names": names, "roles": ["informant", "victim"]}


def _fill(vault: Vault, count: int, scratch: Path) -> list[str]:
    """`count` short testimonies, two complete ones, one of them with a described file."""
    with vault.transaction() as session:
        vocab = vault_vocabulary(session)
        added = [
            testimonies.add(session, doc, vocab, vault.key_id)
            for doc in [full_testimony(), full_testimony()]
            + [
                minimal_testimony(persons=[_person(f"{SURNAMES[n % 5]} Sved{n}")])
                for n in range(count)
            ]
        ]
    scratch.mkdir(parents=True, exist_ok=True)
    source = scratch / "protocol.txt"
    source.write_text("court record\n")
    attachments.add(vault, added[0], source, "пратакол допыту")
    return added


def _answers(vault: Vault) -> dict[str, list[str]]:
    with vault.reading() as session:
        vocab = vault_vocabulary(session)
        found = {q: [hit.id for hit in search.search(session, vocab, q)] for q in QUERIES}
        found["article=411"] = [
            hit.id
            for hit in search.search(session, vocab, "", search.Filters.parse(["article=411"]))
        ]
    return found


def _facets(vault: Vault) -> set[tuple[str, str, str]]:
    with vault.reading() as session:
        rows = session.execute(select(Facet.facet, Facet.value, Facet.testimony_id))
        return {(row.facet, row.value, row.testimony_id) for row in rows}


def _make_stale(vault: Vault) -> None:
    """As after installing a release whose indexing rules changed."""
    with vault.transaction() as session:
        marker = session.get(VaultMeta, search.INDEX_VERSION_KEY)
        assert marker is not None
        marker.value = "3"


def _marker(vault: Vault) -> str | None:
    with vault.reading() as session:
        marker = session.get(VaultMeta, search.INDEX_VERSION_KEY)
        return None if marker is None else marker.value


def test_rebuild_answers_as_the_saved_index_did_and_tells_its_progress(
    vault: Vault, tmp_path: Path
) -> None:
    added = _fill(vault, 120, tmp_path / "scratch")
    before, facets = _answers(vault), _facets(vault)
    assert all(before[q] for q in ("Babaryka", "Losik", "пратакол", "article=411"))
    _make_stale(vault)
    heard: list[tuple[int, int]] = []
    done = maintenance.after_unlock(vault, lambda n, total: heard.append((n, total)))
    assert done.reindexed == len(added)
    assert _marker(vault) == search.INDEX_VERSION
    assert _answers(vault) == before
    # The same facets, the entries' digests included: a later save rewrites nothing it need not.
    assert _facets(vault) == facets
    assert heard[0] == (0, len(added))
    assert heard[-1] == (len(added), len(added))
    assert [n for n, _ in heard] == sorted(n for n, _ in heard)
    heard.clear()
    assert maintenance.after_unlock(vault, lambda n, t: heard.append((n, t))).reindexed == 0
    assert heard == []  # an unlock with a current index says nothing


def test_no_word_of_the_old_index_is_readable_after_the_rebuild(
    vault: Vault, tmp_path: Path
) -> None:
    """Words only the old rules produced (a form the new folding no longer makes) must not
    outlive the rebuild in the database, its WAL or any table, for someone with the key."""
    _fill(vault, 10, tmp_path / "scratch")
    word = "qx" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(14))
    with vault.transaction() as session:  # an entry as an older release wrote it
        conn = session.connection()
        rowid = conn.execute(text("SELECT max(rowid) FROM search_entry")).scalar()
        conn.execute(text("DELETE FROM testimony_search WHERE rowid = :r"), {"r": rowid})
        conn.execute(
            text("INSERT INTO testimony_search (rowid, body, keys) VALUES (:r, :w, :w)"),
            {"r": rowid, "w": f"sved {word}"},
        )
    _make_stale(vault)
    needle = word[4:].encode()  # FTS5 stores a term without the prefix it shares
    key = database_key(vault.paths.folder)

    def readable() -> set[str]:
        places = {
            n
            for n, pages in page_images(vault.paths.folder, key).items()
            if any(needle in page for page in pages)
        }
        plain = tmp_path / f"plain-{len(os.listdir(tmp_path))}.db"
        if needle in table_bytes(vault.paths.database, key, plain):
            places.add("tables")
        return places

    assert readable() >= {"tables"}  # the control: the scan finds the old word before
    maintenance.after_unlock(vault)
    assert readable() == set()
    vault.close()
    assert readable() == set()


CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.services import vault

    def progress(done, total):
        print(f"{done}/{total}", flush=True)
        if done >= 50:
            time.sleep(600)  # held half-way through the rebuild, until killed

    vault.unlock(Path(sys.argv[1]), sys.argv[2], progress).close()
    print("finished", flush=True)
    """
)


@pytest.mark.slow
def test_a_rebuild_killed_half_way_leaves_the_old_index(vault_folder: Path, tmp_path: Path) -> None:
    vault = Vault.create(vault_folder, PASSPHRASE, FAST_KDF)
    added = _fill(vault, 120, tmp_path / "scratch")
    before = _answers(vault)
    _make_stale(vault)
    vault.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault_folder), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    try:
        lines = [child.stdout.readline().strip(), child.stdout.readline().strip()]
    finally:
        child.kill()
        child.wait()
    assert lines == [f"0/{len(added)}", f"50/{len(added)}"]
    with Vault.open(vault_folder, PASSPHRASE) as reopened:
        with reopened.reading() as session:
            check = session.connection().exec_driver_sql("PRAGMA integrity_check").scalar()
        assert check == "ok"
        assert _marker(reopened) == "3"  # the old marker: the next unlock starts again
        assert _answers(reopened) == before  # and the old index answers meanwhile
        assert maintenance.after_unlock(reopened).reindexed == len(added)
        assert _answers(reopened) == before
        assert _marker(reopened) == search.INDEX_VERSION


def test_the_command_line_says_why_the_unlock_takes_long(vault: Vault, tmp_path: Path) -> None:
    added = _fill(vault, 3, tmp_path / "scratch")
    _make_stale(vault)
    folder = vault.paths.folder
    vault.close()
    result = sviedka("search", "Babaryka", "--json", vault=folder)
    assert result.code == 0, result.err
    assert (
        f"Updating the search index for this version of Sviedka ({len(added)} testimonies)…"
        in result.err
    )
    assert "Updating" not in result.out  # what a script reads stays clean
    again = sviedka("search", "Babaryka", "--json", vault=folder)
    assert again.code == 0, again.err
    assert again.err == ""  # said once, when the rebuild happened
    assert again.out == result.out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_line_counts_up_in_place() -> None:
    terminal = _Terminal()
    progress = IndexProgress(terminal)
    for done in (0, 50, 100, 120):
        progress(done, 120)
    line = "Updating the search index for this version of Sviedka (120 testimonies)…"
    assert terminal.getvalue() == f"\r{line} 0%\r{line} 41%\r{line} 83%\r{line} 100%\n"
