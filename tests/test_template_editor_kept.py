"""The template editor's unsaved work is kept like a draft (services/text_keeper.py): a
killed app offers it again at the next start, the next opening of the editor shows it, and
saving or discarding it removes it."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.killed_app import close, next_start, type_then_kill

from knigge_desktop.core.paths import TEMPLATE_EDITOR_FILE, AppPaths

TITLE = "Nach dem Barcamp"
BODY_LINE = "Es war schoen, Sie kennenzulernen."  # keyClicks types ASCII only

TYPE_A_TEMPLATE = """
editor = window.templates.new_template()
editor.title.selectAll()
QTest.keyClicks(editor.title, sys.argv[2])
editor.body.setFocus()
editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
QTest.keyClicks(editor.body, sys.argv[3])
"""


def test_a_template_being_written_survives_sigkill(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    type_then_kill(data_dir, TYPE_A_TEMPLATE, TITLE, BODY_LINE, wait_s=3)

    kept = data_dir / TEMPLATE_EDITOR_FILE
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    window = next_start(data_dir, qtbot)
    qtbot.waitUntil(lambda: window.templates.editor is not None, timeout=3000)
    editor = window.templates.editor
    assert editor.isVisible() and editor.windowTitle() == "Neue Vorlage"
    assert editor.title.text() == TITLE
    assert editor.body.toPlainText().endswith(BODY_LINE)
    assert "wieder geöffnet" in window.statusBar().currentMessage()
    close(window, qtbot)


def test_the_next_opening_shows_the_unsaved_edit_until_it_is_saved(
    window_factory, qtbot: QtBot, paths: AppPaths
) -> None:
    kept = paths.data_dir / TEMPLATE_EDITOR_FILE
    window = window_factory()
    window.gallery.select("reply_formal")
    window.templates.duplicate_template()._save()
    own = window.gallery.current_id()
    editor = window.templates.edit_template()
    assert not kept.exists(), "opening alone keeps nothing"
    qtbot.keyClicks(editor.title, " neu")
    qtbot.waitUntil(kept.is_file, timeout=3000)
    editor.hide()  # as if the app stopped here: neither saved nor discarded

    other = window.gallery.visible_ids()[0]
    window.gallery.select(other)
    again = window.templates.new_template()  # the next opening: the unsaved edit first
    assert again.windowTitle() == "Vorlage bearbeiten", "still the own template, in place"
    assert again.title.text().endswith(" neu")
    again._timer.stop()
    again.refresh()
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert not kept.exists()
    assert window.catalog.templates.get(own).title.endswith(" neu")
    assert len(list(paths.user_templates_dir.glob("*.toml"))) == 1
    close(window, qtbot)


def test_discarding_the_changes_removes_what_was_kept(
    window_factory, qtbot: QtBot, paths: AppPaths
) -> None:
    kept = paths.data_dir / TEMPLATE_EDITOR_FILE
    window = window_factory()
    editor = window.templates.new_template()
    qtbot.keyClicks(editor.title, "Entwurf einer Vorlage")
    qtbot.waitUntil(kept.is_file, timeout=3000)
    window.prompts.answer(0)  # "Verwerfen"
    editor.reject()
    assert not editor.isVisible() and not kept.exists()
    fresh = window.templates.new_template()
    assert fresh.title.text() == "Meine Vorlage", "a new template as always"
    fresh.hide()
    close(window, qtbot)
