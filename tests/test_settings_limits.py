"""What the Einstellungen dialog saves loads again at the next start: the dialog enforces
the limits the file is read with (core/settings.py OPTIONS), and a file beyond them loses
only the offending entry, not the whole list. Settings messages are plain German sentences."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.settings_dialog import dictionary_words as _words
from support.settings_dialog import open_settings_dialog as _dialog

from knigge_desktop.core.settings import OPTIONS, Settings


def test_what_the_dialog_saves_loads_again_unchanged(qtbot: QtBot, window_factory, paths) -> None:
    dialog = _dialog(qtbot, window_factory)
    qtbot.keyClicks(dialog.sender_name, "N" * 250)
    assert len(dialog.sender_name.text()) == OPTIONS["sender_name"].max_length
    qtbot.keyClicks(dialog.new_word, "w" * 300)
    qtbot.keyClick(dialog.new_word, Qt.Key.Key_Return)
    assert _words(dialog) == ["w" * OPTIONS["dictionary"].max_length]
    qtbot.keyClicks(dialog.new_word, "Kassel")
    qtbot.keyClick(dialog.new_word, Qt.Key.Key_Return)
    dialog.signature.setPlainText("S" * 2599)
    dialog.accept()
    assert dialog.isVisible(), "a signature too long does not close the dialog"
    assert "Signatur ist zu lang: 2599 Zeichen, höchstens 2000" in dialog.problem.text()
    assert not paths.settings_file.exists(), "nothing saved that would not load again"
    dialog.signature.setPlainText("S" * 2000)
    dialog.accept()
    assert not dialog.isVisible()
    settings, problem = Settings.load(paths.settings_file)
    assert problem is None
    assert settings.get("sender_name") == "N" * 200
    assert settings.get("sender_signature") == "S" * 2000
    assert settings.get("dictionary") == ["w" * 200, "Kassel"]


def test_a_full_dictionary_takes_no_more_words(qtbot: QtBot, window_factory, paths) -> None:
    limit = OPTIONS["dictionary"].max_items
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    words = [f"wort{i}" for i in range(limit)]
    paths.settings_file.write_text(json.dumps({"version": 2, "values": {"dictionary": words}}))
    dialog = _dialog(qtbot, window_factory)
    qtbot.keyClicks(dialog.new_word, "Kassel")
    qtbot.mouseClick(dialog.add_word_button, Qt.MouseButton.LeftButton)
    assert dialog.words.count() == limit
    assert "Wörterbuch ist voll" in dialog.problem.text()
    assert dialog.new_word.text() == "Kassel", "the typed word is not lost"


def test_one_bad_word_costs_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    words = [f"wort{i}" for i in range(10_000)] + ["x" * 300, 5, "letztes"]
    values = {"dictionary": words, "sender_name": "N" * 250, "grammar_picky": True}
    path.write_text(json.dumps({"version": 2, "values": values}))
    settings, problem = Settings.load(path)
    kept = settings.get("dictionary")
    assert len(kept) == 10_000 and kept[0] == "wort0" and "x" * 300 not in kept
    assert settings.get("grammar_picky") is True, "the rest of the settings stay"
    assert settings.get("sender_name") == ""
    assert problem is not None
    assert (
        "„Eigenes Wörterbuch“ (dictionary): 2 Einträge zu lang oder von falschem Typ übergangen"
        in problem
    )
    assert "„Eigenes Wörterbuch“ (dictionary): mehr als 10000 Einträge (übergangen: 1)" in problem
    assert "sender_name" in problem


def test_a_newer_version_is_left_untouched_and_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    content = '{"version": 3, "values": {"sender_name": "Jonas", "neu": 1}}'
    path.write_text(content)
    settings, problem = Settings.load(path)
    assert problem is not None and "neueren Version" in problem and "Version 3" in problem
    assert settings.get("sender_name") == ""
    settings.set("sender_name", "Anna")
    settings.save()
    assert path.read_text() == content
    assert not list(tmp_path.glob("settings.json.defekt-*"))


def test_messages_show_no_python_values_and_no_doubled_stops(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for content, expected in (
        ('{"values": {}}', "Die Versionsangabe fehlt oder ist keine ganze Zahl."),
        ('{"version": "2", "values": {}}', "Die Versionsangabe fehlt oder ist keine ganze Zahl."),
        ("[" * 20 + "]" * 20, "Zu tief verschachtelt (mehr als 8 Ebenen). Es gelten"),
    ):
        path.write_text(content)
        problem = Settings.load(path)[1]
        assert problem is not None and expected in problem, problem
        assert "None" not in problem and "'2'" not in problem and ".)" not in problem
        assert ".;" not in problem


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"version": 2, "values": {"sender_name": "Jonas"}}')
    settings, problem = Settings.load(path)
    assert problem is None and settings.get("sender_name") == "Jonas"


def test_unknown_names_are_shown_escaped(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 2, "values": {"a\nb\x00c\u202ed": 1}}))
    problem = Settings.load(path)[1]
    assert problem is not None and "a\\x0ab\\x00c\\u202ed" in problem
    assert "\n" not in problem and "\x00" not in problem and "\u202e" not in problem


def test_the_window_runs_on_defaults_and_leaves_a_newer_file_alone(
    qtbot: QtBot, window_factory, paths
) -> None:
    paths.ensure()
    content = '{"version": 3, "values": {"sender_name": "Jonas", "neu": 1}}'
    paths.settings_file.write_text(content, "utf-8")
    window = window_factory()
    assert "neueren Version" in (window.startup_problem or "")
    window.dialogs.open_settings()
    dialog = window.dialogs.settings_dialog
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.sender_name, "Anna")
    dialog.accept()
    assert window.session.settings.get("sender_name") == "Anna", "kept for this run"
    assert paths.settings_file.read_text("utf-8") == content
