"""`sviedka`: with no command, the desktop application; with one, the command line.

This module stays light on purpose: the desktop path must paint its unlock window quickly
(bench/ui_start.py), so the commands and everything they import (app.cli.dispatch: the
database, crypto and sync stack) load only when a command is given.

`--debug` (before any command) shows the content-free DEBUG events of app.logs on stderr.

Exit status: 0 ok; 1 an expected failure, explained in one line on stderr; 2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from app import logs
from app.cli.desktop import desktop
from app.hardening import harden_process
from app.storage.paths import default_vault_folder


def _desktop_folder(argv: Sequence[str]) -> Path | None:
    """The vault folder when the arguments ask for the desktop app (nothing, or `--vault`
    and `--debug` alone); None when they name a command or ask for help or the version."""
    light = argparse.ArgumentParser(add_help=False)
    light.add_argument("--vault")
    light.add_argument("--debug", action="store_true")
    try:
        known, rest = light.parse_known_args(argv)
    except SystemExit:  # e.g. `--vault` without its value: the full parser explains
        return None
    if rest:
        return None
    return Path(known.vault).expanduser() if known.vault else default_vault_folder()


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    args = list(sys.argv[1:] if argv is None else argv)
    folder = _desktop_folder(args)
    # A command's --debug is read by its parser (app.cli.dispatch), which configures again.
    logs.configure(debug=folder is not None and "--debug" in args)
    if folder is not None:
        return desktop(folder)
    from app.cli.dispatch import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
