"""A value longer than its one-line box: the box shows its start, as a reader expects,
not the end where the caret of setText lands."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

ROLE = (
    "ich leite den Einkauf der Becker Transport GmbH in Kassel und in drei Lagern im Norden, "
    "dazu den Großhandel in ganz Deutschland und Österreich"
)


def test_a_long_stored_value_shows_its_start(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.session.start_from_template("first_contact_formal", {"sender_role": ROLE})
    window.show()
    qtbot.waitExposed(window)
    box = window.form.input("sender_role")
    assert box.text() == ROLE
    assert box.fontMetrics().horizontalAdvance(ROLE) > box.width(), "the value is longer"
    assert box.cursorPosition() == 0


def test_typing_in_a_box_keeps_the_caret_where_the_user_types(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.session.start_from_template("first_contact_formal")
    window.show()
    qtbot.waitExposed(window)
    box = window.form.input("sender_role")
    box.setFocus()
    qtbot.keyClicks(box, "Einkauf")
    assert box.cursorPosition() == len("Einkauf")


def test_a_pasted_word_of_150000_characters_does_not_wrap_in_a_field_box(
    qtbot: QtBot, window_factory
) -> None:
    """Qt's wrapping of one such line held the window for seconds (minutes at 2 MB)."""
    from PySide6.QtCore import QMimeData, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QPlainTextEdit

    window = window_factory()
    box = window.form.input("reason")
    assert isinstance(box, QPlainTextEdit)
    data = QMimeData()
    data.setText("x" * 150_000)
    QGuiApplication.clipboard().setMimeData(data)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(box.toPlainText()) == 150_000
    assert box.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap
