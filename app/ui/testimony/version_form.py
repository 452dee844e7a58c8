"""A saved version laid out like the form, read-only: the editor's sections in the editor's
order and words, each answer as "label: value", list entries under their section and number.

What changed since the previous version is marked in colour and in words, so it still reads
without colour (and a screen reader says it): "(was: …)" beside a changed answer, "(new)" by
an added one, a removed one struck through and "(removed)". Each mark is listed at the top
with a link to its place: a complete record is some 240 fields long.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.ui import privacy
from app.ui.editor.labels import field_label
from app.ui.editor.schema import Kind
from app.ui.editor.sections import SECTIONS
from app.ui.testimony.changes import Answer, Mark
from app.ui.testimony.version_words import VersionWords, best_name

__all__ = ["Highlight", "VersionForm", "mark_word"]

_CONTEXT = "VersionForm"
_WAS = QT_TRANSLATE_NOOP("VersionForm", "was: %1")
_NEW = QT_TRANSLATE_NOOP("VersionForm", "new")
_CHANGED = QT_TRANSLATE_NOOP("VersionForm", "changed")
_REMOVED = QT_TRANSLATE_NOOP("VersionForm", "removed")
_HANDLING = QT_TRANSLATE_NOOP("VersionForm", "Handling of this record")
_OTHER = QT_TRANSLATE_NOOP("VersionForm", "Other answers")
_COLOURS = {Mark.CHANGED: "#fff3bf", Mark.ADDED: "#d3f9d8", Mark.REMOVED: "#ffe3e3"}
# Where the editor puts the record's top-level answers (app.ui.editor.editor): the handling of
# the record sits under consent, the narrative and notes have a page of their own.
_RECORD_FIELDS = ("confidentiality", "status")
_NARRATIVE_FIELDS = ("narrative", "interviewer_notes")
_INDENT = 18  # pixels a level of nesting is set in


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def mark_word(mark: Mark) -> str:
    """How an answer differs, in a word: changed, new, removed."""
    return _tr({Mark.ADDED: _NEW, Mark.REMOVED: _REMOVED}.get(mark, _CHANGED))


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


@dataclass(frozen=True)
class Highlight:
    """One marked place: where it is in the form's words, and how it differs."""

    where: str  # "Health 1 › Category"
    mark: Mark


