"""The export says how many drafts it saved, with the plural forms of the language."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_drafts_undo_after_import import _open_drafts_dialog, _stored_before_start
from test_english_window import _choose_english

from knigge_desktop.core.paths import AppPaths
from knigge_desktop.ui.i18n import apply_language


def test_the_drafts_dialog_export_counts_the_drafts(
    window_factory, qtbot: QtBot, tmp_path: Path, paths: AppPaths
) -> None:
    _stored_before_start(paths, "Anfrage Lager", "Dank an Frau Berg")
    window = window_factory()
    stored = len(window.session.drafts.summaries())
    assert stored >= 2
    dialog = _open_drafts_dialog(window, qtbot)
    export = tmp_path / "sicherung.json"
    window.prompts.answer(str(export))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(json.loads(export.read_text(encoding="utf-8"))) == stored
    assert dialog.status.text() == f"{stored} Entwürfe gesichert unter {export}."


def test_one_draft_is_counted_in_the_singular(window_factory, qtbot: QtBot, tmp_path: Path) -> None:
    window = window_factory()
    qtbot.keyClicks(window.form.input("recipient_last_name"), "Weber")
    window.session.autosaver.flush()
    export = tmp_path / "eine.json"
    window.prompts.answer(str(export))
    window.actions_by_id["export_drafts"].trigger()  # Datei → Entwürfe exportieren …
    assert window.statusBar().currentMessage() == f"1 Entwurf gesichert unter {export}."


def test_the_english_export_counts_in_english(
    window_factory, qtbot: QtBot, tmp_path: Path, paths: AppPaths
) -> None:
    _stored_before_start(paths, "Anfrage Lager", "Dank an Frau Berg")
    _choose_english(paths)
    try:
        window = window_factory()
        stored = len(window.session.drafts.summaries())
        export = tmp_path / "backup.json"
        window.prompts.answer(str(export))
        window.actions_by_id["export_drafts"].trigger()
        assert window.statusBar().currentMessage() == f"{stored} drafts saved to {export}."
    finally:
        apply_language("de")
