"""Nothing of a testimony reaches a log: the CLI's flows with `--debug`, their stderr scanned.

The sentinel sits in every free-text field (canary.plant), in the organisation's name and in a
file name; stderr of every command is searched for it in each form the disk canary knows. The
filter of app.logs is tested on its own too, with records that do carry the sentinel.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import logs
from app.domain.template import example_testimony
from app.storage.vault import Vault
from app.unexpected import summary
from tests.cli import Result, sviedka
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.security.canary import Sentinel, plant, scan_bytes


def test_cli_flows_with_debug_log_no_testimony(tmp_path: Path) -> None:
    sentinel = Sentinel.new()
    interviewer, coordinator = tmp_path / "interviewer", tmp_path / "coordinator"
    for folder in (interviewer, coordinator):
        Vault.create(folder, PASSPHRASE, FAST_KDF).close()
    outbox, receipts = tmp_path / "usb", tmp_path / "receipts"
    outbox.mkdir()
    receipts.mkdir()
    doc = example_testimony()
    doc["consent"]["scopes"] = ["internal_documentation", "share_organisation"]
    doc = plant(doc, sentinel)
    results: list[Result] = []

    def run(*args: str, vault: Path | None = None, stdin: str | None = None) -> Result:
        result = sviedka("--debug", *args, vault=vault, stdin=stdin)
        results.append(result)
        return result

    assert run("init", vault=tmp_path / "fresh").code == 0
    added = run("add", "-", vault=interviewer, stdin=json.dumps(doc, ensure_ascii=False))
    assert added.code == 0, added.err
    testimony_id = added.out.strip()
    shown = run("show", testimony_id, "--json", vault=interviewer)
    assert sentinel.latin in shown.out  # the flow really carried the sentinel
    edited = json.loads(shown.out)
    edited["interview"]["narrative"]["text"] += f" {sentinel.cyrillic}"
    assert run("edit", testimony_id, "-", vault=interviewer, stdin=json.dumps(edited)).code == 0
    assert testimony_id in run("search", sentinel.latin, "--json", vault=interviewer).out
    bad = dict(edited, interview={"narrative": sentinel.latin})  # rejected, naming the value?
    assert run("edit", testimony_id, "-", vault=interviewer, stdin=json.dumps(bad)).code == 1

    org = f"Вясна {sentinel.cyrillic} {sentinel.latin}"
    assert run("org", "init", "--name", org, vault=coordinator).code == 0
    card = tmp_path / f"org {sentinel.latin}.card"
    assert run("org", "card", "--out", str(card), vault=coordinator).code == 0
    with Vault.open(interviewer, PASSPHRASE) as opened:
        key_id = opened.key_id
    assert run("trust", str(card), "--yes", vault=interviewer).code == 0
    exported = run("export", "--out", str(outbox), vault=interviewer)
    assert exported.code == 0, exported.err
    bundle = exported.out.splitlines()[0]
    assert run("import", bundle, vault=coordinator).code == 1  # quarantined: a new sender
    assert run("senders", "approve", key_id, "--yes", vault=coordinator).code == 0
    assert run("import", bundle, "--receipts", str(receipts), vault=coordinator).code == 0
    [receipt] = receipts.iterdir()
    assert run("receipt", "read", str(receipt), vault=interviewer).code == 0
    assert sentinel.cyrillic in run("show", testimony_id, vault=coordinator).out

    stderr = "".join(result.err for result in results)
    for event in (
        "vault.opened",
        "vault.locked",
        "testimony.saved",
        "export.written",
        "import.bundle",
        "receipt.read",
    ):
        assert f" {event} " in stderr, event
    assert f"DEBUG app.storage.testimonies testimony.saved id={testimony_id} version=2" in stderr
    assert scan_bytes(stderr.encode("utf-8"), sentinel) == []

    quiet = sviedka("show", testimony_id, vault=interviewer)
    assert quiet.code == 0
    assert quiet.err == ""  # no --debug: nothing below WARNING


@pytest.fixture
def captured(capsys: pytest.CaptureFixture[str]) -> Iterator[pytest.CaptureFixture[str]]:
    """The process's handler of app.logs, at DEBUG, writing to stderr (captured)."""
    logs.configure(debug=True)
    try:
        yield capsys
    finally:
        logs.configure(debug=False)


