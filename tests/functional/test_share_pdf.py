"""`sviedka share --format pdf` end to end, read back with a PDF text extractor (pypdf) the way
a UN desk officer's copy-and-paste would: the case dossiers say in Belarusian what consent lets
leave and nothing else, embed their font, and carry hashes that match the vault's own."""

from __future__ import annotations

import io
import json
import stat
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QTranslator

from app.domain.shipped_vocabularies import load_shipped
from app.resources import resource_path
from app.ui.editor.labels import FIELD_LABELS
from tests.cli import sviedka
from tests.factories import day, minimal_testimony
from tests.share_helpers import CANARIES, absent, consent, names, refused, withdrawable

CONSENTED = "5a7c0b1e-0000-4000-8000-0000000000a1"
REFUSED = "5a7c0b1e-0000-4000-8000-0000000000a2"
WITHDRAWN = "5a7c0b1e-0000-4000-8000-0000000000a3"
ALL_CANARIES = (*CANARIES, "INTERVIEWER-CANARY")
PHOTO_SHA = "0f" * 32  # "ff" in it would come out as one ligature glyph if the drawing allowed


def _own(person: str, *scopes: str) -> dict[str, Any]:
    return {"person": person, "date": day("2024-10-03"), "method": "oral", "scopes": list(scopes)}


def _written(*scopes: str) -> dict[str, Any]:
    return consent(*scopes, method="written", risks_explained=True)


def _withdrawable(withdrawn: bool) -> dict[str, Any]:
    arrested = {"ref": "e1", "person": "p1", "arrest": {"date": day("2020-08-10")}}
    return withdrawable(
        WITHDRAWN, withdrawn, _written("share_un_wgad"), detention_episodes=[arrested]
    )


def _consented() -> dict[str, Any]:
    """Everyone named with consent, so free text leaves too (minus the marked span)."""
    doc = minimal_testimony(
        id=CONSENTED,
        consent={
            **_written("share_un_wgad", "third_party_info"),
            "own": [_own("p2", "share_un_wgad")],
            "sensitive_marks": [
                {"path": "ill_treatment_acts[0].description", "start": 0, "end": 11}
            ],
        },
        persons=[
            {"ref": "p1", "roles": ["informant", "relative"],
             "names": names("Ганна Баравік", "Hanna Baravik"),
             "contact": "CONTACT-CANARY +370 600 00000"},
            {"ref": "p2", "roles": ["victim"], "names": names("Алесь Баравік", "Ales Baravik"),
             "birth_date": day("1961-02-11")},
            {"ref": "p3", "roles": ["alleged_perpetrator"],
             "names": names("Віктар Шулякоў", "Viktar Shuliakou")},
        ],
        information_links=[{"informant": "p1", "about": "p2", "connection": "relative",
                            "reliability": "high"}],
        detention_episodes=[{
            "ref": "e1", "person": "p2", "arrest": {"date": day("2022-11-14"), "kind": "criminal"},
            "places": [{"facility": "navapolatsk_ik1", "place_type": "correctional_colony",
                        "from": day("2023-05-02")}],
        }],
        ill_treatment_acts=[{
            "victim": "p2", "episode": "e1", "method": "beating", "from": day("2023-06-01"),
            "perpetrators": [{"person": "p3", "involvement": "carried_out",
                              "function": "prison_staff"}],
            "description": "SPAN-CANARY Біў дубінкай у камеры.",
        }],
        medical_care=[{"person": "p2", "requested": day("2023-06-02"), "outcome": "denied",
                       "condition": "зламанае рабро"}],
        prosecutions=[{"ref": "pr1", "person": "p2", "verdict": "convicted",
                       "dates": {"verdict": day("2023-04-20")}}],
        incommunicado=[{"person": "p2", "since": day("2024-02-01"), "status": "continuing"}],
        attachments_described=[{"kind": "court_paper", "sha256": PHOTO_SHA,
                                "description": "Прысуд", "about": ["p2"]}],
        field_notes=[{"path": "persons[0].contact", "note": "FIELD-CANARY"}],
    )  # fmt: skip
    doc["interview"]["interviewer"] = {"name": "INTERVIEWER-CANARY"}
    doc["interview"]["narrative"] = {"text": "Алеся затрымалі на мяжы.", "language": "be"}
    doc["interview"]["interviewer_notes"] = "NOTE-CANARY"
    return doc


def _refused() -> dict[str, Any]:
    arrested = {"ref": "e1", "person": "p2", "arrest": {"date": day("2021-03-01")}}
    given = _written("internal_documentation", "third_party_info")
    return refused(REFUSED, given, detention_episodes=[arrested])


