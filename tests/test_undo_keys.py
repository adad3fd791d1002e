"""Ctrl+Z as the status line promises it: after a fix from the findings panel or another
template chosen in the gallery, the focus stays there, and Ctrl+Z takes the change back
from wherever it is; a text box with the focus still undoes only its own typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_compose_reshape_window import (
    _first_contact_with_small_sie,
    double_click_in_gallery,
    start_lena_reply_formal,
)
from test_reply_window import click

CTRL = Qt.KeyboardModifier.ControlModifier


def ctrl_z(qtbot: QtBot) -> None:
    """The key goes to whatever has the focus, as on a real keyboard."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Z, CTRL)


def _fix_the_small_sie_from_the_panel(window_factory, qtbot: QtBot):
    window, item = _first_contact_with_small_sie(window_factory, qtbot)
    before = window.editor.toPlainText()
    tree = window.findings.tree
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )
    click(qtbot, window.findings.apply_button)
    assert window.form.input("request").toPlainText().startswith("Hätten Sie")
    return window, before


def test_ctrl_z_in_the_findings_panel_takes_the_fix_back(window_factory, qtbot: QtBot) -> None:
    window, before = _fix_the_small_sie_from_the_panel(window_factory, qtbot)
    window.findings.tree.setFocus()
    assert window.findings.isAncestorOf(QApplication.focusWidget())
    ctrl_z(qtbot)
    assert window.form.input("request").toPlainText().startswith("Hätten sie")
    assert window.editor.toPlainText() == before
    assert not window.composer.text_edited and not window.edited_banner.isVisible()
    assert not window.status_line.undo_button.isVisible()


def test_ctrl_z_right_after_the_apply_button(window_factory, qtbot: QtBot) -> None:
    """Wherever the click on "übernehmen" left the focus (the button, the list)."""
    window, before = _fix_the_small_sie_from_the_panel(window_factory, qtbot)
    assert not window.editor.hasFocus()
    ctrl_z(qtbot)
    assert window.editor.toPlainText() == before


def test_ctrl_z_in_a_field_undoes_only_its_own_typing(window_factory, qtbot: QtBot) -> None:
    window, _before = _fix_the_small_sie_from_the_panel(window_factory, qtbot)
    name = window.form.input("recipient_last_name")
    kept = name.text()
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, "mann")
    assert name.text() == kept + "mann"
    ctrl_z(qtbot)
    assert name.text() == kept, "the field's own undo"
    assert window.form.input("request").toPlainText().startswith("Hätten Sie"), "fix kept"
    assert window.status_line.undo_button.isVisible()


def test_ctrl_z_in_a_box_of_several_lines_too(window_factory, qtbot: QtBot) -> None:
    window, _before = _fix_the_small_sie_from_the_panel(window_factory, qtbot)
    request = window.form.input("request")
    fixed = request.toPlainText()
    request.setFocus()
    request.moveCursor(request.textCursor().MoveOperation.End)
    qtbot.keyClicks(request, " Gern")
    ctrl_z(qtbot)
    assert request.toPlainText() == fixed, "its own typing went, the fix stayed"


def test_ctrl_z_in_the_text_still_undoes_the_typing_there(window_factory, qtbot: QtBot) -> None:
    window, _before = _fix_the_small_sie_from_the_panel(window_factory, qtbot)
    fixed = window.editor.toPlainText()
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " Danke")
    assert window.editor.toPlainText() == fixed + " Danke"
    ctrl_z(qtbot)
    assert window.editor.toPlainText() == fixed


def test_ctrl_z_in_the_gallery_brings_back_the_template(window_factory, qtbot: QtBot) -> None:
    window = start_lena_reply_formal(window_factory, qtbot)
    formal_text = window.editor.toPlainText()
    double_click_in_gallery(window, qtbot, "ask_back_formal")
    assert window.composer.template.id == "ask_back_formal"
    # Offscreen has no window manager to give the window back its activation after the
    # reply dialog.
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.gallery.list.setFocus()
    ctrl_z(qtbot)
    assert window.composer.template.id == "reply_formal"
    assert window.editor.toPlainText() == formal_text


def test_ctrl_z_in_a_field_takes_back_the_text_made_from_the_fields(
    window_factory, qtbot: QtBot
) -> None:
    """A tester's steps: the text edited by hand, a click into a field that was typed in
    before, Ctrl+R (Text aus Feldern neu erzeugen). The status bar says "Strg+Z holt Ihren
    Text zurück" – and Ctrl+Z in the field emptied the field instead."""
    window = start_lena_reply_formal(window_factory, qtbot)
    window.activateWindow()  # the reply pane had the focus
    qtbot.waitUntil(window.isActiveWindow)
    subject = window.form.input("subject")
    subject.setFocus()
    subject.selectAll()
    qtbot.keyClicks(subject, "zum Barcamp")
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " Sonst schreib mir gern.")
    written = window.editor.toPlainText()
    assert window.composer.text_edited
    subject.setFocus()
    qtbot.keyClick(subject, Qt.Key.Key_R, CTRL)
    assert window.editor.toPlainText() != written and not window.composer.text_edited
    assert "Strg+Z" in window.statusBar().currentMessage()
    window_undos: list[bool] = []
    window.actions_by_id["undo"].triggered.connect(lambda: window_undos.append(True))
    ctrl_z(qtbot)
    assert window.editor.toPlainText() == written, "the hand-written text is back"
    assert subject.text() == "zum Barcamp", "the field's own typing stays"
    assert window_undos == [True]
    assert "Strg+Z" not in window.statusBar().currentMessage(), "the promise is kept: gone"
    # Typed in the field again: now Ctrl+Z there is the field's own (Qt's line edit takes
    # back its typing of this visit at once).
    qtbot.keyClicks(subject, " 2026")
    ctrl_z(qtbot)
    assert window_undos == [True], "not the window's undo"
    assert "2026" not in subject.text()


def test_ctrl_z_in_the_first_field_after_a_switch_to_du_brings_the_template_back(
    window_factory, qtbot: QtBot
) -> None:
    """After Enter on a du template the focus lands in its first field (Vorname, no
    Anrede there); Ctrl+Z did nothing."""
    window = start_lena_reply_formal(window_factory, qtbot)
    window.activateWindow()  # the reply pane had the focus
    qtbot.waitUntil(window.isActiveWindow)
    before = window.editor.toPlainText()
    double_click_in_gallery(window, qtbot, "reply_informal")
    first = window.form.inputs()[0]
    qtbot.waitUntil(first.hasFocus)
    ctrl_z(qtbot)
    assert window.composer.template.id == "reply_formal"
    assert window.editor.toPlainText() == before
