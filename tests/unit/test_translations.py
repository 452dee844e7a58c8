"""The interface catalogues are complete and current: a new or changed string fails here
until it is in the .ts sources and translated (vorta's and securedrop-client's check)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

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


def _translations() -> ModuleType:
    """scripts/translations.py, which is no package."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    return translations


def test_checker_notices_a_missing_translation(tmp_path: Path) -> None:
    translations = _translations()
    source = (ROOT / "resources" / "i18n" / "sviedka_be.ts").read_text(encoding="utf-8")
    broken = tmp_path / "broken.ts"
    # Blank the first finished translation: the checker must call it untranslated.
    start = source.index("<translation>") + len("<translation>")
    end = source.index("</translation>", start)
    broken.write_text(source[:start] + source[end:], encoding="utf-8")
    assert None in translations.messages(broken).values()
    assert None not in translations.messages(ROOT / "resources/i18n/sviedka_be.ts").values()


def test_qt_belarusian_catalogue_covers_what_the_app_shows(tmp_path: Path) -> None:
    """Qt has no Belarusian catalogue: ours covers the buttons, menus and file dialog, complete."""
    translations = _translations()
    path = ROOT / "resources" / "i18n" / "qt_be.ts"
    assert translations.qt_problems(path) == []
    found = translations.messages(path)
    for key in [
        ("QPlatformTheme", "Save"),
        ("QPlatformTheme", "Discard"),
        ("QPlatformTheme", "Cancel"),
        ("QPlatformTheme", "&Yes"),
        ("QPlatformTheme", "&No"),
        ("QPlatformTheme", "OK"),
        ("QPlatformTheme", "Close"),
        ("QPlatformTheme", "Open"),
        ("QPlatformTheme", "Apply"),
        ("QLineEdit", "&Copy"),
        ("QLineEdit", "&Paste"),
        ("QWidgetTextControl", "&Copy"),
        ("QFileDialog", "&Open"),
        ("QFileDialog", "&Save"),
        ("QFileSystemModel", "Name"),
        ("QAbstractSpinBox", "&Step up"),
        ("QProgressDialog", "Cancel"),
    ]:
        assert found.get(key), key
    # An unfinished message there is reported too.
    source = path.read_text(encoding="utf-8")
    broken = tmp_path / "qt_be.ts"
    broken.write_text(
        source.replace("<translation>", '<translation type="unfinished">', 1), encoding="utf-8"
    )
    assert any("untranslated" in problem for problem in translations.qt_problems(broken))
    assert translations.qt_problems(tmp_path / "qt_xx.ts") != []
