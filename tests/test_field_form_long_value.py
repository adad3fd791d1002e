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
