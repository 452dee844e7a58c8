"""The editor's field widgets: vocabulary picker, languages, the privacy screen on identifying
fields, partial dates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from app.domain.template import example_testimony
from app.ui import privacy
from app.ui.editor.choices import CheckListNode, VocabNode
from app.ui.editor.fields import MISSING, LineNode
from app.ui.editor.partial_date import PartialDateEdit, describe_date
from app.ui.editor.sensitive import SensitiveNode
from tests.ui.test_editor_support import make_editor


def test_vocabulary_picker_filters_by_typing_and_stores_the_code(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, shown=True)
    editor.show_section("ill_treatment_acts")
    acts = editor.lists["ill_treatment_acts"]
    QTest.keyClick(acts.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    method = acts.detail.children_["method"]
    assert isinstance(method, VocabNode)
    line = method.combo.lineEdit()
    assert line is not None
    line.setFocus()
    QTest.keyClicks(line, "sleep")  # inside the label, not its start
    completer = method.combo.completer()
    assert completer is not None
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    shown = [
        completer.popup().model().index(row, 0).data() for row in range(completer.completionCount())
    ]
    assert shown, "nothing matched"
    assert all("sleep" in label.casefold() for label in shown)
    QTest.keyClick(completer.popup(), Qt.Key.Key_Down)
    QTest.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert method.value() == "sleep_deprivation"
    qtbot.waitUntil(
        lambda: editor.document()["ill_treatment_acts"][0].get("method") == "sleep_deprivation"
    )


def test_typed_text_that_is_no_term_is_kept_for_validation_to_name(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony())
    method = editor.field("ill_treatment_acts[1].method")
    assert isinstance(method, VocabNode)
    assert method.combo.currentText() == "Beating"
    line = method.combo.lineEdit()
    assert line is not None
    line.selectAll()
    QTest.keyClicks(line, "made-up method")
    assert editor.document()["ill_treatment_acts"][1]["method"] == "made-up method"
    paths = {issue.path for issue in editor.issues()}
    assert "ill_treatment_acts[1].method" in paths


def test_belarusian_interface_shows_belarusian_vocabulary_labels(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony(), lang="be")
    article = editor.field("prosecutions[2].articles[0].code")
    assert isinstance(article, VocabNode)
    assert article.combo.currentText().startswith("361-1 — Стварэнне экстрэмісцкага фарміравання")
    place_type = editor.field("detention_episodes[0].places[2].place_type")
    assert isinstance(place_type, VocabNode)
    assert place_type.combo.currentText() == "Папраўчая калонія (ПК)"
    # Terms without an official Belarusian label show the Belarusian proposal, never Russian,
    # marked as awaiting review.
    method = editor.field("ill_treatment_acts[1].method")
    assert isinstance(method, VocabNode)
    assert method.combo.currentText() == "Збіццё (чакае праверкі)"
    assert editor.document() == example_testimony()


def test_identifying_fields_follow_the_privacy_screen_and_show_while_worked_in(
    qtbot: QtBot,
) -> None:
    """One rule with the quick page and the lists: masked only while the screen is on, and
    then shown in the field the interviewer is working in."""
    privacy.set_enabled(False)
    editor = make_editor(qtbot, example_testimony(), shown=True)
    editor.show_section("persons")
    editor.lists["persons"].list.setCurrentRow(1)
    detail = editor.lists["persons"].detail
    case_code, birth, names = (detail.children_[n] for n in ("case_code", "birth_date", "names"))
    assert isinstance(case_code, SensitiveNode)
    assert isinstance(birth, SensitiveNode)
    assert isinstance(names, SensitiveNode)
    inner, date = case_code.inner, birth.inner
    assert isinstance(inner, LineNode)
    assert isinstance(date, PartialDateEdit)
    assert case_code.findChildren(QToolButton) == []  # no second switch per field
    assert inner.edit.echoMode() == QLineEdit.EchoMode.Normal  # screen off: as recorded
    assert date.reading.text() == "17 March 1994"
    assert "Алесь" in names.inner.list.item(0).text()  # type: ignore[attr-defined]

    try:
        privacy.set_enabled(True)  # the open editor follows at once
        assert inner.edit.echoMode() == QLineEdit.EchoMode.Password
        assert "1994" not in date.reading.text()
        assert "Алесь" not in names.inner.list.item(0).text()  # type: ignore[attr-defined]
        occupation = detail.children_["occupation"]
        assert isinstance(occupation, LineNode)
        assert occupation.edit.echoMode() == QLineEdit.EchoMode.Normal  # not identifying

        inner.edit.setFocus(Qt.FocusReason.TabFocusReason)  # working in it: shown
        qtbot.waitUntil(inner.edit.hasFocus)
        assert inner.edit.echoMode() == QLineEdit.EchoMode.Normal
        assert inner.edit.text() == "PP-2022-0417"
        date.edit.setFocus(Qt.FocusReason.TabFocusReason)  # moving on masks it again
        qtbot.waitUntil(date.edit.hasFocus)
        assert inner.edit.echoMode() == QLineEdit.EchoMode.Password
        assert date.reading.text() == "17 March 1994"
        date.precision.setFocus(Qt.FocusReason.TabFocusReason)  # another part of the date
        qtbot.waitUntil(date.precision.hasFocus)
        assert date.reading.text() == "17 March 1994"

        editor.lists["persons"].list.setFocus()  # another person: nothing shown
        editor.lists["persons"].list.setCurrentRow(2)
        qtbot.waitUntil(editor.lists["persons"].list.hasFocus)
        assert inner.edit.echoMode() == QLineEdit.EchoMode.Password
        assert case_code.is_masked()
        assert birth.is_masked()
    finally:
        privacy.set_enabled(False)
    assert inner.edit.echoMode() == QLineEdit.EchoMode.Normal


def test_partial_date_takes_its_precision_from_what_is_typed(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    date = editor.field("consent.date")
    assert isinstance(date, PartialDateEdit)
    assert date.value() is MISSING
    QTest.keyClicks(date.edit, "2023")
    assert date.value() == {"precision": "year", "value": "2023"}
    QTest.keyClicks(date.edit, "-03")
    assert date.value() == {"precision": "month", "value": "2023-03"}
    assert date.reading.text() == "March 2023"
    # A precision chosen by hand is kept while typing.
    date.precision.setFocus()
    QTest.keyClick(date.precision, Qt.Key.Key_Down)  # month -> year
    QTest.keyClick(date.precision, Qt.Key.Key_Down)  # year -> approximate
    QTest.keyClicks(date.edit, "-14")
    assert date.value() == {"precision": "approximate", "value": "2023-03-14"}
    assert date.reading.text() == "about 14 March 2023"
    QTest.keyClick(date.precision, Qt.Key.Key_Down)  # unknown
    assert date.value() == {"precision": "unknown", "value": "2023-03-14"}
    date.edit.clear()
    assert date.value() == {"precision": "unknown"}
    assert date.reading.text() == "date unknown"


def test_dates_read_in_the_interface_language() -> None:
    assert describe_date({"precision": "month", "value": "2023-03"}, "be") == "сакавік 2023"
    assert describe_date({"precision": "day", "value": "2024-02-05"}, "ru") == "5 февраля 2024"
    assert describe_date({"precision": "day", "value": "2023-02-30"}, "en") == "not a calendar date"
    assert describe_date({"precision": "year", "value": "1961"}, "en") == "1961"


def test_check_list_keeps_the_stored_order_and_appends_new_ticks(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, example_testimony())
    scopes = editor.field("consent.scopes")
    assert isinstance(scopes, CheckListNode)
    stored = example_testimony()["consent"]["scopes"]
    ticked = [
        scopes.list.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(scopes.list.count())
        if scopes.list.item(row).checkState() == Qt.CheckState.Checked
    ]
    assert sorted(ticked) == sorted(stored)
    assert ticked != stored  # the list shows vocabulary order ...
    assert scopes.value() == stored  # ... the record keeps its own
    named = next(
        scopes.list.item(row)
        for row in range(scopes.list.count())
        if scopes.list.item(row).data(Qt.ItemDataRole.UserRole) == "named_publication"
    )
    named.setCheckState(Qt.CheckState.Checked)
    assert editor.document()["consent"]["scopes"] == [*stored, "named_publication"]
    scopes.filter.setText("journalist")
    visible = [
        scopes.list.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(scopes.list.count())
        if not scopes.list.item(row).isHidden()
    ]
    assert visible == ["media"]
