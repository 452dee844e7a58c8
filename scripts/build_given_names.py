"""Build the shipped given-name table from the repository's copy of the draft YAML.

Usage (from the repository root, with the project's virtual environment)::

    .venv/bin/python scripts/build_given_names.py

Reads ``vocabularies/given-names.yaml`` (see ``vocabularies/README.md``) and writes
``resources/vocabularies/given_names/<VERSION>.json``, which ``app.domain.given_names`` loads at
run time (PyYAML is a development dependency only). Only what matching needs is carried over: ids,
gender, every spelling per language, diminutives, partial links and the never-link list; the
notes and sources stay in the YAML. A released file is never edited: a correction is a new
VERSION beside the old file. ``tests/unit/test_given_names.py`` fails when the newest file is
stale, and the build refuses a YAML that drops an id of an earlier version or points a
``partial_to`` / ``see_also`` at an id that does not exist.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

VERSION = "2026.1"
REPO_ROOT = Path(__file__).resolve().parent.parent
SOURCE = REPO_ROOT / "vocabularies" / "given-names.yaml"
OUTPUT_DIR = REPO_ROOT / "resources" / "vocabularies" / "given_names"
FORM_KEYS = ("be", "be_tarask", "be_latn", "ru", "pl", "uk", "en")
ID_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


def _strings(entry: dict[str, Any], key: str) -> list[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SystemExit(f"given name {entry.get('id')!r}: {key} is not a list of names")
    return value


def build(document: dict[str, Any]) -> dict[str, Any]:
    names = document["names"]
    ids = [entry["id"] for entry in names]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate given-name id")
    out = []
    for entry in names:
        if not ID_RE.match(entry["id"]) or entry.get("gender") not in ("m", "f"):
            raise SystemExit(f"given name {entry['id']!r}: bad id or gender")
        for key in ("partial_to", "see_also"):
            missing = set(_strings(entry, key)) - set(ids)
            if missing:
                raise SystemExit(f"given name {entry['id']!r}: {key} names unknown {missing}")
        if (entry.get("equivalence") == "partial") != bool(entry.get("partial_to")):
            raise SystemExit(f"given name {entry['id']!r}: partial needs partial_to")
        diminutives = entry.get("diminutives", {})
        out.append(
            {
                "id": entry["id"],
                "gender": entry["gender"],
                "forms": {key: _strings(entry, key) for key in FORM_KEYS if key in entry},
                "diminutives": {lang: _strings(diminutives, lang) for lang in sorted(diminutives)},
                "partial_to": _strings(entry, "partial_to"),
                "see_also": _strings(entry, "see_also"),
            }
        )
    return {
        "version": VERSION,
        "source": "shared/domain/given-names.yaml",
        "source_version": document["meta"]["version"],
        "names": out,
    }


def render(table: dict[str, Any]) -> str:
    return json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def check_no_id_dropped(table: dict[str, Any]) -> None:
    new_ids = {entry["id"] for entry in table["names"]}
    for path in OUTPUT_DIR.glob("*.json"):
        if path.stem == VERSION:
            continue
        old = {entry["id"] for entry in json.loads(path.read_text(encoding="utf-8"))["names"]}
        if old - new_ids:
            raise SystemExit(f"ids of {path.name} missing from {VERSION}: {sorted(old - new_ids)}")


def main() -> int:
    document = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    table = build(document)
    check_no_id_dropped(table)
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUTPUT_DIR / f"{VERSION}.json").write_text(render(table), encoding="utf-8")
    print(f"wrote {OUTPUT_DIR / f'{VERSION}.json'}: {len(table['names'])} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
