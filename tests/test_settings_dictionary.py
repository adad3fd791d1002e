"""Einstellungen → Eigenes Wörterbuch: words are added by typing, removed by selecting; the
remove button is only there to press when a word is selected."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.settings_dialog import dictionary_words as _words
from support.settings_dialog import open_settings_dialog as _dialog


def test_a_word_is_added_by_typing_it_and_kept(qtbot: QtBot, window_factory, paths) -> None:
    dialog = _dialog(qtbot, window_factory)
    assert not dialog.add_word_button.isEnabled(), "nothing typed, nothing to add"
    qtbot.keyClicks(dialog.new_word, "Kleinteilelager")
    qtbot.mouseClick(dialog.add_word_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.new_word, " Mehrweg ")
    qtbot.keyClick(dialog.new_word, Qt.Key.Key_Return)  # Enter adds, it does not close
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.new_word, "Mehrweg")  # already there: not twice
    qtbot.keyClick(dialog.new_word, Qt.Key.Key_Return)
    assert _words(dialog) == ["Kleinteilelager", "Mehrweg"]
    assert dialog.new_word.text() == ""
    dialog.accept()
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))["values"]
    assert saved["dictionary"] == ["Kleinteilelager", "Mehrweg"]


def test_remove_is_enabled_only_with_a_selected_word(qtbot: QtBot, window_factory) -> None:
    dialog = _dialog(qtbot, window_factory)
    assert dialog.words.count() == 0
    assert not dialog.remove_word_button.isEnabled()
    qtbot.keyClicks(dialog.new_word, "Kassel")
    qtbot.keyClick(dialog.new_word, Qt.Key.Key_Return)
    assert not dialog.remove_word_button.isEnabled(), "added, but not selected"
    rect = dialog.words.visualItemRect(dialog.words.item(0))
    qtbot.mouseClick(dialog.words.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.remove_word_button.isEnabled()
    qtbot.mouseClick(dialog.remove_word_button, Qt.MouseButton.LeftButton)
    assert _words(dialog) == []
    assert not dialog.remove_word_button.isEnabled()
