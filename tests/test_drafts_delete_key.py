"""Del in the drafts dialog: the dialog opens with the focus in the search. With nothing
typed there, Del deletes the selected draft (and Ctrl+Z brings it back); in a search with
text Del deletes characters as usual; in the list Del deletes the draft."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_drafts_undo_after_import import _open_drafts_dialog, _stored_before_start

from knigge_desktop.core.paths import AppPaths

CTRL = Qt.KeyboardModifier.ControlModifier


def _titles(window) -> list[str]:
    return sorted(s.title for s in window.session.drafts.summaries())


def _dialog_with_focus(window, qtbot: QtBot):
    dialog = _open_drafts_dialog(window, qtbot)
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_del_with_an_empty_search_deletes_the_selected_draft(
    window_factory, qtbot: QtBot, paths: AppPaths
) -> None:
    _stored_before_start(paths, "Anfrage Lager", "Dank an Frau Berg")
    window = window_factory()
    before = _titles(window)
    dialog = _dialog_with_focus(window, qtbot)
    assert dialog.search.hasFocus(), "where the dialog opens"
    _select_title(dialog, "Anfrage Lager")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Delete)
    assert "Anfrage Lager" not in _titles(window)
    assert dialog.status.text().startswith("„Anfrage Lager“ gelöscht")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Z, CTRL)
    assert _titles(window) == before, "Ctrl+Z in the empty search brings it back"


def test_del_in_a_search_with_text_deletes_characters(
    window_factory, qtbot: QtBot, paths: AppPaths
) -> None:
    _stored_before_start(paths, "Anfrage Lager", "Dank an Frau Berg")
    window = window_factory()
    before = _titles(window)
    dialog = _dialog_with_focus(window, qtbot)
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "Lager")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Delete)
    assert dialog.search.text() == "ager"
    qtbot.keyClick(dialog.search, Qt.Key.Key_End)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Delete)  # at the end: nothing to delete
    assert dialog.search.text() == "ager"
    assert _titles(window) == before, "no draft deleted while typing"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Z, CTRL)
    assert dialog.search.text() == "Lager", "Ctrl+Z undoes the typing first"
    assert _titles(window) == before


def test_del_in_the_list_deletes_the_selected_draft(
    window_factory, qtbot: QtBot, paths: AppPaths
) -> None:
    _stored_before_start(paths, "Anfrage Lager", "Dank an Frau Berg")
    window = window_factory()
    dialog = _dialog_with_focus(window, qtbot)
    _select_title(dialog, "Dank an Frau Berg")
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert "Dank an Frau Berg" not in _titles(window)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, CTRL)
    assert "Dank an Frau Berg" in _titles(window)


def _select_title(dialog, title: str) -> None:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 1).text() == title:
            dialog.table.selectRow(row)
            return
    raise AssertionError(title)
