"""A line far longer than any sentence in the message editor and the other boxes of user
or file text: Qt's word wrap lays 100,000 spaces in one line out for minutes, so a draft
holding them as the last-open draft hung every start in window.show(), and a paste of
1 MB hung the editor. Such a box stops wrapping while the line is there, and says so.

A hang cannot fail a test by itself: faulthandler ends the run (exit 1) after a generous
wait instead (not a timing assert); with -s its stack shows where it hung."""

from __future__ import annotations

import faulthandler
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from knigge_desktop.core.drafts import Draft, DraftStore, Version
from knigge_desktop.ui.long_lines import LONG_LINE, longest_line

SPACES = "Hallo" + " " * 100_000 + "Grüße"
HANG_SECONDS = 120  # a few seconds at most when it works; minutes when it hangs


@pytest.fixture(autouse=True)
def _no_endless_hang() -> Iterator[None]:
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def test_a_last_open_draft_with_100000_spaces_in_one_line_opens(
    qtbot: QtBot, window_factory, paths: Path
) -> None:
    paths.ensure()
    store = DraftStore.open(paths.drafts_db)
    saved = store.save(Draft(template="reply_informal", kind="reply", text=SPACES))
    store.set_last_open(saved.id)
    store.close()
    window = window_factory()  # builds and shows the window
    editor = window.editor
    assert editor.toPlainText() == SPACES
    assert not editor.wraps()
    note = window.text_pane.wrap_note
    assert note.isVisible() and "Zeilenumbruch ist aus" in note.text()
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " und tschau")  # typing goes on
    assert editor.toPlainText().endswith("Grüße und tschau")
    editor.selectAll()
    qtbot.keyClicks(editor, "Hallo Anna")  # the long line is gone: wraps again
    assert editor.wraps() and not note.isVisible()
    editor.document().undo()  # the long line back, by a way around any paste
    assert "Grüße und tschau" in editor.toPlainText()
    assert not editor.wraps() and note.isVisible()


def test_a_megabyte_pasted_without_spaces_returns_and_says_why_it_does_not_wrap(
    qtbot: QtBot, window_factory
) -> None:
    window = window_factory()
    editor = window.editor
    editor.setFocus()
    editor.selectAll()
    QGuiApplication.clipboard().setText("x" * 1_000_000)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.toPlainText()) == 1_000_000
    assert not editor.wraps()
    assert window.text_pane.wrap_note.isVisible()
    qtbot.keyClicks(editor, "abc")
    assert editor.toPlainText().endswith("abc")


def test_the_version_preview_does_not_wrap_a_line_far_too_long(qtbot: QtBot) -> None:
    from knigge_desktop.ui.versions_dialog import VersionsDialog

    versions = [
        Version(2, 1, {}, "Hallo Anna,\n\nkurz.", "2026-12-01T10:00:00"),
        Version(1, 1, {}, SPACES, "2026-12-01T09:00:00"),
    ]
    dialog = VersionsDialog(versions)
    qtbot.addWidget(dialog)
    dialog.show()  # shows the second row: the version of 100,000 spaces
    assert dialog.preview.toPlainText() == SPACES and not dialog.preview.wraps()
    dialog.list.setCurrentRow(0)
    assert dialog.preview.wraps()


def test_the_template_editor_does_not_wrap_a_body_far_too_long(
    qtbot: QtBot, window_factory
) -> None:
    from tests.test_template_editor import settle

    editor = window_factory().templates.new_template()
    editor.when.setPlainText("Wenn es passt.")
    editor.body.setFocus()
    editor.body.selectAll()
    QGuiApplication.clipboard().setText("{greeting}" + " " * 100_000 + "x\n\nViele Grüße")
    qtbot.keyClick(editor.body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, editor)
    assert not editor.body.wraps()
    preview = editor.preview
    assert preview.wraps() == (longest_line(preview.toPlainText()) <= LONG_LINE)
