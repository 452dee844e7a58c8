"""Interface language: Qt translators for our catalogue and Qt's own strings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from app.resources import resource_path

_installed: list[QTranslator] = []


def install(lang: str) -> None:
    """Switch the application's translators to `lang` (English needs none)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"sviedka_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings (standard buttons, context menus, the file dialog): Qt's catalogue, or,
    # for a language Qt has none for (Belarusian), the one we write (resources/i18n/qt_<lang>.ts).
    qt = QTranslator(app)
    if qt.load(
        f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ) or qt.load(str(resource_path("i18n", f"qt_{lang}.qm"))):
        app.installTranslator(qt)
        _installed.append(qt)
