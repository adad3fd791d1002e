"""A file the app cannot write (a full disk, a folder, a missing folder) is told in German
words (core/os_errors.py), never with Python's English strerror or "[Errno 28] …"; and a
setting that could not be stored stays readable when the next status message follows."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.fake_prompts import FakePrompts

import knigge_desktop.services.drafts_service as drafts_service
from knigge_desktop.core.settings import Settings

ENGLISH = ("No space", "Is a directory", "No such file", "Errno", "directory")


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_room(path: Path, _content: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(drafts_service, "write_private", no_room)


def _export_says(window, target: Path) -> str:
    window.prompts = FakePrompts().answer(str(target))
    window.actions_by_id["export_drafts"].trigger()
    return window.statusBar().currentMessage()


def test_drafts_export_names_the_reason_in_german(
    window_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_factory()
    folder = tmp_path / "ordner"
    folder.mkdir()
    to_folder = _export_says(window, folder)
    assert "das ist ein Ordner" in to_folder, to_folder
    missing = _export_says(window, tmp_path / "fehlt" / "alle.json")
    assert "Datei oder Ordner nicht gefunden" in missing, missing
    _full_disk(monkeypatch)
    full = _export_says(window, tmp_path / "alle.json")
    assert "kein Platz mehr auf dem Datenträger" in full, full
    for said in (to_folder, missing, full):
        assert not any(english in said for english in ENGLISH), said


def test_saving_the_text_as_a_file_on_a_full_disk_says_why_in_german(
    qtbot: QtBot, window_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_factory()
    qtbot.keyClicks(window.form.input("recipient_last_name"), "Weber")
    window.session.unsaved = True  # the drafts could not be stored: the way out is offered
    _full_disk(monkeypatch)
    window.prompts = FakePrompts().answer(str(tmp_path / "nachricht.txt"))
    qtbot.mouseClick(window.save_state, Qt.MouseButton.LeftButton)
    [problem] = [a for a in window.prompts.asked if a.kind == "problem"]
    assert "ließ sich nicht schreiben (kein Platz mehr auf dem Datenträger)" in problem.text
    assert not any(english in problem.text for english in ENGLISH), problem.text


def test_a_setting_not_stored_is_german_and_outlives_the_next_status_message(
    window_factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_factory()

    def no_room(_settings: Settings) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Settings, "save", no_room)
    window.session.disable_rule("EXCLAMATION_PILE")  # what a finding's menu entry does
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Regel „Mehrere Ausrufe- oder Fragezeichen“ ausgeschaltet"), shown
    assert "ließ sich aber nicht speichern (kein Platz mehr auf dem Datenträger)." in shown
    assert not any(english in shown for english in ENGLISH), shown
