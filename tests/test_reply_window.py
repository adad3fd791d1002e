"""Replying to a received message, as a user does it: Datei → Auf Nachricht antworten,
paste, one click on a fitting template; the reply is filled in and keeps the message.

The reader (core/reply) is tested on its own corpus; these texts are read unambiguously by
any reader, so what is tested here is the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from knigge_desktop.ui.reply_dialog import ReplyDialog

REQUEST = (
    "Anna Wagner möchte sich mit Ihnen vernetzen.\n\n"
    "Guten Tag, wir haben uns auf der LogiMAT kurz unterhalten. Ich würde mich freuen, "
    "wenn wir in Kontakt bleiben.\n\nViele Grüße\nAnna Wagner"
)


def action(window, label: str):  # type: ignore[no-untyped-def]
    for _menu, act in window.all_actions():
        if act.text().replace("&", "").startswith(label):
            return act
    raise AssertionError(f"no menu action {label!r}")


def open_reply_dialog(window, qtbot) -> ReplyDialog:  # type: ignore[no-untyped-def]
    action(window, "Auf Nachricht antworten").trigger()
    dialog = window.reply_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    return dialog


def paste(dialog: ReplyDialog, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText(text)
    dialog.paste.setFocus()
    qtbot.keyClick(dialog.paste, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_paste_a_contact_request_and_one_click_starts_a_filled_reply(window_factory, qtbot):  # type: ignore[no-untyped-def]
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, REQUEST)
    qtbot.waitUntil(lambda: bool(dialog.template_buttons), timeout=5000)
    assert "Anna Wagner" in dialog.summary.text()
    assert "Kontaktanfrage" in dialog.summary.text()
    qtbot.mouseClick(dialog.template_buttons[0], Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert window.form.input("recipient_first_name").text() == "Anna"
    assert window.form.input("recipient_last_name").text() == "Wagner"
    assert window.editor.toPlainText().startswith("Guten Tag Anna Wagner,")
    assert window.composer.draft.received == REQUEST
    assert window.received_panel is not None and window.received_panel.isVisible()
    assert window.received_panel.message.toPlainText() == REQUEST
