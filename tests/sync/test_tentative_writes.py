"""What the importer relies on to hold a bundle back after reading it: writes made inside
`unit_of_work.tentative` stay only when kept, and the rest of the unit of work is unaffected.
Tried on a real vault, with rows a held bundle would otherwise leave behind (a sender)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import senders, unit_of_work
from tests.sync.conftest import make_vault


class Boom(Exception):
    pass


def test_writes_not_kept_are_undone_and_the_rest_commits(tmp_path: Path) -> None:
    with make_vault(tmp_path / "v") as vault:
        with vault.transaction() as session:
            senders.add(session, "AAAAAAAAAAAAAAAA", b"a" * 32, "known")  # outside: stays
            with unit_of_work.tentative(session):
                senders.add(session, "BBBBBBBBBBBBBBBB", b"b" * 32, "known")  # not kept
            with unit_of_work.tentative(session) as writes:
                senders.add(session, "CCCCCCCCCCCCCCCC", b"c" * 32, "known")
                writes.keep()
        with vault.reading() as session:
            assert [s.key_id for s in senders.every(session)] == [
                "AAAAAAAAAAAAAAAA",
                "CCCCCCCCCCCCCCCC",
            ]


def test_a_failure_inside_undoes_the_tentative_writes_even_if_kept(tmp_path: Path) -> None:
    with make_vault(tmp_path / "v") as vault:
        with vault.transaction() as session:
            senders.add(session, "AAAAAAAAAAAAAAAA", b"a" * 32, "known")

            def fail_after_keeping() -> None:
                with unit_of_work.tentative(session) as writes:
                    senders.add(session, "BBBBBBBBBBBBBBBB", b"b" * 32, "known")
                    writes.keep()
                    raise Boom

            with pytest.raises(Boom):
                fail_after_keeping()
        with vault.reading() as session:
            assert [s.key_id for s in senders.every(session)] == ["AAAAAAAAAAAAAAAA"]
