from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from knigge_desktop.core.settings import SETTINGS_VERSION, Settings


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
        b'{"version": 1, "values": {"disabled_rules": "CAPS_WORD"}}',
        b'{"version": 99, "values": {}}',
        b"[]",
        b'{"version": 1, "values": {}}\xff',
    ],
    ids=["syntax", "wrong-type", "future-version", "not-an-object", "not-utf8"],
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
