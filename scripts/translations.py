"""Qt translation catalogues of the interface: update the .ts sources, build the .qm files,
and check that the committed catalogues are current and complete.

    python scripts/translations.py update   # after changing interface strings
    python scripts/translations.py build    # .ts -> .qm (run by `make` at set-up)
    python scripts/translations.py check    # fails when a catalogue is stale or unfinished

The .ts files are the sources translators edit (Qt Linguist); the .qm files are built.

Qt ships no catalogue of its own strings (standard buttons, context menus, the file dialog) for
some of our languages: for those, qt_<lang>.ts is a hand-written one, covering only the Qt
strings the app shows. lupdate does not make it (so it is never stale); it is built with ours
and must have no unfinished message.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "app" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("be", "ru")
QT_LANGUAGES = ("be",)  # no qtbase_<lang>.qm in Qt's translations: resources/i18n/qt_<lang>.ts


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install the project (make) first")
    return found


def catalogue(lang: str) -> Path:
    return I18N / f"sviedka_{lang}.ts"


def qt_catalogue(lang: str) -> Path:
    return I18N / f"qt_{lang}.ts"


def sources() -> list[str]:
    return sorted(str(path) for path in UI.rglob("*.py"))


def lupdate(target: Path) -> None:
    subprocess.run(  # noqa: S603 - fixed tool, our own file list
        [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources(), "-ts", str(target)],
        check=True,
    )


def messages(path: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, or None when unfinished/empty."""
    tree = ET.parse(path)  # noqa: S314 - our own repository files
    found: dict[tuple[str, str], str | None] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if translation is not None and message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = "|".join(forms) if forms and all(forms) else None  # every plural form
            if translation is not None and translation.get("type") in ("unfinished", "vanished"):
                text = None
            found[(name, message.findtext("source") or "")] = text or None
    return found


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        lupdate(catalogue(lang))


def lrelease(source: Path) -> None:
    subprocess.run(  # noqa: S603 - fixed tool, our own files
        [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
        check=True,
    )


def build() -> None:
    for source in [*map(catalogue, LANGUAGES), *map(qt_catalogue, QT_LANGUAGES)]:
        if source.exists():
            lrelease(source)


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            committed = catalogue(lang)
            if not committed.exists():
                problems.append(f"{committed.name} is missing: run `translations.py update`")
                continue
            fresh = Path(tmp) / committed.name
            shutil.copy(committed, fresh)
            lupdate(fresh)
            have, want = messages(committed), messages(fresh)
            for key in sorted(set(want) - set(have)):
                problems.append(f"{committed.name}: new string not in the catalogue: {key}")
            for key in sorted(set(have) - set(want)):
                problems.append(f"{committed.name}: string no longer in the code: {key}")
            for key, text in sorted(want.items()):
                if text is None:
                    problems.append(f"{committed.name}: untranslated: {key}")
    for lang in QT_LANGUAGES:
        problems += qt_problems(qt_catalogue(lang))
    return problems


def qt_problems(path: Path) -> list[str]:
    """A hand-written catalogue of Qt's strings: present, and every message translated."""
    if not path.exists():
        return [f"{path.name} is missing: Qt's own strings would show in English"]
    found = messages(path)
    problems = [] if found else [f"{path.name} has no message"]
    for key, text in sorted(found.items()):
        if text is None:
            problems.append(f"{path.name}: untranslated: {key}")
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
