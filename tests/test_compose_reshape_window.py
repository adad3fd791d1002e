"""The open draft changed in place, as a new user met it in the window: another fitting
template chosen for a reply (one draft, its values and message carried, undo), and a fix
from the findings that belongs to a field (the field fixed, the text made from it again).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_reply_window import click, open_reply_dialog, paste, read

from knigge_desktop.ui.gallery import _ID_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
# A du message that asks something: the gallery suggests the du replies first.
LENA = (
    "Hallo,\n\nwir haben uns beim Barcamp in Köln kurz unterhalten. Kannst du mir sagen, "
    "wie ihr die Anmeldung organisiert habt?\n\nViele Grüße\nLena Hoffmann"
)
ANSWER = "Gern, wir haben ein einfaches Formular genutzt"


def double_click_in_gallery(window, qtbot: QtBot, template_id: str) -> None:
    """What the user does: a double click on the template's entry in the list."""
    listing = window.gallery.list
    for row in range(listing.count()):
        item = listing.item(row)
        if item.data(_ID_ROLE) == template_id:
            listing.scrollToItem(item)
            spot = listing.visualItemRect(item).center()
            qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=spot)
            qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=spot)
            return
    raise AssertionError(f"{template_id} is not listed")


def type_text(qtbot: QtBot, widget, text: str) -> None:
    """Typing, key by key; QTest knows only ASCII keys, so "ä" comes as its key event."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def stored_drafts(window) -> list:
    window.session.autosaver.flush()
    return window.session.drafts.summaries()


def start_lena_reply_formal(window_factory, qtbot: QtBot):
    window = window_factory()
    dialog = open_reply_dialog(window, qtbot)
    paste(dialog, qtbot, LENA)
    read(dialog, qtbot)
    [sie] = [b for b in dialog.template_buttons if b.text() == "Antwort auf eine Nachricht (Sie)"]
    click(qtbot, sie)
    assert window.composer.template.id == "reply_formal"
    assert window.gallery.current_id() == "reply_formal", "the template in use is highlighted"
    assert "Passt zur erhaltenen Nachricht" in window.gallery.group_titles()
    return window


def test_switching_fitting_templates_changes_the_one_reply_and_keeps_what_was_typed(
    window_factory, qtbot: QtBot
) -> None:
    window = start_lena_reply_formal(window_factory, qtbot)
    reply_id = window.composer.draft.id
    assert reply_id is not None

    double_click_in_gallery(window, qtbot, "reply_informal")
    assert window.composer.template.id == "reply_informal"
    assert window.gallery.current_id() == "reply_informal"
    assert window.composer.draft.id == reply_id, "the same draft, not a second one"
    assert window.form.input("recipient_last_name").text() == "Hoffmann"
    answer = window.form.input("answer")
    answer.setFocus()
    qtbot.keyClicks(answer, ANSWER)
    assert ANSWER in window.editor.toPlainText()

    double_click_in_gallery(window, qtbot, "ask_back_informal")
    assert window.composer.template.id == "ask_back_informal"
    assert window.gallery.current_id() == "ask_back_informal"
    said = window.statusBar().currentMessage()
    answer_label = window.session.catalog.get("reply_informal").field("answer").label
    assert f"Feld für „{answer_label}“" in said, "the user is told what stays behind"
    assert "Rückgängig" in said
    drafts = stored_drafts(window)
    assert [d.id for d in drafts] == [reply_id], "one draft; none left behind untouched"
    assert window.composer.draft.received == LENA
    assert window.form.input("recipient_first_name").text() == "Lena"
    assert "Hallo Lena" in window.editor.toPlainText()
    # "Ihre Antwort" has no field here: the text with it is a version of the same draft.
    assert ANSWER not in window.editor.toPlainText()
    versions = window.session.drafts.versions(reply_id)
    assert any(ANSWER in v.text for v in versions), "the versions dialog can bring it back"

    undo = window.status_line.undo_button
    assert undo.isVisible()
    click(qtbot, undo)
    assert window.composer.template.id == "reply_informal"
    assert window.gallery.current_id() == "reply_informal"
    assert window.form.input("answer").toPlainText() == ANSWER
    assert ANSWER in window.editor.toPlainText()
    assert not window.edited_banner.isVisible()
    assert not undo.isVisible()
    assert [d.id for d in stored_drafts(window)] == [reply_id]


def test_ctrl_z_in_the_text_brings_back_the_previous_template(window_factory, qtbot: QtBot) -> None:
    window = start_lena_reply_formal(window_factory, qtbot)
    answer = window.form.input("answer")
    answer.setFocus()
    qtbot.keyClicks(answer, ANSWER)
    formal_text = window.editor.toPlainText()
    double_click_in_gallery(window, qtbot, "ask_back_formal")
    assert window.composer.template.id == "ask_back_formal"
    assert window.editor.toPlainText() != formal_text
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    assert window.editor.toPlainText() == formal_text
    assert window.composer.template.id == "reply_formal", "the template came back with it"
    assert window.form.input("answer").toPlainText() == ANSWER
    assert not window.composer.text_edited and not window.edited_banner.isVisible()


def test_a_template_that_fits_nothing_still_starts_a_draft_of_its_own(
    window_factory, qtbot: QtBot
) -> None:
    window = start_lena_reply_formal(window_factory, qtbot)
    reply_id = window.composer.draft.id
    double_click_in_gallery(window, qtbot, "first_contact_formal")
    assert window.composer.template.id == "first_contact_formal"
    assert window.composer.draft.received == "" and window.composer.draft.id != reply_id
    assert window.session.drafts.get(reply_id).received == LENA, "the reply stays"


def test_a_second_reply_to_the_same_message_replaces_an_untouched_one(
    window_factory, qtbot: QtBot
) -> None:
    window = start_lena_reply_formal(window_factory, qtbot)
    first = window.composer.draft.id
    dialog = open_reply_dialog(window, qtbot)  # the message is still in the box
    read(dialog, qtbot)
    [du] = [b for b in dialog.template_buttons if b.text() == "Antwort auf eine Nachricht (du)"]
    click(qtbot, du)
    assert [d.id for d in stored_drafts(window)] == [window.composer.draft.id] != [first]
    # Once something is typed, a new reply is a draft beside it.
    qtbot.keyClicks(window.form.input("answer"), ANSWER)
    kept = window.composer.draft.id
    dialog = open_reply_dialog(window, qtbot)
    read(dialog, qtbot)
    click(qtbot, dialog.template_buttons[0])
    assert {d.id for d in stored_drafts(window)} == {kept, window.composer.draft.id}


# -- a fix that belongs to a field -----------------------------------------------------


def _first_contact_with_small_sie(window_factory, qtbot: QtBot):
    window = window_factory()
    assert window.composer.template.id == "first_contact_formal"
    field = window.form.input("request")
    field.setFocus()
    type_text(qtbot, field, "Hätten sie nächste Woche Zeit für ein kurzes Telefonat?")
    window.session.checks.flush()
    message = "Als Anrede schreibt man „sie“ groß."
    qtbot.waitUntil(
        lambda: message in [item.text(0) for item in window.findings.items()], timeout=5000
    )
    [item] = [i for i in window.findings.items() if i.text(0) == message]
    return window, item


def test_a_fix_from_the_findings_panel_goes_into_the_field(window_factory, qtbot: QtBot) -> None:
    window, item = _first_contact_with_small_sie(window_factory, qtbot)
    before = window.editor.toPlainText()
    tree = window.findings.tree
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )
    assert window.findings.apply_button.text().replace("&", "") == "„Sie“ übernehmen"
    click(qtbot, window.findings.apply_button)
    field = window.form.input("request")
    assert field.toPlainText() == "Hätten Sie nächste Woche Zeit für ein kurzes Telefonat?"
    assert "Hätten Sie nächste Woche" in window.editor.toPlainText()
    assert not window.composer.text_edited and not window.edited_banner.isVisible()
    # Ctrl+Z in the text takes the fix back, from the field too.
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    assert window.editor.toPlainText() == before
    assert window.form.input("request").toPlainText().startswith("Hätten sie")
    assert not window.composer.text_edited and not window.edited_banner.isVisible()


def test_after_a_field_fix_the_field_still_writes_the_text(window_factory, qtbot: QtBot) -> None:
    window, item = _first_contact_with_small_sie(window_factory, qtbot)
    window.findings.tree.setCurrentItem(item)
    click(qtbot, window.findings.apply_button)
    field = window.form.input("request")
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    type_text(qtbot, field, " Gern auch später.")
    assert "Hätten Sie nächste Woche Zeit für ein kurzes Telefonat? Gern auch später." in (
        window.editor.toPlainText()
    )
    click(qtbot, window.regenerate_button)  # "Text aus Feldern neu erzeugen"
    assert "Hätten Sie nächste Woche" in window.editor.toPlainText()
    window.session.checks.flush()
    assert "Als Anrede schreibt man „sie“ groß." not in [i.text(0) for i in window.findings.items()]


def test_the_status_line_undo_takes_a_field_fix_back(window_factory, qtbot: QtBot) -> None:
    window, item = _first_contact_with_small_sie(window_factory, qtbot)
    before = window.editor.toPlainText()
    window.findings.tree.setCurrentItem(item)
    click(qtbot, window.findings.apply_button)
    assert window.form.input("request").toPlainText().startswith("Hätten Sie")
    click(qtbot, window.status_line.undo_button)
    assert window.form.input("request").toPlainText().startswith("Hätten sie")
    assert window.editor.toPlainText() == before and not window.edited_banner.isVisible()


def test_the_editor_menu_fix_and_f7_go_into_the_field_too(window_factory, qtbot: QtBot) -> None:
    window, _item = _first_contact_with_small_sie(window_factory, qtbot)
    text = window.editor.toPlainText()
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    cursor.setPosition(text.index("Hätten"))
    window.editor.setTextCursor(cursor)
    qtbot.keyClick(window.editor, Qt.Key.Key_F7)
    assert window.editor.textCursor().selectedText() == "sie"
    click(qtbot, window.findings.apply_button)
    assert window.form.input("request").toPlainText().startswith("Hätten Sie")
    assert not window.edited_banner.isVisible()

    field = window.form.input("request")
    field.setFocus()
    field.selectAll()
    type_text(qtbot, field, "Können sie mir kurz schreiben?")  # typed anew
    window.session.checks.flush()
    fixed = window.editor.toPlainText()
    finding = next(f for f in window.editor.findings() if fixed[f.start : f.end] == "sie")
    actions = window.editor.finding_actions(finding.start, window)  # no emoji: UTF-16 = Python
    next(a for a in actions if a.text() == "„Sie“ übernehmen").trigger()
    assert window.form.input("request").toPlainText() == "Können Sie mir kurz schreiben?"
    assert not window.composer.text_edited


def test_a_fix_across_template_words_goes_into_the_text(window_factory, qtbot: QtBot) -> None:
    window = window_factory()
    window.session.start_from_template("reply_informal")
    window.editor.selectAll()
    window.editor.insertPlainText("hallo!!! wie gehts?? mfg")  # a text written by hand
    window.session.checks.flush()
    pile = next(f for f in window.editor.findings() if f.rule_id == "EXCLAMATION_PILE")
    window.findings.show_finding(pile)
    click(qtbot, window.findings.apply_button)
    assert window.editor.toPlainText().startswith("hallo! wie")
    assert window.composer.text_edited, "a text written by hand stays the user's"


def test_the_form_keeps_its_alt_letters_after_a_fix_and_its_undo(
    window_factory, qtbot: QtBot
) -> None:
    """A form built anew (a fix into a field, its undo) gets its letters again: without
    them Alt+C typed a "c" into the text and made it hand-edited."""
    from PySide6.QtWidgets import QLabel

    window, item = _first_contact_with_small_sie(window_factory, qtbot)
    qtbot.waitUntil(lambda: window._painted, timeout=3000)

    def labels_without_a_letter() -> list[str]:
        labels = [w for w in window.form.findChildren(QLabel) if w.buddy() is not None]
        assert labels
        return [w.text() for w in labels if "&" not in w.text()]

    assert labels_without_a_letter() == []
    window.findings.tree.setCurrentItem(item)
    click(qtbot, window.findings.apply_button)
    assert labels_without_a_letter() == []
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    assert labels_without_a_letter() == []
