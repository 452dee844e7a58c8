"""The desktop application as the command line starts it: `sviedka` with no command.

Its own module so that both app.cli.main (nothing on the command line) and app.cli.dispatch
(options alone, e.g. `--vault PATH`) reach it without importing each other. Qt loads only
inside `desktop()`, so importing this module stays cheap.
"""

from __future__ import annotations

import sys
from pathlib import Path


def desktop(folder: Path) -> int:
    """The desktop application on `folder`."""
    from app.ui.window import no_display_reason

    reason = no_display_reason()
    if reason is not None:
        sys.stderr.write(f"sviedka: {reason}\n")
        sys.stderr.write("usage: sviedka [--vault PATH] COMMAND ... (sviedka --help)\n")
        return 1
    from app.ui.main import run

    return run(folder)
