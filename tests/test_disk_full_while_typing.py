"""The disk fills while the user types: the text stays in the window and is never dropped
by opening another draft or template; once there is room again, saving goes on by itself,
and closing then asks nothing.

The full disk is SQLite's own: `PRAGMA max_page_count` at the database's size makes the
next write fail with "database or disk is full" (SQLITE_FULL), as a full disk does."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_compose_reshape_window import double_click_in_gallery

NO_ROOM = "kein Platz mehr auf dem Datenträger"
TYPED = " Diesen Satz habe ich bei vollem Speicher geschrieben."  # ASCII: QTest types it


def _fill_disk(window) -> None:
    store = window.session.drafts._store
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count={pages}")


def _free_disk(window) -> None:
    window.session.drafts._store._db.execute("PRAGMA max_page_count=1073741823")


def _type_while_full(window, qtbot: QtBot) -> None:
    window.session.autosaver._retry.setInterval(300)  # the retry, sooner than in use
    qtbot.keyClicks(window.form.input("recipient_last_name"), "Wagner")
    window.session.autosaver.flush()
    _fill_disk(window)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, TYPED * 40)  # more than the free pages hold
    qtbot.waitUntil(lambda: window.session.unsaved, timeout=5000)
    assert "Nicht gespeichert" in window.save_state.text()


def _stored_texts(window) -> list[str]:
    path = window.session.drafts._store.path
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return [row[0] for row in db.execute("SELECT text FROM drafts WHERE deleted IS NULL")]


def test_the_reason_is_said_in_words_and_once(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    said: list[str] = []
    window.session.save_state.connect(lambda stored, message: said.append(message))
    _type_while_full(window, qtbot)
    qtbot.wait(1000)  # the autosaver tries again meanwhile
    problems = [m for m in said if m]
    assert len(problems) == 1, problems
    assert NO_ROOM in problems[0] and "disk is full" not in problems[0]


def test_saving_goes_on_by_itself_once_there_is_room(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    _type_while_full(window, qtbot)
    assert not any("bei vollem" in t for t in _stored_texts(window))
    _free_disk(window)
    # No keystroke: the autosaver tries the same text again.
    qtbot.waitUntil(lambda: not window.session.unsaved, timeout=5000)
    assert window.save_state.text() == "Gespeichert"
    assert any(t == window.editor.toPlainText() for t in _stored_texts(window))


def test_closing_after_the_disk_has_room_again_saves_and_asks_nothing(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    _type_while_full(window, qtbot)
    window.session.autosaver._retry.setInterval(60_000)  # closing comes before the retry
    _free_disk(window)
    text = window.editor.toPlainText()
    window.close()
    assert window.prompts.of_kind("choose") == [], "saved at the close: nothing to ask"
    assert text in _stored_texts(window)


def test_another_template_does_not_drop_a_text_that_could_not_be_saved(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    _type_while_full(window, qtbot)
    text, draft_id = window.editor.toPlainText(), window.composer.draft.id

    window.prompts.answer("Abbrechen")
    double_click_in_gallery(window, qtbot, "reminder_formal")
    [asked] = window.prompts.of_kind("choose")
    assert asked.title == "Text nicht gespeichert" and NO_ROOM in asked.text
    assert asked.buttons == ("Als Textdatei sichern …", "Trotzdem wechseln", "Abbrechen")
    assert window.composer.draft.id == draft_id and window.editor.toPlainText() == text
    assert "Nicht gewechselt" in window.statusBar().currentMessage()

    window.prompts.answer("Trotzdem wechseln")
    double_click_in_gallery(window, qtbot, "reminder_formal")
    assert window.composer.template.id == "reminder_formal", "the user decided"


def test_another_draft_from_the_drafts_dialog_asks_too(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    qtbot.keyClicks(window.form.input("recipient_last_name"), "Albrecht")
    window.session.autosaver.flush()
    first_id = window.composer.draft.id
    window.session.start_from_template("reminder_formal")
    _type_while_full(window, qtbot)
    text = window.editor.toPlainText()

    window.prompts.answer("Abbrechen")
    dialog = window.dialogs.show_drafts()
    for row in range(dialog.table.rowCount()):
        dialog.table.selectRow(row)
        if dialog.selected_id() == first_id:
            break
    assert dialog.selected_id() == first_id
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.prompts.of_kind("choose"), "asked before the text could go"
    assert window.editor.toPlainText() == text


def test_leaving_a_draft_that_could_not_be_saved_never_overwrites_it_later(
    qtbot: QtBot, window_factory
) -> None:
    """An attacker's steps: draft 1 saved, the disk fills, more typed, another template
    chosen ("Trotzdem wechseln"), the disk freed. The retry of draft 1's text gave its id
    to the new draft, whose first keystrokes then overwrote draft 1."""
    window = window_factory()
    _type_while_full(window, qtbot)
    first_id = window.composer.draft.id
    assert first_id is not None
    stored_before = _stored_texts(window)
    window.prompts.answer("Trotzdem wechseln")
    double_click_in_gallery(window, qtbot, "reminder_formal")
    assert window.composer.template.id == "reminder_formal"
    assert window.save_state.text() != "Nicht gespeichert – als Textdatei sichern …"
    _free_disk(window)
    qtbot.wait(600)  # a retry would have come by now
    qtbot.keyClicks(window.form.input("recipient_last_name"), "Neu")
    window.session.autosaver.flush()
    assert window.composer.draft.id not in (None, first_id), "a draft of its own"
    assert set(stored_before) <= set(_stored_texts(window)), "draft 1 is as it was saved"


def test_restoring_a_version_asks_while_the_text_could_not_be_saved(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    qtbot.keyClicks(window.form.input("recipient_last_name"), "Albrecht")
    window.session.autosaver.flush()
    window.session.drafts.keep_version(window.composer.draft.id)
    [version, *_] = window.session.drafts.versions(window.composer.draft.id)
    _type_while_full(window, qtbot)
    text = window.editor.toPlainText()
    window.prompts.answer("Abbrechen")
    window.session.restore_version(version)
    [asked] = window.prompts.of_kind("choose")
    assert "frühere Version" in asked.text
    assert window.editor.toPlainText() == text, "kept"


def test_the_failure_message_goes_once_saving_works_again(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    _type_while_full(window, qtbot)
    assert "nicht gespeichert werden" in window.statusBar().currentMessage()
    _free_disk(window)
    qtbot.waitUntil(lambda: not window.session.unsaved, timeout=5000)
    assert "nicht gespeichert werden" not in window.statusBar().currentMessage()
