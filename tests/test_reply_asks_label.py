"""The reply pane names what the message asks by what it is: a wish that is no question
is an "Anliegen", not something the sender "fragt"."""

from __future__ import annotations

from test_reply_window import open_reply_dialog, paste, read

WISH = (
    "Hallo Herr Becker,\n\nvielen Dank für das nette Gespräch auf der Messe gestern. "
    "Ich würde mich freuen, wenn wir in Kontakt bleiben.\n\nViele Grüße\nAnna Wagner"
)
QUESTION = (
    "Hallo Herr Becker,\n\nvielen Dank für Ihren Vortrag. Hätten Sie nächste Woche Zeit "
    "für ein kurzes Telefonat?\n\nViele Grüße\nAnna Wagner"
)


def test_a_wish_is_no_question_in_the_reply_pane(window_factory, qtbot) -> None:
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, WISH)
    read(dialog, qtbot)
    summary = dialog.summary.text()
    assert "Anliegen: Ich würde mich freuen, wenn wir in Kontakt bleiben." in summary, summary
    assert "Fragt:" not in summary
    dialog.paste.clear()
    paste(dialog, qtbot, QUESTION)
    qtbot.waitUntil(lambda: "Telefonat" in dialog.summary.text(), timeout=5000)
    assert "Fragt: " in dialog.summary.text()
