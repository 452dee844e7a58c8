"""Child of bench.editor_open: times, in one offscreen Qt process, building the full editor
with every page of it shown, empty (the reference: the widgets an editor had to build before
its pages were built lazily), the editor opening on a complete testimony, the same editor
opening empty, every page of the complete testimony shown, and the page a new testimony opens
on (the quick page; the editor is built later). Prints one JSON line."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

REPETITIONS = 5


def main() -> int:
    app = QApplication([])
    from app.domain.shipped_vocabularies import load_shipped
    from app.domain.template import example_testimony
    from app.ui.editor import TestimonyEditor
    from app.ui.editor.sections import SECTIONS
    from app.ui.quick.page import QuickPage

    vocab = load_shipped()
    complete = example_testimony()

    def every_page(document: dict[str, Any] | None) -> QWidget:
        editor = TestimonyEditor(vocab, "en", document)
        for section in SECTIONS:  # what a page costs once shown, built lazily or not
            editor.show_section(section.key)
        editor.show_section(SECTIONS[0].key)
        return editor

    def timed(build: Callable[[], QWidget]) -> float:
        start = time.perf_counter()
        widget = build()
        widget.resize(1200, 800)
        widget.show()
        app.processEvents()  # shown and painted once
        elapsed = time.perf_counter() - start
        widget.close()
        widget.deleteLater()
        app.processEvents()
        return elapsed

    sides: dict[str, Callable[[], QWidget]] = {
        "every_page_empty": lambda: every_page(None),
        "empty": lambda: TestimonyEditor(vocab, "en", None),
        "complete": lambda: TestimonyEditor(vocab, "en", complete),
        "every_page_complete": lambda: every_page(complete),
        "quick": lambda: QuickPage(vocab, "en"),
    }
    for build in sides.values():  # warm: schema, validator, vocabulary caches
        timed(build)
    times: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(REPETITIONS):  # interleaved: load on the machine hits every side alike
        for name, build in sides.items():
            times[name].append(timed(build))
    print(json.dumps({name: statistics.median(found) for name, found in times.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
