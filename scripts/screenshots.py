"""Render every main screen of the desktop app to PNG, for the README and for review.

    .venv/bin/python scripts/screenshots.py [OUT_DIR] [--lang en|be|ru]

Runs offscreen (no display needed) on a throwaway vault in a temporary folder, filled with
invented example testimonies; nothing real is ever shown.
"""

from __future__ import annotations

import copy
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.template import example_testimony
from app.storage import testimonies
from app.storage.keyslot import KdfParams
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.ui import i18n, settings
from app.ui.window import MainWindow

PASSPHRASE = "screenshot vault passphrase"
KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
OTHER_PEOPLE = [
    ("Марыя Сяргееўна Лапіцкая", "Maryja Siarhiejeŭna Lapickaja"),
    ("Ігар Віктаравіч Саковіч", "Ihar Viktaravič Sakovič"),
    ("Тацяна Іванаўна Шыманская", "Taciana Ivanaŭna Šymanskaja"),
    ("Дзмітрый Алегавіч Кузьміч", "Dzmitryj Alehavič Kuźmič"),
]


def wait(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout_ms: int = 15_000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:
        wait(50)
        waited += 50


def seed(folder: Path) -> None:
    with Vault.create(folder, PASSPHRASE, KDF) as vault, vault.transaction() as session:
        vocab = vault_vocabulary(session)
        testimonies.add(session, example_testimony(), vocab, vault.key_id)
        for index, (cyrillic, latin) in enumerate(OTHER_PEOPLE):
            doc = copy.deepcopy(example_testimony())
            victim = doc["persons"][1]
            victim["names"] = [
                {"value": cyrillic, "script": "Cyrl", "language": "be", "kind": "original"},
                {"value": latin, "script": "Latn", "language": "be", "kind": "transliteration"},
            ]
            doc["interview"]["date"] = {"precision": "day", "value": f"2024-0{index + 3}-1{index}"}
            if index % 2:
                for item in doc["incommunicado"]:
                    item["status"] = "ended"
            testimonies.add(session, doc, vocab, vault.key_id)


def shoot(widget: QWidget, out: Path, name: str) -> None:
    wait()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv and not argv[0].startswith("--") else Path("docs/screenshots")
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else "en"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])  # kept alive until the end
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # keep the real settings untouched
        settings.set_language(lang)
        i18n.install(lang)
        suffix = "" if lang == "en" else f"-{lang}"

        fresh = MainWindow(Path(tmp) / "new-vault", kdf=KDF)
        fresh.show()
        shoot(fresh, out, f"01-create-vault{suffix}")
        fresh.close()

        folder = Path(tmp) / "vault"
        seed(folder)
        window = MainWindow(folder, kdf=KDF)
        window.show()
        screen = window.centralWidget().currentWidget()  # type: ignore[attr-defined]
        screen.passphrase.setText("wrong guess")  # type: ignore[attr-defined]
        screen.passphrase.returnPressed.emit()  # type: ignore[attr-defined]
        wait_until(lambda: "did not" in screen.message.text() or "не" in screen.message.text())  # type: ignore[attr-defined]
        shoot(window, out, f"02-unlock-wrong-passphrase{suffix}")
        screen.passphrase.setText(PASSPHRASE)  # type: ignore[attr-defined]
        screen.passphrase.returnPressed.emit()  # type: ignore[attr-defined]
        wait_until(lambda: window.list_screen is not None)
        listing = window.list_screen
        assert listing is not None
        wait_until(lambda: listing.model.rowCount() > 0)
        shoot(window, out, f"03-testimony-list{suffix}")
        listing.search_box.setText("Lapitskaya")
        wait_until(lambda: listing.model.rowCount() == 1)
        listing.table.setColumnWidth(0, 420)
        shoot(window, out, f"04-search-latin-finds-cyrillic{suffix}")
        listing.search_box.setText("")
        listing.filter_boxes["incommunicado"].setChecked(True)
        wait_until(lambda: listing.model.rowCount() == 3)
        shoot(window, out, f"05-filter-incommunicado{suffix}")
        listing.filter_boxes["incommunicado"].setChecked(False)

        window.show_timeline("Ales Baravik")
        from app.ui.timeline.dialog import TimelineDialog

        dialog = window.findChild(TimelineDialog)
        assert dialog is not None
        wait_until(lambda: dialog.table.rowCount() > 0)
        shoot(dialog, out, f"06-person-timeline{suffix}")
        dialog.reject()

        first = listing.model.row_id(0)
        window.open_testimony(first)
        page = window.editor_page
        if page is not None:
            editor = page.editor
            sections = getattr(editor, "sections", None)
            for index in range(sections.count() if sections is not None else 0):
                sections.setCurrentRow(index)  # type: ignore[union-attr]
                name = sections.item(index).data(256) or f"section-{index:02d}"  # type: ignore[union-attr]
                shoot(window, out, f"10-editor-{index:02d}-{name}{suffix}")
        window.lock()
        shoot(window, out, f"20-locked{suffix}")
        window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
