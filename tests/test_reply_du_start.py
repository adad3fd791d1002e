"""A reply per du, started as the user starts it (Datei → Auf Nachricht antworten, paste,
one click on the du template): the form's Anrede fits du. "Hallo Lena," is the same for
everyone, so a "Frau" read from the message has no place in it; the Sie reply to the same
message keeps it, for there it makes "Sehr geehrte Frau"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from test_compose_reshape_window import LENA, double_click_in_gallery
from test_reply_window import click, open_reply_dialog, paste, read


def start_reply(window_factory, qtbot: QtBot, button_text: str):
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, LENA)
    read(dialog, qtbot)
    [button] = [b for b in dialog.template_buttons if b.text() == button_text]
    click(qtbot, button)
    return window


def test_a_du_reply_starts_without_frau(window_factory, qtbot: QtBot) -> None:
    window = start_reply(window_factory, qtbot, "Antwort auf eine Nachricht (du)")
    assert window.composer.template.id == "reply_informal"
    anrede = window.form.input("recipient_gender")
    assert anrede.currentText() == "Ohne Geschlecht"
    assert window.form.input("recipient_first_name").text() == "Lena"
    assert window.editor.toPlainText().startswith("Hallo Lena,")
    assert "Frau" not in window.composer.draft.title


def test_the_sie_reply_to_the_same_message_keeps_frau(window_factory, qtbot: QtBot) -> None:
    window = start_reply(window_factory, qtbot, "Antwort auf eine Nachricht (Sie)")
    assert window.form.input("recipient_gender").currentText() == "Frau"
    assert window.editor.toPlainText().startswith("Sehr geehrte Frau Hoffmann,")


def test_a_sie_reply_turned_du_drops_frau_and_undo_brings_it_back(
    window_factory, qtbot: QtBot
) -> None:
    window = start_reply(window_factory, qtbot, "Antwort auf eine Nachricht (Sie)")
    double_click_in_gallery(window, qtbot, "reply_informal")
    assert window.composer.template.id == "reply_informal"
    assert not window.form.input("recipient_gender").isVisibleTo(window), "no Frau in view"
    assert window.editor.toPlainText().startswith("Hallo Lena,")
    said = window.statusBar().currentMessage()
    assert said.startswith("Vorlage gewechselt") and "kein Feld" not in said, "nothing lost"
    click(qtbot, window.status_line.undo_button)
    assert window.composer.template.id == "reply_formal"
    assert window.form.input("recipient_gender").currentText() == "Frau"


def test_the_du_form_leaves_out_the_anrede_its_greeting_does_not_use(
    window_factory, qtbot: QtBot
) -> None:
    """ "Hallo Lena," is the same for everyone: a Frau/Herr box there would change nothing
    the user can see. The Sie form keeps it; the value stays in the draft either way."""
    from PySide6.QtWidgets import QLabel

    from knigge_desktop.ui.mnemonics import mnemonic_of

    window = start_reply(window_factory, qtbot, "Antwort auf eine Nachricht (Sie)")
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._painted, timeout=3000)
    gender = window.form.input("recipient_gender")
    qtbot.waitUntil(gender.isVisible)
    double_click_in_gallery(window, qtbot, "reply_informal")
    gender = window.form.input("recipient_gender")
    assert not gender.isVisible() and gender not in window.form.inputs()
    [label] = [w for w in window.form.findChildren(QLabel) if w.buddy() is gender]
    assert label is not None and mnemonic_of(label.text()) is None, "no letter wasted"
    click(qtbot, window.status_line.undo_button)
    qtbot.waitUntil(window.form.input("recipient_gender").isVisible)


def test_sie_to_du_to_sie_by_the_gallery_keeps_the_anrede(window_factory, qtbot: QtBot) -> None:
    """Not by undo but by choosing the templates: the Anrede the Sie reply had (read from
    the message, or set by hand) is there again in the Sie reply."""
    window = start_reply(window_factory, qtbot, "Antwort auf eine Nachricht (Sie)")
    assert window.editor.toPlainText().startswith("Sehr geehrte Frau Hoffmann,")
    double_click_in_gallery(window, qtbot, "reply_informal")
    assert window.editor.toPlainText().startswith("Hallo Lena,")
    double_click_in_gallery(window, qtbot, "reply_formal")
    assert window.editor.toPlainText().startswith("Sehr geehrte Frau Hoffmann,")
    assert window.form.input("recipient_gender").currentText() == "Frau"
