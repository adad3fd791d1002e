"""Alt and a letter is a mnemonic, never typing: the letter of a disabled button ("Regel
a&usschalten" while no finding is chosen) does nothing visible, in the text or a field;
the letter of an enabled control still goes there, and plain typing still types."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from knigge_desktop.ui.mnemonics import mnemonic_of

ALT = Qt.KeyboardModifier.AltModifier


def painted_window(window_factory, qtbot: QtBot):
    window = window_factory()  # first contact, nothing filled in
    qtbot.waitUntil(lambda: window._painted, timeout=3000)
    return window


def disabled_letter(window) -> str:
    button = window.findings.disable_button  # "Regel a&usschalten"
    assert not button.isEnabled(), "no finding chosen yet"
    letter = mnemonic_of(button.text())
    assert letter is not None
    return letter


def press_alt(qtbot: QtBot, letter: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, letter, ALT)


def test_a_disabled_buttons_letter_types_nothing_into_the_text(window_factory, qtbot) -> None:
    window = painted_window(window_factory, qtbot)
    letter = disabled_letter(window)
    before = window.editor.toPlainText()
    window.editor.setFocus()
    press_alt(qtbot, letter)
    assert window.editor.toPlainText() == before
    assert not window.composer.text_edited and not window.edited_banner.isVisible()


def test_nor_into_a_field(window_factory, qtbot) -> None:
    window = painted_window(window_factory, qtbot)
    letter = disabled_letter(window)
    field = window.form.input("recipient_last_name")
    field.setFocus()
    qtbot.keyClicks(field, "Wagner")
    press_alt(qtbot, letter)
    assert field.text() == "Wagner"
    request = window.form.input("request")  # a box of several lines
    request.setFocus()
    press_alt(qtbot, letter)
    assert request.toPlainText() == ""


def test_an_enabled_controls_letter_still_works(window_factory, qtbot) -> None:
    window = painted_window(window_factory, qtbot)
    field = window.form.input("recipient_last_name")
    [label] = [w for w in window.form.findChildren(QLabel) if w.buddy() is field]
    letter = mnemonic_of(label.text())  # "Na&chname"
    assert letter is not None
    window.editor.setFocus()
    press_alt(qtbot, letter)
    qtbot.waitUntil(field.hasFocus, timeout=3000)
    assert field.text() == ""
