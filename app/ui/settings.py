"""The only things Sviedka keeps in Qt settings: interface language, auto-lock minutes and
whether the privacy screen (app/ui/privacy.py) is on.

Never testimony, never a search, never a file name or a recent-vault list: QSettings is a
plaintext file in the user's configuration folder.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

LANGUAGES = ("en", "be", "ru")
DEFAULT_AUTOLOCK_MINUTES = 5
ALLOWED_KEYS = frozenset({"language", "autolock_minutes", "privacy_screen"})


def _settings() -> QSettings:
    return QSettings("Sviedka", "Sviedka")


def language() -> str:
    stored = _settings().value("language")
    if isinstance(stored, str) and stored in LANGUAGES:
        return stored
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _settings().setValue("language", lang)


def autolock_minutes() -> int:
    try:
        minutes = int(str(_settings().value("autolock_minutes", DEFAULT_AUTOLOCK_MINUTES)))
    except ValueError:
        return DEFAULT_AUTOLOCK_MINUTES
    return min(max(minutes, 1), 120)


def set_autolock_minutes(minutes: int) -> None:
    _settings().setValue("autolock_minutes", int(minutes))


def privacy_screen() -> bool:
    """Off unless the interviewer turned it on (QSettings gives back "true" from the file)."""
    return str(_settings().value("privacy_screen", "false")).lower() == "true"


def set_privacy_screen(on: bool) -> None:
    _settings().setValue("privacy_screen", "true" if on else "false")
