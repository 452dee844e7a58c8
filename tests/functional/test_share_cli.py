"""`sviedka share` and `sviedka shares` end to end, trying to make them leak: a person whose
informant did not consent, contacts and notes, a consent withdrawn since the last hand-over; in
every format (csv, xlsx, json, uwazi) and by act."""

from __future__ import annotations

import csv
import io
import json
import stat
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from tests.cli import sviedka
from tests.factories import day, minimal_testimony
from tests.share_helpers import CANARIES, absent, consent, names, refused, withdrawable

CONSENTED = "5a7c0b1e-0000-4000-8000-000000000001"
REFUSED = "5a7c0b1e-0000-4000-8000-000000000002"
WITHDRAWN = "5a7c0b1e-0000-4000-8000-000000000003"


def _consented() -> dict[str, Any]:
    doc = minimal_testimony(
        id=CONSENTED,
        consent={
            **consent("share_un_wgad", "third_party_info"),
            "own": [
                {
                    "person": "p3",
                    "date": day("2024-10-03"),
                    "method": "oral",
                    "scopes": ["share_un_wgad"],
                }
            ],
            "sensitive_marks": [{"path": "interview.narrative.text", "start": 0, "end": 11}],
        },
        persons=[
            {
                "ref": "p1",
                "roles": ["informant", "relative"],
                "names": names("Ганна Баравік", "Hanna Baravik"),
                "contact": "CONTACT-CANARY +370 600 00000",
            },
            {
                "ref": "p2",
                "roles": ["victim"],
                "names": names("Алесь Баравік", "Ales Baravik"),
                "case_code": "BY-0042",
            },
            {
                "ref": "p3",
                "roles": ["witness"],
                "names": names("Зміцер Кастусёў", "Zmicier Kastusiou"),
            },
        ],
        detention_episodes=[
            {
                "ref": "e1",
                "person": "p2",
                "arrest": {"date": day("2022-11-14")},
                "places": [
                    {
                        "facility": "navapolatsk_ik1",
                        "place_type": "correctional_colony",
                        "from": day("2023-05-02"),
                    }
                ],
            }
        ],
        field_notes=[{"path": "persons[0].contact", "note": "FIELD-CANARY"}],
    )
    doc["interview"]["narrative"] = {
        "text": "SPAN-CANARY Алеся затрымалі на мяжы.",
        "language": "be",
    }
    doc["interview"]["interviewer_notes"] = "NOTE-CANARY"
    return doc


def _refused() -> dict[str, Any]:
    return refused(REFUSED, consent("internal_documentation", "third_party_info"))


def _withdrawable(withdrawn: bool) -> dict[str, Any]:
    return withdrawable(WITHDRAWN, withdrawn, consent("share_un_wgad"))


