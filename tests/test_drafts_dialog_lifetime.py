"""A closed drafts dialog is gone: it neither lingers nor refreshes on every autosave."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from knigge_desktop.ui.drafts_dialog import DraftsDialog


def test_closed_drafts_dialogs_are_destroyed_and_stop_listening(
    window_factory, qtbot: QtBot
) -> None:
    window = window_factory()
    refreshes = []
    open_key = QKeySequence(QKeySequence.StandardKey.Open)
    [open_drafts] = [a for a in window.findChildren(QAction) if a.shortcut() == open_key]
    for _ in range(3):
        open_drafts.trigger()  # Datei → Entwürfe … (Ctrl+O)
        qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(DraftsDialog)))
        [dialog] = [d for d in window.findChildren(DraftsDialog) if d.isVisible()]
        dialog.table.itemChanged.connect(refreshes.append)  # a refresh rewrites the rows
        [close] = [
            b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Schließen"
        ]
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.findChildren(DraftsDialog))
    qtbot.keyClicks(window.editor, " Danke.")
    with qtbot.waitSignal(window.session.drafts.saved, timeout=3000):
        pass  # the autosave
    assert refreshes == []


def test_a_draft_saved_elsewhere_meanwhile_is_not_overwritten_and_my_text_goes_on(
    window_factory, qtbot, paths
) -> None:
    from knigge_desktop.core.drafts import DraftStore

    window = window_factory()
    window.editor.setFocus()
    window.editor.selectAll()
    qtbot.keyClicks(window.editor, "Mein Anfang")
    with qtbot.waitSignal(window.session.drafts.saved, timeout=3000) as first:
        pass
    mine = first.args[0]
    elsewhere = DraftStore.open(paths.drafts_db)  # another window, another process
    theirs = elsewhere.get(mine.id)
    assert theirs is not None
    theirs.text = "Fassung von nebenan"
    elsewhere.save(theirs)
    qtbot.keyClicks(window.editor, " und mehr")
    with qtbot.waitSignal(window.session.drafts.saved, timeout=3000) as second:
        pass
    assert second.args[0].id != mine.id, "kept as a draft of its own"
    assert "anderer Stelle" in window.statusBar().currentMessage()
    texts = {d.id: d.text for d in elsewhere.all_drafts()}
    assert texts == {mine.id: "Fassung von nebenan", second.args[0].id: "Mein Anfang und mehr"}
    qtbot.keyClicks(window.editor, "!")
    with qtbot.waitSignal(window.session.drafts.saved, timeout=3000) as third:
        pass
    assert third.args[0].id == second.args[0].id, "and goes on there"
    elsewhere.close()
