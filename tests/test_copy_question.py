"""Copying an unfinished text asks first: it names what is really open, and its buttons say
what they do. The question is answered by clicking, as a person does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from knigge_desktop.ui.copy_question import CopyQuestion
from knigge_desktop.ui.prompts import Prompts
from tests.test_window import _fill_contact_request, _type

CTRL = Qt.KeyboardModifier.ControlModifier


def _answer(qtbot: QtBot, choose: Callable[[CopyQuestion], QPushButton], seen: list[str]) -> None:
    """Once the question is up, note its text and click the chosen button."""
    tries = iter(range(300))

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, CopyQuestion) and box.isVisible():
            seen.append(box.text())
            qtbot.mouseClick(choose(box), Qt.MouseButton.LeftButton)
        elif next(tries, None) is not None:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def _copy(qtbot, window) -> None:
    # The real question, answered by clicking (the fixture's fake answers it otherwise).
    if type(window.prompts) is not Prompts:
        window.prompts = Prompts(window)
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)


def test_the_buttons_say_what_they_do_and_back_keeps_the_clipboard(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()  # first contact, nothing filled in
    QGuiApplication.clipboard().setText("vorher")
    seen: list[str] = []
    _answer(qtbot, lambda box: box.back_button, seen)
    _copy(qtbot, window)
    assert QGuiApplication.clipboard().text() == "vorher"
    assert window.statusBar().currentMessage() == "Nicht kopiert."
    [question] = seen
    assert "• Nachname" in question and "• Warum gerade diese Person?" in question
    assert "?," not in question, "one open point a line, no comma after a question mark"
    assert "[Ihr Name]" not in question, "an empty field is named once, as the field"
    box = window.prompts.copy_question
    assert box.windowTitle() == "Noch nicht fertig"
    labels = {b.text().replace("&", "") for b in box.buttons()}
    assert labels == {"Trotzdem kopieren", "Zurück zum Text"}

    _answer(qtbot, lambda box: box.copy_button, seen)
    _copy(qtbot, window)
    assert QGuiApplication.clipboard().text() == window.editor.toPlainText()


def test_a_text_written_by_hand_is_copied_without_asking_about_fields(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    window.editor.selectAll()
    _type(
        qtbot,
        window.editor,
        "Guten Tag Frau Wagner,\n\nIhr Vortrag in Kassel hat mich "
        "beeindruckt. Darf ich Sie dazu etwas fragen?\n\nMit freundlichen Grüßen\nJonas Becker",
    )
    assert window.composer.text_edited
    qtbot.waitUntil(lambda: window.session.etiquette_found[1] == window.editor.toPlainText())
    seen: list[str] = []
    _answer(qtbot, lambda box: box.back_button, seen)
    _copy(qtbot, window)
    assert seen == []
    assert QGuiApplication.clipboard().text() == window.editor.toPlainText()


def test_an_open_knigge_warning_is_named_before_copying(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    _fill_contact_request(qtbot, window)
    reason = window.form.input("reason")
    reason.clear()
    # "!!" inside the value (at its end the template's own punctuation would replace it),
    # and copy at once, before the check ran.
    _type(qtbot, reason, "wir saßen beim Barcamp!! im selben Workshop")
    QGuiApplication.clipboard().setText("vorher")
    seen: list[str] = []
    _answer(qtbot, lambda box: box.back_button, seen)
    _copy(qtbot, window)
    [question] = seen
    assert "Offene Knigge-Hinweise:\n• „!!“ wirkt laut." in question
    assert "Pflichtfelder" not in question
    assert QGuiApplication.clipboard().text() == "vorher"


def test_escape_goes_back_to_the_text(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.prompts = Prompts(window)  # the real question, answered by a key
    QGuiApplication.clipboard().setText("vorher")
    tries = iter(range(300))

    def press_escape() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, CopyQuestion):
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        elif next(tries, None) is not None:
            QTimer.singleShot(10, press_escape)

    QTimer.singleShot(0, press_escape)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, CTRL)
    assert QGuiApplication.clipboard().text() == "vorher"
