"""A status-bar message goes when it stops being true: the finding F7 named, once fixed;
"the open draft is deleted", once Ctrl+Z brought it back; and "Text neu erzeugt" is said
only when the text changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.fake_prompts import FakePrompts

from knigge_desktop.ui.drafts_dialog import DraftsDialog

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
CAPITAL = "Als Anrede schreibt man „ihnen“ groß."
TEXT = (
    "Sehr geehrter Herr Albrecht,\n\nich danke ihnen für das Gespräch.\n\nViele Grüße\nJonas Becker"
)


def test_the_finding_f7_named_leaves_the_status_bar_once_fixed(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory(new_template="first_contact_formal")
    window.editor.setPlainText(TEXT)
    qtbot.waitUntil(lambda: any(f.message == CAPITAL for f in window.editor.findings()))
    window.editor.setFocus()
    for _ in range(len(window.editor.findings())):
        qtbot.keyClick(window.editor, Qt.Key.Key_F7)
        if window.statusBar().currentMessage() == CAPITAL:
            break
    assert window.statusBar().currentMessage() == CAPITAL
    assert window.editor.textCursor().selectedText() == "ihnen"
    qtbot.keyClicks(window.editor, "Ihnen")  # the user types over the selected word
    qtbot.waitUntil(lambda: not any(f.message == CAPITAL for f in window.editor.findings()))
    assert window.statusBar().currentMessage() != CAPITAL


def test_the_deleted_message_goes_when_ctrl_z_brings_the_draft_back(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    qtbot.keyClicks(window.form.input("recipient_last_name"), "Weber")
    window.session.autosaver.flush()
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(DraftsDialog)))
    [dialog] = [d for d in window.findChildren(DraftsDialog) if d.isVisible()]
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    window.prompts = FakePrompts().answer("Löschen")
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert "gelöscht" in window.statusBar().currentMessage()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, CTRL)
    assert window.form.input("recipient_last_name").text() == "Weber", "the draft is back"
    assert "gelöscht" not in window.statusBar().currentMessage()


def test_rebuilding_an_unchanged_text_does_not_say_it_changed(qtbot: QtBot, window_factory) -> None:
    window = window_factory(new_template="first_contact_formal")
    before = window.editor.toPlainText()
    window.actions_by_id["regenerate"].trigger()
    assert window.editor.toPlainText() == before
    assert "neu erzeugt" not in window.statusBar().currentMessage()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " Nachtrag")
    window.actions_by_id["regenerate"].trigger()
    assert window.editor.toPlainText() == before
    assert "neu erzeugt" in window.statusBar().currentMessage()
