"""The interface catalogues are complete and current: a new or changed string fails here
until it is in the .ts sources and translated (vorta's and securedrop-client's check)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_catalogues_are_current_and_complete() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_checker_notices_a_missing_translation(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    source = (ROOT / "resources" / "i18n" / "sviedka_be.ts").read_text(encoding="utf-8")
    broken = tmp_path / "broken.ts"
    # Blank the first finished translation: the checker must call it untranslated.
    start = source.index("<translation>") + len("<translation>")
    end = source.index("</translation>", start)
    broken.write_text(source[:start] + source[end:], encoding="utf-8")
    assert None in translations.messages(broken).values()
    assert None not in translations.messages(ROOT / "resources/i18n/sviedka_be.ts").values()
