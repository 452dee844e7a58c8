"""Locate the read-only data files shipped with Sviedka (vocabularies, schemas).

The files live in the repository's top-level ``resources/`` folder rather than inside the ``app``
package, so that the build, the tests and the frozen desktop bundle all read the same copy:

* from a checkout or an editable install the folder sits next to the ``app`` package;
* in a frozen PyInstaller build the bundle unpacks its data under ``sys._MEIPASS``, and the spec
  file copies ``resources/`` there under the same name.

Everything that needs a shipped file goes through :func:`resource_path`, so this is the only place
that knows where the folder is.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["resource_path"]


def _resources_root() -> Path:
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle is not None:
            return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of ``resources/<parts...>``; the file is not required to exist."""
    return _resources_root().joinpath(*parts)
