"""The benchmark write-up (bench/markdown.py, `python -m bench --render`): what a coordinator
reads in docs/performance.md must say where a figure was measured, whether its budget was met,
and, when it comes from several runs, which run each figure belongs to. No timing here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.__main__ import main
from bench.markdown import load, newest_per_benchmark, render
from bench.report import Figure, environment, write_json

SEARCH = Figure(
    "search",
    "p95 of 26 queries x 5 at 10,000",
    257.0,
    23.3,
    "ms",
    ratio=11.03,
    op="<=",
    limit=1.5,
    budget="<= 1.5x raw FTS5",
    note="22 of 26 queries | slower than the reference",
)
CONTEXT = Figure("search", "  p50 'Babaryka' (Latin for Cyrillic)", 33.0, 5.57, "ms", ratio=5.92)
UNLOCK = Figure("unlock", "Vault.open, median of 5", 640.0, 600.0, "ms", 1.07, "<=", 1.2, "<= 1.2x")


def results(folder: Path, figures: list[Figure], quick: bool, argv: list[str]) -> Path:
    env = {**environment(argv), "load_end": [3.5, 2.0, 1.0]}
    meta = {"quick": quick, "benchmarks": [], "crashed": [], "durations_s": {"x": 12.0}}
    path = write_json(figures, {**meta, "environment": env}, folder)
    return path


def rows(markdown: str) -> list[list[str]]:
    """The figure table's rows as cells (the runs table has other headers)."""
    lines = markdown.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| figure |"))
    body = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        body.append([cell.strip() for cell in line.strip("|").split(" | ")])
    return body


def test_a_run_is_written_with_its_machine_budgets_and_notes(tmp_path: Path) -> None:
    path = results(tmp_path, [SEARCH, CONTEXT, UNLOCK], True, ["--quick", "search"])
    text = render([load(path)])

    assert "`python -m bench --quick search`" in text
    assert "10,000 testimonies" in text  # the --quick size, not presented as full size
    assert "cores" in text
    assert "GiB RAM" in text
    assert "SQLCipher 4." in text
    assert "at the end 3.50 / 2.00 / 1.00" in text
    search, context, unlock = rows(text)
    assert search[0] == "search: p95 of 26 queries x 5 at 10,000"
    assert search[1:] == ["257 ms", "23.3 ms", "11.03", "<= 1.5x raw FTS5", "**NO**"]
    # A context row stays visibly under its figure and claims no verdict.
    assert context[0].startswith("&emsp;search: p50 'Babaryka'")
    assert context[4:] == ["", ""]
    assert unlock[5] == "yes"
    # A '|' in a note must not split the table or the note.
    assert "22 of 26 queries \\| slower" in text
    assert "Budgets missed: search: p95 of 26 queries x 5 at 10,000." in text


def test_the_newest_run_of_each_benchmark_is_kept_and_named(tmp_path: Path) -> None:
    older = results(tmp_path, [SEARCH, UNLOCK], True, ["--quick"])
    faster = Figure(**{**SEARCH.__dict__, "ours": 30.0, "ratio": 1.29})
    newer = results(tmp_path / "later", [faster], False, ["search"])
    document = json.loads(newer.read_text())  # a later run of search alone
    newer.write_text(json.dumps({**document, "generated_at": "20991231T235959Z"}))

    runs = newest_per_benchmark([load(older), load(newer)])
    text = render(runs)

    by_name = {row[0]: row for row in rows(text)}
    assert by_name["search: p95 of 26 queries x 5 at 10,000"][1] == "30.0 ms"
    assert by_name["search: p95 of 26 queries x 5 at 10,000"][6] == "2099-12-31 23:59 UTC"
    assert by_name["unlock: Vault.open, median of 5"][6] == load(older).label
    assert len(rows(text)) == 2  # the older search figure is gone
    assert "Budgets missed: none." in text
    assert "(full size)" in text
    assert "(--quick)" in text


def test_render_writes_the_file_without_running_anything(tmp_path: Path) -> None:
    path = results(tmp_path, [UNLOCK], False, [])
    out = tmp_path / "performance-table.md"

    assert main(["--render", str(path), "--markdown", str(out)]) == 0
    assert rows(out.read_text(encoding="utf-8"))[0][0] == "unlock: Vault.open, median of 5"


def test_results_written_before_the_machine_was_recorded_still_render(tmp_path: Path) -> None:
    path = tmp_path / "20261203T082413Z.json"
    figure = {**UNLOCK.__dict__, "met": True}
    old = {"generated_at": path.stem, "quick": False, "figures": [figure]}
    path.write_text(json.dumps({**old, "environment": {"python": "3.11.7", "cpus": 2}}))

    text = render([load(path)])

    assert "CPU model not recorded" in text
    assert "at the start not recorded" in text
    assert rows(text)[0][5] == "yes"


def test_an_unreadable_results_file_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "cut.json"
    broken.write_text('{"figures": [')

    assert main(["--render", str(broken)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("Could not read the results file")
    assert "Traceback" not in error


def test_a_run_stopped_half_way_says_what_it_did_not_measure(tmp_path: Path) -> None:
    path = results(tmp_path, [UNLOCK], False, [])
    document = json.loads(path.read_text())
    stopped = {"finished": False, "benchmarks": ["unlock", "search", "bundle"]}
    path.write_text(json.dumps({**document, **stopped, "durations_s": {"unlock": 9.0}}))

    text = render([load(path)])

    assert "**Unfinished**" in text
    assert "stopped before search, bundle" in text
    assert rows(text)[0][0] == "unlock: Vault.open, median of 5"


def test_the_sizes_a_run_measured_at_are_the_ones_it_recorded(tmp_path: Path) -> None:
    path = results(tmp_path, [UNLOCK], False, [])
    document = json.loads(path.read_text())
    sizes = {"testimonies": 30_000, "attachment_mib": 256, "bulk_records": 2_000}
    path.write_text(json.dumps({**document, "sizes": sizes}))

    text = render([load(path)])

    assert "full size: 30,000 testimonies, 256 MiB of attachments, 2,000 bulk records" in text
