"""Render every main screen of the desktop app to PNG, for the README and for review.

    .venv/bin/python scripts/screenshots.py [OUT_DIR] [--lang en|be|ru] [--quick-only]
                                            [--views-only]

--quick-only stops after the quick testimony page (09-quick-testimony*.png); --views-only
shoots only the coordinator's views (persons*, figures*, figures-monthly*) and the History of
a testimony saved twice (11-history*).

Runs offscreen (no display needed) on a throwaway vault in a temporary folder, filled with
invented example testimonies; nothing real is ever shown.
"""

from __future__ import annotations

import copy
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from screenshot_views import shoot, shoot_history, shoot_views, wait, wait_until

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
# The families of those people (be, ru, Latin), so that the Persons view does not show the
# example's relatives five times over: other testimonies are about other families.
OTHER_FAMILIES = [
    ("Лапіцкі", "Лапицкий", "Lapicki"),
    ("Саковіч", "Сакович", "Sakovič"),
    ("Шыманскі", "Шиманский", "Šymanski"),
    ("Кузьміч", "Кузьмич", "Kuźmič"),
]


def other_family(doc: dict[str, Any], index: int) -> None:
    """The example's relatives, pseudonyms and case codes, made those of another family."""
    family = dict(zip(("Баравік", "Боровик", "Baravik"), OTHER_FAMILIES[index], strict=True))
    initial = "АБВГ"[index]
    for person in doc["persons"][2:] + doc["persons"][:1]:  # the victim is named above
        for name in person.get("names", []):
            before = name["value"]
            for old, new in family.items():
                name["value"] = name["value"].replace(old, new)
            if name["value"] == before:  # not of the family: another person, by initial
                words = before.split()
                name["value"] = " ".join([*words[: max(len(words) - 1, 1)], f"{initial}."])
        born = person.get("birth_date", {})
        if isinstance(born.get("value"), str) and born["value"][:4].isdigit():
            born["value"] = f"{int(born['value'][:4]) + index + 1}{born['value'][4:]}"
        if "case_code" in person:
            person["case_code"] = f"{person['case_code']}-{index + 2}"
    doc["persons"][1]["case_code"] = f"PP-2024-00{index + 2}"


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
            other_family(doc, index)
            doc["interview"]["date"] = {"precision": "day", "value": f"2024-0{index + 3}-1{index}"}
            if index % 2:
                for item in doc["incommunicado"]:
                    item["status"] = "ended"
            testimonies.add(session, doc, vocab, vault.key_id)


def seed_exchange(tmp: Path, interviewer_folder: Path) -> None:
    """A coordinator's vault whose organisation the interviewer trusts (not yet a sender
    there), and a second interviewer the coordinator has never heard of."""
    from app.sync import identities

    coordinator = Vault.create(tmp / "coordinator", PASSPHRASE, KDF)
    newcomer = Vault.create(tmp / "newcomer", PASSPHRASE, KDF)
    with coordinator, newcomer, Vault.open(interviewer_folder, PASSPHRASE) as interviewer:
        with coordinator.transaction() as session:
            card = identities.create_organisation(session, "Viasna Documentation Centre",
                                                  coordinator.key_id)  # fmt: skip
        for vault in (interviewer, newcomer):
            with vault.transaction() as session:
                identities.trust(session, card, vault.key_id)
        with interviewer.transaction() as session:
            doc = copy.deepcopy(example_testimony())
            doc["consent"]["scopes"] = ["internal_documentation"]  # stays on the laptop
            testimonies.add(session, doc, vault_vocabulary(session), interviewer.key_id)
        with newcomer.transaction() as session:
            doc = copy.deepcopy(example_testimony())
            testimonies.add(session, doc, vault_vocabulary(session), newcomer.key_id)


