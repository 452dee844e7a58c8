"""`sviedka search` end to end."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli import sviedka
from tests.factories import full_testimony


def test_search_finds_across_scripts_with_filters(closed_vault: Path) -> None:
    added = sviedka("add", "-", vault=closed_vault, stdin=json.dumps(full_testimony()))
    assert added.code == 0, added.err
    (testimony_id,) = added.out.split()

    result = sviedka("search", "Baravik", "--json", vault=closed_vault)
    assert result.code == 0, result.err
    (hit,) = json.loads(result.out)
    assert hit["id"] == testimony_id
    assert "[" in hit["snippet"]

    filtered = sviedka(
        "search", "Baravik", "--filter", "art411=yes", "--filter", "from=2024", vault=closed_vault
    )
    assert testimony_id in filtered.out
    none = sviedka("search", "Baravik", "--filter", "article=356", "--json", vault=closed_vault)
    assert json.loads(none.out) == []


def test_search_errors_are_one_line(closed_vault: Path) -> None:
    bad = sviedka("search", "x", "--filter", "colour=red", vault=closed_vault)
    assert bad.code == 1
    assert "unknown filter 'colour'" in bad.err
    empty = sviedka("search", vault=closed_vault)
    assert empty.code == 1
    assert "--filter" in empty.err
