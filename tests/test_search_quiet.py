"""Typing a search says nothing in the status bar: the list shows the matches, and the
untouched draft follows the best one once per keystroke, quietly. Choosing a template
(Enter) is an act, and is told."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot


def painted_window(window_factory, qtbot: QtBot):
    window = window_factory()
    qtbot.waitUntil(lambda: window._painted, timeout=3000)
    return window


def test_typing_in_the_gallery_search_names_no_match(window_factory, qtbot: QtBot) -> None:
    window = painted_window(window_factory, qtbot)
    said: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: said.append(text) if text else None)
    shown: list[str] = []
    window.session.opened.connect(lambda composer: shown.append(composer.template.id))
    search = window.gallery.search
    search.setFocus()
    for key in "danke":
        before = len(shown)
        qtbot.keyClicks(search, key)
        assert len(shown) - before <= 1, "at most one template a keystroke"
    assert said == []
    assert window.gallery.current_id() == window.composer.template.id, "the draft follows"
    assert window.composer.template.id.startswith("thanks_")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert said and said[-1].startswith("Neuer Entwurf: Danke"), said


def test_no_match_is_said_in_the_list_not_the_status_bar(window_factory, qtbot: QtBot) -> None:
    window = painted_window(window_factory, qtbot)
    said: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: said.append(text) if text else None)
    qtbot.keyClicks(window.gallery.search, "qqq")
    assert said == []
    assert window.gallery.when.text() == "Keine Vorlage passt zu Suche und Filter."


def test_typing_in_the_drafts_search_names_nothing_in_the_window(
    window_factory, qtbot: QtBot
) -> None:
    window = painted_window(window_factory, qtbot)
    qtbot.keyClicks(window.form.input("recipient_last_name"), "Wagner")
    window.session.autosaver.flush()
    said: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: said.append(text) if text else None)
    dialog = window.dialogs.show_drafts()
    qtbot.keyClicks(dialog.search, "Wagner")
    assert said == [] and dialog.status.text() == ""
    assert dialog.table.rowCount() == 1