def shoot_exchange(window: MainWindow, tmp: Path, out: Path, suffix: str) -> None:
    """Export from the window's (interviewer's) vault; import on the coordinator's: one bundle
    imported, the same again (duplicate), an altered copy (rejected), and one from an unknown
    interviewer (quarantined), with receipts; then the senders, and the fingerprint check of an
    approval; back on the interviewer's side, the receipt read and the deletion it allows."""
    from app.services.exchange import Exchange
    from app.sync import identities
    from app.ui.sync.import_dialog import ImportDialog
    from app.ui.sync.senders_dialog import SendersDialog

    usb = tmp / "usb"
    usb.mkdir()
    with Vault.open(tmp / "newcomer", PASSPHRASE) as newcomer:
        [theirs] = Exchange(newcomer).export(tmp).bundles
    coordinator = Vault.open(tmp / "coordinator", PASSPHRASE)
    service = Exchange(coordinator)
    card = tmp / "organisation-card.json"
    service.save_organisation_card(card)

    export = window.bundle_menu.open_export()
    assert export is not None
    export.set_destination(usb)
    shoot(export, out, f"07a-export{suffix}")
    check = export.truster.check(card)
    if check is not None:
        shoot(check, out, f"07b-trust-fingerprint{suffix}")
        check.reject()
    export.start()
    wait_until(lambda: not export.runner.running)
    shoot(export, out, f"07c-export-report{suffix}")
    export.reject()
    [bundle] = list(usb.glob("*.age"))
    again = usb / "copy-of-the-same.age"
    again.write_bytes(bundle.read_bytes())
    altered = usb / "altered.age"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 1
    altered.write_bytes(bytes(data))

    try:
        interviewer = window_vault(window)
        with coordinator.transaction() as session, interviewer.reading() as theirs_session:
            own = identities.interviewer_card(theirs_session, interviewer.key_id)
            identities.add_sender(session, own, coordinator.key_id)
        dialog = ImportDialog(service, window)  # the window's style
        dialog.show()
        dialog.set_files([bundle, again, altered, Path(theirs.path)])
        receipts = usb / "receipts"
        receipts.mkdir()
        dialog.receipt_folder.set_folder(receipts)
        dialog.start()
        wait_until(lambda: not dialog.runner.running)
        shoot(dialog, out, f"07d-import-report{suffix}")
        dialog.reject()
        senders = SendersDialog(service, window)
        senders.show()
        pending = [s for s in service.senders.known() if s.status == identities.PENDING]
        if pending:
            senders.select(pending[0].key_id)
        shoot(senders, out, f"07e-senders{suffix}")
        check = senders.ask_approve()
        if check is not None:
            shoot(check, out, f"07f-approve-fingerprint{suffix}")
            check.reject()
        senders.reject()
        wait(100)
    finally:
        coordinator.close()
    shoot_receipts(window, list(receipts.glob("*.age")), out, suffix)
    from app.ui.sync.export_dialog import ExportDialog

    with Vault.create(tmp / "alone", PASSPHRASE, KDF) as alone:
        lonely = ExportDialog(Exchange(alone), window)
        lonely.show()
        shoot(lonely, out, f"07g-export-no-organisation{suffix}")
        lonely.reject()


def shoot_receipts(window: MainWindow, receipts: list[Path], out: Path, suffix: str) -> None:
    """The interviewer reads the organisation's receipt; the confirmation before deleting."""
    dialog = window.bundle_menu.open_receipts()
    assert dialog is not None
    dialog.read_files(receipts)
    wait_until(lambda: not dialog.runner.running)
    shoot(dialog, out, f"07h-receipts{suffix}")
    box = dialog.ask_purge()
    if box is not None:
        shoot(box, out, f"07i-receipts-delete{suffix}")
        box.reject()  # the editor screenshots below still need the testimonies
    dialog.reject()
    wait(100)