def test_share_leaves_out_what_consent_does_not_allow(closed_vault: Path, tmp_path: Path) -> None:
    lines = "\n".join(
        json.dumps(d, ensure_ascii=False)
        for d in (
            _consented(),
            _refused(),
            _withdrawable(False),
        )
    )
    added = sviedka("add", "-", vault=closed_vault, stdin=lines)
    assert added.code == 0, added.err

    table = tmp_path / "wgad.csv"
    done = sviedka("share", "--scope", "share_un_wgad", "--format", "csv", "--out", str(table),
                   "--lang", "be", "--yes", vault=closed_vault)  # fmt: skip
    assert done.code == 0, done.err
    assert "outside the vault's protection" in done.out
    assert stat.S_IMODE(table.stat().st_mode) == 0o600
    text = table.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    shown = {(row["testimony"], row["ref"]): row for row in rows}
    assert set(shown) == {
        (CONSENTED, "p1"),
        (CONSENTED, "p2"),
        (CONSENTED, "p3"),
        (WITHDRAWN, "p1"),
    }
    assert shown[(CONSENTED, "p1")]["name"] == "Ганна Баравік"
    assert shown[(CONSENTED, "p3")]["name"] == "Зміцер Кастусёў"  # his own consent
    victim = shown[(CONSENTED, "p2")]
    assert (victim["shown_as"], victim["name"], victim["case_code"]) == ("case_code", "", "BY-0042")
    assert victim["facilities"] == "navapolatsk_ik1"
    assert victim["facilities_label"] not in ("", "navapolatsk_ik1")
    absent(["Уладзімір Лабковіч", "Святлана Мацкевіч", "Алесь"], text)
    assert not any(canary in text for canary in CANARIES)

    bundle = tmp_path / "wgad.json"
    done = sviedka("share", "--scope", "share_un_wgad", "--format", "json", "--out", str(bundle),
                   "--yes", vault=closed_vault)  # fmt: skip
    assert done.code == 0, done.err
    text = bundle.read_text(encoding="utf-8")
    shared = json.loads(text)["testimonies"]
    assert {doc["provenance"]["id"] for doc in shared} == {CONSENTED, WITHDRAWN}
    absent(["Уладзімір Лабковіч", "Святлана Мацкевіч", "Алесь"], text)
    assert not any(canary in text for canary in CANARIES)
    assert "interviewer_notes" not in text
    assert "field_notes" not in text

    edited = sviedka("edit", WITHDRAWN, "-", vault=closed_vault,
                     stdin=json.dumps(_withdrawable(True), ensure_ascii=False))  # fmt: skip
    assert edited.code == 0, edited.err
    again = tmp_path / "again.json"
    done = sviedka("share", "--scope", "share_un_wgad", "--format", "json", "--out", str(again),
                   "--yes", vault=closed_vault)  # fmt: skip
    assert done.code == 0, done.err
    text = again.read_text(encoding="utf-8")
    assert [doc["provenance"]["id"] for doc in json.loads(text)["testimonies"]] == [CONSENTED]
    absent(["Пётр Гарбуноў"], text)

    listed = sviedka("shares", vault=closed_vault)
    assert listed.code == 0, listed.err
    entries = listed.out.strip().splitlines()
    assert len(entries) == 3
    assert all("share_un_wgad" in line for line in entries)
    assert [line.split()[2] for line in entries] == ["csv", "json", "json"]

    verified = sviedka("audit", "verify", vault=closed_vault)
    assert verified.code == 0, verified.err  # the hand-overs sit in an unbroken chain

    people = json.loads(sviedka("persons", "list", "--json", vault=closed_vault).out)
    witness = next(p["id"] for p in people if "Зміцер Кастусёў" in p["names"])
    only = tmp_path / "witness.csv"
    done = sviedka("share", "--scope", "share_un_wgad", "--format", "csv", "--out", str(only),
                   "--person", witness, "--yes", vault=closed_vault)  # fmt: skip
    assert done.code == 0, done.err
    rows = list(csv.DictReader(io.StringIO(only.read_text(encoding="utf-8"))))
    assert [(row["person_id"], row["name"]) for row in rows] == [(witness, "Зміцер Кастусёў")]

    nobody = tmp_path / "published.csv"
    done = sviedka("share", "--scope", "named_publication", "--format", "csv", "--out", str(nobody),
                   "--yes", vault=closed_vault)  # fmt: skip
    assert done.code == 0, done.err
    assert "Nobody consented to named_publication" in done.out
    assert len(nobody.read_text(encoding="utf-8").splitlines()) == 1  # the header only

    uwazi = tmp_path / "uwazi.csv"
    done = sviedka("share", "--scope", "share_un_wgad", "--format", "uwazi", "--out", str(uwazi),
                   "--yes", vault=closed_vault)  # fmt: skip
    assert done.code == 0, done.err
    text = uwazi.read_text(encoding="utf-8")
    rows = {row["title"]: row for row in csv.DictReader(io.StringIO(text))}
    assert set(rows) == {"Ганна Баравік", "BY-0042", "Зміцер Кастусёў"}
    assert rows["Ганна Баравік"]["roles"] == "informant|relative"
    assert rows["BY-0042"]["facilities"] not in ("", "navapolatsk_ik1")  # a label, as Uwazi matches
    absent(["Уладзімір Лабковіч", "Святлана Мацкевіч", "Алесь", "Пётр Гарбуноў"], text)
    assert not any(canary in text for canary in CANARIES)

    sheet = tmp_path / "wgad.xlsx"
    done = sviedka("share", "--scope", "share_un_wgad", "--format", "xlsx", "--out", str(sheet),
                   "--lang", "be", "--yes", vault=closed_vault)  # fmt: skip
    assert done.code == 0, done.err
    assert "outside the vault's protection" in done.out
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    cells = [
        [c or "" for c in row] for row in load_workbook(sheet).active.iter_rows(values_only=True)
    ]
    rows = [dict(zip(cells[0], row, strict=True)) for row in cells[1:]]
    assert {(row["testimony"], row["ref"]) for row in rows} == {
        (CONSENTED, "p1"),
        (CONSENTED, "p2"),
        (CONSENTED, "p3"),
    }
    victim = next(row for row in rows if row["ref"] == "p2")
    assert (victim["shown_as"], victim["name"], victim["case_code"]) == ("case_code", "", "BY-0042")
    assert victim["facilities_label"] not in ("", "navapolatsk_ik1")
    text = "\n".join("\t".join(row) for row in cells)
    absent(["Уладзімір Лабковіч", "Святлана Мацкевіч", "Алесь", "Пётр Гарбуноў"], text)
    assert not any(canary in text for canary in CANARIES)

    acts = tmp_path / "acts.csv"
    done = sviedka("share", "--scope", "share_un_wgad", "--format", "csv", "--by", "acts",
                   "--out", str(acts), "--yes", vault=closed_vault)  # fmt: skip
    assert done.code == 0, done.err
    text = acts.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(row["kind"], row["who"], row["from"], row["facility"]) for row in rows] == [
        ("detention_episodes", "BY-0042", "2022-11-14", "navapolatsk_ik1")
    ]  # the arrest of the victim, shown only by his case code
    absent(["Уладзімір Лабковіч", "Святлана Мацкевіч", "Алесь", "Пётр Гарбуноў"], text)
    assert not any(canary in text for canary in CANARIES)


def test_unknown_scope_or_format_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    for args in (
        ("--scope", "share_with_everyone", "--format", "csv"),
        ("--scope", "share_un_wgad", "--format", "docx"),
        ("--scope", "share_un_wgad", "--format", "json", "--by", "acts"),
        ("--scope", "share_un_wgad", "--format", "csv", "--by", "testimonies"),
    ):
        result = sviedka("share", *args, "--out", str(out), "--yes", vault=tmp_path / "none")
        assert result.code == 2
        assert "Traceback" not in result.err
    assert not out.exists()


def test_without_yes_and_without_a_terminal_nothing_is_written(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    result = sviedka("share", "--scope", "share_un_wgad", "--format", "csv", "--out", str(out),
                     vault=tmp_path / "none")  # fmt: skip
    assert result.code == 1
    assert "add --yes" in result.err
    assert not out.exists()
