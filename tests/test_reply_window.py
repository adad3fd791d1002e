"""Replying to a received message, as a user does it: Datei → Auf Nachricht antworten,
paste, one click on a fitting template; the reply is filled in and keeps the message.

The reader (core/reply) is measured on its own corpus; the texts here are read the same
by any reader (a notification with the name, a name under "Viele Grüße"), so what is
tested is the window."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from support.fake_prompts import FakePrompts

from knigge_desktop.core.paths import resolve_paths
from knigge_desktop.core.vocabulary import Platform, ReceivedKind
from knigge_desktop.services.reply_service import READ_LIMIT
from knigge_desktop.ui.reply_dialog import ReplyDialog

REQUEST = (
    "Anna Wagner möchte sich mit Ihnen vernetzen.\n\n"
    "Guten Tag, wir haben uns auf der LogiMAT kurz unterhalten. Ich würde mich freuen, "
    "wenn Sie meine Anfrage annehmen.\n\nViele Grüße\nAnna Wagner"
)
PITCH = (
    "Guten Tag,\n\nich möchte Ihnen unser Angebot für digitale Lagerverwaltung vorstellen. "
    "Hätten Sie nächste Woche 15 Minuten für eine kurze Vorführung?\n\n"
    "Viele Grüße\nMarkus Brandt"
)


def menu_action(window, label: str):
    for _menu, act in window.all_actions():
        if act.text().replace("&", "").startswith(label):
            return act
    raise AssertionError(f"no menu action {label!r}")


def open_reply_dialog(window, qtbot) -> ReplyDialog:
    menu_action(window, "Auf Nachricht antworten").trigger()
    dialog = window.replies.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    return dialog


def paste(dialog: ReplyDialog, qtbot, text: str) -> None:
    """What the user does: Ctrl+V into the paste box."""
    QGuiApplication.clipboard().setText(text)
    dialog.paste.setFocus()
    qtbot.keyClick(dialog.paste, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def read(dialog: ReplyDialog, qtbot) -> None:
    """Wait for the live reading (a thread, a moment after the paste)."""
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Von:"), timeout=5000)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_paste_a_contact_request_and_one_click_starts_a_filled_reply(window_factory, qtbot):
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, REQUEST)
    read(dialog, qtbot)
    summary = dialog.summary.text()
    assert "Von: Frau Anna Wagner" in summary and "Kontaktanfrage" in summary
    assert "Sie (förmlich)" in summary
    assert dialog.template_buttons, "fitting templates are offered"
    first = dialog.template_buttons[0]
    click(qtbot, first)

    assert not dialog.isVisible()
    assert window.composer.template.id == first.property("template_id")
    assert window.form.input("recipient_first_name").text() == "Anna"
    assert window.form.input("recipient_last_name").text() == "Wagner"
    assert window.editor.toPlainText().startswith("Sehr geehrte Frau Wagner,")
    assert window.composer.draft.received == REQUEST
    # The gallery offers the other fitting templates first, should the user change their mind.
    offered = [b.property("template_id") for b in dialog.template_buttons]
    assert window.gallery.suggested_ids()[: len(offered)] == offered
    assert window.gallery.group_titles()[0] == "Passt zur erhaltenen Nachricht"
    panel = window.replies.panel
    assert panel is not None and panel.isVisible()
    assert panel.message.toPlainText() == REQUEST
    assert "Anna Wagner" in panel.toggle.text()
    assert len(window.splitter.sizes()) == 3  # the fields' column holds the panel
    # Saved at once, with the message.
    stored = window.session.drafts.get(window.composer.draft.id)
    assert stored is not None and stored.received == REQUEST


def test_the_keyboard_opens_the_pane_and_the_received_message_folds(window_factory, qtbot):
    window = window_factory()
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.replies.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.focusWidget() is dialog.paste  # ready for Ctrl+V
    paste(dialog, qtbot, PITCH)
    read(dialog, qtbot)
    assert "Markus Brandt" in dialog.summary.text()
    click(qtbot, dialog.template_buttons[0])
    assert window.editor.toPlainText().startswith("Sehr geehrter Herr Brandt,")
    panel = window.replies.panel
    click(qtbot, panel.toggle)
    assert not panel.message.isVisible() and panel.isVisible()
    click(qtbot, panel.toggle)
    assert panel.message.isVisible()


def test_a_draft_that_answers_nothing_hides_the_received_message(window_factory, qtbot):
    window = window_factory()
    window.handle_request({"received": REQUEST})
    assert window.replies.panel.isVisible()
    window.session.start_from_template("first_contact_formal")
    assert not window.replies.panel.isVisible()
    assert window.composer.draft.received == ""


def test_the_checks_know_the_received_message(window_factory, qtbot, monkeypatch):
    window = window_factory()
    contexts = []
    real = window.session.checks.request
    monkeypatch.setattr(
        window.session.checks, "request", lambda text, context, ignored: (
            contexts.append(context), real(text, context, ignored)
        ),
    )  # fmt: skip
    window.session.start_from_template("first_contact_formal")
    assert contexts and contexts[-1].received is None
    window.handle_request({"received": REQUEST})
    received = contexts[-1].received
    assert received is not None
    assert received.kind is ReceivedKind.CONTACT_REQUEST
    assert received.sender.last_name == "Wagner"
    qtbot.keyClicks(window.editor, "Danke!")
    assert contexts[-1].received is received  # read once, not on every keystroke


def test_a_restart_keeps_the_received_message_with_the_draft(window_factory, qtbot):
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, REQUEST)
    read(dialog, qtbot)
    click(qtbot, dialog.template_buttons[0])
    qtbot.keyClicks(window.editor, " Danke fuer Ihre Nachricht.")
    window.close()  # flushes

    again = window_factory()
    assert again.composer.draft.received == REQUEST
    assert "Danke fuer Ihre Nachricht." in again.editor.toPlainText()
    assert again.replies.panel is not None and again.replies.panel.isVisible()
    assert again.replies.panel.message.toPlainText() == REQUEST
    # The pane opens with the open draft's message, ready to choose another reply.
    dialog = open_reply_dialog(again, qtbot)
    assert dialog.paste.toPlainText() == REQUEST


def test_the_drafts_list_shows_what_a_draft_answers(window_factory, qtbot):
    window = window_factory()
    window.handle_request({"received": REQUEST})
    drafts = window.dialogs.show_drafts()
    headers = [
        drafts.table.horizontalHeaderItem(c).text() for c in range(drafts.table.columnCount())
    ]
    column = headers.index("Antwort auf")
    cell = drafts.table.item(0, column)
    assert cell.text().startswith("Anna Wagner möchte sich mit Ihnen vernetzen.")
    assert "Guten Tag, wir haben uns auf der LogiMAT" in cell.toolTip()
    drafts.close()


def test_export_and_import_carry_the_received_message(window_factory, qtbot, tmp_path: Path):
    from knigge_desktop.app import build_window

    window = window_factory()
    window.handle_request({"received": REQUEST})
    export = tmp_path / "export.json"
    drafts = window.dialogs.show_drafts()
    window.prompts.answer(str(export))
    click(qtbot, drafts.export_button)
    exported = json.loads(export.read_text(encoding="utf-8"))
    assert [d["received"] for d in exported if d["received"]] == [REQUEST]
    drafts.close()

    other = build_window(resolve_paths(tmp_path / "other"))
    other.prompts = FakePrompts()
    qtbot.addWidget(other)
    other.show()
    imported = other.dialogs.show_drafts()
    other.prompts.answer(str(export))
    click(qtbot, imported.import_button)
    assert "eingelesen" in imported.status.text()
    imported.table.selectRow(0)
    click(qtbot, imported.open_button)
    assert other.composer.draft.received == REQUEST
    assert other.replies.panel is not None and other.replies.panel.isVisible()
    other.close()


def test_an_empty_paste_says_so_and_offers_nothing(window_factory, qtbot):
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, "   \n\n  ")
    qtbot.waitUntil(lambda: "leer" in dialog.summary.text(), timeout=5000)
    assert dialog.template_buttons == []
    assert window.composer.draft.received == ""


def test_html_from_a_browser_is_read_as_text(window_factory, qtbot):
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    html = (
        "<html><body><div><b>Anna Wagner</b> möchte sich mit Ihnen vernetzen.</div>"
        "<p>Guten Tag, ich habe Ihren Vortrag gehört.</p><p>Viele Grüße<br>Anna Wagner</p>"
        "<script>alert(1)</script></body></html>"
    )
    paste(dialog, qtbot, html)
    read(dialog, qtbot)
    assert "HTML erkannt" in dialog.summary.text()
    assert "Von: Frau Anna Wagner" in dialog.summary.text()
    click(qtbot, dialog.template_buttons[0])
    kept = window.composer.draft.received
    assert "<" not in kept and "alert" not in kept and "Viele Grüße\nAnna Wagner" in kept
    assert window.editor.toPlainText().startswith("Sehr geehrte Frau Wagner,")


def test_a_1_mb_paste_is_read_in_part_says_so_and_typing_goes_on(window_factory, qtbot):
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    huge = REQUEST + "\n\n" + "> Zitat aus dem Verlauf.\n" * 45_000  # over 1 MB
    assert len(huge) > 1_000_000
    paste(dialog, qtbot, huge)
    # The paste returns before anything is read: reading waits for a pause, in a thread.
    assert dialog.summary.text() == "Wird gelesen …"
    qtbot.keyClicks(dialog.paste, "x")  # typing goes on at once
    read(dialog, qtbot)
    summary = dialog.summary.text()
    assert "sehr lang" in summary and "ersten 20.000 Zeichen" in summary
    length = f"{len(huge) + 1:,}".replace(",", ".")  # the paste's own length, "x" typed too
    assert f"({length} Zeichen)" in summary
    assert "gespeichert werden die ersten 100.000 Zeichen" in summary
    assert len(window.session._reply.newest.prepared.to_read) <= READ_LIMIT
    click(qtbot, dialog.template_buttons[0])
    assert window.form.input("recipient_last_name").text() == "Wagner"
    assert len(window.composer.draft.received) == 100_000
    assert window.composer.draft.received.startswith(REQUEST)


def test_emoji_and_control_characters_are_kept_or_named(window_factory, qtbot):
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    text = "Hallo 👋, hast du Lust auf einen Kaffee? ☕\x00\x07\n\nLiebe Grüße\nKim Berger"
    paste(dialog, qtbot, text)
    read(dialog, qtbot)
    assert "Von: Kim Berger" in dialog.summary.text()
    assert "du (locker)" in dialog.summary.text()
    click(qtbot, dialog.template_buttons[0])
    assert window.composer.template.tone.value == "informal"  # the message's tone first
    assert "👋" in window.composer.draft.received and "\x00" not in window.composer.draft.received
    window.session.autosaver.flush()
    stored = window.session.drafts.get(window.composer.draft.id)
    assert stored is not None and "☕" in stored.received


def test_a_message_without_a_readable_sender_still_starts_a_reply(window_factory, qtbot):
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, "Können Sie mir Ihre Unterlagen schicken?")
    read(dialog, qtbot)
    assert "Von: nicht erkannt" in dialog.summary.text()
    assert "Kein Absender gefunden" in dialog.summary.text()
    click(qtbot, dialog.template_buttons[0])
    assert window.composer.draft.received == "Können Sie mir Ihre Unterlagen schicken?"
    # Nothing guessed: the name fields wait for the user, the first of them has the focus.
    assert window.form.input("recipient_last_name").text() == ""


def test_new_reply_to_opens_the_window_with_the_reply_filled(window_factory, qtbot):
    window = window_factory(received=REQUEST)
    assert window.composer.draft.received == REQUEST
    assert window.form.input("recipient_last_name").text() == "Wagner"
    assert window.editor.toPlainText().startswith("Sehr geehrte Frau Wagner,")
    assert window.replies.panel.isVisible()
    assert window.composer.draft.id is not None  # saved at once


def test_new_reply_to_with_a_template_uses_it_and_its_values(window_factory, qtbot):
    window = window_factory(
        new_template="decline_contact_request",
        values={"sender_name": "Jonas Becker"},
        received=REQUEST,
    )
    assert window.composer.template.id == "decline_contact_request"
    assert window.form.input("recipient_first_name").text() == "Anna"
    assert window.form.input("sender_name").text() == "Jonas Becker"


def test_a_message_from_linkedin_is_answered_on_linkedin(window_factory, qtbot):
    window = window_factory()
    received = (
        "Neue Nachricht auf LinkedIn\n\nGuten Tag, ich möchte mich gern mit Ihnen "
        "vernetzen.\n\nViele Grüße\nKim Berger"
    )
    window.handle_request({"received": received, "new_template": "decline_contact_request"})
    assert window.text_pane.chosen_platform() is Platform.LINKEDIN
    assert window.composer.values["platform"] == "LinkedIn"
    assert "Auf LinkedIn vernetze ich mich" in window.editor.toPlainText()


def test_a_second_start_hands_the_received_message_over(window_factory, qtbot):
    window = window_factory()
    window.handle_request({"new_template": None, "values": {}, "received": PITCH})
    assert window.composer.draft.received == PITCH
    assert window.form.input("recipient_last_name").text() == "Brandt"


# -- the command line: knigge-desktop new --reply-to FILE ------------------------------------


def launched(monkeypatch, *argv: str) -> dict:
    from knigge_desktop import cli

    requests: list[dict] = []
    monkeypatch.setattr(
        cli, "_launch_window", lambda paths, **request: requests.append(request) or 0
    )
    assert cli.main(list(argv)) == 0
    (request,) = requests
    return request


def test_new_reply_to_reads_the_file_or_stdin_for_the_window(monkeypatch, tmp_path: Path):
    import io

    message = tmp_path / "anfrage.txt"
    message.write_text(REQUEST, encoding="utf-8")
    assert launched(monkeypatch, "new", "--reply-to", str(message)) == {"received": REQUEST}
    request = launched(
        monkeypatch, "new", "reply_formal", "--reply-to", str(message), "--set", "subject=zur Messe"
    )
    assert request["new_template"] == "reply_formal" and request["received"] == REQUEST
    assert request["values"] == {"subject": "zur Messe"}
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(PITCH.encode("utf-8"))))
    assert launched(monkeypatch, "new", "--reply-to", "-") == {"received": PITCH}


def test_new_reply_to_with_bad_input_says_why_in_one_line(capsys, tmp_path: Path):
    from knigge_desktop import cli

    empty = tmp_path / "leer.txt"
    empty.write_text(" \n", encoding="utf-8")
    huge = tmp_path / "riesig.txt"
    huge.write_bytes(b"x" * (cli.MAX_RECEIVED_BYTES + 1))
    cases = {
        ("new",): "Es fehlt: TEMPLATE_ID (oder --reply-to FILE).",
        ("new", "--reply-to", str(empty)): "Die Nachricht ist leer",
        ("new", "--reply-to", str(tmp_path / "fehlt.txt")): "fehlt.txt",
        ("new", "--reply-to", str(huge)): "riesig.txt",
        ("new", "--reply-to", str(empty), "--set", "a=b"): "--set braucht eine Vorlage",
    }
    for argv, expected in cases.items():
        if argv[-2:] == ("--set", "a=b"):
            empty.write_text(REQUEST, encoding="utf-8")
        assert cli.main(list(argv)) == 2, argv
        err = capsys.readouterr().err
        assert expected in err and err.count("\n") == 1, (argv, err)


def test_reopening_the_pane_selects_the_old_message_so_a_paste_replaces_it(window_factory, qtbot):
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, REQUEST)
    read(dialog, qtbot)
    click(qtbot, dialog.template_buttons[0])
    dialog = open_reply_dialog(window, qtbot)  # the open reply's message is in the box
    assert dialog.paste.toPlainText() == REQUEST
    paste(dialog, qtbot, PITCH)
    assert dialog.paste.toPlainText() == PITCH, "the new message alone, not joined to the old"


def test_the_gallery_suggests_for_the_open_draft_and_highlights_its_template(window_factory, qtbot):
    window = window_factory()
    plain = window.composer.draft
    qtbot.keyClicks(window.form.input("recipient_last_name"), "Weber")
    window.session.autosaver.flush()  # a draft that answers nothing, stored
    # The reply's template is named: the gallery highlights it, not the first that fits.
    window.handle_request({"received": REQUEST, "new_template": "decline_contact_request"})
    reply = window.composer.draft
    assert window.composer.template.id == "decline_contact_request"
    assert window.gallery.current_id() == "decline_contact_request"
    fitting = window.gallery.suggested_ids()
    assert fitting and "decline_contact_request" in fitting
    # Another draft, that answers nothing: no suggestions of the other's message.
    assert window.session.open_draft(plain.id)
    assert window.gallery.suggested_ids() == []
    assert window.gallery.current_id() == window.composer.template.id
    assert window.session.open_draft(reply.id)  # and back: they come back with it
    assert window.gallery.suggested_ids() == fitting
    assert window.gallery.current_id() == "decline_contact_request"


def test_choosing_another_fitting_template_in_the_gallery_keeps_the_reply(window_factory, qtbot):
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, REQUEST)
    read(dialog, qtbot)
    click(qtbot, dialog.template_buttons[0])
    window.form.input("sender_name").setFocus()
    qtbot.keyClicks(window.form.input("sender_name"), "Jonas Becker")  # typed, not read
    first = window.composer.draft
    other = next(i for i in window.gallery.suggested_ids() if i != first.template)
    window.gallery.select(other)
    click(qtbot, window.gallery.use_button)
    assert window.composer.template.id == other
    assert window.composer.draft.id == first.id, "the same reply, on the other template"
    assert window.composer.draft.received == REQUEST, "the message goes with the reply"
    assert window.form.input("recipient_last_name").text() == "Wagner"
    assert window.form.input("sender_name").text() == "Jonas Becker", "what was typed goes along"
    # A template that fits nothing of the message starts a plain draft.
    plain = next(i for i in window.gallery.visible_ids() if i not in window.gallery.suggested_ids())
    window.gallery.select(plain)
    click(qtbot, window.gallery.use_button)
    assert window.composer.template.id == plain and window.composer.draft.received == ""


def test_a_paste_of_one_endless_line_does_not_freeze_the_pane(window_factory, qtbot):
    """Qt's word wrap lays one line of 100,000 spaces out for minutes (an attacker's paste
    hung the window): a box holding such a line stops wrapping, and wraps again after."""
    from PySide6.QtWidgets import QPlainTextEdit

    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, "Hallo" + " " * 100_000 + "x\n\nViele Grüße\nAnna Wagner")
    assert dialog.paste.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap
    qtbot.keyClicks(dialog.paste, "y")  # typing goes on
    read(dialog, qtbot)
    dialog.paste.selectAll()
    paste(dialog, qtbot, REQUEST)  # an ordinary message wraps as usual
    assert dialog.paste.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth


def test_a_pathological_paste_is_read_off_the_ui_thread_and_shown(
    window_factory, qtbot, monkeypatch
):
    """20,000 characters of short lines (read in a second before the reader was linear):
    the paste returns before any reading, the reading runs in its thread, and starting the
    reply reads nothing again on the UI thread."""
    import threading

    from knigge_desktop.services import reply_service

    on_ui_thread: list[bool] = []
    real_read = reply_service.read_message

    def recording_read(text: str):
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real_read(text)

    monkeypatch.setattr(reply_service, "read_message", recording_read)
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, REQUEST + "\n\n" + "ab\n" * 6_000)
    assert dialog.summary.text() == "Wird gelesen …" and on_ui_thread == []
    qtbot.keyClicks(dialog.paste, "x")  # typing goes on at once
    read(dialog, qtbot)
    assert "Von: Frau Anna Wagner" in dialog.summary.text()
    assert on_ui_thread and not any(on_ui_thread)
    click(qtbot, dialog.template_buttons[0])
    assert window.form.input("recipient_last_name").text() == "Wagner"
    assert window.replies.panel is not None and window.replies.panel.isVisible()
    assert not any(on_ui_thread), "the reply's panel and checks reuse the pane's reading"


def test_the_pane_says_what_a_long_thread_left_out(window_factory, qtbot):
    history = "\n".join(
        f"Am {n % 28 + 1}.11.2026 um 08:00 schrieb Anna Wagner <anna@wagner.example>:\n"
        f"Nachricht {n}.\n"
        for n in range(70)
    )
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, REQUEST + "\n\n" + history)
    read(dialog, qtbot)
    summary = dialog.summary.text()
    assert "Hinweis: Zitierter Verlauf weggelassen (49 ältere Nachrichten)" in summary
    assert "Hinweis: Langer Verlauf: nur die neuesten 50 Nachrichten gelesen, 21 ältere" in summary


PITCH_AS_REQUEST = """Markus Schneider möchte sich mit Ihnen auf XING vernetzen.

Guten Tag Herr Becker,

wir liefern Regalsysteme zu unschlagbaren Preisen, 20 % Rabatt bis Freitag. Darf ich Ihnen \
ein Angebot schicken?

Viele Grüße
Markus Schneider

Kontaktanfrage annehmen   Ignorieren"""


def test_a_pitch_sent_as_a_contact_request_offers_an_answer_to_both(window_factory, qtbot):
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, PITCH_AS_REQUEST)
    read(dialog, qtbot)
    assert "Art: Verkaufsangebot, Kontaktanfrage" in dialog.summary.text()
    offered = [b.property("template_id") for b in dialog.template_buttons]
    assert offered[0] == "decline_offer_formal"  # what the message is first
    assert "accept_contact_request_formal" in offered  # and the request it came as
    assert "decline_contact_request" in offered
    button = next(
        b for b in dialog.template_buttons if b.property("template_id") == "decline_contact_request"
    )
    click(qtbot, button)
    assert window.composer.template.id == "decline_contact_request"
    assert window.form.input("recipient_last_name").text() == "Schneider"
