"""A closed drafts dialog is gone: it neither lingers nor refreshes on every autosave."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from knigge_desktop.ui.drafts_dialog import DraftsDialog


def test_closed_drafts_dialogs_are_destroyed_and_stop_listening(window_factory, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = window_factory()
    refreshes = []
    open_key = QKeySequence(QKeySequence.StandardKey.Open)
    [open_drafts] = [a for a in window.findChildren(QAction) if a.shortcut() == open_key]
    for _ in range(3):
        open_drafts.trigger()  # Datei → Entwürfe … (Ctrl+O)
        qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(DraftsDialog)))
        [dialog] = [d for d in window.findChildren(DraftsDialog) if d.isVisible()]
        dialog.table.itemChanged.connect(refreshes.append)  # a refresh rewrites the rows
        [close] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Schließen"]
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.findChildren(DraftsDialog))
    qtbot.keyClicks(window.editor, " Danke.")
    with qtbot.waitSignal(window._drafts.saved, timeout=3000):
        pass  # the autosave
    assert refreshes == []
