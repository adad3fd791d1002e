"""Quitting never drops a text that is not saved, and an exception in a slot leaves the
window working: both driven through the window's own controls."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from knigge_desktop.ui.error_hook import ErrorHook

LEFT = Qt.MouseButton.LeftButton


def _quit_action(window):
    return next(a for a in window.action_handlers if a.text().startswith("&Beenden"))


def _disk_full(window) -> None:
    """SQLite's own "database or disk is full" from the next page on."""
    store = window.session.drafts._store
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count={pages}")


def test_quit_with_the_disk_full_asks_and_can_save_the_text_as_a_file(
    qtbot: QtBot, window_factory, tmp_path: Path
) -> None:
    window = window_factory()
    _disk_full(window)
    big = "Sehr geehrte Frau Wagner, ich schreibe Ihnen wegen Ihres Vortrags. " * 300
    window.editor.selectAll()
    window.editor.insertPlainText(big)

    window.prompts.answer("Abbrechen")
    _quit_action(window).trigger()
    [asked] = window.prompts.of_kind("choose")
    assert asked.title == "Text nicht gespeichert"
    assert asked.buttons == ("Als Textdatei sichern …", "Trotzdem beenden", "Abbrechen")
    assert window.isVisible(), "cancel keeps the window and the text"
    assert window.editor.toPlainText() == big

    target = tmp_path / "gerettet.txt"
    window.prompts.answer("Als Textdatei sichern …", str(target))
    _quit_action(window).trigger()
    assert target.read_text(encoding="utf-8") == big
    assert (target.stat().st_mode & 0o777) == 0o600
    assert not window.isVisible()


def test_quit_anyway_closes_and_a_saved_text_never_asks(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    qtbot.keyClicks(window.form.input("recipient_last_name"), "Wagner")
    _quit_action(window).trigger()
    assert window.prompts.asked == [] and not window.isVisible(), "saved: no question"

    second = window_factory()
    _disk_full(second)
    second.editor.selectAll()
    second.editor.insertPlainText("Hallo " * 2000)
    second.prompts.answer("Trotzdem beenden")
    _quit_action(second).trigger()
    assert not second.isVisible()


def test_a_signal_closes_without_asking_and_rescues_the_text(
    qtbot: QtBot, window_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    window = window_factory()
    _disk_full(window)
    window.editor.selectAll()
    window.editor.insertPlainText("Guten Tag Herr Albrecht " * 500)
    window.close_for_signal()
    assert not window.isVisible() and window.prompts.asked == []
    [rescued] = tmp_path.glob("Knigge-Entwurf-gerettet-*.txt")
    assert rescued.read_text(encoding="utf-8") == "Guten Tag Herr Albrecht " * 500


def test_a_signal_rescues_nothing_of_an_untouched_draft_kept_in_memory(
    qtbot: QtBot, window_factory, paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drafts in memory only (a data folder that cannot hold the database) and a logout:
    the template's own text, untouched, is no work to rescue into the home folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    paths.ensure()
    paths.drafts_db.mkdir()  # a folder where the database should be: it cannot open
    window = window_factory()
    assert not window.session.drafts.persistent and window.session.pristine
    window.close_for_signal()
    assert not window.isVisible()
    assert list(home.glob("Knigge-Entwurf-gerettet-*.txt")) == []


def test_an_exception_in_a_slot_is_logged_told_and_the_window_goes_on(
    qtbot: QtBot, window_factory, tmp_path: Path
) -> None:
    window = window_factory()
    told: list[tuple[str, bool]] = []
    log = tmp_path / "fehler.log"
    hook = ErrorHook(log, lambda message, first: told.append((message, first)))
    broken = QPushButton("kaputt", window)

    def fails() -> None:
        raise RuntimeError("absichtlich")

    broken.clicked.connect(fails)
    broken.show()
    hook.install()
    try:
        qtbot.mouseClick(broken, LEFT)
        qtbot.mouseClick(broken, LEFT)
        qtbot.waitUntil(lambda: len(told) == 2)
    finally:
        hook.uninstall()
    assert "interner Fehler" in told[0][0] and str(log) in told[0][0]
    assert [first for _, first in told] == [True, False], "a dialog only the first time"
    assert log.read_text(encoding="utf-8").count("RuntimeError: absichtlich") == 2
    # The window still works: typing is saved as before.
    qtbot.keyClicks(window.form.input("recipient_last_name"), "Weber")
    assert window.session.autosaver.flush() is not None


def test_the_window_shows_an_internal_error_in_the_status_bar_and_once_as_a_dialog(
    window_factory,
) -> None:
    window = window_factory()
    window.show_internal_error("Ein interner Fehler ist aufgetreten", True)
    window.show_internal_error("Ein interner Fehler ist aufgetreten", False)
    assert window.statusBar().currentMessage() == "Ein interner Fehler ist aufgetreten"
    assert [a.title for a in window.prompts.of_kind("problem")] == ["Interner Fehler"]
