"""Child of bench.share_pdf: draws the PDF case dossiers of a small and a ten times larger
hand-over offscreen, and the JSON hand-over of the same testimonies as the reference; prints
the medians as one line of JSON."""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from app.cli.share_pdf import pdf_writer
from app.domain.consent import rule_for
from app.domain.handover import Handed, hand_over
from app.domain.shipped_vocabularies import load_shipped
from app.domain.template import example_testimony
from app.render.dossier_pdf import draw
from app.services.dossier_build import dossiers

SCOPE = "legal_proceedings"  # the example testimony's informant consented to it
REFS = ("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9")


@dataclass(frozen=True)
class Leaving:
    testimony_id: str
    version: int
    sha256: str
    handed: Handed
    registry: dict[str, str]
    only: frozenset[str] = frozenset()


def leaving(count: int) -> list[Leaving]:
    """``count`` testimonies of different people, each the full example (5 dossiers)."""
    rule = rule_for(SCOPE)
    assert rule is not None
    found = []
    for number in range(count):
        doc = example_testimony()
        for person in doc["persons"]:  # their own case codes: one dossier each, never merged
            if "case_code" in person:
                person["case_code"] = f"{person['case_code']}-{number}"
        handed = hand_over(doc, rule, f"{number:08d}")
        assert isinstance(handed, Handed)
        registry = {ref: f"{number}-{ref}" for ref in REFS}
        found.append(Leaving(f"{number:08d}-t", 1, "a" * 64, handed, registry))
    return found


def timed(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(small: int, repeat: int) -> None:
    pdf_writer()  # the Qt application, as the command line makes it
    vocab = load_shipped()
    found: dict[str, float] = {}
    for name, count in (("small", small), ("large", small * 10)):
        left = leaving(count)
        made = dossiers(left, SCOPE, vocab, "be")
        found[f"{name}_dossiers"] = len(made.dossiers)
        found[name] = timed(partial(draw, made), repeat)
        documents = [item.handed.document for item in left]
        found[f"{name}_json"] = timed(partial(json.dumps, documents, ensure_ascii=False), repeat)
    print(json.dumps(found))


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
