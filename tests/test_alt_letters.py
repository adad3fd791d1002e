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


def test_a_fields_letter_scrolls_the_form_to_it(window_factory, qtbot) -> None:
    """In a short window the last fields are below the form's edge; Alt and a field's
    letter must bring it into view, or the user types blind."""
    window = painted_window(window_factory, qtbot)
    window.resize(1000, 420)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.form_scroll.verticalScrollBar().maximum() > 0, timeout=3000)
    labels = [
        label
        for label in window.form.findChildren(QLabel)
        if label.buddy() is not None and mnemonic_of(label.text())
    ]
    last = labels[-1]
    field = last.buddy()
    viewport = window.form_scroll.viewport()

    def in_view() -> bool:
        top_left = field.mapTo(viewport, field.rect().topLeft())
        return top_left.y() >= 0 and top_left.y() + field.height() <= viewport.height()

    assert not in_view(), "the test needs a field below the edge"
    window.editor.setFocus()
    press_alt(qtbot, mnemonic_of(last.text()))
    assert QApplication.focusWidget() is field
    qtbot.waitUntil(in_view, timeout=2000)
