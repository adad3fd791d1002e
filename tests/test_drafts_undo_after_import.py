"""Delete a draft, import an export that holds it, then "Löschen rückgängig": the draft is
there once. The import brings the deleted one back from the trash instead of a copy, and
the undo has nothing left to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.fake_prompts import FakePrompts

from knigge_desktop.core.drafts import Draft, DraftStore
from knigge_desktop.core.paths import AppPaths
from knigge_desktop.core.vocabulary import Kind
from knigge_desktop.ui.drafts_dialog import DraftsDialog


def _stored_before_start(paths: AppPaths, *titles: str) -> None:
    """Drafts of an earlier session: none of them is open in the window."""
    store = DraftStore.open(paths.drafts_db)
    for title in titles:
        store.save(Draft("reply_formal", Kind.REPLY, text=f"Text zu {title}", title=title))
    store.close()


def _open_drafts_dialog(window, qtbot: QtBot) -> DraftsDialog:
    window.actions_by_id["drafts"].trigger()  # Datei → Entwürfe …
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(DraftsDialog)))
    [dialog] = [d for d in window.findChildren(DraftsDialog) if d.isVisible()]
    return dialog


def _select(dialog: DraftsDialog, title: str) -> None:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 1).text() == title:
            dialog.table.selectRow(row)
            return
    raise AssertionError(f"{title} not listed")


def test_undo_after_an_import_that_brought_the_draft_back_makes_no_copy(
    window_factory, qtbot: QtBot, tmp_path: Path, paths: AppPaths
) -> None:
    _stored_before_start(paths, "Anfrage Lager", "Dank an Frau Berg")
    window = window_factory()
    service = window.session.drafts
    export = tmp_path / "sicherung.json"
    dialog = _open_drafts_dialog(window, qtbot)
    window.prompts.answer(str(export))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert export.exists()

    _select(dialog, "Anfrage Lager")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.undo_button.isEnabled()
    window.prompts.answer(str(export))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "1 aus dem Papierkorb zurückgeholt" in dialog.status.text()
    assert not dialog.undo_button.isEnabled(), "the draft is back: nothing to undo"

    dialog.search.setFocus()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    titles = sorted(s.title for s in service.summaries())
    assert titles.count("Anfrage Lager") == 1, titles
    assert service.trash() == []


def test_an_import_into_an_empty_trash_still_adds_the_draft(
    window_factory, qtbot: QtBot, tmp_path: Path, paths: AppPaths
) -> None:
    """The trash is only looked at for identical drafts: a new one is imported as before,
    and a delete made after the import can still be undone."""
    _stored_before_start(paths, "Erster")
    window = window_factory()
    service = window.session.drafts
    export = tmp_path / "sicherung.json"
    assert service.export_file(export) == f"1 Entwurf gesichert unter {export}."
    dialog = _open_drafts_dialog(window, qtbot)
    _select(dialog, "Erster")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    service._store.purge_trash(days=-1)  # gone for good: the import must add it anew
    window.prompts = FakePrompts().answer(str(export))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("1 Entwurf eingelesen")
    assert [s.title for s in service.summaries()].count("Erster") == 1
    _select(dialog, "Erster")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert [s.title for s in service.summaries()].count("Erster") == 1
