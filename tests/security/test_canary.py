"""Nothing of a testimony reaches the disk in plaintext: run real flows, then look for it.

HOME, XDG folders, TMPDIR and SQLITE_TMPDIR point into the test's own folder (conftest); the
scan covers that folder (vault included: database, WAL, SHM, keyslots, backups), /tmp and
/var/tmp, in UTF-8, UTF-16, JSON-escaped, URL-encoded and base64 forms.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.domain.template import example_testimony
from tests.cli import sviedka
from tests.conftest import PASSPHRASE
from tests.security.canary import Sentinel, encodings, plant, scan_bytes, scan_tree


def scan_roots(home: Path) -> list[Path]:
    return [home, Path("/tmp"), Path("/var/tmp")]


def watch_for_deleted_files(process: subprocess.Popen[bytes], vault: Path) -> set[str]:
    """Deleted-but-open files are how the temp_store leak was found: look while it runs.

    The CLI makes itself non-dumpable, so only root may list its open files: a permission
    error fails the test rather than letting the check see nothing."""
    seen: set[str] = set()
    fd_dir = Path(f"/proc/{process.pid}/fd")
    while process.poll() is None:
        try:
            for fd in fd_dir.iterdir():
                try:
                    target = os.readlink(fd)
                except FileNotFoundError:
                    continue
                if target.endswith("(deleted)") and not target.startswith(str(vault)):
                    seen.add(target)
        except PermissionError:
            process.kill()
            pytest.fail(f"cannot list {fd_dir} of the non-dumpable CLI: this check runs as root")
        except FileNotFoundError:
            pass  # the process ended between poll() and the listing
        time.sleep(0.002)
    return seen


@pytest.mark.slow
def test_cli_flows_leave_no_plaintext(private_environment: Path) -> None:
    sentinel = Sentinel.new()
    vault = private_environment / "vault"
    doc = plant(example_testimony(), sentinel)
    lines = "\n".join(json.dumps(doc, ensure_ascii=False) for _ in range(40))

    assert sviedka("init", vault=vault).code == 0
    env = {**os.environ, "SVIEDKA_PASSPHRASE": PASSPHRASE}
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--vault", str(vault), "add", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdin is not None
    process.stdin.write(lines.encode("utf-8"))
    process.stdin.close()
    deleted = watch_for_deleted_files(process, vault)
    assert process.wait() == 0, process.stderr.read() if process.stderr else ""
    ids = process.stdout.read().decode().split() if process.stdout else []
    assert len(ids) == 40

    shown = sviedka("show", ids[0], "--json", vault=vault)
    assert sentinel.latin in shown.out  # the flow really carried the sentinel
    edited = json.loads(shown.out)
    edited["interview"]["narrative"]["text"] += f" {sentinel.cyrillic} {sentinel.latin}"
    assert sviedka("edit", ids[0], "-", vault=vault, stdin=json.dumps(edited)).code == 0
    assert sviedka("list", vault=vault).code == 0
    assert sviedka("search", "Baravik", vault=vault).code == 0
    assert sviedka("search", sentinel.latin, "--json", vault=vault).out.count(ids[0]) == 1

    # An attachment whose name, description and bytes carry the sentinel. The source and the
    # extracted copy are the user's own plaintext files: removed before the scan.
    outside = private_environment / "users-own-files"
    outside.mkdir()
    source = outside / f"протакол {sentinel.cyrillic}.txt"
    source.write_text(f"Court record {sentinel.latin} {sentinel.cyrillic}\n" * 5000)
    attached = sviedka(
        "attach", ids[0], str(source), "--description", f"верх {sentinel.cyrillic}", vault=vault
    )
    assert attached.code == 0, attached.err
    sha256 = attached.out.split()[0]
    copy = outside / "copy.txt"
    assert sviedka("extract", ids[0], sha256, "--out", str(copy), vault=vault).code == 0
    assert copy.read_bytes() == source.read_bytes()
    for path in outside.iterdir():
        path.unlink()
    outside.rmdir()
    assert sviedka("history", ids[0], vault=vault).code == 0
    assert sviedka("delete", ids[1], "--yes", vault=vault).code == 0
    assert sviedka("audit", "verify", vault=vault).code == 0
    passwd = sviedka("passwd", vault=vault, env={"SVIEDKA_NEW_PASSPHRASE": "another passphrase!"})
    assert passwd.code == 0

    assert deleted == set()
    leaks = scan_tree(scan_roots(private_environment), sentinel)
    assert leaks == {}
    assert (vault / "vault.db").stat().st_size > 100_000  # the data is there, encrypted


def test_negative_control_scanner_finds_each_form(private_environment: Path) -> None:
    """A deliberate leak in every form is found: the scanner can see what it looks for."""
    sentinel = Sentinel.new()
    leak_dir = Path(os.environ["TMPDIR"])
    for index, word in enumerate(sentinel.words()):
        for name, needle in encodings(word).items():
            path = leak_dir / f"leak-{name}-{index}.bin"
            path.write_bytes(b"padding" + needle + b"padding")
            assert scan_bytes(path.read_bytes(), sentinel), name
    found = scan_tree(scan_roots(private_environment), sentinel)
    assert len(found) == 2 * len(encodings(sentinel.latin))


def test_negative_control_plaintext_vault_would_be_caught(private_environment: Path) -> None:
    """If the vault were plain SQLite, the same scan would find the testimony."""
    import sqlcipher3

    sentinel = Sentinel.new()
    database = private_environment / "plain.db"
    connection = sqlcipher3.connect(str(database))  # no key: a plaintext database
    connection.execute("CREATE TABLE t (doc TEXT)")
    connection.execute("INSERT INTO t VALUES (?)", (json.dumps({"n": sentinel.cyrillic}),))
    connection.commit()
    connection.close()
    assert str(database) in scan_tree([private_environment], sentinel)
