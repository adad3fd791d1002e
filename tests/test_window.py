"""The composer window, driven as a user would: offscreen, with real keystrokes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot
from support.fake_prompts import FakePrompts

from knigge_desktop.core.drafts import DraftStore
from knigge_desktop.core.paths import AppPaths
from knigge_desktop.ui.theme import ERROR_TEXT

LEFT = Qt.MouseButton.LeftButton

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _type(qtbot: QtBot, widget, text: str) -> None:
    """Type as a user would: keys for ASCII, Return for line breaks, and the input
    method (as on a real desktop) for emoji and other characters no key produces."""
    widget.setFocus()
    for chunk in re.split(r"(\n|[^\x00-\x7f]+)", text):
        if chunk == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif chunk and max(map(ord, chunk)) > 0x7F:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)
        elif chunk:
            qtbot.keyClicks(widget, chunk)


def _choose(window, combo_name: str, value: str) -> None:
    combo = window.form.input(combo_name)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))


def _stored(paths: AppPaths):
    store = DraftStore.open(paths.drafts_db)
    try:
        return store.all_drafts()
    finally:
        store.close()


def _fill_contact_request(qtbot: QtBot, window) -> None:
    window.gallery.tone_filter.setCurrentIndex(window.gallery.tone_filter.findData("informal"))
    # "Kontaktanfrage" alone also finds accepting and declining one.
    _type(qtbot, window.gallery.search, "Kontaktanfrage Notiz")
    assert window.gallery.visible_ids() == ["contact_request_informal"]
    window.gallery.list.setFocus()
    qtbot.keyClick(window.gallery.list, Qt.Key.Key_Return)
    assert window.composer.template.id == "contact_request_informal"
    _type(qtbot, window.form.input("recipient_first_name"), "Anna")
    _type(qtbot, window.form.input("sender_name"), "Jonas Becker")
    _type(qtbot, window.form.input("reason"), "wir saßen beim Barcamp im selben Workshop.")


def test_window_opens_in_german_with_a_template_ready(window_factory) -> None:
    window = window_factory()
    assert window.composer.template.id == "first_contact_formal"
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Datei",
        "&Bearbeiten",
        "&Vorlagen",
        "&Ansicht",
        "&Hilfe",
    ]
    box = QMessageBox(QMessageBox.Icon.Question, "t", "q", QMessageBox.StandardButton.Yes)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Ja"
    assert window.editor.toPlainText().startswith("Guten Tag [Name],")
    assert window.copy_button.text() == "In die &Zwischenablage kopieren"
    assert "Wörter" in window.counts.text()


def test_pick_fill_and_copy_puts_exactly_the_editor_text_on_the_clipboard(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    _fill_contact_request(qtbot, window)
    text = window.editor.toPlainText()
    assert text.startswith("Hallo Anna,\n\nwir saßen beim Barcamp im selben Workshop.")
    assert text.endswith("Viele Grüße\nJonas Becker")
    QGuiApplication.clipboard().setText("vorher")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_C, CTRL | SHIFT)
    assert QGuiApplication.clipboard().text() == text
    assert window.prompts.asked == [], "a complete message is copied without asking"
    assert "Kopiert" in window.statusBar().currentMessage()
    assert window.copy_button.text() == "✓ Kopiert"


def test_the_greeting_follows_the_recipient_fields(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    _type(qtbot, window.form.input("recipient_first_name"), "Alex")
    _type(qtbot, window.form.input("recipient_last_name"), "Weber")
    assert window.editor.toPlainText().startswith("Guten Tag Alex Weber,")
    _choose(window, "recipient_gender", "herr")
    _choose(window, "recipient_title", "Prof.")
    assert window.editor.toPlainText().startswith("Sehr geehrter Herr Prof. Weber,")


def test_hand_edits_are_kept_and_the_form_says_so(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    _type(qtbot, window.form.input("recipient_last_name"), "Weber")
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    _type(qtbot, window.editor, "\nPS: Bis bald!")
    mine = window.editor.toPlainText()
    assert window.edited_banner.isVisibleTo(window)

    _type(qtbot, window.form.input("recipient_first_name"), "Alex")
    assert window.editor.toPlainText() == mine, "the form must not overwrite hand edits"

    qtbot.mouseClick(window.regenerate_button, Qt.MouseButton.LeftButton)
    assert window.editor.toPlainText().startswith("Guten Tag Alex Weber,")
    assert "PS:" not in window.editor.toPlainText()
    assert not window.edited_banner.isVisibleTo(window)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    assert window.editor.toPlainText() == mine, "regenerating can be undone"


def test_undo_redo_and_counts_in_the_editor(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.editor.selectAll()
    _type(qtbot, window.editor, "Hallo Welt")
    assert window.counts.text() == "2 Wörter · 10 Zeichen"
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)
    assert window.editor.toPlainText() != "Hallo Welt"
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.editor.toPlainText() == "Hallo Welt"


def test_gallery_filters_by_kind_and_tone(window_factory) -> None:
    window = window_factory()
    gallery = window.gallery
    gallery.kind_filter.setCurrentIndex(gallery.kind_filter.findData("decline"))
    assert set(gallery.visible_ids()) == {
        "decline_cooperation",
        "decline_contact_request",
        "decline_contact_request_informal",
        "decline_offer_formal",
        "decline_offer_informal",
    }
    gallery.kind_filter.setCurrentIndex(0)
    gallery.tone_filter.setCurrentIndex(gallery.tone_filter.findData("informal"))
    ids = gallery.visible_ids()
    assert ids and all(i.endswith("_informal") for i in ids)
    gallery.search.setText("gibt es nicht")
    assert gallery.visible_ids() == [] and not gallery.use_button.isEnabled()


def test_looking_at_templates_previews_them_until_something_is_typed(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    window.gallery.select("reply_formal")
    assert window.composer.template.id == "reply_formal"
    _type(qtbot, window.form.input("recipient_last_name"), "Weber")
    window.gallery.select("decline_cooperation")
    assert window.composer.template.id == "reply_formal", "typed work is never replaced"


def test_every_edit_is_saved_within_about_a_second(qtbot: QtBot, window_factory, paths) -> None:
    window = window_factory()
    _type(qtbot, window.form.input("recipient_last_name"), "Weber")
    qtbot.waitUntil(lambda: len(_stored(paths)) == 1, timeout=1500)
    draft = _stored(paths)[0]
    assert draft.fields["recipient_last_name"] == "Weber"
    assert "Weber" in draft.text
    assert window.save_state.text() == "Gespeichert"


def test_a_draft_survives_closing_and_a_new_window(qtbot: QtBot, window_factory, paths) -> None:
    first = window_factory()
    _fill_contact_request(qtbot, first)
    _type(qtbot, first.editor, " 👋🏽 Grüße aus Köln 🇩🇪")
    text = first.editor.toPlainText()
    first.close()  # closing saves at once, without waiting for the timer

    second = window_factory()
    assert second.editor.toPlainText() == text
    assert second.composer.template.id == "contact_request_informal"
    assert second.composer.text_edited and second.edited_banner.isVisibleTo(second)
    name = second.form.input("recipient_first_name")
    assert isinstance(name, QLineEdit) and name.text() == "Anna"
    reason = second.form.input("reason")
    assert isinstance(reason, QPlainTextEdit)
    assert reason.toPlainText() == "wir saßen beim Barcamp im selben Workshop."


def test_new_with_values_opens_and_saves_that_draft(qtbot: QtBot, window_factory, paths) -> None:
    window = window_factory(
        new_template="reply_formal",
        values={
            "recipient_gender": "frau",
            "recipient_last_name": "Wagner",
            "subject": "zum Projekt",
        },
    )
    assert window.editor.toPlainText().startswith("Sehr geehrte Frau Wagner,")
    assert [d.template for d in _stored(paths)] == ["reply_formal"]
    # The user goes on typing in the first field the command line left empty.
    first_empty = next(
        f.name for f in window.composer.template.fields if not window.composer.values.get(f.name)
    )
    qtbot.waitUntil(lambda: window.form.input(first_empty).hasFocus())


def _two_drafts_and_their_list(qtbot: QtBot, window):
    """Drafts to Albrecht and to Wagner, saved, and the draft list open."""
    for name in ("Albrecht", "Wagner"):
        window.session.start_from_template("first_contact_formal")
        _type(qtbot, window.form.input("recipient_last_name"), name)
        window.session.autosaver.flush()
    dialog = window.dialogs.show_drafts()
    qtbot.addWidget(dialog)
    return dialog


def test_drafts_dialog_reopens_renames_deletes_and_undoes(
    qtbot: QtBot, window_factory, paths
) -> None:
    window = window_factory()
    dialog = _two_drafts_and_their_list(qtbot, window)
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    recipients = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert recipients == ["Wagner", "Albrecht"], "newest first"
    assert "Wagner" in dialog.table.item(0, 4).text(), "the beginning of the text is shown"

    window.prompts = FakePrompts().answer("Logistik-Kontakt")
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.rename_button, LEFT)
    assert [a.title for a in window.prompts.asked] == ["Entwurf umbenennen"]
    assert dialog.table.item(1, 1).text() == "Logistik-Kontakt"

    dialog.table.selectRow(1)
    deleted = dialog.selected_id()
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert dialog.table.rowCount() == 1 and "gelöscht" in dialog.status.text()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, CTRL)
    assert dialog.table.rowCount() == 2
    assert dialog.selected_id() == deleted, "the draft brought back is the one selected"

    qtbot.mouseClick(dialog.open_button, LEFT)
    assert window.editor.toPlainText().startswith("Guten Tag Albrecht,") or "Albrecht" in (
        window.editor.toPlainText()
    )
    assert window.composer.draft.title == "Logistik-Kontakt"


def test_deleting_the_open_draft_asks_leaves_it_and_undo_brings_it_back(
    qtbot: QtBot, window_factory, paths
) -> None:
    window = window_factory()
    _type(qtbot, window.form.input("recipient_last_name"), "Weber")
    window.session.autosaver.flush()
    draft_id = window.composer.draft.id
    dialog = window.dialogs.show_drafts()
    qtbot.addWidget(dialog)
    window.prompts = FakePrompts().answer("Abbrechen")
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert window.prompts.asked[0].title == "Offenen Entwurf löschen?"
    assert dialog.table.rowCount() == 1, "cancelled: nothing deleted"

    window.prompts.answer("Löschen")
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert dialog.table.rowCount() == 0
    assert window.composer.draft.id is None and "Weber" not in window.editor.toPlainText()
    _type(qtbot, window.form.input("recipient_first_name"), "Alex")
    window.session.autosaver.flush()
    assert draft_id not in [d.id for d in _stored(paths)], "never written into again"

    qtbot.mouseClick(dialog.undo_button, LEFT)
    assert window.composer.draft.id == draft_id and "Weber" in window.editor.toPlainText()
    stored = _stored(paths)
    assert sorted(d.fields.get("recipient_last_name", "") for d in stored) == ["", "Weber"], (
        "no duplicate of the restored draft"
    )


def test_a_malformed_user_template_is_named_and_the_rest_still_load(window_factory, paths) -> None:
    paths.ensure()
    (paths.user_templates_dir / "kaputt.toml").write_text('id = "x"\ntitle = \n', encoding="utf-8")
    window = window_factory()
    label = window.gallery.findChild(type(window.counts), "template_errors")
    assert label is not None and "kaputt.toml, Zeile 2: " in label.text()
    assert any(color in label.styleSheet() for color in ERROR_TEXT), "shown in the error colour"
    assert len(window.gallery.visible_ids()) >= 8


def test_a_corrupt_database_is_set_aside_and_the_window_says_where(
    qtbot: QtBot, window_factory, paths
) -> None:
    paths.ensure()
    paths.drafts_db.write_bytes(b"kein SQLite" * 50)
    window = window_factory()
    [backup] = paths.data_dir.glob("drafts.sqlite3.defekt-*")
    assert window.startup_problem and str(backup) in window.startup_problem
    assert backup.read_bytes() == b"kein SQLite" * 50
    _type(qtbot, window.form.input("recipient_last_name"), "Weber")
    window.session.autosaver.flush()
    assert window.save_state.text() == "Gespeichert", "the fresh database takes new drafts"


@pytest.mark.parametrize("size", [1_000_000])
def test_a_megabyte_paste_is_kept_and_saved(qtbot: QtBot, window_factory, paths, size: int) -> None:
    window = window_factory()
    big = ("Sehr geehrte Frau Wagner, 😀 danke! " * (size // 30))[:size]
    QGuiApplication.clipboard().setText(big)
    window.editor.selectAll()
    window.editor.paste()
    assert len(window.editor.toPlainText()) == size
    window.session.autosaver.flush()
    assert _stored(paths)[0].text == big


def test_a_draft_whose_template_is_gone_keeps_its_text(
    qtbot: QtBot, window_factory, paths: Path
) -> None:
    from knigge_desktop.core.drafts import Draft

    paths.ensure()
    store = DraftStore.open(paths.drafts_db)
    saved = store.save(Draft(template="weg", kind="reply", text="Mein Text bleibt."))
    store.set_last_open(saved.id)
    store.close()
    window = window_factory()
    assert window.editor.toPlainText() == "Mein Text bleibt."
    assert "nicht gefunden" in window.composer.template.title


def test_keyboard_only_from_search_to_clipboard(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.gallery.search.hasFocus()
    qtbot.keyClicks(window.gallery.search, "Antwort du")
    qtbot.keyClick(window.gallery.search, Qt.Key.Key_Return)
    assert window.composer.template.id == "reply_informal"
    # The first field: "Hallo Kim," needs no Anrede, so the du form shows none.
    qtbot.waitUntil(window.form.input("recipient_first_name").hasFocus)
    assert not window.form.input("recipient_gender").isVisible()
    # Vorname, Nachname, Ihr Name, Signatur, Worauf …, Antwort, Rückfrage
    typed = ["Kim", "", "Jonas Becker", "", "zum Barcamp", "Ich bin gern dabei.", ""]
    for text in typed:
        focused = QApplication.focusWidget()
        if text:
            qtbot.keyClicks(focused, text)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert window.editor.hasFocus(), "after the last field comes the text"
    qtbot.keyClick(window.editor, Qt.Key.Key_C, CTRL | SHIFT)
    expected = (
        "Hallo Kim,\n\ndanke für deine Nachricht zum Barcamp. Ich bin gern dabei."
        "\n\nViele Grüße\nJonas Becker"
    )
    assert QGuiApplication.clipboard().text() == expected


@pytest.mark.parametrize("failure", ["full", "readonly"])
def test_when_drafts_cannot_be_saved_the_text_stays_and_can_go_to_a_file(
    qtbot: QtBot, window_factory, tmp_path: Path, failure: str
) -> None:
    import sqlite3

    window = window_factory()
    _type(qtbot, window.form.input("recipient_last_name"), "Weber")
    window.session.autosaver.flush()
    store = window.session.drafts._store
    if failure == "full":  # SQLite's own "database or disk is full"
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count={pages}")
    else:  # the same file, opened read-only: SQLite's own "readonly database"
        store._db.close()
        store._db = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True, isolation_level=None)
    big = "Sehr geehrte Frau Wagner, " * 2000
    window.editor.selectAll()
    window.editor.insertPlainText(big)
    window.session.autosaver.flush()
    assert window.save_state.text().startswith("Nicht gespeichert")
    assert window.editor.toPlainText() == big, "the text stays in the window"

    target = tmp_path / "gesichert.txt"
    window.prompts = FakePrompts().answer(str(target))
    qtbot.mouseClick(window.save_state, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8") == big
    assert "gesichert" in window.statusBar().currentMessage()


def test_drafts_dialog_searches_shows_the_trash_and_restores(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    dialog = _two_drafts_and_their_list(qtbot, window)
    dialog.search.setText("wagn")
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["Wagner"]
    window.prompts.answer("Löschen")  # Wagner is the draft open in the window
    qtbot.mouseClick(dialog.delete_button, LEFT)
    dialog.search.clear()
    assert dialog.table.rowCount() == 1
    qtbot.mouseClick(dialog.show_trash, LEFT)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["Wagner"]
    assert dialog.restore_button.isVisibleTo(dialog) and not dialog.open_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert dialog.table.rowCount() == 0
    assert dialog.empty.isVisibleTo(dialog) and dialog.empty.text() == "Der Papierkorb ist leer."
    dialog.show_trash.setChecked(False)
    assert dialog.table.rowCount() == 2


def test_drafts_export_and_import_in_the_window(
    qtbot: QtBot, window_factory, tmp_path: Path
) -> None:
    window = window_factory()
    _type(qtbot, window.form.input("recipient_last_name"), "Weber")
    window.session.autosaver.flush()
    dialog = window.dialogs.show_drafts()
    qtbot.addWidget(dialog)
    target = tmp_path / "export.json"
    (tmp_path / "kaputt.json").write_text("{kein json", encoding="utf-8")
    window.prompts = FakePrompts().answer(str(target), str(target), str(tmp_path / "kaputt.json"))
    qtbot.mouseClick(dialog.export_button, LEFT)
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert [d["fields"].get("recipient_last_name") for d in exported] == ["Weber"]
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert dialog.status.text() == "0 Entwürfe eingelesen, 1 war schon da."
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert "ließ sich nicht einlesen" in dialog.status.text()


def test_an_earlier_version_can_be_looked_at_and_restored(
    qtbot: QtBot, window_factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import knigge_desktop.core.drafts as drafts

    monkeypatch.setattr(drafts, "VERSION_GAP_SECONDS", -1)  # every save its own version
    window = window_factory()
    _type(qtbot, window.form.input("recipient_last_name"), "Weber")
    window.session.autosaver.flush()
    first = window.editor.toPlainText()
    window.editor.selectAll()
    window.editor.insertPlainText("Ganz anderer Text")
    window.session.autosaver.flush()
    dialog = window.dialogs.show_versions()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.list.count() >= 2 and dialog.list.item(0).text().startswith("jetzt")
    assert dialog.preview.toPlainText() == first
    dialog.restore_current()
    assert window.editor.toPlainText() == first
    assert window.form.input("recipient_last_name").text() == "Weber"
    again = window.dialogs.show_versions()
    qtbot.addWidget(again)
    texts = [v.text for v in window.session.drafts.versions(window.composer.draft.id)]
    assert "Ganz anderer Text" in texts, "the replaced state stays in the history"


def test_settings_dialog_sets_name_signature_tone_platform_rules_and_words(
    qtbot: QtBot, window_factory, paths
) -> None:
    from PySide6.QtCore import Qt as QtNs

    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(
        json.dumps({"version": 1, "values": {
            "disabled_rules": ["CAPS_WORD", "EXCLAMATION_PILE"], "dictionary": ["Jana", "Kassel"],
        }}), encoding="utf-8",
    )  # fmt: skip
    window = window_factory()
    window.dialogs.open_settings()
    dialog = window.dialogs.settings_dialog
    qtbot.addWidget(dialog)
    dialog.sender_name.setText("Jonas Becker")
    dialog.signature.setPlainText("Einkauf · Becker Transport GmbH")
    dialog.tone.setCurrentIndex(dialog.tone.findData("informal"))
    dialog.platform.setCurrentIndex(dialog.platform.findData("linkedin"))
    # Every rule is listed by its name, grouped by principle; ticked means on.
    assert dialog.rule_item("SIE_DU_MIXED").text(0) == "Sie und du gemischt"
    assert dialog.rule_item("SIE_DU_MIXED").checkState(0) == QtNs.CheckState.Checked
    assert dialog.rule_item("CAPS_WORD").checkState(0) == QtNs.CheckState.Unchecked
    groups = [dialog.rules.topLevelItem(i).text(0) for i in range(dialog.rules.topLevelItemCount())]
    assert "Anrede" in groups and "Sie oder du" in groups
    shown = [
        dialog.rules.topLevelItem(i).child(j).text(0)
        for i in range(dialog.rules.topLevelItemCount())
        for j in range(dialog.rules.topLevelItem(i).childCount())
    ]
    assert len(shown) == len(window.session.checks.checker.rules.items), "all rules, none cut off"
    assert not [t for t in shown if "_" in t or "{" in t], "no ids, no raw placeholders"
    dialog.rule_item("EXCLAMATION_PILE").setCheckState(0, QtNs.CheckState.Checked)  # on again
    dialog.words.setCurrentRow(0)
    dialog.remove_selected_word()
    dialog.accept()
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))["values"]
    assert saved["disabled_rules"] == ["CAPS_WORD"] and saved["dictionary"] == ["Kassel"]
    assert (saved["default_tone"], saved["default_platform"]) == ("informal", "linkedin")

    # The usual tone filters the gallery at once.
    assert window.gallery.tone_filter.currentData() == "informal"
    window.session.start_from_template("contact_request_formal")  # a new draft uses the defaults
    text = window.editor.toPlainText()
    assert text.endswith("Jonas Becker\nEinkauf · Becker Transport GmbH")
    assert window.text_pane.chosen_platform().value == "linkedin"
    # A Sie draft opened all the same: the gallery highlights its own and keeps the filter.
    assert window.gallery.current_id() == "contact_request_formal"
    assert window.gallery.tone_filter.currentData() == "informal"
    window.gallery.select("reply_informal")  # only the pre-filled name: still untouched
    assert window.composer.template.id == "reply_informal"


def test_the_app_starts_in_the_usual_tone(window_factory, paths) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(
        '{"version": 1, "values": {"default_tone": "informal"}}', encoding="utf-8"
    )
    window = window_factory()
    assert window.composer.template.id == "first_contact_informal"


def test_ctrl_comma_opens_the_settings(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Comma, CTRL)
    assert window.dialogs.settings_dialog.isVisible()
    window.dialogs.settings_dialog.reject()


def test_settings_show_every_rule_name_whole(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.dialogs.open_settings()
    dialog = window.dialogs.settings_dialog
    qtbot.addWidget(dialog)
    dialog.resize(600, 500)  # narrow: the long names scroll sideways, they are not cut
    qtbot.waitExposed(dialog)
    items = list(dialog._rule_items.values())
    longest = max(items, key=lambda item: len(item.text(0)))
    rect = dialog.rules.visualItemRect(longest)
    needed = dialog.rules.fontMetrics().horizontalAdvance(longest.text(0))
    assert rect.width() >= needed, "an elided rule name"
    assert longest.toolTip(0) == longest.text(0)
    dialog.reject()
