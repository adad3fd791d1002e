"""Keyboard reach: Tab leaves the drafts table, menu keys work from inside a line edit, focus
shows on the text fields and the copy button, arrows in the findings select the span, and a
suggestion taken leaves the next finding selected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from knigge_desktop.ui.menu_keys import menu_keys_first

CTRL = Qt.KeyboardModifier.ControlModifier


def test_tab_leaves_the_drafts_table(qtbot: QtBot, window_factory) -> None:
    window = window_factory(new_template="reply_formal", values={"sender_name": "Jonas"})
    window.session.start_from_template("reply_informal", {"sender_name": "Jonas"})
    dialog = window.dialogs.show_drafts()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 2
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    dialog.table.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert not dialog.table.hasFocus(), "Tab goes on to the buttons, not to the next cell"
    dialog.close()


def test_ctrl_e_from_the_template_search_edits_the_template(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.gallery.search.setFocus()
    qtbot.keyClicks(window.gallery.search, "Antwort")
    qtbot.keyClick(window.gallery.search, Qt.Key.Key_E, CTRL)
    editor = window.templates.editor
    assert editor is not None and editor.isVisible(), "Ctrl+E is the menu's, not end-of-line"
    editor.done(0)


class _X11LineEdit(QLineEdit):
    """A line edit as on an X11 desktop: it claims Ctrl+E (end of line) for itself."""

    def event(self, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.keyCombination() == QKeyCombination(CTRL, Qt.Key.Key_E)
        ):
            event.accept()
            return True
        return super().event(event)


@pytest.mark.parametrize("filtered", [False, True])
def test_menu_keys_win_over_a_line_edits_own_keys(qtbot: QtBot, window_factory, filtered) -> None:
    window = window_factory()
    line = _X11LineEdit()
    window.gallery.layout().addWidget(line)
    if filtered:
        menu_keys_first(line)
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClick(line, Qt.Key.Key_E, CTRL)
    editor = window.templates.editor
    assert (editor is not None and editor.isVisible()) is filtered
    if editor is not None:
        editor.done(0)


def _looks(widget) -> bytes:
    image = widget.grab().toImage()
    return bytes(image.constBits())


def test_focus_is_visible_on_multiline_fields_and_the_copy_button(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory(new_template="follow_up_formal")
    multiline = window.form.input("next_step")
    qtbot.waitUntil(multiline.isVisible)
    for widget in (multiline, window.copy_button, window.editor):
        window.gallery.search.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        before = _looks(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        assert _looks(widget) != before, f"{widget.objectName()}: focus must show"


def test_arrow_keys_in_the_findings_select_the_span(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.editor.setPlainText("hallo!!! KAUFEN SIE JETZT!!! mfg")
    qtbot.waitUntil(
        lambda: (
            window.session.etiquette_found[1] == window.editor.toPlainText()
            and len(window.findings.items()) >= 2
        ),
        timeout=5000,
    )
    tree = window.findings.tree
    tree.setFocus()
    tree.setCurrentItem(window.findings.items()[0])
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    finding = window.findings.current()
    assert finding is not None
    cursor = window.editor.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (finding.start, finding.end)
    assert tree.hasFocus(), "the list keeps the focus for the next arrow key"


def test_after_a_suggestion_the_next_finding_is_selected(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.editor.setPlainText("hallo!!! wie gehts?? mfg")
    panel = window.findings
    qtbot.waitUntil(
        lambda: (
            window.session.etiquette_found[1] == window.editor.toPlainText()
            and sum(bool(f.suggestions) for f in map(panel._finding_of, panel.items())) >= 2
        ),
        timeout=5000,
    )
    with_fix = next(i for i in panel.items() if panel._finding_of(i).suggestions)
    panel.tree.setCurrentItem(with_fix)
    before = len(panel.items())
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.items()) < before, timeout=5000)
    assert panel.current() is not None, "the panel keeps a selection to go on with"
    assert QApplication.focusWidget() is not None
