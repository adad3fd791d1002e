from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from knigge_desktop.core.settings import OPTIONS, SETTINGS_VERSION, Settings


def test_defaults_save_and_load(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    settings, problem = Settings.load(path)
    assert problem is None and settings.get("disabled_rules") == []
    settings.set("disabled_rules", ["CAPS_WORD"])
    settings.save()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["version"] == SETTINGS_VERSION
    again, problem = Settings.load(path)
    assert problem is None and again.get("disabled_rules") == ["CAPS_WORD"]


def test_values_are_copies(tmp_path: Path) -> None:
    settings, _ = Settings.load(tmp_path / "s.json")
    settings.get("disabled_rules").append("X")
    assert settings.get("disabled_rules") == []


@pytest.mark.parametrize(
    "content",
    [
        b"{kaputt",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"version": 2, "values": {"pane_sizes": [' + b"9" * 5000 + b"]}}",
        b"[]",
        b'{"version": 1, "values": {}}\xff',
    ],
    ids=[
        "syntax",
        "nested-100000-deep",
        "5000-digits",
        "not-an-object",
        "not-utf8",
    ],
)
def test_a_bad_file_gives_defaults_a_message_and_a_backup(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings, problem = Settings.load(path)
    assert problem is not None and "Vorgaben" in problem
    assert settings.get("disabled_rules") == []
    backups = list(tmp_path.glob("settings.json.defekt-*"))
    assert len(backups) == 1 and str(backups[0]) in problem
    assert not path.exists()


def test_unknown_options_are_passed_over_said_and_the_file_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    content = '{"version": 2, "values": {"disabled_rules": ["X"], "theme": "dark"}}'
    path.write_text(content)
    settings, problem = Settings.load(path)
    assert settings.get("disabled_rules") == ["X"], "the known values stay"
    assert problem is not None and "theme" in problem
    [backup] = tmp_path.glob("settings.json.defekt-*")
    assert backup.read_text() == content and str(backup) in problem


def test_an_old_version_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"version": 1, "values": {"dictionary": ["Jana", "Kassel", "Jana"]}}')
    settings, problem = Settings.load(path)
    assert problem is None and settings.get("dictionary") == ["Jana", "Kassel"]
    settings.save()
    assert json.loads(path.read_text())["version"] == SETTINGS_VERSION


def test_a_value_of_the_wrong_type_is_refused() -> None:
    settings = Settings(None)
    with pytest.raises(TypeError):
        settings.set("disabled_rules", "CAPS_WORD")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("window_geometry", "äöü"),
        ("disabled_rules", "CAPS_WORD"),
        ("sender_name", "J" * 1_000_000),
        ("pane_sizes", [200, "breit"]),
        ("welcome_done", 1),
    ],
    ids=[
        "geometry-not-base64",
        "rules-not-a-list",
        "name-1-MB",
        "size-not-a-number",
        "bool-as-number",
    ],
)
def test_a_bad_value_falls_back_to_its_default_with_a_message_and_a_backup(
    tmp_path: Path, name: str, value: object
) -> None:
    path = tmp_path / "settings.json"
    content = json.dumps({"version": 2, "values": {name: value, "grammar_picky": True}})
    path.write_text(content, encoding="utf-8")
    settings, problem = Settings.load(path)
    assert settings.get(name) == OPTIONS[name].default
    assert settings.get("grammar_picky") is True, "the good values stay"
    assert problem is not None and name in problem and "Vorgaben" in problem
    assert len(problem) < 500
    [backup] = tmp_path.glob("settings.json.defekt-*")
    assert backup.read_text("utf-8") == content and str(backup) in problem
    settings.save()  # and what is written back loads cleanly
    assert Settings.load(path)[1] is None


def test_a_fifo_or_a_huge_file_gives_defaults(tmp_path: Path) -> None:
    import os

    path = tmp_path / "settings.json"
    path.write_text('{"version": 2, "values": {}}' + " " * 3_000_000, encoding="utf-8")
    settings, problem = Settings.load(path)
    assert problem is not None and "zu groß" in problem
    assert settings.get("sender_name") == ""
    if hasattr(os, "mkfifo"):
        os.mkfifo(path)  # nothing writes into it: a plain open would wait for ever
        _, problem = Settings.load(path)
        assert problem is not None and "Vorgaben" in problem
