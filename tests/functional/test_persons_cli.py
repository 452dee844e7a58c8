"""`sviedka persons` and `sviedka report` end to end, on the known-truth archive."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.cli import sviedka
from tests.known_archive import AS_OF, documents


def test_persons_suggest_merge_separate_and_report(closed_vault: Path) -> None:
    lines = "\n".join(json.dumps(doc, ensure_ascii=False) for doc in documents())
    added = sviedka("add", "-", vault=closed_vault, stdin=lines)
    assert added.code == 0, added.err

    listed = sviedka("persons", "list", "--json", vault=closed_vault)
    assert listed.code == 0, listed.err
    people = json.loads(listed.out)
    assert len(people) == 16
    assert {"id", "names", "roles", "birth_date", "testimonies", "status"} <= set(people[0])

    before = json.loads(
        sviedka("report", "humanitarian", "--as-of", AS_OF, "--json", vault=closed_vault).out
    )
    assert before["total"] == 5  # Bialiatski counted once per relative who reported him

    suggested = json.loads(sviedka("persons", "suggest", "--json", vault=closed_vault).out)
    assert len(suggested) == 4
    assert {"a", "b", "score", "reasons"} == set(suggested[0])
    assert all(isinstance(r["code"], str) for pair in suggested for r in pair["reasons"])
    assert {"code": "same_birth_date"} in suggested[0]["reasons"]
    printed = sviedka("persons", "suggest", vault=closed_vault).out
    assert "same birth date" in printed  # the English sentence built from the code
    assert "same_birth_date" not in printed
    merged_ids = []
    for pair in suggested:
        merged = sviedka("persons", "merge", pair["a"], pair["b"], "--yes", vault=closed_vault)
        if merged.code == 0:
            merged_ids.append(merged.out.strip())
        else:  # already one person through a third entry: one clear line
            assert merged.err.count("\n") == 1
            assert "already one person" in merged.err

    after = sviedka(
        "report", "humanitarian", "--by", "criterion", "--as-of", AS_OF, "--json",
        vault=closed_vault,
    )  # fmt: skip
    assert after.code == 0, after.err
    shown = json.loads(after.out)
    assert (shown["figure"], shown["unit"], shown["as_of"], shown["total"]) == (
        "humanitarian", "persons", AS_OF, 3,
    )  # fmt: skip
    assert {g["key"]: g["count"] for g in shown["groups"]} == {
        "age_over_60": 2,
        "death_in_detention": 1,
    }
    assert all(set(g) == {"key", "label", "count"} for g in shown["groups"])

    table = sviedka("report", "arrests_on_return", "--by", "identified_via", "--csv",
                    vault=closed_vault)  # fmt: skip
    rows = list(csv.reader(io.StringIO(table.out)))
    assert rows[0] == ["key", "label", "count"]
    assert ["phone_check", "phone check", "1"] in rows

    assert len(merged_ids) == 3  # two merges for Bialiatski, one for Baravik's son
    count = len(json.loads(sviedka("persons", "list", "--json", vault=closed_vault).out))
    assert count == 16 - 3
    separated = sviedka("persons", "separate", merged_ids[0], "--yes", vault=closed_vault)
    assert separated.code == 0, separated.err
    again = json.loads(sviedka("persons", "list", "--json", vault=closed_vault).out)
    assert len(again) == 16 - 2


def test_report_errors_are_one_line(closed_vault: Path) -> None:
    for args in (["everything"], ["held", "--by", "shoe"], ["held", "--from", "last week"]):
        bad = sviedka("report", *args, vault=closed_vault)
        assert bad.code == 1
        assert bad.err.count("\n") == 1
        assert "Traceback" not in bad.err
    unknown = sviedka("persons", "separate", "0000000000000000", "--yes", vault=closed_vault)
    assert unknown.code == 1
    assert "no person with id" in unknown.err


def test_recognition_as_a_political_prisoner_is_recorded_shown_and_withdrawn(
    closed_vault: Path,
) -> None:
    lines = "\n".join(json.dumps(doc, ensure_ascii=False) for doc in documents())
    assert sviedka("add", "-", vault=closed_vault, stdin=lines).code == 0
    people = json.loads(sviedka("persons", "list", "--json", vault=closed_vault).out)
    assert all(person["recognition"] is None for person in people)
    chosen = people[0]["id"]

    done = sviedka("persons", "recognise", chosen, "--by", "Viasna", "--date", "2022-04",
                   "--yes", vault=closed_vault)  # fmt: skip
    assert done.code == 0, done.err
    people = json.loads(sviedka("persons", "list", "--json", vault=closed_vault).out)
    shown = {person["id"]: person["recognition"] for person in people}
    assert shown[chosen] == {"by": "Viasna", "date": "2022-04"}
    assert sum(1 for value in shown.values() if value is not None) == 1

    for bad in (["--by", "Viasna", "--date", "April 2022"], ["--by", "Viasna"]):
        refused = sviedka("persons", "recognise", chosen, *bad, "--yes", vault=closed_vault)
        assert refused.code == 1
        assert refused.err.count("\n") == 1
        assert "Traceback" not in refused.err

    undone = sviedka("persons", "recognise", chosen, "--withdraw", "--yes", vault=closed_vault)
    assert undone.code == 0, undone.err
    people = json.loads(sviedka("persons", "list", "--json", vault=closed_vault).out)
    assert all(person["recognition"] is None for person in people)
