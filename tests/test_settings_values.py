"""A settings value of the right type but beyond what the option can be (a language that
does not exist, a tone, a rule id that is none) is refused with a German line naming the
key; the option keeps its default, the rest of the settings stay. A damaged file is set
aside once and said once, however often the command line runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knigge_desktop import cli
from knigge_desktop.core.paths import AppPaths
from knigge_desktop.core.settings import OPTIONS, Settings

PILE = "Guten Tag Frau Wagner,\n\ndas ist großartig!!!\n\nViele Grüße\nJonas Becker\n"


def _write(paths: AppPaths, values: dict[str, object]) -> str:
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    content = json.dumps({"version": 2, "values": values}, ensure_ascii=False)
    paths.settings_file.write_text(content, encoding="utf-8")
    return content


def _backups(paths: AppPaths) -> list[Path]:
    return sorted(paths.settings_file.parent.glob("settings.json.defekt-*"))


def _warnings(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.startswith("Warnung")]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("language", "fr"),
        ("default_tone", "sehr formal"),
        ("default_platform", "myspace"),
        ("grammar_mode", "immer"),
        ("grammar_language", "de-LI"),
        ("gallery_group_by", "farbe"),
    ],
)
def test_an_unknown_choice_keeps_the_default_and_says_the_key(
    paths: AppPaths, name: str, value: str
) -> None:
    _write(paths, {name: value, "sender_name": "Jonas Becker", "grammar_picky": True})
    settings, problem = Settings.load(paths.settings_file)
    assert settings.get(name) == OPTIONS[name].default
    assert settings.get("sender_name") == "Jonas Becker" and settings.get("grammar_picky")
    assert problem is not None and f"({name}): „{value}“ gibt es nicht (erlaubt: " in problem
    assert "\n" not in problem and "'" not in problem


def test_the_choices_are_what_the_app_knows() -> None:
    from knigge_desktop.core.grammar.client import VARIANTS
    from knigge_desktop.core.grammar.engine import GrammarMode

    assert OPTIONS["grammar_language"].choices == VARIANTS
    assert set(OPTIONS["grammar_mode"].choices) == {mode.value for mode in GrammarMode}


def test_the_command_line_names_each_refused_key_and_keeps_the_rest(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(
        paths,
        {
            "language": "klingonisch",
            "disabled_rules": ["EXCLAMATION_PILE", "kein Regelname!", "\x1b[31mrot"],
            "sender_name": "Jonas Becker",
        },
    )
    cli.main(["check", "--no-grammar", "--format", "json", str(_message(paths))])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert "EXCLAMATION_PILE" not in {f["rule_id"] for f in findings}, "the good entry stays"
    [backup] = _backups(paths)
    _write(paths, json.loads(backup.read_text("utf-8"))["values"] | {"x": 1})  # new damage
    assert cli.main(["render", "reply_formal", "--example"]) in (0, 1)
    rendered, err = capsys.readouterr()
    assert "Jonas Becker" in rendered, "the sender's name still comes from the settings"
    [warning] = [line for line in err.splitlines() if line.startswith("Warnung")]
    assert (
        "„Sprache der Oberfläche: de, en oder leer (wie das System)“ (language): "
        "„klingonisch“ gibt es nicht" in warning
    )
    assert (
        "„Ausgeschaltete Regeln (Knigge und Grammatik)“ (disabled_rules): "
        "„kein Regelname!“ ist keine Regel-ID (übergangen: 2)" in warning
    )
    assert "Unbekannte Einstellungen übergangen: x." in warning and "\x1b" not in warning


def _message(paths: AppPaths) -> Path:
    message = paths.data_dir / "nachricht.txt"
    message.parent.mkdir(parents=True, exist_ok=True)
    message.write_text(PILE, encoding="utf-8")
    return message


def test_a_wrong_type_is_set_aside_once_and_said_once(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    content = _write(paths, {"sender_name": ["kein", "Text"], "grammar_picky": True})
    message = str(_message(paths))
    assert cli.main(["check", "--no-grammar", message]) == 1
    [warning] = _warnings(capsys)
    [backup] = _backups(paths)
    assert "sender_name" in warning and str(backup) in warning
    assert backup.read_text("utf-8") == content
    for _ in range(3):  # the same damaged file: nothing copied, nothing said again
        assert cli.main(["check", "--no-grammar", message]) == 1
        assert _warnings(capsys) == []
    assert _backups(paths) == [backup]
    settings, _ = Settings.load(paths.settings_file)
    assert settings.get("grammar_picky") is True and settings.get("sender_name") == ""

    _write(paths, {"sender_name": 42})  # other damage: set aside and said, once
    assert cli.main(["check", "--no-grammar", message]) == 1
    assert len(_warnings(capsys)) == 1
    assert cli.main(["check", "--no-grammar", message]) == 1
    assert _warnings(capsys) == []
    assert len(_backups(paths)) == 2