def _text(pdf: Path) -> str:
    """The words of the PDF as an extractor reads them, whitespace made single spaces."""
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(base font, whether the font program is inside the file) of every font on every page."""
    found = []
    for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            font = font.get_object()
            for part in [font, *[d.get_object() for d in font.get("/DescendantFonts", [])]]:
                descriptor = part.get("/FontDescriptor")
                if descriptor is not None:
                    program = descriptor.get_object().keys() & {"/FontFile", "/FontFile2"}
                    found.append((str(part["/BaseFont"]), bool(program)))
    return found


def _form_label(field: str, lang: str) -> str:
    """The editor's label of a record field in ``lang``, from the shipped catalogue."""
    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", f"sviedka_{lang}.qm")))
    return translator.translate("Field", str(FIELD_LABELS[field]))


def _stored_sha256(vault: Path, testimony: str) -> str:
    versions = json.loads(sviedka("history", testimony, "--json", vault=vault).out)
    return str(versions[-1]["sha256"])


def _share(
    vault: Path, out: Path, scope: str = "share_un_wgad", lang: str = "be", temp: Path | None = None
) -> Any:
    env = {"TMPDIR": str(temp)} if temp is not None else None
    return sviedka("share", "--scope", scope, "--format", "pdf", "--out", str(out),
                   "--lang", lang, "--yes", vault=vault, env=env)  # fmt: skip


def test_pdf_dossiers_hold_what_consent_allows(closed_vault: Path, tmp_path: Path) -> None:
    lines = "\n".join(
        json.dumps(d, ensure_ascii=False) for d in (_consented(), _refused(), _withdrawable(False))
    )
    added = sviedka("add", "-", vault=closed_vault, stdin=lines)
    assert added.code == 0, added.err

    pdf = tmp_path / "wgad.pdf"
    temp = tmp_path / "temp"
    temp.mkdir()
    done = _share(closed_vault, pdf, temp=temp)
    assert done.code == 0, done.err
    assert list(temp.iterdir()) == []  # drawn in memory: no page of it in a temporary file
    assert "outside the vault's protection" in done.out
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = _text(pdf)

    # Belarusian names and labels come back as letters, in a font carried by the file.
    for words in ("Алесь Баравік", "Пётр Гарбуноў", "Віктар Шулякоў", "Храналогія затрымання",
                  "Дзеянні і меркаваныя вінаватыя", "Заява пра згоду",
                  "Дадатак: ланцуг захоўвання"):  # fmt: skip
        assert words in text, words
    # A field reads as the interviewer's form reads it (one wording, kept by the translators).
    assert "Рашэнне суда" in text  # the prosecution's verdict
    for field in ("verdict", "connection", "requested", "birth_date", "reliability"):
        assert _form_label(field, "be") in text, field
    vocab = load_shipped()
    assert vocab.label("detention_facilities", "navapolatsk_ik1", "be") in text
    assert vocab.label("ill_treatment", "beating", "be") in text
    fonts = _fonts(pdf)
    assert fonts
    assert all("DejaVuSans" in name and embedded for name, embedded in fonts), fonts

    # What never leaves, and whom consent does not cover.
    assert not any(canary in text for canary in ALL_CANARIES)
    assert "[withheld] Біў дубінкай у камеры." in text  # the marked span, and only it
    absent(["Уладзімір Лабковіч", "Святлана Мацкевіч"], text)
    assert REFUSED not in text

    # The chain of custody: each testimony's id, version and the vault's own SHA-256.
    for testimony in (CONSENTED, WITHDRAWN):
        assert testimony in text
        assert _stored_sha256(closed_vault, testimony) in text
    assert PHOTO_SHA in text

    # Withdrawn since: the next hand-over leaves the person out entirely.
    edited = sviedka("edit", WITHDRAWN, "-", vault=closed_vault,
                     stdin=json.dumps(_withdrawable(True), ensure_ascii=False))  # fmt: skip
    assert edited.code == 0, edited.err
    again = tmp_path / "again.pdf"
    done = _share(closed_vault, again, lang="ru")
    assert done.code == 0, done.err
    text = _text(again)
    assert "Алесь Баравік" in text
    assert "Хронология задержания" in text  # labels follow --lang, not the first file
    absent(["Пётр Гарбуноў", "Уладзімір Лабковіч", "Святлана Мацкевіч"], text)
    assert WITHDRAWN not in text

    listed = sviedka("shares", vault=closed_vault).out.strip().splitlines()
    assert [line.split()[2] for line in listed] == ["pdf", "pdf"]
    assert sviedka("audit", "verify", vault=closed_vault).code == 0


def test_nobody_consented_is_said_not_an_error(closed_vault: Path, tmp_path: Path) -> None:
    added = sviedka("add", "-", vault=closed_vault,
                    stdin=json.dumps(_refused(), ensure_ascii=False))  # fmt: skip
    assert added.code == 0, added.err
    pdf = tmp_path / "published.pdf"
    done = _share(closed_vault, pdf, scope="named_publication", lang="en")
    assert done.code == 0, done.err
    assert "Nobody consented to named_publication" in done.out
    text = _text(pdf)
    assert "Nobody consented to this use" in text
    absent(["Уладзімір Лабковіч", "Святлана Мацкевіч"], text)
