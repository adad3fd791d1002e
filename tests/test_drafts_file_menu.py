"""Datei → Entwürfe exportieren / importieren, as in the drafts dialog; and every file
dialog starts in the folder used last (kept in the settings), not where the program was
started."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from support.fake_prompts import FakePrompts

from knigge_desktop.services.last_folder import LastFolder
from knigge_desktop.ui.prompts import Prompts


def test_the_file_menu_exports_and_imports_drafts(
    qtbot: QtBot, window_factory, tmp_path: Path
) -> None:
    window = window_factory()
    qtbot.keyClicks(window.form.input("recipient_last_name"), "Weber")
    file_menu = window.menus["file"]
    labels = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Entwürfe importieren …" in labels and "Entwürfe exportieren …" in labels
    assert "Entwürfe exportieren …" in [a.text().replace("&", "") for _, a in window.all_actions()]
    target = tmp_path / "alle.json"
    window.prompts = FakePrompts().answer(str(target), str(target))
    window.actions_by_id["export_drafts"].trigger()
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert [d["fields"].get("recipient_last_name") for d in exported] == ["Weber"]
    assert "gesichert" in window.statusBar().currentMessage()
    window.actions_by_id["import_drafts"].trigger()
    assert window.statusBar().currentMessage() == "0 Entwürfe eingelesen, 1 war schon da."


def test_file_dialogs_start_in_the_folder_used_last(
    qtbot: QtBot, window_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_factory()
    starts: list[str] = []
    chosen = tmp_path / "sicherung" / "entwuerfe.json"
    chosen.parent.mkdir()

    def save_name(_parent, _title, start, _filter):
        starts.append(start)
        return str(chosen), ""

    def open_name(_parent, _title, start, _filter):
        starts.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    assert isinstance(window.prompts.last_folder, LastFolder), "the window gives its own"
    window.prompts = Prompts(window)  # real dialogs, the file dialogs' answers patched
    window.actions_by_id["export_drafts"].trigger()
    assert starts[0] == str(Path.home() / "knigge-entwuerfe.json"), "not the start folder"
    window.actions_by_id["import_drafts"].trigger()
    assert starts[1] == str(chosen.parent)
    assert window.session.settings.get("last_folder") == str(chosen.parent), "kept"


def test_import_and_export_show_the_busy_cursor_while_they_work(
    qtbot: QtBot, window_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """They run on the UI thread (10,000 drafts take about two seconds): the cursor says
    the app is working, and comes back even when the work fails."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    window = window_factory()
    service = window.session.drafts
    seen: list[object] = []

    def cursor_now() -> object:
        cursor = QGuiApplication.overrideCursor()
        return cursor.shape() if cursor is not None else None

    real_export = service.export_file

    def export_watched(path: Path) -> str:
        seen.append(cursor_now())
        return real_export(path)

    def import_failing(_path: Path) -> str:
        seen.append(cursor_now())
        raise OSError("disk gone")

    monkeypatch.setattr(service, "export_file", export_watched)
    monkeypatch.setattr(service, "import_file", import_failing)
    target = tmp_path / "alle.json"
    window.prompts = FakePrompts().answer(str(target), str(target))
    window.actions_by_id["export_drafts"].trigger()
    assert target.exists()
    with pytest.raises(OSError):
        from knigge_desktop.ui.drafts_files import import_drafts

        import_drafts(window, service)
    assert seen == [Qt.CursorShape.WaitCursor, Qt.CursorShape.WaitCursor]
    assert QGuiApplication.overrideCursor() is None, "the cursor is the user's again"