class VersionForm:
    """Renders the answers of one version (see app.ui.testimony.changes.compare) as HTML;
    ``highlights`` then lists what is marked, in the order shown."""

    def __init__(self, words: VersionWords, only_changes: bool = False) -> None:
        self._words = words
        self._only = only_changes
        self.highlights: list[Highlight] = []
        self._body: list[str] = []

    def render(self, answers: Sequence[Answer]) -> str:
        self.highlights, self._body = [], []
        top = {answer.name: answer for answer in answers}
        used: set[str] = set()
        for section in SECTIONS:
            title = section.label()
            if section.key == "consent":
                used.update(("consent", *_RECORD_FIELDS))
                rows = [*_inside(top.get("consent"))]
                handling = [top[name] for name in _RECORD_FIELDS if name in top]
                self._section(title, rows, [title], groups=[(_tr(_HANDLING), handling)])
            elif section.key == "interview":
                used.add("interview")
                rows = [a for a in _inside(top.get("interview")) if a.name not in _NARRATIVE_FIELDS]
                self._section(title, rows, [title])
            elif section.key == "narrative":
                rows = [a for a in _inside(top.get("interview")) if a.name in _NARRATIVE_FIELDS]
                # The page is the narrative: its text and language need no box of that name,
                # unless the whole narrative is new or gone (the box carries that mark).
                rows = [inner for a in rows for inner in _unboxed(a, "narrative")]
                self._section(title, rows, [title])
            elif section.key in top:
                used.add(section.key)
                self._section(title, list(top[section.key].children), [], entries=title)
        other = [answer for name, answer in top.items() if name not in used]
        self._section(_tr(_OTHER), other, [_tr(_OTHER)])
        return "".join(self._body)

    # -- sections and rows -----------------------------------------------------------------
    def _section(
        self,
        title: str,
        rows: Sequence[Answer],
        where: list[str],
        groups: Sequence[tuple[str, Sequence[Answer]]] = (),
        entries: str = "",
    ) -> None:
        shown = [a for a in rows if self._wanted(a)]
        grouped = [(name, [a for a in group if self._wanted(a)]) for name, group in groups]
        grouped = [(name, group) for name, group in grouped if group]
        if not shown and not grouped:
            return
        self._body.append(f"<h3>{_esc(title)}</h3>")
        self._body.append('<table width="100%" cellspacing="0" cellpadding="3">')
        self._rows(shown, 0, where, entries)
        for name, group in grouped:
            self._heading(name, 0, None, [*where, name], struck=False)
            self._rows(group, 1, [*where, name])
        self._body.append("</table>")

    def _wanted(self, answer: Answer) -> bool:
        return not self._only or answer.has_marks()

    def _rows(
        self,
        answers: Iterable[Answer],
        depth: int,
        where: list[str],
        entries: str = "",
        struck: bool = False,
        whole: bool = False,
    ) -> None:
        """``entries``: what an entry of the list being shown is called ("Health"); ``whole``:
        the answers of an entry (or object) added or removed as a whole, shown in full."""
        for answer in answers:
            if not whole and not self._wanted(answer):
                continue
            if not answer.name:
                self._entry(answer, depth, where, entries, struck, whole)
            elif answer.is_container:
                self._container(answer, depth, where, struck, whole)
            else:
                self._leaf(answer, depth, where, struck)

    def _entry(
        self, entry: Answer, depth: int, where: list[str], name: str, struck: bool, whole: bool
    ) -> None:
        """A list entry: "Ill-treatment acts 2, Алесь Баравік", then its answers."""
        title = f"{name} {entry.number}"
        place = [*where, title]
        gone = struck or entry.mark is Mark.REMOVED
        self._heading(title + self._owner(entry), depth, entry.mark, place, struck=gone)
        whole = whole or entry.mark is not Mark.SAME
        self._rows(entry.children, depth + 1, place, struck=gone, whole=whole)

    def _owner(self, entry: Answer) -> str:
        """Whom the entry is about, as the editor's list shows it (", Алесь Баравік"); for an
        entry of Persons, who it is."""
        shown = entry.value if entry.value is not None else entry.before
        name = privacy.shown(best_name(shown)) if isinstance(shown, dict) else ""
        if name:
            return f", {name}"
        for child in entry.children:
            if child.name in ("person", "victim") and child.spec is not None:
                shown = child.value if child.value is not None else child.before
                return f", {self._words.value(child.spec, shown)}"
        return ""

    def _container(
        self, answer: Answer, depth: int, where: list[str], struck: bool, whole: bool
    ) -> None:
        label = self._label(answer)
        gone = struck or answer.mark is Mark.REMOVED
        if answer.spec is not None and answer.spec.kind is Kind.LIST:
            # Entries carry the list's name: "Alleged perpetrators 1".
            self._rows(answer.children, depth, where, label, gone, whole)
            return
        self._heading(label, depth, answer.mark, [*where, label], struck=gone)
        whole = whole or answer.mark is not Mark.SAME
        self._rows(answer.children, depth + 1, [*where, label], struck=gone, whole=whole)

    def _leaf(self, answer: Answer, depth: int, where: list[str], struck: bool) -> None:
        label = self._label(answer)
        words = self._words
        if answer.mark is Mark.REMOVED or struck:
            shown = answer.before if answer.mark is Mark.REMOVED else answer.value
            text = f"<s>{_esc(words.value(answer.spec, shown))}</s>"
        elif answer.mark is Mark.CHANGED and isinstance(answer.value, list):
            text = self._changed_items(answer)
        else:
            text = _esc(words.value(answer.spec, answer.value))
        if answer.mark is Mark.CHANGED and not isinstance(answer.value, list):
            was = _esc(words.value(answer.spec, answer.before))
            text += " <i>(" + _esc(_tr(_WAS)).replace("%1", f"<s>{was}</s>") + ")</i>"
        elif answer.mark in (Mark.ADDED, Mark.REMOVED):
            text += f" <i>({_esc(mark_word(answer.mark))})</i>"
        self._row(label, text, depth, answer.mark, [*where, label])

    def _changed_items(self, answer: Answer) -> str:
        """A multiple answer value by value: kept ones plain, new ones marked, removed ones
        struck through."""
        now = answer.value if isinstance(answer.value, list) else []
        then = answer.before if isinstance(answer.before, list) else []
        words = self._words.items(answer.spec, now)
        old_words = self._words.items(answer.spec, then)
        parts = []
        for value, text in zip(now, words, strict=True):
            new = "" if value in then else f" <i>({_esc(_tr(_NEW))})</i>"
            parts.append(_esc(text) + new)
        for value, text in zip(then, old_words, strict=True):
            if value not in now:
                parts.append(f"<s>{_esc(text)}</s> <i>({_esc(_tr(_REMOVED))})</i>")
        return ", ".join(parts)

    def _label(self, answer: Answer) -> str:
        parent = answer.spec.parent if answer.spec is not None else ""
        return field_label(answer.name, parent)

    # -- HTML ------------------------------------------------------------------------------
    def _marked(self, mark: Mark | None, where: list[str]) -> tuple[str, str]:
        """The cell background and anchor of a marked row; nothing for an unmarked one."""
        if mark is None or mark is Mark.SAME:
            return "", ""
        self.highlights.append(Highlight(" › ".join(where), mark))
        anchor = f'<a name="change{len(self.highlights)}"></a>'
        return f' bgcolor="{_COLOURS[mark]}"', anchor

    def _heading(
        self, text: str, depth: int, mark: Mark | None, where: list[str], struck: bool
    ) -> None:
        colour, anchor = self._marked(mark, where)
        shown = f"<s>{_esc(text)}</s>" if struck else _esc(text)
        if mark in (Mark.ADDED, Mark.REMOVED):
            shown += f" <i>({_esc(mark_word(mark))})</i>"
        self._body.append(
            f'<tr><td colspan="2"{colour} style="padding-left:{depth * _INDENT + 3}px">'
            f"{anchor}<b>{shown}</b></td></tr>"
        )

    def _row(self, label: str, text: str, depth: int, mark: Mark, where: list[str]) -> None:
        colour, anchor = self._marked(mark, where)
        self._body.append(
            f'<tr><td width="35%"{colour} style="padding-left:{depth * _INDENT + 3}px">'
            f"{anchor}{_esc(label)}</td><td{colour}>{text}</td></tr>"
        )


def _inside(answer: Any) -> tuple[Answer, ...]:
    return answer.children if isinstance(answer, Answer) else ()


def _unboxed(answer: Answer, name: str) -> tuple[Answer, ...]:
    """The answers inside ``answer`` when it is the object ``name`` and unchanged as a whole."""
    if answer.name == name and answer.mark is Mark.SAME:
        return answer.children
    return (answer,)
