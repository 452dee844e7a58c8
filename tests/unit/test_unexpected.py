"""A defect in a command is reported in one line that names the exception's type and where it
was raised, never its message: the message of a failing step may quote testimony."""

from __future__ import annotations

import argparse

import pytest

from app.cli import commands, dispatch
from app.unexpected import summary

SENTINEL = "Уладзімір Сентынель 1979"


def failing_command(_args: argparse.Namespace) -> int:
    raise ValueError(f"cannot file {SENTINEL!r}")


def test_a_defect_in_a_command_is_one_line_without_its_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(commands, "cmd_schema", failing_command)
    assert dispatch.run(["schema"]) == 1
    captured = capsys.readouterr()
    assert SENTINEL not in captured.out + captured.err
    [line] = captured.err.splitlines()
    assert line.startswith("sviedka: unexpected ValueError at app/cli/dispatch.py")
    assert "(failing_command)" in line


def test_the_summary_names_the_frame_that_raised() -> None:
    try:
        int(SENTINEL)
    except ValueError as exc:
        text = summary(type(exc), exc.__traceback__)
    assert text.startswith("unexpected ValueError at tests/unit/test_unexpected.py:")
    assert SENTINEL not in text


def test_a_database_failure_is_one_line_naming_its_cause(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy.exc import OperationalError

    def disk_full(_args: argparse.Namespace) -> int:
        raise OperationalError(f"INSERT ... {SENTINEL}", {}, Exception("database or disk is full"))

    monkeypatch.setattr(commands, "cmd_schema", disk_full)
    assert dispatch.run(["schema"]) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        "sviedka: the vault could not complete the operation: database or disk is full\n"
    )