def shoot_quick(window: MainWindow, out: Path, suffix: str) -> None:
    """A new testimony on the quick page, as filled during the issue 11 reference
    conversation (a mother about her son, incommunicado, denied insulin); names stay dotted."""
    assert window.list_screen is not None
    window.list_screen.new_requested.emit()
    wait_until(lambda: window.editor_page is not None)
    page = window.editor_page
    assert page is not None
    assert page.quick is not None
    window.resize(1100, 1180)  # the whole page, down to the interview block
    quick = page.quick
    quick.interviewer.setText("K-07")
    quick.country.set_code("LT")
    quick.language.set_code("be")
    quick.informant_name.setText("Ганна Баравік")
    quick.relation.set_code("parent")
    for scope in ("internal_documentation", "share_organisation", "share_un_mechanisms"):
        quick.scopes[scope].setChecked(True)
    quick.person_name.setText("Алесь Баравік")
    quick.arrest_date.set_value({"precision": "day", "value": "2022-11-14"})
    quick.arrest_place.setText("Брэст, памежны пераход")
    quick.facility.set_value("brest_sizo7")
    quick.place_type.set_value("sizo")
    quick.incommunicado_since.set_value({"precision": "month", "value": "2024-02"})
    quick.health.set_value("diabetes")
    quick.care_denied.setChecked(True)
    quick.care_needed.setText("Інсулін")
    quick.narrative.setPlainText(
        "Сына затрымалі 14 лістапада 2022 года на мяжы. У яго цукровы дыябет, а інсулін, "
        "які мы перадавалі, яму не аддавалі. Апошні ліст я атрымала ў лютым 2024 года."
    )
    quick.narrative_language.set_code("be")
    quick.mode.set_value("in_person")
    quick.narrative.setFocus()
    shoot(window, out, f"09-quick-testimony{suffix}")
    page.discard()
    window.show_list()


def window_vault(window: MainWindow) -> Vault:
    assert window.workspace is not None
    return window.workspace.vault


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

        views_only = "--views-only" in argv
        if not views_only:
            fresh = MainWindow(Path(tmp) / "new-vault", kdf=KDF)
            fresh.show()
            shoot(fresh, out, f"01-create-vault{suffix}")
            fresh.close()

        folder = Path(tmp) / "vault"
        seed(folder)
        seed_exchange(Path(tmp), folder)
        window = MainWindow(folder, kdf=KDF)
        window.show()
        screen = window.centralWidget().currentWidget()  # type: ignore[attr-defined]
        if not views_only:
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
        if views_only:
            shoot_views(window, out, suffix)
            shoot_history(window, out, suffix)
            window.lock()
            window.close()
            return 0
        everything = listing.model.rowCount()
        shoot(window, out, f"03-testimony-list{suffix}")
        listing.search_box.setText("Lapitskaya")
        wait_until(lambda: listing.model.rowCount() == 1)
        listing.table.setColumnWidth(0, 420)
        shoot(window, out, f"04-search-latin-finds-cyrillic{suffix}")
        listing.search_box.setText("")
        listing.filter_boxes["incommunicado"].setChecked(True)
        wait_until(lambda: listing.model.rowCount() == 3)
        shoot(window, out, f"05-filter-incommunicado{suffix}")
        listing.filters_button.setChecked(True)  # the panel of the other filters
        listing.filter_panel.article.set_code("411")
        listing.filter_panel.date_from.setText("2024-04")
        listing.refresh()
        searching = listing.status.text()
        wait_until(lambda: listing.status.text() != searching)
        shoot(window, out, f"05b-more-filters{suffix}")
        listing.clear_all_filters()
        listing.filters_button.setChecked(False)
        wait_until(lambda: listing.model.rowCount() == everything)

        window.show_timeline("Ales Baravik")
        from app.ui.timeline.dialog import TimelineDialog

        dialog = window.findChild(TimelineDialog)
        assert dialog is not None
        wait_until(lambda: dialog.table.rowCount() > 0)
        shoot(dialog, out, f"06-person-timeline{suffix}")
        dialog.reject()
        shoot_quick(window, out, suffix)
        if "--quick-only" in argv:
            window.lock()
            window.close()
            return 0
        listing = window.list_screen
        assert listing is not None
        shoot_exchange(window, Path(tmp), out, suffix)
        shoot_views(window, out, suffix)
        shoot_history(window, out, suffix)
        listing = window.list_screen
        assert listing is not None

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
