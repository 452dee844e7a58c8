"""Process hygiene shared by both faces, applied before anything reads the vault.

Qt-free and light on purpose: `app.cli.main` calls it first thing and its import time is part
of the benchmarked cold start (ctypes and resource are both cheap standard modules).
"""

from __future__ import annotations

import os
import sys

PR_SET_DUMPABLE = 4  # <linux/prctl.h>
PR_GET_DUMPABLE = 3


def harden_process() -> None:
    """Private files by default, no core file, and no dump of this process's memory at all."""
    os.umask(0o077)
    _no_core_file()
    _not_dumpable()


def _no_core_file() -> None:
    # A core file would hold decrypted testimony, the passphrase and the database key.
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not on every platform
        pass


def _not_dumpable() -> None:
    """RLIMIT_CORE does not stop a core_pattern that pipes to a handler (systemd-coredump,
    apport): the kernel hands those the memory whatever the limit. A non-dumpable process gets
    no core at all, and other processes of the same user can no longer read its memory
    (/proc/PID/mem, ptrace) without CAP_SYS_PTRACE."""
    if not sys.platform.startswith("linux"):
        return  # other systems have no prctl; their crash reporters are out of our hands
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
        pass


def is_dumpable() -> bool | None:
    """What the kernel says about this process (Linux), None elsewhere: for tests and checks."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