def test_filter_lets_ids_counts_and_codes_through(captured: pytest.CaptureFixture[str]) -> None:
    log = logging.getLogger("app.test")
    uuid = "0b9f4a3e-8c7d-4e21-9a55-2f1e3d4c5b6a"
    log.debug("testimony.saved id=%s version=%d", uuid, 3)
    log.debug("import.bundle status=%s bundle=%s sender=%s", "imported", "ab" * 16, None)
    log.debug("receipt.read key=%s ok=%s", "A1B2C3D4E5F60708", True)
    log.debug("vault.locked")
    lines = captured.readouterr().err.splitlines()
    assert lines == [
        f"sviedka: DEBUG app.test testimony.saved id={uuid} version=3",
        f"sviedka: DEBUG app.test import.bundle status=imported bundle={'ab' * 16} sender=None",
        "sviedka: DEBUG app.test receipt.read key=A1B2C3D4E5F60708 ok=True",
        "sviedka: DEBUG app.test vault.locked",
    ]


def test_filter_drops_what_could_carry_testimony(captured: pytest.CaptureFixture[str]) -> None:
    """Negative control: each of these would print the sentinel without the filter."""
    sentinel = Sentinel.new()
    log = logging.getLogger("app.test")
    records: list[logging.LogRecord] = []
    spy = logging.Handler()
    spy.emit = records.append  # type: ignore[method-assign]
    log.addHandler(spy)
    try:
        log.warning("testimony.saved name=%s", sentinel.latin)
        log.warning("testimony.saved name=%s", f"ivan {sentinel.cyrillic}")
        log.warning(f"testimony.saved name={sentinel.latin}")
        log.warning("testimony.saved %(name)s", {"name": sentinel.latin})
        log.warning("testimony.saved id=%s", 1, extra={"person": sentinel.latin})
        try:
            raise ValueError(sentinel.cyrillic)
        except ValueError:
            log.exception("testimony.failed")
        logging.getLogger("sqlalchemy.engine").warning("INSERT %s", sentinel.latin)
    finally:
        log.removeHandler(spy)
    assert len(records) == 6
    leaked = "\n".join(f"{r.getMessage()} {r.exc_info}" for r in records)
    assert scan_bytes(leaked.encode("utf-8"), sentinel)  # the records did carry it
    written = captured.readouterr().err
    assert "testimony.saved id=1" in written  # extra= is not formatted: allowed
    assert written.count("\n") == 1
    assert scan_bytes(written.encode("utf-8"), sentinel) == []


def test_failed_logs_type_and_place_never_the_message(captured: pytest.CaptureFixture[str]) -> None:
    sentinel = Sentinel.new()
    try:
        raise TypeError(f"bad value {sentinel.latin}")
    except TypeError as exc:
        logs.failed("app.ui.test", "card.save", exc)
        expected = summary(TypeError, exc.__traceback__)
    written = captured.readouterr().err
    assert written == f"sviedka: WARNING app.ui.test failed event=card.save error={expected}\n"
    assert "test_logging_canary.py:" in written
    assert scan_bytes(written.encode("utf-8"), sentinel) == []


def test_default_shows_warnings_only(captured: pytest.CaptureFixture[str]) -> None:
    logs.configure(debug=False)
    log = logging.getLogger("app.test")
    log.debug("vault.opened key=%s", "abcd")
    log.warning("failed event=%s", "task")
    assert captured.readouterr().err == "sviedka: WARNING app.test failed event=task\n"
