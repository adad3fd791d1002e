"""Everything by keyboard: a shortcut for every menu action, shown in the menu; Tab in the
order of the work; F7 through the findings; Ctrl+Enter copies; names for screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from knigge_desktop.ui.shortcuts_dialog import ShortcutsDialog, keys_of

CTRL = Qt.KeyboardModifier.ControlModifier


def test_every_menu_action_has_its_own_key_shown_in_the_menu(window_factory) -> None:
    window = window_factory()
    actions = window.all_actions()
    assert len(actions) >= 15
    keys = {}
    for menu, action in actions:
        shown = keys_of(action)
        assert shown, f"{menu}: {action.text()} has no key"
        for key in shown.split(", "):
            assert key not in keys, f"{key} is taken by {keys[key]} and {action.text()}"
            keys[key] = action.text()
    dialog = ShortcutsDialog(actions, window)
    assert dialog.table.topLevelItemCount() >= len(actions)
    assert dialog.table.topLevelItem(0).text(1)  # the F1 list shows the keys too
    dialog.close()


def focus_after_tabs(qtbot: QtBot, start: QWidget, presses: int) -> list[QWidget]:
    start.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_follows_the_work_gallery_fields_text_findings(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    # The list is a Tab stop once it shows findings (an empty one is not): the first
    # check runs in the background, after the rules load.
    qtbot.waitUntil(lambda: window._painted and window.findings.tree.topLevelItemCount() > 0)
    fields = window.form.inputs()
    gallery = window.gallery.focus_chain()
    walk = focus_after_tabs(qtbot, window.gallery.search, len(gallery) + len(fields) + 4)
    where = [walk.index(w) for w in (*gallery, fields[0], fields[-1], window.editor)]
    assert where == sorted(where), "gallery, then the fields, then the text"
    assert walk[walk.index(fields[-1]) + 1] is window.editor
    after_text = walk[walk.index(window.editor) + 1 :]
    assert window.copy_button in after_text and window.findings.tree in after_text
    assert after_text.index(window.copy_button) < after_text.index(window.findings.tree)
    assert window.form_scroll not in walk, "the scroll area is no stop of its own"


def test_ctrl_number_jumps_to_each_pane(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    targets = {
        Qt.Key.Key_1: window.gallery.search,
        Qt.Key.Key_2: window.form.inputs()[0],
        Qt.Key.Key_3: window.editor,
        Qt.Key.Key_4: window.findings.tree,
    }
    for key, widget in targets.items():
        qtbot.keyClick(QApplication.focusWidget() or window, key, CTRL)
        assert widget.hasFocus(), key


def test_f7_walks_the_findings_in_text_order_and_wraps(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    text = "hallo!!! KAUFEN SIE JETZT!!! mfg"
    window.editor.setPlainText(text)
    # The findings of this text, not those of the template's text still on show.
    qtbot.waitUntil(
        lambda: window.session.etiquette_found[1] == text and len(window.editor.findings()) >= 2,
        timeout=5000,
    )
    starts = sorted({f.start for f in window.editor.findings()})
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    window.editor.setTextCursor(cursor)
    visited, said = [], []
    found = window.editor.findings()  # two rules at one place: each is reached in turn
    for _ in range(len(found) + 1):
        qtbot.keyClick(window.editor, Qt.Key.Key_F7)
        visited.append(window.editor.textCursor().selectionStart())
        current = window.findings.current()
        assert current is not None and window.statusBar().currentMessage() == current.message
        said.append(current.message)
    assert visited[0] == starts[0]
    assert visited == [*sorted(visited[:-1]), starts[0]], "in text order, then from the top"
    assert set(said[:-1]) == {f.message for f in found}, "every finding, none skipped"
    qtbot.keyClick(window.editor, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert window.editor.textCursor().selectionStart() == visited[-2], "Shift+F7 goes back"


def test_ctrl_enter_copies_from_the_editor_without_a_new_line(qtbot: QtBot, window_factory) -> None:
    window = window_factory(new_template="reply_informal")
    window.prompts.answer(True)  # "Trotzdem kopieren": the reply's fields are empty
    text = window.editor.toPlainText()
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, CTRL)
    assert [a.kind for a in window.prompts.asked] == ["copy"]
    assert QGuiApplication.clipboard().text() == text
    assert window.editor.toPlainText() == text


def test_every_control_has_a_name_for_screen_readers(window_factory) -> None:
    window = window_factory()
    controls = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(controls) > 15
    unnamed = []
    for widget in controls:
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []
    buttons = [w for w in controls if isinstance(w, QAbstractButton)]
    assert all(b.text() or b.accessibleName() for b in buttons)


def test_f7_right_after_an_edit_goes_to_a_finding_of_the_new_text(
    qtbot: QtBot, window_factory
) -> None:
    """F7 pressed before the check of the new text has run said "Keine Hinweise im Text."
    for a text full of findings: the check that is due runs first, then F7 goes."""
    window = window_factory()
    text = "hallo!!! KAUFEN SIE JETZT!!! mfg"
    window.editor.setFocus()
    window.editor.selectAll()
    qtbot.keyClicks(window.editor, text)  # no event loop since: the check has not run
    assert window.session.findings_shown[1] != text
    qtbot.keyClick(window.editor, Qt.Key.Key_F7)
    message = window.statusBar().currentMessage()
    assert message != "Keine Hinweise im Text."
    selected = window.editor.textCursor().selectedText()
    assert selected and selected in text, "a finding of the new text is selected"
    assert message == window.findings.current().message


def test_f7_reaches_every_finding_that_shares_a_place(qtbot: QtBot, window_factory) -> None:
    """An ask, a closing and a name all missing at the end: each is said in turn (before,
    F7 reached only the first, Shift+F7 only the last)."""
    window = window_factory()
    text = "Sehr geehrte Frau Wagner,\n\nich würde mich gern mit Ihnen vernetzen. wort wort"
    window.editor.setPlainText(text)
    qtbot.waitUntil(lambda: window.session.etiquette_found[1] == text, timeout=5000)
    at_end = [f for f in window.editor.findings() if f.start == f.end == len(text)]
    assert len(at_end) >= 2, [f.rule_id for f in window.editor.findings()]
    window.editor.setFocus()
    said = set()
    for _ in range(len(window.editor.findings())):
        qtbot.keyClick(window.editor, Qt.Key.Key_F7)
        said.add(window.statusBar().currentMessage())
    assert {f.message for f in at_end} <= said
    back = set()
    for _ in range(len(window.editor.findings())):
        qtbot.keyClick(window.editor, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
        back.add(window.statusBar().currentMessage())
    assert {f.message for f in at_end} <= back


def test_f7_in_a_text_too_long_to_check_says_so(qtbot: QtBot, window_factory) -> None:
    from knigge_desktop.services.etiquette_service import LIVE_LIMIT

    window = window_factory()
    text = "Hallo Kim, " + "wort " * (LIVE_LIMIT // 5)
    window.editor.setPlainText(text)
    qtbot.waitUntil(lambda: window.session.etiquette_found[1] == text, timeout=5000)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_F7)
    said = window.statusBar().currentMessage()
    assert said and said != "Keine Hinweise im Text.", said
    assert said == window.session.etiquette_found[2], "the pause is named, not 'no findings'"
